from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Organisation, Person, TargetGroup


@admin.register(Organisation)
class OrganisationAdmin(SimpleHistoryAdmin):
    list_display = ["name", "kind", "programme", "municipality"]
    list_filter = ["programme", "kind"]
    search_fields = ["name"]


@admin.register(Person)
class PersonAdmin(SimpleHistoryAdmin):
    list_display = ["name", "organisation", "programme", "is_ambassador"]
    list_filter = ["programme", "is_ambassador"]
    search_fields = ["name", "email"]


admin.site.register(TargetGroup, SimpleHistoryAdmin)
