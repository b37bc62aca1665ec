from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from .models import Challenge, Goal, TargetImage, Theme


@admin.register(Theme)
class ThemeAdmin(admin.ModelAdmin):
    list_display = ["name", "group", "position"]


@admin.register(Goal)
class GoalAdmin(SimpleHistoryAdmin):
    list_display = ["title", "programme", "target_image", "depth", "archived_at"]
    list_filter = ["programme"]
    search_fields = ["title"]


admin.site.register(TargetImage, SimpleHistoryAdmin)
admin.site.register(Challenge)
