"""Word files of the reports drawn from an outline: the evaluation report and the vision and
goals book. A4, Dutch proofing, a cover, a table of contents already filled in, page numbers;
figures as tables (a chart in Word would need an image library the product does not carry)."""

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from . import word

NO_ASPECTS = "Er zijn nog geen metingen van de drie aspecten onder professionals."


def new_document(title: str, programme: str, facts: list[tuple[str, str]]):
    """A4 with a bare cover page and a table of contents to be filled in by ``finish``."""
    document = Document()
    document.core_properties.title = f"{title} {programme}"
    document.core_properties.language = "nl-NL"
    for lang in document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
        lang.set(qn("w:val"), "nl-NL")
    page = document.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(22)
    page.different_first_page_header_footer = True
    document.add_paragraph(title, style="Title")
    document.add_paragraph(programme, style="Subtitle")
    for label, text in facts:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)
    document.add_page_break()
    document.add_paragraph("Inhoud", style="TOC Heading")
    return document, document.add_paragraph()


def table(document, header: list[str] | None, rows: list[list[str]]) -> None:
    grid = document.add_table(rows=0, cols=len(rows[0]) if rows else len(header or [1]))
    grid.style = "Light List Accent 1"
    for index, row in enumerate([header, *rows] if header else rows):
        cells = grid.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            run = cell.paragraphs[0].add_run(str(text))
            run.bold = bool(header) and index == 0
    document.add_paragraph()


def text(document, item: dict, placeholder: str) -> None:
    if item["empty"]:
        document.add_paragraph().add_run(placeholder).italic = True
        return
    for paragraph in item["text"].split("\n\n"):
        if paragraph.strip():
            document.add_paragraph(paragraph.strip())


def quote(document, item: dict) -> None:
    paragraph = document.add_paragraph(style="Quote")
    paragraph.add_run(f"“{item['text']}”")
    if item["attribution"]:
        paragraph.add_run(f" – {item['attribution']}").italic = False


def docx(report: dict, step) -> bytes:
    """The evaluation report: the same chapters as the PDF."""
    data, placeholder = report["data"], report["placeholder"]
    document, contents = new_document(
        "Evaluatie", report["programme"], [("Stand van", report["date"])]
    )
    document.add_page_break()
    document.add_heading("1 Inleiding", level=1)
    document.add_paragraph(
        "Deze evaluatie beschrijft per fase wat goed ging en wat minder, per aspect "
        "(bewustwording, ontwikkeling en randvoorwaarden) wat er is gelukt, welke concrete "
        "resultaten de samenleving zag, het geld dat is besteed en wat er nodig is om het werk "
        "te borgen. De cijfers komen uit het platform; de teksten schreef het projectteam."
    )
    area = f" De cijfers gelden voor {data['area']}." if data["area"] else ""
    document.add_paragraph(f"In het actieboek staan {data['actions_total']} acties.{area}")
    for item in report["quotes"]:
        quote(document, item)

    document.add_page_break()
    document.add_heading("2 Per fase", level=1)
    for index, phase in enumerate(report["phases"], 1):
        document.add_heading(f"2.{index} {phase['title']}", level=2)
        document.add_heading("Wat ging goed", level=3)
        text(document, phase["well"], placeholder)
        document.add_heading("Wat ging minder goed", level=3)
        text(document, phase["less"], placeholder)

    document.add_page_break()
    document.add_heading("3 Per aspect", level=1)
    if report["surveys_note"]:
        document.add_paragraph(report["surveys_note"])
    elif not data["aspects"]:
        document.add_paragraph(NO_ASPECTS)
    for index, aspect in enumerate(report["aspects"], 1):
        document.add_heading(f"3.{index} {aspect['title']}", level=2)
        text(document, aspect["text"], placeholder)
        if aspect["scores"]:
            table(
                document,
                ["Meting", "Score (0-100), iedereen"],
                [[score["wave"], score["figure"]] for score in aspect["scores"]],
            )

    document.add_page_break()
    document.add_heading("4 Resultaten per doel", level=1)
    text(document, report["results"], placeholder)
    if report["surveys_note"]:
        document.add_paragraph(report["surveys_note"])
    for goal in report["goals"]:
        level = 2 if goal["depth"] == 0 else 3
        document.add_heading(f"{goal['number']} {goal['title']}", level=level)
        document.add_paragraph(goal["target_image"]).runs[0].italic = True
        if goal["status_counts"]:
            counts = ", ".join(f"{count} {label.lower()}" for label, count in goal["status_counts"])
            document.add_paragraph(f"Acties: {counts}.")
            for title, status in goal["actions"]:
                document.add_paragraph(f"{title} ({status.lower()})", style="List Bullet")
        else:
            document.add_paragraph().add_run("Nog geen acties voor dit doel.").italic = True
        for figure in goal["figures"]:
            unit = f" ({figure['unit']})" if figure["unit"] else ""
            document.add_heading(f"{figure['name']}{unit}", level=4)
            table(
                document,
                None,
                [
                    ["Nulmeting", figure["baseline_text"]],
                    ["Laatste meting", figure["latest_text"]],
                    ["Streefwaarde", figure["target_text"]],
                    ["Verandering sinds nulmeting", figure["change_text"]],
                ],
            )
            if len(figure["points"]) > 1:
                table(
                    document,
                    ["Jaar", f"Waarde in {figure['area']}"],
                    [[str(period), value] for period, value in figure["years"]],
                )
            document.add_paragraph(figure["trend"])
        for block in goal.get("surveys", []):
            change = f"Verandering sinds {block['earlier']}" if block["earlier"] else "Verandering"
            document.add_paragraph(f"Gemeten in {block['survey']}, {block['wave']}")
            table(
                document,
                ["Vraag", "n", "Uitkomst", change],
                [
                    [row["question"], "–" if row["n"] is None else str(row["n"]), row["result"]]
                    + [row["change"]]
                    for row in block["rows"]
                ],
            )
        if goal["money"]:
            document.add_paragraph(goal["money"])
        for item in goal["quotes"]:
            quote(document, item)
    if not report["goals"]:
        document.add_paragraph().add_run("Het doelenboek heeft nog geen doelen.").italic = True

    document.add_page_break()
    document.add_heading("5 Geld en inzet", level=1)
    document.add_paragraph(f"Besteed (toegezegd door de partijen): {report['money_spent']}.")
    text(document, report["money_text"], placeholder)
    table(
        document,
        ["", "Euro", "Uren", "Plekken"],
        [[label, row["euros"], row["hours"], row["places"]] for label, row in report["money_rows"]],
    )
    if report["organisations"]:
        table(
            document,
            ["Organisatie", "Euro", "Uren", "Plekken"],
            [
                [name, row["euros"], row["hours"], row["places"]]
                for name, row in report["organisations"]
            ],
        )

    document.add_page_break()
    document.add_heading("6 Borging", level=1)
    text(document, report["embedding"], placeholder)
    return word.finish(document, contents, report["programme"], step)
