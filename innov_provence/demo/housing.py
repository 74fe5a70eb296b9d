"""The residential path: nurseries, business hotels, labs, workshops and third places across the area."""

from innov_provence.demo.rows import OfferRow, housing

HOUSING = [
    # Arbois
    housing(
        "arbois-mediterranee",
        "pepiniere-cleantech-arbois",
        "Pépinière cleantech de l'Arbois",
        "Environ 4 500 m² de bureaux et laboratoires pour une quarantaine de start-up de l'environnement.",
        "Au cœur du domaine du Petit Arbois, la pépinière accueille les jeunes entreprises de "
        "l'environnement et de l'énergie dans des bureaux et laboratoires équipés, à proximité du CEREGE "
        "et des plateformes du technopôle. Services mutualisés : accueil, salles de réunion, animation.",
        premises="pepiniere",
        address="Domaine du Petit Arbois, avenue Louis Philibert, 13290 Aix-en-Provence",
        surface=(15, 150),
        flexible=True,
        lease="Convention d'occupation de 23 mois renouvelable, préavis de trois mois.",
        stages="creation amorcage",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
    ),
    housing(
        "arbois-mediterranee",
        "hotels-entreprises-arbois",
        "Hôtels d'entreprises de l'Arbois",
        "Près de 20 000 m² de bureaux et de locaux d'activité pour les entreprises de l'environnement en "
        "développement.",
        "Après la pépinière, les hôtels d'entreprises du technopôle permettent de rester sur le site en "
        "changeant d'échelle : plateaux de bureaux, laboratoires et locaux d'activité, bail commercial ou "
        "dérogatoire.",
        premises="hotel_entreprises",
        address="Europôle de l'Arbois, 13290 Aix-en-Provence",
        surface=(50, 800),
        lease="Bail dérogatoire de 3 ans ou bail commercial.",
        availability="complet",
        stages="developpement croissance",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
    ),
    housing(
        "arbois-mediterranee",
        "laboratoires-halles-essais-arbois",
        "Laboratoires et halles d'essais de l'Arbois",
        "Des laboratoires humides et halles techniques pour les essais des cleantech.",
        "Le technopôle propose des laboratoires équipés de paillasses et sorbonnes et des halles "
        "techniques pour les essais de procédés (traitement de l'eau, valorisation des déchets, capteurs).",
        premises="laboratoires",
        address="Domaine du Petit Arbois, 13290 Aix-en-Provence",
        surface=(30, 300),
        flexible=True,
        lease="Location au mois possible pour les essais de courte durée.",
        stages="amorcage developpement",
        technopoles="arbois",
        sectors="environnement-cleantech",
        review="old",
    ),
    housing(
        "thecamp",
        "espaces-travail-thecamp",
        "Espaces de travail de thecamp",
        "Postes nomades, bureaux d'équipe et salles de créativité sur le campus de thecamp.",
        "Les start-up accélérées et les partenaires de thecamp disposent de postes de travail et de bureaux "
        "d'équipe, avec accès aux espaces de créativité, à l'atelier et aux événements du campus.",
        premises="tiers_lieu",
        address="Domaine de Saint-Hippolyte, 13290 Aix-en-Provence",
        surface=(8, 120),
        flexible=True,
        lease="Abonnement mensuel sans engagement.",
        stages="amorcage developpement",
        technopoles="arbois",
    ),
    # Luminy
    housing(
        "grand-luminy",
        "pepiniere-grand-luminy",
        "Pépinière Grand Luminy",
        "Bureaux et laboratoires pour les jeunes entreprises de la santé sur le campus de Luminy.",
        "La pépinière accueille les start-up des biotechnologies et de la santé dans des bureaux et des "
        "laboratoires de biologie, à proximité du CIML et des plateformes du campus, pendant leurs "
        "premières années.",
        premises="pepiniere",
        address="Parc scientifique de Luminy, 13009 Marseille",
        surface=(12, 120),
        flexible=True,
        lease="Convention de 24 mois renouvelable une fois.",
        stages="creation amorcage",
        technopoles="luminy",
        sectors="sante-biotech",
        contact_name="Julien Roux",
    ),
    housing(
        "grand-luminy",
        "iben-laboratoires-l1-l2",
        "IBEN : laboratoires L1/L2 pour les start-up de la santé",
        "Un bâtiment de laboratoires L1/L2 pour 20 à 30 start-up, livraison prévue en 2027.",
        "Le bâtiment IBEN offrira à Luminy des laboratoires de niveaux de confinement L1 et L2, des bureaux "
        "et des équipements partagés pour 20 à 30 jeunes entreprises des biotechnologies. Les "
        "pré-réservations sont ouvertes.",
        premises="laboratoires",
        address="Campus de Luminy, 13009 Marseille",
        surface=(40, 250),
        availability="bientot",
        stages="creation..developpement",
        technopoles="luminy",
        sectors="sante-biotech",
    ),
    housing(
        "grand-luminy",
        "hotel-entreprises-biotech-luminy",
        "Hôtel d'entreprises biotech de Luminy",
        "Des surfaces de bureaux et laboratoires pour les biotech en développement.",
        "L'hôtel d'entreprises prend le relais de la pépinière pour les biotech qui recrutent : plateaux "
        "de laboratoires aménageables et bureaux, au sein du Marseille Immunology Biocluster.",
        premises="hotel_entreprises",
        address="Parc scientifique de Luminy, 13009 Marseille",
        surface=(100, 600),
        lease="Bail commercial 3-6-9 ou bail dérogatoire.",
        stages="developpement croissance",
        technopoles="luminy",
        sectors="sante-biotech",
    ),
    # Château-Gombert
    housing(
        "optitec",
        "technoptic-hotel-entreprises",
        "Technoptic : hôtel d'entreprises de l'optique-photonique",
        "Bureaux et salles propres pour les entreprises de la photonique à Château-Gombert.",
        "Technoptic accueille les entreprises de l'optique-photonique à proximité de l'Institut Fresnel, du "
        "LAM et de la plateforme PEMOA : bureaux, laboratoires optiques et salles propres.",
        premises="hotel_entreprises",
        address="2 rue Marc Donadille, 13013 Marseille",
        surface=(20, 400),
        lease="Bail dérogatoire ou commercial.",
        stages="amorcage..croissance",
        technopoles="chateau-gombert",
        sectors="optique-photonique",
    ),
    housing(
        "technopole-chateau-gombert",
        "ateliers-prototypage-chateau-gombert",
        "Ateliers de prototypage de Château-Gombert",
        "Des locaux d'activité avec accès poids lourds pour les entreprises qui fabriquent.",
        "Ateliers de 100 à 500 m² avec bureaux attenants, hauteur sous plafond et accès poids lourds, pour "
        "les entreprises qui passent du prototype à la fabrication de préséries.",
        premises="ateliers",
        address="Technopôle de Château-Gombert, 13013 Marseille",
        surface=(100, 500),
        lease="Bail dérogatoire de 3 ans.",
        needs="locaux prototyper",
        stages="amorcage developpement",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie",
    ),
    # Belle de Mai and Euroméditerranée
    housing(
        "incubateur-belle-de-mai",
        "bureaux-incubateur-belle-de-mai",
        "Bureaux de l'incubateur au pôle média",
        "Des postes de travail pour les start-up incubées, au cœur du pôle média de la Belle de Mai.",
        "Les start-up incubées disposent de postes de travail en open space, de salles de réunion et d'un "
        "accès aux plateaux et studios du pôle média.",
        premises="bureaux",
        address="Pôle média de la Belle de Mai, 37 rue Guibal, 13003 Marseille",
        surface=(6, 40),
        flexible=True,
        lease="Pendant la durée de l'incubation.",
        stages="creation amorcage",
        technopoles="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
    ),
    housing(
        "cisam",
        "espaces-travail-cisam",
        "Espaces de travail de la CISAM",
        "Coworking, bureaux et salles de réunion au lieu totem de l'innovation métropolitaine.",
        "La CISAM accueille étudiants, chercheurs et start-up de ses programmes dans des espaces de "
        "coworking, des bureaux d'équipe et des salles modulables pour ateliers et événements.",
        premises="tiers_lieu",
        address="Marseille, quartier Euroméditerranée",
        surface=(6, 80),
        flexible=True,
        lease="Accès lié aux programmes de la CISAM.",
        stages="idee..amorcage",
        technopoles="euromediterranee",
    ),
    housing(
        "zebox",
        "bureaux-zebox",
        "Bureaux ZeBox",
        "Des bureaux pour les start-up accélérées, au pied du siège de CMA CGM.",
        "Pendant le programme d'accélération, les start-up disposent de bureaux privatifs et d'espaces "
        "partagés, à proximité immédiate des équipes métiers de CMA CGM.",
        premises="bureaux",
        address="Boulevard de Dunkerque, 13002 Marseille",
        surface=(10, 60),
        flexible=True,
        lease="Pendant la durée de l'accélération.",
        stages="amorcage developpement",
        technopoles="euromediterranee",
        sectors="mobilite-logistique",
    ),
    # La Ciotat and the whole area
    housing(
        "la-ciotat-shipyards",
        "ateliers-chantiers-navals-la-ciotat",
        "Ateliers et bureaux sur le site des chantiers navals",
        "Des ateliers en bord de quai pour les entreprises de la réparation navale et du nautisme.",
        "Sur le site des chantiers navals, des ateliers de 100 à 2 000 m² et des bureaux accueillent les "
        "entreprises de la filière grande plaisance, au plus près des yachts en escale technique.",
        premises="ateliers",
        address="Chantiers navals, quai François Mitterrand, 13600 La Ciotat",
        surface=(100, 2_000),
        lease="Bail commercial ou autorisation d'occupation temporaire.",
        stages="developpement croissance",
        technopoles="la-ciotat",
        sectors="mer-economie-bleue ingenierie-industrie",
    ),
    housing(
        "la-ciotat-shipyards",
        "hotel-entreprises-nautisme-la-ciotat",
        "Hôtel d'entreprises du nautisme",
        "Bureaux et petits ateliers pour les jeunes entreprises de l'économie bleue à La Ciotat.",
        "Un hôtel d'entreprises de bureaux et de petits ateliers accueille les jeunes entreprises de "
        "l'économie bleue et de la maintenance navale, avec des services partagés.",
        premises="hotel_entreprises",
        address="Zone Athélia, 13600 La Ciotat",
        surface=(20, 200),
        flexible=True,
        lease="Bail dérogatoire de 12 à 36 mois.",
        stages="creation..developpement",
        technopoles="la-ciotat",
        sectors="mer-economie-bleue",
        review="never",
    ),
    housing(
        "metropole-aix-marseille-provence",
        "reseau-tiers-lieux-metropole",
        "Réseau des tiers-lieux de la Métropole",
        "Coworkings, fablabs et tiers-lieux partenaires dans toutes les communes de la Métropole.",
        "La Métropole référence les tiers-lieux de son territoire, d'Aubagne à Martigues et de Salon à "
        "Pertuis : postes de travail à la journée ou au mois, salles de réunion, ateliers partagés.",
        premises="tiers_lieu",
        address="Plusieurs communes de la Métropole",
        surface=(5, 50),
        flexible=True,
        lease="À la journée, au mois ou à l'année selon les lieux.",
        stages="idee..amorcage",
    ),
]


