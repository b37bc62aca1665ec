"""Which texts residents read on the public pages, said on the forms that write them."""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .forms import field_id

PUBLIC_NOTE = _(
    "Public: residents read this on the public pages once they are switched on, without "
    "e-mail addresses, phone numbers, addresses and names of people who did not agree to be "
    "named."
)


class PublicTextsMixin:
    """Adds the public note to the help text of the fields named in ``public_fields``. Put it
    before StyledFormMixin, so that it runs after the widgets have their classes."""

    public_fields: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.public_fields:
            field = self.fields.get(name)
            if field is None:
                continue
            field.help_text = (
                format_lazy("{} {}", field.help_text, PUBLIC_NOTE)
                if field.help_text
                else PUBLIC_NOTE
            )
            field.widget.attrs.setdefault("aria-describedby", f"{field_id(self, name)}_helptext")
