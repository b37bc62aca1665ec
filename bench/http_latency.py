"""Latency of the action book (2,000 actions, 50 per page, filtered) and the programme home
under concurrent load, against a trivial view on the same server.

Run: .venv/bin/python bench/http_latency.py [--actions 2000] [--requests 400] [--concurrency 8]
Starts `samenspel serve` (gunicorn) on a free local port with a throwaway SQLite database.
"""

import argparse
import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_P95_MS = 150


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, seconds: float = 120) -> None:
    """Wait until a server listens on the local port. Starting takes a while on a busy machine
    (the server collects its static files first); one that never listens is an error, not a
    figure."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"no server listens on port {port} after {seconds:.0f} s")


def prepare(env: dict, actions: int) -> tuple[str, str]:
    """Migrate, seed, and return (programme slug, session cookie) for a project-team user."""
    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from bench.seed import seed_programme

    call_command("migrate", verbosity=0)
    programme, user = seed_programme(slug="bench-http", actions=actions)
    session = SessionStore()
    session["_auth_user_id"] = str(user.pk)
    session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
    session["_auth_user_hash"] = user.get_session_auth_hash()
    session.create()
    goal_id = programme.goals.filter(parent__isnull=True).first().pk
    return programme.slug, session.session_key, goal_id


def measure(port: int, path: str, cookie: str, requests: int, concurrency: int) -> list[float]:
    local = threading.local()

    def one(_index: int) -> float:
        # One kept-alive connection per client thread, as browsers do.
        if not hasattr(local, "connection"):
            local.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        start = time.perf_counter()
        local.connection.request("GET", path, headers={"Cookie": f"sessionid={cookie}"})
        response = local.connection.getresponse()
        body = response.read()
        elapsed = time.perf_counter() - start
        if response.status != 200 or not body:
            raise RuntimeError(f"{path}: HTTP {response.status}")
        return elapsed * 1000

    for index in range(concurrency):  # warm up every worker
        one(index)
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        return list(pool.map(one, range(requests)))


def summary(latencies: list[float]) -> tuple[float, float]:
    ordered = sorted(latencies)
    return statistics.median(ordered), ordered[max(0, int(round(0.95 * len(ordered))) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--actions", type=int, default=2000)
    parser.add_argument("--requests", type=int, default=400)
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="samenspel-bench-")
    env = {
        "DJANGO_SETTINGS_MODULE": "samenspel.conf.dev",
        "SAMENSPEL_DEBUG": "false",
        "SAMENSPEL_DATA_DIR": data_dir,
    }
    slug, cookie, goal_id = prepare(env, args.actions)
    port = free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "samenspel",
            "serve",
            "--addr",
            f"127.0.0.1:{port}",
            "--workers",
            "2",
            "--threads",
            "4",
        ],
        env={**os.environ, **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for_port(port)
        pages = {
            "trivial view (baseline)": "/gezond/",
            "action book, page 2, 50 per page": f"/p/{slug}/acties/?page=2",
            "action book filtered (goal + status)": f"/p/{slug}/acties/?goal={goal_id}&status=running",
            "action book search": f"/p/{slug}/acties/?q=dorpshuis+ouderen",
            "programme home": f"/p/{slug}/",
        }
        results = {}
        for name, path in pages.items():
            results[name] = summary(measure(port, path, cookie, args.requests, args.concurrency))
        baseline_median, baseline_p95 = results["trivial view (baseline)"]
        failed = False
        print(
            f"{args.actions} actions, {args.requests} requests per page at concurrency "
            f"{args.concurrency}, gunicorn 2 workers x 4 threads, SQLite, fragment cache "
            f"{os.environ.get('SAMENSPEL_FRAGMENT_CACHE', 'true')}"
        )
        for name, (median, p95) in results.items():
            verdict = ""
            if name != "trivial view (baseline)":
                ok = p95 < TARGET_P95_MS
                failed |= not ok
                verdict = f"  p95 target < {TARGET_P95_MS} ms: {'OK' if ok else 'MISSED'}"
            print(
                f"{name:40s} median {median:7.1f} ms  p95 {p95:7.1f} ms  "
                f"(ratio to baseline: median {median / baseline_median:5.1f}x, "
                f"p95 {p95 / baseline_p95:5.1f}x){verdict}"
            )
        return 1 if failed else 0
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a busy machine: stop it rather than leave it
            server.kill()
            server.wait()


if __name__ == "__main__":
    sys.exit(main())
