"""The two uploads of the import page: a long table, and a Statistics Netherlands table."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import FileUploadForm, StyledFormMixin
from samenspel.core.tabular import FileProblem

from . import statline


class ValuesFileForm(FileUploadForm):
    """A .xlsx or .csv file in long format."""


class StatlineForm(StyledFormMixin, forms.Form):
    archive = forms.FileField(
        label=_("Zip with the table's JSON files"),
        error_messages={"empty": _("The file is empty.")},
        help_text=_(
            "As downloaded from the open data of Statistics Netherlands: TypedDataSet.json and "
            "DataProperties.json with the region and period lists (OData v3), or "
            "Observations.json with its code lists (OData v4)."
        ),
    )
    measures = forms.CharField(
        label=_("Measures and indicators"),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=4000,
        help_text=_(
            "One per line: the measure's key in the table, =, and the indicator's code, such "
            "as AantalInwoners_5=inwoners."
        ),
    )
    period = forms.IntegerField(
        label=_("Year"),
        required=False,
        min_value=1900,
        max_value=2100,
        help_text=_("Only for a table without periods, such as one year's key figures."),
    )

    def clean_archive(self):
        archive = self.cleaned_data["archive"]
        if not (archive.name or "").lower().endswith(".zip"):
            raise forms.ValidationError(_("Choose a zip file (.zip)."))
        limit = settings.SAMENSPEL_IMPORT_MAX_BYTES
        if archive.size > limit:
            raise forms.ValidationError(
                _("The file is larger than %(size)s MB.") % {"size": round(limit / 1024 / 1024)}
            )
        return archive

    def clean_measures(self):
        try:
            return statline.parse_measure_map([self.cleaned_data["measures"]])
        except FileProblem as problem:
            raise forms.ValidationError(str(problem)) from problem
