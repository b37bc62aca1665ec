"""The results page of the demo's 1,535-response residents' wave, split by income, through the
full middleware chain at concurrency 1: computed afresh (cache emptied before each request)
after a new response (the wave before still in the cache) and from the cache, against a trivial
page on the same client in the same run. Target: the fresh page under 1 s.

Run: .venv/bin/python bench/results_page.py [--runs 5]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 1.0


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
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db.models import Count, Q
    from django.test import Client

    from samenspel.demo.loader import load_demo
    from samenspel.surveys.models import ResponseStatus, Wave

    call_command("migrate", verbosity=0)
    load_demo(progress=lambda _text: None)
    wave = (
        Wave.objects.annotate(
            complete=Count("responses", filter=Q(responses__status=ResponseStatus.COMPLETE))
        )
        .order_by("-complete")
        .select_related("survey__programme")
        .first()
    )
    from django.contrib.auth import get_user_model

    client = Client(HTTP_HOST="localhost")
    client.force_login(get_user_model().objects.get(username="analist"))
    url = f"/p/{wave.survey.programme.slug}/peilingen/metingen/{wave.pk}/resultaten/?naar=inkomen"

    def page():
        reply = client.get(url)
        assert reply.status_code == 200, (reply.status_code, reply.content[:300])

    def fresh():
        cache.clear()
        page()

    from samenspel.surveys.analysis import protection, selectors

    earlier = selectors.previous_wave(wave)

    def before_new_response():
        # What follows a new response: the wave itself afresh, the closed wave before it (whose
        # disclosure the change between waves needs) still in the cache.
        cache.clear()
        if earlier is not None:
            protection.wave_disclosure(wave=earlier)

    def trivial():
        assert client.get("/gezond/").status_code == 200

    page()  # templates compiled, connections open
    baseline = timed(trivial, args.runs * 10)
    cold = timed(fresh, args.runs)
    after_response = timed(page, args.runs, setup=before_new_response)
    warm = timed(page, args.runs * 4)
    ok = cold < TARGET_SECONDS
    print(
        f"results of {wave.complete:,} responses split by income: {cold * 1000:.0f} ms computed "
        f"afresh (this wave and the one before), {after_response * 1000:.0f} ms after a new "
        f"response (the wave before in the cache), {warm * 1000:.1f} ms from the cache (median "
        f"of {args.runs}); trivial page {baseline * 1000:.1f} ms; target fresh < "
        f"{TARGET_SECONDS:.0f} s: {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
