from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from . import services
from .models import AuditEvent, Membership, Municipality, Programme, Theme


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


class ThemeAdminForm(forms.ModelForm):
    font_upload = forms.FileField(
        label=_("Font file"),
        required=False,
        help_text=_(
            "WOFF2, WOFF, TTF or OTF, at most 2 MB, of the font named above; without a file, "
            "the font is used only where it is installed."
        ),
    )
    font_remove = forms.BooleanField(label=_("Remove the font file"), required=False)
    logo_upload = forms.FileField(
        label=_("Logo"),
        required=False,
        help_text=_(
            "PNG, JPEG, WebP or GIF, at most 1 MB; shown in the header of every page. Without "
            "one, a programme's own logo is shown."
        ),
    )
    logo_remove = forms.BooleanField(label=_("Remove the logo"), required=False)

    class Meta:
        model = Theme
        fields = ["programme", "primary_colour", "link_colour", "font_name"]
        widgets = {
            "primary_colour": forms.TextInput(attrs={"type": "color"}),
            "link_colour": forms.TextInput(attrs={"type": "color"}),
        }

    def clean_font_upload(self):
        uploaded = self.cleaned_data.get("font_upload")
        if not uploaded:
            return None
        try:
            return services.font_as_woff2(
                uploaded.read()
            )  # checked here, so that the form says why
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error

    def clean_logo_upload(self):
        uploaded = self.cleaned_data.get("logo_upload")
        if not uploaded:
            return None
        data = uploaded.read()
        try:
            services.logo_as_png(data)
        except ValidationError as error:
            raise forms.ValidationError(error.messages) from error
        return data

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("font_upload") and not cleaned.get("font_name"):
            self.add_error("font_name", _("Name the font of the file, as it is to be used."))
        return cleaned


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    """Colours, font and logo of the site or of a programme, applied to every page and
    document as NL Design System tokens."""

    list_display = ["__str__", "primary_colour", "link_colour", "font_name"]
    autocomplete_fields = ["programme"]
    form = ThemeAdminForm

    def save_model(self, request, obj, form, change):
        data = form.cleaned_data
        services.theme_save(
            theme=obj,
            font=data.get("font_upload"),
            font_remove=data.get("font_remove", False),
            logo=data.get("logo_upload"),
            logo_remove=data.get("logo_remove", False),
            by=request.user,
        )

    def delete_model(self, request, obj):
        services.theme_delete(theme=obj, by=request.user)

    def delete_queryset(self, request, queryset):
        for theme in queryset:
            services.theme_delete(theme=theme, by=request.user)


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
