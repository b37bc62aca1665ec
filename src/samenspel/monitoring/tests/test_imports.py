"""Importing indicator values: from a long CSV or Excel file and from a Statistics Netherlands
table, checked first and written all or nothing, on the page and from the command line."""

import io
import json
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import translation
from openpyxl import Workbook, load_workbook

from samenspel.core.models import AuditEvent, AuditVerb, Role
from samenspel.core.tabular import FileProblem
from samenspel.monitoring.imports import services, statline, tables
from samenspel.monitoring.models import AreaLevel, IndicatorLevel, IndicatorValue, ValueSource
from samenspel.stakeholders.models import ImportBatch
from samenspel.stakeholders.tests.factories import TargetGroupFactory

from .factories import AreaFactory, IndicatorFactory, IndicatorValueFactory

STATLINE = Path(__file__).parent / "data" / "statline"


@pytest.fixture
def world(programme):
    municipality = AreaFactory(
        programme=programme, code="GM0285", name="Voorst", level=AreaLevel.MUNICIPALITY
    )
    districts = [
        AreaFactory(programme=programme, code="WK028500", name="Twello", parent=municipality),
        AreaFactory(programme=programme, code="WK028501", name="Terwolde", parent=municipality),
    ]
    neighbourhood = AreaFactory(
        programme=programme,
        code="BU02850000",
        name="Twello-Centrum",
        level=AreaLevel.NEIGHBOURHOOD,
        parent=districts[0],
    )
    lonely = IndicatorFactory(
        programme=programme, code="eenzaam", name="Eenzaamheid", by_target_group=True
    )
    income = IndicatorFactory(
        programme=programme, code="inkomen", name="Inkomen", level=IndicatorLevel.MUNICIPALITY
    )
    group = TargetGroupFactory(programme=programme, name="Ouderen")
    return {
        "programme": programme,
        "municipality": municipality,
        "districts": districts,
        "neighbourhood": neighbourhood,
        "lonely": lonely,
        "income": income,
        "group": group,
    }


def _csv(text: str, name: str = "waarden.csv", encoding: str = "utf-8") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode(encoding))


GOOD_CSV = (
    "indicator,gebied,jaar,waarde,doelgroep,n\n"
    "eenzaam,WK028500,2023,21.5,,400\n"
    "eenzaam,WK028500,2024,20.25,,410\n"
    "eenzaam,WK028501,2024,18,Ouderen,55\n"
    "inkomen,GM0285,2024,34.4,,\n"
)


def _import(world, upload, **kwargs):
    rows, headers = tables.read_values_file(upload)
    return services.values_import(
        programme=world["programme"], rows=rows, headers=headers, by=None, **kwargs
    )


def test_a_good_file_is_imported_with_one_audit_event(world):
    plan = _import(world, _csv(GOOD_CSV), filename="waarden.csv")
    assert plan.summary()["create"] == 4
    assert IndicatorValue.objects.count() == 4
    grouped = IndicatorValue.objects.get(target_group=world["group"])
    assert (grouped.value, grouped.n, grouped.source) == (18.0, 55, ValueSource.FILE)
    assert IndicatorValue.objects.get(indicator=world["income"]).n is None
    events = AuditEvent.objects.filter(verb=AuditVerb.IMPORTED)
    assert events.count() == 1
    event = events.get()
    assert event.programme == world["programme"]
    assert event.details["created"] == 4
    assert event.details["indicators"] == ["eenzaam", "inkomen"]


def test_existing_figures_are_updated_and_unchanged_ones_counted(world):
    district = world["districts"][0]
    old = IndicatorValueFactory(
        indicator=world["lonely"], area=district, period=2023, value=30, lower=28, upper=32
    )
    IndicatorValueFactory(indicator=world["lonely"], area=district, period=2024, value=20.25, n=410)
    plan = _import(world, _csv(GOOD_CSV))
    summary = plan.summary()
    assert (summary["create"], summary["update"], summary["unchanged"]) == (2, 1, 1)
    assert summary["per_indicator"]["eenzaam"] == {"create": 1, "update": 1, "unchanged": 1}
    old.refresh_from_db()
    # The old interval belonged to the old figure.
    assert (old.value, old.n, old.lower, old.upper) == (21.5, 400, None, None)
    assert IndicatorValue.objects.count() == 4


