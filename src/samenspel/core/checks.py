"""Production readiness: which settings are missing or unsafe, in words an operator acts on."""

import os

from django.conf import settings


def production_problems() -> list[str]:
    """Each problem is one sentence; an empty list means the settings look production-ready."""
    problems = []
    if not os.environ.get("SAMENSPEL_SECRET_KEY") or len(settings.SECRET_KEY) < 40:
        problems.append("SAMENSPEL_SECRET_KEY is not set, or shorter than 40 characters.")
    if settings.DEBUG:
        problems.append("DEBUG is on: set SAMENSPEL_DEBUG=false.")
    if not os.environ.get("SAMENSPEL_ALLOWED_HOSTS"):
        problems.append("SAMENSPEL_ALLOWED_HOSTS is not set: name the host names it serves.")
    if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
        problems.append("The database is SQLite: set DATABASE_URL to a PostgreSQL database.")
    if settings.EMAIL_BACKEND.endswith("console.EmailBackend"):
        problems.append(
            "E-mail is printed to the console: set SAMENSPEL_EMAIL_BACKEND and EMAIL_*."
        )
    if not getattr(settings, "SESSION_COOKIE_SECURE", False):
        problems.append("Session cookies are not secure: use samenspel.conf.production.")
    if os.environ.get("DJANGO_SETTINGS_MODULE") != "samenspel.conf.production":
        problems.append("DJANGO_SETTINGS_MODULE is not samenspel.conf.production.")
    return problems
