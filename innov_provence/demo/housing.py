"""The residential path: nurseries, business hotels, labs, workshops and third places across the area."""

from innov_provence.demo.rows import OfferRow, housing

HOUSING = [
    # Arbois
    housing(
        "arbois-mediterranee",
        "pepiniere-cleantech-arbois",
        "Pépinière cleantech de l'Arbois",
        "Environ 4 500 m² de bureaux et laboratoires pour une quarantaine de start-up de l'environnement.",
        "Au cœur du domaine du Petit Arbois, sur le premier technopôle français dédié à l'environnement, "
        "la pépinière accueille une quarantaine de jeunes entreprises de l'environnement, des cleantech "
        "et de l'énergie sur environ 4 500 m² : bureaux de 15 à 150 m² et laboratoires pour les projets "
        "de traitement de l'eau, de valorisation des déchets, de capteurs environnementaux ou d'énergie. "
        "Les résidents profitent de la proximité du CEREGE et des plateformes technologiques du "
        "technopôle, de services mutualisés (accueil, salles de réunion, animation) et de "
        "l'accompagnement de l'équipe du technopôle. La convention d'occupation de 23 mois, renouvelable, "
        "laisse le temps de passer de la création à l'amorçage. Candidature auprès de l'équipe du "
        "technopôle : présentation du projet, visite des locaux, puis examen par un comité d'agrément.",
        premises="pepiniere",
        address="Domaine du Petit Arbois, avenue Louis Philibert, 13290 Aix-en-Provence",
        surface=(15, 150),
        flexible=True,
        lease="Convention d'occupation de 23 mois renouvelable, préavis de trois mois.",
        stages="creation amorcage",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
        audiences="createur",
        eligibility="Réservé aux créateurs et jeunes entreprises de l'environnement, des cleantech et de "
        "l'énergie.",
        contact_name="Responsable de la pépinière",
    ),
    housing(
        "arbois-mediterranee",
        "hotels-entreprises-arbois",
        "Hôtels d'entreprises de l'Arbois",
        "Près de 20 000 m² de bureaux et de locaux d'activité pour les entreprises de l'environnement en "
        "développement.",
        "Après la pépinière, les hôtels d'entreprises du technopôle de l'Arbois, près de 20 000 m² au "
        "total, permettent aux entreprises de l'environnement et de l'énergie de rester sur le site en "
        "changeant d'échelle : plateaux de bureaux de 50 à 800 m², laboratoires et locaux d'activité, en "
        "bail dérogatoire de trois ans ou en bail commercial. Les occupants gardent l'accès aux services "
        "et à l'animation du technopôle, aux laboratoires de recherche voisins comme le CEREGE et à une "
        "communauté d'environ 110 entreprises. Les hôtels accueillent aussi des PME et des filiales "
        "d'entreprises étrangères qui s'implantent dans la région pour travailler avec l'écosystème "
        "cleantech. Les surfaces sont aujourd'hui complètes : les demandes sont inscrites sur une liste "
        "d'attente auprès de l'équipe du technopôle, qui recontacte les candidats lorsqu'un lot se libère.",
        premises="hotel_entreprises",
        address="Europôle de l'Arbois, 13290 Aix-en-Provence",
        surface=(50, 800),
        lease="Bail dérogatoire de 3 ans ou bail commercial.",
        availability="complet",
        stages="developpement croissance",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
        audiences="createur pme entreprise-etrangere",
        eligibility="Entreprises de l'environnement, des cleantech et de l'énergie en développement, y "
        "compris les entreprises étrangères qui s'implantent.",
        contact_name="Responsable de l'immobilier d'entreprise",
    ),
    housing(
        "arbois-mediterranee",
        "laboratoires-halles-essais-arbois",
        "Laboratoires et halles d'essais de l'Arbois",
        "Des laboratoires humides et des halles techniques pour les essais de procédés des entreprises "
        "cleantech, louables au mois.",
        "Le technopôle de l'Arbois loue des laboratoires équipés de paillasses et de sorbonnes et des "
        "halles techniques de 30 à 300 m² pour les essais de procédés : traitement et recyclage de l'eau, "
        "valorisation des déchets et de la biomasse, dépollution des sols, capteurs environnementaux, "
        "stockage de l'énergie, pilotes et démonstrateurs. Les start-up, les PME et les équipes R&D de "
        "grands groupes peuvent y installer un pilote le temps d'une campagne d'essais, avec une location "
        "au mois possible pour les essais de courte durée, à proximité des laboratoires et des "
        "plateformes du technopôle. Les conditions techniques (fluides, puissance électrique, sécurité, "
        "rejets) sont étudiées avec l'équipe du technopôle lors d'une visite préalable ; l'occupation est "
        "ensuite formalisée par une convention.",
        premises="laboratoires",
        address="Domaine du Petit Arbois, 13290 Aix-en-Provence",
        surface=(30, 300),
        flexible=True,
        lease="Location au mois possible pour les essais de courte durée.",
        stages="amorcage developpement",
        technopoles="arbois",
        sectors="environnement-cleantech",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up, PME et grands groupes qui mènent un programme d'essais dans "
        "l'environnement ou l'énergie.",
        contact_name="Responsable des laboratoires",
        review="old",
    ),
    housing(
        "thecamp",
        "espaces-travail-thecamp",
        "Espaces de travail de thecamp",
        "Postes nomades, bureaux d'équipe et salles de créativité sur le campus de thecamp.",
        "Sur le campus de thecamp, ouvert en 2017 sur le technopôle de l'Arbois, les start-up de ses "
        "programmes d'accélération, menés notamment avec le Crédit Agricole Alpes Provence, et les "
        "entreprises partenaires disposent de postes nomades, de bureaux d'équipe de 8 à 120 m² et de "
        "salles de créativité. L'abonnement mensuel, sans engagement, donne accès aux espaces de travail, "
        "à l'atelier et aux événements du campus, où se croisent start-up, grands groupes et "
        "collectivités autour de la ville durable, de la mobilité, de l'environnement et du numérique. "
        "L'accès se demande auprès de l'équipe du campus : présentation de l'entreprise et de son besoin, "
        "visite, puis proposition d'abonnement selon les places disponibles.",
        premises="tiers_lieu",
        address="Domaine de Saint-Hippolyte, 13290 Aix-en-Provence",
        surface=(8, 120),
        flexible=True,
        lease="Abonnement mensuel sans engagement.",
        stages="amorcage developpement",
        technopoles="arbois",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up accélérées et entreprises partenaires de thecamp.",
        contact_name="Responsable des espaces",
    ),
    # Luminy
    housing(
        "grand-luminy",
        "pepiniere-grand-luminy",
        "Pépinière Grand Luminy",
        "Bureaux et laboratoires pour les jeunes entreprises de la santé sur le campus de Luminy.",
        "Sur le parc scientifique de Luminy, la pépinière accueille pendant leurs premières années les "
        "start-up des biotechnologies, de la santé et de l'immunologie : bureaux de 12 à 120 m² et "
        "laboratoires de biologie, avec des services mutualisés (accueil, salles de réunion). Les "
        "résidents travaillent à proximité immédiate du CIML, du CIPHE, des plateformes du campus et du "
        "Marseille Immunology Biocluster, au sein d'une communauté d'environ 15 000 étudiants et "
        "chercheurs. La pépinière convient aux projets d'anticorps, de diagnostic, de thérapie, de "
        "dispositif médical ou de bio-informatique, souvent issus des laboratoires du site. Convention de "
        "24 mois renouvelable une fois. Candidature auprès de l'équipe de Grand Luminy, puis visite et "
        "passage en comité d'agrément.",
        premises="pepiniere",
        address="Parc scientifique de Luminy, 13009 Marseille",
        surface=(12, 120),
        flexible=True,
        lease="Convention de 24 mois renouvelable une fois.",
        stages="creation amorcage",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="createur",
        eligibility="Réservé aux créateurs et jeunes entreprises des biotechnologies et de la santé.",
        contact_name="Julien Roux",
    ),
    housing(
        "grand-luminy",
        "iben-laboratoires-l1-l2",
        "IBEN : laboratoires L1/L2 pour les start-up de la santé",
        "Un bâtiment de laboratoires L1/L2 pour 20 à 30 start-up, livraison prévue en 2027.",
        "Le bâtiment IBEN, prévu sur le campus de Luminy, offrira aux jeunes entreprises des "
        "biotechnologies et de la santé des laboratoires de niveaux de confinement L1 et L2, des bureaux "
        "et des équipements partagés, pour 20 à 30 start-up. Il répond au manque de laboratoires de "
        "biologie pour les start-up qui sortent des laboratoires de recherche ou de la pépinière : "
        "culture cellulaire, biologie moléculaire, immunologie, développement d'anticorps ou de "
        "diagnostics. Livraison prévue en 2027, avec des modules de 40 à 250 m². Les pré-réservations "
        "sont ouvertes : les entreprises intéressées décrivent leurs besoins (surface, niveau de "
        "confinement, équipements) à l'équipe de Grand Luminy, qui les recontacte à l'approche de la "
        "livraison pour préciser les conditions d'occupation.",
        premises="laboratoires",
        address="Campus de Luminy, 13009 Marseille",
        surface=(40, 250),
        availability="bientot",
        stages="creation..developpement",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="createur",
        eligibility="Réservé aux start-up et jeunes entreprises des biotechnologies et de la santé.",
        contact_name="Responsable de l'immobilier",
    ),
    housing(
        "grand-luminy",
        "hotel-entreprises-biotech-luminy",
        "Hôtel d'entreprises biotech de Luminy",
        "Des plateaux de bureaux et de laboratoires aménageables pour les biotech en développement, au "
        "sein du biocluster de Luminy.",
        "L'hôtel d'entreprises prend le relais de la pépinière pour les biotech et les medtech qui "
        "recrutent et ont besoin de plus de place : plateaux de laboratoires aménageables de 100 à 600 m² "
        "et bureaux, en bail commercial 3-6-9 ou en bail dérogatoire. Les entreprises restent au sein du "
        "Marseille Immunology Biocluster, à proximité du CIML, du CIPHE et des plateformes du campus, et "
        "peuvent continuer à collaborer avec les laboratoires de Luminy. Les surfaces conviennent aux "
        "activités de recherche préclinique et de développement d'anticorps, de thérapies ou de "
        "diagnostics. Les PME de la santé et les entreprises étrangères qui s'implantent à Marseille "
        "peuvent également candidater. Les demandes sont étudiées par l'équipe de Grand Luminy selon les "
        "disponibilités, après une visite et l'analyse des besoins techniques.",
        premises="hotel_entreprises",
        address="Parc scientifique de Luminy, 13009 Marseille",
        surface=(100, 600),
        lease="Bail commercial 3-6-9 ou bail dérogatoire.",
        stages="developpement croissance",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="createur pme entreprise-etrangere",
        eligibility="Entreprises de la santé et des biotechnologies en développement, y compris les "
        "entreprises étrangères qui s'implantent.",
        contact_name="Responsable de l'immobilier",
    ),
    # Château-Gombert
    housing(
        "optitec",
        "technoptic-hotel-entreprises",
        "Technoptic : hôtel d'entreprises de l'optique-photonique",
        "Bureaux et salles propres pour les entreprises de la photonique à Château-Gombert.",
        "Technoptic accueille les entreprises de l'optique-photonique, de l'imagerie et des lasers au "
        "cœur du technopôle de Château-Gombert : bureaux, laboratoires optiques et salles propres, de "
        "20 à 400 m², en bail dérogatoire ou commercial. Les occupants travaillent à proximité de "
        "l'Institut Fresnel, du Laboratoire d'Astrophysique de Marseille et de la plateforme d'optique "
        "adaptative PEMOA animée par le pôle Optitec, qui les accompagne aussi dans leurs projets "
        "collaboratifs, leurs financements et leur accès aux marchés. Le bâtiment convient aux start-up "
        "qui sortent d'incubation comme aux PME qui développent des instruments, des capteurs ou des "
        "systèmes optiques. Les demandes d'installation sont étudiées par Optitec après une visite et "
        "l'analyse des besoins (surface, salle propre, stabilité).",
        premises="hotel_entreprises",
        address="2 rue Marc Donadille, 13013 Marseille",
        surface=(20, 400),
        lease="Bail dérogatoire ou commercial.",
        stages="amorcage..croissance",
        technopoles="chateau-gombert",
        sectors="optique-photonique",
        audiences="createur pme",
        eligibility="Start-up et PME de l'optique-photonique et de l'imagerie.",
        contact_name="Responsable de l'accueil des entreprises",
    ),
    housing(
        "technopole-chateau-gombert",
        "ateliers-prototypage-chateau-gombert",
        "Ateliers de prototypage de Château-Gombert",
        "Des locaux d'activité avec accès poids lourds pour les entreprises qui fabriquent.",
        "Sur le technopôle de Château-Gombert, des ateliers de 100 à 500 m² avec bureaux attenants, "
        "hauteur sous plafond et accès poids lourds accueillent les entreprises qui passent du prototype "
        "à la fabrication de préséries : mécanique, robotique, énergie, drones, équipements industriels. "
        "Ils permettent d'assembler, de tester et de stocker sur un même site, à proximité de Centrale "
        "Méditerranée, de Polytech et des laboratoires d'ingénierie du technopôle, avec lesquels des "
        "collaborations sont possibles. Le bail dérogatoire de trois ans convient aux start-up et PME qui "
        "industrialisent sans s'engager sur un bail commercial. Les demandes sont étudiées par l'équipe "
        "du technopôle après une visite et un échange sur l'activité (nuisances, puissance électrique, "
        "stockage).",
        premises="ateliers",
        address="Technopôle de Château-Gombert, 13013 Marseille",
        surface=(100, 500),
        lease="Bail dérogatoire de 3 ans.",
        needs="locaux prototyper",
        stages="amorcage developpement",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie",
        audiences="createur pme",
        eligibility="Start-up et PME industrielles qui fabriquent des prototypes ou des préséries.",
        contact_name="Responsable de l'accueil des entreprises",
    ),
    # Belle de Mai and Euroméditerranée
    housing(
        "incubateur-belle-de-mai",
        "bureaux-incubateur-belle-de-mai",
        "Bureaux de l'incubateur au pôle média",
        "Des postes de travail pour les start-up incubées, au cœur du pôle média de la Belle de Mai.",
        "Pendant leur incubation, les start-up accompagnées par l'Incubateur Belle de Mai disposent de "
        "postes de travail en open space, de 6 à 40 m² selon la taille de l'équipe, de salles de réunion "
        "et d'un accès aux plateaux, studios et équipements du pôle média de la Belle de Mai, où sont "
        "installés producteurs, diffuseurs et entreprises du numérique. C'est un cadre adapté aux projets "
        "de l'audiovisuel, du jeu vidéo, de la réalité virtuelle, des médias en ligne, de l'édition "
        "numérique ou des plateformes culturelles. L'hébergement est lié au programme d'incubation : il "
        "n'y a pas de candidature séparée, la place est proposée après la sélection du projet par le "
        "comité de l'incubateur, pour la durée de l'incubation.",
        premises="bureaux",
        address="Pôle média de la Belle de Mai, 37 rue Guibal, 13003 Marseille",
        surface=(6, 40),
        flexible=True,
        lease="Pendant la durée de l'incubation.",
        stages="creation amorcage",
        technopoles="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
        audiences="createur",
        eligibility="Réservé aux start-up incubées par l'Incubateur Belle de Mai.",
        contact_name="Responsable de l'incubation",
    ),
    housing(
        "cisam",
        "espaces-travail-cisam",
        "Espaces de travail de la CISAM",
        "Coworking, bureaux et salles de réunion au lieu totem de l'innovation métropolitaine.",
        "La CISAM, cité de l'innovation et des savoirs co-initiée par Aix-Marseille Université et la "
        "Métropole avec CMA CGM et L'Occitane, accueille dans le quartier Euroméditerranée les étudiants, "
        "doctorants, chercheurs et start-up de ses programmes : espaces de coworking, bureaux d'équipe de "
        "6 à 80 m² et salles modulables pour ateliers, hackathons et événements. On y croise les équipes "
        "de ZeBox, d'Obratori et d'Accélérateur M, ainsi que des entreprises venues chercher un "
        "laboratoire partenaire. L'accès est lié aux programmes de la CISAM (sensibilisation à "
        "l'entrepreneuriat, incubation, accélération, projets avec les laboratoires) : il est proposé aux "
        "participants une fois leur candidature retenue, pour la durée du programme.",
        premises="tiers_lieu",
        address="Marseille, quartier Euroméditerranée",
        surface=(6, 80),
        flexible=True,
        lease="Accès lié aux programmes de la CISAM.",
        stages="idee..amorcage",
        technopoles="euromediterranee",
        audiences="etudiant chercheur createur",
        eligibility="Réservé aux étudiants, chercheurs, doctorants et start-up qui participent aux "
        "programmes de la CISAM.",
        contact_name="Responsable des espaces",
    ),
    housing(
        "zebox",
        "bureaux-zebox",
        "Bureaux ZeBox",
        "Des bureaux privatifs et des espaces partagés pour les start-up accélérées par ZeBox, au plus "
        "près des équipes de CMA CGM.",
        "Pendant le programme d'accélération, les start-up sélectionnées par ZeBox disposent de bureaux "
        "privatifs de 10 à 60 m² et d'espaces partagés, à proximité immédiate des équipes métiers de CMA "
        "CGM. Les projets relèvent de la logistique, du transport maritime et multimodal, de la supply "
        "chain, de la mobilité et des technologies vertes : IA pour l'optimisation des flux, suivi des "
        "conteneurs, décarbonation, traçabilité. Être sur place facilite les preuves de concept avec les "
        "équipes opérationnelles et les rencontres avec les partenaires industriels de l'accélérateur. "
        "L'hébergement est lié au programme : il n'y a pas de location séparée, les places sont proposées "
        "aux start-up retenues à l'issue de l'appel à candidatures de ZeBox, pour la durée de "
        "l'accélération.",
        premises="bureaux",
        address="Boulevard de Dunkerque, 13002 Marseille",
        surface=(10, 60),
        flexible=True,
        lease="Pendant la durée de l'accélération.",
        stages="amorcage developpement",
        technopoles="euromediterranee",
        sectors="mobilite-logistique",
        audiences="createur",
        eligibility="Réservé aux start-up accélérées par ZeBox.",
        contact_name="Responsable du programme d'accélération",
    ),
    # La Ciotat and the whole area
    housing(
        "la-ciotat-shipyards",
        "ateliers-chantiers-navals-la-ciotat",
        "Ateliers et bureaux sur le site des chantiers navals",
        "Des ateliers en bord de quai pour les entreprises de la réparation navale et du nautisme.",
        "Sur le site des chantiers navals de La Ciotat, géré par la société d'économie mixte La Ciotat "
        "Shipyards, des ateliers de 100 à 2 000 m² en bord de quai et des bureaux accueillent les "
        "entreprises de la filière grande plaisance : réparation et maintenance navale, refit, "
        "menuiserie, électricité et électronique embarquée, peinture, mécanique. Elles travaillent au "
        "plus près des yachts en escale technique et des équipements de levage et de mise à sec du site. "
        "Les locaux sont proposés en bail commercial ou en autorisation d'occupation temporaire, selon "
        "l'emplacement. Les demandes d'installation sont étudiées par La Ciotat Shipyards au regard de "
        "l'activité et de sa complémentarité avec les entreprises déjà présentes sur le site.",
        premises="ateliers",
        address="Chantiers navals, quai François Mitterrand, 13600 La Ciotat",
        surface=(100, 2_000),
        lease="Bail commercial ou autorisation d'occupation temporaire.",
        stages="developpement croissance",
        technopoles="la-ciotat",
        sectors="mer-economie-bleue ingenierie-industrie",
        audiences="pme eti-grand-groupe",
        eligibility="PME, ETI et grands groupes de la réparation navale, du nautisme et de la grande "
        "plaisance.",
        contact_name="Responsable du développement",
    ),
    housing(
        "la-ciotat-shipyards",
        "hotel-entreprises-nautisme-la-ciotat",
        "Hôtel d'entreprises du nautisme",
        "Bureaux et petits ateliers pour les jeunes entreprises de l'économie bleue à La Ciotat.",
        "À La Ciotat, dans la zone Athélia, un hôtel d'entreprises de bureaux et de petits ateliers de "
        "20 à 200 m² accueille les jeunes entreprises de l'économie bleue : maintenance navale, "
        "équipements et électronique marine, nautisme, services aux yachts, environnement marin et "
        "capteurs. Les services partagés (accueil, salles de réunion, espaces communs) et la proximité du "
        "site des chantiers navals permettent de démarrer une activité avant de s'installer dans des "
        "locaux plus grands. Le bail dérogatoire de 12 à 36 mois laisse de la souplesse aux entreprises "
        "qui grandissent. Les candidatures sont examinées par La Ciotat Shipyards après un entretien sur "
        "le projet et les besoins de surface.",
        premises="hotel_entreprises",
        address="Zone Athélia, 13600 La Ciotat",
        surface=(20, 200),
        flexible=True,
        lease="Bail dérogatoire de 12 à 36 mois.",
        stages="creation..developpement",
        technopoles="la-ciotat",
        sectors="mer-economie-bleue",
        audiences="createur pme",
        eligibility="Créateurs, jeunes entreprises, TPE et PME de l'économie bleue et du nautisme.",
        contact_name="Responsable de l'hôtel d'entreprises",
        review="never",
    ),
    housing(
        "metropole-aix-marseille-provence",
        "reseau-tiers-lieux-metropole",
        "Réseau des tiers-lieux de la Métropole",
        "Coworkings, fablabs et tiers-lieux partenaires dans toutes les communes de la Métropole.",
        "La Métropole référence les tiers-lieux de son territoire, d'Aubagne à Martigues et de Salon à "
        "Pertuis : coworkings, fablabs, ateliers partagés et espaces hybrides portés par des "
        "associations, des communes ou des entreprises. On y trouve des postes de travail à la journée, "
        "au mois ou à l'année, des salles de réunion, des ateliers équipés (impression 3D, découpe laser, "
        "électronique) pour prototyper, et une communauté d'indépendants, de porteurs de projet et de "
        "salariés en télétravail. Ils sont ouverts à tous : étudiants, demandeurs d'emploi qui lancent "
        "leur activité, créateurs, salariés de PME ou de grands groupes. Les tarifs et conditions d'accès "
        "sont propres à chaque lieu : la Métropole oriente vers le tiers-lieu le plus proche, que l'on "
        "contacte ensuite directement pour une visite.",
        premises="tiers_lieu",
        address="Plusieurs communes de la Métropole",
        surface=(5, 50),
        flexible=True,
        lease="À la journée, au mois ou à l'année selon les lieux.",
        stages="idee..amorcage",
        contact_name="Chargé·e de mission tiers-lieux",
    ),
]