def test_a_file_with_bad_rows_changes_nothing_and_names_each_row(world):
    kept = IndicatorValueFactory(
        indicator=world["lonely"], area=world["districts"][0], period=2023, value=30
    )
    bad = (
        "indicator;gebied;jaar;waarde;doelgroep;n\n"
        "eenzaam;WK028500;2023;21,5;;400\n"  # 2: fine, but the file fails as a whole
        "onbekend;WK028500;2023;1;;\n"  # 3
        "eenzaam;WK9;2023;1;;\n"  # 4
        "eenzaam;WK028500;twintig;1;;\n"  # 5
        "eenzaam;WK028500;2022;veel;;\n"  # 6
        "eenzaam;WK028500;2022;1;;-3\n"  # 7
        "eenzaam;WK028500;2022;1;Jongeren;\n"  # 8
        "inkomen;WK028500;2022;1;;\n"  # 9: a district for a municipality indicator
        "inkomen;GM0285;2022;1;Ouderen;\n"  # 10: not broken down by group
        "eenzaam;WK028500;2023;22;;\n"  # 11: same cell as row 2
        "eenzaam;BU02850000;2022;1;;\n"  # 12: a neighbourhood for a district indicator
        "eenzaam;WK028500;2022;2,5;;12,5\n"  # 13: n not whole
    )
    with translation.override("en"), pytest.raises(ValidationError) as caught:
        _import(world, _csv(bad))
    problems = caught.value.messages
    rows = sorted({int(p.split(",")[0].removeprefix("Row ")) for p in problems})
    assert rows == [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]
    assert "Row 6, waarde: “veel” is not a number (such as 12,5)." in problems
    assert any(p.startswith("Row 11, waarde: row 2 already gives") for p in problems)
    assert IndicatorValue.objects.count() == 1
    kept.refresh_from_db()
    assert kept.value == 30
    assert not AuditEvent.objects.filter(verb=AuditVerb.IMPORTED).exists()


def test_bom_semicolons_and_dutch_decimals(world):
    text = "\ufeffIndicator;Gebied;Jaar;Waarde\neenzaam;wk028500 ;2024;1.234,5\neenzaam;WK028501;2024;-0,75\n"
    _import(world, _csv(text))
    values = dict(IndicatorValue.objects.values_list("area__code", "value"))
    assert values == {"WK028500": 1234.5, "WK028501": -0.75}


def test_cp1252_and_english_headers(world):
    text = "indicator,area,year,value,target group\neenzaam,WK028500,2024,3.5,ouderen\n"
    _import(world, _csv(text, encoding="cp1252"))
    assert IndicatorValue.objects.get().target_group == world["group"]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("3,5", 3.5),
        ("3.5", 3.5),
        ("1.234.567", 1234567.0),
        ("1.234,5", 1234.5),
        ("-2", -2.0),
        (" 12 ", 12.0),
        ("1e3", 1000.0),
        ("inf", None),
        ("nan", None),
        ("1,2,3", None),
        ("1,234.5", None),
        ("12%", None),
        ("", None),
    ],
)
def test_numbers_as_files_write_them(text, number):
    assert services.parse_number(text) == number


def test_a_file_naming_a_field_twice_or_lacking_one_is_refused(world):
    with pytest.raises(FileProblem):
        tables.read_values_file(
            _csv("indicator,gebied,jaar,periode,waarde\neenzaam,WK028500,1,2,3\n")
        )
    with pytest.raises(FileProblem):
        tables.read_values_file(_csv("indicator,gebied,waarde\neenzaam,WK028500,3\n"))


def _xlsx(rows) -> SimpleUploadedFile:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Waarden"
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return SimpleUploadedFile("waarden.xlsx", buffer.getvalue())


def test_xlsx_with_numbers_as_excel_keeps_them(world):
    upload = _xlsx(
        [
            ["indicator", "gebied", "jaar", "waarde", "doelgroep", "n"],
            ["eenzaam", "WK028500", 2024, 21.5, None, 400],
            ["eenzaam", "WK028501", 2024.0, 0.1, "Ouderen", None],
            ["inkomen", "GM0285", "2024", "34,4", None, None],
        ]
    )
    _import(world, upload)
    assert sorted(IndicatorValue.objects.values_list("value", flat=True)) == [0.1, 21.5, 34.4]


