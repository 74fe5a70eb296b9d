import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("guidance", "0007_contact_request_outbox"),
        ("offers", "0006_audiences"),
    ]

    operations = [
        migrations.AddField(
            model_name="questionnaireresponse",
            name="audience",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="offers.audience",
                verbose_name="profil",
            ),
        ),
        migrations.AddField(
            model_name="questionnaireresponse",
            name="project",
            field=models.TextField(
                blank=True,
                help_text=(
                    "Les mots du porteur, anonymes ; effacés après QUESTIONNAIRE_TEXT_RETENTION_DAYS jours "
                    "(commande purge_questionnaire_texts)."
                ),
                verbose_name="description du projet",
            ),
        ),
    ]
