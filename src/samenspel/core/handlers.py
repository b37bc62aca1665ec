"""The WSGI application: Django's handler, with a shorter middleware chain for the pages a
survey respondent sees.

A respondent has no account, no session and no messages, and never asks for a static file
through Django; running sessions, accounts, history, htmx and login protection for each of
their pages only costs time on the busiest pages of the product. Their pages keep what
protects them: security headers, language, CSRF on the start form and frame denial.
"""

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.utils import translation
from django.utils.cache import patch_vary_headers

RESPONDENT_PATH_PREFIX = "/s/"
RESPONDENT_MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "samenspel.core.handlers.RespondentLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]


class RespondentLocaleMiddleware:
    """Django's LocaleMiddleware for addresses without a language in them: the language
    comes from the visitor's language cookie or browser, as it does there."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = translation.get_language_from_request(request)
        translation.activate(language)
        request.LANGUAGE_CODE = language
        response = self.get_response(request)
        patch_vary_headers(response, ("Accept-Language",))
        response.headers.setdefault("Content-Language", language)
        return response


class RespondentMiddleware:
    """For a Django handler class: build the chain from RESPONDENT_MIDDLEWARE instead of
    MIDDLEWARE."""

    def load_middleware(self, is_async=False):
        # Django reads the chain from settings only; the swap happens once, while the
        # application is built and before any request is served.
        configured = settings.MIDDLEWARE
        settings.MIDDLEWARE = RESPONDENT_MIDDLEWARE
        try:
            super().load_middleware(is_async)  # type: ignore[misc]
        finally:
            settings.MIDDLEWARE = configured


class RespondentHandler(RespondentMiddleware, WSGIHandler):
    pass


def is_respondent_path(path: str) -> bool:
    return path.startswith(RESPONDENT_PATH_PREFIX)


def make_application():
    """The application to serve: respondents' pages through the short chain, the rest
    through every middleware in settings."""
    from django.core.wsgi import get_wsgi_application

    everything = get_wsgi_application()
    respondents = RespondentHandler()

    def application(environ, start_response):
        if is_respondent_path(environ.get("PATH_INFO", "")):
            return respondents(environ, start_response)
        return everything(environ, start_response)

    return application
