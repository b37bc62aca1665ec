"""Public survey submissions over HTTP at concurrency 16, against a trivial view on the same
server; afterwards every response is counted, so none may be lost or doubled.

The server runs as `samenspel serve` does by default (one process per core plus one, one
thread each); --workers and --threads compare other set-ups.

Baseline and respondents take turns for a few rounds; the figure is the median round.

Run: .venv/bin/python bench/survey_submissions.py [--respondents 200] [--rounds 3] [--concurrency 16]
     [--workers N] [--threads N]
"""

import argparse
import http.client
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.http_latency import free_port, wait_for_port  # noqa: E402
from bench.seed import residents_wave  # noqa: E402

PAGES = [
    {"leeftijd": "2", "geslacht": "1", "woonplaats": "1", "huishouden": "2", "inkomen": "1"},
    {
        "woonomgeving_cijfer": "7",
        "woonomgeving__1": "4",
        "woonomgeving__2": "3",
        "woonomgeving__3": "4",
    },
    {"leven_cijfer": "8", "eenzaam": "2", "zorgen": "2"},
    {"vrijwilliger": "1", "helpen": "2"},
    {"gemeente__1": "3", "gemeente__2": "4", "gemeente__3": "3"},
    {"behoeften": "1", "idee": "Meer bankjes."},
]
REQUESTS_PER_RESPONDENT = 14  # 7 page views and 7 posts
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NONCE = re.compile(r'name="nonce" value="([^"]+)"')


def hidden_fields(page: str) -> dict:
    """What a browser sends along from the form: a CSRF token when the page has one."""
    found = TOKEN.search(page)
    return {"csrfmiddlewaretoken": found.group(1)} if found else {}


class Browser:
    """One respondent: a kept-alive connection with its cookies."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = "http://127.0.0.1/"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read().decode()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return response.status, response.getheader("Location"), content


def respondent(port: int, token: str, post_times: list, lock: threading.Lock) -> None:
    browser = Browser(port)
    _status, _location, page = browser.request("GET", f"/s/{token}/")
    form = {
        "csrfmiddlewaretoken": TOKEN.search(page).group(1),
        "nonce": NONCE.search(page).group(1),
    }
    status, location, _page = browser.request("POST", f"/s/{token}/", form)
    assert status == 302, status
    base = location.rsplit("/", 2)[0]
    for number, answers in enumerate(PAGES, start=1):
        _status, _location, page = browser.request("GET", f"{base}/{number}/")
        form = {**hidden_fields(page), **answers}
        start = time.perf_counter()
        status, _location, _page = browser.request("POST", f"{base}/{number}/", form)
        with lock:
            post_times.append(time.perf_counter() - start)
        assert status == 302, (number, status)


def trivial(port: int, visitors: int, concurrency: int) -> float:
    """Requests per second of the health check, with the same pattern of connections as the
    respondents: each visitor opens one connection and makes 14 requests on it."""

    def visitor(_index):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _request in range(REQUESTS_PER_RESPONDENT):
            connection.request("GET", "/gezond/")
            connection.getresponse().read()
        connection.close()

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(visitor, range(visitors)))
    return visitors * REQUESTS_PER_RESPONDENT / (time.perf_counter() - start)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=200, help="per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=16)
    # Without these, the server runs as `samenspel serve` does by default.
    parser.add_argument("--workers", type=int)
    parser.add_argument("--threads", type=int)
    args = parser.parse_args()
    env = {
        "DJANGO_SETTINGS_MODULE": "samenspel.conf.dev",
        "SAMENSPEL_DEBUG": "false",
        "SAMENSPEL_DATA_DIR": tempfile.mkdtemp(prefix="samenspel-bench-"),
        "SAMENSPEL_SURVEY_STARTS_PER_HOUR": "100000",  # all respondents come from one address here
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    from samenspel.surveys.models import Answer, Response, ResponseStatus

    call_command("migrate", verbosity=0)
    wave = residents_wave(name="Bench submissions")
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "samenspel",
            "serve",
            "--addr",
            f"127.0.0.1:{port}",
            *(["--workers", str(args.workers)] if args.workers else []),
            *(["--threads", str(args.threads)] if args.threads else []),
        ],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        # Baseline and respondents take turns, round after round, as the machine drifts; each
        # round's respondents are compared with the baselines just before and after them.
        baselines = [trivial(port, args.respondents, args.concurrency)]
        throughputs: list[float] = []
        post_times: list[float] = []
        lock = threading.Lock()
        for _round in range(args.rounds):
            start = time.perf_counter()
            with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
                futures = [
                    pool.submit(respondent, port, wave.public_token, post_times, lock)
                    for _ in range(args.respondents)
                ]
                for future in futures:
                    future.result()
            elapsed = time.perf_counter() - start
            throughputs.append(args.respondents * REQUESTS_PER_RESPONDENT / elapsed)
            baselines.append(trivial(port, args.respondents, args.concurrency))
    finally:
        server.terminate()
        server.wait(timeout=10)
    complete = Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE).count()
    started = Response.objects.filter(wave=wave).count()
    answers = Answer.objects.filter(response__wave=wave).count()
    respondents = args.respondents * args.rounds
    expected_answers = respondents * 15  # answers per respondent on the six pages
    ratios = [
        throughput / ((baselines[index] + baselines[index + 1]) / 2)
        for index, throughput in enumerate(throughputs)
    ]
    ratio = statistics.median(ratios)
    throughput, baseline = statistics.median(throughputs), statistics.median(baselines)
    ok = ratio >= 0.5 and complete == started == respondents and answers == expected_answers
    from samenspel.core.management.commands.serve import default_workers

    workers, threads = args.workers or default_workers(), args.threads or 1
    print(
        f"survey submissions at concurrency {args.concurrency}, gunicorn {workers} workers x "
        f"{threads} threads: {throughput:.0f} requests/s "
        f"({args.rounds} rounds of {args.respondents} respondents, 14 requests each; median POST "
        f"{statistics.median(post_times) * 1000:.0f} ms) vs trivial view {baseline:.0f} requests/s: "
        f"ratio {ratio:.2f} (median; rounds {', '.join(f'{value:.2f}' for value in ratios)}); "
        f"responses complete {complete} of {started} started for {respondents} respondents, "
        f"answers {answers} of {expected_answers}; "
        f"target >= 0.5 and none lost or doubled: {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
