"""The « Structure » and « Métropole » groups with their permissions.

Permissions are normally created after `migrate` (post_migrate signal); on a fresh database they do not exist
yet when this migration runs, so it creates them first. Row-level scoping (a structure sees only its own
rows) is done by `offers.admin_scoping`; these permissions say which models and actions each group reaches.
Structures cannot delete (they archive); the Métropole can.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from offers.admin_scoping import METROPOLE_GROUP, STRUCTURE_GROUP

EDIT = ["view", "add", "change"]
ALL = ["view", "add", "change", "delete"]
OFFER_MODELS = [
    ("offers", "offer"),
    ("offers", "recruitmentservice"),
    ("offers", "competence"),
    ("financing", "financingscheme"),
    ("housing", "housingsite"),
]
HISTORY_MODELS = [
    ("offers", "historicalactor"),
    ("offers", "historicaloffer"),
    ("offers", "historicalrecruitmentservice"),
    ("offers", "historicalcompetence"),
    ("financing", "historicalfinancingscheme"),
    ("housing", "historicalhousingsite"),
]
TAXONOMY_MODELS = [("offers", "need"), ("offers", "stage"), ("offers", "technopole"), ("offers", "sector")]

STRUCTURE_PERMISSIONS = [
    *[(app, model, action) for app, model in OFFER_MODELS for action in EDIT],
    ("offers", "actor", "view"),
    ("offers", "actor", "change"),
    # Autocomplete widgets (a structure's technopôle) need to read the reference data.
    *[(app, model, "view") for app, model in TAXONOMY_MODELS],
    *[(app, model, "view") for app, model in HISTORY_MODELS],
    ("guidance", "contactrequest", "view"),
    ("guidance", "contactrequest", "change"),
    ("guidance", "referral", "add"),
    ("guidance", "referral", "view"),
]
METROPOLE_PERMISSIONS = [
    *[(app, model, action) for app, model in [*OFFER_MODELS, ("offers", "actor")] for action in ALL],
    *[(app, model, action) for app, model in TAXONOMY_MODELS for action in ALL],
    *[(app, model, "view") for app, model in HISTORY_MODELS],
    *[("guidance", "contactrequest", action) for action in ALL],
    *[("guidance", "referral", action) for action in ALL],
    ("guidance", "questionnaireresponse", "view"),
    # To pick a structure's members in the admin (autocomplete over accounts).
    ("auth", "user", "view"),
]
# Declared in QuestionnaireResponse.Meta.permissions (guidance 0003), so `create_permissions` makes it;
# the get_or_create below only guards against that declaration moving.
COVERAGE_PERMISSION = ("view_coverage_reports", "Peut consulter les rapports de pilotage")


def _permissions(apps, triples):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    found = []
    for app_label, model, action in triples:
        content_type = ContentType.objects.get(app_label=app_label, model=model)
        found.append(Permission.objects.get(content_type=content_type, codename=f"{action}_{model}"))
    return found


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")

    codename, name = COVERAGE_PERMISSION
    coverage, _ = Permission.objects.get_or_create(
        content_type=ContentType.objects.get(app_label="guidance", model="questionnaireresponse"),
        codename=codename,
        defaults={"name": name},
    )
    structure, _ = Group.objects.get_or_create(name=STRUCTURE_GROUP)
    structure.permissions.add(*_permissions(apps, STRUCTURE_PERMISSIONS))
    metropole, _ = Group.objects.get_or_create(name=METROPOLE_GROUP)
    metropole.permissions.add(*_permissions(apps, METROPOLE_PERMISSIONS), coverage)


def delete_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[STRUCTURE_GROUP, METROPOLE_GROUP]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("offers", "0002_taxonomy"),
        ("financing", "0001_initial"),
        ("housing", "0001_initial"),
        ("guidance", "0003_coverage_permission"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_groups, delete_groups)]
