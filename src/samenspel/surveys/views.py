"""The project team's side of surveys: start one from a questionnaire, run waves, read results."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from samenspel.core.access import programme_view
from samenspel.core.forms import FileUploadForm
from samenspel.core.tabular import FileProblem, read_upload, write_csv, write_xlsx, write_zip

from . import builder, exports, invitations, results_page, selectors, services, weighting
from .forms import InvitationTextForm, SurveyStartForm, WaveForm
from .models import ResponseImport, Survey, Wave
from .questionnaires import QUESTIONNAIRES
from .tasks import send_invitations


@programme_view("surveys.view_results")
def survey_list(request, programme):
    context = {
        "programme": programme,
        "surveys": selectors.surveys_for_programme(programme=programme),
        "questionnaires": [(code, data["title"]) for code, data in QUESTIONNAIRES.items()],
    }
    return render(request, "surveys/survey_list.html", context)


@programme_view("surveys.manage")
def survey_create(request, programme):
    form = SurveyStartForm(request.POST or None, programme=programme, questionnaires=QUESTIONNAIRES)
    if request.method == "POST" and form.is_valid():
        survey = _survey_started(programme, form.cleaned_data, request.user)
        messages.success(request, _("The survey is ready. Add a wave to start collecting answers."))
        return redirect("surveys:detail", programme.slug, survey.pk)
    return render(request, "surveys/survey_create.html", {"programme": programme, "form": form})


def _survey_started(programme, data: dict, by) -> Survey:
    kind, _sep, value = data["start"].partition(":")
    if kind == "q":
        return services.survey_from_questionnaire(
            programme=programme, code=value, title=data["title"]
        )
    if kind == "copy":
        original = get_object_or_404(Survey, programme=programme, pk=int(value))
        return builder.survey_copy(survey=original, title=data["title"], by=by)
    return builder.survey_create_blank(
        programme=programme, title=data["title"], audience=data["audience"], by=by
    )


@programme_view("surveys.view_results")
def survey_detail(request, programme, pk: int):
    survey = get_object_or_404(
        Survey.objects.prefetch_related("sections__questions"), programme=programme, pk=pk
    )
    form = WaveForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("surveys.manage", programme):
            return redirect("surveys:detail", programme.slug, survey.pk)
        if form.is_valid():
            services.wave_create(survey=survey, **form.cleaned_data)
            messages.success(request, _("The wave is open. Share its link."))
            return redirect("surveys:detail", programme.slug, survey.pk)
    context = {
        "programme": programme,
        "survey": survey,
        "waves": selectors.waves_with_counts(survey=survey),
        "conditions": builder.conditions_in_words(survey),
        "form": form,
    }
    return render(request, "surveys/survey_detail.html", context)


@require_POST
@programme_view("surveys.manage")
def wave_toggle(request, programme, pk: int):
    wave = get_object_or_404(Wave, survey__programme=programme, pk=pk)
    services.wave_set_open(wave=wave, is_open=not wave.is_open)
    messages.success(request, _("The wave is open.") if wave.is_open else _("The wave is closed."))
    return redirect("surveys:detail", programme.slug, wave.survey_id)


@programme_view("surveys.view_results")
def wave_results(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    # An unknown split shows the results unsplit; the length keeps cache keys short.
    by_code = request.GET.get("naar", "")[:60]
    context = {
        "programme": programme,
        "wave": wave,
        "survey": wave.survey,
        "by_code": by_code,
        "by_target_group": selectors.BY_TARGET_GROUP,
        **results_page.wave_results_page(wave=wave, by_code=by_code),
    }
    return render(request, "surveys/wave_results.html", context)


@programme_view("surveys.weight")
def wave_weighting(request, programme, pk: int):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    questions = list(selectors.background_questions(survey=wave.survey))
    existing = {margin.question_id: margin.targets for margin in wave.margins.all()}
    problems = []
    if request.method == "POST":
        if "ongewogen" in request.POST:
            weighting.wave_unweight(wave=wave)
            messages.success(request, _("The wave is unweighted again."))
            return redirect("surveys:results", programme.slug, wave.pk)
        try:
            for question in questions:
                raw = {
                    c["value"]: request.POST.get(f"{question.code}__{c['value']}", "").strip()
                    for c in question.choices
                }
                if not any(raw.values()):
                    continue
                try:
                    targets = {
                        value: float(number.replace(",", ".")) for value, number in raw.items()
                    }
                except ValueError:
                    problems.append(
                        _("%(question)s: fill in a number for every answer.")
                        % {"question": question.text}
                    )
                    continue
                weighting.margin_set(wave=wave, question=question, targets=targets)
            if not problems:
                result = weighting.wave_rake(wave=wave)
                messages.success(
                    request,
                    _("Weighted: design effect %(deff)s, effective number of respondents %(neff)s.")
                    % {
                        "deff": f"{result.design_effect:.2f}",
                        "neff": f"{result.effective_sample_size:.0f}",
                    },
                )
                return redirect("surveys:results", programme.slug, wave.pk)
        except ValidationError as error:
            problems.extend(error.messages)
    rows = [
        {
            "question": question,
            "choices": [
                {
                    "value": choice["value"],
                    "label": choice["label"],
                    "target": request.POST.get(f"{question.code}__{choice['value']}")
                    or existing.get(question.pk, {}).get(choice["value"], ""),
                }
                for choice in question.choices
            ],
        }
        for question in questions
    ]
    context = {"programme": programme, "wave": wave, "rows": rows, "problems": problems}
    return render(request, "surveys/wave_weighting.html", context, status=400 if problems else 200)


@programme_view("surveys.view_results")
def wave_export(request, programme, pk: int, file_format: str):
    wave = get_object_or_404(
        Wave.objects.select_related("survey"), survey__programme=programme, pk=pk
    )
    headers, rows = exports.response_table(wave=wave)
    stamp = f"{wave.survey.title}-{wave.name}".lower().replace(" ", "-")
    if file_format == "xlsx":
        content = write_xlsx(
            {"Antwoorden": (headers, rows), "Codeboek": exports.codebook(wave=wave)}
        )
        response = HttpResponse(
            content,
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    elif file_format == "zip":
        code_headers, code_rows = exports.codebook(wave=wave)
        content = write_zip(
            {
                "antwoorden.csv": write_csv(headers, rows, for_excel=False),
                "codeboek.csv": write_csv(code_headers, code_rows, for_excel=False),
                "antwoorden-excel.csv": write_csv(headers, rows),
                "codeboek-excel.csv": write_csv(code_headers, code_rows),
            }
        )
        response = HttpResponse(content, content_type="application/zip")
    else:
        response = HttpResponse(write_csv(headers, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(stamp)}.{file_format}"'
    return response


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
    form = FileUploadForm(request.POST or None, request.FILES or None)
    text_form = InvitationTextForm(
        request.POST if "tekst" in request.POST else None, instance=wave, prefix="tekst"
    )
    problems = []
    if "tekst" in request.POST:
        if text_form.is_valid():
            invitations.wave_invitation_update(wave=wave, by=request.user, **text_form.cleaned_data)
            messages.success(request, _("The invitation is saved. The preview shows it."))
            return redirect("surveys:invitations", programme.slug, wave.pk)
        form = FileUploadForm()
    elif request.method == "POST" and "versturen" in request.POST:
        send_invitations.enqueue(wave.pk, request.build_absolute_uri("/"))
        messages.success(
            request,
            _("The invitations are being sent. The number still to send goes down as they go."),
        )
        return redirect("surveys:invitations", programme.slug, wave.pk)
    if request.method == "POST" and form.is_valid():
        try:
            sheets = read_upload(
                form.cleaned_data["file"],
                specs=(invitations.INVITATION_TABLE,),
                kind_hint="invitations",
                max_rows=settings.SAMENSPEL_IMPORT_MAX_ROWS,
            )
            created = invitations.invitations_create(
                wave=wave, rows=[r for s in sheets for r in s.rows]
            )
        except FileProblem as problem:
            form.add_error("file", str(problem))
        except ValidationError as error:
            problems = error.messages
        else:
            messages.success(
                request, _("%(count)s new invitations are ready to send.") % {"count": len(created)}
            )
            return redirect("surveys:invitations", programme.slug, wave.pk)
    counts = {
        "total": wave.invitations.count(),
        "unsent": wave.invitations.filter(sent_at__isnull=True).count(),
    }
    context = {
        "programme": programme,
        "wave": wave,
        "form": form,
        "text_form": text_form,
        "preview": invitations.invitation_message(
            wave=wave,
            link=request.build_absolute_uri(reverse("surveys:start", args=[wave.public_token]))
            + "?uitnodiging=…",
        ),
        "problems": problems[:200],
        "counts": counts,
    }
    return render(
        request, "surveys/wave_invitations.html", context, status=400 if problems else 200
    )
