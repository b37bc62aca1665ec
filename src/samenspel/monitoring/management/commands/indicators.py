import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from samenspel.monitoring.analysis import indicator_trend

from ._imports import add_import_commands, run_import, run_statline
from ._monitoring import dutch, programme_and_indicator


class Command(BaseCommand):
    help = (
        "Indicators: 'trend' prints the straight-line trend of an indicator in the "
        "municipality (or an area) with a forecast of the next year and its 95% prediction "
        "interval; 'import' reads figures from a long CSV or Excel file; 'statline' reads "
        "them from a downloaded Statistics Netherlands table. Imports write all rows or none."
    )

    def add_arguments(self, parser):
        commands = parser.add_subparsers(dest="action", required=True)
        trend = commands.add_parser("trend", help="Trend and forecast of one indicator.")
        trend.add_argument("--programme", required=True, help="Short name (slug) of the programme.")
        trend.add_argument("--indicator", required=True, help="Code of the indicator.")
        trend.add_argument("--area", default="", help="Area code; by default the municipality.")
        trend.add_argument("--json", action="store_true", help="Print JSON instead of text.")
        add_import_commands(commands)

    def handle(self, *args, action: str, **options):
        if action == "import":
            return run_import(self, options)
        if action == "statline":
            return run_statline(self, options)
        programme, indicator = programme_and_indicator(options["programme"], options["indicator"])
        area = None
        if options["area"]:
            area = programme.areas.filter(code__iexact=options["area"]).first()
            if area is None:
                raise CommandError(f"Gebied '{options['area']}' bestaat niet in dit programma.")
        try:
            result = indicator_trend(indicator=indicator, area=area)
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        trend, forecast = result.trend, result.trend.forecasts[0]
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "indicator": indicator.code,
                        "area": result.area.code,
                        "n": trend.n,
                        "slope": trend.slope,
                        "slope_se": trend.slope_se,
                        "slope_interval": [trend.slope_lower, trend.slope_upper],
                        "slope_p": trend.slope_p,
                        "forecast": {
                            "period": result.next_period,
                            "value": forecast.value,
                            "prediction_interval": [forecast.lower, forecast.upper],
                        },
                    },
                    indent=2,
                )
            )
            return
        unit = f" {indicator.unit}" if indicator.unit else ""
        self.stdout.write(
            f"{indicator.name} in {result.area.name}, {trend.n} jaren\n"
            f"Verandering per jaar: {dutch(trend.slope)}{unit} "
            f"(95%-interval {dutch(trend.slope_lower)} tot {dutch(trend.slope_upper)})\n"
            f"Verwachting {result.next_period}: {dutch(forecast.value)}{unit} "
            f"(95%-voorspellingsinterval {dutch(forecast.lower)} tot {dutch(forecast.upper)})"
        )
