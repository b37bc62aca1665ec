"""The action book (Actieboek) as a document to share: PDF through WeasyPrint, Word through
python-docx. Both are drawn from one outline, so that they tell the same story in Dutch."""

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from django.db.models import Prefetch
from django.template.loader import render_to_string
from django.utils import timezone, translation

from samenspel.actions.models import ActionStatus, OrganisationRole, ProgressUpdate
from samenspel.actions.selectors import ActionFilters, actions_for_book
from samenspel.core import theming
from samenspel.core.masking import mask
from samenspel.core.selectors import theme_for_document
from samenspel.goals.selectors import goal_book

from .models import DocumentStep


@dataclass
class Section:
    goal: object
    number: str  # by place in the goal tree, so that it stays the same under any filter
    level: int  # heading level: 2 for a goal, 3 for a sub-goal at any depth
    entries: list["Entry"] = field(default_factory=list)  # described here in full
    refs: list["Entry"] = field(default_factory=list)  # described under an earlier goal

    @property
    def count(self) -> int:
        return len(self.entries) + len(self.refs)


@dataclass
class Entry:
    """An action under a goal. It is described in full under the first goal it serves and
    referred to under the others: a 300-action book stays readable, and renders in time."""

    action: object
    home: Section | None = None  # where it is described in full, for a reference
    also: str = ""  # the other goals it serves, for the full description


@dataclass
class Chapter:
    number: str
    title: str
    description: str
    sections: list[Section] = field(default_factory=list)


