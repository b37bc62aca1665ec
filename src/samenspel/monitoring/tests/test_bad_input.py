"""Input that once broke a page: a digit Python counts as one but cannot read, a StatLine
file that is JSON of the wrong kind or a zip member that cannot be unpacked, and figures so
large or so close together that an axis could not be drawn. Each is answered, never a 500."""

import io
import json
import math
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext as _

from samenspel.core.models import Role
from samenspel.core.tabular import FileProblem
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring import services
from samenspel.monitoring.charts import nice_ticks
from samenspel.monitoring.dashboards.charts import _nice_ticks
from samenspel.monitoring.imports import statline
from samenspel.monitoring.models import IndicatorValue

from .factories import AreaFactory, IndicatorFactory

pytestmark = pytest.mark.django_db

PROPERTIES = {
    "value": [
        {"Type": "GeoDimension", "Key": "WijkenEnBuurten"},
        {"Type": "TimeDimension", "Key": "Perioden"},
        {"Type": "Topic", "Key": "Inwoners_1", "Title": "Inwoners", "Datatype": "Long"},
    ]
}


def _table_zip(files: dict[str, str | bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _rows(*values) -> str:
    return json.dumps(
        {
            "value": [
                {"WijkenEnBuurten": "GM0285", "Perioden": "2022JJ00", "Inwoners_1": value}
                for value in values
            ]
        }
    )


# Feeds: a digit that int() does not read --------------------------------------------------


@pytest.mark.parametrize("raw", ["²", "١٢", "12²", " 3", "-1"])
def test_feed_page_with_an_odd_digit_in_its_parameters(client, programme, members, raw):
    indicator = IndicatorFactory(programme=programme)
    url = reverse("monitoring:indicator-feed", args=[programme.slug, indicator.pk])
    client.force_login(members[Role.ANALYST])
    for params in ({"feed": "x", "survey": raw}, {"feed": "survey_mean", "question": raw}):
        assert client.get(url, params).status_code == 200
    response = client.post(url, {"feed": "survey_mean", "survey": raw, "question": raw})
    assert response.status_code == 400


# StatLine: files that are JSON of the wrong kind ----------------------------------------------


def test_statline_too_deeply_nested_json_is_a_file_problem():
    source = _table_zip(
        {"DataProperties.json": json.dumps(PROPERTIES), "TypedDataSet.json": "[" * 200_000}
    )
    with pytest.raises(FileProblem):
        statline.read_statline(source)


@pytest.mark.parametrize("kind", [5, None, {"a": 1}, 1.5])
def test_statline_property_type_that_is_no_text(kind):
    properties = {"value": [*PROPERTIES["value"], {"Type": kind, "Key": "Odd"}]}
    source = _table_zip(
        {"DataProperties.json": json.dumps(properties), "TypedDataSet.json": _rows(10)}
    )
    table = statline.read_statline(source)
    assert table.observations == [("Inwoners_1", "GM0285", "2022JJ00", 10.0)]


@pytest.mark.parametrize("raw", ["1" + "0" * 400, "1e400", "-1e400", "NaN", "Infinity"])
def test_statline_number_that_is_no_finite_figure(raw):
    typed = _rows(10).replace("10", raw)
    source = _table_zip({"DataProperties.json": json.dumps(PROPERTIES), "TypedDataSet.json": typed})
    with pytest.raises(FileProblem) as problem:
        statline.read_statline(source)
    assert "Inwoners_1 (GM0285)" in str(problem.value)


def test_statline_v4_number_that_is_no_finite_figure():
    observations = {
        "value": [
            {"Measure": "M1", "WijkenEnBuurten": "GM0285", "Perioden": "2022JJ00", "Value": 1}
        ]
    }
    text = json.dumps(observations).replace('"Value": 1', '"Value": ' + "9" * 400)
    with pytest.raises(FileProblem):
        statline.read_statline(_table_zip({"Observations.json": text}))


def _unsupported_zip() -> bytes:
    """A zip whose member is compressed in a way Python's zipfile does not know (AES, 99)."""
    data = bytearray(_table_zip({"TypedDataSet.json": _rows(10)}))
    # The method sits at offset 8 of the local header and 10 of the central directory's entry.
    data[8:10] = (99).to_bytes(2, "little")
    central = data.index(b"PK\x01\x02")
    data[central + 10 : central + 12] = (99).to_bytes(2, "little")
    return bytes(data)


def _corrupt_deflate_zip() -> bytes:
    """A deflated member whose compressed bytes are garbage."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("TypedDataSet.json", _rows(*range(200)))
    data = bytearray(buffer.getvalue())
    start = 30 + len("TypedDataSet.json")
    data[start : start + 40] = b"\xff" * 40
    return bytes(data)


@pytest.mark.parametrize("make", [_unsupported_zip, _corrupt_deflate_zip])
def test_statline_zip_member_that_cannot_be_unpacked(make):
    with pytest.raises(FileProblem):
        statline.read_statline(make())


@pytest.fixture
def brinkeveld(programme):
    AreaFactory(programme=programme, code="GM0285", level="municipality")
    IndicatorFactory(programme=programme, code="inwoners", level="municipality")
    return programme


@pytest.mark.parametrize(
    "content",
    [
        _table_zip(
            {"DataProperties.json": json.dumps(PROPERTIES), "TypedDataSet.json": "[" * 200_000}
        ),
        _table_zip(
            {"DataProperties.json": json.dumps(PROPERTIES), "TypedDataSet.json": _rows(10**400)}
        ),
        _unsupported_zip(),
    ],
)
def test_statline_page_answers_a_file_it_cannot_read(client, members, brinkeveld, content):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:import-statline", args=[brinkeveld.slug])
    response = client.post(
        url,
        {
            "statline-archive": SimpleUploadedFile("kerncijfers.zip", content),
            "statline-measures": "Inwoners_1=inwoners",
        },
    )
    assert response.status_code == 200
    assert not IndicatorValue.objects.exists()


def test_statline_page_reads_a_property_type_that_is_no_text(client, members, brinkeveld):
    properties = {"value": [*PROPERTIES["value"], {"Type": 5, "Key": "Odd"}]}
    content = _table_zip(
        {"DataProperties.json": json.dumps(properties), "TypedDataSet.json": _rows(10)}
    )
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:import-statline", args=[brinkeveld.slug])
    response = client.post(
        url,
        {
            "statline-archive": SimpleUploadedFile("kerncijfers.zip", content),
            "statline-measures": "Inwoners_1=inwoners",
        },
    )
    assert response.status_code == 302
    client.post(response["Location"])
    assert IndicatorValue.objects.get().value == 10


# Figures too large for an axis ------------------------------------------------------------


@pytest.fixture
def municipality(programme):
    return AreaFactory(programme=programme, code="GM9999", level="municipality")


@pytest.fixture
def indicator(programme, municipality):
    indicator = IndicatorFactory(programme=programme, code="groot", name="Groot")
    return indicator


@pytest.mark.parametrize("value", ["1e300", "-1e308", "1e13", "-1000000000001"])
def test_value_form_refuses_a_number_beyond_any_figure(
    client, programme, members, indicator, municipality, value
):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:value-create", args=[programme.slug, indicator.pk])
    response = client.post(url, {"period": "2023", "area": municipality.pk, "value": value})
    assert response.status_code == 200
    assert _("Fill in a number between −1,000,000,000,000 and 1,000,000,000,000.") in (
        response.content.decode()
    )
    assert not IndicatorValue.objects.exists()
    response = client.post(url, {"period": "2023", "area": municipality.pk, "value": "1e12"})
    assert response.status_code == 302


def test_indicator_form_refuses_a_target_beyond_any_figure(client, programme, members, indicator):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:indicator-edit", args=[programme.slug, indicator.pk])
    page = client.get(url)
    data = {
        key: value
        for key, value in page.context["form"].initial.items()
        if value is not None and not isinstance(value, list)
    }
    response = client.post(url, {**data, "target_value": "1e300", "target_period": "2030"})
    assert response.status_code == 200
    indicator.refresh_from_db()
    assert indicator.target_value is None


FIGURES = [
    [1e300],
    [1e300, 1e300, 1e300],
    [1.0, 1e300, 2.0],
    [-1e300, 1e300, 0.0],
    [1.7e308, -1.7e308],
    [1e-300, 2e-300, 3e-300],
    [5e-324, 0.0],
    [1e16, 1e16 + 2, 1e16 + 4],
]


@pytest.mark.parametrize("figures", FIGURES)
def test_pages_and_downloads_draw_figures_of_any_size(
    client, programme, members, indicator, municipality, figures
):
    goal = GoalFactory(programme=programme, title="Groot doel")
    indicator.goals.set([goal])
    for year, figure in enumerate(figures, start=2020):
        services.value_set(
            indicator=indicator, period=year, value=figure, area=municipality, by=None
        )
    client.force_login(members[Role.PROJECT_TEAM])
    slug = programme.slug
    for url, params in (
        (reverse("monitoring:indicator", args=[slug, indicator.pk]), {}),
        (reverse("monitoring:goal-dashboard", args=[slug, goal.pk]), {}),
        (reverse("monitoring:dashboard", args=[slug]), {}),
        (reverse("monitoring:chart-svg", args=[slug, "indicator"]), {"indicator": indicator.pk}),
        (reverse("monitoring:chart-xlsx", args=[slug, "indicator"]), {"indicator": indicator.pk}),
    ):
        response = client.get(url, params)
        assert response.status_code == 200, url


EDGES = [
    (0.0, 1e300),
    (1e300, 1e300),
    (-1e308, 1e308),
    (-1.7e308, 1.7e308),
    (1.7e308, 1.7e308),
    (5e-324, 5e-324),
    (-5e-324, -5e-324),
    (0.0, 5e-324),
    (1e-300, 3e-300),
    (1e16, 1e16 + 2),
    (-1e300, -1e300),
    (3.0, 3.0),
    (0.0, 0.0),
]


@pytest.mark.parametrize("helper", [nice_ticks, _nice_ticks])
@pytest.mark.parametrize(("low", "high"), EDGES)
def test_tick_helpers_give_an_axis_for_any_finite_range(helper, low, high):
    ticks = helper(low, high)
    assert 2 <= len(ticks) <= 12
    assert all(math.isfinite(tick) for tick in ticks)
    assert ticks == sorted(set(ticks))
    assert math.isfinite(ticks[-1] - ticks[0]) and ticks[-1] > ticks[0]


def test_tick_helpers_keep_their_round_ticks():
    assert nice_ticks(0, 100) == [0, 20, 40, 60, 80, 100]
    assert _nice_ticks(0, 10) == [0, 2.5, 5, 7.5, 10]
    assert nice_ticks(5, 5) == [5, 6, 7, 8, 9, 10]


def test_a_file_with_a_figure_too_large_changes_nothing(programme):
    """A figure beyond a million millions is refused in a file as on a form."""
    from samenspel.monitoring.imports.checks import values_check
    from samenspel.monitoring.models import AreaLevel
    from samenspel.monitoring.tests.factories import AreaFactory, IndicatorFactory

    AreaFactory(programme=programme, code="GM0285", level=AreaLevel.MUNICIPALITY)
    IndicatorFactory(programme=programme, code="groot")
    rows = [(2, {"indicator": "groot", "area": "GM0285", "period": "2024", "value": "1e13"})]
    plan = values_check(programme=programme, rows=rows)
    assert plan.problems and "1e13" in plan.problems[0]
