"""Reading a table of Statistics Netherlands (StatLine) as its open data service publishes it,
and turning it into the long rows of an indicator import.

Two forms are read, from a directory or a zip of the downloaded JSON files:

- OData v3 (opendata.cbs.nl/ODataApi/odata/<table>/): ``TypedDataSet`` (one object per
  region and period, a property per measure), ``DataProperties`` (the dimensions and the
  measures, "Topic", with their titles and units) and the dimensions' own lists such as
  ``WijkenEnBuurten`` or ``RegioS`` and ``Perioden``.
- OData v4 (datasets.cbs.nl/odata/v1/CBS/<table>/): ``Observations`` (one object per
  measure, region and period) with ``MeasureCodes``, ``WijkenEnBuurtenCodes`` or
  ``RegioSCodes`` and ``PeriodenCodes``.

A file downloaded in pages (the service sends at most 10,000 rows at a time) may come as
several files, such as ``TypedDataSet_1.json`` and ``TypedDataSet_2.json``.
"""

from __future__ import annotations

import io
import json
import lzma
import math
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from zipfile import BadZipFile, ZipFile

from django.utils.translation import gettext as _

from samenspel.core.tabular import FileProblem
from samenspel.monitoring.models import FIGURE_LIMIT

from .checks import LEVELS_FOR

REGION_DIMENSIONS = ("WijkenEnBuurten", "RegioS")
PERIOD_DIMENSION = "Perioden"
MAX_UNPACKED = 200 * 1024 * 1024  # a zip of JSON may unpack to this much at most
MAX_MEMBERS = 1000
YEAR_CODE = re.compile(r"^(\d{4})JJ00$")


@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    unit: str = ""


@dataclass
class StatlineTable:
    """A table's measures, regions and periods with its observations, codes trimmed."""

    form: str  # "v3" or "v4"
    measures: dict[str, Measure] = field(default_factory=dict)
    regions: dict[str, str] = field(default_factory=dict)  # code -> title
    periods: dict[str, str] = field(default_factory=dict)  # code -> title
    region_dimension: str = ""
    # (measure key, region code, period code or "", value or None)
    observations: list[tuple[str, str, str, float | None]] = field(default_factory=list)


def _files(source) -> dict[str, list[bytes]]:
    """The JSON files of a directory, a zip (path, bytes or an uploaded file) by their name
    without extension and page number, lower case."""
    found: dict[str, list[tuple[str, bytes]]] = {}

    def add(name: str, data: bytes) -> None:
        stem = Path(name).name
        if not stem.lower().endswith(".json"):
            return
        stem = stem[: -len(".json")]
        key = re.sub(r"[_\-.]?(page)?\d+$", "", stem, flags=re.IGNORECASE).lower()
        found.setdefault(key, []).append((stem, data))

    if isinstance(source, str | Path) and Path(source).is_dir():
        for path in sorted(Path(source).iterdir()):
            if path.is_file():
                add(path.name, path.read_bytes())
    else:
        if isinstance(source, str | Path):
            data = Path(source).read_bytes()
        elif isinstance(source, bytes):
            data = source
        else:
            data = source.read()
        try:
            with ZipFile(io.BytesIO(data)) as archive:
                members = [m for m in archive.infolist() if not m.is_dir()]
                if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNPACKED:
                    raise FileProblem(_("This zip unpacks to far more than a table holds."))
                for member in members:
                    try:
                        data = archive.read(member)
                    except (
                        RuntimeError,  # encrypted
                        NotImplementedError,  # compressed in a way zipfile does not know
                        zlib.error,
                        lzma.LZMAError,
                        EOFError,
                    ) as exc:
                        raise FileProblem(
                            _("%(name)s in this zip cannot be unpacked (encrypted or damaged).")
                            % {"name": Path(member.filename).name[:80]}
                        ) from exc
                    add(member.filename, data)
        except (BadZipFile, ValueError, OSError) as exc:
            raise FileProblem(
                _("This is not a zip of the JSON files of a Statistics Netherlands table.")
            ) from exc
    return {key: [data for _stem, data in sorted(pages)] for key, pages in found.items()}


def _pages(files: dict[str, list[bytes]], name: str) -> list[bytes] | None:
    """The pages of one file (such as 85318NED_TypedDataSet.json), or None without it."""
    for key, contents in files.items():
        if key == name.lower() or key.endswith(("_" + name.lower(), "-" + name.lower())):
            return contents
    return None


