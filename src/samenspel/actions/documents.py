"""The action book as a spreadsheet, with the filters of the screen."""

from django.http import HttpResponse
from django.utils import timezone, translation

from samenspel.core.access import programme_view
from samenspel.stakeholders.tabular import write_xlsx

from . import selectors
from .views import _filter_form

ACTION_COLUMNS = [
    "titel",
    "omschrijving",
    "doelen",
    "trekker",
    "organisaties",
    "doelgroepen",
    "gebied",
    "start",
    "eind",
    "status",
    "nodig: tijd",
    "nodig: ruimte",
    "nodig: geld",
    "verwacht resultaat",
    "laatste voortgang",
]


def action_rows(actions) -> list[list]:
    with translation.override("nl"):
        return [
            [
                action.title,
                action.description,
                "; ".join(goal.title for goal in action.goals.all()),
                action.lead.name if action.lead else "",
                "; ".join(i.organisation.name for i in action.involvements.all()),
                "; ".join(group.name for group in action.target_groups.all()),
                action.area,
                action.start_date,
                action.end_date,
                str(action.get_status_display()),
                action.needs_time,
                action.needs_room,
                action.needs_money,
                action.expected_result,
                action.last_progress_at,
            ]
            for action in actions
        ]


@programme_view("actions.export")
def export_xlsx(request, programme):
    form = _filter_form(request, programme)
    actions = selectors.actions_for_book(
        programme=programme, filters=form.filters()
    ).prefetch_related("involvements__organisation", "target_groups")
    content = write_xlsx({"Acties": (ACTION_COLUMNS, action_rows(actions))})
    stamp = timezone.localdate().strftime("%Y-%m-%d")
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = f'attachment; filename="acties-{programme.slug}-{stamp}.xlsx"'
    return response