def test_example_file_has_the_columns_and_imports_as_it_is(world):
    content = tables.example_workbook(world["programme"])
    sheet = load_workbook(io.BytesIO(content)).active
    assert [cell.value for cell in sheet[1]] == tables.EXAMPLE_HEADERS


def test_dry_run_checks_and_writes_nothing(world):
    plan = _import(world, _csv(GOOD_CSV), dry_run=True)
    assert plan.summary()["create"] == 4
    assert IndicatorValue.objects.count() == 0
    assert not AuditEvent.objects.exists()


def test_another_programme_s_codes_are_unknown(world, other_programme):
    IndicatorFactory(programme=other_programme, code="vreemd")
    AreaFactory(programme=other_programme, code="WK777700")
    with pytest.raises(ValidationError):
        _import(
            world,
            _csv("indicator,gebied,jaar,waarde\nvreemd,WK028500,2024,1\neenzaam,WK777700,2024,1\n"),
        )


# The command ---------------------------------------------------------------------------


def _file(tmp_path, text: str, name: str = "waarden.csv") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def _run(*args) -> str:
    out = io.StringIO()
    call_command("indicators", *args, stdout=out)
    return out.getvalue()


def test_command_prints_a_summary(world, tmp_path):
    text = _run("import", _file(tmp_path, GOOD_CSV), "--programme", "brinkeveld")
    assert "4 rijen gecontroleerd" in text
    assert "Nieuw: 4, bijgewerkt: 0, ongewijzigd: 0" in text
    assert "eenzaam: 3 nieuw" in text
    assert "Opgeslagen." in text
    assert IndicatorValue.objects.count() == 4


def test_command_json_and_dry_run(world, tmp_path):
    data = json.loads(
        _run(
            "import", _file(tmp_path, GOOD_CSV), "--programme", "brinkeveld", "--dry-run", "--json"
        )
    )
    assert data["saved"] is False
    assert (data["create"], data["update"], data["problems"]) == (4, 0, 0)
    assert data["per_indicator"]["inkomen"]["create"] == 1
    assert IndicatorValue.objects.count() == 0


def test_command_fails_in_dutch_and_changes_nothing(world, tmp_path):
    path = _file(tmp_path, "indicator,gebied,jaar,waarde\neenzaam,WK028500,2024,veel\n")
    with pytest.raises(CommandError, match="er is niets opgeslagen"):
        _run("import", path, "--programme", "brinkeveld")
    out = io.StringIO()
    with pytest.raises(CommandError):
        call_command(
            "indicators", "import", path, "--programme", "brinkeveld", "--json", stdout=out
        )
    data = json.loads(out.getvalue())
    assert data["saved"] is False and len(data["problems"]) == 1
    with pytest.raises(CommandError, match="bestaat niet"):
        _run("import", path, "--programme", "nergens")
    with pytest.raises(CommandError, match="bestaat niet"):
        _run("import", str(tmp_path / "weg.csv"), "--programme", "brinkeveld")
    assert IndicatorValue.objects.count() == 0


def test_command_help_says_what_the_columns_are(capsys):
    with pytest.raises(SystemExit):
        call_command("indicators", "import", "--help")
    help_text = capsys.readouterr().out
    assert "gebied" in help_text and "--dry-run" in help_text


# StatLine ------------------------------------------------------------------------------


def test_statline_v3_reader_on_the_shipped_table():
    table = statline.read_statline(STATLINE)
    assert table.form == "v3"
    assert table.region_dimension == "WijkenEnBuurten"
    # The text column (the municipality's name) is no measure.
    assert set(table.measures) == {
        "AantalInwoners_5",
        "Eenpersoonshuishoudens_29",
        "GemiddeldInkomenPerInwoner_66",
    }
    assert table.measures["GemiddeldInkomenPerInwoner_66"].unit == "x 1 000 euro"
    # Codes come trimmed of the spaces Statistics Netherlands pads them with.
    assert table.regions["GM0285"] == "Voorst"
    assert table.periods["2022JJ00"] == "2022"
    assert len(table.observations) == 7 * 3 * 3
    assert ("AantalInwoners_5", "WK028500", "2022JJ00", 13420.0) in table.observations
    assert ("Eenpersoonshuishoudens_29", "WK028501", "2022JJ00", None) in table.observations


