"""Reading a wave's results: the tables and charts, weighting, and the answers as files."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.tabular import write_csv, write_xlsx, write_zip

from ..models import Wave
from . import exports, results_page, selectors, services


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
            services.wave_unweight(wave=wave)
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
                services.margin_set(wave=wave, question=question, targets=targets)
            if not problems:
                result = services.wave_rake(wave=wave)
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