# Marseille Innovation's residential path (Mi'pass, Mi'coloc, Mi'loc) on each of its three campuses.
MI_CAMPUSES = [
    (
        "chateau-gombert",
        "Château-Gombert",
        "38 rue Frédéric Joliot-Curie, 13013 Marseille",
        "au cœur du technopôle des sciences de l'ingénieur, à deux pas de Centrale Méditerranée et de "
        "Polytech",
        "ingenierie-industrie optique-photonique energie",
    ),
    (
        "belle-de-mai",
        "Belle de Mai",
        "Pôle média de la Belle de Mai, 37 rue Guibal, 13003 Marseille",
        "au sein du pôle média, entre studios de tournage, diffuseurs et entreprises du numérique",
        "numerique industries-culturelles-creatives",
    ),
    (
        "euromediterranee",
        "centre-ville",
        "Rue de la République, 13002 Marseille",
        "en plein centre-ville, à quelques minutes de la gare Saint-Charles et du quartier d'affaires "
        "Euroméditerranée",
        "numerique mobilite-logistique",
    ),
]

MI_PRODUCTS = [
    # (code, label, premises, surfaces, lease, stages, summary, description)
    (
        "mipass",
        "Mi'pass",
        "bureaux",
        (6, 12),
        "De 1 à 6 mois, sans engagement au-delà du mois en cours.",
        "idee maturation creation",
        "Un poste de travail de 1 à 6 mois pour tester votre projet avant de vous installer",
        "Mi'pass offre un poste de travail en espace partagé pour une durée de 1 à 6 mois, avec les "
        "services du campus et un premier rendez-vous avec un chargé d'affaires",
    ),
    (
        "micoloc",
        "Mi'coloc",
        "pepiniere",
        (10, 40),
        "Convention de 2 ans, préavis d'un mois.",
        "creation amorcage",
        "Des bureaux partagés pendant deux ans, avec l'accompagnement de la pépinière",
        "Mi'coloc propose des bureaux partagés entre jeunes entreprises pour deux ans, avec "
        "l'accompagnement de Marseille Innovation, les salles de réunion et l'accès aux événements",
    ),
    (
        "miloc",
        "Mi'loc",
        "pepiniere",
        (15, 150),
        "Convention d'occupation souple, renouvelable, jusqu'à 4 ans.",
        "amorcage developpement",
        "Des bureaux ou ateliers privatifs pour les entreprises qui grandissent",
        "Mi'loc met à disposition des bureaux et locaux privatifs, modulables au fil des recrutements, "
        "pour les entreprises qui ont dépassé la phase de lancement",
    ),
]


def marseille_innovation_campuses() -> list[OfferRow]:
    rows = []
    for technopole, campus, address, setting, sectors in MI_CAMPUSES:
        for code, label, premises, surface, lease, stages, summary, description in MI_PRODUCTS:
            rows.append(
                housing(
                    "marseille-innovation",
                    f"{code}-marseille-innovation-{technopole}",
                    f"{label} – campus {campus} de Marseille Innovation",
                    f"{summary}, sur le campus {campus}.",
                    f"{description}. Le campus {campus} est situé {setting}.",
                    premises=premises,
                    address=address,
                    surface=surface,
                    flexible=True,
                    lease=lease,
                    stages=stages,
                    technopoles=technopole,
                    sectors=sectors,
                    # The Belle de Mai campus is full for private offices; the others take applications.
                    availability="complet"
                    if (code, technopole) == ("miloc", "belle-de-mai")
                    else "disponible",
                )
            )
    return rows


HOUSING += marseille_innovation_campuses()
