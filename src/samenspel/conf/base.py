"""Settings shared by every environment, read from environment variables.

Every variable is documented in docs/settings.md; `samenspel check` reports
what is missing or unsafe for production.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("SAMENSPEL_DATA_DIR", Path.cwd() / "var")).resolve()


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SAMENSPEL_SECRET_KEY", "insecure-development-key-change-me")
DEBUG = env_bool("SAMENSPEL_DEBUG", False)
ALLOWED_HOSTS = env_list("SAMENSPEL_ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("SAMENSPEL_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Before the admin, whose own registration/ templates (password reset) would else be
    # found first and show the back office's pages instead of the product's.
    "samenspel.core",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "axes",
    "simple_history",
    "django_htmx",
    "django_tasks",
    "django_tasks_db",
    "samenspel.goals",
    "samenspel.stakeholders",
    "samenspel.meetings",
    "samenspel.actions",
    "samenspel.surveys",
    "samenspel.monitoring",
    "samenspel.reports",
    "samenspel.public",
    "samenspel.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

# Scripts only from our own files: no inline script, no other origin. Styles allow inline
# attributes because the back office (Django's admin) uses them; no script can hide there.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
# No page of Samenspel uses these browser features; none may be used in it.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
    )
}

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "samenspel.urls"
WSGI_APPLICATION = "samenspel.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "samenspel.core.context_processors.programme",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'samenspel.sqlite3'}"),
        conn_max_age=int(os.environ.get("SAMENSPEL_DB_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers work while a writer commits; busy timeout avoids "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    # Kept per thread: opening a connection repeats the PRAGMAs on every request.
    DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("SAMENSPEL_DB_CONN_MAX_AGE", "60"))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "core:programme-list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
TIME_ZONE = os.environ.get("SAMENSPEL_TIME_ZONE", "Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("SAMENSPEL_STATIC_ROOT", DATA_DIR / "static"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
MEDIA_ROOT = DATA_DIR / "media"

EMAIL_BACKEND = os.environ.get(
    "SAMENSPEL_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
DEFAULT_FROM_EMAIL = os.environ.get("SAMENSPEL_DEFAULT_FROM_EMAIL", "samenspel@localhost")

# Background work (documents, large jobs): the database backend, run by `samenspel worker`.
TASKS = {
    "default": {
        "BACKEND": os.environ.get("SAMENSPEL_TASK_BACKEND", "django_tasks_db.DatabaseBackend")
    }
}

# Brute-force protection on the login form, by three rules, each with its own limit per
# cool-off period (see core/lockout.py): one user name from one address (someone mistyping);
# one user name from any address (an attack on one account spread over many addresses); one
# address under any user name (one password sprayed over many names). The last is higher, as
# an office, library or town hall shares one address. A password reset lifts the first two.
AXES_HANDLER = "samenspel.core.lockout.LockoutHandler"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "username", "ip_address"]
AXES_FAILURE_LIMIT = int(os.environ.get("SAMENSPEL_LOGIN_FAILURE_LIMIT", "5"))
SAMENSPEL_LOGIN_USER_FAILURE_LIMIT = int(os.environ.get("SAMENSPEL_LOGIN_USER_FAILURE_LIMIT", "10"))
SAMENSPEL_LOGIN_ADDRESS_FAILURE_LIMIT = int(
    os.environ.get("SAMENSPEL_LOGIN_ADDRESS_FAILURE_LIMIT", "20")
)
AXES_COOLOFF_TIME = float(os.environ.get("SAMENSPEL_LOGIN_COOLOFF_HOURS", "1"))
# Days a link inviting someone into a programme stays valid.
SAMENSPEL_MEMBER_INVITATION_DAYS = int(os.environ.get("SAMENSPEL_MEMBER_INVITATION_DAYS", "14"))
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"

SESSION_ENGINE = "samenspel.core.sessions"  # Django's cached_db, refusing keys it cannot make
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

SAMENSPEL_PAGE_SIZE = int(os.environ.get("SAMENSPEL_PAGE_SIZE", "25"))
SAMENSPEL_IMPORT_MAX_ROWS = int(os.environ.get("SAMENSPEL_IMPORT_MAX_ROWS", "10000"))
SAMENSPEL_IMPORT_MAX_BYTES = int(
    os.environ.get("SAMENSPEL_IMPORT_MAX_BYTES", str(50 * 1024 * 1024))
)
# Survey responses are imported in the background, so a file may be much longer.
SAMENSPEL_SURVEY_IMPORT_MAX_ROWS = int(os.environ.get("SAMENSPEL_SURVEY_IMPORT_MAX_ROWS", "100000"))
# Rendered fragments (filters, lists, home panels) per programme state; see core/caching.py.
SAMENSPEL_FRAGMENT_CACHE = env_bool("SAMENSPEL_FRAGMENT_CACHE", True)
SAMENSPEL_FRAGMENT_CACHE_SECONDS = int(os.environ.get("SAMENSPEL_FRAGMENT_CACHE_SECONDS", "600"))
# Starts of a survey that never answered a page, per client address and wave, per hour: a
# library, care home or school on one address can take part, a script cannot fill the wave.
SAMENSPEL_SURVEY_STARTS_PER_HOUR = int(os.environ.get("SAMENSPEL_SURVEY_STARTS_PER_HOUR", "30"))
# Wrong access codes per client address and wave, per quarter of an hour.
# The key of the invitation hashes (see surveys/collecting/tokens.py). Kept outside the
# database; set it apart from SECRET_KEY so that rotating that key keeps invitation links valid.
SAMENSPEL_INVITATION_KEY = os.environ.get("SAMENSPEL_INVITATION_KEY", "") or SECRET_KEY
# Days a generated document (PDF, Word) is kept for the person who asked for it.
SAMENSPEL_DOCUMENT_DAYS = int(os.environ.get("SAMENSPEL_DOCUMENT_DAYS", "7"))
SAMENSPEL_ACCESS_CODE_ATTEMPTS = int(os.environ.get("SAMENSPEL_ACCESS_CODE_ATTEMPTS", "10"))
# Proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated).
SAMENSPEL_TRUSTED_PROXIES = env_list("SAMENSPEL_TRUSTED_PROXIES", "")
AXES_CLIENT_IP_CALLABLE = "samenspel.core.clients.client_address"
AXES_USERNAME_CALLABLE = "samenspel.core.clients.client_username"

# "default" is each process's own memory (fragments, rendered questions); "shared" is seen by
# every worker (limits on starts and access codes): the database, or Redis when configured.
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "shared": (
        {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["SAMENSPEL_REDIS_URL"],
        }
        if os.environ.get("SAMENSPEL_REDIS_URL")
        else {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "samenspel_shared_cache",
        }
    ),
}
SAMENSPEL_BASE_URL = os.environ.get("SAMENSPEL_BASE_URL", "http://127.0.0.1:8000")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("SAMENSPEL_LOG_LEVEL", "INFO")},
    # WeasyPrint logs every page it lays out; only its warnings matter here.
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}
