from django import template

register = template.Library()


@register.filter
def display_name(user) -> str:
    """A user's full name, or their username when no name is known."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


@register.filter
def dictget(mapping: dict, key):
    """``{{ counts|dictget:status }}``: a value from a dict by a variable key."""
    return mapping.get(key) if mapping else None
