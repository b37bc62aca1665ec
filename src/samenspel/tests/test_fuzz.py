"""No input makes a 500, anywhere: every page with fuzzed query parameters and addresses,
every form with fuzzed bodies, every import with fuzzed files, for the project team and for
a viewer or partner. Hypothesis draws the inputs from a fixed seed (``derandomize``), a fixed
number per page, so every run tries the same inputs. Each input is tried in a transaction that
is rolled back afterwards, so the next one meets the same programme. A failing import changes
nothing, and an import whose preview shows no problem is applied."""

import copy
import csv
import io
import json
import re
import time
import zipfile
from collections import Counter
from contextlib import contextmanager
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import Resolver404, get_resolver, resolve, reverse
from django.urls.resolvers import RegexPattern, URLResolver
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from samenspel.actions import services as action_services
from samenspel.actions.models import Action, ActionRelation
from samenspel.actions.tests.factories import ActionFactory
from samenspel.core.models import MemberInvitation, Membership, Programme, Role, Theme
from samenspel.core.tests.factories import MemberInvitationFactory
from samenspel.goals import services as goal_services
from samenspel.goals.models import Goal
from samenspel.goals.tests.factories import TargetImageFactory
from samenspel.meetings.models import Meeting
from samenspel.monitoring.models import Quote
from samenspel.monitoring.tests.factories import (
    AreaFactory,
    IndicatorFactory,
    IndicatorValueFactory,
)
from samenspel.reports.models import DocumentStatus, GeneratedDocument
from samenspel.stakeholders.models import ImportBatch, Organisation, Person
from samenspel.stakeholders.tests.factories import (
    OrganisationFactory,
    PersonFactory,
    TargetGroupFactory,
)
from samenspel.surveys.building import services as building
from samenspel.surveys.collecting import services as collecting
from samenspel.surveys.collecting.imports import response_table_spec
from samenspel.surveys.models import (
    Answer,
    ImportStatus,
    Invitation,
    Margin,
    Question,
    Response,
    ResponseImport,
    ResponseStatus,
    RowExportGrant,
)
from samenspel.tests.test_permission_matrix import MATRIX

pytestmark = pytest.mark.django_db

# How many inputs each page, form and import gets. The whole module stays near a minute on
# SQLite; raise these locally to fuzz harder (the seed stays fixed).
GET_EXAMPLES = {"team": 6, "viewer": 2, "anonymous": 2}
POST_EXAMPLES = {"team": 6, "partner": 2}
IMPORT_EXAMPLES = 150
TRIED: Counter = Counter()


def fuzz_settings(examples: int):
    return settings(
        max_examples=examples,
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        suppress_health_check=list(HealthCheck),
    )


# --- Values people and scripts send -------------------------------------------------------

LONG = "x" * 300
LONG_ADDRESS = "a" * 64 + "@" + ".".join(["b" * 63] * 3) + ".nl"  # valid, of 259 characters
SPECIAL = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "0",
    "-1",
    "1.5",
    "1,5",
    "9" * 18,
    "9" * 19,
    "9" * 40,
    "-" + "9" * 30,
    "1e308",
    "1e309",
    "-1e309",
    "nan",
    "NaN",
    "inf",
    "-inf",
    "Infinity",
    "1e-320",
    "0x1F",
    "%",
    "%00",
    "60%",
    "12.345",
    "1.234.567,5",
    "true",
    "on",
    "null",
    "[]",
    "{}",
    "2026-02-30",
    "0000-00-00",
    "9999-12-31",
    "31-12-99999",
    "=SUM(A1)",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "../../etc/passwd",
    "ünïcødé ✓ 🙂",
    "\u202eomgekeerd",
    "\r\n",
    LONG_ADDRESS,
    "up" + "to@" + "x" * 250 + ".nl",
    LONG,
    "y" * 5000,
]


# Tried on every page and form besides the drawn inputs: in every parameter at once, and
# (the ones a field may let through to a service or the database) in one field at a time.
PROBES = ["a\x00b", "9" * 40, "nan", "-inf", "x" * 5000]
FIELD_PROBES = {
    "email": [LONG_ADDRESS],
    "date": ["9999-12-31", "0001-01-01"],
    "datetime-local": ["9999-12-31T23:59", "0001-01-01T00:00"],
    "number": ["9" * 18, "-" + "9" * 18],
    "text": [LONG_ADDRESS, "9" * 18],
}


def nasty_text():
    return st.one_of(
        st.sampled_from(SPECIAL),
        st.text(max_size=30),
        st.integers(min_value=-(10**25), max_value=10**25).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(repr),
        st.text(min_size=250, max_size=400),
    )


def value_for(options):
    """A value for a field: one the page offers, or one it does not expect."""
    options = [option for option in options if option is not None]
    if options:
        return st.one_of(st.sampled_from(options), nasty_text())
    return nasty_text()


# --- The programme every input meets ----------------------------------------------------


