"""Indicators in a real browser: from the navigation to the list, an indicator's page with its
trend chart and data table, a figure added by hand, and the impact page with a comparison.
axe-core on each page, at laptop and phone width."""

import pytest

from samenspel.conftest import PASSWORD
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring.models import AreaLevel
from samenspel.monitoring.tests.factories import (
    AreaFactory,
    IndicatorFactory,
    IndicatorValueFactory,
)

from .conftest import assert_accessible, log_in, screenshot

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def indicator(programme):
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    indicator = IndicatorFactory(
        programme=programme,
        code="eenzaam",
        name="Inwoners die zich eenzaam voelen",
        definition="Aandeel volwassenen dat zich (zeer) eenzaam voelt, volgens de gezondheidsmonitor.",
        unit="%",
        direction="lower",
        source="GGD Gezondheidsmonitor",
        baseline_period=2018,
        target_value=9,
        target_period=2026,
    )
    indicator.goals.add(goal)
    IndicatorFactory(programme=programme, name="Bezoekers koffieochtenden", kind="how_much")
    municipality = AreaFactory(
        programme=programme, code="GM9999", name="Brinkeveld", level=AreaLevel.MUNICIPALITY
    )
    for year, value in zip(range(2018, 2024), [14.2, 13.8, 13.1, 12.9, 12.0, 11.6], strict=True):
        IndicatorValueFactory(indicator=indicator, area=municipality, period=year, value=value)
    villages = ["Heggenrade", "Oosterlinde", "Veldhoven", "Brinkhorst", "Zandwijk"]
    rises = [-2.5, -2.1, -0.4, -0.6, -0.2]
    for index, (name, rise) in enumerate(zip(villages, rises, strict=True)):
        village = AreaFactory(programme=programme, code=f"WK99990{index}", name=name)
        start = 13 + index * 0.7
        for year in range(2018, 2024):
            after = rise if year >= 2022 else 0
            wobble = 0.1 * ((year + index) % 3)
            IndicatorValueFactory(
                indicator=indicator, area=village, period=year, value=start + after + wobble
            )
    return indicator


def test_indicators_list_detail_value_and_impact(page, phone_page, programme, members, indicator):
    log_in(page, "project_team", PASSWORD)
    page.wait_for_url("**/p/brinkeveld/")
    page.get_by_role("link", name="Monitoring").first.click()
    page.wait_for_url("**/dashboard/")
    page.get_by_role("navigation", name="Onderdelen van monitoring").get_by_role(
        "link", name="Indicatoren"
    ).click()
    page.wait_for_url("**/indicatoren/")
    assert page.get_by_role("link", name="Inwoners die zich eenzaam voelen").is_visible()
    assert_accessible(page, "indicator list")
    screenshot(page, "monitoring-indicator-list")

    page.get_by_role("link", name="Inwoners die zich eenzaam voelen").click()
    page.wait_for_url(f"**/indicatoren/{indicator.pk}/")
    chart = page.locator("svg[role=img]")
    assert chart.is_visible()
    assert "2024" in chart.locator("desc").text_content()  # the forecast year
    assert_accessible(page, "indicator page")
    screenshot(page, "monitoring-indicator-detail")

    page.locator(f"a[href$='/indicatoren/{indicator.pk}/waarden/nieuw/']").click()
    page.wait_for_url("**/waarden/nieuw/")
    assert_accessible(page, "value form")
    screenshot(page, "monitoring-value-form")
    page.locator("#id_period").fill("2024")
    page.locator("#id_area").select_option(label="Brinkeveld (gemeente)")
    page.locator("#id_value").fill("11,2")
    page.locator("#id_n").fill("900")
    page.locator("button[type=submit].utrecht-button--primary-action").click()
    page.wait_for_url(f"**/indicatoren/{indicator.pk}/")
    assert indicator.values.filter(period=2024, value=11.2).exists()

    page.goto("/p/brinkeveld/indicatoren/nieuw/")
    page.locator("button[type=submit].utrecht-button--primary-action").click()
    assert page.locator(".utrecht-form-field-error-message").first.is_visible()
    assert_accessible(page, "indicator form with errors")
    screenshot(page, "monitoring-indicator-form")

    page.goto(
        f"/p/brinkeveld/indicatoren/{indicator.pk}/effect/"
        "?behandeld=WK999900&behandeld=WK999901&voor=2021&na=2022"
    )
    assert page.locator("#impact-result").is_visible()
    assert_accessible(page, "impact page")
    screenshot(page, "monitoring-impact")

    log_in(phone_page, "viewer", PASSWORD)
    phone_page.wait_for_url("**/p/brinkeveld/")
    phone_page.goto(f"/p/brinkeveld/indicatoren/{indicator.pk}/")
    assert phone_page.locator("svg[role=img]").is_visible()
    assert_accessible(phone_page, "indicator page on a phone")
    screenshot(phone_page, "monitoring-indicator-detail-phone")
    phone_page.goto("/p/brinkeveld/indicatoren/")
    assert_accessible(phone_page, "indicator list on a phone")
    screenshot(phone_page, "monitoring-indicator-list-phone")
    phone_page.goto(
        f"/p/brinkeveld/indicatoren/{indicator.pk}/effect/"
        "?behandeld=WK999900&behandeld=WK999901&voor=2021&na=2022"
    )
    assert_accessible(phone_page, "impact page on a phone")
    screenshot(phone_page, "monitoring-impact-phone")
