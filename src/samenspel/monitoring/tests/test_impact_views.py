"""The impact page: difference in differences between the areas where the approach ran and
the others, its words on the strength of the evidence, per target group where the data has
it, and Dutch messages for every question it cannot answer."""

import pytest
from django.urls import reverse
from django.utils.translation import gettext as _

from samenspel.core.models import Role
from samenspel.monitoring.analysis import indicator_impact_by_group
from samenspel.stakeholders.tests.factories import TargetGroupFactory

from .factories import AreaFactory, IndicatorFactory, IndicatorValueFactory

pytestmark = pytest.mark.django_db

# Before and after per district: the first two (where the approach ran) rise by about 4,
# the others by about 1, with a little noise so that the errors are not zero.
PANEL = [(10, 14.2), (12, 15.8), (11, 12.1), (13, 13.9), (9, 10.2)]


@pytest.fixture
def indicator(programme):
    indicator = IndicatorFactory(programme=programme, name="Buren kennen", by_target_group=True)
    districts = [
        AreaFactory(programme=programme, code=f"WK00010{i}", name=f"Dorp {i}") for i in range(5)
    ]
    for district, (before, after) in zip(districts, PANEL, strict=True):
        IndicatorValueFactory(indicator=indicator, area=district, period=2019, value=before)
        IndicatorValueFactory(indicator=indicator, area=district, period=2020, value=before + 0.1)
        IndicatorValueFactory(indicator=indicator, area=district, period=2023, value=after)
    return indicator


def _url(programme, indicator):
    return reverse("monitoring:impact", args=[programme.slug, indicator.pk])


def _ask(client, programme, indicator, **params):
    query = {"behandeld": ["WK000100", "WK000101"], "voor": "2020", "na": "2023", **params}
    return client.get(_url(programme, indicator), query)


def test_form_without_question_shows_no_result(client, programme, members, indicator):
    client.force_login(members[Role.VIEWER])
    response = client.get(_url(programme, indicator))
    assert response.status_code == 200
    content = response.content.decode()
    assert "Dorp 0" in content and 'id="impact-result"' not in content


def test_result_shows_estimate_interval_units_and_sentence(client, programme, members, indicator):
    client.force_login(members[Role.VIEWER])
    content = _ask(client, programme, indicator).content.decode()
    assert 'id="impact-result"' in content
    assert _("Standard error (clustered by area)") in content
    assert "5 (2" in content or "5 (" in content  # five areas, two where it ran
    assert any(
        words in content
        for words in (_("Strong evidence"), _("Some evidence"), _("No demonstrable effect"))
    )
    assert _("There are no figures per target group to compare.") in content
    # Five areas are too few for clustered errors to be trusted: the page says so.
    assert "Met maar 5 gebieden" in content or "With only 5 areas" in content


def test_errors_are_messages_on_the_form(client, programme, members, indicator):
    client.force_login(members[Role.VIEWER])
    content = _ask(client, programme, indicator, voor="2023", na="2019").content.decode()
    assert _("The year after must come later than the year before.") in content
    content = _ask(client, programme, indicator, behandeld=["WK000100"]).content.decode()
    # One treated area: the analysis refuses, the page says why.
    assert "Te weinig" in content or _("Too few areas") in content
    content = _ask(client, programme, indicator, behandeld=["GM0000"], voor="x").content.decode()
    assert _("Choose areas from the list.") in content
    assert _("Choose a year from the list.") in content
    for odd in ("a\x00b", "9" * 40, "-inf"):
        assert _ask(client, programme, indicator, voor=odd, na=odd).status_code == 200


def test_per_target_group_hides_small_and_thin_groups(client, programme, members, indicator):
    young, old, few = (
        TargetGroupFactory(programme=programme, name=name)
        for name in ("Jongeren", "Ouderen", "Weinigen")
    )
    districts = list(programme.areas.order_by("code"))
    for index, district in enumerate(districts):
        before, after = PANEL[index]
        for period, value in ((2019, before), (2020, before + 0.2), (2023, after)):
            IndicatorValueFactory(
                indicator=indicator,
                area=district,
                target_group=young,
                period=period,
                value=value + index % 2,
                n=40,
            )
            IndicatorValueFactory(
                indicator=indicator,
                area=district,
                target_group=few,
                period=period,
                value=value,
                n=3,
            )
    # The old only in two districts: too few areas on a side.
    for district in districts[:2]:
        for period in (2019, 2023):
            IndicatorValueFactory(
                indicator=indicator, area=district, target_group=old, period=period, value=5, n=50
            )
    groups = {
        group.target_group.name: group.reason
        for group in indicator_impact_by_group(
            indicator=indicator,
            treated_codes=["WK000100", "WK000101"],
            before=2020,
            after=2023,
            min_n=10,
        )
    }
    assert groups == {"Jongeren": "", "Ouderen": "too_few", "Weinigen": "small"}
    client.force_login(members[Role.VIEWER])
    content = _ask(client, programme, indicator).content.decode()
    assert "Jongeren" in content
    assert "Weinigen" not in content and "Ouderen" not in content