@pytest.fixture
def world(programme, members, other_programme):
    """A small programme like the demo's: goals, parties, actions, a meeting, a survey with
    answers, imports and documents waiting, made through the factories and services."""
    team, lead = members[Role.PROJECT_TEAM], members[Role.LEAD]
    image = TargetImageFactory(programme=programme, title="Samen leven")
    goal = goal_services.goal_create(
        programme=programme, target_image=image, title="Minder eenzaamheid", owner=lead, by=team
    )
    sub_goal = goal_services.goal_create(
        programme=programme, parent=goal, title="Buren kennen", by=team
    )
    old_goal = goal_services.goal_create(
        programme=programme, target_image=image, title="Oud", by=team
    )
    organisation = OrganisationFactory(programme=programme, name="Bibliotheek")
    lead_person = PersonFactory(
        programme=programme, name="Anouk de Vries", user=lead, organisation=organisation
    )
    person = PersonFactory(programme=programme, name="Bram Jansen", organisation=organisation)
    group = TargetGroupFactory(programme=programme, name="Ouderen")
    action = ActionFactory(
        programme=programme, goals=[goal], lead=lead_person, title="Koffieochtend", area="Centrum"
    )
    other_action = ActionFactory(
        programme=programme, goals=[goal, sub_goal], title="Buurtapp", description="Een app"
    )
    ActionFactory(programme=programme, goals=[old_goal], title="Oude actie")
    assert goal_services.goal_remove(goal=old_goal, by=team) == "archived"
    relation = ActionRelation.objects.create(
        programme=programme, source=action, target=other_action, kind="overlaps"
    )
    action_services.progress_post(action=action, text="Eerste ochtend gehouden.", by=team)
    action_services.settings_update(
        programme=programme, stalling_after_weeks=6, is_public=True, by=team
    )
    meeting = Meeting.objects.create(
        programme=programme, kind="other", title="Tafel", date="2026-01-01"
    )
    meeting.goals.add(goal)
    Programme.objects.filter(pk=programme.pk).update(logo=b"\x89PNG", logo_version="v1")

    survey = building.survey_from_questionnaire(programme=programme, code="residents", by=team)
    wave = collecting.wave_create(survey=survey, name="Meting", by=team)
    questions = {q.code: q for q in Question.objects.filter(section__survey=survey)}
    for index in range(40):
        response = Response.objects.create(wave=wave, status=ResponseStatus.COMPLETE)
        Answer.objects.bulk_create(
            [
                Answer(response=response, question=questions["geslacht"], value=str(index % 2 + 1)),
                Answer(
                    response=response, question=questions["woonplaats"], value=str(index % 3 + 1)
                ),
                Answer(response=response, question=questions["leven_cijfer"], value=index % 11),
                Answer(response=response, question=questions["behoeften"], value=["1"]),
            ]
        )
    open_response = Response.objects.create(wave=wave)
    Invitation.objects.create(wave=wave, email="inwoner@example.nl")
    document = GeneratedDocument.objects.create(
        programme=programme,
        kind="action_book",
        file_format="docx",
        created_by=team,
        status=DocumentStatus.READY,
        content=b"PK",
        filename="actieboek.docx",
    )
    return {
        "programme": programme,
        "members": members,
        "survey": survey,
        "wave": wave,
        "section": survey.sections.first(),
        "question": questions["leven_cijfer"],
        "background": questions["geslacht"],
        "open_response": open_response,
        "import": ResponseImport.objects.create(wave=wave, filename="papier.csv"),
        "action": action,
        "relation": relation,
        "meeting": meeting,
        "image": image,
        "goal": goal,
        "archived_goal": old_goal,
        "organisation": organisation,
        "person": person,
        "target_group": group,
        "group": group,
        "other_action": other_action,
        "other_goal": sub_goal,
        "membership": Membership.objects.get(programme=programme, user=members[Role.VIEWER]),
        "invitation": MemberInvitationFactory(programme=programme, user=members[Role.VIEWER]),
        "grant": RowExportGrant.objects.create(
            programme=programme, user=members[Role.ANALYST], reason="Analyse per dorp"
        ),
        "challenge": programme.challenges.first(),
        "register_batch": ImportBatch.objects.create(
            programme=programme, kind="register", filename="p.xlsx", created_by=team
        ),
        "action_batch": ImportBatch.objects.create(
            programme=programme, kind="actions", filename="a.xlsx", created_by=team
        ),
        "document": document,
        "theme": Theme.objects.create(primary_colour="#1d5e8c"),
        "feed_indicator": IndicatorFactory(
            programme=programme, code="bron", feed="survey_mean", feed_survey=survey
        ),
        **_monitoring_partner_world(programme, members, goal, action),
        "indicator_batch": ImportBatch.objects.create(
            programme=programme, kind="indicator_values", filename="w.csv", created_by=team
        ),
        **_monitoring_world(programme, group),
        "quote": Quote.objects.create(programme=programme, goal=goal, text="Het dorp leeft."),
        "area": AreaFactory(programme=programme, code="WK990101", name="Dorpskern"),
        "shape_batch": ImportBatch.objects.create(
            programme=programme, kind="area_shapes", filename="wijken.geojson", created_by=team
        ),
    }


def _monitoring_partner_world(programme, members, goal, action) -> dict:
    """A figure asked of the partner's organisation, and a commitment of it with a need."""
    from samenspel.monitoring import services as monitoring_services
    from samenspel.monitoring.tests.factories import IndicatorFactory

    team = members[Role.PROJECT_TEAM]
    own = OrganisationFactory(programme=programme, name="Buurthuis")
    PersonFactory(
        programme=programme, name="Petra Partner", organisation=own, user=members[Role.PARTNER]
    )
    indicator = IndicatorFactory(programme=programme, name="Bezoekers", unit="mensen")
    monitoring_services.resource_need_set(action=action, hours=20, euros=500, places=1, by=team)
    return {
        "figure_request": monitoring_services.figure_request_create(
            indicator=indicator, organisation=own, period=2025, by=team
        ),
        "commitment": monitoring_services.commitment_create(
            programme=programme,
            organisation=own,
            action=action,
            goal=None,
            period=2025,
            hours=4,
            by=team,
        ),
    }


def _monitoring_world(programme, group) -> dict:
    """An indicator with figures for the municipality and four districts over five years,
    some per target group, so that its trend and its comparison can be drawn."""
    indicator = IndicatorFactory(
        programme=programme,
        code="eenzaam",
        by_target_group=True,
        baseline_period=2019,
        target_value=8,
        target_period=2026,
    )
    municipality = AreaFactory(programme=programme, code="GM9999", level="municipality")
    districts = [AreaFactory(programme=programme, code=f"WK99990{i}") for i in range(4)]
    for year in range(2019, 2024):
        IndicatorValueFactory(
            indicator=indicator, area=municipality, period=year, value=year - 2000
        )
        for index, district in enumerate(districts):
            IndicatorValueFactory(
                indicator=indicator, area=district, period=year, value=index + year % 7
            )
            IndicatorValueFactory(
                indicator=indicator,
                area=district,
                target_group=group,
                period=year,
                value=index * 2 + year % 5,
                n=40,
            )
    return {"indicator": indicator, "indicator_value": indicator.values.first()}


# --- Every address, with the objects it is about -----------------------------------------

# The object behind an address's pk, by the address's name.
PKS = {
    # A proposal is an action too: the fuzzed pages need no partner's own.
    "actions:withdraw": "action",
    "core:member-role": "membership",
    "core:member-remove": "membership",
    "goals:target-image-edit": "image",
    "goals:target-image-delete": "image",
    "goals:goal-detail": "goal",
    "goals:goal-edit": "goal",
    "goals:goal-move": "goal",
    "goals:goal-remove": "goal",
    "goals:goal-restore": "archived_goal",
    "goals:challenge-delete": "challenge",
    "stakeholders:organisation-detail": "organisation",
    "stakeholders:person-detail": "person",
    "stakeholders:import-preview": "register_batch",
    "meetings:detail": "meeting",
    "meetings:edit": "meeting",
    "actions:import-preview": "action_batch",
    "actions:detail": "action",
    "actions:edit": "action",
    "actions:set-status": "action",
    "actions:progress": "action",
    "actions:relation-add": "action",
    "actions:relation-delete": "relation",
    "reports:document": "document",
    "reports:download": "document",
    "public:action": "action",
    "surveys:detail": "survey",
    "surveys:edit": "survey",
    "surveys:preview": "survey",
    "surveys:section-edit": "section",
    "surveys:section-move": "section",
    "surveys:section-delete": "section",
    "surveys:question-edit": "question",
    "surveys:question-move": "question",
    "surveys:question-delete": "question",
    "surveys:question-target-groups": "background",
    "surveys:wave-toggle": "wave",
    "surveys:results": "wave",
    "surveys:weighting": "wave",
    "surveys:import": "wave",
    "surveys:import-status": "wave",
    "surveys:invitations": "wave",
    "surveys:invitations-send": "wave",
    "surveys:export": "wave",
    "surveys:import-layout": "wave",
    "surveys:row-export-decide": "grant",
    "core:invitation-withdraw": "invitation",
    "core:theme-font": "theme",
    "core:theme-logo": "theme",
    "monitoring:indicator-feed": "feed_indicator",
    "monitoring:figure-deliver": "figure_request",
    "monitoring:figure-request-withdraw": "figure_request",
    "monitoring:commitment-delete": "commitment",
    "monitoring:resource-need": "action",
    "monitoring:import-preview": "indicator_batch",
    "monitoring:goal-dashboard": "goal",
    "monitoring:indicator": "indicator",
    "monitoring:indicator-edit": "indicator",
    "monitoring:indicator-delete": "indicator",
    "monitoring:value-create": "indicator",
    "monitoring:value-edit": "indicator_value",
    "monitoring:value-delete": "indicator_value",
    "monitoring:impact": "indicator",
    "monitoring:quote-delete": "quote",
    "monitoring:area-edit": "area",
    "monitoring:area-delete": "area",
    "monitoring:area-shapes-preview": "shape_batch",
}
# Other parts of addresses that take one of a few words.
CHOICES = {
    "register": ["organisation", "person", "target_group"],
    "file_format": ["xlsx", "csv", "zip", "sav", "pdf", "docx"],
    "chart": ["indicator", "acties", "aspecten"],
}


