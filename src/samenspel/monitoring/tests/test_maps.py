"""Areas and the map: an upload of shapes applied all or none, the tree of areas and its pages,
the map's figures and comparisons, small groups hidden, permissions. Reading the files
themselves: test_maps_geojson.py."""

import html
import math
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext as _

from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.monitoring.maps import drawing, selectors, services
from samenspel.monitoring.models import Area, AreaLevel, Direction
from samenspel.stakeholders.models import ImportBatch
from samenspel.stakeholders.tests.factories import TargetGroupFactory
from samenspel.surveys.models import Survey

from .factories import AreaFactory, IndicatorFactory, IndicatorValueFactory
from .shapes import collection as _collection
from .shapes import feature as _feature
from .shapes import square as _square

DATA = Path(__file__).parent / "data"
pytestmark = pytest.mark.django_db


def _text(response) -> str:
    """A page's text as a reader meets it: entities and line breaks undone."""
    return " ".join(html.unescape(response.content.decode()).split())


def _text_of(message: str) -> str:
    return " ".join(_(message).split())


def _title(period: int) -> str:
    return _("%(indicator)s per area, %(period)s") % {"indicator": "Eenzaamheid", "period": period}


@pytest.fixture
def municipality(programme):
    return AreaFactory(
        programme=programme, code="GM9901", name="Brinkeveld", level=AreaLevel.MUNICIPALITY
    )


@pytest.fixture
def team(members):
    return members[Role.PROJECT_TEAM]


# Applying shapes, all or none ----------------------------------------------------------------


def _prepare(programme, team, name="wijken_wgs84.geojson"):
    return services.area_shapes_prepare(
        programme=programme, content=(DATA / name).read_bytes(), filename=name, by=team
    )


def test_preview_says_what_matches_what_is_added_and_what_is_unknown(programme, team, municipality):
    AreaFactory(programme=programme, code="WK990101", name="Kern", parent=municipality)
    batch = _prepare(programme, team)
    plan = selectors.shape_plan(batch=batch)
    assert plan.code_property == "wijkcode"
    assert [(row.code, row.action) for row in plan.rows] == [
        ("WK990101", "match"),
        ("WK990102", "create"),
        ("WK990103", "create"),
        ("WK123401", "unknown"),  # another municipality's district
    ]
    assert plan.applicable
    assert Area.objects.filter(programme=programme).count() == 2  # the preview wrote nothing


def test_apply_gives_shapes_adds_areas_and_writes_the_audit_event(programme, team, municipality):
    kern = AreaFactory(programme=programme, code="WK990101", name="Kern", parent=municipality)
    batch = _prepare(programme, team)
    counts = services.area_shapes_apply(batch=batch, code_property="wijkcode", by=team)
    assert counts == {"matched": 1, "created": 2, "skipped": 1}
    kern.refresh_from_db()
    assert kern.geometry["type"] == "Polygon"
    haven = Area.objects.get(programme=programme, code="WK990103")
    assert (haven.name, haven.level, haven.parent) == ("De Haven", "district", municipality)
    assert AuditEvent.objects.filter(verb=AuditVerb.IMPORTED, details__created=2).exists()
    with pytest.raises(services.ValidationError) as error:
        services.area_shapes_apply(batch=batch, code_property="wijkcode", by=team)
    assert error.value.messages == [_("This file has already been applied.")]


def test_rd_neighbourhoods_find_their_district(programme, team, municipality):
    district = AreaFactory(programme=programme, code="WK990101", parent=municipality)
    batch = _prepare(programme, team, "buurten_rd.geojson")
    services.area_shapes_apply(batch=batch, code_property="buurtcode", by=team)
    kerk = Area.objects.get(code="BU99010101")
    assert kerk.parent == district and kerk.level == AreaLevel.NEIGHBOURHOOD
    assert -1 < kerk.geometry["coordinates"][0][0][0] - 6.03 < 1


def test_a_duplicate_code_changes_nothing(programme, team, municipality):
    area = AreaFactory(programme=programme, code="WK990101")
    square = {"type": "Polygon", "coordinates": _square(6, 52, 0.01)}
    content = _collection(_feature("WK990101", square), _feature("wk990101", square))
    batch = services.area_shapes_prepare(
        programme=programme, content=content, filename="dubbel.geojson", by=team
    )
    plan = selectors.shape_plan(batch=batch, code_property="wijkcode")
    assert not plan.applicable
    assert plan.problems[0].problem == _(
        "The code %(code)s already appears in feature %(number)s."
    ) % {"code": "WK990101", "number": 1}
    with pytest.raises(services.ValidationError) as error:
        services.area_shapes_apply(batch=batch, code_property="wijkcode", by=team)
    assert error.value.messages == [_("The file has problems; nothing has been changed.")]
    area.refresh_from_db()
    assert area.geometry is None and not AuditEvent.objects.filter(verb=AuditVerb.IMPORTED)


