"""The map of one indicator in a programme of 40 indicators × 10 years × 12 areas × 6 target
groups: its data (the selector with its comparisons and small groups hidden) and the SVG drawn
from it, against the plain ORM query of the same figures in the same run, median of the runs.
The whole page through the middleware is shown beside it. Target: data and SVG under 200 ms.

Run from the repository root: .venv/bin/python bench/monitoring_map.py [--runs 20]
Exits non-zero when the target is missed.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 0.2


def timed(work, runs: int) -> float:
    work()  # warm up: connections open, templates compiled
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(ROOT / "src"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.test")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.test import Client

    from bench.monitoring_seed import seed_programme
    from samenspel.core.models import Membership, Role
    from samenspel.monitoring.maps import drawing, selectors
    from samenspel.monitoring.models import IndicatorValue

    call_command("migrate", verbosity=0)
    programme = seed_programme(indicators=40, years=10, areas=12, groups=6)
    indicator = programme.indicators.order_by("position")[20]
    group = programme.target_groups.order_by("name").first()
    period = max(selectors.map_periods(indicator=indicator))
    count = IndicatorValue.objects.filter(indicator__programme=programme).count()

    def data_and_svg():
        data = selectors.map_data(indicator=indicator, period=period, target_group=group)
        chart = drawing.choropleth(data)
        assert chart is not None and len(chart["paths"]) == 12
        return drawing.table_rows(data, chart["decimals"])

    def plain_query():
        return list(
            IndicatorValue.objects.filter(
                indicator=indicator, period=period, target_group=group, area__isnull=False
            ).values_list("area_id", "value", "n")
        )

    user = get_user_model().objects.create_user(username="kaartlezer")  # logs in by force_login
    Membership.objects.create(programme=programme, user=user, role=Role.VIEWER)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    url = f"/p/{programme.slug}/kaart/?indicator={indicator.pk}&jaar={period}&doelgroep={group.pk}"

    def page():
        reply = client.get(url)
        assert reply.status_code == 200, reply.status_code

    figure = timed(data_and_svg, args.runs)
    baseline = timed(plain_query, args.runs)
    whole_page = timed(page, args.runs)
    ok = figure < TARGET_SECONDS
    print(
        f"map of one indicator ({count:,} figures in the programme): data and SVG "
        f"{figure * 1000:.1f} ms; plain ORM query of the same figures {baseline * 1000:.1f} ms "
        f"({figure / baseline:.0f}x); whole page {whole_page * 1000:.1f} ms (median of "
        f"{args.runs}); target data and SVG < {TARGET_SECONDS * 1000:.0f} ms: "
        f"{'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
