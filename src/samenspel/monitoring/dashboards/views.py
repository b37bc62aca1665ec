"""The programme's dashboard, a goal's dashboard, and every chart on them as SVG and Excel."""

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.text import slugify

from samenspel.core.access import programme_view, require
from samenspel.core.tabular import write_xlsx
from samenspel.goals.models import Goal

from . import selectors
from .charts import Chart
from .presenting import CHARTS_OF_SURVEYS, chart_for_request, goal_charts, programme_charts

READ = "monitoring.view_indicators"
# Survey results, professionals' aspect scores among them, are the team's and the analysts'.
SURVEY_RESULTS = "surveys.view_results"


@programme_view(READ)
def programme_dashboard(request, programme):
    data = selectors.programme_dashboard(programme=programme)
    context = {"programme": programme, **data, **programme_charts(programme, data)}
    return render(request, "monitoring/dashboards/programme_dashboard.html", context)


@programme_view(READ)
def goal_dashboard(request, programme, pk: int):
    goal = get_object_or_404(
        Goal.objects.select_related("target_image", "parent"), programme=programme, pk=pk
    )
    with_surveys = request.user.has_perm(SURVEY_RESULTS, programme)
    data = selectors.goal_dashboard(goal=goal, with_surveys=with_surveys)
    context = {"programme": programme, "goal": goal, **data, **goal_charts(goal, data)}
    return render(request, "monitoring/dashboards/goal_dashboard.html", context)


def _chart_or_problem(request, programme, chart: str) -> Chart | HttpResponse:
    if chart in CHARTS_OF_SURVEYS:
        require(request.user, SURVEY_RESULTS, programme)
    try:
        return chart_for_request(programme, chart, request.GET)
    except ValidationError as problem:
        context = {"programme": programme, "problem": " ".join(problem.messages)}
        return render(request, "monitoring/dashboards/chart_problem.html", context, status=404)


def _filename(programme, found: Chart, extension: str) -> str:
    return f"{programme.slug}-{slugify(found.title)[:60] or found.kind}.{extension}"


@programme_view(READ)
def chart_svg(request, programme, chart: str):
    found = _chart_or_problem(request, programme, chart)
    if isinstance(found, HttpResponse):
        return found
    response = HttpResponse(found.svg(standalone=True), content_type="image/svg+xml")
    response["Content-Disposition"] = f'attachment; filename="{_filename(programme, found, "svg")}"'
    return response


@programme_view(READ)
def chart_xlsx(request, programme, chart: str):
    found = _chart_or_problem(request, programme, chart)
    if isinstance(found, HttpResponse):
        return found
    # A sheet's name holds at most 31 characters and none of []:*?/\.
    sheet = "".join(c for c in found.title if c not in "[]:*?/\\")[:31] or found.kind
    content = write_xlsx({sheet: (found.headers, found.rows)})
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    filename = _filename(programme, found, "xlsx")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
