"""The look of Samenspel as CSS custom properties: a theme's colours and font become the NL
Design System tokens that the Utrecht components and samenspel.css read, on every page and in
every document. No Django here beyond what a template needs to be told it is safe."""

import base64
import math
import re
from dataclasses import dataclass
from pathlib import Path

from django.utils.safestring import SafeString, mark_safe

DEFAULT_PRIMARY = "#1d5e8c"
DEFAULT_LINK = "#154273"
SHIPPED_FONT = "Source Sans 3"
FONT_DIR = Path(__file__).parent / "static" / "vendor" / "source-sans-3"
HEX_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
# A family name as a municipality's style guide writes it; quotes, semicolons and braces
# would let a name end the declaration it is written into.
FONT_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 \-]{0,59}$")
MIN_CONTRAST = 4.5  # WCAG 2.1 level AA for body text


def relative_luminance(colour: str) -> float:
    """WCAG 2.1's relative luminance of a colour written as #rrggbb."""
    channels = [int(colour[index : index + 2], 16) / 255 for index in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG 2.1's contrast ratio of two colours, from 1 to 21."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def contrast_floor(first: str, second: str) -> float:
    """The contrast ratio rounded down to one decimal, as a message shows it: 4,47 is "4,4",
    never a "4,5" that reads as enough."""
    return math.floor(contrast(first, second) * 10) / 10


@dataclass(frozen=True)
class Look:
    """What a page needs of a theme: no binary data, so that it is cheap to keep in a cache."""

    primary_colour: str = DEFAULT_PRIMARY
    link_colour: str = DEFAULT_LINK
    font_name: str = ""
    font_url: str = ""  # the uploaded font file's address, empty without one
    logo_url: str = ""

    @property
    def style(self) -> SafeString:
        return page_style(self)

    @property
    def font_stack(self) -> str:
        names = [self.font_name] if self.font_name and self.font_name != SHIPPED_FONT else []
        names.append(SHIPPED_FONT)
        return ", ".join(f'"{name}"' for name in names) + ", Arial, sans-serif"


def _checked(look: Look) -> Look:
    # Values come from the database through forms that check them; checked again here since
    # they are written into a style sheet.
    if not (HEX_COLOUR.match(look.primary_colour) and HEX_COLOUR.match(look.link_colour)):
        raise ValueError("theme colours must be #rrggbb")
    if look.font_name and not FONT_NAME.match(look.font_name):
        raise ValueError("not a font name")
    return look


def variables(look: Look) -> str:
    """The custom properties of a theme, as declarations for ``.samenspel-theme``."""
    look = _checked(look)
    return (
        f"--samenspel-primary: {look.primary_colour}; "
        f"--samenspel-link: {look.link_colour}; "
        f"--samenspel-font-family: {look.font_stack};"
    )


def uploaded_font_face(look: Look, source: str, weights: str = "100 900") -> str:
    """The @font-face rule of a municipality's own font file, at ``source`` (an address)."""
    look = _checked(look)
    if not (look.font_name and source):
        return ""
    weight = f"font-weight: {weights}; " if weights else ""
    return (
        f'@font-face {{ font-family: "{look.font_name}"; font-display: swap; '
        f'{weight}src: url("{source}") format("woff2"); }}'
    )


def page_style(look: Look) -> SafeString:
    """The <style> content that base.html writes after samenspel.css."""
    css = uploaded_font_face(look, look.font_url) + f".samenspel-theme {{ {variables(look)} }}"
    return mark_safe(css)  # noqa: S308 - every value is checked against a strict pattern


def document_style(look: Look, font: bytes = b"") -> SafeString:
    """The fonts and custom properties of a document (WeasyPrint), with ``font`` the theme's
    own font file, if it has one; written before the document's print CSS."""
    own = uploaded_font_face(look, data_url(font), weights="") if font else ""
    css = f"{shipped_font_faces_inline()}\n{own}\n:root {{ {variables(look)} }}"
    return mark_safe(css)  # noqa: S308 - every value is checked against a strict pattern


def shipped_font_faces_inline() -> str:
    """@font-face rules of the shipped font with the files inline, for documents made
    without network or file access (WeasyPrint is given data: addresses only)."""
    rules = []
    for style in ("normal", "italic"):
        for subset, ranges in (("latin", LATIN), ("latin-ext", LATIN_EXT)):
            data = (FONT_DIR / f"source-sans-3-{subset}-wght-{style}.woff2").read_bytes()
            rules.append(
                # No weight range: WeasyPrint reads none, and takes each weight it needs
                # from the variable font by itself.
                f'@font-face {{ font-family: "{SHIPPED_FONT}"; font-style: {style}; '
                f"unicode-range: {ranges}; "
                f'src: url("{data_url(data)}") format("woff2"); }}'
            )
    return "\n".join(rules)


def data_url(font: bytes) -> str:
    return "data:font/woff2;base64," + base64.b64encode(font).decode("ascii")


LATIN = (
    "U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, "
    "U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD"
)
LATIN_EXT = (
    "U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, "
    "U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C4, U+2113, "
    "U+2C60-2C7F, U+A720-A7FF"
)
