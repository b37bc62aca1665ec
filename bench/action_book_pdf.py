"""How long the action book PDF of a 300-action programme takes, against a one-page baseline.

Run from the repository root: .venv/bin/python bench/action_book_pdf.py
Exits non-zero when the median is over the target.
"""

import logging
import os
import statistics
import sys
import time
from io import BytesIO
from pathlib import Path

ACTIONS = 300
RUNS = 3
TARGET_SECONDS = 10.0


def timed(work) -> tuple[float, float, object]:
    """Wall-clock seconds (the figure), CPU seconds (shows when other processes slow us)."""
    start, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - start, time.process_time() - cpu, result


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ["DJANGO_SETTINGS_MODULE"] = "samenspel.conf.test"
    import django

    django.setup()
    logging.getLogger("weasyprint").setLevel(logging.WARNING)  # its progress lines, per page
    from django.core.management import call_command
    from pypdf import PdfReader
    from weasyprint import HTML

    from bench.seed import seed_programme
    from samenspel.actions.selectors import ActionFilters
    from samenspel.reports import action_book

    call_command("migrate", verbosity=0)
    programme, _user = seed_programme(slug="bench-pdf", actions=ACTIONS)

    one_page = (
        "<html lang='nl'><body style='font-family: sans-serif'><h1>Eén pagina</h1></body></html>"
    )
    HTML(string=one_page).write_pdf()  # warm up fonts and caches before measuring anything
    baseline = statistics.median(
        timed(lambda: HTML(string=one_page).write_pdf())[0] for _ in range(RUNS)
    )

    def build() -> bytes:
        return action_book.build(programme=programme, filters=ActionFilters(), file_format="pdf")

    runs = [timed(build) for _ in range(RUNS)]
    figure = statistics.median(seconds for seconds, _cpu, _pdf in runs)
    pages = len(PdfReader(BytesIO(runs[-1][2])).pages)
    verdict = "OK" if figure < TARGET_SECONDS else "MISSED"
    print(
        f"action book PDF, {ACTIONS} actions: {figure:.2f} s, {pages} pages "
        f"(baseline one-page PDF: {baseline:.3f} s, ratio {figure / baseline:.1f}x); "
        f"target < {TARGET_SECONDS:.0f} s: {verdict}"
    )
    print("runs: " + ", ".join(f"{wall:.2f} s (cpu {cpu:.2f} s)" for wall, cpu, _pdf in runs))
    return 0 if figure < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