def _entries(files: dict[str, list[bytes]], name: str) -> list[dict] | None:
    """The objects under "value" of every page of one file, or None without that file."""
    pages = _pages(files, name)
    if pages is None:
        return None
    entries: list[dict] = []
    for data in pages:
        try:
            document = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError, RecursionError) as exc:
            # RecursionError: lists nested deeper than any table's.
            raise FileProblem(_("%(name)s is not JSON that can be read.") % {"name": name}) from exc
        values = document.get("value") if isinstance(document, dict) else document
        if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
            raise FileProblem(_("%(name)s has no list of values.") % {"name": name})
        entries.extend(values)
    return entries


def _number(value, where: str) -> float | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise FileProblem(
            _("%(where)s holds “%(value)s”, which is not a number.")
            % {"where": where, "value": str(value)[:40]}
        )
    try:
        number = float(value)
    except OverflowError:
        number = math.inf
    if not math.isfinite(number) or abs(number) > FIGURE_LIMIT:
        # JSON allows 1e400 and NaN; neither is a figure.
        raise FileProblem(
            _("%(where)s holds a number too large to be a figure, or none at all.")
            % {"where": where}
        )
    return number


def _code(value) -> str:
    # Statistics Netherlands pads region codes with spaces to a fixed width.
    return str(value if value is not None else "").strip()


def _read_v3(files, wanted) -> StatlineTable:
    table = StatlineTable(form="v3")
    properties = _entries(files, "DataProperties")
    if properties is None:
        raise FileProblem(_("DataProperties.json is missing: it says what the columns are."))
    dimensions = []
    for prop in properties:
        kind, key = str(prop.get("Type") or ""), str(prop.get("Key", ""))
        if kind == "Topic" and prop.get("Datatype") != "String":
            # Text columns (a municipality's name, a postcode) are no figures.
            table.measures[key] = Measure(
                key, str(prop.get("Title") or key), str(prop.get("Unit") or "")
            )
        elif "Dimension" in kind:
            dimensions.append((kind, key))
    regions = [k for kind, k in dimensions if kind == "GeoDimension" or k in REGION_DIMENSIONS]
    if len(regions) != 1:
        raise FileProblem(_("The table has no dimension of regions (such as WijkenEnBuurten)."))
    table.region_dimension = regions[0]
    periods = [k for kind, k in dimensions if kind == "TimeDimension" or k == PERIOD_DIMENSION]
    others = [k for _kind, k in dimensions if k not in regions + periods]
    if others:
        raise FileProblem(
            _("The table has further dimensions (%(names)s); choose one value of each first.")
            % {"names": ", ".join(others)}
        )
    period_key = periods[0] if periods else ""
    for entry in _entries(files, table.region_dimension) or []:
        table.regions[_code(entry.get("Key"))] = str(entry.get("Title") or "")
    for entry in _entries(files, period_key) or [] if period_key else []:
        table.periods[_code(entry.get("Key"))] = str(entry.get("Title") or "")
    rows = _entries(files, "TypedDataSet")
    if rows is None:
        raise FileProblem(_("TypedDataSet.json is missing: it holds the figures."))
    for row in rows:
        region = _code(row.get(table.region_dimension))
        period = _code(row.get(period_key)) if period_key else ""
        for key in wanted or table.measures:
            if key in row and key in table.measures:
                value = _number(row[key], f"{key} ({region})")
                table.observations.append((key, region, period, value))
    return table


def _read_v4(files, wanted) -> StatlineTable:
    table = StatlineTable(form="v4")
    for entry in _entries(files, "MeasureCodes") or []:
        key = str(entry.get("Identifier", ""))
        table.measures[key] = Measure(
            key, str(entry.get("Title") or key), str(entry.get("Unit") or "")
        )
    for dimension in REGION_DIMENSIONS:
        codes = _entries(files, f"{dimension}Codes")
        if codes is not None:
            table.region_dimension = dimension
            table.regions = {_code(e.get("Identifier")): str(e.get("Title") or "") for e in codes}
            break
    table.periods = {
        _code(e.get("Identifier")): str(e.get("Title") or "")
        for e in _entries(files, "PeriodenCodes") or []
    }
    for row in _entries(files, "Observations") or []:
        region = ""
        for dimension in (table.region_dimension, *REGION_DIMENSIONS):
            if dimension and dimension in row:
                table.region_dimension = dimension
                region = _code(row[dimension])
                break
        if not region:
            raise FileProblem(_("An observation has no region (such as WijkenEnBuurten)."))
        measure = str(row.get("Measure", ""))
        table.measures.setdefault(measure, Measure(measure, measure))
        if wanted and measure not in wanted:
            continue
        value = _number(row.get("Value"), f"{measure} ({region})")
        table.observations.append((measure, region, _code(row.get(PERIOD_DIMENSION)), value))
    return table


