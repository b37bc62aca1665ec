"""A test client whose requests take the way the served application sends them."""

from django.test import Client
from django.test.client import ClientHandler

from samenspel.core.handlers import RespondentMiddleware, is_respondent_path


class _RespondentClientHandler(RespondentMiddleware, ClientHandler):
    pass


class _ServedClientHandler:
    def __init__(self, enforce_csrf_checks: bool):
        self.everything = ClientHandler(enforce_csrf_checks)
        self.respondents = _RespondentClientHandler(enforce_csrf_checks)

    def __call__(self, environ):
        if is_respondent_path(environ["PATH_INFO"]):
            return self.respondents(environ)
        return self.everything(environ)


class ServedClient(Client):
    """Django's test client, with respondents' pages behind their own short middleware chain,
    as core.handlers.make_application serves them."""

    def __init__(self, enforce_csrf_checks: bool = False, **defaults):
        super().__init__(enforce_csrf_checks, **defaults)
        self.handler = _ServedClientHandler(enforce_csrf_checks)
