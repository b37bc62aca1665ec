from django import template
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

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


@register.filter
def select_options(field) -> str:
    """The <option> tags of a select field, built in Python: a template loop over hundreds of
    organisations or people costs more than the rest of a page. Grouped choices become
    <optgroup>s."""
    current = {
        str(value)
        for value in (field.value() if isinstance(field.value(), list) else [field.value()])
    }

    def options(choices):
        return format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            (
                (value, mark_safe(" selected") if str(value) in current else "", label)  # noqa: S308
                for value, label in choices
            ),
        )

    parts = []
    for value, label in field.field.choices:
        if isinstance(label, list | tuple):
            parts.append(format_html('<optgroup label="{}">{}</optgroup>', value, options(label)))
        else:
            parts.append(options([(value, label)]))
    return mark_safe("".join(parts))  # noqa: S308 - every part is built with format_html


@register.filter
def get_item(mapping, key):
    """``{{ mapping|get_item:key }}``: a dictionary's value for a key that is a variable."""
    return mapping.get(key) if hasattr(mapping, "get") else None


@register.filter
def p_value(value) -> str:
    """A p-value as an analyst reads it: "p < 0,001" below that, "p = 0,042" above, and a
    note where no test was possible (no spread in the answers)."""
    import math

    from django.utils.formats import number_format
    from django.utils.translation import gettext

    if value is None or math.isnan(value):
        return gettext("no test: no spread in the answers")
    if value < 0.001:
        return "p < " + number_format(0.001, 3)
    return "p = " + number_format(value, 3)


@register.simple_tag(takes_context=True)
def theme_look(context):
    """The look of the page's programme: the staff pages' programme, a public page's, or a
    respondent's survey's; the site's own look elsewhere."""
    from samenspel.core.selectors import theme_look as look_of

    programme = context.get("current_programme") or context.get("public_programme")
    programme_id = getattr(programme, "pk", None)
    if programme_id is None and context.get("wave") is not None:
        programme_id = getattr(getattr(context["wave"], "survey", None), "programme_id", None)
    return look_of(programme_id=programme_id)