def _dutch_date(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def _walk(nodes, prefix: str, depth: int = 0):
    """The goal tree depth-first, as in the goals book: (goal, number such as 2.1.3, depth)."""
    for index, node in enumerate(nodes, 1):
        yield node.goal, f"{prefix}.{index}", depth
        yield from _walk(node.children, f"{prefix}.{index}", depth + 1)


def _period(start: str, end: str) -> str:
    if start and end:
        return f"{start} tot en met {end}"
    return f"vanaf {start}" if start else (f"tot en met {end}" if end else "")


def _describe(action, everywhere: str) -> None:
    """Set the action's lead and its properties as lines of (label, text), empty ones left out;
    the PDF prints each line as one run of facts, Word as rows of a table."""
    lead = action.lead
    organisation = f" ({lead.organisation.name})" if lead and lead.organisation else ""
    action.lead_text = f"{lead.name}{organisation}" if lead else "Nog geen trekker"
    organisations = [
        item.organisation.name
        if item.role == OrganisationRole.CONTRIBUTES
        else f"{item.organisation.name} ({item.get_role_display().lower()})"
        for item in action.involvements.all()
    ]
    progress = ""
    if action.latest_updates:
        latest = action.latest_updates[0]
        done = latest.percent_complete
        progress = _dutch_date(latest.date) + (f" ({done}% klaar)" if done is not None else "")
        # A document travels beyond the platform: contact details stay in the register.
        progress += f": {mask(latest.text)}"
    lines = [
        [
            ("Trekker", action.lead_text),
            ("Gebied", action.area or everywhere),
            ("Periode", _period(_dutch_date(action.start_date), _dutch_date(action.end_date))),
        ],
        [
            ("Organisaties", ", ".join(organisations)),
            ("Doelgroepen", ", ".join(group.name for group in action.target_groups.all())),
        ],
        [("Laatste voortgang", progress)],
    ]
    lines = [[(label, text) for label, text in line if text] for line in lines]
    action.book_lines = [line for line in lines if line]


def _filter_line(programme, filters: ActionFilters, goals: dict[int, str]) -> str:
    """The active filters in words, for the cover: a reader must know the book is a selection."""

    def name(related, pk):
        return related.filter(pk=pk).values_list("name", flat=True).first() or "onbekend"

    parts = [
        filters.query and f"zoekterm ‘{filters.query}’",
        filters.status and f"status {ActionStatus(filters.status).label.lower()}",
        filters.goal and f"doel {goals.get(filters.goal, 'onbekend')} met subdoelen",
        filters.lead and f"trekker {name(programme.people, filters.lead)}",
        filters.organisation
        and f"organisatie {name(programme.organisations, filters.organisation)}",
        filters.target_group and f"doelgroep {name(programme.target_groups, filters.target_group)}",
        filters.area and f"gebied {filters.area}",
        filters.stalling_only and "alleen stilvallende acties",
    ]
    return "; ".join(part for part in parts if part)


def outline(*, programme, filters: ActionFilters) -> dict:
    """Cover facts, a chapter per target image with its goals and their actions, status counts."""
    actions = list(
        actions_for_book(programme=programme, filters=filters).prefetch_related(
            "target_groups",
            "involvements__organisation",
            # A sliced prefetch loads only the newest update per action (a window query).
            Prefetch(
                "progress_updates",
                queryset=ProgressUpdate.objects.order_by("-date", "-pk")[:1],
                to_attr="latest_updates",
            ),
        )
    )
    municipalities = [m.name for m in programme.municipalities.all()]
    everywhere = "Hele regio" if len(municipalities) > 1 else "Hele gemeente"
    by_goal: dict[int, list] = {}
    for action in actions:
        _describe(action, everywhere)
        for goal in action.goals.all():
            by_goal.setdefault(goal.pk, []).append(action)

    # Sorting changes the order, not the selection, so it does not count as a filter.
    filtered = replace(filters, sort=ActionFilters().sort) != ActionFilters()
    parts = list(enumerate(goal_book(programme=programme), 1))
    labels = {g.pk: f"{n} {g.title}" for i, part in parts for g, n, _ in _walk(part.roots, str(i))}
    chapters, home = [], {}
    for index, part in parts:
        image = part.target_image
        chapter = Chapter(str(index), image.title, mask(image.description))
        for goal, number, depth in _walk(part.roots, str(index)):
            section = Section(goal, number, min(2 + depth, 3))
            for action in by_goal.get(goal.pk, []):
                if action.pk in home:
                    section.refs.append(Entry(action, home[action.pk]))
                    continue
                home[action.pk] = section
                others = [labels[g.pk] for g in action.goals.all() if g.pk in labels and g != goal]
                section.entries.append(Entry(action, also="; ".join(others)))
            if section.entries or section.refs or not filtered:
                chapter.sections.append(section)
        if chapter.sections or not filtered:
            chapters.append(chapter)

    counts = Counter(action.status for action in actions)
    today = _dutch_date(timezone.localdate())
    cover = [
        ("Gemeenten" if len(municipalities) > 1 else "Gemeente", ", ".join(municipalities)),
        ("Datum", today),
        ("Acties", str(len(actions))),
        ("Selectie", _filter_line(programme, filters, labels) if filtered else ""),
    ]
    return {
        "programme": programme,
        "today": today,
        "cover": [(label, text) for label, text in cover if text],
        "filtered": filtered,
        "chapters": chapters,
        # Actions whose goals were all archived would otherwise vanish from the book.
        "leftovers": [Entry(action) for action in actions if action.pk not in home],
        "status_counts": [
            {"value": value, "label": label, "count": counts[value]}
            for value, label in ActionStatus.choices
        ],
        "total": len(actions),
    }


def build(*, programme, filters: ActionFilters | None, file_format: str, on_step=None) -> bytes:
    """The action book of ``programme`` under ``filters``, as PDF or DOCX bytes. ``on_step``
    hears each DocumentStep as it begins, for the person waiting to see."""
    step = on_step or (lambda _step: None)
    if file_format not in ("pdf", "docx"):
        raise ValueError(f"Unknown file format: {file_format}")
    # The book is a Dutch document whatever language the person asking for it reads.
    with translation.override("nl"):
        step(DocumentStep.COLLECTING)
        book = outline(programme=programme, filters=filters or ActionFilters())
        step(DocumentStep.LAYOUT)
        return _pdf(book, step) if file_format == "pdf" else _docx(book, step)


def _pdf(book: dict, step) -> bytes:
    """Render the HTML template with its print CSS, fetching nothing from outside."""
    from weasyprint import HTML, URLFetcher

    look, font = theme_for_document(programme_id=book["programme"].pk)
    style = theming.document_style(look, font)
    html = render_to_string("reports/action_book.html", {**book, "theme_style": style})
    pages = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).render()
    step(DocumentStep.WRITING)
    return pages.write_pdf()