def _patterns(resolver=None, namespace="", prefix=()):
    for pattern in (resolver or get_resolver()).url_patterns:
        if isinstance(pattern, URLResolver):
            if pattern.namespace == "admin":
                continue  # Django's own back office, behind its own permissions
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            yield from _patterns(pattern, inner, (*prefix, pattern.pattern))
        elif pattern.name:
            yield ":".join(filter(None, [namespace, pattern.name])), (*prefix, pattern.pattern)


def _parameters(parts) -> list[str]:
    names = []
    for part in parts:
        if isinstance(part, RegexPattern):
            names += list(part.regex.groupindex)
        else:
            names += list(part.converters)
    return names


def routes() -> dict[str, list[str]]:
    """Every named address outside the back office, with the names of its parameters."""
    found = {}
    for name, parts in _patterns():
        found.setdefault(name, _parameters(parts))
    return found


def _valid(world, name: str, parameter: str):
    """The values of one part of an address that lead to an existing page."""
    programme, wave = world["programme"], world["wave"]
    if parameter == "slug":
        return [programme.slug]
    if parameter == "register":
        return CHOICES["register"]
    if parameter == "file_format":
        return [value for value in CHOICES["file_format"] if _format_fits(name, value)]
    if parameter == "pk" and name.startswith("stakeholders:"):
        return [world[kind].pk for kind in ("organisation", "person", "target_group")]
    if parameter == "pk":
        return [world[_object_of(name)].pk]
    if parameter == "survey_pk":
        return [world["survey"].pk]
    if parameter == "import_pk":
        return [world["import"].pk]
    if parameter == "token" and name.startswith("surveys:"):
        return [wave.public_token]
    if parameter == "resume":
        return [world["open_response"].resume_token]
    if parameter == "number":
        return [1, 2]
    if parameter == "version":
        return ["v1"]
    if parameter == "chart":
        return CHOICES["chart"]
    if parameter == "section":
        return ["awareness", "embedding"]  # the evaluation report's narrative parts
    return ["MQ", "set-password"]  # uidb64 and token of a password reset


def _object_of(name: str) -> str:
    """The world's object behind a page's pk: named here, or as in the permission matrix."""
    if name in PKS:
        return PKS[name]
    for row in MATRIX:
        objects = [arg for arg in row[1] if not arg.startswith("=")]
        if row[0] == name and objects:
            return objects[-1]
    raise AssertionError(f"The fuzz test does not know what {name} is about: add it to PKS.")


def _wrong(parameter: str):
    """Values of a part of an address that match its pattern but point at nothing."""
    if parameter in ("pk", "survey_pk", "import_pk", "number"):
        return st.one_of(st.sampled_from([0, 10**18 - 1]), st.integers(0, 10**18 - 1))
    if parameter == "slug":
        return st.sampled_from(["ander", "bestaat-niet", "x" * 200])
    if parameter in CHOICES:
        return st.sampled_from(CHOICES[parameter])
    return st.one_of(
        st.sampled_from(["\x00", "a\x00", "%00", "x" * 500, ".", "é", " "]),
        st.text(min_size=1, max_size=20).filter(lambda text: "/" not in text),
    )


def address(world, name: str, parameters: list[str]):
    """An address of the named page: mostly one that exists, sometimes one that does not."""

    def build(values):
        try:
            return reverse(name, kwargs=values)
        except Exception:  # noqa: BLE001 - a value its pattern refuses: take a valid one
            return reverse(name, kwargs={p: _valid(world, name, p)[0] for p in parameters})

    valid = st.fixed_dictionaries({p: st.sampled_from(_valid(world, name, p)) for p in parameters})
    wrong = st.fixed_dictionaries(
        {p: st.one_of(st.sampled_from(_valid(world, name, p)), _wrong(p)) for p in parameters}
    )
    return st.one_of(valid, valid, wrong).map(build) if parameters else st.just(reverse(name))


# Every query parameter a view reads (grep request.GET, paging, the filter forms).
GET_PARAMETERS = [
    "q",
    "page",
    "all",
    "archief",
    "parent",
    "streefbeeld",
    "soort",
    "goal",
    "status",
    "lead",
    "organisation",
    "target_group",
    "area",
    "stalling",
    "sort",
    "bijeenkomst",
    "pagina",
    "uitnodiging",
    "vervolgvraag",
    "controleren",
    "naar",
    "verb",
    "actor",
    "object_type",
    "object_id",
    "since",
    "until",
    "kind",
    "municipality",
    "ambassadors",
    "dimension",
    "next",
    "period",
    "measure",
    "indicator",
    "survey",
    "doel",
    "gebied",
    "behandeld",
    "voor",
    "na",
    "jaar",
    "doelgroep",
    "code",
]
# Every form field a view reads without a form (grep request.POST).
POST_PARAMETERS = [
    "direction",
    "richting",
    "key",
    "decision",
    "kind",
    "parent",
    "meeting",
    "section",
    "tekst",
    "ongewogen",
    "nonce",
    "access_code",
    "uitnodiging",
    "website",
    "gezien",
    "terug",
    "language",
    "next",
]


def query(names, options: dict[str, list]):
    """A query string's parameters: known names and unknown ones, one or more values each."""
    name = st.one_of(st.sampled_from(sorted(set(names))), st.text(min_size=1, max_size=12))

    def values(key):
        return st.lists(value_for(options.get(key, [])), min_size=1, max_size=2)

    return st.dictionaries(name, st.just(None), max_size=5).flatmap(
        lambda keys: st.fixed_dictionaries({key: values(key) for key in keys})
    )


