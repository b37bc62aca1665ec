from django import template

register = template.Library()


@register.filter
def display_name(user) -> str:
    """A user's full name, or their username when no name is known."""
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()
