"""The worst latency of ordinary pages read one at a time, as one person walks through the
product, while other clients write, against the same reads with nobody writing, in the same
run, on the demo data. Target: no read over 1 s.

The reader is a member of the project team who opens, one after another, the programme's
home, the accessibility statement, the goal book, a goal, a goal with survey results and a
goal's edit form, the action book and a search in it, an action and its edit form, a public
action page and the lists of people and organisations. As a browser does, it keeps a few
connections open, and now and then opens one ahead that it leaves unused. The writers are
respondents filling in the demo's open survey, a member posting progress updates and asking
for the action book as a PDF, which `samenspel worker` builds beside the server. Quiet rounds
(reads only) and busy rounds (reads beside the writers) take turns.

Served by `samenspel serve` with its defaults and the production settings (`--demo`: the
settings `samenspel demo` serves with), on a temporary SQLite file, or on the PostgreSQL
database in DATABASE_URL.

Run: .venv/bin/python bench/reads_beside_writes.py [--seconds 20] [--rounds 2]
     [--submissions 4] [--updates 1] [--documents 0.1] [--demo]
"""

import argparse
import http.client
import multiprocessing
import os
import socket
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
from bench.survey_submissions import NONCE, PAGES, PROXY, TOKEN, Browser  # noqa: E402

TARGET_MS = 1000
READER_CONNECTIONS = 3  # a browser keeps several open to one server
PRECONNECT_EVERY = 20  # pages
# Its survey panel needs the wave's disclosure control, computed afresh in each server
# process and after every new response (see bench/results_page.py): reported apart.
COMPUTED = "goal with survey results"