# --- Forms as the pages render them -------------------------------------------------------


class FormReader(HTMLParser):
    """The forms of a page: where each goes, and its fields with the values it offers."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []
        self._form = None
        self._select = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        name = attributes.get("name")
        if tag == "form":
            self._form = {
                "action": attributes.get("action") or "",
                "method": (attributes.get("method") or "get").lower(),
                "fields": {},
                "types": {},
            }
            self.forms.append(self._form)
        elif self._form is None or not name:
            if tag == "option" and self._form is not None and self._select:
                self._form["fields"][self._select].append(attributes.get("value", ""))
            return
        elif tag == "input":
            kind = attributes.get("type", "text")
            self._form["types"][name] = kind
            options = self._form["fields"].setdefault(name, [])
            options.append(attributes.get("value", "on" if kind == "checkbox" else ""))
        elif tag in ("textarea", "button"):
            self._form["fields"].setdefault(name, []).append(attributes.get("value", ""))
        elif tag == "select":
            self._select = name
            self._form["fields"].setdefault(name, [])

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "select":
            self._select = None


def forms_on(html: str, page: str) -> list[dict]:
    reader = FormReader()
    reader.feed(html)
    for form in reader.forms:
        form["action"] = urlsplit(form["action"]).path or page
    return reader.forms


def body(form: dict | None):
    """A form's body: each field as offered, as typed wrong, or missing, and fields it has
    not."""
    fields = form["fields"] if form else {}

    def field(name, kind, options):
        plausible = st.just(_plausible(name, kind, options))
        return st.one_of(
            plausible,  # mostly as a person sends it, so that other fields' values get used
            plausible,
            plausible,
            st.lists(value_for(options), min_size=1, max_size=3),
            st.just(None),
        )

    extra = st.dictionaries(
        st.one_of(st.sampled_from(POST_PARAMETERS), st.text(min_size=1, max_size=12)),
        st.lists(nasty_text(), min_size=1, max_size=2),
        max_size=3,
    )
    types = form["types"] if form else {}
    known = st.fixed_dictionaries(
        {name: field(name, types.get(name), options) for name, options in fields.items()}
    )
    return st.tuples(known, extra).map(
        lambda pair: {k: v for k, v in {**pair[0], **pair[1]}.items() if v is not None}
    )


TYPED = {
    "date": "2026-01-05",
    "datetime-local": "2026-12-01T12:00",
    "number": "10",
    "email": "iemand@example.nl",
    "url": "https://example.nl",
}


def _plausible(name: str, kind: str | None, options: list[str]) -> list[str]:
    """What a person would send: a value offered, or something fitting in an empty box."""
    chosen = [option for option in options if option]
    if len(set(options)) > 1 or chosen:
        return chosen[:1]
    if kind in TYPED:
        return [TYPED[kind]]
    return ["2026-01-05" if "date" in name else f"Voorbeeld {name}"]


# --- Running inputs -------------------------------------------------------------------


@contextmanager
def rolled_back():
    """Whatever the input changed is undone, so the next input meets the same programme."""

    class Undo(Exception):
        pass

    cache.clear()
    try:
        with transaction.atomic():
            yield
            raise Undo
    except Undo:
        pass


def client_for(world, role: str | None) -> Client:
    client = Client(raise_request_exception=True)
    if role == "team":
        client.force_login(world["members"][Role.PROJECT_TEAM])
    elif role in ("viewer", "partner"):
        client.force_login(world["members"][role])
    return client


def request(client, method: str, url: str, data=None, htmx: bool = False, **extra):
    headers = {"HX-Request": "true"} if htmx else {}
    response = getattr(client, method)(url, data or {}, headers=headers, **extra)
    TRIED[f"{method.upper()} {response.status_code}"] += 1
    assert response.status_code < 500, f"{method.upper()} {url} {data!r}: {response.status_code}"
    return response


@contextmanager
def failure_kept(failures: list, what: str):
    """Every page's failure in one report, rather than only the first page's."""
    try:
        yield
    except Exception as error:  # noqa: BLE001 - reported below, with hypothesis's example
        failures.append(f"{what}: {type(error).__name__}: {str(error)[:1500]}")


@pytest.fixture(scope="module", autouse=True)
def _tally():
    started = time.perf_counter()
    yield
    total = sum(TRIED.values())
    answers = ", ".join(f"{key}: {count}" for key, count in sorted(TRIED.items()))
    print(f"\nfuzz: {total} inputs in {time.perf_counter() - started:.0f} s ({answers})")


def test_every_page_takes_any_query_and_address(world):
    """Every named page, with fuzzed parts of its address and fuzzed query parameters."""
    pages = routes()
    assert "actions:book" in pages and "surveys:page" in pages and "public:action" in pages
    team = client_for(world, "team")
    options: dict[str, list] = {}
    for name, parameters in pages.items():
        url = reverse(name, kwargs={p: _valid(world, name, p)[0] for p in parameters})
        page = team.get(url)
        for form in forms_on(page.content.decode(errors="replace"), url):
            if form["method"] == "get":
                for field, offered in form["fields"].items():
                    options.setdefault(field, []).extend(offered)
    names = GET_PARAMETERS + sorted(options)
    failures = []
    for role, examples in GET_EXAMPLES.items():
        client = client_for(world, role)
        for name, parameters in pages.items():
            url = reverse(name, kwargs={p: _valid(world, name, p)[0] for p in parameters})
            probes = [{key: [probe] for key in names} for probe in PROBES] if role == "team" else []
            with failure_kept(failures, f"GET {name} as {role}"):
                _fuzz_get(
                    client,
                    address(world, name, parameters),
                    query(names, options),
                    examples,
                    [(url, params) for params in probes],
                )
    for url in ODD_ADDRESSES:
        with failure_kept(failures, f"GET {url}"), rolled_back():
            request(client_for(world, "team"), "get", url)
    wave = world["wave"]
    for cookie in ODD_COOKIES:
        cookie = cookie.format(wave=wave.pk)
        for url in (
            reverse("login"),
            reverse("surveys:start", args=[wave.public_token]),
            reverse("goals:book", args=[world["programme"].slug]),
        ):
            with failure_kept(failures, f"GET {url} with {cookie[:40]}"), rolled_back():
                request(Client(raise_request_exception=True, HTTP_COOKIE=cookie), "get", url)
    assert not failures, "\n\n".join(failures)


# Cookies no page set: Django unquotes \000 in a quoted cookie to a NUL character.
ODD_COOKIES = [
    'sessionid="\\000\\000\\000\\000\\000\\000\\000\\000"',
    "sessionid=" + "a" * 100,
    'csrftoken="\\000"',
    'django_language="\\000"',
    'samenspel_survey_{wave}="\\000"',
    "samenspel_survey_{wave}=" + "x" * 300,
]


# Addresses no link makes, with characters no converter lets through.
ODD_ADDRESSES = [
    "/s/%00/",
    "/s/%00/bedankt/",
    "/s/abc/%00/1/",
    "/s/" + "a" * 300 + "/",
    "/uitnodiging/%00/",
    "/logo/brinkeveld/%00.png",
    "/reset/%00/%00/",
    "/p/%00/",
    "/p/brinkeveld/acties/%00/",
    "/p/brinkeveld/doelen/99999999999999999999/",
    "/%00",
    "/openbaar/%00/",
]


def _fuzz_get(client, urls, queries, examples: int, explicit: list) -> None:
    @fuzz_settings(examples)
    @given(url=urls, params=queries, htmx=st.booleans())
    def check(url, params, htmx):
        with rolled_back():
            request(client, "get", url, params, htmx=htmx)

    for url, params in explicit:
        check = example(url=url, params=params, htmx=False)(check)
    check()


def test_every_form_takes_any_body(world):
    """Every page's forms, sent with fuzzed values for their own fields and for others."""
    pages = routes()
    team = client_for(world, "team")
    forms: dict[str, list[dict]] = {}
    for name, parameters in pages.items():
        url = reverse(name, kwargs={p: _valid(world, name, p)[0] for p in parameters})
        page = team.get(url)
        for form in forms_on(page.content.decode(errors="replace"), url):
            if form["method"] != "post":
                continue
            same = forms.setdefault(form["action"], [])
            # The language and logout forms are on every page: each form once.
            if sorted(form["fields"]) not in [sorted(other["fields"]) for other in same]:
                same.append(form)
    targets = {}
    for name, parameters in pages.items():
        for values in _variants(world, name, parameters):
            url = reverse(name, kwargs=values)
            targets[url] = forms.get(url, [None])
    # Forms to addresses of other objects (every question's "move up"): one per kind of page.
    fuzzed = {resolve(url).view_name for url in targets}
    for url, offered in forms.items():
        try:
            name = resolve(url).view_name
        except Resolver404:
            continue
        if name not in fuzzed:
            fuzzed.add(name)
            targets[url] = offered
    failures = []
    for role, examples in POST_EXAMPLES.items():
        client = client_for(world, role)
        cookies = copy.deepcopy(client.cookies)  # its session, as logged in
        for url, offered in targets.items():
            if url.endswith(".pdf") and role != "team":
                continue  # a PDF takes a second to lay out; the team's few tries suffice
            explicit = _probe_bodies(offered) if role == "team" else []
            with failure_kept(failures, f"POST {url} as {role}"):
                _fuzz_post(client, cookies, url, offered, examples, explicit)
    assert not failures, "\n\n".join(failures)


