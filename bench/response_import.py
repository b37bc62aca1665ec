"""Importing 100,000 survey responses from CSV (the export's layout), checked and written all or
nothing, against the database's own bulk insert of the same rows in the same run (executemany
in one transaction on SQLite, COPY on PostgreSQL). Target: at least 30 % of that rate.

Run from the repository root: .venv/bin/python bench/response_import.py [--responses 100000]
With DATABASE_URL set it runs on that PostgreSQL database (it creates and drops its tables'
rows only for its own wave). Exits non-zero when the target is missed or rows are missing.
"""

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TARGET_RATIO = 0.3


def generate_csv(questions, columns, n: int, seed: int = 2026) -> bytes:
    """A file as a municipality would bring it: every closed question answered, some blanks."""
    from samenspel.surveys.answers import choice_values

    rng = random.Random(seed)
    options = {question.pk: choice_values(question) for question in questions}
    headers = ["respondent", *[name for name, _question, _part in columns]]
    lines = [";".join(headers)]
    for number in range(1, n + 1):
        cells = [str(number)]
        for _name, question, _part in columns:
            if question.kind in ("grid",):
                cells.append(str(rng.randint(1, 5)) if rng.random() > 0.05 else "")
            elif question.kind == "multiple":
                cells.append("1" if rng.random() < 0.3 else "0")
            elif question.kind in ("long_text", "short_text"):
                cells.append("Meer bankjes in het dorp" if rng.random() < 0.1 else "")
            elif question.kind == "number":
                cells.append(str(rng.randint(0, 40)))
            elif question.show_if_code:
                cells.append("")
            else:
                cells.append(rng.choice(options[question.pk]))
        lines.append(";".join(cells))
    return ("\n".join(lines) + "\n").encode()


def bulk_insert_baseline(wave, rows: list[dict]) -> float:
    """Seconds for the database itself to take the same responses and answers."""
    from django.db import connection, transaction
    from django.utils import timezone

    from samenspel.surveys.models import Answer, Response

    responses, answers = Response._meta.db_table, Answer._meta.db_table
    now = timezone.now()
    start = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cursor:
        first = (
            Response.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        ) + 1_000_000
        response_rows = [
            (first + index, wave.pk, f"base-{index}", "complete", 0, 1.0, "import", now, now)
            for index in range(len(rows))
        ]
        answer_rows = [
            (first + index, question_id, json.dumps(value))
            for index, answered in enumerate(rows)
            for question_id, value in answered.items()
        ]
        response_columns = (
            "id, wave_id, resume_token, status, current_section, weight, source, "
            "started_at, completed_at"
        )
        if connection.vendor == "postgresql":
            with cursor.copy(f"COPY {responses} ({response_columns}) FROM STDIN") as copy:
                for row in response_rows:
                    copy.write_row(row)
            with cursor.copy(
                f"COPY {answers} (response_id, question_id, value) FROM STDIN"
            ) as copy:
                for row in answer_rows:
                    copy.write_row(row)
        else:
            marks = ", ".join(["%s"] * 9)
            cursor.executemany(
                f"INSERT INTO {responses} ({response_columns}) VALUES ({marks})", response_rows
            )
            cursor.executemany(
                f"INSERT INTO {answers} (response_id, question_id, value) VALUES (%s, %s, %s)",
                answer_rows,
            )
    elapsed = time.perf_counter() - start
    Response.objects.filter(pk__gte=first).delete()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--responses", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "samenspel.conf.dev")
    os.environ.setdefault("SAMENSPEL_DATA_DIR", tempfile.mkdtemp(prefix="samenspel-bench-"))
    os.environ["SAMENSPEL_IMPORT_MAX_ROWS"] = str(args.responses)
    os.environ["SAMENSPEL_IMPORT_MAX_BYTES"] = str(1024**3)
    import django

    django.setup()
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.core.management import call_command

    from bench.seed import residents_wave
    from samenspel.core.tabular import read_upload
    from samenspel.surveys.answers import response_columns
    from samenspel.surveys.collecting import imports
    from samenspel.surveys.models import Answer, Question, Response

    call_command("migrate", verbosity=0)
    wave = residents_wave(name="Bench import")
    survey = wave.survey
    questions = list(
        Question.objects.filter(section__survey=survey).order_by("section__position", "position")
    )
    columns = response_columns(questions)
    data = generate_csv(questions, columns, args.responses)

    start = time.perf_counter()
    upload = SimpleUploadedFile("antwoorden.csv", data)
    sheets = read_upload(
        upload,
        specs=(imports.response_table_spec(wave),),
        kind_hint="responses",
        max_rows=args.responses,
    )
    rows = [row for sheet in sheets for row in sheet.rows]
    imported = imports.responses_import(wave=wave, rows=rows)
    elapsed = time.perf_counter() - start

    answers = Answer.objects.filter(response__wave=wave).count()
    checked_rows, problems = imports.responses_check(wave=wave, rows=rows)
    expected_answers = sum(len(answered) for answered in checked_rows)
    baseline = bulk_insert_baseline(wave, checked_rows)
    ratio = baseline / elapsed
    complete = Response.objects.filter(wave=wave).count()
    ok = (
        ratio >= TARGET_RATIO
        and imported == complete == args.responses
        and answers == expected_answers
        and not problems
    )
    size = len(data) / 1024 / 1024
    print(
        f"import of {args.responses:,} responses ({size:.1f} MB CSV, {answers:,} answers) on "
        f"{django.db.connection.vendor}: {elapsed:.2f} s, {args.responses / elapsed:,.0f} "
        f"responses/s; the database's own bulk insert of the same rows: {baseline:.2f} s; "
        f"ratio {ratio:.2f}; responses {complete:,} of {args.responses:,}, answers {answers:,} of "
        f"{expected_answers:,}; target >= {TARGET_RATIO}: {'OK' if ok else 'MISSED'}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