# Marseille Innovation's residential path (Mi'pass, Mi'coloc, Mi'loc) on each of its three campuses.
MI_CAMPUSES = [
    (
        "chateau-gombert",
        "Château-Gombert",
        "38 rue Frédéric Joliot-Curie, 13013 Marseille",
        "au cœur du technopôle des sciences de l'ingénieur, à deux pas de Centrale Méditerranée, de "
        "Polytech et de l'incubateur Impulse, parmi les entreprises de la mécanique, de l'énergie, de "
        "l'optique-photonique et du numérique",
        "ingenierie-industrie optique-photonique energie",
    ),
    (
        "belle-de-mai",
        "Belle de Mai",
        "Pôle média de la Belle de Mai, 37 rue Guibal, 13003 Marseille",
        "au sein du pôle média, entre studios de tournage, diffuseurs, l'Incubateur Belle de Mai et les "
        "entreprises du numérique, du jeu vidéo et des industries créatives",
        "numerique industries-culturelles-creatives",
    ),
    (
        "euromediterranee",
        "centre-ville",
        "Rue de la République, 13002 Marseille",
        "en plein centre-ville, à quelques minutes de la gare Saint-Charles et du quartier d'affaires "
        "Euroméditerranée, pour les entreprises du numérique, des services et de la logistique",
        "numerique mobilite-logistique",
    ),
]

