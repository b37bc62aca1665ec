"""Survey results per goal for the evaluation report's snapshot: the questions that measure a
goal with their latest results, as the goal's page shows them, small groups hidden by the
surveys' own disclosure control. In Dutch, as plain values for the snapshot."""

from .figures import number


def goals_measured(*, programme) -> set[int]:
    """The goals that survey questions of the programme measure."""
    from samenspel.surveys.models import Question

    return set(
        Question.objects.filter(
            section__survey__programme=programme, goals__isnull=False
        ).values_list("goals", flat=True)
    )


def _ready(blocks) -> bool:
    """A report is built in the background: the disclosure a page would wait for is computed
    here and now, for the latest wave and the one before it."""
    from samenspel.surveys.analysis import protection
    from samenspel.surveys.analysis.selectors import previous_wave

    pending = [block["wave"] for block in blocks if block.get("pending")]
    for wave in pending:
        protection.wave_disclosure(wave=wave)
        earlier = previous_wave(wave)
        if earlier is not None:
            earlier.survey = wave.survey
            protection.wave_disclosure(wave=earlier)
    return not pending


def _result(result) -> str:
    if result.mean is not None:
        return (
            f"gemiddeld {number(result.mean, 2)} (95%-interval {number(result.mean_lower, 2)} "
            f"tot {number(result.mean_upper, 2)})"
        )
    if result.base_too_small or result.withheld:
        return "te weinig antwoorden om te tonen"
    shares = [
        f"{row.label} {number(row.percent)}%" for row in result.rows if row.percent is not None
    ]
    return "; ".join(shares) or "te weinig antwoorden om te tonen"


def _change(change) -> str:
    if change is None:
        return "–"
    verdict = "een significant verschil" if change.significant else "geen significant verschil"
    return (
        f"{number(change.difference, 2)} (95%-interval {number(change.lower, 2)} tot "
        f"{number(change.upper, 2)}): {verdict}"
    )


def survey_figures(*, goal) -> list[dict]:
    """Per survey measuring the goal: its latest wave, the one before, and per question the
    base, the result and the change since the wave before where it may be shown."""
    from samenspel.surveys.analysis.selectors import goal_results

    blocks = goal_results(goal=goal)
    if not _ready(blocks):
        blocks = goal_results(goal=goal)
    figures = []
    for block in blocks:
        if block.get("pending") or block["wave"] is None:
            continue
        rows = [
            {
                "question": result.question.text + (f": {result.item}" if result.item else ""),
                "n": result.base,
                "result": _result(result),
                "change": _change(result.change),
            }
            for result in block["results"]
            if not result.text_answers
        ]
        rows += [
            {"question": q.text, "n": None, "result": "te weinig antwoorden om te tonen"}
            | {"change": "–"}
            for q in block["without_result"]
        ]
        earlier = block.get("earlier")
        figures.append(
            {
                "survey": block["survey"].title,
                "wave": block["wave"].name,
                "earlier": earlier.name if earlier is not None else "",
                "rows": rows,
            }
        )
    return figures
