"""The Jinja2 environment for the public pages that are rendered most often: a survey's pages
for respondents. Django's templates cost about ten times more per page, and these pages carry
the load of a whole town answering at once. The same static files, URLs and translations as
the Django templates; write translatable text as ``{{ _("…") }}`` so that makemessages finds it.
"""

import functools

from django.conf import settings
from django.templatetags.static import static
from django.urls import get_script_prefix, reverse
from django.utils import translation
from django.utils.html import linebreaks
from jinja2 import Environment
from markupsafe import Markup

# The manifest of static files does not change while a process runs.
cached_static = functools.lru_cache(maxsize=256)(static)


@functools.lru_cache(maxsize=1024)
def _reverse(prefix: str, name: str, args: tuple) -> str:
    return reverse(name, args=args)


def url(name: str, *args) -> str:
    return _reverse(get_script_prefix(), name, args)


@functools.lru_cache(maxsize=16)
def translator(language: str):
    """gettext for one language that looks each message up once. A page asks for a dozen
    messages; Django's gettext finds the active language again for each of them. Put in a
    template's context as ``gettext``, it is what ``_()`` calls."""

    @functools.lru_cache(maxsize=2048)
    def gettext(message: str) -> str:
        with translation.override(language):
            return translation.gettext(message)

    return gettext


@functools.lru_cache(maxsize=256)
def paragraphs(text: str) -> Markup:
    """Text typed with blank lines as HTML paragraphs, escaped. A survey's introduction is
    the same for each of its respondents: the result is kept per text."""
    return Markup(linebreaks(text, autoescape=True))  # noqa: S704 - linebreaks escapes the text


def environment(**options) -> Environment:
    options.pop("autoescape", None)  # always on: these pages show what people typed
    # Block tags leave no blank lines behind: a page of questions is a third smaller.
    options.setdefault("trim_blocks", True)
    options.setdefault("lstrip_blocks", True)
    env = Environment(autoescape=True, extensions=["jinja2.ext.i18n"], **options)
    env.install_gettext_callables(  # type: ignore[attr-defined]
        translation.gettext, translation.ngettext, newstyle=False
    )
    env.globals.update(
        static=cached_static,
        url=url,
        languages=settings.LANGUAGES,
    )
    env.filters["paragraphs"] = paragraphs
    return env