def test_statline_v4_reader_gives_the_same_figures():
    v3 = statline.read_statline(STATLINE)
    v4 = statline.read_statline(STATLINE / "v4")
    assert v4.form == "v4"
    keys = {"AantalInwoners_5": "M000352"}
    wanted = {(keys[m], r, p, v) for m, r, p, v in v3.observations if m in keys}
    assert wanted <= set(v4.observations)
    assert v4.measures["M000352"].title == "Aantal inwoners"


def _zip(directory: Path, prefix: str = "") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path in directory.glob("*.json"):
            archive.write(path, prefix + path.name)
    return buffer.getvalue()


def test_statline_from_a_zip_with_table_prefixed_names():
    table = statline.read_statline(_zip(STATLINE, "85000TST_"))
    assert table.form == "v3" and len(table.observations) == 63


def test_statline_refuses_what_is_no_table(tmp_path):
    with pytest.raises(FileProblem):
        statline.read_statline(b"no zip at all")
    with pytest.raises(FileProblem):
        statline.read_statline(tmp_path)
    (tmp_path / "TypedDataSet.json").write_text("{not json")
    (tmp_path / "DataProperties.json").write_text('{"value": []}')
    with pytest.raises(FileProblem):
        statline.read_statline(tmp_path)


def test_statline_rows_map_measures_and_regions(world):
    table = statline.read_statline(STATLINE)
    found = statline.statline_rows(
        table,
        programme=world["programme"],
        measures={
            "Eenpersoonshuishoudens_29": "eenzaam",
            "GemiddeldInkomenPerInwoner_66": "inkomen",
        },
    )
    # Apeldoorn and the neighbourhoods the programme lacks are skipped.
    assert "GM0200" in found.skipped_regions and "BU02850001" in found.skipped_regions
    # eenzaam goes down to districts: the programme's neighbourhood is left out (3 years);
    # inkomen is a municipality's figure: its districts and neighbourhood too (3 areas x 3).
    assert found.skipped_finer == 3 + 9
    assert found.skipped_empty == 1  # WK028501 in 2022
    plan = services.values_import(
        programme=world["programme"],
        rows=found.rows,
        headers=found.headers,
        source=ValueSource.STATLINE,
        by=None,
    )
    assert plan.summary()["create"] == len(found.rows) == 3 + 3 + 2 + 3
    assert set(IndicatorValue.objects.values_list("source", flat=True)) == {"statline"}
    income = IndicatorValue.objects.get(indicator=world["income"], period=2022)
    assert income.value == 34.4


def test_statline_command(world):
    text = _run(
        "statline",
        str(STATLINE),
        "--programme",
        "brinkeveld",
        "--measure",
        "GemiddeldInkomenPerInwoner_66=inkomen",
    )
    assert "Nieuw: 3" in text
    data = json.loads(
        _run(
            "statline",
            str(STATLINE / "v4"),
            "--programme",
            "brinkeveld",
            "--measure",
            "M000224=inkomen",
            "--json",
        )
    )
    assert data["form"] == "v4" and data["unchanged"] == 3
    with pytest.raises(CommandError, match="Onbekend_1|no measure"):
        _run("statline", str(STATLINE), "--programme", "brinkeveld", "--measure", "Onbekend_1=x")


def test_measure_map_is_checked():
    assert statline.parse_measure_map(["A_1=a\n B_2 = b "]) == {"A_1": "a", "B_2": "b"}
    for bad in (["A_1"], ["=a"], [""]):
        with pytest.raises(FileProblem):
            statline.parse_measure_map(bad)


# The page ----------------------------------------------------------------------------------


def test_page_upload_preview_and_apply(client, members, world):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:import", args=["brinkeveld"])
    assert client.get(url).status_code == 200
    response = client.post(url, {"file": _csv(GOOD_CSV)})
    batch = ImportBatch.objects.get(kind="indicator_values")
    assert response["Location"] == reverse(
        "monitoring:import-preview", args=["brinkeveld", batch.pk]
    )
    preview = client.get(response["Location"])
    assert preview.status_code == 200
    assert b"eenzaam" in preview.content and b"WK028501" in preview.content
    assert IndicatorValue.objects.count() == 0
    client.post(response["Location"])
    assert IndicatorValue.objects.count() == 4
    batch.refresh_from_db()
    assert batch.applied_at is not None
    # Applying twice does nothing more.
    client.post(response["Location"])
    assert AuditEvent.objects.filter(verb=AuditVerb.IMPORTED).count() == 1


