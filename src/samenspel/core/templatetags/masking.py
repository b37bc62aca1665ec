"""Free text as others read it: ``{{ text|masked }}`` on the product's pages, where members
read the register's names but contact details belong in the register alone;
``{{ text|public_text:programme }}`` on public pages, where the names of people who did not
agree to be named are masked too."""

from django import template

from samenspel.core.masking import PUBLIC, mask, mask_for

register = template.Library()


@register.filter
def masked(text):
    """The text without e-mail addresses, phone numbers and postcodes with a house number."""
    return mask(text) if isinstance(text, str) else text


@register.filter
def public_text(text, programme):
    """The text as residents may read it on the programme's public pages."""
    return mask_for(text, programme, audience=PUBLIC) if isinstance(text, str) else text
