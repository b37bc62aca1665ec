"""The table of the cache that every worker shares (limits on survey starts and access
codes), made by migrate so that no installation forgets it."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("core", "0002_programme_content_changed_at")]

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
