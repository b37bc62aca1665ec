from django.db import migrations


def seed_themes(apps, schema_editor):
    from samenspel.goals.seeds import seed_themes as seed

    seed(apps.get_model("goals", "Theme"))


class Migration(migrations.Migration):
    dependencies = [("goals", "0001_initial")]

    operations = [migrations.RunPython(seed_themes, migrations.RunPython.noop)]
