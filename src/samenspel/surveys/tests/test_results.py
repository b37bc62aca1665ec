"""Results hide small groups: no count below the minimum, no percentage on a small base, and
no hidden count that a total or a difference would give away."""

import re

import pytest
from django.urls import reverse

from samenspel.core.models import Role
from samenspel.surveys.analysis import selectors
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Question, Response, ResponseStatus

pytestmark = pytest.mark.django_db


def _respond(wave, answers_list):
    questions = {q.code: q for q in Question.objects.filter(section__survey=wave.survey)}
    for answers in answers_list:
        response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
        Answer.objects.bulk_create(
            Answer(response=response, question=questions[code], value=value)
            for code, value in answers.items()
        )


@pytest.fixture
def wave(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    return collecting.wave_create(survey=survey, name="Meting 2026", by=None)


def _result(results, code):
    return next(r for r in results if r.question.code == code and not r.item)


def test_small_cells_and_their_give_aways_are_hidden(wave):
    # 60 respondents: 52 say "1", 5 say "2", 3 say "3" for volunteering; genders split 40/20.
    _respond(
        wave,
        [{"vrijwilliger": "1", "geslacht": "1"}] * 40
        + [{"vrijwilliger": "1", "geslacht": "2"}] * 12
        + [{"vrijwilliger": "2", "geslacht": "2"}] * 5
        + [{"woonplaats": "3", "geslacht": "2"}] * 3,
    )
    results = selectors.wave_results(wave=wave)
    volunteering = _result(results, "vrijwilliger")
    counts = [row.count for row in volunteering.rows]
    assert counts[1] is None, "5 is below the minimum of 10"
    assert counts[0] is None, "52 would give the hidden 5 away through the total of 57"
    place = _result(results, "woonplaats")
    assert place.withheld and not place.rows, "three answers: only that there are too few"


def test_percentages_with_intervals_on_a_large_enough_base(wave):
    _respond(wave, [{"helpen": "1"}] * 30 + [{"helpen": "2"}] * 30)
    helping = _result(selectors.wave_results(wave=wave), "helpen")
    assert [row.count for row in helping.rows] == [30, 30, 0]
    assert helping.rows[0].percent == 50.0
    assert helping.rows[0].lower < 50 < helping.rows[0].upper


def test_crosstab_hides_small_cells(wave):
    _respond(
        wave,
        [{"helpen": "1", "geslacht": "1"}] * 30
        + [{"helpen": "2", "geslacht": "1"}] * 25
        + [{"helpen": "1", "geslacht": "2"}] * 4
        + [{"helpen": "2", "geslacht": "2"}] * 30,
    )
    helping = _result(selectors.wave_results(wave=wave, by_code="geslacht"), "helpen")
    women = [cells[1] for _label, cells in helping.table]
    assert (women[0].count, women[0].percent) == (None, None), "4 women is too small a group"
    assert women[1].count is None, "30 would reveal the 4 through the column total"


def test_results_page_for_analyst_not_for_partner(client, programme, members, wave):
    _respond(wave, [{"helpen": "1"}] * 60)
    url = reverse("surveys:results", args=[programme.slug, wave.pk])
    client.force_login(members[Role.ANALYST])
    assert "Hoe vaak helpt u mensen in uw buurt?" in client.get(url).content.decode()
    client.force_login(members[Role.PARTNER])
    assert client.get(url).status_code == 403


def test_change_between_waves_with_a_significance_test(programme):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    before = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    after = collecting.wave_create(survey=survey, name="Meting 2026", by=None)
    _respond(before, [{"leven_cijfer": 6}] * 40 + [{"leven_cijfer": 7}] * 40)
    _respond(after, [{"leven_cijfer": 8}] * 40 + [{"leven_cijfer": 7}] * 40)
    assert selectors.previous_wave(after) == before
    changes = selectors.wave_changes(wave=after, earlier=before)
    question = Question.objects.get(section__survey=survey, code="leven_cijfer")
    change = changes[(question.pk, "")]
    assert round(change.difference, 2) == 1.0 and change.significant


def test_the_change_between_waves_holds_when_everyone_gives_the_same_answer(
    client, programme, members
):
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    before = collecting.wave_create(survey=survey, name="Nulmeting", by=None)
    after = collecting.wave_create(survey=survey, name="Meting 2026", by=None)
    _respond(before, [{"leven_cijfer": 7, "eenzaam": 2}] * 60)
    _respond(after, [{"leven_cijfer": 8, "eenzaam": 2}] * 60)
    changes = selectors.wave_changes(wave=after, earlier=before)
    question = Question.objects.get(section__survey=survey, code="leven_cijfer")
    change = changes[(question.pk, "")]
    assert change.difference == 1.0 and change.lower == change.upper == 1.0
    assert not change.significant
    client.force_login(members[Role.ANALYST])
    page = client.get(reverse("surveys:results", args=[programme.slug, after.pk]))
    assert page.status_code == 200
    assert "geen toets: geen spreiding in de antwoorden" in page.content.decode()


def test_p_values_below_a_thousandth_are_shown_as_such():
    from samenspel.core.templatetags.samenspel import p_value

    assert p_value(0.00001) == "p < 0,001"
    assert p_value(0.0423) == "p = 0,042"


def test_the_results_page_is_cached_and_follows_a_response_a_weighting_and_an_edit(
    client, programme, members, wave
):
    from samenspel.surveys.analysis import results_page

    _respond(wave, [{"vrijwilliger": "1"}] * 30 + [{"vrijwilliger": "2"}] * 30)
    client.force_login(members[Role.ANALYST])
    url = reverse("surveys:results", args=[programme.slug, wave.pk])
    first = client.get(url).content.decode()
    key = results_page.results_key(wave=wave, by_code="", earlier=None)
    assert results_page.cache.get(key) is not None
    # A new response: a new key, the new count.
    _respond(wave, [{"vrijwilliger": "1"}])
    assert results_page.results_key(wave=wave, by_code="", earlier=None) != key
    # The count in words: the wave's id in the page's links may hold the same digits.
    assert "61 volledige antwoorden" in client.get(url).content.decode()
    assert "60 volledige antwoorden" in first
    # A new weighting changes the key.
    before = results_page.results_key(wave=wave, by_code="", earlier=None)
    Response.objects.filter(wave=wave).update(weight=2.0)
    assert results_page.results_key(wave=wave, by_code="", earlier=None) != before
    # An edit of the questionnaire shows at once.
    question = Question.objects.get(survey=wave.survey, code="vrijwilliger")
    building.question_save(
        section=question.section,
        question=question,
        text="Doet u vrijwilligerswerk in uw dorp?",
        kind=question.kind,
        code=question.code,
        choice_labels=[choice["label"] for choice in question.choices],
        by=None,
    )
    assert "Doet u vrijwilligerswerk in uw dorp?" in client.get(url).content.decode()


def test_a_split_table_has_a_total_column_counts_intervals_and_a_chart(
    client, programme, members, wave
):
    _respond(
        wave,
        [{"helpen": "1", "geslacht": "1"}] * 30
        + [{"helpen": "2", "geslacht": "1"}] * 25
        + [{"helpen": "1", "geslacht": "2"}] * 26
        + [{"helpen": "2", "geslacht": "2"}] * 30,
    )
    client.force_login(members[Role.ANALYST])
    url = reverse("surveys:results", args=[programme.slug, wave.pk])
    page = client.get(url, {"naar": "geslacht"}).content.decode()
    section = page[page.index("Hoe vaak helpt u mensen in uw buurt?") :]
    section = section[: section.index("</section>")]
    assert ">Totaal</th>" in section and "n=111" in section
    # 30 of 55 men: 54,5% with its interval and count, one decimal throughout.
    assert "<strong>54,5%</strong>" in section and "n=30" in section
    assert re.search(r"4\d,\d – 6\d,\d", section)
    assert "<svg" in section and "Man: 54,5%" in section
