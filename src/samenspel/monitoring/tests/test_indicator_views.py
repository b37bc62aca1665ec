"""The indicator pages: the list with its filters, creating, editing and deleting an
indicator, its page with the trend chart and its figures, and figures by hand."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from samenspel.core.audit import AuditVerb
from samenspel.core.models import AuditEvent, Role
from samenspel.goals.tests.factories import GoalFactory
from samenspel.monitoring.charts import trend_chart_svg
from samenspel.monitoring.models import (
    AreaLevel,
    Indicator,
    IndicatorKind,
    IndicatorLevel,
    IndicatorValue,
)
from samenspel.stakeholders.tests.factories import TargetGroupFactory

from .factories import AreaFactory, IndicatorFactory, IndicatorValueFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def municipality(programme):
    return AreaFactory(programme=programme, code="GM9999", name="Brinkeveld", level="municipality")


@pytest.fixture
def indicator(programme, municipality):
    goal = GoalFactory(programme=programme, title="Minder eenzaamheid")
    indicator = IndicatorFactory(
        programme=programme,
        code="eenzaam",
        name="Eenzaamheid",
        unit="%",
        direction="lower",
        baseline_period=2018,
        target_value=8,
        target_period=2026,
    )
    indicator.goals.add(goal)
    for year, value in zip(range(2018, 2023), [14, 13, 13, 12, 11], strict=True):
        IndicatorValueFactory(indicator=indicator, area=municipality, period=year, value=value)
    return indicator


def _url(name, programme, *args):
    return reverse(f"monitoring:{name}", args=[programme.slug, *args])


def _login(client, members, role):
    client.force_login(members[role])
    return client


def test_list_shows_indicators_with_latest_figure(client, programme, members, indicator):
    response = _login(client, members, Role.VIEWER).get(_url("indicators", programme))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Eenzaamheid" in content
    assert "(2022)" in content
    # A viewer reads, but is not offered to add.
    assert _url("indicator-create", programme) not in content


def test_list_filters_by_goal_and_kind(client, programme, members, indicator):
    IndicatorFactory(programme=programme, name="Bezoekers", kind=IndicatorKind.HOW_MUCH)
    client = _login(client, members, Role.PROJECT_TEAM)
    content = client.get(_url("indicators", programme), {"soort": "how_much"}).content.decode()
    assert "Bezoekers" in content and "Eenzaamheid" not in content
    goal = indicator.goals.get()
    content = client.get(_url("indicators", programme), {"doel": goal.pk}).content.decode()
    assert "Eenzaamheid" in content and "Bezoekers" not in content
    # A choice that is no choice filters nothing, never a 500.
    response = client.get(_url("indicators", programme), {"doel": "x", "soort": "???"})
    assert response.status_code == 200


def test_empty_list_links_to_create(client, programme, members):
    content = _login(client, members, Role.PROJECT_TEAM).get(_url("indicators", programme))
    assert _url("indicator-create", programme) in content.content.decode()


def test_list_pages(client, programme, members, settings):
    settings.SAMENSPEL_PAGE_SIZE = 2
    for index in range(5):
        IndicatorFactory(programme=programme, name=f"Indicator {index}")
    client = _login(client, members, Role.VIEWER)
    content = client.get(_url("indicators", programme), {"page": 3}).content.decode()
    assert "Indicator 4" in content and "Indicator 0" not in content


def test_navigation_has_monitoring(client, programme, members):
    client = _login(client, members, Role.VIEWER)
    home = client.get(reverse("core:programme-home", args=[programme.slug])).content.decode()
    assert reverse("monitoring:dashboard", args=[programme.slug]) in home
    # From the dashboard, monitoring's parts are one click away.
    dashboard = client.get(reverse("monitoring:dashboard", args=[programme.slug])).content.decode()
    assert _url("indicators", programme) in dashboard
    assert reverse("monitoring:map", args=[programme.slug]) in dashboard


def test_create_indicator(client, programme, members):
    goal = GoalFactory(programme=programme)
    client = _login(client, members, Role.ANALYST)
    response = client.post(
        _url("indicator-create", programme),
        {
            "name": "Buren kennen",
            "code": "buren",
            "kind": "population",
            "unit": "%",
            "direction": "higher",
            "level": "district",
            "by_area": "on",
            "goals": [goal.pk],
            "baseline_period": "2020",
            "target_value": "60",
            "target_period": "2026",
        },
    )
    indicator = Indicator.objects.get(code="buren")
    assert response.status_code == 302
    assert response["Location"] == _url("indicator", programme, indicator.pk)
    assert list(indicator.goals.all()) == [goal]
    assert AuditEvent.objects.filter(verb=AuditVerb.CREATED, object_id=indicator.pk).exists()


def test_indicator_form_errors_in_dutch(client, programme, members, indicator):
    client = _login(client, members, Role.PROJECT_TEAM)
    response = client.post(
        _url("indicator-create", programme),
        {
            "name": "",
            "code": "eenzaam",
            "kind": "population",
            "direction": "higher",
            "level": "district",
            "baseline_period": "2024",
            "target_period": "2020",
            "target_value": "nan",
        },
    )
    assert response.status_code == 200
    content = response.content.decode()
    assert "Dit veld is verplicht." in content
    assert _("The target year lies before the baseline year.") in content
    assert Indicator.objects.count() == 1
    # The code is checked by the service: a second 'eenzaam' is refused on the field.
    response = client.post(
        _url("indicator-create", programme),
        {
            "name": "Nog eens",
            "code": "EENZAAM",
            "kind": "population",
            "direction": "higher",
            "level": "district",
        },
    )
    assert _("There is already an indicator with this code.") in response.content.decode()


def test_edit_indicator_keeps_its_feed(client, programme, members, indicator):
    Indicator.objects.filter(pk=indicator.pk).update(feed="actions_running")
    client = _login(client, members, Role.PROJECT_TEAM)
    page = client.get(_url("indicator-edit", programme, indicator.pk)).content.decode()
    assert 'name="feed' not in page
    response = client.post(
        _url("indicator-edit", programme, indicator.pk),
        {
            "name": "Eenzaamheid (18+)",
            "code": "eenzaam",
            "kind": "population",
            "direction": "lower",
            "level": "district",
        },
    )
    assert response.status_code == 302
    indicator.refresh_from_db()
    assert indicator.name == "Eenzaamheid (18+)"
    assert indicator.feed == "actions_running"
    assert not indicator.goals.exists()


def test_delete_indicator_asks_first(client, programme, members, indicator):
    client = _login(client, members, Role.PROJECT_TEAM)
    page = client.get(_url("indicator-delete", programme, indicator.pk))
    assert page.status_code == 200 and "5" in page.content.decode()
    assert Indicator.objects.filter(pk=indicator.pk).exists()
    response = client.post(_url("indicator-delete", programme, indicator.pk))
    assert response["Location"] == _url("indicators", programme)
    assert not Indicator.objects.filter(pk=indicator.pk).exists()
    assert not IndicatorValue.objects.exists()


def test_detail_shows_trend_chart_table_and_sentence(client, programme, members, indicator):
    response = _login(client, members, Role.VIEWER).get(_url("indicator", programme, indicator.pk))
    assert response.status_code == 200
    content = response.content.decode()
    assert "<svg" in content and "<title" in content and "<desc" in content
    assert "2023" in content  # the forecast's year
    assert "polygon" in content  # the prediction interval's band
    assert "Minder eenzaamheid" in content
    # Falling by 0.7 a year where lower is better: the right way, said as firmly as it is.
    assert _("The curve is going the right way") in content
    assert "-3" in content  # the change since the baseline year, 14 to 11


def test_detail_without_enough_figures_says_why(client, programme, members, municipality):
    indicator = IndicatorFactory(programme=programme, name="Nieuw", baseline_period=2020)
    IndicatorValueFactory(indicator=indicator, area=municipality, period=2021, value=3)
    content = (
        _login(client, members, Role.VIEWER)
        .get(_url("indicator", programme, indicator.pk))
        .content.decode()
    )
    assert "<svg" in content  # the one figure still drawn, without a trend line
    assert "polygon" not in content


def test_detail_area_choice_is_validated(client, programme, members, indicator):
    district = AreaFactory(programme=programme, name="Heggenrade")
    for year, value in [(2019, 20), (2020, 18), (2021, 15)]:
        IndicatorValueFactory(indicator=indicator, area=district, period=year, value=value)
    client = _login(client, members, Role.VIEWER)
    content = client.get(
        _url("indicator", programme, indicator.pk), {"gebied": district.pk}
    ).content.decode()
    assert "Heggenrade" in content
    for wrong in ("x", "999999", "a\x00b", "9" * 40):
        response = client.get(_url("indicator", programme, indicator.pk), {"gebied": wrong})
        assert response.status_code == 200


def test_small_figures_are_hidden(client, programme, members, indicator, municipality):
    group = TargetGroupFactory(programme=programme, name="Jongeren")
    Indicator.objects.filter(pk=indicator.pk).update(by_target_group=True)
    IndicatorValueFactory(
        indicator=indicator, area=municipality, target_group=group, period=2022, value=77.7, n=4
    )
    content = (
        _login(client, members, Role.VIEWER)
        .get(_url("indicator", programme, indicator.pk))
        .content.decode()
    )
    assert "77,7" not in content and "77.7" not in content
    assert _("hidden (small group)") in content


def test_add_value_by_hand(client, programme, members, indicator, municipality):
    client = _login(client, members, Role.PROJECT_TEAM)
    page = client.get(_url("value-create", programme, indicator.pk))
    assert page.status_code == 200
    response = client.post(
        _url("value-create", programme, indicator.pk),
        {"period": "2023", "area": municipality.pk, "value": "10,5", "n": "800", "note": "GGD"},
    )
    assert response.status_code == 302
    figure = IndicatorValue.objects.get(indicator=indicator, period=2023)
    assert (figure.value, figure.n, figure.note, figure.source) == (10.5, 800, "GGD", "manual")


def test_value_form_errors(client, programme, members, indicator, municipality):
    client = _login(client, members, Role.PROJECT_TEAM)
    url = _url("value-create", programme, indicator.pk)
    response = client.post(url, {"period": "20x", "area": "", "value": "inf", "n": "-1"})
    content = response.content.decode()
    assert response.status_code == 200
    assert _("Fill in a year, such as 2024.") in content
    assert _("Choose the area.") in content
    assert _("Fill in a number, such as 12.5.") in content
    # A figure already there is not silently replaced.
    response = client.post(url, {"period": "2020", "area": municipality.pk, "value": "1"})
    assert _("There is already a figure for this year") in response.content.decode()
    assert IndicatorValue.objects.get(indicator=indicator, period=2020).value == 13


def test_area_must_fit_the_indicator_level(client, programme, members, municipality):
    indicator = IndicatorFactory(programme=programme, level=IndicatorLevel.MUNICIPALITY)
    district = AreaFactory(programme=programme, level=AreaLevel.DISTRICT)
    client = _login(client, members, Role.PROJECT_TEAM)
    url = _url("value-create", programme, indicator.pk)
    assert f'value="{district.pk}"' not in client.get(url).content.decode()
    response = client.post(url, {"period": "2020", "area": district.pk, "value": "1"})
    assert _("Choose one of the options offered.") in response.content.decode()
    assert not IndicatorValue.objects.filter(indicator=indicator).exists()


def test_edit_value_moves_it_to_another_year(client, programme, members, indicator, municipality):
    figure = IndicatorValue.objects.get(indicator=indicator, period=2022)
    client = _login(client, members, Role.PROJECT_TEAM)
    assert client.get(_url("value-edit", programme, figure.pk)).status_code == 200
    response = client.post(
        _url("value-edit", programme, figure.pk),
        {"period": "2023", "area": municipality.pk, "value": "10"},
    )
    assert response.status_code == 302
    periods = set(IndicatorValue.objects.filter(indicator=indicator).values_list("period", flat=1))
    assert periods == {2018, 2019, 2020, 2021, 2023}


def test_delete_value_asks_first(client, programme, members, indicator):
    figure = IndicatorValue.objects.get(indicator=indicator, period=2022)
    client = _login(client, members, Role.PROJECT_TEAM)
    assert client.get(_url("value-delete", programme, figure.pk)).status_code == 200
    assert IndicatorValue.objects.filter(pk=figure.pk).exists()
    client.post(_url("value-delete", programme, figure.pk))
    assert not IndicatorValue.objects.filter(pk=figure.pk).exists()


@pytest.mark.parametrize(
    ("role", "reads", "manages"),
    [
        (Role.VIEWER, True, False),
        (Role.PARTNER, True, False),
        (Role.LEAD, True, False),
        (Role.ANALYST, True, True),
        (Role.PROJECT_TEAM, True, True),
    ],
)
def test_permissions_per_role(client, programme, members, indicator, role, reads, manages):
    figure = indicator.values.first()
    client = _login(client, members, role)
    assert client.get(_url("indicator", programme, indicator.pk)).status_code == 200
    for url in (
        _url("indicator-create", programme),
        _url("indicator-edit", programme, indicator.pk),
        _url("indicator-delete", programme, indicator.pk),
        _url("value-create", programme, indicator.pk),
        _url("value-edit", programme, figure.pk),
        _url("value-delete", programme, figure.pk),
    ):
        assert client.get(url).status_code == (200 if manages else 403)


def test_outsider_finds_nothing(client, programme, outsider, indicator, other_programme):
    client.force_login(outsider)
    assert client.get(_url("indicators", programme)).status_code == 404
    assert client.get(_url("indicator", programme, indicator.pk)).status_code == 404
    # Nor through their own programme's address.
    assert client.get(_url("indicator", other_programme, indicator.pk)).status_code == 404
    figure = indicator.values.first()
    assert client.get(_url("value-edit", other_programme, figure.pk)).status_code == 404


def test_trend_chart_svg_has_text_alternative():
    svg = trend_chart_svg(
        chart_id="t",
        title="Titel <b>",
        description="Beschrijving",
        points=[(2020, 1.0), (2021, 2.0)],
        target_value=3,
        target_period=2024,
    )
    assert svg.startswith("<svg") and 'role="img"' in svg
    assert '<title id="t-title">Titel &lt;b&gt;</title>' in svg
    assert trend_chart_svg(chart_id="e", title="", description="", points=[]) == ""


def test_change_since_baseline_carries_its_interval(client, programme, members, municipality):
    indicator = IndicatorFactory(programme=programme, baseline_period=2020)
    for year, value, lower, upper in [
        (2020, 40.0, 38.0, 42.0),
        (2021, 42.0, 40, 44),
        (2022, 45.0, 43.0, 47.0),
    ]:
        IndicatorValueFactory(
            indicator=indicator,
            area=municipality,
            period=year,
            value=value,
            lower=lower,
            upper=upper,
        )
    content = (
        _login(client, members, Role.VIEWER)
        .get(_url("indicator", programme, indicator.pk))
        .content.decode()
    )
    # 5 with a standard error of about 1.02 on each side: 5 ± 1.96 · 1.44, so 2.17 to 7.83.
    assert "5,00" in content and "2,17" in content and "7,83" in content


def _cell(text) -> str:
    return f'<td class="utrecht-table__cell utrecht-table__cell--numeric">{text}</td>'


def test_a_hidden_figure_prints_neither_its_n_nor_its_note(
    client, programme, members, indicator, municipality
):
    group = TargetGroupFactory(programme=programme, name="Jongeren")
    IndicatorValueFactory(
        indicator=indicator,
        area=municipality,
        target_group=group,
        period=2022,
        value=77.7,
        n=4,
        note="Vier jongeren uit de Dorpsstraat",
    )
    content = (
        _login(client, members, Role.VIEWER)
        .get(_url("indicator", programme, indicator.pk))
        .content.decode()
    )
    assert _cell(4) not in content
    assert "Dorpsstraat" not in content


def test_the_threshold_is_the_programmes_smallest_group(
    client, programme, members, indicator, municipality
):
    from samenspel.surveys.models import Survey

    group = TargetGroupFactory(programme=programme, name="Jongeren")
    IndicatorValueFactory(
        indicator=indicator, area=municipality, target_group=group, period=2022, value=77.7, n=15
    )
    IndicatorValueFactory(
        indicator=indicator, area=municipality, target_group=None, period=2023, value=9.9
    )
    client = _login(client, members, Role.VIEWER)
    content = client.get(_url("indicator", programme, indicator.pk)).content.decode()
    assert "77,7" in content or "77.7" in content
    Survey.objects.create(programme=programme, title="Peiling", audience="residents", min_cell=20)
    content = client.get(_url("indicator", programme, indicator.pk)).content.decode()
    assert "77,7" not in content and "77.7" not in content and _cell(15) not in content
    # A figure without n is no sample: it stays.
    assert "9,9" in content or "9.9" in content


def test_a_partner_sees_organisation_figures_only_of_its_own(client, programme, members):
    from samenspel.stakeholders.tests.factories import OrganisationFactory, PersonFactory

    indicator = IndicatorFactory(
        programme=programme, name="Bereik", level=IndicatorLevel.ORGANISATION
    )
    own = OrganisationFactory(programme=programme, name="Eigen Welzijn")
    other = OrganisationFactory(programme=programme, name="Andere Zorg")
    PersonFactory(programme=programme, organisation=own, user=members[Role.PARTNER])
    IndicatorValueFactory(indicator=indicator, area=None, organisation=own, note="eigen notitie")
    IndicatorValueFactory(indicator=indicator, area=None, organisation=other, note="hun notitie")
    url = _url("indicator", programme, indicator.pk)
    content = _login(client, members, Role.PARTNER).get(url).content.decode()
    assert "Eigen Welzijn" in content and "eigen notitie" in content
    assert "Andere Zorg" not in content and "hun notitie" not in content
    content = _login(client, members, Role.PROJECT_TEAM).get(url).content.decode()
    assert "Andere Zorg" in content and "hun notitie" in content


def test_the_target_is_not_called_met_without_a_clear_trend():
    from types import SimpleNamespace

    from samenspel.monitoring.indicators.trend import turning_sentence

    indicator = SimpleNamespace(higher_is_better=True, unit="", target_value=10, target_period=2026)

    def trend(lower, upper):
        return SimpleNamespace(
            slope=(lower + upper) / 2, slope_lower=lower, slope_upper=upper, at=lambda _p: 12.0
        )

    def met(text):
        return "zou gehaald worden" in text or "would be met" in text

    assert met(turning_sentence(indicator, trend(0.2, 1.0)))
    unclear = turning_sentence(indicator, trend(-0.5, 1.0))
    assert not met(unclear)
    assert "geen duidelijke trend naar" in unclear or "no clear trend toward" in unclear
    assert not met(turning_sentence(indicator, trend(-1.0, -0.2)))
