"""The Samenspel theme: a shipped font and NL Design System tokens, which a municipality
changes in the back office (colours, font, logo) for the site or for one programme; pages
and documents follow it."""

import io
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from pypdf import PdfReader

from samenspel.core import services, theming
from samenspel.core.models import AuditEvent, Theme
from samenspel.core.selectors import theme_look

pytestmark = pytest.mark.django_db

SHIPPED = theming.FONT_DIR / "source-sans-3-latin-wght-normal.woff2"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def _admin_post(admin_client, **fields):
    data = {"primary_colour": "#1d5e8c", "link_colour": "#154273", "font_name": "", **fields}
    return admin_client.post(reverse("admin:core_theme_add"), data)


def _style(html: str) -> str:
    return re.search(r"<style>(.*?)</style>", html, re.S).group(1)


def test_the_shipped_font_and_theme_are_on_every_page_without_a_setting(client):
    html = client.get(reverse("login")).content.decode()
    assert "vendor/source-sans-3/source-sans-3.css" in html
    assert '--samenspel-font-family: "Source Sans 3", Arial, sans-serif' in _style(html)
    assert "--samenspel-primary: #1d5e8c" in _style(html)
    css = (theming.FONT_DIR / "source-sans-3.css").read_text()
    assert 'font-family: "Source Sans 3"' in css and "woff2" in css
    assert (theming.FONT_DIR / "OFL.txt").read_text().count("SIL Open Font License") >= 1


def test_the_back_office_sets_the_site_theme_that_every_page_shows(admin_client, client):
    font = SimpleUploadedFile("huisletter.woff2", SHIPPED.read_bytes())
    logo = io.BytesIO()
    Image.new("RGB", (300, 100), (0, 90, 50)).save(logo, format="PNG")
    reply = _admin_post(
        admin_client,
        primary_colour="#0B5C2C",
        link_colour="#6a1b4d",
        font_name="Huisletter Sans",
        font_upload=font,
        logo_upload=SimpleUploadedFile("logo.png", logo.getvalue()),
    )
    assert reply.status_code == 302, reply.context and reply.context["adminform"].form.errors
    theme = Theme.objects.get(programme=None)
    assert theme.primary_colour == "#0b5c2c", "kept as the pattern the style sheet expects"
    assert AuditEvent.objects.filter(object_type="core.theme", verb="created").exists()

    html = client.get(reverse("login")).content.decode()
    style = _style(html)
    assert "--samenspel-primary: #0b5c2c" in style and "--samenspel-link: #6a1b4d" in style
    assert '"Huisletter Sans", "Source Sans 3", Arial, sans-serif' in style
    font_url = reverse("core:theme-font", args=[theme.pk, theme.font_version])
    assert 'font-family: "Huisletter Sans"' in style and f'url("{font_url}")' in style
    served = client.get(font_url)
    assert served["Content-Type"] == "font/woff2" and served.content[:4] == b"wOF2"
    assert "immutable" in served["Cache-Control"]
    logo_url = reverse("core:theme-logo", args=[theme.pk, theme.logo_version])
    assert f'src="{logo_url}"' in html
    assert client.get(logo_url)["Content-Type"] == "image/png"


def test_a_programme_theme_goes_before_the_site_theme(programme, team_client):
    services.theme_save(theme=Theme(primary_colour="#0b5c2c"), by=None)
    own = services.theme_save(theme=Theme(programme=programme, primary_colour="#6a1b4d"), by=None)
    assert theme_look(programme_id=programme.pk).primary_colour == "#6a1b4d"
    assert theme_look(programme_id=None).primary_colour == "#0b5c2c"
    page = team_client.get(reverse("core:programme-home", args=[programme.slug]))
    assert "--samenspel-primary: #6a1b4d" in _style(page.content.decode())
    services.theme_delete(theme=own, by=None)
    page = team_client.get(reverse("core:programme-home", args=[programme.slug]))
    assert "--samenspel-primary: #0b5c2c" in _style(page.content.decode())


def test_one_site_theme_only(admin_client):
    assert _admin_post(admin_client).status_code == 302
    reply = _admin_post(admin_client, primary_colour="#0b5c2c")
    assert reply.status_code == 200 and Theme.objects.count() == 1


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"primary_colour": "#ffdd00"}, "primary_colour", "contrast van 1,3"),
        ({"link_colour": "red"}, "link_colour", "zes hexadecimale"),
        ({"font_name": 'Arial"; } body { display: none'}, "font_name", "letters"),
        (
            {"font_name": "Eigen", "font_upload": SimpleUploadedFile("x.woff2", b"wOF2<svg>")},
            "font_upload",
            "geen lettertype",
        ),
        (
            {"font_upload": SimpleUploadedFile("x.woff2", SHIPPED.read_bytes())},
            "font_name",
            "Geef het lettertype",
        ),
    ],
    ids=["too light", "not a colour", "a name that ends the rule", "not a font", "no name"],
)
def test_a_theme_that_cannot_be_read_or_written_safely_is_refused(
    admin_client, fields, field, message
):
    reply = _admin_post(admin_client, **fields)
    assert reply.status_code == 200
    errors = reply.context["adminform"].form.errors
    assert message in " ".join(errors.get(field, [])), errors
    assert not Theme.objects.exists()


def test_the_style_sheet_refuses_values_that_did_not_pass_the_form():
    with pytest.raises(ValueError, match="#rrggbb"):
        theming.page_style(theming.Look(primary_colour="#fff; } * { color: red"))
    with pytest.raises(ValidationError, match="2 MB"):
        services.font_as_woff2(b"\0" * (services.FONT_MAX_BYTES + 1))


def test_contrast_is_wcag_s():
    assert round(theming.contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(theming.contrast("#1d5e8c", "#ffffff"), 2) == 6.93  # 1,05 / 0,1516


def test_the_action_book_pdf_has_the_theme_s_font_and_colour(programme):
    from samenspel.reports import action_book

    services.theme_save(theme=Theme(primary_colour="#0b5c2c"), by=None)
    html = []
    original = action_book.render_to_string

    def keep(template, context):
        html.append(original(template, context))
        return html[-1]

    action_book.render_to_string = keep
    try:
        pdf = action_book.build(programme=programme, filters=None, file_format="pdf")
    finally:
        action_book.render_to_string = original
    assert pdf.startswith(b"%PDF")
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("Source-Sans-3" in name for name in fonts), f"the shipped font is embedded: {fonts}"
    assert "--samenspel-primary: #0b5c2c" in html[0]
    assert "data:font/woff2;base64," in html[0]
