"""The dashboards' data for a programme of 40 indicators × 10 years × 12 districts × 6 target
groups (33,000 figures and more): the programme dashboard and one goal's dashboard, computed
afresh (cache emptied before each run) and from the cache, against reading one goal (a trivial
read) in the same run. Targets: the programme dashboard's data under 300 ms, a goal's under
150 ms, both afresh. The whole pages through the middleware are shown beside them.

Run: .venv/bin/python bench/monitoring_dashboards.py [--runs 5]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PROGRAMME_TARGET = 0.300
GOAL_TARGET = 0.150


def timed(function, runs: int, setup=None) -> float:
    times = []
    for _ in range(runs):
        if setup is not None:
            setup()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.monitoring_seed import seed_programme
    from samenspel.core.models import Membership, Role
    from samenspel.goals.models import Goal
    from samenspel.monitoring.dashboards import selectors
    from samenspel.monitoring.models import IndicatorValue

    call_command("migrate", verbosity=0)
    programme = seed_programme(indicators=40, years=10, areas=12, groups=6)
    figures = IndicatorValue.objects.filter(indicator__programme=programme).count()
    goal = Goal.objects.filter(programme=programme).order_by("position").first()
    user = get_user_model().objects.create_user(username="bench-dashboard")
    Membership.objects.create(programme=programme, user=user, role=Role.VIEWER)
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)

    def programme_data():
        selectors.programme_dashboard(programme=programme)

    def goal_data():
        selectors.goal_dashboard(
            goal=Goal.objects.select_related("programme").get(pk=goal.pk), with_surveys=True
        )

    def trivial():
        Goal.objects.select_related("programme").get(pk=goal.pk)

    def page(url):
        def get():
            reply = client.get(url)
            assert reply.status_code == 200, (reply.status_code, reply.content[:300])

        return get

    programme_page = page(f"/p/{programme.slug}/dashboard/")
    goal_page = page(f"/p/{programme.slug}/dashboard/doel/{goal.pk}/")
    programme_page(), goal_page()  # templates compiled, connections open
    connection.queries_log.clear()  # the seed's inserts fill the log to its length
    with CaptureQueriesContext(connection) as programme_queries:
        cache.clear()
        programme_data()
    programme_queries = len(programme_queries)  # read now: the log is a capped ring
    with CaptureQueriesContext(connection) as goal_queries:
        cache.clear()
        goal_data()
    goal_queries = len(goal_queries)
    baseline = timed(trivial, args.runs * 10)
    programme_cold = timed(programme_data, args.runs, setup=cache.clear)
    programme_warm = timed(programme_data, args.runs)
    goal_cold = timed(goal_data, args.runs, setup=cache.clear)
    goal_warm = timed(goal_data, args.runs)
    programme_page_cold = timed(programme_page, args.runs, setup=cache.clear)
    goal_page_cold = timed(goal_page, args.runs, setup=cache.clear)
    ok = programme_cold < PROGRAMME_TARGET and goal_cold < GOAL_TARGET

    def ms(seconds: float) -> str:
        return f"{seconds * 1000:.1f} ms"

    print(
        f"dashboards of {figures:,} figures (40 indicators, 10 years, 12 districts, 6 target "
        f"groups), median of {args.runs}; trivial read {ms(baseline)}\n"
        f"  programme dashboard data: {ms(programme_cold)} afresh "
        f"({programme_queries} queries), {ms(programme_warm)} from the cache, "
        f"whole page {ms(programme_page_cold)} afresh; target < {ms(PROGRAMME_TARGET)}: "
        f"{'OK' if programme_cold < PROGRAMME_TARGET else 'MISSED'}\n"
        f"  goal dashboard data: {ms(goal_cold)} afresh ({goal_queries} queries), "
        f"{ms(goal_warm)} from the cache, whole page {ms(goal_page_cold)} afresh; "
        f"target < {ms(GOAL_TARGET)}: {'OK' if goal_cold < GOAL_TARGET else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
