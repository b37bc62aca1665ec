from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from samenspel.core.models import Programme


class DocumentStatus(models.TextChoices):
    WAITING = "waiting", _("Waiting")
    READY = "ready", _("Ready")
    FAILED = "failed", _("Failed")


class DocumentStep(models.TextChoices):
    """Where a document being made is, with the share of the work done once it gets there:
    laying out the pages is most of a PDF's time."""

    QUEUED = "queued", _("Waiting for its turn")
    COLLECTING = "collecting", _("Collecting goals and actions")
    LAYOUT = "layout", _("Laying out the pages")
    WRITING = "writing", _("Writing the file")


STEP_PERCENT = {
    DocumentStep.QUEUED: 0,
    DocumentStep.COLLECTING: 10,
    DocumentStep.LAYOUT: 30,
    DocumentStep.WRITING: 85,
}


class GeneratedDocument(models.Model):
    """A document built in the background; the person who asked for it downloads it when ready."""

    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=40)  # action_book
    file_format = models.CharField(max_length=10)
    query = models.CharField(max_length=1000, blank=True)  # the screen's filters
    # What a report is made of, taken when it was asked for: building it again from this
    # gives the same document, whatever changed in the programme since.
    snapshot = models.JSONField(null=True, blank=True, editable=False)
    status = models.CharField(
        max_length=20, choices=DocumentStatus.choices, default=DocumentStatus.WAITING
    )
    step = models.CharField(
        max_length=20, choices=DocumentStep.choices, default=DocumentStep.QUEUED
    )
    content = models.BinaryField(null=True, editable=False)
    filename = models.CharField(max_length=200, blank=True)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.filename or f"{self.kind}.{self.file_format}"

    @property
    def percent(self) -> int:
        return 100 if self.status == DocumentStatus.READY else STEP_PERCENT[self.step]

    @property
    def step_number(self) -> int:
        return list(DocumentStep).index(self.step) + 1

    @property
    def step_count(self) -> int:
        return len(DocumentStep)