def _fuzz_post(client, cookies, url: str, offered: list, examples: int, explicit) -> None:
    @fuzz_settings(examples)
    @given(data=st.sampled_from(offered).flatmap(body), htmx=st.booleans())
    def check(data, htmx):
        # The session as it was: an input before may have been the logout form.
        client.cookies = copy.deepcopy(cookies)
        with rolled_back():
            request(client, "post", url, data, htmx=htmx)

    for data in explicit:
        check = example(data=data, htmx=False)(check)
    check()


def _probe_bodies(offered: list) -> list[dict]:
    """A form as a person fills it; with every field and parameter a probe; and as a person
    fills it but one field, which holds a value its field may let through."""
    bodies = []
    for form in filter(None, offered):
        fields, types = form["fields"], form["types"]
        plausible = {
            name: _plausible(name, types.get(name), options) for name, options in fields.items()
        }
        bodies.append(plausible)
        for probe in PROBES[:3]:  # nan and inf in every field at once add nothing to a form
            bodies.append({name: [probe] for name in [*fields, *POST_PARAMETERS]})
        for name in fields:
            probes = FIELD_PROBES.get(types.get(name, "text"), [])
            bodies += [{**plausible, name: [probe]} for probe in probes]
    return bodies


def _variants(world, name, parameters) -> list[dict]:
    """One address per value of each word-like part (every register, every file format)."""
    variants = [{}]
    for parameter in parameters:
        variants = [
            {**variant, parameter: value}
            for variant in variants
            for value in _valid(world, name, parameter)
        ]
    return variants


def _format_fits(name: str, file_format: str) -> bool:
    allowed = {
        "stakeholders:export": {"xlsx", "csv"},
        "reports:action-book": {"pdf", "docx"},
        "reports:evaluation": {"pdf", "docx"},
        "reports:goals-book": {"pdf", "docx"},
    }
    return file_format in allowed.get(name, set())


# --- Imports ---------------------------------------------------------------------------

HUGE_CELL = "z" * 140_000  # past the csv module's 128 KB field limit
CELL_SPECIAL = [HUGE_CELL, "x" * 40_000, float("nan"), float("inf"), -float("inf"), 10**30]


def wrong_cell():
    return st.one_of(
        nasty_text(),
        st.sampled_from(CELL_SPECIAL),
        st.integers(min_value=-(10**20), max_value=10**20),
        st.floats(),
    )


@st.composite
def table_row(draw, headers: list[str], columns: dict[str, list]):
    """A row that fits its columns but for at most one cell, or a row of anything."""
    if draw(st.integers(0, 3)) == 0:
        return draw(st.lists(wrong_cell(), max_size=len(headers) + 2))
    # Each column's first value is an ordinary one, the others are edge cases.
    row = [
        draw(st.just(values[0]) | st.sampled_from(values) if values else wrong_cell())
        for values in (columns.get(header) for header in headers)
    ]
    if row and draw(st.booleans()):
        row[draw(st.integers(0, len(row) - 1))] = draw(wrong_cell())
    return row


@st.composite
def table_file(draw, columns: dict[str, list], name: str = "bestand"):
    """A file as people make them: the right columns or not, cells that fit or not, as CSV
    (several separators and encodings), as an Excel workbook, or as bytes that are neither."""
    headers = draw(
        st.one_of(
            st.just(list(columns)),
            st.permutations(list(columns)),
            st.lists(st.sampled_from(list(columns)), min_size=1, max_size=4, unique=True),
            st.lists(
                st.one_of(st.sampled_from(list(columns)), nasty_text()), min_size=1, max_size=6
            ),
        )
    )
    rows = draw(st.lists(table_row(headers, columns), min_size=0, max_size=4))
    kind = draw(st.sampled_from(["csv", "csv", "csv", "xlsx", "xlsx", "xlsx", "bytes", "zip"]))
    if kind == "csv":
        delimiter = draw(st.sampled_from([";", ",", "\t"]))
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter).writerows([headers, *rows])
        text = buffer.getvalue()
        if draw(st.integers(0, 3)):
            text = text.replace("\x00", "")  # a NUL anywhere refuses the whole file
        encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
        return SimpleUploadedFile(f"{name}.csv", text.encode(encoding, "replace"))
    if kind == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = draw(st.sampled_from(["Blad1", *SHEET_TITLES]))
        for row in [headers, *rows]:
            sheet.append([_storable(value) for value in row])
        buffer = io.BytesIO()
        book.save(buffer)
        return SimpleUploadedFile(f"{name}.xlsx", buffer.getvalue())
    if kind == "zip":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("xl/worksheets/sheet1.xml", draw(st.binary(max_size=200)))
        return SimpleUploadedFile(f"{name}.xlsx", buffer.getvalue())
    extension = draw(st.sampled_from(["csv", "xlsx", "txt"]))
    return SimpleUploadedFile(f"{name}.{extension}", draw(st.binary(min_size=1, max_size=300)))


