"""The searchable list of checkboxes in place of a <select multiple>: without JavaScript a
fieldset of labelled checkboxes that a keyboard can use; the words its script shows come
from the page, translated."""

import re

from django import forms
from django.template.loader import render_to_string

from samenspel.core.forms import StyledFormMixin
from samenspel.core.widgets import SearchableCheckboxSelectMultiple

FRUIT = [("1", "Appel"), ("2", "Peer"), ("3", "Kers")]


class FruitForm(StyledFormMixin, forms.Form):
    fruit = forms.MultipleChoiceField(
        label="Fruit",
        choices=FRUIT,
        required=False,
        widget=SearchableCheckboxSelectMultiple(search_label="Zoek fruit", search_from=3),
        help_text="Kies wat u lust.",
    )


def _render(form) -> str:
    return render_to_string("core/includes/form.html", {"form": form})


def test_without_javascript_it_is_a_fieldset_of_labelled_checkboxes():
    html = _render(FruitForm(initial={"fruit": ["2"]}))
    assert "<select" not in html
    legend = re.search(r"<fieldset[^>]*>\s*<legend[^>]*>([^<]+)", html)
    assert legend and legend.group(1).strip() == "Fruit"
    boxes = re.findall(r'<input type="checkbox" name="fruit" value="(\d)"[^>]*id="([^"]+)"', html)
    assert [value for value, _id in boxes] == ["1", "2", "3"]
    for value, id_ in boxes:
        label = dict(FRUIT)[value]
        assert re.search(rf'<label for="{id_}"><input[^>]*>\s*<span>{label}</span></label>', html)
    assert re.search(r'value="2"[^>]*checked', html) and not re.search(
        r'value="1"[^>]*checked', html
    )
    # A checkbox, not a text box: the form's styling leaves it alone.
    assert "utrecht-textbox" not in html


def test_the_list_carries_the_words_of_its_script_and_the_help_text():
    html = _render(FruitForm())
    box = re.search(r"<div class=\"samenspel-multi-select\" data-multi-select([^>]*)>", html)
    assert box, html
    attrs = dict(re.findall(r'(data-[\w-]+)="([^"]*)"', box.group(1)))
    assert attrs["data-search-label"] == "Zoek fruit"
    assert attrs["data-search-from"] == "3"
    assert attrs["data-selected-label"] == "Geselecteerd: %(count)s"
    assert "%(shown)s" in attrs["data-search-status"] and "%(total)s" in attrs["data-search-status"]
    assert "%(label)s" in attrs["data-remove-label"]
    assert 'aria-describedby="id_fruit_helptext"' in html and "Kies wat u lust." in html


def test_the_script_comes_with_the_form_and_the_choices_are_read_back():
    form = FruitForm(data={"fruit": ["1", "3"]})
    assert "samenspel/multi-select.js" in str(form.media)
    assert form.is_valid() and form.cleaned_data["fruit"] == ["1", "3"]
