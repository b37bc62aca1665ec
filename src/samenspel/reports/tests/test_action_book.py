"""The action book as PDF and Word: what a reader finds in it, and who may download it."""

from datetime import date
from io import BytesIO

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from docx import Document
from docx.oxml.ns import qn
from pypdf import PdfReader

from samenspel.actions import services as actions
from samenspel.actions.models import ActionStatus, OrganisationRole
from samenspel.actions.selectors import ActionFilters
from samenspel.goals import services as goals
from samenspel.reports import action_book
from samenspel.stakeholders.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
)

pytestmark = pytest.mark.django_db

IMAGES = ["Kansrijk opgroeien", "Levendige dorpen", "Zorgen voor elkaar"]
GOALS = ["Minder schulden bij jonge gezinnen", "Meer ontmoeting in het dorpshuis"]
SUB_GOAL = "Betalingsachterstanden vroeg zien"
EMPTY_GOAL = "Veilige schoolroutes"
ACTIONS = {
    "Budgetcafé in de bibliotheek": ActionStatus.RUNNING,
    "Koffieochtend voor nieuwkomers": ActionStatus.PROPOSED,
    "Huiswerkklas in het dorpshuis": ActionStatus.AGREED,
}


@pytest.fixture
def book(programme, members):
    """Three target images (one without goals), goals with a sub-goal, three actions."""
    youth, villages, _care = [
        goals.target_image_create(programme=programme, title=title, by=None) for title in IMAGES
    ]
    debts = goals.goal_create(programme=programme, title=GOALS[0], target_image=youth, by=None)
    early = goals.goal_create(programme=programme, title=SUB_GOAL, parent=debts, by=None)
    meeting = goals.goal_create(programme=programme, title=GOALS[1], target_image=villages, by=None)
    goals.goal_create(programme=programme, title=EMPTY_GOAL, target_image=youth, by=None)
    welfare = OrganisationFactory(programme=programme, name="Stichting Welzijn Brinkeveld")
    lead = PersonFactory(programme=programme, name="Anna de Vries", organisation=welfare)
    budget, coffee, homework = ACTIONS
    running = actions.action_create(
        programme=programme,
        title=budget,
        goals=[debts, early],
        status=ACTIONS[budget],
        lead=lead,
        organisations={
            welfare: OrganisationRole.EXECUTES,
            OrganisationFactory(programme=programme, name="Schuldhulp Oost"): "contributes",
        },
        target_groups=[TargetGroupFactory(programme=programme, name="Jonge ouders")],
        area="Brinkhoven",
        start_date=date(2026, 3, 1),
        end_date=date(2026, 12, 31),
        by=None,
    )
    by = members["project_team"]
    actions.progress_post(action=running, text="Eerste avond gepland.", by=by, on=date(2026, 3, 2))
    actions.progress_post(
        action=running,
        text="Twaalf gezinnen kwamen.",
        by=by,
        on=date(2026, 4, 9),
        percent_complete=40,
    )
    for title in (coffee, homework):
        actions.action_create(
            programme=programme, title=title, goals=[meeting], status=ACTIONS[title], by=None
        )
    return programme


def download(client, url, params=None):
    """Ask for a document, see its page say it is ready (tasks run at once in tests), fetch it."""
    asked = client.post(url, params or {})
    assert asked.status_code == 302
    page = client.get(asked["Location"])
    assert asked["Location"] + "download/" in page.content.decode(), "the page offers the download"
    return client.get(asked["Location"] + "download/")


