"""Importing 100,000 indicator values from a long CSV file (semicolons, decimal commas, as
Dutch Excel writes it), checked and written all or nothing through the product's import
service, against the database's own bulk insert of the same rows in the same run
(executemany in one transaction on SQLite, COPY on PostgreSQL). Target: at least 30 % of
that rate.

Run from the repository root: .venv/bin/python bench/indicator_import.py [--values 100000]
With DATABASE_URL set it runs on that PostgreSQL database (it adds its own programme and
removes its figures afterwards). Exits non-zero when the target is missed or figures are missing.
"""

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_RATIO = 0.3
INDICATORS, YEARS, GROUPS = 40, 10, 9  # with "everyone": 10 cells per area and year


def seed(slug: str, values: int):
    """A programme with 40 indicators, a municipality and enough districts, and 9 target
    groups: each indicator has a figure per district, year and group (or for everyone)."""
    from samenspel.core.models import Programme
    from samenspel.monitoring.models import Area, AreaLevel, Indicator
    from samenspel.stakeholders.models import TargetGroup

    # The programme stays between runs (its audit events keep it); its contents do not.
    programme, _created = Programme.objects.get_or_create(
        slug=slug, defaults={"name": "Bench indicatoren"}
    )
    Indicator.objects.filter(programme=programme).delete()
    Area.objects.filter(programme=programme).delete()
    TargetGroup.objects.filter(programme=programme).delete()
    per_area = INDICATORS * YEARS * (GROUPS + 1)
    municipality = Area.objects.create(
        programme=programme, code="GM9000", name="Benchstad", level=AreaLevel.MUNICIPALITY
    )
    districts = Area.objects.bulk_create(
        Area(
            programme=programme,
            code=f"WK9000{number:02d}",
            name=f"Wijk {number}",
            level=AreaLevel.DISTRICT,
            parent=municipality,
        )
        for number in range(-(-values // per_area))
    )
    indicators = Indicator.objects.bulk_create(
        Indicator(
            programme=programme,
            code=f"indicator-{number}",
            name=f"Indicator {number}",
            by_target_group=True,
            position=number,
        )
        for number in range(INDICATORS)
    )
    groups = TargetGroup.objects.bulk_create(
        TargetGroup(programme=programme, name=f"Groep {number}", dimension="other")
        for number in range(GROUPS)
    )
    return programme, districts, indicators, groups


def generate_csv(districts, indicators, groups, values: int, rng: random.Random) -> bytes:
    lines = ["indicator;gebied;jaar;waarde;doelgroep;n"]
    names = ["", *(group.name for group in groups)]
    for area in districts:
        for indicator in indicators:
            for year in range(2015, 2015 + YEARS):
                for name in names:
                    if len(lines) > values:
                        break
                    value = f"{rng.uniform(0, 100):.2f}".replace(".", ",")
                    lines.append(
                        f"{indicator.code};{area.code};{year};{value};{name};{rng.randint(20, 900)}"
                    )
    return ("\n".join(lines) + "\n").encode()


def bulk_insert_baseline(cells) -> float:
    """Seconds for the database itself to take the same figures."""
    from django.db import connection, transaction
    from django.utils import timezone

    from samenspel.monitoring.models import IndicatorValue

    table = IndicatorValue._meta.db_table
    now = timezone.now()
    # Periods the import did not use, so the baseline's rows collide with nothing.
    rows = [
        (c.indicator, c.area, c.target_group, c.period + 500, c.value, c.n, "file", "", now)
        for c in cells
    ]
    columns = "indicator_id, area_id, target_group_id, period, value, n, source, note, changed_at"
    start = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * 9)
            cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)
    elapsed = time.perf_counter() - start
    IndicatorValue.objects.filter(
        indicator_id__in={c.indicator for c in cells}, period__gte=2500
    ).delete()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--values", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.dev")
    os.environ.setdefault("SAMENSPEL_DATA_DIR", tempfile.mkdtemp(prefix="samenspel-bench-"))
    os.environ["SAMENSPEL_SURVEY_IMPORT_MAX_ROWS"] = str(max(args.values, 100_000))
    os.environ["SAMENSPEL_IMPORT_MAX_BYTES"] = str(1024**3)
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command

    from samenspel.monitoring.imports import services, tables
    from samenspel.monitoring.models import IndicatorValue

    call_command("migrate", verbosity=0)
    programme, districts, indicators, groups = seed("bench-indicatoren", args.values)
    data = generate_csv(districts, indicators, groups, args.values, random.Random(2026))

    start = time.perf_counter()
    rows, headers = tables.read_values_file(SimpleUploadedFile("waarden.csv", data), page=False)
    plan = services.values_import(
        programme=programme, rows=rows, headers=headers, filename="waarden.csv", by=None
    )
    elapsed = time.perf_counter() - start

    stored = IndicatorValue.objects.filter(indicator__programme=programme).count()
    baseline = bulk_insert_baseline(plan.cells)
    ratio = baseline / elapsed
    ok = ratio >= TARGET_RATIO and stored == len(plan.cells) == args.values
    size = len(data) / 1024 / 1024
    print(
        f"import of {args.values:,} indicator values ({size:.1f} MB CSV) on "
        f"{django.db.connection.vendor}: {elapsed:.2f} s, {args.values / elapsed:,.0f} values/s; "
        f"the database's own bulk insert of the same rows: {baseline:.2f} s, "
        f"{args.values / baseline:,.0f} values/s; ratio {ratio:.2f}; stored {stored:,} of "
        f"{args.values:,}; target >= {TARGET_RATIO}: {'OK' if ok else 'MISSED'}"
    )
    IndicatorValue.objects.filter(indicator__programme=programme).delete()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
