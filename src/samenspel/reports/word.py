"""Word fields that python-docx cannot compute, written so that the file reads well as it is.

A field is its code (what Word computes) and its result (what Word shows until it computes it
again). python-docx lays out no pages, so a table of contents gets its result from the headings
themselves: every heading of level 1-3 as a line in the TOC 1-3 style that links to a bookmark on
the heading. Word and LibreOffice show that list on opening; updating the field adds the page
numbers, which only a word processor can know."""

from io import BytesIO

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

TOC_INSTRUCTION = 'TOC \\o "1-3" \\h \\z \\u'
TOC_LEVELS = 3


def _run_with(element):
    run = OxmlElement("w:r")
    run.append(element)
    return run


def _char(kind: str, dirty: bool = False):
    element = OxmlElement("w:fldChar", {qn("w:fldCharType"): kind})
    if dirty:
        element.set(qn("w:dirty"), "true")  # ask Word to compute it again on opening
    return _run_with(element)


def _code(instruction: str):
    code = OxmlElement("w:instrText", {qn("xml:space"): "preserve"})
    code.text = f" {instruction} "
    return _run_with(code)


def field(paragraph, instruction: str, result: str = "") -> None:
    """A field in one paragraph (PAGE, NUMPAGES) whose ``result`` shows until Word computes it."""
    paragraph._p.append(_char("begin", dirty=True))
    paragraph._p.append(_code(instruction))
    paragraph._p.append(_char("separate"))
    paragraph.add_run(result)
    paragraph._p.append(_char("end"))


def _heading_level(paragraph) -> int | None:
    name = paragraph.style.name if paragraph.style is not None else ""
    if name.startswith("Heading ") and name[8:].isdigit():
        level = int(name[8:])
        return level if 1 <= level <= TOC_LEVELS else None
    return None


def _toc_style(document, level: int):
    """Word's built-in "toc N" style (the name Word knows it by), indented per level."""
    name = f"toc {level}"
    for style in document.styles:
        if style.name == name:
            return style
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.element.set(qn("w:styleId"), f"TOC{level}")
    style.element.attrib.pop(qn("w:customStyle"), None)  # Word's own, not one of ours
    style.base_style = document.styles["Normal"]
    style.next_paragraph_style = document.styles["Normal"]
    style.paragraph_format.left_indent = Mm(5 * (level - 1))
    style.paragraph_format.space_before = Pt(6 if level == 1 else 0)
    style.paragraph_format.space_after = Pt(3)
    style.font.bold = level == 1
    # Built-in styles are hidden until used; this one is used.
    style.priority, style.unhide_when_used = 39, True
    return style


def _bookmark(paragraph, name: str, number: int) -> None:
    """Mark the heading's text, after its properties, as the target of a TOC line."""
    start = OxmlElement("w:bookmarkStart", {qn("w:id"): str(number), qn("w:name"): name})
    properties = paragraph._p.pPr
    if properties is not None:
        properties.addnext(start)
    else:
        paragraph._p.insert(0, start)
    paragraph._p.append(OxmlElement("w:bookmarkEnd", {qn("w:id"): str(number)}))


def _link(name: str, text: str):
    link = OxmlElement("w:hyperlink", {qn("w:anchor"): name, qn("w:history"): "1"})
    run = OxmlElement("w:r")
    text_element = OxmlElement("w:t", {qn("xml:space"): "preserve"})
    text_element.text = text
    run.append(text_element)
    link.append(run)
    return link


def table_of_contents(document, paragraph) -> list[str]:
    """Replace ``paragraph`` by a TOC field whose result already lists the document's headings
    of level 1-3 (the same ones its code collects), each linked to its heading. Call it when
    the document is complete; returns the texts listed."""
    headings = []
    for paragraph_ in document.paragraphs:
        level = _heading_level(paragraph_)
        if level and paragraph_.text.strip():
            headings.append((level, paragraph_))
    lines = []
    for number, (level, heading) in enumerate(headings, 1):
        name = f"_Toc{number:08d}"  # Word's own prefix: hidden among the bookmarks
        _bookmark(heading, name, number)
        line = paragraph.insert_paragraph_before(style=_toc_style(document, level))
        line._p.append(_link(name, heading.text))
        lines.append(line)
    # The field opens in the first line and closes in a paragraph of its own after the last.
    first = lines[0]._p if lines else paragraph._p
    after_properties = first.pPr
    for element in reversed([_char("begin", dirty=True), _code(TOC_INSTRUCTION)]):
        if after_properties is not None:
            after_properties.addnext(element)
        else:
            first.insert(0, element)
    separate = _char("separate")
    (first.xpath("w:r[w:instrText]")[0]).addnext(separate)
    paragraph._p.append(_char("end"))
    return [line.text for line in lines]


def finish(document, contents, programme: str, step) -> bytes:
    """The programme in the header, "pagina N van M" in the footer, the table of contents filled
    in at ``contents``, and the document as bytes. Word computes the fields again (page numbers
    in the contents, the page count) on opening."""
    from .models import DocumentStep

    page = document.sections[0]
    page.header.paragraphs[0].text = programme
    footer = page.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    footer.add_run("pagina ")
    field(footer, "PAGE", "1")
    footer.add_run(" van ")
    field(footer, "NUMPAGES", "1")
    table_of_contents(document, contents)
    step(DocumentStep.WRITING)
    update = OxmlElement("w:updateFields", {qn("w:val"): "true"})
    document.settings.element.insert_element_before(
        update, "w:hdrShapeDefaults", "w:footnotePr", "w:endnotePr", "w:compat", "w:rsids"
    )
    buffer = BytesIO()
    document.save(buffer)
    return buffer.getvalue()
