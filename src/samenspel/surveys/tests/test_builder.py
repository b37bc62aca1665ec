"""Building a questionnaire: pages, every question type, conditions, target groups, preview,
and answers already given keeping their meaning."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from samenspel.core.tests.factories import ProgrammeFactory
from samenspel.goals.tests.factories import GoalFactory
from samenspel.stakeholders.tests.factories import TargetGroupFactory
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.models import Answer, Question, Response, Survey

pytestmark = pytest.mark.django_db


@pytest.fixture
def survey(programme):
    return Survey.objects.create(programme=programme, title="Peiling", audience="residents")


@pytest.fixture
def page(survey):
    return building.section_create(survey=survey, title="Over u", by=None)


def url(name, programme, *args):
    return reverse(f"surveys:{name}", args=[programme.slug, *args])


def test_the_team_writes_a_question_of_every_kind_through_the_form(
    team_client, programme, survey, page
):
    kinds = {
        "single": {"choices": "Ja\nNee"},
        "multiple": {"choices": "Sport\nCultuur\nZorg", "count_combinations": "on"},
        "likert": {},
        "scale": {},
        "number": {},
        "short_text": {},
        "long_text": {},
        "grid": {"items": "Ik voel me veilig\nIk ken mijn buren"},
    }
    for kind, extra in kinds.items():
        reply = team_client.post(
            url("question-create", programme, survey.pk),
            {"section": page.pk, "text": f"Vraag {kind}", "kind": kind, **extra},
        )
        assert reply.status_code == 302, reply.content.decode()[:2000]
    questions = {q.kind: q for q in Question.objects.filter(section=page)}
    assert set(questions) == set(kinds)
    assert [c["label"] for c in questions["single"].choices] == ["Ja", "Nee"]
    assert questions["multiple"].count_combinations is True
    assert [i["label"] for i in questions["grid"].items] == [
        "Ik voel me veilig",
        "Ik ken mijn buren",
    ]
    assert list(Question.objects.filter(section=page).values_list("position", flat=True)) == list(
        range(8)
    )
    # Codes are made from the text, unique within the survey.
    assert questions["single"].code == "vraag_single"


def test_choice_questions_need_two_answers_and_grids_a_statement(
    team_client, programme, survey, page
):
    reply = team_client.post(
        url("question-create", programme, survey.pk),
        {"section": page.pk, "text": "Kiest u?", "kind": "single", "choices": "Alleen deze"},
    )
    assert reply.status_code == 400
    assert "Een vraag met één antwoord heeft minstens twee antwoordmogelijkheden." in (
        reply.content.decode()
    )
    reply = team_client.post(
        url("question-create", programme, survey.pk),
        {"section": page.pk, "text": "Stellingen", "kind": "grid"},
    )
    assert "Een tabel met stellingen heeft minstens één stelling." in reply.content.decode()
    assert not Question.objects.exists()


def test_a_show_if_condition_is_chosen_from_earlier_answers(team_client, programme, survey, page):
    carer = building.question_save(
        section=page,
        text="Zorgt u voor iemand?",
        kind="single",
        choice_labels=["Ja", "Nee"],
        by=None,
    )
    form_page = team_client.get(url("question-create", programme, survey.pk) + f"?pagina={page.pk}")
    assert f'<option value="{carer.pk}">Zorgt u voor iemand?</option>' in form_page.content.decode()
    reply = team_client.post(
        url("question-create", programme, survey.pk),
        {
            "section": page.pk,
            "text": "Krijgt u genoeg hulp?",
            "kind": "likert",
            "show_if_question": carer.pk,
            "show_if_answers": [f"{carer.pk}:1"],
        },
    )
    assert reply.status_code == 302
    follow_up = Question.objects.get(text="Krijgt u genoeg hulp?")
    assert (follow_up.show_if_code, follow_up.show_if_values) == (carer.code, ["1"])


def test_answers_ticked_for_another_question_are_not_taken_for_the_chosen_one(
    survey, page, team_client, programme
):
    first = building.question_save(
        section=page, text="Een", kind="single", choice_labels=["a", "b"], by=None
    )
    second = building.question_save(
        section=page, text="Twee", kind="single", choice_labels=["c", "d"], by=None
    )
    # Without JavaScript: answers of "Een" were ticked, then "Twee" chosen and saved at once.
    reply = team_client.post(
        url("question-create", programme, survey.pk),
        {
            "section": page.pk,
            "text": "Drie",
            "kind": "short_text",
            "show_if_question": second.pk,
            "show_if_answers": [f"{first.pk}:1"],
        },
    )
    assert reply.status_code == 400
    content = reply.content.decode()
    assert "Vink de antwoorden aan waarna deze vraag komt." in content
    assert f'value="{second.pk}:1"' in content and f'value="{first.pk}:1"' not in content
    assert not Question.objects.filter(text="Drie").exists()


def test_a_condition_never_points_at_a_later_question(survey, page):
    second_page = building.section_create(survey=survey, title="Zorg", by=None)
    carer = building.question_save(
        section=page,
        text="Zorgt u voor iemand?",
        kind="single",
        choice_labels=["Ja", "Nee"],
        by=None,
    )
    follow_up = building.question_save(
        section=second_page,
        text="Hoeveel uur?",
        kind="number",
        show_if_code=carer.code,
        show_if_values=["1"],
        by=None,
    )
    with pytest.raises(ValidationError):
        building.section_move(section=second_page, direction="up", by=None)
    assert list(survey.sections.values_list("title", flat=True)) == ["Over u", "Zorg"]
    # On the first page, after its condition, it may stand; above it, it may not.
    building.question_save(
        section=page,
        question=follow_up,
        text="Hoeveel uur?",
        kind="number",
        code=follow_up.code,
        show_if_code=carer.code,
        show_if_values=["1"],
        by=None,
    )
    with pytest.raises(ValidationError):
        building.question_move(
            question=Question.objects.get(pk=follow_up.pk), direction="up", by=None
        )
    assert list(page.questions.values_list("text", flat=True)) == [carer.text, "Hoeveel uur?"]
    with pytest.raises(ValidationError, match="hangt af"):
        building.question_delete(question=carer, by=None)


def test_renaming_a_code_keeps_conditions_working(survey, page):
    carer = building.question_save(
        section=page,
        text="Zorgt u?",
        kind="single",
        choice_labels=["Ja", "Nee"],
        code="zorg",
        by=None,
    )
    follow_up = building.question_save(
        section=page,
        text="Hulp?",
        kind="likert",
        show_if_code="zorg",
        show_if_values=["1"],
        by=None,
    )
    building.question_save(
        section=page,
        question=carer,
        text="Zorgt u?",
        kind="single",
        choice_labels=["Ja", "Nee"],
        code="mantelzorg",
        by=None,
    )
    follow_up.refresh_from_db()
    assert follow_up.show_if_code == "mantelzorg"


def _answered(survey, question, value):
    wave = collecting.wave_create(survey=survey, name="Meting", by=None)
    response = Response.objects.create(wave=wave, status="complete")
    Answer.objects.create(response=response, question=question, value=value)


def test_an_answer_that_was_chosen_cannot_be_removed_but_can_be_renamed(survey, page):
    question = building.question_save(
        section=page, text="Vervoer", kind="single", choice_labels=["Auto", "Fiets", "Bus"], by=None
    )
    _answered(survey, question, "2")
    with pytest.raises(ValidationError, match="Fiets"):
        building.question_save(
            section=page,
            question=question,
            text="Vervoer",
            kind="single",
            code=question.code,
            choice_labels=["Auto", "Bus"],
            by=None,
        )
    building.question_save(
        section=page,
        question=question,
        text="Vervoer",
        kind="single",
        code=question.code,
        choice_labels=["Auto", "Fiets of e-bike", "Bus", "Trein"],
        by=None,
    )
    question.refresh_from_db()
    assert question.choices == [
        {"value": "1", "label": "Auto"},
        {"value": "2", "label": "Fiets of e-bike"},
        {"value": "3", "label": "Bus"},
        {"value": "4", "label": "Trein"},
    ]
    with pytest.raises(ValidationError):
        building.question_save(
            section=page,
            question=question,
            text="Vervoer",
            kind="multiple",
            code=question.code,
            by=None,
        )


def test_an_unchosen_answer_can_be_removed(survey, page):
    question = building.question_save(
        section=page, text="Vervoer", kind="single", choice_labels=["Auto", "Fiets", "Bus"], by=None
    )
    _answered(survey, question, "1")
    building.question_save(
        section=page,
        question=question,
        text="Vervoer",
        kind="single",
        code=question.code,
        choice_labels=["Auto", "Bus"],
        by=None,
    )
    question.refresh_from_db()
    assert [c["value"] for c in question.choices] == ["1", "3"]


def test_deleting_asks_first_and_says_how_many_answers_go(team_client, programme, survey, page):
    question = building.question_save(section=page, text="Idee?", kind="long_text", by=None)
    _answered(survey, question, "Een bankje")
    confirm = team_client.get(url("question-delete", programme, question.pk))
    assert "1 antwoord op deze vraag" in confirm.content.decode()
    assert Question.objects.filter(pk=question.pk).exists()
    team_client.post(url("question-delete", programme, question.pk))
    assert not Question.objects.filter(pk=question.pk).exists()


def test_a_page_with_questions_is_not_deleted(team_client, programme, survey, page):
    building.question_save(section=page, text="Idee?", kind="long_text", by=None)
    team_client.post(url("section-delete", programme, page.pk))
    assert survey.sections.count() == 1
    empty = building.section_create(survey=survey, title="Leeg", by=None)
    team_client.post(url("section-delete", programme, empty.pk))
    assert list(survey.sections.values_list("title", flat=True)) == ["Over u"]


def test_questions_and_pages_move_up_and_down(team_client, programme, survey, page):
    first = building.question_save(section=page, text="Een", kind="short_text", by=None)
    second = building.question_save(section=page, text="Twee", kind="short_text", by=None)
    team_client.post(url("question-move", programme, second.pk), {"richting": "up"})
    assert list(page.questions.values_list("text", flat=True)) == ["Twee", "Een"]
    other = building.section_create(survey=survey, title="Tweede pagina", by=None)
    team_client.post(url("section-move", programme, other.pk), {"richting": "up"})
    assert list(survey.sections.values_list("title", flat=True)) == ["Tweede pagina", "Over u"]
    assert first.pk


def test_questions_link_to_goals(team_client, programme, survey, page):
    goal = GoalFactory(programme=programme)
    team_client.post(
        url("question-create", programme, survey.pk),
        {"section": page.pk, "text": "Voelt u zich veilig?", "kind": "likert", "goals": [goal.pk]},
    )
    assert list(goal.questions.values_list("text", flat=True)) == ["Voelt u zich veilig?"]


def test_background_answers_map_onto_target_groups(team_client, programme, survey, page):
    young = TargetGroupFactory(programme=programme, name="Jongeren")
    elderly = TargetGroupFactory(programme=programme, name="Ouderen")
    age = building.question_save(
        section=page,
        text="Hoe oud bent u?",
        kind="single",
        background="age_band",
        choice_labels=["Jonger dan 25", "25 tot 65", "65 of ouder"],
        by=None,
    )
    reply = team_client.post(
        url("question-target-groups", programme, age.pk),
        {"doelgroep-1": [young.pk], "doelgroep-3": [elderly.pk]},
    )
    assert reply.status_code == 302
    assert sorted(age.target_group_mappings.values_list("value", "target_group__name")) == [
        ("1", "Jongeren"),
        ("3", "Ouderen"),
    ]


def test_only_single_choice_questions_are_background_questions(survey, page):
    with pytest.raises(ValidationError):
        building.question_save(
            section=page, text="Leeftijd", kind="number", background="age_band", by=None
        )


def test_survey_limits_are_checked(team_client, programme, survey):
    reply = team_client.post(
        url("edit", programme, survey.pk),
        {"title": "Peiling", "min_cell": "3", "min_base": "50"},
    )
    assert reply.status_code == 200
    survey.refresh_from_db()
    assert survey.min_cell == 10
    team_client.post(
        url("edit", programme, survey.pk),
        {"title": "Peiling 2027", "min_cell": "10", "min_base": "5"},
    )
    survey.refresh_from_db()
    assert survey.title == "Peiling" and survey.min_base == 50
    team_client.post(
        url("edit", programme, survey.pk),
        {"title": "Peiling 2027", "min_cell": "10", "min_base": "30"},
    )
    survey.refresh_from_db()
    assert (survey.title, survey.min_base) == ("Peiling 2027", 30)


def test_the_preview_shows_every_page_and_marks_conditional_questions(client, members, programme):
    client.force_login(members["analyst"])
    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    page = client.get(url("preview", programme, survey.pk)).content.decode()
    for section in survey.sections.all():
        assert section.title in page
    assert "Krijgt u daarbij genoeg hulp?" in page
    assert '<input type="checkbox" name="behoeften" value="1">' in page
    assert (
        "Alleen als op “Zorgt u voor iemand die ziek of hulpbehoevend is?” is geantwoord: Ja"
        in page
    )
    # Nothing is sent from a preview: no start token, no button to send answers.
    assert (
        'name="nonce"' not in page and "Antwoorden versturen" not in page and "Volgende" not in page
    )


def test_the_builder_page_lists_pages_and_questions_for_the_team(team_client, programme):
    survey = building.survey_from_questionnaire(programme=programme, code="professionals", by=None)
    page = team_client.get(url("detail", programme, survey.pk)).content.decode()
    assert "Een vraag aan deze pagina toevoegen" in page
    assert "Voorbeeld" in page


def test_the_builder_says_each_condition_in_words_and_warns_when_it_can_never_be_met(
    team_client, programme, survey, page
):
    carer = building.question_save(
        section=page,
        text="Zorgt u voor iemand?",
        kind="single",
        choice_labels=["Ja", "Nee", "Soms"],
        by=None,
    )
    building.question_save(
        section=page,
        text="Hoeveel uur?",
        kind="number",
        show_if_code=carer.code,
        show_if_values=["1", "3"],
        by=None,
    )
    detail = team_client.get(url("detail", programme, survey.pk)).content.decode()
    assert "Alleen als op “Zorgt u voor iemand?” is geantwoord: Ja of Soms" in detail
    assert "Voorwaarde nooit vervuld" not in detail
    # Answers nobody chose may be removed; a condition on them alone can then never be met.
    building.question_save(
        section=page,
        question=carer,
        text=carer.text,
        kind="single",
        code=carer.code,
        choice_labels=["Nee", "Weet niet"],
        by=None,
    )
    detail = team_client.get(url("detail", programme, survey.pk)).content.decode()
    assert "Voorwaarde nooit vervuld" in detail
    assert "Geen van de antwoorden" in detail


def test_the_team_starts_an_empty_survey_or_copies_one_of_its_own(team_client, programme):
    goal = GoalFactory(target_image__programme=programme)
    original = building.survey_from_questionnaire(programme=programme, code="residents", by=None)
    carer = Question.objects.get(survey=original, code="zorgen")
    carer.goals.set([goal])
    wave = collecting.wave_create(survey=original, name="Meting 2026", by=None)
    Response.objects.create(wave=wave)
    form = team_client.get(reverse("surveys:create", args=[programme.slug])).content.decode()
    assert "Een lege peiling" in form and f'value="copy:{original.pk}"' in form
    # An empty survey needs a title.
    refused = team_client.post(reverse("surveys:create", args=[programme.slug]), {"start": "blank"})
    assert (
        refused.status_code == 200 and "Geef de lege peiling een titel" in refused.content.decode()
    )
    team_client.post(
        reverse("surveys:create", args=[programme.slug]),
        {"start": "blank", "title": "Jongerenpeiling", "audience": "residents"},
    )
    blank = Survey.objects.get(title="Jongerenpeiling")
    assert blank.sections.count() == 1 and not Question.objects.filter(survey=blank).exists()
    team_client.post(
        reverse("surveys:create", args=[programme.slug]),
        {"start": f"copy:{original.pk}", "title": ""},
    )
    copy = Survey.objects.get(title=f"Kopie van {original.title}")
    codes = list(Question.objects.filter(survey=copy).values_list("code", flat=True))
    assert codes == list(Question.objects.filter(survey=original).values_list("code", flat=True))
    assert list(Question.objects.get(survey=copy, code="zorgen").goals.all()) == [goal]
    assert not copy.waves.exists(), "a copy takes no waves and no answers"
    # A survey of another programme cannot be copied.
    other = building.survey_from_questionnaire(
        programme=ProgrammeFactory(), code="professionals", by=None
    )
    stranger = team_client.post(
        reverse("surveys:create", args=[programme.slug]), {"start": f"copy:{other.pk}"}
    )
    assert stranger.status_code == 200 and "geldige keuze" in stranger.content.decode()
