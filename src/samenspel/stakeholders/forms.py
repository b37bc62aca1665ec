from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from samenspel.core.forms import StyledFormMixin

from .models import Organisation, OrganisationKind, Person, TargetGroup, TargetGroupDimension


class OrganisationForm(StyledFormMixin, forms.ModelForm):
    website = forms.URLField(label=_("Website"), required=False, assume_scheme="https")

    class Meta:
        model = Organisation
        fields = [
            "name",
            "kind",
            "municipality",
            "area",
            "email",
            "phone",
            "website",
            "description",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].queryset = programme.municipalities.all()


class PersonForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = Person
        fields = [
            "name",
            "organisation",
            "function",
            "email",
            "phone",
            "is_ambassador",
            "shows_name_publicly",
            "user",
            "notes",
        ]
        widgets = {"notes": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.programme = programme
        self.fields["organisation"].queryset = programme.organisations.all()
        # Only the programme's members can be linked, and each to one person.
        self.fields["user"].queryset = (
            get_user_model()
            .objects.filter(memberships__programme=programme)
            .order_by("first_name", "last_name")
        )
        self.fields["user"].label_from_instance = lambda user: user.get_full_name() or user.username

    def clean_user(self):
        user = self.cleaned_data.get("user")
        if user is not None:
            taken = Person.objects.filter(programme=self.programme, user=user).exclude(
                pk=self.instance.pk
            )
            if taken.exists():
                raise forms.ValidationError(_("This account is already linked to another person."))
        return user


class TargetGroupForm(StyledFormMixin, forms.ModelForm):
    class Meta:
        model = TargetGroup
        fields = ["name", "dimension", "description", "estimated_size"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}


class OrganisationFilterForm(StyledFormMixin, forms.Form):
    show_optional = False
    q = forms.CharField(label=_("Search"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"), required=False, choices=[("", _("All kinds")), *OrganisationKind.choices]
    )
    municipality = forms.ChoiceField(label=_("Municipality"), required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["municipality"].choices = [("", _("All municipalities"))] + [
            (str(m.pk), m.name) for m in programme.municipalities.all()
        ]


class PersonFilterForm(StyledFormMixin, forms.Form):
    show_optional = False
    q = forms.CharField(label=_("Search"), required=False)
    organisation = forms.ChoiceField(label=_("Organisation"), required=False)
    ambassadors = forms.BooleanField(label=_("Ambassadors only"), required=False)

    def __init__(self, *args, programme, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [("", _("All organisations"))] + [
            (str(pk), name) for pk, name in programme.organisations.values_list("pk", "name")
        ]


class TargetGroupFilterForm(StyledFormMixin, forms.Form):
    show_optional = False
    q = forms.CharField(label=_("Search"), required=False)
    dimension = forms.ChoiceField(
        label=_("Dimension"),
        required=False,
        choices=[("", _("All dimensions")), *TargetGroupDimension.choices],
    )


class ImportForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("File"),
        error_messages={"empty": _("The file is empty.")},
        help_text=_(
            "An Excel file (.xlsx) with the sheets “Organisaties” and/or “Personen”, or a CSV file "
            "with the same columns. Nothing is saved before you have seen the check."
        ),
    )
    kind = forms.ChoiceField(
        label=_("A CSV file contains"),
        choices=[("organisations", _("Organisations")), ("people", _("People"))],
        widget=forms.RadioSelect,
        initial="organisations",
    )
