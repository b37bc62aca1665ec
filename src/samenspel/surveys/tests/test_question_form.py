"""The question form asks only what a kind needs, drops what another kind would have needed,
and takes a condition as an earlier question and its answers in words."""

import pytest
from django.urls import reverse

from samenspel.surveys.building import services as building
from samenspel.surveys.building.question_form import KIND_FIELDS, KIND_SPECIFIC, QuestionForm
from samenspel.surveys.building.selectors import condition_sentence, condition_sources
from samenspel.surveys.models import Question, QuestionKind, Survey

pytestmark = pytest.mark.django_db

# The label each kind-specific field has in Dutch: what a civil servant sees or does not see.
LABELS = {
    "choices": "Antwoorden om uit te kiezen",
    "items": "Stellingen van de tabel",
    "background": "Achtergrondvraag",
    "aspect": "Aspect van preventiekracht",
    "reverse_scored": "Omgekeerd gescoord",
    "count_combinations": "Tel ook combinaties van antwoorden",
}


@pytest.fixture
def survey(programme):
    return Survey.objects.create(programme=programme, title="Peiling", audience="residents")


@pytest.fixture
def page(survey):
    return building.section_create(survey=survey, title="Over u", by=None)


@pytest.fixture
def children(page):
    return building.question_save(
        section=page,
        text="Heeft u kinderen?",
        kind="single",
        choice_labels=["Ja", "Nee", "Soms"],
        by=None,
    )


def create_url(programme, survey):
    return reverse("surveys:question-create", args=[programme.slug, survey.pk])


def _form(survey, page, data=None, **kwargs):
    earlier = condition_sources(survey, None, page)
    return QuestionForm(data, survey=survey, earlier=earlier, **kwargs)


def test_the_mapping_names_every_kind_and_only_fields_of_the_form(survey, page):
    assert set(KIND_FIELDS) == set(QuestionKind.values)
    form = _form(survey, page)
    assert set().union(*KIND_FIELDS.values()) == set(KIND_SPECIFIC) <= set(form.fields)


@pytest.mark.parametrize("kind", QuestionKind.values)
def test_each_kind_shows_only_its_own_fields(team_client, programme, survey, page, kind):
    reply = team_client.get(
        create_url(programme, survey), {"kind": kind, "section": page.pk, "text": "Vraag"}
    )
    content = reply.content.decode()
    assert reply.status_code == 200
    for name, label in LABELS.items():
        assert (label in content) == (name in KIND_FIELDS[kind]), (kind, name)
    assert "Vraag" in content  # what was typed stays


def test_a_new_question_first_asks_its_kind(team_client, programme, survey, page):
    content = team_client.get(create_url(programme, survey)).content.decode()
    assert "Kies eerst de soort vraag" in content
    assert not any(label in content for label in LABELS.values())


def test_switching_kind_keeps_the_other_kinds_values_out_of_sight_and_out_of_the_question(
    team_client, programme, survey, page
):
    typed = {
        "section": page.pk,
        "text": "Hoe oud bent u?",
        "kind": "number",
        "choices": "Jong\nOud",
        "background": "age_band",
        "count_combinations": "on",
        "aspect": "awareness",
    }
    # Without JavaScript the form is drawn again for the new kind, nothing saved.
    redrawn = team_client.post(create_url(programme, survey), {**typed, "bijwerken": "soort"})
    content = redrawn.content.decode()
    assert redrawn.status_code == 200 and not Question.objects.exists()
    assert "Antwoorden om uit te kiezen" not in content
    assert 'type="hidden" name="choices" value="Jong\nOud"' in content  # back if switched back
    reply = team_client.post(create_url(programme, survey), typed)
    assert reply.status_code == 302, reply.content.decode()[:3000]
    question = Question.objects.get()
    assert (question.kind, question.choices, question.background) == ("number", [], "")
    assert (question.aspect, question.count_combinations) == ("", False)


def test_htmx_gets_the_fields_alone_with_what_was_typed(team_client, programme, survey, page):
    reply = team_client.get(
        create_url(programme, survey),
        {"kind": "multiple", "section": page.pk, "text": "Wat doet u?", "choices": "Sport"},
        HTTP_HX_REQUEST="true",
    )
    content = reply.content.decode()
    assert reply.status_code == 200 and "<html" not in content
    assert 'id="vraag-soortvelden"' in content
    assert "Tel ook combinaties van antwoorden" in content and "Sport</textarea>" in content
    assert "HX-Request" in reply["Vary"]


@pytest.mark.parametrize(
    ("kind", "data", "message"),
    [
        ("multiple", {"choices": "Sport"}, "Een meerkeuzevraag heeft minstens twee"),
        ("single", {"choices": ""}, "Een vraag met één antwoord heeft minstens twee"),
        ("grid", {"items": "\n \n"}, "Een tabel met stellingen heeft minstens één stelling."),
        ("", {}, "Kies de soort vraag."),
    ],
)
def test_what_a_kind_requires_is_said_in_dutch(survey, page, kind, data, message):
    form = _form(survey, page, {"section": page.pk, "text": "Vraag", "kind": kind, **data})
    assert not form.is_valid()
    assert any(message in error for errors in form.errors.values() for error in errors)