def test_a_failure_halfway_undoes_the_shapes_given_before(programme, team, municipality):
    """All or none: an area refused while adding leaves the matched ones without shape."""
    kern = AreaFactory(programme=programme, code="WK990101", parent=municipality)
    batch = _prepare(programme, team)
    long_name = {**batch.rows}
    long_name["features"][2]["properties"]["wijknaam"] = ""  # allowed: falls back to the code
    long_name["features"][1]["properties"]["wijkcode"] = "WK99010" + "2"
    batch.rows = long_name
    batch.save()
    original = services.monitoring_services.area_create

    def refuse(**kwargs):
        if kwargs["code"] == "WK990103":
            raise services.ValidationError("geweigerd")
        return original(**kwargs)

    services.monitoring_services.area_create = refuse
    try:
        with pytest.raises(services.ValidationError):
            services.area_shapes_apply(batch=batch, code_property="wijkcode", by=team)
    finally:
        services.monitoring_services.area_create = original
    kern.refresh_from_db()
    assert kern.geometry is None
    assert not Area.objects.filter(code="WK990102").exists()


def test_upload_page_refuses_a_bad_file_with_its_reason(client, programme, team, municipality):
    client.force_login(team)
    url = reverse("monitoring:area-shapes", args=[programme.slug])
    response = client.post(url, {"file": SimpleUploadedFile("x.geojson", b"{kapot")})
    assert response.status_code == 400
    assert _("The file is not valid GeoJSON (JSON could not be read).") in _text(response)
    assert not ImportBatch.objects.exists()


def test_upload_preview_and_apply_through_the_pages(client, programme, team, municipality):
    client.force_login(team)
    url = reverse("monitoring:area-shapes", args=[programme.slug])
    with (DATA / "wijken_wgs84.geojson").open("rb") as file:
        response = client.post(url, {"file": file})
    assert response.status_code == 302
    preview = client.get(response["Location"])
    content = _text(preview)
    assert "WK990102" in content and _("Is added with this shape") in content
    # Another property to read the codes from: the municipality's code is not unique.
    again = client.get(response["Location"], {"code": "gemeentecode"})
    assert _("The code %(code)s already appears in feature %(number)s.") % {
        "code": "GM9901",
        "number": 1,
    } in _text(again)
    applied = client.post(response["Location"], {"code": "wijkcode"})
    assert applied.status_code == 302
    assert Area.objects.filter(programme=programme, geometry__isnull=False).count() == 3


def test_another_users_upload_is_not_found(client, programme, members, municipality):
    batch = _prepare(programme, members[Role.PROJECT_TEAM])
    client.force_login(members[Role.ANALYST])
    url = reverse("monitoring:area-shapes-preview", args=[programme.slug, batch.pk])
    assert client.get(url).status_code == 404


# The tree of areas ---------------------------------------------------------------------------


def test_area_tree_puts_each_area_under_the_one_it_lies_in(programme, municipality):
    district = AreaFactory(programme=programme, code="WK990102", name="B-wijk", parent=municipality)
    first = AreaFactory(programme=programme, code="WK990101", name="Z-wijk", parent=municipality)
    buurt = AreaFactory(
        programme=programme, code="BU99010201", level=AreaLevel.NEIGHBOURHOOD, parent=district
    )
    country = AreaFactory(programme=programme, code="NL01", level=AreaLevel.COUNTRY)
    rows = selectors.area_tree(programme=programme)
    assert [(row.area, row.depth) for row in rows] == [
        (country, 0),
        (municipality, 0),
        (first, 1),
        (district, 1),
        (buurt, 2),
    ]


def test_area_pages_create_edit_and_delete_with_confirmation(client, programme, team):
    client.force_login(team)
    slug = programme.slug
    response = client.post(
        reverse("monitoring:area-create", args=[slug]),
        {"code": "gm9901", "name": "Brinkeveld", "level": "municipality"},
    )
    assert response.status_code == 302
    area = Area.objects.get(programme=programme, code="GM9901")
    duplicate = client.post(
        reverse("monitoring:area-create", args=[slug]),
        {"code": "GM9901", "name": "Twee", "level": "municipality"},
    )
    assert _("There is already an area with this code.") in _text(duplicate)
    edit = reverse("monitoring:area-edit", args=[slug, area.pk])
    client.post(edit, {"code": "GM9901", "name": "Gemeente Brinkeveld", "level": "municipality"})
    area.refresh_from_db()
    assert area.name == "Gemeente Brinkeveld"
    delete = reverse("monitoring:area-delete", args=[slug, area.pk])
    assert "Gemeente Brinkeveld" in _text(client.get(delete))
    assert Area.objects.filter(pk=area.pk).exists()  # asking is not deleting
    client.post(delete)
    assert not Area.objects.filter(pk=area.pk).exists()
    assert _("No areas yet.") in _text(client.get(reverse("monitoring:areas", args=[slug])))


