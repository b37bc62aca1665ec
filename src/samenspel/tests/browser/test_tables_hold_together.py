"""The browser tests' check that no table cell breaks inside a word or number catches a break."""

import pytest

from .conftest import assert_tables_hold_together

pytestmark = pytest.mark.django_db(transaction=True)

TABLE = """<table style="width: 4rem"><tr><td style="word-break: %s">Respondenten 50/6 33,0</td>
</tr></table>"""


def test_the_check_sees_a_broken_word_and_passes_a_whole_one(page):
    page.set_content(TABLE % "break-all")
    with pytest.raises(AssertionError, match="break inside"):
        assert_tables_hold_together(page, "a narrow cell")
    page.set_content(TABLE % "normal")
    assert_tables_hold_together(page, "a narrow cell that wraps between words")


def test_a_double_surname_may_break_after_its_hyphen_but_a_date_may_not(page):
    cell = '<table style="width: 5rem"><tr><td>%s</td></tr></table>'
    page.set_content(cell % "Wildervoort-Brinkeveldseweg")
    assert_tables_hold_together(page, "a hyphenated word")
    page.set_content(cell % "03-12-2026-03-12-2026")
    with pytest.raises(AssertionError, match="break inside"):
        assert_tables_hold_together(page, "a date broken at its hyphens")
