from django.db import migrations


def seed_themes(apps, schema_editor):
    from samenspel.goals.seeds import BROAD_PROSPERITY_THEMES

    Theme = apps.get_model("goals", "Theme")
    for position, (code, name, group, description) in enumerate(BROAD_PROSPERITY_THEMES, start=1):
        Theme.objects.update_or_create(
            code=code,
            defaults={"name": name, "group": group, "description": description, "position": position},
        )


class Migration(migrations.Migration):
    dependencies = [("goals", "0001_initial")]

    operations = [migrations.RunPython(seed_themes, migrations.RunPython.noop)]
