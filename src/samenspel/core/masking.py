"""Obvious personal details in free text made unrecognisable: e-mail addresses, Dutch phone
numbers, postcodes with a house number, and the names of people in a programme's register.

Free text is written by residents in a survey or by members in an action's progress, and ends
up in exports and on pages that others read; whoever wrote it may have named someone or left a
number behind. Masking is deliberately cautious about ordinary numbers, dates and amounts: a
mask that eats "24-11-2026" or "€ 1.250" makes texts useless and gets switched off.

Core knows no domain app: the app that keeps the register hands its names over through
``register_name_source`` (from its ``apps.py``), as with the navigation registry.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import phonenumbers
from django.utils.translation import gettext as _

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")

# A Dutch postcode: four digits not starting with 0, and two letters. Written apart the letters
# must be capitals, or "in 2024 is 12" would be an address.
_POSTCODE = r"[1-9]\d{3}(?:\s?[A-Z]{2}|[a-z]{2})"
_HOUSE_NUMBER = r"\d{1,5}(?:-?[A-Za-z](?![\w]))?(?:[-/]\d{1,4})?"
POSTCODE_WITH_NUMBER = re.compile(
    rf"(?<![\w-])(?:{_POSTCODE},?\s*(?:(?:nr|no|huisnummer)\.?\s*)?{_HOUSE_NUMBER}"
    rf"|{_HOUSE_NUMBER},?\s+{_POSTCODE})(?![\w-])"
)

# The phone library reads "05-11-2026 14" (a date and an hour) as a valid number.
_DATE_START = re.compile(r"^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}")
# Phone numbers have at least eight digits; most texts have none of those, and skip the matcher.
_MANY_DIGITS = re.compile(r"(?:\d\D{0,3}){8}")

_WORD = re.compile(r"\w+(?:['’]\w+)*")
# Between the words of one name: a space, a hyphen (Jansen-de Vries) or an initial's dot.
_NAME_GAP = re.compile(r"[\s.\-]{1,3}")
# Words that put a surname in a sentence: "mevrouw Bakker", "dhr. De Vries".
HONORIFICS = (
    ("mevrouw",),
    ("mevr",),
    ("mw",),
    ("meneer",),
    ("mijnheer",),
    ("dhr",),
    ("de", "heer"),
    ("mr",),
    ("mrs",),
    ("ms",),
    ("dr",),
)


def _placeholders() -> dict[str, str]:
    return {
        "email": _("[e-mail address]"),
        "phone": _("[phone number]"),
        "address": _("[address]"),
        "name": _("[name]"),
    }


def _fold(word: str) -> str:
    """A word as names are compared: case and accents left out (José is Jose)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _phone_spans(text: str) -> list[tuple[int, int]]:
    if not _MANY_DIGITS.search(text):
        return []
    spans = []
    for match in phonenumbers.PhoneNumberMatcher(text, "NL", leniency=phonenumbers.Leniency.VALID):
        raw, start = match.raw_string, match.start
        if _DATE_START.match(raw):
            continue
        # "(06-12345678)": the matcher takes the opening bracket of the sentence along.
        if raw.startswith("(") and raw.count("(") > raw.count(")"):
            start += 1
        spans.append((start, match.end))
    return spans


class NameMatcher:
    """Finds the names of a list of people in a text, word by word: a dictionary from a name's
    first word to the whole names that start with it, so that a text is read once whatever
    the length of the list. A name matches in full ("Sanne Bakker"), with an initial
    ("S. Bakker") and as a surname after a form of address ("mevrouw Bakker"). A name of one
    word is left alone: "Roos" and "Mark" are words before they are names."""

    def __init__(self, names: Iterable[str]):
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for name in names:
            words = tuple(_fold(word) for word in _WORD.findall(name))
            if len(words) < 2:
                continue
            variants = {words, (words[0][0], *words[1:])}
            variants.update((*honorific, *words[1:]) for honorific in HONORIFICS)
            for variant in variants:
                self._by_first.setdefault(variant[0], []).append(variant)
        for variants in self._by_first.values():
            # Longest first: "Jan de Vries-Bakker" before "Jan de Vries".
            variants.sort(key=len, reverse=True)

    def __bool__(self) -> bool:
        return bool(self._by_first)

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where in the text a name stands, as (start, end) pairs."""
        if not self._by_first:
            return []
        words = [(_fold(m.group()), m.start(), m.end()) for m in _WORD.finditer(text)]
        found, index = [], 0
        while index < len(words):
            length = self._match_at(text, words, index)
            if length:
                found.append((words[index][1], words[index + length - 1][2]))
                index += length
            else:
                index += 1
        return found

    def _match_at(self, text: str, words: list, index: int) -> int:
        for variant in self._by_first.get(words[index][0], ()):
            end = index + len(variant)
            if end > len(words):
                continue
            if all(words[index + k][0] == part for k, part in enumerate(variant)) and all(
                _NAME_GAP.fullmatch(text, words[k][2], words[k + 1][1])
                for k in range(index, end - 1)
            ):
                return len(variant)
        return 0


def mask(text: str, *, names: NameMatcher | None = None) -> str:
    """The text with e-mail addresses, phone numbers, postcodes with a house number and (given
    a matcher) names replaced by a word in brackets that says what stood there."""
    if not text:
        return text
    words = _placeholders()
    spans: list[tuple[int, int, str]] = []
    spans += [(m.start(), m.end(), words["email"]) for m in EMAIL.finditer(text)]
    spans += [(m.start(), m.end(), words["address"]) for m in POSTCODE_WITH_NUMBER.finditer(text)]
    spans += [(start, end, words["phone"]) for start, end in _phone_spans(text)]
    if names:
        spans += [(start, end, words["name"]) for start, end in names.spans(text)]
    if not spans:
        return text
    spans.sort(key=lambda span: (span[0], -span[1]))
    parts, position = [], 0
    for start, end, placeholder in spans:
        if start < position:  # inside what an earlier mask already covers
            continue
        parts += [text[position:start], placeholder]
        position = end
    parts.append(text[position:])
    return "".join(parts)


# -- Names from the register, per programme ------------------------------------------------

PUBLIC = "public"  # the names of people who did not agree to be named on public pages
EVERYONE = "everyone"  # every name in the register


@dataclass(frozen=True)
class NameSource:
    """``names(programme, audience)`` gives the names to mask for that audience."""

    names: Callable[[object, str], Iterable[str]]


_sources: list[NameSource] = []
_matchers: OrderedDict[tuple, NameMatcher] = OrderedDict()
_lock = threading.Lock()
MATCHERS_KEPT = 64


def register_name_source(source: NameSource) -> None:
    if source not in _sources:
        _sources.append(source)


def name_matcher(programme, *, audience: str = EVERYONE) -> NameMatcher:
    """The matcher of a programme's names, built once per state of its register: the key holds
    the programme's change stamp, which every change to the register moves on."""
    key = (programme.pk, programme.content_changed_at.timestamp(), audience)
    with _lock:
        matcher = _matchers.get(key)
        if matcher is not None:
            _matchers.move_to_end(key)
            return matcher
    matcher = NameMatcher(name for source in _sources for name in source.names(programme, audience))
    with _lock:
        _matchers[key] = matcher
        while len(_matchers) > MATCHERS_KEPT:
            _matchers.popitem(last=False)
    return matcher


def mask_for(text: str, programme, *, audience: str = EVERYONE) -> str:
    """The text masked for readers of this programme: contact details always, and the names
    of the register that this audience may not read."""
    if not text:
        return text
    return mask(text, names=name_matcher(programme, audience=audience))