def test_the_condition_is_a_sentence_of_question_and_answer_labels():
    assert condition_sentence("Heeft u kinderen?", ["Ja", "Soms"]) == (
        "Alleen als op “Heeft u kinderen?” is geantwoord: Ja of Soms"
    )
    assert condition_sentence("Heeft u kinderen?", ["Ja", "Nee", "Soms"]) == (
        "Alleen als op “Heeft u kinderen?” is geantwoord: Ja, Nee of Soms"
    )
    assert condition_sentence("Heeft u kinderen?", ["Nee"]).endswith("geantwoord: Nee")


def test_a_condition_is_picked_by_question_and_answer_labels(
    team_client, programme, survey, page, children
):
    chosen = team_client.get(
        create_url(programme, survey),
        {
            "kind": "number",
            "section": page.pk,
            "show_if_question": children.pk,
            "show_if_answers": [f"{children.pk}:1", f"{children.pk}:3"],
        },
        HTTP_HX_REQUEST="true",
    ).content.decode()
    for label in ("Ja", "Nee", "Soms"):
        assert f"{label}</label>" in chosen
    assert "Na opslaan: Alleen als op “Heeft u kinderen?” is geantwoord: Ja of Soms" in chosen
    assert children.code not in chosen  # no codes to read or type
    reply = team_client.post(
        create_url(programme, survey),
        {
            "kind": "number",
            "section": page.pk,
            "text": "Hoeveel kinderen?",
            "show_if_question": children.pk,
            "show_if_answers": [f"{children.pk}:1", f"{children.pk}:3"],
        },
    )
    assert reply.status_code == 302
    follow_up = Question.objects.get(text="Hoeveel kinderen?")
    assert (follow_up.show_if_code, follow_up.show_if_values) == (children.code, ["1", "3"])
    edit = team_client.get(
        reverse("surveys:question-edit", args=[programme.slug, follow_up.pk])
    ).content.decode()
    assert "Opgeslagen: " in edit and "is geantwoord: Ja of Soms" in edit
    assert (
        f'value="{children.pk}:3" class="samenspel-checkbox-list" id="id_show_if_answers_2" checked'
        in edit
    )


def test_a_condition_on_a_later_or_foreign_question_is_refused_in_words(
    team_client, programme, other_programme, survey, page, children
):
    later = building.question_save(
        section=page, text="Later", kind="single", choice_labels=["a", "b"], by=None
    )
    stranger = Survey.objects.create(programme=other_programme, title="Ander", audience="residents")
    foreign = building.question_save(
        section=building.section_create(survey=stranger, title="P", by=None),
        text="Elders",
        kind="single",
        choice_labels=["x", "y"],
        by=None,
    )
    edit_url = reverse("surveys:question-edit", args=[programme.slug, children.pk])
    for pk in (later.pk, foreign.pk, "abc", "99999999999999999999"):
        reply = team_client.post(
            edit_url,
            {
                "section": page.pk,
                "text": children.text,
                "kind": "single",
                "choices": "Ja\nNee\nSoms",
                "show_if_question": pk,
                "show_if_answers": [f"{pk}:1"],
            },
        )
        assert reply.status_code == 400, pk
        assert "Kies een van de vragen vóór deze vraag" in reply.content.decode()
    children.refresh_from_db()
    assert children.show_if_code == ""


def test_answers_that_the_question_does_not_have_are_refused(survey, page, children):
    form = _form(
        survey,
        page,
        {
            "section": page.pk,
            "text": "Hoeveel?",
            "kind": "number",
            "show_if_question": children.pk,
            "show_if_answers": [f"{children.pk}:9"],
        },
    )
    assert not form.is_valid()
    assert form.errors["show_if_answers"] == ["Vink antwoorden aan van de vraag die je koos."]


@pytest.mark.parametrize(
    "typed",
    [
        {"kind": ["single", "grid"], "show_if_question": ["1", "x"]},
        {"kind": "nonsense", "choices": "\x00", "reverse_scored": "misschien"},
        {"kind": "grid", "show_if_question": "-1", "show_if_answers": ["-1:1", ":", ""]},
        {"kind": "single", "section": "99999999999999999999", "goals": ["abc"]},
    ],
)
def test_garbage_in_a_draft_or_a_save_is_never_a_server_error(
    team_client, programme, survey, page, children, typed
):
    address = create_url(programme, survey)
    for reply in (
        team_client.get(address, typed),
        team_client.get(address, typed, HTTP_HX_REQUEST="true"),
        team_client.post(address, {**typed, "bijwerken": "soort"}),
        team_client.post(address, {**typed, "text": "Vraag"}),
    ):
        assert reply.status_code in (200, 400), typed
    assert Question.objects.count() == 1
