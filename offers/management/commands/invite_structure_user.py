"""Invite a support structure's staff member to the admin: account, membership, group, set-password link.

The same as « Inviter un membre » on the structure's admin page (offers/invitations.py)."""

from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from offers.admin_scoping import STRUCTURE_GROUP
from offers.invitations import invite_member, send_invitation, set_password_url
from offers.models import Actor


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
            user, created = invite_member(structure, email)
        except Group.DoesNotExist:
            raise CommandError(
                f"Le groupe « {STRUCTURE_GROUP} » n'existe pas : lancez « migrate »."
            ) from None

        verb = "créé" if created else "existant"
        self.stdout.write(f"Compte {verb} : {email}, membre de « {structure.name} ».")
        if send_email:
            send_invitation(user, structure)
            self.stdout.write(f"Lien envoyé par courriel à {email}.")
        else:
            self.stdout.write(f"Lien pour choisir le mot de passe : {set_password_url(user)}")
