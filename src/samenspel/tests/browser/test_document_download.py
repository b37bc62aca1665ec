"""Asking for the action book as a document in a real browser: the page shows how far it is,
and the download starts by itself once the document is ready, without a second click and only
once. axe-core on each state, at laptop and phone width."""

import re

import pytest
from playwright.sync_api import expect

from samenspel.actions import services as action_services
from samenspel.actions.selectors import ActionFilters
from samenspel.conftest import PASSWORD
from samenspel.core.models import Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.reports import action_book
from samenspel.reports.models import DocumentStatus, DocumentStep, GeneratedDocument

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def _book(programme):
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid onder ouderen")
    action_services.action_create(
        programme=programme, title="Koffieochtend in het dorpshuis", goals=[goal], by=None
    )


def _log_in(page) -> None:
    # The live server's first page can take longer than the usual timeout on a busy machine.
    page.goto("/inloggen/", timeout=60_000)
    log_in(page, "project_team", PASSWORD)


def test_asking_for_the_pdf_starts_its_download(page, programme, members):
    _book(programme)
    _log_in(page)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto("/p/brinkeveld/acties/")
    # Tests build documents at once, inside the request: the page after the button is
    # already the ready one, and it may take a while on a busy machine.
    with page.expect_download(timeout=60_000) as started:
        page.get_by_role("button", name="PDF").click(timeout=60_000)
    download = started.value
    assert re.fullmatch(r"actieboek-brinkeveld-\d{4}-\d{2}-\d{2}\.pdf", download.suggested_filename)
    with open(download.path(), "rb") as pdf:
        assert pdf.read(5) == b"%PDF-"
    expect(page.get_by_text("De download begint vanzelf.")).to_be_visible()
    expect(page.get_by_role("link", name="Download het document")).to_be_visible()
    assert_accessible(page, "document ready")
    screenshot(page, "document-ready")


def test_the_page_shows_progress_then_downloads_once_when_ready(
    page, phone_page, programme, members
):
    _book(programme)
    document = GeneratedDocument.objects.create(
        programme=programme,
        kind="action_book",
        file_format="pdf",
        filename="actieboek-brinkeveld.pdf",
        step=DocumentStep.LAYOUT,
        created_by=members[Role.PROJECT_TEAM],
    )
    url = f"/p/brinkeveld/documenten/{document.pk}/"
    _log_in(phone_page)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(url)
    expect(phone_page.get_by_text("Stap 3 van 4: pagina's opmaken (30%)")).to_be_visible()
    assert_accessible(phone_page, "document being made on a phone")
    screenshot(phone_page, "document-progress-phone")

    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    downloads = []
    page.on("download", lambda download: downloads.append(download))
    page.goto(url)
    status = page.get_by_role("status")
    expect(status.get_by_role("progressbar", name="Document wordt gemaakt")).to_have_attribute(
        "value", "30"
    )
    assert_accessible(page, "document being made")
    screenshot(page, "document-progress")

    # The worker moves on: the poll swaps in the new step.
    GeneratedDocument.objects.filter(pk=document.pk).update(step=DocumentStep.WRITING)
    expect(status).to_contain_text("Stap 4 van 4: bestand schrijven (85%)")
    content = action_book.build(programme=programme, filters=ActionFilters(), file_format="pdf")
    with page.expect_download(timeout=10_000) as started:
        GeneratedDocument.objects.filter(pk=document.pk).update(
            status=DocumentStatus.READY, content=content
        )
    assert started.value.suggested_filename == "actieboek-brinkeveld.pdf"
    expect(page.get_by_text("actieboek-brinkeveld.pdf is klaar.")).to_be_visible()
    expect(page.get_by_role("link", name="Download het document")).to_be_visible()
    # Two poll intervals later there is still only the one download.
    page.wait_for_timeout(4_500)
    assert len(downloads) == 1
    assert_accessible(page, "document ready after waiting")

    phone_page.reload()
    expect(phone_page.get_by_role("link", name="Download het document")).to_be_visible()
    screenshot(phone_page, "document-ready-phone")
