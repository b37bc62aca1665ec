"""Settings for the test suite: fast hashing, console mail, SQLite in memory by default."""

import os

import dj_database_url

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-key-not-for-production"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
if os.environ.get("DATABASE_URL"):
    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
AXES_FAILURE_LIMIT = 3
STATIC_ROOT = None  # tests serve static files through the finders
WHITENOISE_AUTOREFRESH = True
SAMENSPEL_FRAGMENT_CACHE = False  # tests see every change at once; caching has its own test
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
