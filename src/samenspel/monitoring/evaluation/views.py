"""The evaluation's own pages: the team writes the report's narrative parts and chooses
quotes per goal; every member reads them and may ask for the report as PDF or Word."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.paging import paginate

from .. import services
from ..models import EvaluationSection, Quote
from . import selectors
from .forms import EvaluationTextForm, QuoteForm


@programme_view("monitoring.view_indicators")
def evaluation(request, programme):
    context = {
        "programme": programme,
        "sections": selectors.evaluation_sections(programme=programme),
        **paginate(request, selectors.quotes_for_programme(programme=programme)),
        "can_write": request.user.has_perm("monitoring.write_evaluation", programme),
    }
    return render(request, "monitoring/evaluation/overview.html", context)


@programme_view("monitoring.write_evaluation")
def evaluation_edit(request, programme, section: str):
    if section not in EvaluationSection.values:
        raise Http404
    current = next(
        item
        for item in selectors.evaluation_sections(programme=programme)
        if item.section == section
    )
    form = EvaluationTextForm(request.POST or None, initial={"text": current.text})
    if request.method == "POST" and form.is_valid():
        services.evaluation_text_save(
            programme=programme, section=section, text=form.cleaned_data["text"], by=request.user
        )
        messages.success(request, _("The text is saved."))
        return redirect(f"{_overview(programme)}#section-{section}")
    context = {"programme": programme, "form": form, "section": current}
    return render(request, "monitoring/evaluation/section_form.html", context)


@programme_view("monitoring.write_evaluation")
def quote_create(request, programme):
    form = QuoteForm(request.POST or None, programme=programme)
    if request.method == "POST" and form.is_valid():
        try:
            services.quote_create(programme=programme, by=request.user, **form.cleaned_data)
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("The quote is added."))
            return redirect(f"{_overview(programme)}#quotes")
    return render(
        request, "monitoring/evaluation/quote_form.html", {"programme": programme, "form": form}
    )


@programme_view("monitoring.write_evaluation")
def quote_delete(request, programme, pk: int):
    quote = get_object_or_404(Quote, programme=programme, pk=pk)
    if request.method == "POST":
        services.quote_delete(quote=quote, by=request.user)
        messages.success(request, _("The quote is removed."))
        return redirect(f"{_overview(programme)}#quotes")
    return render(
        request, "monitoring/evaluation/quote_delete.html", {"programme": programme, "quote": quote}
    )


def _overview(programme) -> str:
    from django.urls import reverse

    return reverse("monitoring:evaluation", args=[programme.slug])