def test_an_area_cannot_lie_in_its_own_neighbourhood(client, programme, team, municipality):
    district = AreaFactory(programme=programme, code="WK990101", parent=municipality)
    client.force_login(team)
    edit = reverse("monitoring:area-edit", args=[programme.slug, municipality.pk])
    response = client.post(
        edit, {"code": "GM9901", "name": "X", "level": "municipality", "parent": district.pk}
    )
    assert response.status_code == 200
    municipality.refresh_from_db()
    assert municipality.parent is None


# The map ----------------------------------------------------------------------------------


@pytest.fixture
def mapped(programme, municipality):
    """Four districts with shapes, the municipality and the country, figures for 2024 and
    2025; one district's 2025 figure rests on 4 people."""
    country = AreaFactory(programme=programme, code="NL01", name="Nederland", level="country")
    districts = [
        AreaFactory(
            programme=programme,
            code=f"WK99010{index}",
            name=name,
            parent=municipality,
            geometry={"type": "Polygon", "coordinates": _square(6 + index * 0.02, 52.2, 0.02)},
        )
        for index, name in enumerate(["Noord", "Oost", "Zuid", "West"], start=1)
    ]
    indicator = IndicatorFactory(programme=programme, name="Eenzaamheid", unit="%")
    indicator.direction = Direction.LOWER
    indicator.save()
    for area, value, n in [
        (districts[0], 30.0, 120),
        (districts[1], 20.0, 80),
        (districts[2], 10.0, 4),
        (districts[3], 26.0, 50),
        (municipality, 25.0, 400),
        (country, 22.0, None),
    ]:
        IndicatorValueFactory(indicator=indicator, area=area, period=2025, value=value, n=n)
    IndicatorValueFactory(indicator=indicator, area=districts[0], period=2024, value=35.0)
    return {"indicator": indicator, "districts": districts, "country": country}


def test_map_values_are_ranked_and_compared_with_municipality_and_country(programme, mapped):
    data = selectors.map_data(indicator=mapped["indicator"], period=2025)
    noord, oost, zuid, west = mapped["districts"]
    assert [(row.area, row.value, row.rank) for row in data.rows] == [
        (oost, 20.0, 1),  # lower is better: the lowest first
        (noord, 30.0, 2),
        (west, None, None),  # hidden too, or Zuid's figure could be worked out (below)
        (zuid, None, None),  # four people: shown as no figure at all
    ]
    assert data.rows[0].versus_municipality == pytest.approx(-5.0)
    assert data.rows[0].versus_country == pytest.approx(-2.0)
    assert data.rows[3].n is None
    assert data.municipality_value == 25.0 and data.country_value == 22.0


def test_the_small_group_threshold_follows_the_programmes_surveys(programme, mapped):
    Survey.objects.create(programme=programme, title="Peiling", audience="residents", min_cell=150)
    data = selectors.map_data(indicator=mapped["indicator"], period=2025)
    assert data.threshold == 150
    assert [row.value for row in data.rows] == [None, None, None, None]
    assert data.municipality_value == 25.0


def test_one_hidden_area_hides_a_second_so_it_cannot_be_worked_out(programme, mapped):
    """The municipality's figure and base, less the other districts' figures and bases,
    would give the one hidden district's figure: the shown one with the smallest base goes
    too. With no small group, nothing is hidden."""
    data = selectors.map_data(indicator=mapped["indicator"], period=2025)
    assert {row.area.name for row in data.rows if row.value is None} == {"Zuid", "West"}
    zuid = mapped["districts"][2]
    zuid.values.update(n=40)
    data = selectors.map_data(indicator=mapped["indicator"], period=2025)
    assert all(row.value is not None for row in data.rows)


def test_the_svg_colours_darker_for_better_and_hatches_no_data(programme, mapped):
    data = selectors.map_data(indicator=mapped["indicator"], period=2025)
    chart = drawing.choropleth(data)
    fills = {path["title"]: path["fill"] for path in chart["paths"]}
    assert fills["Oost (WK990102): 20%"] == drawing.PALETTE[-1]  # lowest is best: darkest
    assert fills["Noord (WK990101): 30%"] == drawing.PALETTE[0]
    assert fills[f"Zuid (WK990103): {_('no data')}"] == drawing.NO_DATA
    assert "Oost (20%)" in chart["description"]
    assert chart["paths"][0]["d"].startswith("M") and chart["paths"][0]["d"].endswith("Z")
    # Four squares of 0.02 degrees side by side, drawn as wide as they are on the ground.
    ground = 0.08 * math.cos(math.radians(52.21))
    inner = drawing.WIDTH - 2 * drawing.PADDING
    assert chart["height"] == pytest.approx(inner * 0.02 / ground + 2 * drawing.PADDING, rel=0.01)


