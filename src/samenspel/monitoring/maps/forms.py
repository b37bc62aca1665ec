from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin

from ..models import Area
from . import geojson, selectors


class AreaForm(StyledFormMixin, forms.ModelForm):
    """An area's code, name, level and the area it lies in; the service saves it."""

    class Meta:
        model = Area
        fields = ["code", "name", "level", "parent"]

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        exclude = self.instance if self.instance.pk else None
        choices = selectors.parent_choices(programme=programme, exclude=exclude)
        parent = self.fields["parent"]
        parent.queryset = Area.objects.filter(pk__in=[area.pk for area in choices])
        parent.label_from_instance = lambda area: f"{area.name} ({area.code})"
        parent.empty_label = _("Nowhere (top of the tree)")

    def clean_code(self):
        return self.cleaned_data["code"].strip().upper()

    def service_arguments(self) -> dict:
        return {name: self.cleaned_data[name] for name in self._meta.fields}


class ShapeUploadForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("GeoJSON file"),
        error_messages={"empty": _("The file is empty.")},
        help_text=_(
            "A FeatureCollection of Polygons or MultiPolygons, in longitude and latitude (WGS84) "
            "or in RD New, such as the district and neighbourhood map of Statistics Netherlands. "
            "Nothing is saved before you have seen what it will do."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > geojson.MAX_BYTES:
            raise forms.ValidationError(
                _(
                    "The file is larger than %(size)s MB. Upload only the areas of your municipality."
                )
                % {"size": geojson.MAX_BYTES // (1024 * 1024)}
            )
        return upload


class CodePropertyForm(StyledFormMixin, forms.Form):
    code = forms.ChoiceField(
        label=_("Property with the area code"),
        help_text=_("Such as buurtcode, wijkcode or gemeentecode."),
    )

    def __init__(self, *args, properties, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].choices = [(name, name) for name in properties]


class MapForm(StyledFormMixin, forms.Form):
    """Which indicator, year and target group the map shows; what is missing or not known
    falls back to the first indicator with figures for areas, its latest year and everyone."""

    show_optional = False

    indicator = forms.TypedChoiceField(label=_("Indicator"), coerce=int, required=False)
    jaar = forms.TypedChoiceField(label=_("Year"), coerce=int, required=False)
    doelgroep = forms.TypedChoiceField(
        label=_("Target group"), coerce=int, required=False, empty_value=None
    )

    def __init__(self, data, *, programme):
        super().__init__(data)
        self.indicators = selectors.mappable_indicators(programme=programme)
        self.fields["indicator"].choices = [(i.pk, i.name) for i in self.indicators]
        self.indicator = self._chosen_indicator()
        self.periods = selectors.map_periods(indicator=self.indicator) if self.indicator else []
        self.fields["jaar"].choices = [(period, period) for period in self.periods]
        groups = selectors.map_target_groups(indicator=self.indicator) if self.indicator else []
        self.groups = {group.pk: group for group in groups}
        self.fields["doelgroep"].choices = [("", _("Everyone"))] + [
            (group.pk, group.name) for group in groups
        ]

    def _chosen_indicator(self):
        wanted = self.data.get("indicator")
        for indicator in self.indicators:
            if str(indicator.pk) == wanted:
                return indicator
        return self.indicators[0] if self.indicators else None

    def choice(self):
        """(indicator, period, target group) to show: the valid ones asked for, else the
        defaults; None when no indicator has figures for areas."""
        self.is_valid()
        if self.indicator is None or not self.periods:
            return None
        data = self.cleaned_data  # the fields that are valid, even if another is not
        period = data.get("jaar") or self.periods[0]
        group = self.groups.get(data.get("doelgroep")) if data.get("doelgroep") else None
        return self.indicator, period, group
