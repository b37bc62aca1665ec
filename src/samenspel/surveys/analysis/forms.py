"""The weighting form: population targets per answer of the background questions, typed as a
civil servant finds them (shares, percentages or counts, Dutch or English notation)."""

import math
import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin

# "12.345" and "1.234.567" are Dutch thousands; "0.6" and "12.5" are decimals.
DUTCH_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")
PERCENT_TOLERANCE = 0.5  # rounded percentages from a table may add up to 99.9 or 100.1
SHARE_TOLERANCE = 0.005


def parse_target(text: str) -> tuple[float, bool]:
    """A target as a number and whether it was written as a percentage ("60%", "60 %")."""
    value = text.strip().replace("\u00a0", "").replace(" ", "")
    percent = value.endswith("%")
    value = value.removesuffix("%")
    if "," in value and "." in value:
        value = value.replace(".", "").replace(",", ".")
    elif "," in value:
        value = value.replace(",", ".")
    elif DUTCH_THOUSANDS.match(value):
        value = value.replace(".", "")
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    # float() also reads "nan", "inf" and "1e999": no population figure, and no JSON either.
    if not math.isfinite(number):
        raise ValidationError(_("Fill in a number, such as 60%, 0,6 or 12.345."))
    if number < 0:
        raise ValidationError(_("Fill in a number of at least 0."))
    return number, percent


class WeightingForm(StyledFormMixin, forms.Form):
    """One field per answer of each background question, named ``<code>__<value>``. A question
    left empty is no margin; a question filled in must be filled in for every answer."""

    show_optional = False  # every answer is optional until its question is filled in

    def __init__(self, *args, questions, existing: dict[int, dict], **kwargs):
        super().__init__(*args, **kwargs)
        self.questions = list(questions)
        for question in self.questions:
            stored = existing.get(question.pk, {})
            total = sum(float(target) for target in stored.values())
            for choice in question.choices:
                name = self.field_name(question, choice["value"])
                self.fields[name] = forms.CharField(
                    label=choice["label"],
                    required=False,
                    max_length=30,
                    initial=_shown(stored.get(str(choice["value"])), total),
                )
                self.fields[name].widget.attrs.update(
                    {"inputmode": "decimal", "class": "utrecht-textbox samenspel-number"}
                )

    @staticmethod
    def field_name(question, value) -> str:
        return f"{question.code}__{value}"

    def groups(self) -> list[dict]:
        """The fields per question, as the page shows them."""
        return [
            {
                "question": question,
                "fields": [self[self.field_name(question, c["value"])] for c in question.choices],
                "errors": self.errors.get(f"margin-{question.code}", []),
            }
            for question in self.questions
        ]

    def clean(self):
        cleaned = super().clean()
        self.margins = []
        for question in self.questions:
            names = [self.field_name(question, c["value"]) for c in question.choices]
            texts = {name: (cleaned.get(name) or "").strip() for name in names}
            if not any(texts.values()):
                continue
            targets = self._targets(question, texts)
            if targets is not None:
                self.margins.append((question, targets))
        return cleaned

    def _targets(self, question, texts: dict[str, str]) -> dict[str, float] | None:
        parsed, broken = {}, False
        for name, text in texts.items():
            if not text:
                self.add_error(name, _("Fill in this answer too, 0 if nobody has it."))
                broken = True
                continue
            try:
                parsed[name] = parse_target(text)
            except ValidationError as error:
                self.add_error(name, error)
                broken = True
        if broken:
            self._margin_error(question, _("Fill in a number for every answer."))
            return None
        numbers = [number for number, _percent in parsed.values()]
        percents = {percent for _number, percent in parsed.values()}
        total = sum(numbers)
        if not math.isfinite(total):
            # Each is a number, but together they pass the largest one a computer holds.
            self._margin_error(question, _("These numbers are too large to add up."))
            return None
        if total <= 0:
            self._margin_error(
                question, _("The targets add up to 0; give at least one answer a target.")
            )
            return None
        if percents == {True, False}:
            self._margin_error(question, _("Write every answer the same way: all with % or none."))
            return None
        as_percentages = percents == {True} or (
            abs(total - 100) <= PERCENT_TOLERANCE and max(numbers) <= 100
        )
        as_shares = max(numbers) <= 1 and not all(number.is_integer() for number in numbers)
        if as_percentages and abs(total - 100) > PERCENT_TOLERANCE:
            self._margin_error(
                question,
                _("The percentages add up to %(total)s%%, not 100%%.") % {"total": _dutch(total)},
            )
            return None
        if not as_percentages and as_shares and abs(total - 1) > SHARE_TOLERANCE:
            self._margin_error(
                question,
                _("The shares add up to %(total)s, not 1. Or did you mean counts?")
                % {"total": _dutch(total)},
            )
            return None
        # Counts, percentages and shares are all proportions of the whole once divided by it.
        return {
            name.split("__", 1)[1]: number / total for name, (number, _percent) in parsed.items()
        }

    def _margin_error(self, question, message) -> None:
        # Keyed by question rather than by field: the page shows it at the question's answers.
        self._errors.setdefault(f"margin-{question.code}", self.error_class()).append(
            f"{question.text}: {message}"
        )


def _dutch(number: float) -> str:
    return f"{number:.4g}".replace(".", ",")


def _shown(target, total: float) -> str:
    """A stored target as the form shows it again: its percentage of the margin."""
    if target is None or total <= 0:
        return ""
    return f"{100 * float(target) / total:.4g}%".replace(".", ",")


EXPORT_FORMATS = [
    ("xlsx", _("Excel, with the codebook")),
    ("csv", _("CSV for Excel")),
    ("zip", _("CSV for analysis tools, with the codebook (zip)")),
    ("sav", _("SPSS (.sav, with labels)")),
]


class WaveExportForm(StyledFormMixin, forms.Form):
    """What is exported and why: asked anew for every export, because the trail keeps it."""

    file_format = forms.ChoiceField(
        label=_("File"), choices=EXPORT_FORMATS, initial="xlsx", widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("What do you need this export for?"),
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the audit trail with the export. For example: the yearly report."),
    )
    free_text = forms.BooleanField(
        label=_("Include open answers"),
        required=False,
        help_text=_(
            "Left out unless you need them. In open answers e-mail addresses, phone numbers, "
            "postcodes with a house number and names from the register are masked."
        ),
    )


class RowExportRequestForm(StyledFormMixin, forms.Form):
    reason = forms.CharField(
        label=_("What do you need answers per respondent for?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The project team reads this when it decides. For example: an analysis in SPSS "
            "that the results page cannot do."
        ),
    )


class RowExportDecisionForm(forms.Form):
    decision = forms.ChoiceField(
        choices=[("grant", "grant"), ("refuse", "refuse"), ("withdraw", "withdraw")]
    )
    note = forms.CharField(max_length=300, required=False)
