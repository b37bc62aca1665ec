"""The team collects answers: opens and closes waves, invites by e-mail, imports responses."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view
from samenspel.core.forms import FileUploadForm
from samenspel.core.tabular import FileProblem

from ..models import ResponseImport, Wave
from . import invitations, selectors, services
from .forms import InvitationTextForm
from .tasks import send_invitations


@require_POST
@programme_view("surveys.manage")
def wave_toggle(request, programme, pk: int):
    wave = get_object_or_404(Wave, survey__programme=programme, pk=pk)
    services.wave_set_open(by=request.user, wave=wave, is_open=not wave.is_open)
    messages.success(request, _("The wave is open.") if wave.is_open else _("The wave is closed."))
    return redirect("surveys:detail", programme.slug, wave.survey_id)


@programme_view("surveys.manage")
def wave_import(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    form = FileUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            job = services.response_import_start(
                wave=wave, uploaded=form.cleaned_data["file"], by=request.user
            )
        except FileProblem as problem:
            form.add_error("file", str(problem))
        else:
            return redirect("surveys:import-status", programme.slug, wave.pk, job.pk)
    context = {
        "programme": programme,
        "wave": wave,
        "form": form,
        "max_rows": settings.SAMENSPEL_SURVEY_IMPORT_MAX_ROWS,
        "max_megabytes": round(settings.SAMENSPEL_IMPORT_MAX_BYTES / 1024 / 1024),
    }
    return render(request, "surveys/wave_import.html", context, status=400 if form.errors else 200)


@programme_view("surveys.manage")
def wave_import_status(request, programme, pk: int, import_pk: int):
    job = get_object_or_404(
        ResponseImport.objects.select_related("wave__survey"),
        wave__survey__programme=programme,
        wave_id=pk,
        pk=import_pk,
    )
    template = (
        "surveys/includes/import_status.html" if request.htmx else "surveys/import_status.html"
    )
    context = {
        "programme": programme,
        "wave": job.wave,
        "job": job,
        "problems": job.problems[:200],
        "more_problems": max(0, len(job.problems) - 200),
    }
    return render(request, template, context)


@programme_view("surveys.manage")
def wave_invitations(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey__programme"), survey__programme=programme, pk=pk
    )
    text_sent = "tekst" in request.POST
    text_form = InvitationTextForm(
        request.POST if text_sent else None, instance=wave, prefix="tekst"
    )
    form = FileUploadForm(
        request.POST if request.method == "POST" and not text_sent else None, request.FILES or None
    )
    problems = []
    if text_sent and text_form.is_valid():
        services.wave_invitation_update(wave=wave, by=request.user, **text_form.cleaned_data)
        messages.success(request, _("The invitation is saved. The preview shows it."))
        return redirect("surveys:invitations", programme.slug, wave.pk)
    if form.is_bound and form.is_valid():
        problems = _list_sent(request, wave, form)
        if problems is None:
            return redirect("surveys:invitations", programme.slug, wave.pk)
    context = {
        "programme": programme,
        "wave": wave,
        "form": form,
        "text_form": text_form,
        "preview": _preview(request, wave),
        "problems": problems[:200],
        "counts": selectors.invitation_counts(wave=wave),
    }
    status = 400 if problems or form.errors or text_form.errors else 200
    return render(request, "surveys/wave_invitations.html", context, status=status)


@require_POST
@programme_view("surveys.manage")
def wave_invitations_send(request, programme, pk: int):
    wave = get_object_or_404(Wave, survey__programme=programme, pk=pk)
    send_invitations.enqueue(wave.pk, request.build_absolute_uri("/"), request.user.pk)
    messages.success(
        request,
        _("The invitations are being sent. The number still to send goes down as they go."),
    )
    return redirect("surveys:invitations", programme.slug, wave.pk)


def _list_sent(request, wave: Wave, form) -> list[str] | None:
    """Invitations from an uploaded list of addresses: None when made, else the problems
    (then none is made)."""
    try:
        created = services.invitations_import(
            wave=wave, uploaded=form.cleaned_data["file"], by=request.user
        )
    except FileProblem as problem:
        form.add_error("file", str(problem))
        return []
    except ValidationError as error:
        return error.messages
    messages.success(
        request,
        ngettext(
            "%(count)s new invitation is ready to send.",
            "%(count)s new invitations are ready to send.",
            len(created),
        )
        % {"count": len(created)},
    )
    return None


def _preview(request, wave: Wave) -> tuple[str, str, str]:
    """The invitation mail as it will go out, with a stand-in for each person's own link."""
    link = request.build_absolute_uri(reverse("surveys:start", args=[wave.public_token]))
    return invitations.invitation_message(wave=wave, link=link + "?uitnodiging=…")
