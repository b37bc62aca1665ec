"""Survey page submissions over HTTP against a trivial view on the same server, with the
production settings and `samenspel serve` defaults; afterwards every response is counted, so
none may be lost or doubled.

A page submission is what a respondent does per page: send it (POST) and open the page the
answer leads to (GET); a whole questionnaire is 15 requests (the start page, the start, the
first page, and six submissions). The figure has two parts:

1. capacity: the highest sustained rate, with every client busy (closed loop at the given
   concurrency), of respondents' requests per second while they fill in the questionnaire, and
   of the trivial view's requests per second, taken in turns for a few rounds; the ratio (the
   target's unit) is the median round's, and page submissions per second are printed beside it;
2. latency: at half the submission capacity, submissions are paced at a fixed rate (open
   loop, timed from when each was due, so a slow server cannot slow the clock), and the
   trivial view is paced at the same rate; p95 of both.

The load comes from client processes on the same machine. With DATABASE_URL set the server
runs on that PostgreSQL database, otherwise on a temporary SQLite file.

Run: .venv/bin/python bench/survey_submissions.py [--respondents 150] [--rounds 3]
     [--concurrency 16] [--seconds 10] [--quick]
"""

import argparse
import http.client
import multiprocessing
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.http_latency import free_port, stop, wait_for_port  # noqa: E402

TARGET_RATIO = 0.2
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
ANSWERS_PER_RESPONDENT = 15
REQUESTS_PER_RESPONDENT = 3 + 2 * len(PAGES)
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NONCE = re.compile(r'name="nonce" value="([^"]+)"')
# As a TLS-terminating proxy in front of the production settings would send them.
PROXY = {"X-Forwarded-Proto": "https"}


class Browser:
    """One respondent: a kept-alive connection with its cookies."""

    def __init__(self, port: int):
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        headers = {**PROXY, "Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://127.0.0.1:{self.port}/"
        self.connection.request(method, path, body=body, headers=headers)
        response = self.connection.getresponse()
        content = response.read().decode()
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name] = rest.split(";")[0]
        return response.status, response.getheader("Location"), content


class Pace:
    """Due times at a fixed rate, shared by the threads of one client process."""

    def __init__(self, rate: float | None):
        import threading

        self.rate, self.count, self.lock = rate, 0, threading.Lock()
        self.start = time.perf_counter()

    def wait(self) -> float:
        """Sleep until the next due time; returns it (or now, unpaced)."""
        if not self.rate:
            return time.perf_counter()
        with self.lock:
            due = self.start + self.count / self.rate
            self.count += 1
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        return due


def respondent(port: int, token: str, pace: Pace) -> tuple[list[float], int]:
    """One respondent's whole questionnaire: submission times and the number of errors."""
    browser = Browser(port)
    status, _location, page = browser.request("GET", f"/s/{token}/")
    if status != 200:
        return [], 1
    form = {"csrfmiddlewaretoken": TOKEN.search(page).group(1), "nonce": NONCE.search(page)[1]}
    status, location, _page = browser.request("POST", f"/s/{token}/", form)
    if status != 302:
        return [], 1
    base = location.rsplit("/", 2)[0]
    status, _location, _page = browser.request("GET", location)
    times, errors = [], 0 if status == 200 else 1
    for number, answers in enumerate(PAGES, start=1):
        due = pace.wait()
        status, location, _page = browser.request("POST", f"{base}/{number}/", answers)
        if status != 302:
            errors += 1
            break
        status, _location, _page = browser.request("GET", location)
        times.append(time.perf_counter() - due)
        errors += status != 200
    return times, errors


def trivial_visitor(port: int, requests: int, pace: Pace) -> tuple[list[float], int]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    times, errors = [], 0
    for _request in range(requests):
        due = pace.wait()
        connection.request("GET", "/gezond/", headers=PROXY)
        response = connection.getresponse()
        response.read()
        times.append(time.perf_counter() - due)
        errors += response.status != 200
    connection.close()
    return times, errors


def client_process(job: tuple) -> tuple[list[float], int, float]:
    """One load process: `threads` threads share `units` of work (respondents or visitors of
    len(PAGES) trivial requests each), paced at `rate` per second if given."""
    kind, port, token, units, threads, rate = job
    pace = Pace(rate)
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        if kind == "survey":
            results = list(pool.map(lambda _i: respondent(port, token, pace), range(units)))
        else:
            results = list(
                pool.map(lambda _i: trivial_visitor(port, len(PAGES), pace), range(units))
            )
    elapsed = time.perf_counter() - start
    return [t for times, _e in results for t in times], sum(e for _t, e in results), elapsed


