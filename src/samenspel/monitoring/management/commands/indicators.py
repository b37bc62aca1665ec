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
        self.add_refresh_arguments(commands)
        add_import_commands(commands)

    def handle(self, *args, action: str, **options):
        if action == "refresh":
            return self.handle_refresh(**options)
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

    # refresh: figures of indicators fed from a survey or the action book ------------------

    def add_refresh_arguments(self, commands) -> None:
        refresh = commands.add_parser(
            "refresh",
            help="Compute the figures of every indicator fed from a survey or the "
            "action book again.",
        )
        refresh.add_argument(
            "--programme", required=True, help="Short name (slug) of the programme."
        )
        refresh.add_argument("--json", action="store_true", help="Print JSON instead of text.")

    def handle_refresh(self, **options) -> None:
        from samenspel.core.models import Programme
        from samenspel.monitoring.feeds.services import programme_feeds_refresh

        programme = Programme.objects.filter(slug=options["programme"]).first()
        if programme is None:
            raise CommandError(f"Programma '{options['programme']}' bestaat niet.")
        done = programme_feeds_refresh(programme=programme, by=None)
        if options["json"]:
            self.stdout.write(json.dumps(done, indent=2, ensure_ascii=False))
            return
        if not done:
            self.stdout.write("Geen indicatoren met een bron in een peiling of het actieboek.")
        for code, outcome in done.items():
            told = (
                f"{outcome} cijfers" if isinstance(outcome, int) else f"niet bijgewerkt: {outcome}"
            )
            self.stdout.write(f"{code}: {told}")
