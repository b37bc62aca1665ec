from django.contrib import messages
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from samenspel.core.access import programme_view
from samenspel.core.history import history_for
from samenspel.core.paging import paginate

from . import selectors, services
from .forms import MeetingFilterForm, MeetingForm


@programme_view("meetings.view_meetings")
def meeting_list(request, programme):
    form = MeetingFilterForm(request.GET or None)
    kind = form.cleaned_data.get("kind", "") if form.is_valid() else ""
    meetings = selectors.meetings_for_programme(programme=programme, kind=kind)
    context = {"programme": programme, "filter_form": form, **paginate(request, meetings)}
    return render(request, "meetings/meeting_list.html", context)


@programme_view("meetings.view_meetings")
def meeting_detail(request, programme, pk: int):
    meeting = selectors.meeting_detail(programme=programme, pk=pk)
    context = {"programme": programme, "meeting": meeting, "history": history_for(meeting)}
    return render(request, "meetings/meeting_detail.html", context)


@programme_view("meetings.edit_meetings")
def meeting_form(request, programme, pk: int | None = None):
    meeting = selectors.meeting_detail(programme=programme, pk=pk) if pk else None
    form = MeetingForm(request.POST or None, instance=meeting, programme=programme)
    if request.method == "POST" and form.is_valid():
        meeting = services.meeting_save(
            programme=programme, meeting=meeting, by=request.user, **form.cleaned_data
        )
        messages.success(request, _("The meeting is saved."))
        return redirect("meetings:detail", programme.slug, meeting.pk)
    return render(
        request,
        "meetings/meeting_form.html",
        {"programme": programme, "form": form, "meeting": meeting},
    )
