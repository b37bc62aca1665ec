"""Form widgets shared by every app's forms.

``SearchableCheckboxSelectMultiple`` replaces a ``<select multiple>``, which needs Ctrl-click
to choose more than one and which many people do not know how to use. Without JavaScript it is
a plain list of checkboxes in a scrollable box (field.html puts it in a fieldset with the
field's label as legend), and works by keyboard as any checkbox does. multi-select.js adds a
search field that narrows the list as one types, says how many match, and shows what is
chosen as buttons that take a choice off again.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

SEARCH_FROM = 8  # a list of this many choices or more gets a search field


class SearchableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    template_name = "core/widgets/searchable_checkboxes.html"
    option_template_name = "core/widgets/searchable_checkbox_option.html"

    class Media:
        js = ["samenspel/multi-select.js"]

    def __init__(self, attrs=None, *, search_label=None, search_from: int = SEARCH_FROM):
        # The class keeps StyledFormMixin from giving the checkboxes a text box's class.
        super().__init__(
            {"class": "utrecht-checkbox utrecht-checkbox--html-input", **(attrs or {})}
        )
        self.search_label = search_label or _("Search the list")
        self.search_from = search_from

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # On the box itself, not on every checkbox (a checkbox inherits the widget's attrs);
        # the script reads its words from here, so that it holds no text of its own.
        context["search_attrs"] = {
            "data-search-from": str(self.search_from),
            "data-search-label": self.search_label,
            "data-search-status": _("%(shown)s of %(total)s shown"),
            "data-search-none": _("Nothing found. Try another word."),
            "data-selected-label": _("Selected: %(count)s"),
            "data-remove-label": _("Remove %(label)s"),
        }
        return context

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option.setdefault("depth", 0)
        return option
