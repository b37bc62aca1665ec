"""The project team uploads the districts' shapes, checks them and applies them; a viewer reads
an indicator as a map with its table, on a laptop and a phone."""

from pathlib import Path

import pytest
from django.utils import translation
from playwright.sync_api import expect

from samenspel.conftest import PASSWORD
from samenspel.monitoring.models import AreaLevel, Direction
from samenspel.monitoring.tests.factories import (
    AreaFactory,
    IndicatorFactory,
    IndicatorValueFactory,
)

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


def nl(message: str) -> str:
    """A text as the Dutch pages show it."""
    with translation.override("nl"):
        return translation.gettext(message)


DATA = Path(__file__).resolve().parents[2] / "monitoring" / "tests" / "data"


@pytest.fixture
def areas(programme):
    municipality = AreaFactory(
        programme=programme, code="GM9901", name="Brinkeveld", level=AreaLevel.MUNICIPALITY
    )
    AreaFactory(programme=programme, code="NL01", name="Nederland", level=AreaLevel.COUNTRY)
    AreaFactory(programme=programme, code="WK990101", name="Dorpskern", parent=municipality)
    return municipality


def test_the_team_uploads_shapes_and_a_viewer_reads_the_map(
    page, phone_page, programme, members, areas
):
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.goto(f"/p/{programme.slug}/gebieden/vormen/")
    assert_accessible(page, "area-shapes-upload")
    page.get_by_label(nl("GeoJSON file")).set_input_files(str(DATA / "wijken_wgs84.geojson"))
    page.get_by_role("button", name=nl("Check file")).click()
    page.wait_for_url("**/gebieden/vormen/*/")
    expect(page.get_by_role("table", name=nl("Shapes in the file"))).to_be_visible()
    assert_accessible(page, "area-shapes-preview")
    screenshot(page, "area-shapes-preview")
    page.get_by_role("button", name=nl("Apply shapes")).click()
    page.wait_for_url("**/gebieden/")
    expect(page.get_by_role("cell", name="WK990103")).to_be_visible()
    assert_accessible(page, "areas")
    screenshot(page, "areas")
    haven = programme.areas.get(code="WK990103")
    for path, name in (
        ("nieuw/", "area-create"),
        (f"{haven.pk}/bewerken/", "area-edit"),
        (f"{haven.pk}/verwijderen/", "area-delete"),
    ):
        page.goto(f"/p/{programme.slug}/gebieden/{path}")
        assert_accessible(page, name)

    indicator = IndicatorFactory(programme=programme, name="Voelt zich eenzaam", unit="%")
    indicator.direction = Direction.LOWER
    indicator.save()
    district_values = {"WK990101": (31.5, 140), "WK990102": (24.0, 90), "WK990103": (18.2, 6)}
    for area in programme.areas.all():
        if area.code in district_values:
            value, n = district_values[area.code]
        else:
            value, n = {"GM9901": (26.0, 400), "NL01": (22.4, None)}[area.code]
        IndicatorValueFactory(indicator=indicator, area=area, period=2025, value=value, n=n)

    for browser_page, name in ((page, "monitoring-map"), (phone_page, "monitoring-map-phone")):
        if browser_page is phone_page:
            log_in(phone_page, "viewer", PASSWORD)
            phone_page.wait_for_url("**/p/brinkeveld/")
        browser_page.goto(f"/p/{programme.slug}/kaart/")
        title = nl("%(indicator)s per area, %(period)s") % {
            "indicator": "Voelt zich eenzaam",
            "period": 2025,
        }
        expect(browser_page.get_by_role("img", name=title)).to_be_visible()
        table = browser_page.get_by_role("table", name=title)
        expect(table.get_by_role("rowheader", name="Buitengebied")).to_be_visible()
        # De Haven rests on six people; Buitengebied, the next smallest, is hidden with it so
        # that De Haven cannot be worked out from the municipality's figure.
        expect(table.get_by_text(nl("no data"))).to_have_count(2)
        expect(table.get_by_text("31,5%")).to_be_visible()
        assert browser_page.locator("svg[role=img] path").count() == 3
        assert_accessible(browser_page, name)
        screenshot(browser_page, name)