def test_page_preview_of_bad_rows_cannot_be_applied(client, members, world):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:import", args=["brinkeveld"])
    text = "indicator;gebied;jaar;waarde\n" + "eenzaam;WK028500;2024;veel\n" * 3
    response = client.post(url, {"file": _csv(text)})
    preview = client.get(response["Location"])
    assert preview.content.count(b"veel") >= 3
    client.post(response["Location"])
    assert IndicatorValue.objects.count() == 0


def test_page_refuses_a_file_it_cannot_read(client, members, world):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:import", args=["brinkeveld"])
    response = client.post(url, {"file": SimpleUploadedFile("x.pdf", b"%PDF")})
    assert response.status_code == 200
    assert not ImportBatch.objects.exists()


def test_page_statline_zip(client, members, world):
    client.force_login(members[Role.PROJECT_TEAM])
    url = reverse("monitoring:import-statline", args=["brinkeveld"])
    upload = SimpleUploadedFile("kerncijfers.zip", _zip(STATLINE))
    response = client.post(
        url,
        {
            "statline-archive": upload,
            "statline-measures": "AantalInwoners_5=inkomen\r\n",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    client.post(response["Location"])
    assert IndicatorValue.objects.filter(source=ValueSource.STATLINE).count() == 3
    bad = client.post(
        url,
        {
            "statline-archive": SimpleUploadedFile("k.zip", b"PK nothing"),
            "statline-measures": "A=b",
        },
    )
    assert bad.status_code == 200
    assert client.get(url).status_code == 302


def test_page_example_download(client, members, world):
    client.force_login(members[Role.ANALYST])
    response = client.get(reverse("monitoring:import-example", args=["brinkeveld"]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


@pytest.mark.parametrize("role", [Role.VIEWER, Role.PARTNER, Role.LEAD])
def test_only_team_and_analysts_import(client, members, world, role):
    client.force_login(members[role])
    url = reverse("monitoring:import", args=["brinkeveld"])
    assert client.get(url).status_code == 403
    assert client.post(url, {"file": _csv(GOOD_CSV)}).status_code == 403
    assert IndicatorValue.objects.count() == 0


def test_a_preview_belongs_to_who_uploaded_it(client, members, world):
    client.force_login(members[Role.PROJECT_TEAM])
    client.post(reverse("monitoring:import", args=["brinkeveld"]), {"file": _csv(GOOD_CSV)})
    batch = ImportBatch.objects.get()
    client.force_login(members[Role.ANALYST])
    preview = reverse("monitoring:import-preview", args=["brinkeveld", batch.pk])
    assert client.get(preview).status_code == 404
    assert client.post(preview).status_code == 404
    assert IndicatorValue.objects.count() == 0


def test_apply_checks_again(client, members, world):
    client.force_login(members[Role.PROJECT_TEAM])
    client.post(reverse("monitoring:import", args=["brinkeveld"]), {"file": _csv(GOOD_CSV)})
    batch = ImportBatch.objects.get()
    world["group"].delete()
    with pytest.raises(ValidationError):
        services.values_apply(batch=batch, by=members[Role.PROJECT_TEAM])
    assert IndicatorValue.objects.count() == 0


def test_a_figure_added_between_check_and_write_refuses_the_whole_import(world):
    rows, headers = tables.read_values_file(_csv(GOOD_CSV))
    plan = services.values_check(programme=world["programme"], rows=rows, headers=headers)
    IndicatorValueFactory(indicator=world["lonely"], area=world["districts"][0], period=2024)
    with pytest.raises(ValidationError):
        services._write(
            programme=world["programme"], plan=plan, source="file", filename="w.csv", by=None
        )
    assert IndicatorValue.objects.count() == 1
    assert not AuditEvent.objects.filter(verb=AuditVerb.IMPORTED).exists()