SHEET_TITLES = ["Acties", "Organisaties", "Personen", "Antwoorden", "Uitnodigingen"]


def _storable(value):
    """A value as a workbook can hold it: Excel has no place for control characters."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:32_767]
    if isinstance(value, int) and abs(value) > 10**15:
        return str(value)
    return value


def counts() -> dict[str, int]:
    """The rows an import can add or change, to see that a failed one changed nothing."""
    return {
        "actions": Action.objects.count(),
        "organisations": Organisation.objects.count(),
        "people": Person.objects.count(),
        "responses": Response.objects.count(),
        "answers": Answer.objects.count(),
        "invitations": Invitation.objects.count(),
        "margins": Margin.objects.count(),
        "goals": Goal.objects.count(),
        "states": hash(
            tuple(Action.objects.order_by("pk").values_list("title", "status", "area"))
            + tuple(Organisation.objects.order_by("pk").values_list("name", "kind", "website"))
            + tuple(Response.objects.order_by("pk").values_list("weight", flat=True))
        ),
    }


def _checked_import(client, upload_url: str, file, kind: str, extra=None):
    """Upload, look at the preview, apply: no 500 anywhere, a preview without problems is
    applied, and an import that is not applied changed nothing."""
    before = counts()
    response = request(client, "post", upload_url, {"file": file, **(extra or {})})
    preview = response.get("Location", "")
    if response.status_code != 302 or "importeren/" not in preview:
        assert counts() == before, "a refused file changed something"
        return
    batch = ImportBatch.objects.filter(kind=kind).latest("pk")
    request(client, "get", preview)
    if kind == "actions":
        problems = sum(len(row["problems"]) for row in batch.rows["actions"])
    else:
        plan = batch.rows
        problems = sum(len(row["problems"]) for row in plan["organisations"] + plan["people"])
    after_preview = counts()
    assert after_preview == before, "a preview changed something"
    applied = request(client, "post", preview, follow=True)
    batch.refresh_from_db()
    if problems == 0:
        shown = re.sub(r"\s+", " ", applied.content.decode())
        message = re.search(r'class="[^"]*alert[^"]*"[^>]*>(.*?)</', shown)
        assert batch.applied_at is not None, (
            f"the preview showed no problem, but applying failed: "
            f"{message.group(1) if message else shown[:500]}"
        )
    else:
        assert batch.applied_at is None
        assert counts() == before, "an import with problems changed something"


def test_the_action_import_takes_any_file(world):
    programme = world["programme"]
    url = reverse("actions:import", args=[programme.slug])
    columns = {
        "titel": ["Nieuwe actie", "Koffieochtend", "Buurtapp", "x" * 251, "y" * 250],
        "omschrijving": ["Samen koffie", ""],
        "doelen": ["Minder eenzaamheid", "Minder eenzaamheid; Buren kennen", "Oud"],
        "trekker": ["Anouk de Vries", "Bram Jansen", ""],
        "organisaties": ["Bibliotheek", ""],
        "doelgroepen": ["Ouderen", ""],
        "gebied": ["Centrum", "a" * 121],
        "start": ["01-02-2026", "2026-02-01", "31-02-2026"],
        "eind": ["01-03-2026", "2025-01-01"],
        "status": ["loopt", "voorgesteld", "afgerond", "gestopt", "afgesproken", "proposed"],
        "nodig: tijd": ["2 uur"],
        "nodig: ruimte": ["zaal"],
        "nodig: geld": ["100 euro"],
        "verwacht resultaat": ["20 bezoekers"],
        "laatste voortgang": ["01-01-2026"],
    }
    client = client_for(world, "team")

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(file=table_file(columns, "acties"))
    def check(file):
        with rolled_back():
            _checked_import(client, url, file, "actions")

    check()


def test_the_register_import_takes_any_file(world):
    programme = world["programme"]
    url = reverse("stakeholders:import", args=[programme.slug])
    common = {
        "naam": ["Bibliotheek", "Buurthuis", "Bram Jansen", "n" * 201],
        "e-mail": ["info@example.nl", "geen adres", LONG_ADDRESS, ""],
        "telefoon": ["0612345678", "0" * 40],
    }
    organisations = {
        **common,
        "soort": ["welzijn", "onderwijs", "onbekend", ""],
        "gemeente": [f"{programme.name} gemeente", "Elders", ""],
        "gebied": ["Centrum", "g" * 121],
        "website": ["example.nl", "https://example.nl/" + "p" * 300, "http://", ""],
        "omschrijving": ["Een stichting"],
    }
    people = {
        **common,
        "organisatie": ["Bibliotheek", "Onbekend", ""],
        "functie": ["Coördinator", "f" * 201],
        "ambassadeur": ["ja", "nee", "misschien"],
    }
    client = client_for(world, "team")

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(
        file=table_file(organisations, "organisaties") | table_file(people, "personen"),
        kind=st.sampled_from(["organisations", "people", "organisations", "people", "anders"]),
    )
    def check(file, kind):
        with rolled_back():
            _checked_import(client, url, file, "register", {"kind": kind})

    check()


def test_the_response_import_takes_any_file(world):
    wave = world["wave"]
    programme = world["programme"]
    url = reverse("surveys:import", args=[programme.slug, wave.pk])
    spec = response_table_spec(wave)
    columns = {header: ["1", "2", "5", "0", "ja", "x", ""] for header in spec.columns}
    columns["respondent"] = ["1", "2"]
    client = client_for(world, "team")

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(file=table_file(columns, "antwoorden"))
    def check(file):
        with rolled_back():
            before = counts()
            response = request(client, "post", url, {"file": file})
            if response.status_code != 302:
                assert counts() == before
                return
            request(client, "get", response["Location"])
            job = ResponseImport.objects.filter(wave=wave).latest("pk")
            assert job.status in (ImportStatus.DONE, ImportStatus.FAILED)
            if job.status == ImportStatus.FAILED:
                # A failure the import foresaw says what is wrong; an empty list means it
                # fell through to the catch-all, which is a 500 in all but name.
                assert job.problems, "the import failed without saying why"
                assert counts() == before, "a failed import changed something"

    check()


def test_the_invitation_list_takes_any_file(world):
    wave = world["wave"]
    programme = world["programme"]
    url = reverse("surveys:invitations", args=[programme.slug, wave.pk])
    addresses = ["iemand@example.nl", "INWONER@example.nl", "geen adres", LONG_ADDRESS, ""]
    client = client_for(world, "team")

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(file=table_file({"e-mail": addresses}, "adressen"))
    def check(file):
        with rolled_back():
            before = counts()
            response = request(client, "post", url, {"file": file})
            if response.status_code != 302:
                assert counts() == before, "a refused list made invitations"

    check()


def test_weighting_takes_any_targets(world):
    wave, programme = world["wave"], world["programme"]
    url = reverse("surveys:weighting", args=[programme.slug, wave.pk])
    fields = [
        f"{question.code}__{choice['value']}"
        for question in Question.objects.filter(section__survey=wave.survey, background__gt="")
        if question.kind == "single"
        for choice in question.choices
    ]
    answered = {"geslacht": {"1", "2"}, "woonplaats": {"1", "2", "3"}}  # as in the world
    fuzzed = st.one_of(
        st.sampled_from(["", "0", "1", "50", "50%", "0,5", "12.345", "1.234,5", " 10 % "]),
        nasty_text().map(lambda text: text[:30]),
    )

    def question_targets(code: str):
        """A question's targets: left empty, as a person fills them, or anything."""
        names = [name for name in fields if name.split("__")[0] == code]

        def fitting(name):
            value = name.split("__")[1]
            if value not in answered.get(code, set()):
                return st.just("0")
            return st.one_of(st.integers(1, 10**6).map(str), st.sampled_from(["25%", "0,3"]))

        return st.one_of(
            st.just({}),
            st.fixed_dictionaries({name: fitting(name) for name in names}),
            st.fixed_dictionaries({}, optional={name: fuzzed for name in names}),
        )

    codes = sorted({name.split("__")[0] for name in fields})
    margins = st.tuples(*[question_targets(code) for code in codes]).map(
        lambda parts: {name: value for part in parts for name, value in part.items()}
    )
    client = client_for(world, "team")

    @fuzz_settings(IMPORT_EXAMPLES * 2)
    @given(data=margins)
    def check(data):
        with rolled_back():
            before = counts()
            response = request(client, "post", url, data)
            if response.status_code != 302:
                assert counts() == before, "weighting that was refused changed something"

    check()


