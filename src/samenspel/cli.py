"""The `samenspel` command: what people run. Other words go to Django's management commands."""

import os
import sys

ALIASES = {
    "check": "production_check",
    "import": "import_register",
    "export": "export_register",
    "worker": "db_worker",
}

# `samenspel demo` serves as production does: background work (documents, survey imports) in
# a worker beside the server, which the demo starts, never inside the request that asks.
DEMO_TASK_BACKEND = "django_tasks_db.DatabaseBackend"

USAGE = """Gebruik: samenspel <opdracht> [opties]

  demo      database klaarzetten, demodata laden en de server starten
  serve     de server starten (gunicorn)
  check     instellingen controleren voor productie
  import    organisaties en personen importeren uit .xlsx of .csv
  export    organisaties en personen exporteren naar .xlsx of .csv
  worker    achtergrondtaken uitvoeren (documenten), voor productie
  indicators trend  trend en verwachting van een indicator (--json voor JSON)
  indicators import BESTAND --programme SLUG  indicatorwaarden uit .xlsx of .csv (alles of niets)
  indicators statline MAP|ZIP --programme SLUG --measure SLEUTEL=CODE  cijfers van het CBS
  impact    effect van een aanpak: verschil in verschillen (--json voor JSON)
  migrate, createsuperuser, ...  andere Django-beheeropdrachten
"""


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv if argv is None else argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.dev")
    if len(argv) < 2 or argv[1] in {"-h", "--help", "help"}:
        print(USAGE)
        return
    argv[1] = ALIASES.get(argv[1], argv[1])
    if argv[1] == "demo":
        os.environ.setdefault("SAMENSPEL_TASK_BACKEND", DEMO_TASK_BACKEND)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["samenspel", *argv[1:]])


if __name__ == "__main__":
    main()