@pytest.mark.parametrize("role", [Role.VIEWER, Role.PARTNER, Role.LEAD, Role.ANALYST])
def test_every_member_reads(client, programme, members, indicator, role):
    client.force_login(members[role])
    assert _ask(client, programme, indicator).status_code == 200


def test_outsider_finds_nothing(client, programme, outsider, indicator, other_programme):
    client.force_login(outsider)
    assert client.get(_url(programme, indicator)).status_code == 404
    url = reverse("monitoring:impact", args=[other_programme.slug, indicator.pk])
    assert client.get(url).status_code == 404


def test_a_share_changes_in_percentage_points_and_many_areas_carry_no_caveat():
    from types import SimpleNamespace

    from samenspel.monitoring.impact.evidence import evidence_sentence

    indicator = SimpleNamespace(unit="%", higher_is_better=False)
    estimate = SimpleNamespace(
        estimate=-4.4, lower=-5.0, upper=-3.8, evidence="clear", n_treated=6, n_control=6
    )
    text = evidence_sentence(indicator, estimate)
    assert _("percentage points") in text and "%" not in text.split("(")[0]
    assert "Met maar" not in text and "With only" not in text
    estimate.n_control = 3
    assert "9" in evidence_sentence(indicator, estimate).split(")")[-1]


def test_an_area_with_a_small_figure_is_left_out_whole(client, programme, members, indicator):
    """From the means with and without it, a hidden figure could be solved for."""
    from samenspel.monitoring.analysis import indicator_impact

    district = programme.areas.get(code="WK000104")
    district.values.filter(period=2023).update(value=99.0, n=4)
    result = indicator_impact(
        indicator=indicator, treated_codes=["WK000100", "WK000101"], before=2020, after=2023
    )
    assert result.left_out == 1
    assert (result.estimate.n_treated, result.estimate.n_control) == (2, 2)
    assert result.estimate.means[(False, True)] == pytest.approx((12.1 + 13.9) / 2)
    client.force_login(members[Role.VIEWER])
    content = _ask(client, programme, indicator).content.decode()
    assert "99" not in content
    assert "One area is left out" in content or "gebied is weggelaten" in content


def test_a_figure_without_n_counts_and_the_threshold_is_the_programmes(programme, indicator):
    from samenspel.monitoring.analysis import indicator_impact
    from samenspel.surveys.models import Survey

    question = {"treated_codes": ["WK000100", "WK000101"], "before": 2020, "after": 2023}
    assert indicator_impact(indicator=indicator, **question).left_out == 0
    programme.areas.get(code="WK000104").values.filter(period=2023).update(n=15)
    assert indicator_impact(indicator=indicator, **question).left_out == 0
    Survey.objects.create(programme=programme, title="Peiling", audience="residents", min_cell=20)
    assert indicator_impact(indicator=indicator, **question).left_out == 1


def _strong(text):
    return "Strong evidence" in text or "Sterk bewijs" in text


def test_fewer_than_ten_areas_give_some_evidence_at_most():
    from types import SimpleNamespace

    from samenspel.monitoring.impact.evidence import evidence_sentence

    indicator = SimpleNamespace(unit="", higher_is_better=True)
    estimate = SimpleNamespace(
        estimate=4.0, lower=3.0, upper=5.0, evidence="clear", n_treated=5, n_control=5
    )
    assert _strong(evidence_sentence(indicator, estimate))
    estimate.n_control = 4
    text = evidence_sentence(indicator, estimate)
    assert not _strong(text)
    assert "Some evidence" in text or "Enig bewijs" in text
    assert "With only 9 areas" in text or "Met maar 9 gebieden" in text


def test_the_group_sentence_claims_no_difference_between_groups():
    from types import SimpleNamespace

    from samenspel.monitoring.impact.evidence import groups_sentence

    def group(name, estimate, evidence):
        return SimpleNamespace(
            target_group=SimpleNamespace(name=name),
            estimate=SimpleNamespace(estimate=estimate, evidence=evidence),
        )

    text = groups_sentence(None, [group("Jongeren", 4.0, "clear"), group("Ouderen", 2.0, "some")])
    assert "Jongeren" in text
    assert "is largest" not in text and "het grootst bij" not in text
    assert "not tested" in text or "niet getoetst" in text
