from django.db import migrations

from offers.taxonomy import create_taxonomy


def forwards(apps, schema_editor):
    create_taxonomy(
        apps.get_model("offers", "Need"),
        apps.get_model("offers", "Stage"),
        apps.get_model("offers", "Technopole"),
        apps.get_model("offers", "Sector"),
    )


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
