from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("reports", "0002_generateddocument_step"),
    ]

    operations = [
        migrations.AddField(
            model_name="generateddocument",
            name="snapshot",
            field=models.JSONField(blank=True, editable=False, null=True),
        ),
    ]