def test_the_action_book_document_takes_any_filters(world):
    """A document is built in the background with the book's filters: a filter that would be
    a 500 on the page ends there as a failed document, which no one sees the reason of."""
    programme = world["programme"]
    url = reverse("reports:action-book", args=[programme.slug, "docx"])
    names = ["q", "goal", "status", "lead", "organisation", "target_group", "area", "sort"]
    client = client_for(world, "team")

    @fuzz_settings(IMPORT_EXAMPLES // 5)
    @given(params=query(names, {"status": ["running", "agreed"], "sort": ["titel", "start"]}))
    @example(params={name: ["a\x00b"] for name in names})
    @example(params={name: ["9" * 40] for name in names})
    def check(params):
        with rolled_back():
            request(client, "post", url, params)
            document = GeneratedDocument.objects.latest("pk")
            assert document.status == DocumentStatus.READY, document.error

    check()


def geojson_file():
    """A GeoJSON file as people send them: a fitting FeatureCollection in either coordinate
    system, one with a part wrong, JSON of another shape, or bytes that are no JSON."""
    number = st.one_of(
        st.floats(allow_nan=False, allow_infinity=False, width=32),
        st.sampled_from([6.0, 52.2, 200000.0, 470000.0, 1e308, -1e308, 0]),
    )
    position = st.one_of(
        st.tuples(st.floats(5.9, 6.1), st.floats(52.1, 52.3)).map(list),
        st.tuples(st.floats(199000, 201000), st.floats(469000, 471000)).map(list),
        st.lists(number, max_size=3),
        st.sampled_from([None, "x", [], {}, [True, False]]),
    )
    ring = st.one_of(
        st.lists(position, min_size=0, max_size=6),
        st.just([[6.0, 52.2], [6.1, 52.2], [6.1, 52.3], [6.0, 52.2]]),
    )
    geometry = st.fixed_dictionaries(
        {
            "type": st.sampled_from(["Polygon", "MultiPolygon", "Point", "polygon", None]),
            "coordinates": st.one_of(
                st.lists(ring, max_size=2),
                st.lists(st.lists(ring, max_size=2), max_size=2),
                nasty_text(),
            ),
        }
    )
    properties = st.fixed_dictionaries(
        {
            "wijkcode": st.one_of(
                st.sampled_from(["WK990101", "WK990102", "WK123401", "GM9901", "", "WK990101"]),
                nasty_text(),
            ),
            "wijknaam": nasty_text(),
        },
        optional={"buurtcode": st.sampled_from(["BU99010101", "BU99010101", "x"])},
    )
    feature = st.fixed_dictionaries(
        {
            "type": st.sampled_from(["Feature", "Feature", "Feature", "feature"]),
            "properties": st.one_of(properties, st.none(), nasty_text()),
            "geometry": st.one_of(geometry, st.none()),
        }
    )
    collection = st.fixed_dictionaries(
        {"type": st.sampled_from(["FeatureCollection", "FeatureCollection", "Feature"])},
        optional={
            "features": st.lists(feature, max_size=5),
            "crs": st.sampled_from(
                [{"type": "name", "properties": {"name": name}} for name in ("EPSG:28992", "x")]
            ),
        },
    )
    text = st.one_of(
        collection.map(lambda data: json.dumps(data).encode()),
        st.binary(max_size=200),
        st.sampled_from([b"", b"[]", b"null", b'{"type": "FeatureCollection", "features": [NaN]}']),
        st.just(b"[" * 5000 + b"]" * 5000),
    )
    return text.map(lambda content: SimpleUploadedFile("wijken.geojson", content))


def test_monitoring_area_shapes_take_any_file(world):
    """A shape file is refused with its reason, or previewed and, when it shows no problem,
    applied; a refused or unapplied file changes no area."""
    from samenspel.monitoring.models import Area

    programme = world["programme"]
    AreaFactory(programme=programme, code="GM9901", name="Brinkeveld", level="municipality")
    url = reverse("monitoring:area-shapes", args=[programme.slug])
    client = client_for(world, "team")

    def areas():
        return list(Area.objects.order_by("pk").values_list("code", "geometry"))

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(file=geojson_file())
    def check(file):
        with rolled_back():
            before = areas()
            response = request(client, "post", url, {"file": file})
            if response.status_code != 302:
                assert areas() == before, "a refused file changed an area"
                return
            preview = response["Location"]
            page = request(client, "get", preview)
            assert areas() == before, "a preview changed an area"
            applied = request(client, "post", preview, {"code": "wijkcode"})
            batch = ImportBatch.objects.filter(kind="area_shapes").latest("pk")
            if batch.applied_at is None:
                assert areas() == before, "a file that was not applied changed an area"
            else:
                assert applied.status_code == 302 and page.status_code == 200

    check()


# --- What the fuzz test found, kept as plain examples ---------------------------------------


def test_a_link_token_that_no_link_has_is_not_found(client, world):
    # A NUL character reached the database, which PostgreSQL refuses with an error.
    for url in ("/s/%00/", "/s/%00/bedankt/", f"/s/{world['wave'].public_token}/%00/1/"):
        assert client.get(url).status_code == 404


def test_a_cookie_no_page_set_is_ignored(world):
    # A NUL character in the session key or a survey's resume cookie reached PostgreSQL.
    wave = world["wave"]
    nul = "\\000"
    cookie = f'sessionid="{nul * 10}"; samenspel_survey_{wave.pk}="{nul}"'
    client = Client(HTTP_COOKIE=cookie)
    assert client.get(reverse("login")).status_code == 200
    assert client.get(reverse("surveys:start", args=[wave.public_token])).status_code == 200


def test_a_forty_digit_choice_is_a_form_error(team_client, world):
    # SQLite's driver cannot bind such a number: the form's check of the choice crashed.
    url = reverse("meetings:create", args=[world["programme"].slug])
    before = Meeting.objects.count()
    data = {"kind": "other", "title": "Tafel", "date": "2026-01-05", "goals": ["9" * 40]}
    response = team_client.post(url, data)
    assert response.status_code == 200
    assert "9" * 40 in response.content.decode()  # "… is geen geldige keuze"
    assert Meeting.objects.count() == before
    assert list(Goal.objects.filter(pk__in=[10**40, world["goal"].pk])) == [world["goal"]]


def test_an_address_too_long_to_keep_is_refused_with_the_list(team_client, world):
    wave = world["wave"]
    url = reverse("surveys:invitations", args=[world["programme"].slug, wave.pk])
    file = SimpleUploadedFile("adressen.csv", f"e-mail\n{LONG_ADDRESS}\n".encode())
    before = Invitation.objects.count()
    response = team_client.post(url, {"file": file})
    assert response.status_code == 400
    assert "254" in response.content.decode()
    assert Invitation.objects.count() == before


def test_a_wave_cannot_close_in_the_year_one(team_client, world):
    wave = world["wave"]
    url = reverse("surveys:invitations", args=[world["programme"].slug, wave.pk])
    response = team_client.post(
        url,
        {
            "tekst": "1",
            "tekst-invitation_subject": "Uw mening",
            "tekst-closes_at": "0001-01-01T00:00",
        },
    )
    assert response.status_code == 400
    assert "2100" in response.content.decode()
    wave.refresh_from_db()
    assert wave.closes_at is None


def test_a_nul_character_in_the_action_books_filters(team_client, world):
    slug = world["programme"].slug
    for name in ("actions:book", "actions:export-xlsx"):
        response = team_client.get(reverse(name, args=[slug]), {"q": "a\x00b", "area": "\x00"})
        assert response.status_code == 200


def test_a_member_address_longer_than_a_user_name_is_a_form_error(team_client, world):
    url = reverse("core:members", args=[world["programme"].slug])
    before = MemberInvitation.objects.count()
    response = team_client.post(url, {"email": LONG_ADDRESS, "role": Role.VIEWER})
    assert response.status_code == 200
    assert "150" in response.content.decode()
    assert MemberInvitation.objects.count() == before


def test_a_login_with_a_name_longer_than_any_account(client, db):
    from axes.models import AccessAttempt

    data = {"username": "x" * 300, "password": "geheim"}
    response = client.post(reverse("login"), data)
    assert response.status_code == 200
    assert "150" in response.content.decode()
    assert not AccessAttempt.objects.exists()
    # Django's own login form does not check the length: the lockout counts the first 255.
    assert client.post("/login/", data).status_code == 200
    assert AccessAttempt.objects.get().username == "x" * 255


@pytest.mark.parametrize("csrf_checked", [False, True])
def test_a_body_over_the_size_limit_gets_the_dutch_400_page(world, settings, csrf_checked):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 100_000
    client = Client(enforce_csrf_checks=csrf_checked)
    client.force_login(world["members"][Role.PROJECT_TEAM])
    url = reverse("goals:vision-edit", args=[world["programme"].slug])
    client.get(url)  # the form's page sets the CSRF cookie, as in a browser
    token = {"csrfmiddlewaretoken": client.cookies["csrftoken"].value} if csrf_checked else {}
    for data in ({"text": "x" * 200_000}, {f"veld{n}": "1" for n in range(1_200)}):
        response = client.post(url, {**token, **data})
        assert response.status_code == 400
        assert "Dit verzoek kan niet worden verwerkt" in response.content.decode()
    assert client.get(url).status_code == 200
    assert (
        "x" * 1000
        not in client.get(reverse("goals:book", args=[world["programme"].slug])).content.decode()
    )


def test_the_indicator_import_takes_any_file(world):
    """Upload, preview, apply: no 500 anywhere; a preview without problems is applied, and
    one with problems changes no figure."""
    from samenspel.monitoring.models import AreaLevel, IndicatorValue
    from samenspel.monitoring.tests.factories import AreaFactory, IndicatorFactory

    programme = world["programme"]
    AreaFactory(programme=programme, code="GM0285", level=AreaLevel.MUNICIPALITY)
    AreaFactory(programme=programme, code="WK028500")
    # Not the world's own indicator: this one is split by target group and has no figures yet.
    IndicatorFactory(programme=programme, code="bezoek", by_target_group=True)
    url = reverse("monitoring:import", args=[programme.slug])
    columns = {
        "indicator": ["bezoek", "BEZOEK", "onbekend", ""],
        "gebied": ["WK028500", "GM0285", " wk028500 ", "WK9", ""],
        "jaar": ["2024", "2023", "1899", "2024.5", "twintig", ""],
        "waarde": ["12,5", "3.5", "1.234,5", "-1", "1e309", "nan", "veel", ""],
        "doelgroep": ["", "Ouderen", "Onbekend"],
        "n": ["", "40", "-1", "2,5", "9" * 20],
    }
    client = client_for(world, "team")

    def figures():
        return tuple(IndicatorValue.objects.order_by("pk").values_list("value", "n"))

    @fuzz_settings(IMPORT_EXAMPLES)
    @given(file=table_file(columns, "waarden"))
    def check(file):
        with rolled_back():
            before = figures()
            response = request(client, "post", url, {"file": file})
            preview = response.get("Location", "")
            if response.status_code != 302:
                assert figures() == before, "a refused file changed something"
                return
            batch = ImportBatch.objects.filter(kind="indicator_values").latest("pk")
            request(client, "get", preview)
            assert figures() == before, "a preview changed something"
            request(client, "post", preview, follow=True)
            batch.refresh_from_db()
            if not batch.rows["problems"]:
                assert batch.applied_at is not None, "no problem shown, but applying failed"
            else:
                assert batch.applied_at is None
                assert figures() == before, "an import with problems changed something"

    check()