def read_statline(source, *, measures=None) -> StatlineTable:
    """A StatLine table from a directory or zip of its JSON files; raises FileProblem. With
    ``measures`` (keys) only their observations are kept: a table may hold a hundred."""
    files = _files(source)
    wanted = set(measures or ())
    if _pages(files, "TypedDataSet") is not None or _pages(files, "DataProperties"):
        return _read_v3(files, wanted)
    if _pages(files, "Observations") is not None:
        return _read_v4(files, wanted)
    raise FileProblem(
        _(
            "No table found: expected TypedDataSet.json and DataProperties.json (OData v3) or "
            "Observations.json with MeasureCodes.json (OData v4)."
        )
    )


def year_of(code: str) -> int | None:
    """The year of a period code such as 2022JJ00; None for a quarter, a month or nothing."""
    found = YEAR_CODE.match(code)
    return int(found.group(1)) if found else None


@dataclass
class StatlineRows:
    rows: list[tuple[int, dict]]
    headers: dict[str, str] = field(default_factory=dict)  # field -> name in the table
    skipped_empty: int = 0  # figures the table leaves empty (null): kept secret or unknown
    skipped_finer: int = 0  # figures of areas finer than their indicator goes
    skipped_regions: list[str] = field(default_factory=list)  # regions not in the programme
    skipped_periods: list[str] = field(default_factory=list)  # quarters, months


def parse_measure_map(pairs) -> dict[str, str]:
    """Measure key -> indicator code from "KEY=CODE" pairs (one per item or line)."""
    mapping: dict[str, str] = {}
    for pair in pairs:
        for line in str(pair).splitlines():
            if not line.strip():
                continue
            key, sep, code = line.partition("=")
            if not sep or not key.strip() or not code.strip():
                raise FileProblem(
                    _("“%(pair)s” is not a measure and an indicator code (KEY=code).")
                    % {"pair": line.strip()[:80]}
                )
            mapping[key.strip()] = code.strip()
    if not mapping:
        raise FileProblem(_("Name at least one measure with its indicator (KEY=code)."))
    return mapping


def statline_rows(
    table: StatlineTable, *, programme, measures: dict[str, str], period: int | None = None
) -> StatlineRows:
    """The long rows of the mapped measures for the programme's areas: measure -> indicator,
    region code -> area code. A region finer than its indicator goes is left out (a table
    holds neighbourhoods beside districts); a table without periods takes ``period``."""
    unknown = [key for key in measures if key not in table.measures]
    if unknown:
        raise FileProblem(
            _("The table has no measure %(keys)s. It has: %(known)s.")
            % {"keys": ", ".join(unknown), "known": ", ".join(list(table.measures)[:40])}
        )
    areas = {a.code.strip().lower(): a.level for a in programme.areas.all()}
    indicators = {i.code.lower(): i for i in programme.indicators.all()}
    fits = {}
    for key, code in measures.items():
        indicator = indicators.get(code.lower())
        level = None
        if indicator is not None:
            level = indicator.level if indicator.by_area else "municipality"
        fits[key] = LEVELS_FOR.get(level)  # None: let the check say what is wrong
    result = StatlineRows(
        rows=[],
        headers={
            "indicator": "Measure",
            "area": table.region_dimension or "WijkenEnBuurten",
            "period": PERIOD_DIMENSION,
            "value": "Value",
        },
    )
    skipped_regions, skipped_periods = set(), set()
    for number, (key, region, period_code, value) in enumerate(table.observations, start=1):
        if key not in measures:
            continue
        level = areas.get(region.lower())
        if level is None:
            skipped_regions.add(region)
            continue
        if fits[key] is not None and level not in fits[key]:
            result.skipped_finer += 1
            continue
        year = year_of(period_code) if period_code else period
        if year is None:
            if period_code:
                skipped_periods.add(period_code)
                continue
            raise FileProblem(_("The table has no periods; give the year of its figures."))
        if value is None:
            result.skipped_empty += 1
            continue
        values = {"indicator": measures[key], "area": region, "period": str(year)}
        result.rows.append((number, {**values, "value": repr(value)}))
    result.skipped_regions = sorted(skipped_regions)
    result.skipped_periods = sorted(skipped_periods)
    return result
