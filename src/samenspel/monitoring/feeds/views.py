"""The page that says where an indicator's figures come from, and starts them updating."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.forms import add_service_errors

from ..selectors import home_area
from . import selectors, services
from .forms import FeedForm
from .tasks import refresh_indicator


@programme_view("monitoring.manage_indicators")
def indicator_feed(request, programme, pk: int):
    indicator = selectors.feed_indicator(programme=programme, pk=pk)
    if indicator is None:
        raise Http404
    sent = request.method == "POST"
    # A GET with the form's fields (the page narrowing its choices after a choice) only
    # redraws the form with them chosen; nothing is checked or saved.
    extra = {}
    if not sent and "feed" in request.GET:
        extra["initial"] = {name: request.GET.get(name, "")[:40] for name in FeedForm.base_fields}
    form = FeedForm(
        request.POST if sent else None, programme=programme, indicator=indicator, **extra
    )
    if sent and form.is_valid():
        try:
            services.indicator_feed_set(
                indicator=indicator, by=request.user, **form.service_arguments()
            )
        except ValidationError as error:
            add_service_errors(form, error)
        else:
            if indicator.feed:
                refresh_indicator.enqueue(indicator.pk, request.user.pk)
                messages.success(request, _("The figures are being updated."))
            else:
                messages.success(request, _("The figures are no longer looked up."))
            return redirect("monitoring:indicator-feed", programme.slug, indicator.pk)
    context = {
        "programme": programme,
        "indicator": indicator,
        "form": form,
        "last_refresh": selectors.last_refresh(indicator=indicator),
        "has_home_area": home_area(programme=programme) is not None,
    }
    return render(
        request, "monitoring/feeds/indicator_feed.html", context, status=400 if sent else 200
    )
