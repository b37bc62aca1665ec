"""Settings for a first look and for development: SQLite, a secret key of its own, and no
debug pages unless asked for (SAMENSPEL_DEBUG=true), so that a demo served on the network
shows a stranger nothing of its inside."""

import os

from django.core.management.utils import get_random_secret_key

from .base import *  # noqa: F403
from .base import DATA_DIR, env_bool, env_list

DEBUG = env_bool("SAMENSPEL_DEBUG", False)
DATA_DIR.mkdir(parents=True, exist_ok=True)
if not os.environ.get("SAMENSPEL_SECRET_KEY"):
    # Made once per installation and kept beside its database, never shared with another.
    _key_file = DATA_DIR / "secret_key"
    if not _key_file.exists():
        _key_file.write_text(get_random_secret_key())
        _key_file.chmod(0o600)
    SECRET_KEY = _key_file.read_text().strip()
    SAMENSPEL_INVITATION_KEY = os.environ.get("SAMENSPEL_INVITATION_KEY", "") or SECRET_KEY
# A demo may be opened by its address on the network (./dev demo --addr 0.0.0.0:8000).
ALLOWED_HOSTS = env_list("SAMENSPEL_ALLOWED_HOSTS", "*")
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
