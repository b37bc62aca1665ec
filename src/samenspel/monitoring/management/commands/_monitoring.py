"""What the monitoring commands share: finding the programme and indicator, Dutch numbers."""

from django.core.management.base import CommandError

from samenspel.core.models import Programme
from samenspel.monitoring.models import Indicator


def programme_and_indicator(slug: str, code: str) -> tuple[Programme, Indicator]:
    try:
        programme = Programme.objects.get(slug=slug)
    except Programme.DoesNotExist as exc:
        raise CommandError(f"Programma '{slug}' bestaat niet.") from exc
    indicator = programme.indicators.filter(code__iexact=code).first()
    if indicator is None:
        raise CommandError(f"Indicator '{code}' bestaat niet in programma '{slug}'.")
    return programme, indicator


def dutch(number: float, digits: int = 2) -> str:
    return f"{number:.{digits}f}".replace(".", ",")


def year(text: str) -> int:
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise CommandError(f"'{text}' is geen jaar (zoals 2021).")
    return int(text)
