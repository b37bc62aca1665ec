"""Fed indicators follow their sources: a survey's waves (surveys says when a wave's results
change) and the action book (a status change, a progress update, an organisation joining)."""

from django.db.models.signals import post_delete, post_save

from samenspel.actions.models import Action, ActionOrganisation, ProgressUpdate, StatusChange
from samenspel.surveys.signals import wave_results_changed

from .tasks import follow_action_book, follow_survey


def _wave_changed(sender, wave, **kwargs) -> None:
    follow_survey(wave.survey_id)


def _action_book_changed(sender, instance, raw: bool = False, **kwargs) -> None:
    if raw:
        return
    try:
        programme_id = instance.action.programme_id
    except Action.DoesNotExist:  # the action itself is being deleted
        return
    follow_action_book(programme_id)


wave_results_changed.connect(_wave_changed, dispatch_uid="feeds-follow-wave")
for model in (StatusChange, ProgressUpdate, ActionOrganisation):
    post_save.connect(_action_book_changed, sender=model, dispatch_uid=f"feeds-{model.__name__}")
    post_delete.connect(
        _action_book_changed, sender=model, dispatch_uid=f"feeds-{model.__name__}-gone"
    )
