import os

from django.conf import settings
from django.core.management.base import BaseCommand
from gunicorn.app.base import BaseApplication


class _Gunicorn(BaseApplication):
    def __init__(self, application, options: dict):
        self.application = application
        self.options = options
        super().__init__()

    def load_config(self):
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


MAX_DEFAULT_WORKERS = 9  # each holds its own database connection and caches


def default_workers() -> int:
    """A page is mostly Python work, which threads of one process take turns at: one process
    per core this process may use, and one more for the time a request waits on the
    database."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return min((cores or 1) + 1, MAX_DEFAULT_WORKERS)


class Command(BaseCommand):
    help = "Serve Samenspel with gunicorn (a production WSGI server); static files by WhiteNoise."

    def add_arguments(self, parser):
        parser.add_argument("--addr", default=os.environ.get("SAMENSPEL_ADDR", "127.0.0.1:8000"))
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("SAMENSPEL_WORKERS", default_workers())),
        )
        parser.add_argument(
            "--threads", type=int, default=int(os.environ.get("SAMENSPEL_THREADS", "1"))
        )

    def handle(self, *args, addr: str, workers: int, threads: int, **options):
        from django.core.wsgi import get_wsgi_application
        from django.urls import get_resolver

        if not settings.DEBUG and not settings.WHITENOISE_USE_FINDERS:
            from django.core.management import call_command

            call_command("collectstatic", interactive=False, verbosity=0)
        # Load every view now, before the workers fork: otherwise each worker's first visitor
        # waits seconds for the statistics libraries to import.
        get_resolver().check()
        self.stdout.write(f"Samenspel luistert op http://{addr}/ (stoppen: Ctrl+C)")
        _Gunicorn(
            get_wsgi_application(),
            {
                "bind": addr,
                "workers": workers,
                "threads": threads,
                # Keeps a browser's connection open between pages, also with one thread;
                # gunicorn's gthread worker, but a silent new connection holds no thread.
                "worker_class": "samenspel.core.server.ThreadWorker",
                "accesslog": "-" if settings.DEBUG else None,
                "timeout": 120,
            },
        ).run()
