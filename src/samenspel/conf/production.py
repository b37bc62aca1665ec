"""Production settings: every safety switch on. Configure through environment variables."""

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False
SECURE_SSL_REDIRECT = env_bool("SAMENSPEL_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
WHITENOISE_USE_FINDERS = False
