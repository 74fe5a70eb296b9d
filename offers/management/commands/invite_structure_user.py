"""Invite a support structure's staff member to the admin: account, membership, group, set-password link."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from offers.admin_scoping import STRUCTURE_GROUP
from offers.models import Actor


def set_password_url(user) -> str:
    """An absolute link to Django's « set a new password » page, valid for PASSWORD_RESET_TIMEOUT."""
    path = reverse(
        "password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    return f"{settings.SITE_URL}{path}"


class Command(BaseCommand):
    help = "Invite un membre d'une structure : crée son compte, l'ajoute à la structure et au groupe « Structure »."

    def add_arguments(self, parser):
        parser.add_argument("--actor", required=True, help="Identifiant (slug) de la structure.")
        parser.add_argument(
            "--email", required=True, help="Courriel de la personne invitée (sert d'identifiant)."
        )
        parser.add_argument(
            "--send-email", action="store_true", help="Envoyer le lien par courriel au lieu de l'afficher."
        )

    def handle(self, *args, actor: str, email: str, send_email: bool, **options):
        email = email.strip().lower()
        try:
            validate_email(email)
        except Exception as exc:
            raise CommandError(f"Adresse de courriel invalide : « {email} ».") from exc
        try:
            structure = Actor.objects.get(slug=actor)
        except Actor.DoesNotExist:
            raise CommandError(
                f"Aucune structure n'a l'identifiant « {actor} ». Vérifiez le slug dans l'administration."
            ) from None
        try:
            group = Group.objects.get(name=STRUCTURE_GROUP)
        except Group.DoesNotExist:
            raise CommandError(
                f"Le groupe « {STRUCTURE_GROUP} » n'existe pas : lancez « migrate »."
            ) from None

        with transaction.atomic():
            user, created = get_user_model().objects.get_or_create(
                username=email, defaults={"email": email, "is_staff": True}
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            elif not user.is_staff:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
            structure.members.add(user)
            user.groups.add(group)

        link = set_password_url(user)
        verb = "créé" if created else "existant"
        self.stdout.write(f"Compte {verb} : {email}, membre de « {structure.name} ».")
        if send_email:
            send_mail(
                subject=f"Votre accès à l'administration d'Innov Provence — {structure.name}",
                message=(
                    f"Bonjour,\n\nVous êtes invité(e) à tenir à jour les offres de « {structure.name} » "
                    f"sur Innov Provence.\nChoisissez votre mot de passe en suivant ce lien :\n\n{link}\n\n"
                    f"Votre identifiant de connexion est votre adresse : {email}\n"
                    f"Puis connectez-vous sur {settings.SITE_URL}{reverse('admin:index')}\n"
                ),
                from_email=None,
                recipient_list=[email],
            )
            self.stdout.write(f"Lien envoyé par courriel à {email}.")
        else:
            self.stdout.write(f"Lien pour choisir le mot de passe : {link}")
