"""Programme navigation that domain apps register into, so core needs to know none of them."""

from dataclasses import dataclass

from django.urls import reverse


@dataclass(frozen=True)
class NavEntry:
    label: str
    url_name: str
    order: int
    permission: str = "core.view_programme"
    section: str = ""


_entries: list[NavEntry] = []


def register(entry: NavEntry) -> None:
    if entry not in _entries:
        _entries.append(entry)
        _entries.sort(key=lambda item: item.order)


def items_for(request, programme) -> list[dict]:
    """The navigation items this user may follow, with the current one marked."""
    namespace = getattr(request.resolver_match, "namespace", "")
    url_name = getattr(request.resolver_match, "view_name", "")
    items = []
    for entry in _entries:
        if not request.user.has_perm(entry.permission, programme):
            continue
        section = entry.section or entry.url_name.split(":")[0]
        # Pages of one app share its entry, unless the entry names a section of its own.
        active = url_name == entry.url_name or (
            entry.section != "home" and namespace == section and url_name != "core:programme-home"
        )
        items.append(
            {
                "label": entry.label,
                "url": reverse(entry.url_name, args=[programme.slug]),
                "active": active,
            }
        )
    return items


@dataclass(frozen=True)
class HomePanel:
    """A block on the programme home, filled by a domain app's selector. A panel ``per_user``
    shows what is this user's own and is never cached with the panels of their role; its
    context may be None: nothing of theirs to show."""

    template_name: str
    context: object  # callable(programme, user) -> dict | None
    order: int
    permission: str = "core.view_programme"
    per_user: bool = False


_panels: list[HomePanel] = []


def register_home_panel(panel: HomePanel) -> None:
    if panel not in _panels:
        _panels.append(panel)
        _panels.sort(key=lambda item: item.order)


def home_panels_for(user, programme, *, per_user: bool = False) -> list[dict]:
    """The panels this user may see: those of their role, or (per_user) their own."""
    found = []
    for panel in _panels:
        if panel.per_user != per_user or not user.has_perm(panel.permission, programme):
            continue
        context = panel.context(programme, user)
        if context is not None:
            found.append({"template_name": panel.template_name, **context})
    return found


@dataclass(frozen=True)
class SettingsPage:
    """A part of the programme's settings that a domain app keeps on a page of its own; the
    programme settings page lists them, so one place leads to every choice the team makes."""

    label: str
    description: str
    url_name: str
    order: int
    permission: str = "core.manage_settings"


_settings_pages: list[SettingsPage] = []


def register_settings_page(entry: SettingsPage) -> None:
    if entry not in _settings_pages:
        _settings_pages.append(entry)
        _settings_pages.sort(key=lambda item: item.order)


def settings_pages_for(user, programme) -> list[dict]:
    """The settings pages this user may open."""
    return [
        {
            "label": entry.label,
            "description": entry.description,
            "url": reverse(entry.url_name, args=[programme.slug]),
        }
        for entry in _settings_pages
        if user.has_perm(entry.permission, programme)
    ]