MI_PRODUCTS = [
    # (code, label, premises, surfaces, lease, stages, audiences, eligibility, summary, description)
    (
        "mipass",
        "Mi'pass",
        "bureaux",
        (6, 12),
        "De 1 à 6 mois, sans engagement au-delà du mois en cours.",
        "idee maturation creation",
        "etudiant chercheur demandeur-emploi createur",
        "Réservé aux porteurs de projets innovants qui testent leur idée : étudiants et jeunes diplômés, "
        "chercheurs et doctorants, demandeurs d'emploi et créateurs.",
        "Un poste de travail de 1 à 6 mois pour tester votre projet avant de vous installer",
        "Mi'pass offre un poste de travail en espace partagé pour une durée de 1 à 6 mois, sans "
        "engagement au-delà du mois en cours, aux porteurs de projets innovants qui veulent tester leur "
        "idée avant de créer ou de s'installer : étudiants et jeunes diplômés, chercheurs, demandeurs "
        "d'emploi qui créent leur activité. Le poste donne accès aux services du campus (accueil, salles "
        "de réunion), aux ateliers et événements de Marseille Innovation et à un premier rendez-vous avec "
        "un chargé d'affaires, qui aide à structurer le projet et à identifier les prochaines étapes : "
        "incubation, prêt d'honneur à l'innovation, Bourse French Tech. La demande se fait auprès de "
        "l'équipe du campus, après un court entretien de présentation du projet",
    ),
    (
        "micoloc",
        "Mi'coloc",
        "pepiniere",
        (10, 40),
        "Convention de 2 ans, préavis d'un mois.",
        "creation amorcage",
        "createur",
        "Réservé aux créateurs et jeunes entreprises innovantes en création ou en amorçage.",
        "Des bureaux partagés pendant deux ans, avec l'accompagnement de la pépinière",
        "Mi'coloc propose des bureaux partagés entre jeunes entreprises innovantes, de 10 à 40 m², pour "
        "deux ans avec un préavis d'un mois. Les résidents bénéficient de l'accompagnement de la "
        "pépinière de Marseille Innovation : suivi régulier par un chargé d'affaires, mise en relation "
        "avec les financeurs et les partenaires du Club Innov Provence, préparation du prêt d'honneur à "
        "l'innovation, d'une levée de fonds ou des premiers recrutements. Ils ont accès aux salles de "
        "réunion, aux espaces communs et aux événements du campus. Les candidatures sont examinées par un "
        "comité d'agrément qui apprécie le caractère innovant du projet et la capacité de l'équipe à le "
        "mener",
    ),
    (
        "miloc",
        "Mi'loc",
        "pepiniere",
        (15, 150),
        "Convention d'occupation souple, renouvelable, jusqu'à 4 ans.",
        "amorcage developpement",
        "createur pme",
        "Jeunes entreprises et PME innovantes en amorçage ou en développement.",
        "Des bureaux ou ateliers privatifs pour les entreprises qui grandissent",
        "Mi'loc met à disposition des bureaux et locaux privatifs de 15 à 150 m², modulables au fil des "
        "recrutements, pour les entreprises innovantes qui ont dépassé la phase de lancement : la "
        "convention d'occupation, renouvelable jusqu'à quatre ans, permet d'ajouter ou de libérer des "
        "surfaces sans les contraintes d'un bail commercial. Les entreprises restent dans l'écosystème de "
        "Marseille Innovation (événements, mises en relation avec les financeurs, les laboratoires et les "
        "grands comptes) et peuvent continuer à être suivies par un chargé d'affaires. La demande se fait "
        "auprès de l'équipe du campus, qui propose les surfaces disponibles après une visite ; quand le "
        "campus est complet, elle oriente vers un autre campus ou inscrit la demande en liste d'attente",
    ),
]


def marseille_innovation_campuses() -> list[OfferRow]:
    rows = []
    for technopole, campus, address, setting, sectors in MI_CAMPUSES:
        for (
            code,
            label,
            premises,
            surface,
            lease,
            stages,
            audiences,
            eligibility,
            summary,
            description,
        ) in MI_PRODUCTS:
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
                    audiences=audiences,
                    eligibility=eligibility,
                    contact_name="Responsable du campus",
                    # The Belle de Mai campus is full for private offices; the others take applications.
                    availability="complet"
                    if (code, technopole) == ("miloc", "belle-de-mai")
                    else "disponible",
                )
            )
    return rows


HOUSING += marseille_innovation_campuses()
