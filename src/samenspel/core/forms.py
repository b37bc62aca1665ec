from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _

from .models import AuditVerb, Role


def field_id(form, name: str) -> str:
    """The id Django gives a field's widget (BoundField.auto_id), without making the bound
    field: a form may still replace its fields after the mixins ran."""
    html_name = form.add_prefix(name)
    if form.auto_id and "%s" in str(form.auto_id):
        return form.auto_id % html_name
    return html_name if form.auto_id else ""


class StyledFormMixin:
    show_optional = True  # filter forms, where every field is optional, say so nowhere
    """Gives every widget the NL Design System classes and marks invalid fields for assistive tech."""

    widget_classes = {
        "select": "utrecht-select utrecht-select--html-select",
        "selectmultiple": "utrecht-select utrecht-select--html-select",
        "textarea": "utrecht-textarea utrecht-textarea--html-textarea",
        "checkbox": "utrecht-checkbox utrecht-checkbox--html-input",
        "checkboxselectmultiple": "samenspel-checkbox-list",
        "radioselect": "samenspel-radio-list",
        "clearablefile": "utrecht-textbox samenspel-file",
        "file": "utrecht-textbox samenspel-file",
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            kind = (
                field.widget.__class__.__name__.lower().removesuffix("input").removesuffix("widget")
            )
            css = self.widget_classes.get(kind, "utrecht-textbox utrecht-textbox--html-input")
            field.widget.attrs.setdefault("class", css)
            if field.help_text:
                # The bound field's id, as field.html names the help text: with the form's
                # prefix or auto_id, so that several forms on one page keep their ids apart.
                field.widget.attrs.setdefault(
                    "aria-describedby", f"{field_id(self, name)}_helptext"
                )

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                widget.attrs["aria-invalid"] = "true"
                widget.attrs["class"] = widget.attrs.get("class", "") + " utrecht-textbox--invalid"
                described = widget.attrs.get("aria-describedby", "")
                error_id = f"{field_id(self, name)}_error"
                widget.attrs["aria-describedby"] = f"{described} {error_id}".strip()


class MemberAddForm(StyledFormMixin, forms.Form):
    email = forms.EmailField(
        label=_("E-mail address"),
        # A new account takes the address as its user name, which holds 150 characters; an
        # address with an account has the same limit, so the limit says nothing of accounts.
        max_length=150,
        help_text=_(
            "The person gets an invitation by e-mail and becomes a member on accepting it. "
            "The name is used only if the address has no account yet."
        ),
    )
    first_name = forms.CharField(label=_("First name"), max_length=150, required=False)
    last_name = forms.CharField(label=_("Last name"), max_length=150, required=False)
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices, initial=Role.VIEWER)


class InvitationPasswordForm(StyledFormMixin, SetPasswordForm):
    """The first password of an account made for an invitation."""


class MemberRoleForm(StyledFormMixin, forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)


def add_service_errors(form, error) -> None:
    """Show a service's ValidationError on the form: per field where it names one."""
    if not hasattr(error, "error_dict"):
        form.add_error(None, error)
        return
    for field, problems in error.message_dict.items():
        form.add_error(field if field in form.fields else None, problems)


class FileUploadForm(StyledFormMixin, forms.Form):
    file = forms.FileField(
        label=_("File"),
        error_messages={"empty": _("The file is empty.")},
        help_text=_(
            "An Excel file (.xlsx) or a CSV file. Nothing is saved before it has been checked."
        ),
    )


class AuditFilterForm(StyledFormMixin, forms.Form):
    show_optional = False

    verb = forms.ChoiceField(label=_("What"), required=False)
    actor = forms.TypedChoiceField(label=_("Who"), required=False, coerce=int, empty_value=None)
    object_type = forms.ChoiceField(label=_("Kind of object"), required=False)
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    until = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    object_id = forms.CharField(required=False, max_length=40, widget=forms.HiddenInput)

    def __init__(self, *args, members, object_types, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("Everything"))]
        self.fields["verb"].choices = everything + list(AuditVerb.choices)
        self.fields["actor"].choices = [("", _("Everyone"))] + [
            (membership.user_id, membership.user.get_full_name() or membership.user.username)
            for membership in members
        ]
        self.fields["object_type"].choices = everything + object_types

    def clean(self):
        cleaned = super().clean()
        since, until = cleaned.get("since"), cleaned.get("until")
        if since and until and since > until:
            self.add_error("until", _("The end lies before the start."))
        return cleaned
