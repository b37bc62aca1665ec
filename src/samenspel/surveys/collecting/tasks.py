"""Long work of collecting: large imports of responses, which report how far they are, and
sending a wave's invitations."""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_tasks import task

from samenspel.core.tabular import FileProblem, read_upload

from ..models import ImportStatus, ResponseImport, Wave
from . import imports, services

logger = logging.getLogger(__name__)


def _update(job: ResponseImport, **fields) -> None:
    ResponseImport.objects.filter(pk=job.pk).update(**fields)


@task()
def import_responses(import_id: int) -> None:
    """Read, check and save one uploaded file of responses: all rows or none."""
    job = ResponseImport.objects.select_related("wave__survey").get(pk=import_id)
    _update(job, status=ImportStatus.CHECKING)
    try:
        sheets = read_upload(
            SimpleUploadedFile(job.filename, bytes(job.content)),
            specs=(imports.response_table_spec(job.wave),),
            kind_hint="responses",
            max_rows=settings.SAMENSPEL_SURVEY_IMPORT_MAX_ROWS,
        )
        rows = [row for sheet in sheets for row in sheet.rows]
        _update(job, rows_total=len(rows))
        imported = imports.responses_import(
            wave=job.wave,
            rows=rows,
            progress=lambda done: _update(job, rows_done=done),
            writing=lambda: _update(job, status=ImportStatus.WRITING, rows_done=len(rows)),
        )
    except FileProblem as problem:
        outcome = {"status": ImportStatus.FAILED, "problems": [str(problem)]}
    except ValidationError as error:
        outcome = {"status": ImportStatus.FAILED, "problems": error.messages[:1000]}
    except Exception:  # noqa: BLE001 - the person waiting must see it failed, not wait forever
        logger.exception("Import %s of wave %s failed", job.pk, job.wave_id)
        outcome = {"status": ImportStatus.FAILED, "problems": []}  # the page says it failed
    else:
        outcome = {"status": ImportStatus.DONE, "imported": imported}
    _update(job, content=None, finished_at=timezone.now(), **outcome)


@task()
def send_invitations(wave_id: int, base_url: str, user_id: int | None = None) -> int:
    """E-mail the wave's invitations that have not been sent yet, on behalf of a user."""
    from django.contrib.auth import get_user_model

    wave = Wave.objects.select_related("survey").get(pk=wave_id)
    by = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    return services.invitations_send(wave=wave, base_url=base_url, by=by)
