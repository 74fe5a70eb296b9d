"""Django's admin autodiscovery reads this module: each feature registers its own models."""

from guidance.contact import admin as contact_admin  # noqa: F401
from guidance.dossier import admin as dossier_admin  # noqa: F401
from guidance.orientation import admin as orientation_admin  # noqa: F401
from guidance.pilotage import admin as pilotage_admin  # noqa: F401
