"""The interface is Dutch first: every text in the catalogue has a Dutch translation."""

from pathlib import Path

from django.utils import translation

import samenspel

CATALOGUE = Path(samenspel.__file__).parent / "locale" / "nl" / "LC_MESSAGES"


def _entries(text: str) -> list[str]:
    return [entry for entry in text.split("\n\n") if "msgid" in entry]


def test_dutch_catalogue_is_complete_and_compiled():
    po = CATALOGUE / "django.po"
    entries = _entries(po.read_text(encoding="utf-8"))
    assert len(entries) > 300
    untranslated = []
    for entry in entries[1:]:  # the first entry is the header
        lines = [line for line in entry.splitlines() if not line.startswith("#")]
        if "#, fuzzy" in entry or "fuzzy," in entry:
            untranslated.append(entry)
            continue
        for index, line in enumerate(lines):
            if line.startswith("msgstr") and line.endswith('""'):
                following = lines[index + 1] if index + 1 < len(lines) else ""
                if not following.startswith('"'):
                    untranslated.append(entry)
    assert untranslated == [], "\n\n".join(untranslated[:5])
    with translation.override("nl"):
        # The compiled catalogue is in step with the source: its newest texts are there.
        assert translation.pgettext("status move", "Mark as finished") == "Afronden"
        assert translation.gettext("Goals book") == "Doelenboek"