def _docx_entry(document, entry: Entry, level: int) -> None:
    from docx.shared import Cm

    action = entry.action
    document.add_heading(action.title, level=level)
    if action.description:
        document.add_paragraph(mask(action.description))
    rows = [("Status", action.get_status_display())]
    rows += [pair for line in action.book_lines for pair in line]
    rows += [("Dient ook", entry.also)] if entry.also else []
    table = document.add_table(rows=len(rows), cols=2)
    table.style = "Light List Accent 1"
    for cells, (label, text) in zip(table.rows, rows, strict=True):
        left, right = cells.cells
        left.width, right.width = Cm(4), Cm(12.6)
        left.paragraphs[0].add_run(label).bold = True
        right.paragraphs[0].add_run(text)
    document.add_paragraph()


def _docx(book: dict, step) -> bytes:
    """Cover, a table of contents already filled in, Heading 1-4 per target image, goal and
    action, counts."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm

    from . import word

    document = Document()
    document.core_properties.title = f"Actieboek {book['programme'].name}"
    document.core_properties.language = "nl-NL"
    # Dutch proofing, and A4 instead of the template's US Letter.
    for lang in document.styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang"):
        lang.set(qn("w:val"), "nl-NL")
    page = document.sections[0]
    page.page_width, page.page_height = Mm(210), Mm(297)
    page.left_margin = page.right_margin = Mm(22)
    page.different_first_page_header_footer = True  # a bare cover

    document.add_paragraph("Actieboek", style="Title")
    document.add_paragraph(book["programme"].name, style="Subtitle")
    for label, text in book["cover"]:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{label}: ").bold = True
        paragraph.add_run(text)
    document.add_page_break()
    document.add_paragraph("Inhoud", style="TOC Heading")
    contents = document.add_paragraph()  # filled in when every heading is there

    for chapter in book["chapters"]:
        document.add_page_break()
        document.add_heading(f"{chapter.number} {chapter.title}", level=1)
        if chapter.description:
            document.add_paragraph(chapter.description)
        for section in chapter.sections:
            document.add_heading(f"{section.number} {section.goal.title}", level=section.level)
            for entry in section.entries:
                _docx_entry(document, entry, level=4)
            if section.refs:
                document.add_paragraph("Ook voor dit doel, beschreven bij een ander doel:")
            for ref in section.refs:
                action, home = ref.action, ref.home
                paragraph = document.add_paragraph(style="List Bullet")
                paragraph.add_run(action.title).bold = True
                paragraph.add_run(f" ({action.get_status_display().lower()}), trekker ")
                paragraph.add_run(f"{action.lead_text}: zie {home.number} {home.goal.title}")
            if not section.entries and not section.refs:
                document.add_paragraph().add_run("Nog geen acties").italic = True
        if not chapter.sections:
            document.add_paragraph().add_run("Nog geen doelen").italic = True
    if book["leftovers"]:
        document.add_page_break()
        document.add_heading("Acties bij gearchiveerde doelen", level=1)
        for entry in book["leftovers"]:
            _docx_entry(document, entry, level=2)

    document.add_page_break()
    document.add_heading("Overzicht per status", level=1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Light List Accent 1"
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Status", "Aantal acties"
    for row in [*book["status_counts"], {"label": "Totaal", "count": book["total"]}]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = str(row["label"]), str(row["count"])
        cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT

    return word.finish(document, contents, book["programme"].name, step)
