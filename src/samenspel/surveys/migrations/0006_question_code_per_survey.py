"""Question codes unique per survey, held by the database: a question carries its survey."""

import django.db.models.deletion
from django.db import migrations, models


def fill_survey(apps, schema_editor):
    Question = apps.get_model("surveys", "Question")
    taken: dict[int, set[str]] = {}
    for question in Question.objects.select_related("section").order_by(
        "section__survey_id", "section__position", "position", "pk"
    ):
        survey_id = question.section.survey_id
        codes = taken.setdefault(survey_id, set())
        code, number = question.code, 2
        # A code used on an earlier page of the same survey gets a number, as the builder does.
        while code in codes:
            code, number = f"{question.code[:36]}_{number}", number + 1
        codes.add(code)
        Question.objects.filter(pk=question.pk).update(survey_id=survey_id, code=code)


class Migration(migrations.Migration):
    dependencies = [("surveys", "0005_survey_revision")]

    operations = [
        migrations.AddField(
            model_name="question",
            name="survey",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="questions",
                to="surveys.survey",
            ),
        ),
        migrations.RunPython(fill_survey, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="question",
            name="survey",
            field=models.ForeignKey(
                editable=False,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="questions",
                to="surveys.survey",
            ),
        ),
        migrations.RemoveConstraint(model_name="question", name="question_code_per_section"),
        migrations.AddConstraint(
            model_name="question",
            constraint=models.UniqueConstraint(
                fields=("survey", "code"), name="question_code_per_survey"
            ),
        ),
    ]