def pdf_text(response) -> str:
    reader = PdfReader(BytesIO(response.content))
    # Join lines so that a title that wraps still reads as one phrase.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_pdf_holds_cover_chapters_goals_and_actions(team_client, book):
    response = download(team_client, reverse("reports:action-book", args=[book.slug, "pdf"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = pdf_text(response)
    assert "Actieboek" in text and book.name in text
    for phrase in [*IMAGES, *GOALS, SUB_GOAL, EMPTY_GOAL, *ACTIONS]:
        assert phrase in text
    assert "Inhoud" in text and "Overzicht per status" in text
    assert "Nog geen acties" in text and "Nog geen doelen" in text
    assert "pagina 2 van" in text
    # Numbered by place in the goal tree; the third target image has no goals.
    assert "1.1 Minder schulden bij jonge gezinnen" in text and "3 Zorgen voor elkaar" in text
    # Serving a goal and its sub-goal, the action is described under the first and
    # referred to under the second, with its newest progress only.
    assert text.count("Budgetcafé in de bibliotheek") == 2
    assert "trekker Anna de Vries (Stichting Welzijn Brinkeveld): zie 1.1" in text
    assert "Dient ook 1.1.1 Betalingsachterstanden vroeg zien" in text
    assert "Trekker Anna de Vries (Stichting Welzijn Brinkeveld)" in text
    assert "09-04-2026 (40% klaar): Twaalf gezinnen kwamen." in text
    assert "Eerste avond gepland." not in text
    assert "01-03-2026 tot en met 31-12-2026" in text
    assert "Selectie" not in text


def test_pdf_has_a_space_between_a_number_and_its_title(book):
    pdf = action_book.build(programme=book, filters=ActionFilters(), file_format="pdf")
    pages = PdfReader(BytesIO(pdf)).pages
    lines = [" ".join(line.split()) for line in pages[1].extract_text().splitlines()]
    assert lines[0] == "Inhoud"
    for number, title in [("1", IMAGES[0]), ("1.1", GOALS[0]), ("1.1.1", SUB_GOAL)]:
        assert any(line.startswith(f"{number} {title} . .") for line in lines), (number, lines)
    # pypdf puts a space where it sees a gap; copying, searching or a screen reader only
    # get one if the space is in the text drawn, here at the start of the title's run.
    drawn = []
    for page in pages[1:3]:
        page.extract_text(visitor_text=lambda text, *_: drawn.append(text))
    for title in (IMAGES[0], GOALS[0], SUB_GOAL, GOALS[1]):
        assert any(text.startswith(f" {title}") for text in drawn), title
    heading = [text for text in drawn if text.startswith(f" {GOALS[0]}")]
    assert len(heading) == 2, "in the contents and above the goal on its page"


def test_pdf_with_a_status_filter_leaves_out_other_actions_and_empty_goals(team_client, book):
    url = reverse("reports:action-book", args=[book.slug, "pdf"])
    text = pdf_text(download(team_client, url, {"status": ActionStatus.RUNNING}))
    assert "Budgetcafé in de bibliotheek" in text
    assert "Koffieochtend voor nieuwkomers" not in text
    assert "Huiswerkklas in het dorpshuis" not in text
    assert "Selectie status" in text
    assert EMPTY_GOAL not in text and GOALS[1] not in text and "Nog geen acties" not in text


def test_docx_has_headings_and_a_table_of_contents_field(team_client, book):
    response = download(team_client, reverse("reports:action-book", args=[book.slug, "docx"]))
    assert response.status_code == 200
    assert response["Content-Type"].endswith("wordprocessingml.document")
    document = Document(BytesIO(response.content))
    headings = {
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    }
    numbered = [(1, "1", IMAGES[0]), (1, "3", IMAGES[2]), (2, "1.1", GOALS[0])]
    numbered += [(3, "1.1.1", SUB_GOAL), (2, "1.2", EMPTY_GOAL), (2, "2.1", GOALS[1])]
    for level, number, title in numbered:
        assert (f"Heading {level}", f"{number} {title}") in headings
    assert {("Heading 4", title) for title in ACTIONS} <= headings
    assert "updateFields" in document.settings.element.xml
    first_table = [[cell.text for cell in row.cells] for row in document.tables[0].rows]
    assert ["Trekker", "Anna de Vries (Stichting Welzijn Brinkeveld)"] in first_table


def toc_lines(document) -> list[tuple[str, str, str]]:
    """The shown result of the TOC field: (style, text, the bookmark it links to) per line."""
    body = document.element.body
    begin = body.xpath(".//w:p[w:r/w:instrText[contains(., 'TOC ')]]")
    assert len(begin) == 1, "one table of contents field"
    lines, paragraph = [], begin[0]
    while not paragraph.xpath("w:r/w:fldChar[@w:fldCharType='end']"):
        links = paragraph.xpath("w:hyperlink")
        style = paragraph.xpath("string(w:pPr/w:pStyle/@w:val)")
        text = "".join(paragraph.xpath(".//w:t/text()"))
        lines.append((style, text, links[0].get(qn("w:anchor")) if links else ""))
        paragraph = paragraph.getnext()
    return lines


def test_docx_table_of_contents_lists_every_heading_without_updating(team_client, book):
    response = download(team_client, reverse("reports:action-book", args=[book.slug, "docx"]))
    document = Document(BytesIO(response.content))
    lines = toc_lines(document)
    assert [(style, text) for style, text, _ in lines] == [
        ("TOC1", "1 Kansrijk opgroeien"),
        ("TOC2", "1.1 Minder schulden bij jonge gezinnen"),
        ("TOC3", "1.1.1 Betalingsachterstanden vroeg zien"),
        ("TOC2", "1.2 Veilige schoolroutes"),
        ("TOC1", "2 Levendige dorpen"),
        ("TOC2", "2.1 Meer ontmoeting in het dorpshuis"),
        ("TOC1", "3 Zorgen voor elkaar"),
        ("TOC1", "Overzicht per status"),
    ]
    # Each line links to a bookmark on its own heading.
    for _style, text, anchor in lines:
        heading = document.element.body.xpath(f".//w:p[w:bookmarkStart[@w:name='{anchor}']]")
        assert len(heading) == 1 and "".join(heading[0].xpath(".//w:t/text()")) == text
    styles = {style.style_id: style.name for style in document.styles}
    assert styles["TOC1"] == "toc 1" and styles["TOC3"] == "toc 3"
    # The code is still there for Word to compute page numbers, and no request to do so.
    assert 'TOC \\o "1-3" \\h \\z \\u' in document.element.body.xml
    assert (
        "F9" not in document.element.body.xml and "Werk dit veld" not in document.element.body.xml
    )


def test_an_action_whose_goals_are_all_archived_still_appears(book):
    goals.goal_archive(goal=book.goals.get(title=GOALS[1]), by=None)
    docx = action_book.build(programme=book, filters=ActionFilters(), file_format="docx")
    titles = [p.text for p in Document(BytesIO(docx)).paragraphs]
    assert "Acties bij gearchiveerde doelen" in titles
    assert "Koffieochtend voor nieuwkomers" in titles
    pdf = action_book.build(programme=book, filters=ActionFilters(), file_format="pdf")
    text = " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "Acties bij gearchiveerde doelen" in text and GOALS[1] not in text


@pytest.mark.parametrize("file_format", ["pdf", "docx"])
def test_the_book_takes_the_same_number_of_queries_for_more_actions(book, file_format):
    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            action_book.build(programme=book, filters=ActionFilters(), file_format=file_format)
        return len(captured)

    queries()  # the first call also stores the programme's default book settings
    before = queries()
    meeting = book.goals.get(title=GOALS[1])
    for number in range(5):
        extra = actions.action_create(
            programme=book,
            title=f"Extra actie {number}",
            goals=[meeting, book.goals.get(title=SUB_GOAL)],
            lead=PersonFactory(programme=book, organisation=OrganisationFactory(programme=book)),
            organisations={OrganisationFactory(programme=book): "funds"},
            target_groups=[TargetGroupFactory(programme=book)],
            by=None,
        )
        actions.progress_post(action=extra, text="Gestart.", by=None, percent_complete=5)
    assert queries() == before


def test_a_member_of_another_programme_gets_404(client, outsider, book):
    client.force_login(outsider)
    for file_format in ("pdf", "docx"):
        url = reverse("reports:action-book", args=[book.slug, file_format])
        assert client.post(url).status_code == 404


@pytest.mark.django_db(transaction=True)
def test_with_a_worker_the_document_waits_until_it_is_built(team_client, book, settings):
    from django.core.management import call_command

    from samenspel.reports.models import DocumentStatus, GeneratedDocument

    # The backend production uses; django-tasks resets its backends when TASKS changes.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    asked = team_client.post(reverse("reports:action-book", args=[book.slug, "pdf"]))
    document = GeneratedDocument.objects.get()
    assert document.status == DocumentStatus.WAITING
    assert "wordt gemaakt" in team_client.get(asked["Location"]).content.decode()
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    document.refresh_from_db()
    assert document.status == DocumentStatus.READY
    assert team_client.get(asked["Location"] + "download/")["Content-Type"] == "application/pdf"


def test_a_document_is_for_the_person_who_asked_for_it(client, team_client, book, members):
    asked = team_client.post(reverse("reports:action-book", args=[book.slug, "docx"]))
    client.force_login(members["analyst"])
    assert client.get(asked["Location"]).status_code == 404
    assert client.get(asked["Location"] + "download/").status_code == 404


def test_no_link_from_elsewhere_makes_a_document(team_client, book, members):
    from django.test import Client

    from samenspel.reports.models import GeneratedDocument

    url = reverse("reports:action-book", args=[book.slug, "pdf"])
    assert team_client.get(url).status_code == 405
    forged = Client(enforce_csrf_checks=True)
    forged.force_login(members["project_team"])
    assert forged.post(url).status_code == 403
    assert not GeneratedDocument.objects.exists()


def test_documents_are_removed_after_the_retention_period(team_client, book, settings):
    import time_machine

    from samenspel.core.models import AuditEvent, AuditVerb
    from samenspel.reports.models import GeneratedDocument

    settings.SAMENSPEL_DOCUMENT_DAYS = 7
    with time_machine.travel("2026-11-01 10:00 +0100"):
        old = team_client.post(reverse("reports:action-book", args=[book.slug, "pdf"]))
    with time_machine.travel("2026-11-09 10:00 +0100"):
        team_client.post(reverse("reports:action-book", args=[book.slug, "docx"]))
    assert list(GeneratedDocument.objects.values_list("file_format", flat=True)) == ["docx"]
    assert team_client.get(old["Location"]).status_code == 404
    assert AuditEvent.objects.filter(verb=AuditVerb.DOCUMENT).count() == 2
