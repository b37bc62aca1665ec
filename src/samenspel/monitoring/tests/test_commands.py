"""`samenspel indicators trend` and `samenspel impact`: plain text, JSON, and Dutch errors."""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from samenspel.monitoring.models import AreaLevel

from .factories import AreaFactory, IndicatorFactory, IndicatorValueFactory


@pytest.fixture
def indicator(programme):
    indicator = IndicatorFactory(programme=programme, code="eenzaam", unit="%")
    municipality = AreaFactory(programme=programme, code="GM9999", level=AreaLevel.MUNICIPALITY)
    for year, value in zip(range(2018, 2023), [10, 12, 13, 15, 16], strict=True):
        IndicatorValueFactory(indicator=indicator, area=municipality, period=year, value=value)
    districts = [AreaFactory(programme=programme, code=f"WK99990{i}") for i in range(4)]
    # Districts 0 and 1 rise by 4.5 on average after 2020, the others by 1.
    panel = [(1, 5), (2, 7), (1, 2), (2, 3)]
    for district, (before, after) in zip(districts, panel, strict=True):
        IndicatorValueFactory(indicator=indicator, area=district, period=2019, value=before)
        IndicatorValueFactory(indicator=indicator, area=district, period=2022, value=after)
    return indicator


def _run(*args) -> str:
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_trend_prints_slope_and_forecast(indicator):
    text = _run(
        "indicators", "trend", "--programme", indicator.programme.slug, "--indicator", "eenzaam"
    )
    assert "Verandering per jaar: 1,50 %" in text
    assert "Verwachting 2023: 17,70 %" in text
    data = json.loads(
        _run(
            "indicators",
            "trend",
            "--programme",
            indicator.programme.slug,
            "--indicator",
            "eenzaam",
            "--json",
        )
    )
    assert data["slope"] == pytest.approx(1.5)
    low, high = data["forecast"]["prediction_interval"]
    assert low < 17.7 < high


def test_impact_prints_the_estimate_with_clustered_error(indicator):
    slug = indicator.programme.slug
    args = [
        "impact",
        "--programme",
        slug,
        "--indicator",
        "eenzaam",
        "--treated",
        "WK999900,wk999901",
    ]
    text = _run(*args, "--before", "2019", "--after", "2022")
    assert "Effect (verschil in verschillen): 3,50 procentpunt" in text  # a share: points
    assert "Met maar" in text  # four areas: the errors are too narrow to trust
    assert "Eenheden: 4 (2 behandeld, 2 ter vergelijking)" in text
    data = json.loads(_run(*args, "--before", "2019", "--after", "2022", "--json"))
    assert data["estimate"] == pytest.approx(3.5)
    assert data["units"] == 4
    assert data["interval_95"][0] < 3.5 < data["interval_95"][1]


def test_commands_refuse_bad_input_in_dutch(indicator):
    slug = indicator.programme.slug
    with pytest.raises(CommandError, match="bestaat niet"):
        _run("indicators", "trend", "--programme", slug, "--indicator", "onbekend")
    with pytest.raises(CommandError, match="geen jaar"):
        _run(
            "impact",
            "--programme",
            slug,
            "--indicator",
            "eenzaam",
            "--treated",
            "WK999900",
            "--before",
            "twintig",
            "--after",
            "2022",
        )
    with pytest.raises(CommandError, match="WK000000"):
        _run(
            "impact",
            "--programme",
            slug,
            "--indicator",
            "eenzaam",
            "--treated",
            "WK000000",
            "--before",
            "2019",
            "--after",
            "2022",
        )
    with pytest.raises(CommandError):
        _run(
            "impact",
            "--programme",
            slug,
            "--indicator",
            "eenzaam",
            "--treated",
            "WK999900",
            "--before",
            "2019",
            "--after",
            "2022",
        )