def test_squares_stay_square_in_both_projections():
    lat = 52.2
    wgs = {1: {"type": "Polygon", "coordinates": _square(6, lat, 0.01)}}
    rings, _height = drawing.project(wgs)
    xs = [p[0] for p in rings[1][0]]
    ys = [p[1] for p in rings[1][0]]
    assert (max(xs) - min(xs)) / (max(ys) - min(ys)) == pytest.approx(
        math.cos(math.radians(lat + 0.005)), rel=0.01
    )
    rd = {1: {"type": "Polygon", "coordinates": _square(200000, 470000, 500)}}
    rings, height = drawing.project(rd)
    xs = [p[0] for p in rings[1][0]]
    assert max(xs) - min(xs) == pytest.approx(height - 2 * drawing.PADDING)


def test_simplification_keeps_the_shape_and_drops_points():
    steps = [t / 500 * 2 * math.pi for t in range(500)]
    circle = [[math.cos(t) * 100, math.sin(t) * 100] for t in steps]
    circle.append(circle[0])
    simple = drawing.simplify(circle, 0.4)
    assert 20 < len(simple) < 200
    assert simple[0] == simple[-1]
    # Where points were dropped, the chord stays within the tolerance of the circle.
    for (ax, ay), (bx, by) in zip(simple, simple[1:], strict=False):
        middle = math.hypot((ax + bx) / 2, (ay + by) / 2)
        assert 100 - middle <= 0.4 + 1e-9


def test_map_page_validates_its_choices(client, programme, members, mapped):
    client.force_login(members[Role.VIEWER])
    url = reverse("monitoring:map", args=[programme.slug])
    page = _text(client.get(url))
    assert _title(2025) in page and _("no data") in page
    assert "<title>Oost (WK990102): 20%</title>" in page
    assert "−5" in page  # Oost against the municipality
    earlier = _text(client.get(url, {"jaar": "2024"}))
    assert _title(2024) in earlier
    for params in ({"jaar": "1900"}, {"indicator": "x"}, {"doelgroep": "9" * 30}):
        response = client.get(url, params)
        assert response.status_code == 200
        assert _title(2025) in _text(response)


def test_map_of_a_target_group(client, programme, members, mapped):
    group = TargetGroupFactory(programme=programme, name="Ouderen")
    noord = mapped["districts"][0]
    IndicatorValueFactory(
        indicator=mapped["indicator"], area=noord, period=2025, target_group=group, value=40.0
    )
    data = selectors.map_data(indicator=mapped["indicator"], period=2025, target_group=group)
    assert [row.value for row in data.rows if row.value is not None] == [40.0]
    client.force_login(members[Role.VIEWER])
    page = client.get(reverse("monitoring:map", args=[programme.slug]), {"doelgroep": group.pk})
    assert "(Ouderen)" in page.content.decode()


def test_empty_map_says_so(client, programme, members):
    client.force_login(members[Role.VIEWER])
    page = client.get(reverse("monitoring:map", args=[programme.slug]))
    assert _text_of(
        "No indicator has figures for areas yet. When figures per district or neighbourhood "
        "are in, they show here on the map."
    ) in _text(page)


@pytest.mark.parametrize("role", Role.values)
def test_who_may_manage_areas(client, programme, members, municipality, role):
    client.force_login(members[role])
    slug = programme.slug
    allowed = role in (Role.PROJECT_TEAM, Role.ANALYST)
    assert client.get(reverse("monitoring:areas", args=[slug])).status_code == 200
    assert client.get(reverse("monitoring:map", args=[slug])).status_code == 200
    for name, args in (
        ("monitoring:area-create", []),
        ("monitoring:area-edit", [municipality.pk]),
        ("monitoring:area-delete", [municipality.pk]),
        ("monitoring:area-shapes", []),
    ):
        status = client.get(reverse(name, args=[slug, *args])).status_code
        assert status == (200 if allowed else 403), name
    page = _text(client.get(reverse("monitoring:areas", args=[slug])))
    assert (_("Add an area") in page) == allowed


def test_names_sit_in_the_middle_of_their_areas_and_read_on_their_colour():
    from samenspel.monitoring.maps import drawing

    square = [[[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0]]]
    assert drawing.label_point(square) == pytest.approx((5.0, 5.0))
    assert drawing.text_colour(drawing.PALETTE[-1]) == "#ffffff"  # the darkest blue
    assert drawing.text_colour(drawing.PALETTE[0]) == "#000000"
    assert drawing.text_colour(drawing.NO_DATA) == "#000000"
