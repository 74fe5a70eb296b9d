"""The reference taxonomy, from the roadmap's words. Created by a data migration (0002) so that a fresh
production database has it; `load_demo` relies on these slugs."""

NEEDS = [
    ("etre-accompagne", "Être accompagné", "Incubation, accélération, mentorat"),
    ("financer", "Financer mon projet", "Subventions, prêts d'honneur, prêts bancaires, fonds propres"),
    ("locaux", "Trouver des locaux", "Bureaux, laboratoires, ateliers, pépinières, hôtels d'entreprises"),
    (
        "recruter",
        "Recruter et structurer mes RH",
        "Détecter et attirer des talents, structurer la fonction RH",
    ),
    (
        "recherche",
        "Accéder à la recherche publique et aux plateformes technologiques",
        "Laboratoires, plateformes, transfert de technologie",
    ),
    ("prototyper", "Prototyper, tester, industrialiser", "Fablabs, démonstrateurs, pré-industrialisation"),
    (
        "propriete-intellectuelle",
        "Protéger et valoriser ma propriété intellectuelle",
        "Brevets, licences, maturation",
    ),
    ("partenaires", "Rencontrer des industriels, clients et partenaires", "Pôles, clusters, open innovation"),
    ("investisseurs", "Rencontrer des investisseurs", "Business angels, fonds, levées de fonds"),
    ("international", "Me développer à l'international", "Export, salons, implantation à l'étranger"),
]

STAGES = [
    ("idee", "Idée", "J'ai une idée ou un résultat de recherche à explorer"),
    ("maturation", "Maturation", "De la recherche au marché : preuve de concept, validation"),
    ("creation", "Création", "Je crée mon entreprise"),
    ("amorcage", "Amorçage", "Premiers clients, premiers financements"),
    ("developpement", "Développement", "Mon entreprise se structure et grandit"),
    ("croissance", "Croissance", "Changement d'échelle, international, hypercroissance"),
]

# (slug, name, theme, city, is_technopole)
TECHNOPOLES = [
    ("arbois", "Arbois-Méditerranée", "Environnement et cleantech", "Aix-en-Provence", True),
    ("luminy", "Luminy", "Biotech et healthtech", "Marseille 9e", True),
    ("chateau-gombert", "Château-Gombert", "Sciences de l'ingénieur", "Marseille 13e", True),
    ("belle-de-mai", "Belle de Mai", "Industries culturelles et créatives, numérique", "Marseille 3e", False),
    (
        "euromediterranee",
        "Euroméditerranée et centre-ville de Marseille",
        "Innovation urbaine, services",
        "Marseille",
        False,
    ),
    ("la-ciotat", "La Ciotat", "Mer, nautisme, industrie", "La Ciotat", False),
]

SECTORS = [
    ("sante-biotech", "Santé et biotech"),
    ("environnement-cleantech", "Environnement et cleantech"),
    ("industries-culturelles-creatives", "Industries culturelles et créatives"),
    ("numerique", "Numérique"),
    ("mer-economie-bleue", "Mer et économie bleue"),
    ("energie", "Énergie"),
    ("aeronautique-spatial", "Aéronautique et spatial"),
    ("optique-photonique", "Optique-photonique"),
    ("mobilite-logistique", "Mobilité et logistique"),
    ("ingenierie-industrie", "Ingénierie et industrie"),
]


# Who the holder is (the questionnaire's `profil`); an offer lists the audiences it is for, none = everyone.
AUDIENCES = [
    ("chercheur", "Chercheur·e ou doctorant·e", "Laboratoire public, doctorat, post-doctorat"),
    ("etudiant", "Étudiant·e ou jeune diplômé·e", "En formation ou diplômé·e depuis moins de trois ans"),
    ("demandeur-emploi", "Demandeur·se d'emploi qui crée son activité", "Inscrit·e à France Travail"),
    ("createur", "Créateur·rice ou jeune entreprise", "Projet de création ou entreprise de moins de 5 ans"),
    ("pme", "TPE ou PME", "Entreprise établie de moins de 250 salariés"),
    ("eti-grand-groupe", "ETI ou grand groupe", "Entreprise de 250 salariés ou plus"),
    ("entreprise-etrangere", "Entreprise étrangère qui s'implante", "Implantation dans la métropole"),
]


def create_audiences(Audience) -> None:
    for order, (slug, name, description) in enumerate(AUDIENCES, start=1):
        Audience.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )


def create_taxonomy(Need, Stage, Technopole, Sector) -> None:
    """Create or update the reference rows (idempotent); takes the model classes so migrations can call it."""
    for order, (slug, name, description) in enumerate(NEEDS, start=1):
        Need.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
    for order, (slug, name, description) in enumerate(STAGES, start=1):
        Stage.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "order": order}
        )
    for order, (slug, name, theme, city, is_technopole) in enumerate(TECHNOPOLES, start=1):
        Technopole.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "theme": theme,
                "city": city,
                "is_technopole": is_technopole,
                "order": order,
            },
        )
    for order, (slug, name) in enumerate(SECTORS, start=1):
        Sector.objects.update_or_create(slug=slug, defaults={"name": name, "order": order})