def run(pool, kind: str, port: int, token: str, units: int, concurrency: int, rate=None):
    """(requests per second, event times, errors) of one load, spread over the client
    processes: the times are of page submissions for the survey, of requests for the trivial
    view."""
    processes = pool._processes  # noqa: SLF001 - the size the pool was made with
    jobs = [
        (
            kind,
            port,
            token,
            units // processes + (index < units % processes),
            max(1, concurrency // processes),
            rate / processes if rate else None,
        )
        for index in range(processes)
    ]
    results = pool.map(client_process, jobs)
    times = [t for part, _e, _s in results for t in part]
    errors = sum(e for _t, e, _s in results)
    elapsed = max(seconds for _t, _e, seconds in results)
    requests = units * REQUESTS_PER_RESPONDENT if kind == "survey" else len(times)
    return requests / elapsed, times, errors


def p95(times: list[float]) -> float:
    return statistics.quantiles(times, n=20)[-1] * 1000 if len(times) > 1 else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--respondents", type=int, default=150, help="per capacity round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=10, help="of paced load, each")
    parser.add_argument("--clients", type=int, default=2, help="load processes")
    parser.add_argument(
        "--quick", action="store_true", help="a short run that checks for errors, no bar"
    )
    args = parser.parse_args()
    if args.quick:
        args.respondents, args.rounds, args.seconds = 24, 1, 2
    data_dir = tempfile.mkdtemp(prefix="samenspel-bench-")
    env = {
        "DJANGO_SETTINGS_MODULE": "samenspel.conf.production",
        "SAMENSPEL_SECRET_KEY": "bench-" + "k" * 60,
        "SAMENSPEL_DATA_DIR": data_dir,
        "SAMENSPEL_STATIC_ROOT": str(Path(data_dir) / "static"),
    }
    os.environ.update(env)
    import django

    django.setup()
    from django.core.management import call_command

    from bench.seed import residents_wave
    from samenspel.core.management.commands.serve import default_workers
    from samenspel.surveys.models import Answer, Response, ResponseStatus

    call_command("migrate", verbosity=0)
    wave = residents_wave(name="Bench submissions")
    token = wave.public_token
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "samenspel", "serve", "--addr", f"127.0.0.1:{port}"],
        env={**os.environ},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    errors = 0
    respondents = 0
    try:
        wait_for_port(port)
        # fork would copy this process's open database connection into every client.
        context = multiprocessing.get_context("spawn")
        with context.Pool(args.clients) as pool:
            c = args.concurrency
            run(pool, "trivial", port, token, c, c)  # warm every worker up
            run(pool, "survey", port, token, c, c)
            respondents += c
            trivial_rates, survey_rates, ratios = [], [], []
            for _round in range(args.rounds):
                before, _t, e1 = run(pool, "trivial", port, token, args.respondents, c)
                rate, _t, e2 = run(pool, "survey", port, token, args.respondents, c)
                after, _t, e3 = run(pool, "trivial", port, token, args.respondents, c)
                respondents += args.respondents
                errors += e1 + e2 + e3
                trivial_rates.append((before + after) / 2)
                survey_rates.append(rate)
                ratios.append(rate / ((before + after) / 2))
            ratio = statistics.median(ratios)
            capacity = statistics.median(survey_rates)
            submissions = capacity * len(PAGES) / REQUESTS_PER_RESPONDENT
            half = submissions / 2
            paced_units = max(args.clients, round(half * args.seconds / len(PAGES)))
            _rate, survey_times, e4 = run(pool, "survey", port, token, paced_units, c, half)
            _rate, trivial_times, e5 = run(pool, "trivial", port, token, paced_units, c, half)
            respondents += paced_units
            errors += e4 + e5
    finally:
        stop(server)
    complete = Response.objects.filter(wave=wave, status=ResponseStatus.COMPLETE).count()
    started = Response.objects.filter(wave=wave).count()
    answers = Answer.objects.filter(response__wave=wave).count()
    expected = respondents * ANSWERS_PER_RESPONDENT
    intact = errors == 0 and complete == started == respondents and answers == expected
    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    passed = intact and ratio >= TARGET_RATIO
    verdict = "OK" if passed else "MISSED"
    if args.quick:
        verdict = "quick run, no bar" if intact else "ERRORS"
    print(
        f"survey submissions on {database}, production settings, gunicorn {default_workers()} "
        f"workers (serve's default), {args.clients} client processes at concurrency "
        f"{args.concurrency}:\n"
        f"  capacity: {capacity:.0f} requests/s of respondents ({submissions:.0f} page "
        f"submissions/s, each a POST and the next page's GET) vs trivial view "
        f"{statistics.median(trivial_rates):.0f} requests/s: ratio {ratio:.2f} "
        f"(median of rounds {', '.join(f'{value:.2f}' for value in ratios)}; target >= "
        f"{TARGET_RATIO})\n"
        f"  at {half:.0f} submissions/s (half the capacity): submission p95 {p95(survey_times):.0f} ms "
        f"vs trivial view p95 {p95(trivial_times):.1f} ms\n"
        f"  {respondents} respondents: {complete} complete of {started} started, answers "
        f"{answers} of {expected}, errors {errors}: {verdict}"
    )
    if args.quick:
        return 0 if intact else 1
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(main())
