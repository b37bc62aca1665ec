"""Settings for a first look and for development: SQLite, debug on."""

import os

from .base import *  # noqa: F403
from .base import DATA_DIR, env_bool

DEBUG = env_bool("SAMENSPEL_DEBUG", True)
DATA_DIR.mkdir(parents=True, exist_ok=True)
(DATA_DIR / "static").mkdir(exist_ok=True)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# A first look needs no worker: tasks run at once unless a backend is chosen.
TASKS = {
    "default": {
        "BACKEND": os.environ.get(
            "SAMENSPEL_TASK_BACKEND", "django_tasks.backends.immediate.ImmediateBackend"
        )
    }
}
