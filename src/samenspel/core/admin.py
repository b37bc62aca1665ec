from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .models import AuditEvent, Membership, Municipality, Programme


class ProgrammeAdminForm(forms.ModelForm):
    logo_upload = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_("PNG, JPEG, WebP or GIF, at most 1 MB; shown on survey pages and in mail."),
    )
    logo_remove = forms.BooleanField(label=_("Remove the logo"), required=False)

    class Meta:
        model = Programme
        fields = ["name", "slug", "description", "municipalities", "start_date", "end_date"]

    def clean_logo_upload(self):
        uploaded = self.cleaned_data.get("logo_upload")
        if uploaded:
            data = uploaded.read()
            try:
                services.logo_as_png(data)  # checked here, so that the form says why
            except ValidationError as error:
                raise forms.ValidationError(error.messages) from error
            return data
        return None


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Programme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "start_date"]
    search_fields = ["name", "slug"]
    prepopulated_fields = {"slug": ["name"]}
    filter_horizontal = ["municipalities"]
    inlines = [MembershipInline]
    form = ProgrammeAdminForm

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        data = form.cleaned_data.get("logo_upload")
        if data or form.cleaned_data.get("logo_remove"):
            services.programme_logo_set(programme=obj, data=data or None, by=request.user)


@admin.register(Municipality)
class MunicipalityAdmin(admin.ModelAdmin):
    list_display = ["name", "cbs_code"]
    search_fields = ["name"]


@admin.register(AuditEvent)
class AuditEventAdmin(admin.ModelAdmin):
    """The back office reads the trail; nobody writes, changes or removes an entry there."""

    list_display = ["at", "actor_name", "verb", "object_label", "programme"]
    list_filter = ["verb", "programme"]
    search_fields = ["actor_name", "object_label"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
