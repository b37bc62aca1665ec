"""The page that waits for a document: its progress while the book is made, then the download
starting by itself, with and without htmx, and a plain link in case it does not."""

import pytest
from django.urls import reverse

from samenspel.actions.selectors import ActionFilters
from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.reports import action_book
from samenspel.reports.models import DocumentStatus, DocumentStep, GeneratedDocument

pytestmark = pytest.mark.django_db

HTMX = {"HX-Request": "true"}


@pytest.fixture
def make_document(programme, members):
    def make(status=DocumentStatus.WAITING, step=DocumentStep.QUEUED):
        return GeneratedDocument.objects.create(
            programme=programme,
            kind="action_book",
            file_format="pdf",
            filename="actieboek-brinkeveld.pdf",
            status=status,
            step=step,
            content=b"%PDF-1.7" if status == DocumentStatus.READY else None,
            created_by=members[Role.PROJECT_TEAM],
        )

    return make


def urls(document):
    args = [document.programme.slug, document.pk]
    return reverse("reports:document", args=args), reverse("reports:download", args=args)


def test_a_document_waiting_for_its_turn_shows_the_first_step(team_client, make_document):
    page_url, download_url = urls(document := make_document())
    html = " ".join(team_client.get(page_url).content.decode().split())
    assert 'role="status"' in html and 'aria-live="polite"' in html
    assert "Het document wordt gemaakt. Stap 1 van 4: wachten op de beurt (0%)." in html
    assert '<progress max="100" value="0"' in html
    assert f'hx-get="{page_url}?step=queued" hx-trigger="every 2s"' in html
    assert 'http-equiv="refresh"' not in html and download_url not in html
    # Without JavaScript there is a link to look again instead of the poll.
    assert "Kijk of het document klaar is" in html
    assert document.percent == 0


def test_the_poll_swaps_in_a_new_step_and_stays_quiet_while_it_lasts(team_client, make_document):
    page_url, _ = urls(make_document(step=DocumentStep.LAYOUT))
    changed = team_client.get(page_url, {"step": "collecting"}, headers=HTMX)
    assert changed.status_code == 200
    fragment = " ".join(changed.content.decode().split())
    assert "<html" not in fragment and 'id="document-progress"' in fragment
    assert "Stap 3 van 4: pagina&#x27;s opmaken (30%)." in fragment
    assert '<progress max="100" value="30"' in fragment
    assert f'hx-get="{page_url}?step=layout"' in fragment
    # The same step again: nothing to swap, nothing for a screen reader to repeat.
    same = team_client.get(page_url, {"step": "layout"}, headers=HTMX)
    assert same.status_code == 204 and same.content == b""


def test_a_ready_document_makes_the_poll_load_the_page_that_starts_the_download(
    team_client, make_document
):
    page_url, download_url = urls(make_document(status=DocumentStatus.READY))
    polled = team_client.get(page_url, {"step": "writing"}, headers=HTMX)
    assert polled.status_code == 200
    assert polled["HX-Redirect"] == page_url
    html = team_client.get(page_url).content.decode()
    head = html.split("</head>")[0]
    assert f'<meta http-equiv="refresh" content="0; url={download_url}">' in head
    assert "actieboek-brinkeveld.pdf is klaar. De download begint vanzelf." in html
    assert "Start de download niet vanzelf?" in html
    assert f'href="{download_url}">Download het document</a>' in html
    assert "hx-get" not in html.split("<main")[1], "no more polling"


def test_a_failed_document_says_so_and_stops_polling(team_client, make_document):
    page_url, download_url = urls(make_document(status=DocumentStatus.FAILED))
    polled = team_client.get(page_url, {"step": "layout"}, headers=HTMX)
    assert polled.status_code == 200 and "HX-Redirect" not in polled
    fragment = polled.content.decode()
    assert "Het maken van het document is mislukt" in fragment
    assert "hx-get" not in fragment and download_url not in fragment
    assert team_client.get(download_url)["Location"] == page_url


def test_the_book_reports_its_steps_in_order(programme):
    GoalFactory(programme=programme)
    for file_format in ("pdf", "docx"):
        heard = []
        action_book.build(
            programme=programme,
            filters=ActionFilters(),
            file_format=file_format,
            on_step=heard.append,
        )
        assert heard == [DocumentStep.COLLECTING, DocumentStep.LAYOUT, DocumentStep.WRITING]


def test_asking_then_downloading_records_one_event_and_ends_at_the_last_step(
    team_client, programme
):
    asked = team_client.post(reverse("reports:action-book", args=[programme.slug, "docx"]))
    document = GeneratedDocument.objects.get()
    assert (document.status, document.step) == (DocumentStatus.READY, DocumentStep.WRITING)
    page = team_client.get(asked["Location"]).content.decode()
    assert "De download begint vanzelf" in page
    download = team_client.get(asked["Location"] + "download/")
    assert download["Content-Disposition"].startswith("attachment;")
    events = AuditEvent.objects.filter(verb=AuditVerb.DOCUMENT)
    assert [event.details.get("file") for event in events] == [document.filename]
