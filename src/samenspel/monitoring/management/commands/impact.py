import json

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from samenspel.monitoring.analysis import indicator_impact
from samenspel.monitoring.impact.evidence import evidence_sentence

from ._monitoring import dutch, programme_and_indicator, year


class Command(BaseCommand):
    help = (
        "Difference in differences for an indicator: treated areas against the programme's "
        "other areas, before and after, with standard errors clustered by area."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--programme", required=True, help="Short name (slug) of the programme."
        )
        parser.add_argument("--indicator", required=True, help="Code of the indicator.")
        parser.add_argument("--treated", required=True, help="Area codes, comma-separated.")
        parser.add_argument("--before", required=True, help="Last year before (such as 2019).")
        parser.add_argument("--after", required=True, help="First year after (such as 2022).")
        parser.add_argument("--json", action="store_true", help="Print JSON instead of text.")

    def handle(self, *args, **options):
        _programme, indicator = programme_and_indicator(options["programme"], options["indicator"])
        try:
            result = indicator_impact(
                indicator=indicator,
                treated_codes=options["treated"].split(","),
                before=year(options["before"]),
                after=year(options["after"]),
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from exc
        found = result.estimate
        if options["json"]:
            self.stdout.write(
                json.dumps(
                    {
                        "indicator": indicator.code,
                        "treated": [area.code for area in result.treated],
                        "before": result.before,
                        "after": result.after,
                        "estimate": found.estimate,
                        "clustered_se": found.se,
                        "interval_95": [found.lower, found.upper],
                        "p_value": found.p_value,
                        "units": found.n_units,
                        "treated_units": found.n_treated,
                        "comparison_units": found.n_control,
                        "observations": found.n_observations,
                        "evidence": found.evidence,
                    },
                    indent=2,
                )
            )
            return
        # A change in a share is in percentage points; the sentence is the impact page's own.
        unit = (
            " procentpunt" if indicator.unit == "%" else f" {indicator.unit}" * bool(indicator.unit)
        )
        self.stdout.write(
            f"{indicator.name}: tot en met {result.before} tegen vanaf {result.after}\n"
            f"Effect (verschil in verschillen): {dutch(found.estimate)}{unit}, "
            f"geclusterde standaardfout {dutch(found.se)}, "
            f"95%-interval {dutch(found.lower)} tot {dutch(found.upper)}\n"
            f"Eenheden: {found.n_units} ({found.n_treated} behandeld, "
            f"{found.n_control} ter vergelijking), {found.n_observations} waarnemingen\n"
            f"{evidence_sentence(indicator, found)}"
        )
