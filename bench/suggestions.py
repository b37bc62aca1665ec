"""Suggested connections for 2,000 actions: time to compute them, against the time to read the
same actions' features from the database in the same run. Target: under 5 s.

Run: .venv/bin/python bench/suggestions.py [--actions 2000]
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_SECONDS = 5.0


def timed(function, repeat: int = 3) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=2000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.test")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    from bench.seed import seed_programme
    from samenspel.actions.models import Action
    from samenspel.actions.suggestions import action_suggestions, organisation_suggestions

    call_command("migrate", verbosity=0)
    programme, _user = seed_programme(slug="bench-suggestions", actions=args.actions)

    def read_features():
        list(
            Action.objects.filter(programme=programme).values_list(
                "pk", "area", "title", "description"
            )
        )
        list(
            Action.goals.through.objects.filter(action__programme=programme).values_list(
                "action_id", "goal_id"
            )
        )

    def suggest():
        found = action_suggestions(programme=programme)
        organisation_suggestions(programme=programme)
        return found

    baseline = timed(read_features)
    figure = timed(suggest)
    found = suggest()
    ok = figure < TARGET_SECONDS
    print(
        f"suggestions for {args.actions} actions: {figure:.2f} s, {len(found)} action pairs shown "
        f"(baseline reading their features: {baseline:.3f} s, ratio {figure / baseline:.1f}x); "
        f"target < {TARGET_SECONDS:.0f} s: {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