def prepare() -> dict:
    """Migrate, load the demo, make its first programme's action book public; the addresses
    and sessions the clients need."""
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from django.db import connections

    from samenspel.actions.models import Action
    from samenspel.actions.services import settings_update
    from samenspel.core.sessions import SessionStore
    from samenspel.demo.loader import load_demo
    from samenspel.goals.models import Goal
    from samenspel.public.selectors import public_actions
    from samenspel.surveys.models import Question, Wave

    call_command("migrate", verbosity=0)
    programme = load_demo(progress=lambda _line: None)[0]
    settings_update(programme=programme, is_public=True, by=None)

    def session(username: str) -> str:
        user = get_user_model().objects.get(username=username)
        store = SessionStore()
        store["_auth_user_id"] = str(user.pk)
        store["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
        store["_auth_user_hash"] = user.get_session_auth_hash()
        store.create()
        return store.session_key

    slug = programme.slug
    measured = Question.objects.filter(
        section__survey__programme=programme, goals__isnull=False
    ).values_list("goals", flat=True)
    goals = Goal.objects.filter(programme=programme).order_by("pk")
    goal = goals.exclude(pk__in=measured).first()
    measured_goal = goals.filter(pk__in=measured).first()
    action = Action.objects.filter(programme=programme).order_by("pk").first()
    public = public_actions(programme=programme).first()
    wave = Wave.objects.get(survey__programme=programme, survey__audience="residents", is_open=True)
    found = {
        "pages": {
            "programme home": f"/p/{slug}/",
            "accessibility statement": "/toegankelijkheid/",
            "goal book": f"/p/{slug}/doelen/",
            "goal": f"/p/{slug}/doelen/{goal.pk}/",
            COMPUTED: f"/p/{slug}/doelen/{measured_goal.pk}/",
            "goal edit form": f"/p/{slug}/doelen/{goal.pk}/bewerken/",
            "action book": f"/p/{slug}/acties/",
            "action search": f"/p/{slug}/acties/?q=ontmoeting",
            "action": f"/p/{slug}/acties/{action.pk}/",
            "action edit form": f"/p/{slug}/acties/{action.pk}/bewerken/",
            "public action page": f"/openbaar/{slug}/acties/{public.pk}/",
            "people": f"/p/{slug}/partijen/personen/",
            "organisations": f"/p/{slug}/partijen/",
        },
        "reader": session("demo"),
        "writer": session("demo"),
        "slug": slug,
        "actions": list(
            Action.objects.filter(programme=programme).values_list("pk", flat=True)[:20]
        ),
        "token": wave.public_token,
    }
    connections.close_all()
    return found


def request(connection, method: str, path: str, cookie: str, form: dict | None = None):
    headers = {**PROXY, "Cookie": cookie}
    body = None
    if form is not None:
        body = urlencode(form)
        headers["Content-Type"] = "application/x-www-form-urlencoded"
        headers["Referer"] = f"https://127.0.0.1:{connection.port}/"
    for attempt in range(2):
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            return response, response.read()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closes a connection kept idle past its keep-alive time; a browser
            # then sends the request again on a new one, and so does this client.
            connection.close()
            if attempt:
                raise
    raise AssertionError("unreachable")


def read_round(port: int, pages: dict, session: str, seconds: float = 0, cycles: int = 0):
    """Open the pages one after another, round the reader's connections, for ``seconds`` (or
    ``cycles`` times through them); [(page, milliseconds)]."""
    connections = [
        http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for _index in range(READER_CONNECTIONS)
    ]
    cookie = f"sessionid={session}"
    names = list(pages)
    times = []
    deadline = time.perf_counter() + seconds
    turn = 0
    ahead = None
    while (time.perf_counter() < deadline) if seconds else (turn < cycles * len(pages)):
        if turn % PRECONNECT_EVERY == 0:
            if ahead is not None:
                ahead.close()
            ahead = socket.create_connection(("127.0.0.1", port))
        name = names[turn % len(names)]
        connection = connections[turn % len(connections)]
        turn += 1
        start = time.perf_counter()
        response, body = request(connection, "GET", pages[name], cookie)
        times.append((name, (time.perf_counter() - start) * 1000))
        if response.status != 200 or not body:
            raise RuntimeError(f"{pages[name]}: HTTP {response.status}")
    for connection in [*connections, ahead]:
        connection.close()
    return times


def paced(rate: float, deadline: float):
    """Due times at ``rate`` per second until the deadline."""
    start = time.perf_counter()
    count = 0
    while (due := start + count / rate) < deadline:
        delay = due - time.perf_counter()
        if delay > 0:
            time.sleep(delay)
        count += 1
        yield due


def survey_writer(port: int, token: str, rate: float, deadline: float):
    """Respondents one after another, a page submission (its POST and the next page's GET)
    at ``rate`` per second; (submissions, errors, slowest in ms)."""
    done = errors = 0
    slowest = 0.0
    due_times = paced(rate, deadline)
    while time.perf_counter() < deadline:
        browser = Browser(port)
        status, _location, page = browser.request("GET", f"/s/{token}/")
        form = {"csrfmiddlewaretoken": TOKEN.search(page)[1], "nonce": NONCE.search(page)[1]}
        status, location, _page = browser.request("POST", f"/s/{token}/", form)
        if status != 302:
            return done, errors + 1, slowest
        base = location.rsplit("/", 2)[0]
        browser.request("GET", location)
        for number, answers in enumerate(PAGES, start=1):
            if next(due_times, None) is None:
                return done, errors, slowest
            start = time.perf_counter()
            status, location, _page = browser.request("POST", f"{base}/{number}/", answers)
            errors += status != 302
            status, _location, _page = browser.request("GET", location)
            errors += status != 200
            slowest = max(slowest, (time.perf_counter() - start) * 1000)
            done += 1
    return done, errors, slowest


def member_writer(kind: str, port: int, slug: str, actions: list, session: str, rate, deadline):
    """Progress updates on the demo's actions, or requests for the action book as a PDF, at
    ``rate`` per second; (writes, errors, slowest in ms)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    cookie = f"sessionid={session}"
    response, body = request(connection, "GET", f"/p/{slug}/acties/{actions[0]}/", cookie)
    csrf = {"csrfmiddlewaretoken": TOKEN.search(body.decode())[1]}
    for header, value in response.getheaders():
        if header.lower() == "set-cookie" and value.startswith("csrftoken="):
            cookie += "; " + value.split(";")[0]
    done = errors = 0
    slowest = 0.0
    for index, _due in enumerate(paced(rate, deadline)):
        if kind == "progress":
            path = f"/p/{slug}/acties/{actions[index % len(actions)]}/voortgang/"
            form = {
                "date": time.strftime("%Y-%m-%d"),
                "text": f"Weer een stap gezet ({index}).",
                "percent_complete": index % 100,
            }
        else:
            path, form = f"/p/{slug}/acties/actieboek.pdf", {}
        start = time.perf_counter()
        response, _body = request(connection, "POST", path, cookie, {**csrf, **form})
        slowest = max(slowest, (time.perf_counter() - start) * 1000)
        done += 1
        errors += response.status != 302
    return done, errors, slowest


def writer(job: tuple):
    kind, *arguments = job
    if kind == "survey":
        return survey_writer(*arguments)
    return member_writer(kind, *arguments)


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    return (
        f"p50 {statistics.median(ordered):5.0f} ms  p95 {p95:5.0f} ms  max {ordered[-1]:5.0f} ms"
        f"  ({len(ordered)} reads)"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=20, help="of reading, per round")
    parser.add_argument("--rounds", type=int, default=2, help="quiet and busy ones, each")
    parser.add_argument("--submissions", type=float, default=4, help="survey pages per second")
    parser.add_argument("--updates", type=float, default=1, help="progress updates per second")
    parser.add_argument("--documents", type=float, default=0.1, help="PDFs asked per second")
    parser.add_argument("--demo", action="store_true", help="the settings of `samenspel demo`")
    args = parser.parse_args()
    data_dir = tempfile.mkdtemp(prefix="samenspel-bench-")
    from samenspel.cli import DEMO_TASK_BACKEND

    settings = "samenspel.conf.dev" if args.demo else "samenspel.conf.production"
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": settings,
            "SAMENSPEL_SECRET_KEY": "bench-" + "k" * 60,
            "SAMENSPEL_DATA_DIR": data_dir,
            "SAMENSPEL_STATIC_ROOT": str(Path(data_dir) / "static"),
            # Production's default, and what `samenspel demo` chooses.
            "SAMENSPEL_TASK_BACKEND": DEMO_TASK_BACKEND,
        }
    )
    found = prepare()
    from samenspel.core.management.commands.serve import default_workers

    port = free_port()
    command = [sys.executable, "-m", "samenspel"]
    silent = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    server = subprocess.Popen([*command, "serve", "--addr", f"127.0.0.1:{port}"], **silent)
    worker = subprocess.Popen([*command, "worker"], **silent)
    pages, reader = found["pages"], found["reader"]
    reads = {"quiet": [], "busy": []}
    writes = {kind: [0, 0, 0.0] for kind in ("survey", "progress", "document")}
    try:
        wait_for_port(port)
        # Every server process has each page once before anything is measured.
        with ThreadPoolExecutor(max_workers=default_workers()) as pool:
            list(pool.map(lambda _i: read_round(port, pages, reader, cycles=1), range(9)))
        # spawn: fork would copy this process's database connection into every client.
        with multiprocessing.get_context("spawn").Pool(3) as pool:
            for _round in range(args.rounds):
                reads["quiet"] += read_round(port, pages, reader, args.seconds)
                # perf_counter is the system's monotonic clock: one deadline for every client.
                deadline = time.perf_counter() + args.seconds
                member = (port, found["slug"], found["actions"], found["writer"])
                jobs = [
                    ("survey", port, found["token"], args.submissions, deadline),
                    ("progress", *member, args.updates, deadline),
                    ("document", *member, args.documents, deadline),
                ]
                pending = pool.map_async(writer, jobs)
                reads["busy"] += read_round(port, pages, reader, args.seconds)
                for (kind, *_arguments), (done, errors, slowest) in zip(
                    jobs, pending.get(), strict=True
                ):
                    total = writes[kind]
                    total[0], total[1] = total[0] + done, total[1] + errors
                    total[2] = max(total[2], slowest)
    finally:
        worker.terminate()
        stop(server)
        stop(worker)
    from samenspel.reports.models import DocumentStatus, GeneratedDocument

    built = GeneratedDocument.objects.filter(status=DocumentStatus.READY).count()
    errors = sum(total[1] for total in writes.values())
    database = "PostgreSQL" if os.environ.get("DATABASE_URL") else "SQLite"
    survey, progress, document = writes["survey"], writes["progress"], writes["document"]
    print(
        f"reads of {len(pages)} kinds of page at concurrency 1 on the demo data, {database}, "
        f"{'the demo' if args.demo else 'production'} settings, `samenspel serve` "
        f"({default_workers()} workers, {os.environ.get('SAMENSPEL_THREADS', '1')} thread(s) "
        f"each) and `samenspel worker`; {args.rounds} "
        f"quiet and {args.rounds} busy rounds of {args.seconds:.0f} s, taking turns\n"
        f"writers in the busy rounds: {args.submissions:g} survey page submissions/s, "
        f"{args.updates:g} progress updates/s, {args.documents:g} PDFs asked/s; in all "
        f"{survey[0]} submissions (slowest {survey[2]:.0f} ms), {progress[0]} updates "
        f"(slowest {progress[2]:.0f} ms), {document[0]} PDFs asked (slowest {document[2]:.0f} "
        f"ms, {built} built); errors {errors}"
    )
    for label, subset in (
        ("all pages", lambda name: True),
        (f"all but the {COMPUTED}", lambda name: name != COMPUTED),
    ):
        print(f"  {label}:")
        for phase, name in (("quiet", "alone"), ("busy", "beside writes")):
            times = [ms for page, ms in reads[phase] if subset(page)]
            print(f"    {name:14s} {summary(times)}")
    print("  slowest read of each page, alone / beside writes:")
    over = []
    for name in pages:
        alone = max(ms for page, ms in reads["quiet"] if page == name)
        beside = max(ms for page, ms in reads["busy"] if page == name)
        if max(alone, beside) >= TARGET_MS:
            over.append(name)
        print(f"    {name:26s} {alone:6.0f} ms / {beside:6.0f} ms")
    ok = not over and not errors
    print(
        f"  target: no read over {TARGET_MS} ms: {'OK' if ok else 'MISSED'}"
        + (f" (over: {', '.join(over)})" if over else "")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
