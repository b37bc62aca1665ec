"""The vision and goals book (Visie- en Doelenboek) as a document: the vision, the target
images and under each its tree of goals with their owner, broad-prosperity themes, societal
challenges and the actions that serve them. PDF through WeasyPrint, Word through python-docx."""

from django.utils import timezone, translation

from samenspel.actions.selectors import actions_for_book
from samenspel.core.masking import mask
from samenspel.core.templatetags.samenspel import display_name
from samenspel.goals.selectors import goal_book, vision_of

from .action_book import _walk
from .models import DocumentStep


def outline(*, programme) -> dict:
    """The vision, a chapter per target image with its goals in tree order, numbered."""
    actions: dict[int, list] = {}
    for action in actions_for_book(programme=programme):
        for goal in action.goals.all():
            actions.setdefault(goal.pk, []).append((action.title, str(action.get_status_display())))
    chapters = []
    for index, part in enumerate(goal_book(programme=programme), 1):
        image = part.target_image
        goals = [
            {
                "number": number,
                "level": min(2 + depth, 3),
                "title": goal.title,
                "description": mask(goal.description),
                "owner": display_name(goal.owner),
                "themes": ", ".join(theme.name for theme in goal.themes.all()),
                "challenges": ", ".join(challenge.name for challenge in goal.challenges.all()),
                "actions": actions.get(goal.pk, []),
            }
            for goal, number, depth in _walk(part.roots, str(index))
        ]
        chapters.append(
            {
                "number": str(index),
                "title": image.title,
                "description": mask(image.description),
                "goals": goals,
            }
        )
    return {
        "programme": programme.name,
        "date": timezone.localdate().strftime("%d-%m-%Y"),
        "vision": mask(vision_of(programme=programme).text),
        "chapters": chapters,
    }


def build(*, programme, file_format: str, on_step=None) -> bytes:
    """The goals book of ``programme`` as PDF or DOCX bytes."""
    step = on_step or (lambda _step: None)
    if file_format not in ("pdf", "docx"):
        raise ValueError(f"Unknown file format: {file_format}")
    with translation.override("nl"):
        step(DocumentStep.COLLECTING)
        book = outline(programme=programme)
        step(DocumentStep.LAYOUT)
        return _pdf(book, step) if file_format == "pdf" else _docx(book, step)


def _pdf(book: dict, step) -> bytes:
    from django.template.loader import render_to_string
    from weasyprint import HTML, URLFetcher

    html = render_to_string("reports/goals_book.html", book)
    pages = HTML(string=html, url_fetcher=URLFetcher(allowed_protocols={"data"})).render()
    step(DocumentStep.WRITING)
    return pages.write_pdf()


def _docx(book: dict, step) -> bytes:
    from . import word
    from .evaluation_word import new_document, table

    document, contents = new_document(
        "Visie- en Doelenboek", book["programme"], [("Datum", book["date"])]
    )
    document.add_page_break()
    document.add_heading("Visie", level=1)
    if book["vision"]:
        for paragraph in book["vision"].split("\n\n"):
            document.add_paragraph(paragraph.strip())
    else:
        document.add_paragraph().add_run("Er is nog geen visie geschreven.").italic = True
    for chapter in book["chapters"]:
        document.add_page_break()
        document.add_heading(f"{chapter['number']} {chapter['title']}", level=1)
        if chapter["description"]:
            document.add_paragraph(chapter["description"])
        for goal in chapter["goals"]:
            document.add_heading(f"{goal['number']} {goal['title']}", level=goal["level"])
            if goal["description"]:
                document.add_paragraph(goal["description"])
            rows = [
                ["Eigenaar", goal["owner"] or "Nog geen eigenaar"],
                ["Thema's", goal["themes"]],
                ["Opgaven", goal["challenges"]],
            ]
            table(document, None, [row for row in rows if row[1]])
            for title, status in goal["actions"]:
                document.add_paragraph(f"{title} ({status.lower()})", style="List Bullet")
            if not goal["actions"]:
                document.add_paragraph().add_run("Nog geen acties").italic = True
        if not chapter["goals"]:
            document.add_paragraph().add_run("Nog geen doelen").italic = True
    return word.finish(document, contents, book["programme"], step)
