"""The structures of the Aix-Marseille-Provence innovation ecosystem (public facts, see ECOSYSTEM.md).

Addresses and phone numbers are indicative; e-mail addresses are the generic contact of each structure's
domain. Everything is flagged as demo data, and the site says so in a banner.
"""

from innov_provence.demo.rows import ActorRow as A

ACTORS = [
    # Public bodies and funders
    A(
        "metropole-aix-marseille-provence",
        "Métropole Aix-Marseille-Provence",
        "metropole",
        "https://ampmetropole.fr",
        "innovation@ampmetropole.fr",
        "La Métropole anime la feuille de route Innov Provence et le Club Innov Provence, qui fédère incubateurs, "
        "pépinières, financeurs et technopôles. Elle soutient chaque année les structures d'accompagnement à "
        "hauteur d'environ 2 M€ et a été désignée Capitale européenne de l'innovation en 2022.",
        address="Le Pharo, 58 boulevard Charles Livon, 13007 Marseille",
        phone="04 91 99 99 00",
    ),
    A(
        "region-sud",
        "Région Sud Provence-Alpes-Côte d'Azur",
        "collectivite",
        "https://www.maregionsud.fr",
        "entreprises@maregionsud.fr",
        "La Région finance l'innovation des PME et des start-up, seule ou avec l'État et Bpifrance, et porte "
        "les opérations d'intérêt régional (OIR) qui structurent les filières d'excellence du territoire.",
        address="27 place Jules Guesde, 13002 Marseille",
    ),
    A(
        "bpifrance",
        "Bpifrance Marseille",
        "financeur_public",
        "https://www.bpifrance.fr",
        "marseille@bpifrance.fr",
        "La banque publique d'investissement accompagne les entreprises innovantes de l'amorçage à la "
        "croissance : subventions, avances remboursables, prêts, garanties et fonds propres.",
        technopole="euromediterranee",
        address="Immeuble Le Virage, 38 quai de la Joliette, 13002 Marseille",
    ),
    A(
        "provence-promotion",
        "Provence Promotion",
        "collectivite",
        "https://www.investinprovence.com",
        "contact@provence-promotion.fr",
        "L'agence d'attractivité et de développement économique de la Métropole et du Département aide les "
        "entreprises à s'implanter et à se développer en Provence, autour de six filières prioritaires.",
        technopole="euromediterranee",
    ),
    A(
        "satt-sud-est",
        "SATT Sud-Est",
        "financeur_public",
        "https://www.sattse.com",
        "contact@sattse.com",
        "Depuis 2012, la société d'accélération du transfert de technologies détecte, protège et finance la "
        "maturation des inventions issues des laboratoires publics du Sud-Est, puis les transfère à des "
        "entreprises ou à des start-up.",
        technopole="euromediterranee",
    ),
    A(
        "inpi-paca",
        "INPI – délégation Provence-Alpes-Côte d'Azur",
        "financeur_public",
        "https://www.inpi.fr",
        "contact@inpi.fr",
        "L'Institut national de la propriété industrielle reçoit les dépôts de brevets, marques et dessins "
        "et accompagne les entreprises dans la protection et la valorisation de leurs innovations.",
        technopole="euromediterranee",
    ),
    # Universities, schools and research bodies (supervising bodies of the competence map)
    A(
        "aix-marseille-universite",
        "Aix-Marseille Université",
        "universite",
        "https://www.univ-amu.fr",
        "innovation@univ-amu.fr",
        "Première université francophone par le nombre d'étudiants, AMU ouvre aux entreprises une "
        "cinquantaine de plateformes technologiques labellisées et porte, avec A*MIDEX, la cartographie "
        "des compétences scientifiques et technologiques du territoire.",
        address="Jardin du Pharo, 58 boulevard Charles Livon, 13007 Marseille",
    ),
    A(
        "amidex",
        "Fondation A*MIDEX",
        "financeur_public",
        "https://www.univ-amu.fr/fr/public/amidex",
        "amidex@univ-amu.fr",
        "La fondation universitaire de l'initiative d'excellence d'Aix-Marseille réunit AMU et les organismes "
        "de recherche ; elle finance des projets de recherche et d'innovation et porte le projet CISAM+ "
        "(lauréat du PIA4, 40 M€).",
    ),
    A(
        "cnrs-provence-corse",
        "CNRS Provence et Corse",
        "organisme_recherche",
        "https://www.provcorse.cnrs.fr",
        "contact@dr12.cnrs.fr",
        "La délégation régionale du CNRS accompagne une soixantaine d'unités de recherche et leurs "
        "partenariats avec les entreprises : contrats de collaboration, laboratoires communs, licences.",
        address="31 chemin Joseph Aiguier, 13009 Marseille",
    ),
    A(
        "inserm-paca-corse",
        "Inserm PACA et Corse",
        "organisme_recherche",
        "https://www.inserm.fr",
        "contact@inserm.fr",
        "La délégation régionale de l'Inserm soutient la recherche biomédicale et son transfert vers "
        "l'industrie de santé, avec l'appui d'Inserm Transfert.",
        technopole="luminy",
    ),
    A(
        "ap-hm",
        "Assistance Publique – Hôpitaux de Marseille (AP-HM)",
        "organisme_recherche",
        "https://fr.ap-hm.fr",
        "innovation@ap-hm.fr",
        "Troisième CHU de France, l'AP-HM ouvre ses services cliniques, ses données de santé et ses "
        "plateaux de recherche aux entreprises de la santé pour tester et évaluer leurs innovations.",
        sectors="sante-biotech",
    ),
    A(
        "ird",
        "Institut de recherche pour le développement (IRD)",
        "organisme_recherche",
        "https://www.ird.fr",
        "contact@ird.fr",
        "Établissement public dont le siège est à Marseille, l'IRD conduit des recherches en partenariat avec "
        "les pays du Sud sur la santé, l'environnement, la mer et les sociétés.",
        technopole="euromediterranee",
    ),
    A(
        "centrale-mediterranee",
        "Centrale Méditerranée",
        "universite",
        "https://www.centrale-med.fr",
        "contact@centrale-med.fr",
        "L'école d'ingénieurs (anciennement École Centrale Marseille) est implantée au cœur du technopôle de "
        "Château-Gombert ; elle associe ses élèves et ses laboratoires à des projets d'entreprises.",
        technopole="chateau-gombert",
        sectors="ingenierie-industrie energie optique-photonique",
    ),
    A(
        "sciences-po-aix",
        "Sciences Po Aix",
        "universite",
        "https://www.sciencespo-aix.fr",
        "contact@sciencespo-aix.fr",
        "L'institut d'études politiques d'Aix-en-Provence apporte à l'écosystème ses compétences en sciences "
        "sociales, en politiques publiques et en analyse des usages.",
    ),
    # Innovation hubs, incubators, nurseries and accelerators
    A(
        "cisam",
        "CISAM – Cité de l'innovation et des savoirs Aix-Marseille",
        "reseau",
        "https://cisam.univ-amu.fr",
        "cisam@univ-amu.fr",
        "Hub de l'innovation territoriale co-initié par Aix-Marseille Université et la Métropole avec CMA CGM "
        "et L'Occitane. En trois ans, 110 entreprises y ont été mises en relation avec des laboratoires et "
        "plus de 100 start-up accompagnées par ses structures.",
        technopole="euromediterranee",
    ),
    A(
        "zebox",
        "ZeBox",
        "accelerateur",
        "https://www.zebox.com",
        "contact@zebox.com",
        "L'accélérateur fondé par CMA CGM au sein de la CISAM accompagne des start-up de la logistique, du "
        "transport, de la mobilité et des technologies vertes, en lien avec les métiers du groupe.",
        technopole="euromediterranee",
        sectors="mobilite-logistique environnement-cleantech mer-economie-bleue",
    ),
    A(
        "obratori",
        "Obratori – L'Occitane",
        "accelerateur",
        "https://www.obratori.com",
        "contact@obratori.com",
        "Le programme d'open innovation de L'Occitane au sein de la CISAM accompagne des start-up de la "
        "beauté, du bien-être et de l'impact environnemental et social.",
        technopole="euromediterranee",
        sectors="environnement-cleantech sante-biotech",
    ),
    A(
        "accelerateur-m",
        "Accélérateur M",
        "accelerateur",
        "https://www.accelerateur-m.com",
        "contact@accelerateur-m.com",
        "L'accélérateur de la CISAM dédié à l'économie de la mer, à la vie urbaine et aux industries "
        "culturelles et créatives.",
        technopole="euromediterranee",
        sectors="mer-economie-bleue industries-culturelles-creatives",
    ),
    A(
        "marseille-innovation",
        "Marseille Innovation",
        "pepiniere",
        "https://www.marseille-innov.org",
        "contact@marseille-innov.org",
        "Depuis 1996, Marseille Innovation héberge et accompagne les jeunes entreprises innovantes sur ses "
        "campus de Château-Gombert, de la Belle de Mai et du centre-ville (Mi'pass, Mi'coloc, Mi'loc) et "
        "octroie un prêt d'honneur à l'innovation.",
        technopole="chateau-gombert",
        address="Technopôle de Château-Gombert, 38 rue Frédéric Joliot-Curie, 13013 Marseille",
        phone="04 91 11 88 00",
    ),
    A(
        "impulse",
        "Incubateur Impulse",
        "incubateur",
        "https://www.incubateur-impulse.fr",
        "contact@incubateur-impulse.fr",
        "L'incubateur de la recherche publique d'Aix-Marseille (AMU, CNRS, Inserm, IRD, AP-HM, Centrale "
        "Méditerranée…) accompagne pendant deux ans les projets de création d'entreprise issus des "
        "laboratoires ou qui s'appuient sur eux.",
        technopole="chateau-gombert",
        sectors="sante-biotech numerique ingenierie-industrie environnement-cleantech",
    ),
    A(
        "incubateur-belle-de-mai",
        "Incubateur Belle de Mai",
        "incubateur",
        "https://www.belledemai.org",
        "contact@belledemai.org",
        "Depuis 1999, l'incubateur accompagne les start-up du numérique, des médias et des industries "
        "créatives, au cœur du pôle média de la Belle de Mai.",
        technopole="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
    ),
    A(
        "thecamp",
        "thecamp",
        "accelerateur",
        "https://thecamp.fr",
        "hello@thecamp.fr",
        "Campus d'innovation ouvert en 2017 sur le technopôle de l'Arbois, thecamp conduit des programmes "
        "d'accélération, notamment avec le Crédit Agricole Alpes Provence.",
        technopole="arbois",
        sectors="environnement-cleantech numerique mobilite-logistique",
    ),
    A(
        "zinc",
        "ZINC – Friche la Belle de Mai",
        "incubateur",
        "https://www.zinc.fr",
        "contact@zinc.fr",
        "Centre de création des arts et cultures numériques installé à la Friche la Belle de Mai, ZINC "
        "accompagne environ 130 projets par an et anime le fablab LFO.",
        technopole="belle-de-mai",
        sectors="industries-culturelles-creatives numerique",
    ),
    A(
        "grand-luminy",
        "Grand Luminy Technopôle",
        "pepiniere",
        "https://www.grandluminy.com",
        "contact@grandluminy.com",
        "Gestionnaire du technopôle de Luminy (biotech, healthtech, immunologie) et de sa pépinière, Grand "
        "Luminy anime une communauté d'environ 15 000 étudiants et chercheurs et de jeunes entreprises.",
        technopole="luminy",
        sectors="sante-biotech",
    ),
    A(
        "arbois-mediterranee",
        "Technopôle de l'Environnement Arbois-Méditerranée",
        "pepiniere",
        "https://www.arbois-med.com",
        "contact@arbois-med.com",
        "Premier technopôle français dédié à l'environnement : 75 ha, environ 110 entreprises, 11 "
        "laboratoires, 3 plateformes technologiques, une pépinière cleantech et des hôtels d'entreprises.",
        technopole="arbois",
        sectors="environnement-cleantech energie",
        address="Domaine du Petit Arbois, avenue Louis Philibert, 13290 Aix-en-Provence",
    ),
    A(
        "technopole-chateau-gombert",
        "Technopôle de Château-Gombert",
        "reseau",
        "https://www.marseille-technopole.com",
        "contact@marseille-technopole.com",
        "Sur environ 180 ha, le technopôle rassemble près de 290 acteurs économiques et 4 000 emplois autour "
        "des sciences de l'ingénieur : mécanique, énergie, optique, informatique.",
        technopole="chateau-gombert",
        sectors="ingenierie-industrie optique-photonique energie numerique",
    ),
    A(
        "la-ciotat-shipyards",
        "La Ciotat Shipyards",
        "entreprise",
        "https://www.laciotat-shipyards.com",
        "contact@laciotat-shipyards.com",
        "La société d'économie mixte gère les chantiers navals de La Ciotat, pôle de la réparation et de la "
        "maintenance de grande plaisance, et y accueille des entreprises de la filière nautique.",
        technopole="la-ciotat",
        sectors="mer-economie-bleue ingenierie-industrie",
    ),
    # Networks, financing networks and banks
    A(
        "aix-marseille-french-tech",
        "Aix-Marseille French Tech",
        "reseau",
        "https://www.amft.io",
        "contact@amft.io",
        "Labellisée en 2014, la communauté French Tech du territoire fédère start-up, investisseurs et "
        "partenaires ; elle porte le dossier unique de financement reconnu par le groupe « Banques Innov ».",
        technopole="euromediterranee",
        sectors="numerique",
    ),
    A(
        "medinsoft",
        "Medinsoft",
        "pole",
        "https://www.medinsoft.com",
        "contact@medinsoft.com",
        "Le cluster des entreprises du numérique de la région organise notamment le Financial Innovation "
        "Day Méditerranée (FIDMED), dédié au financement de l'innovation numérique.",
        sectors="numerique",
    ),
    A(
        "initiative-marseille-metropole",
        "Initiative Marseille Métropole",
        "reseau",
        "https://www.initiative-marseille.fr",
        "contact@initiative-marseille.fr",
        "Membre du réseau Initiative France, la plateforme accorde chaque année des prêts d'honneur à taux "
        "zéro, sans garantie personnelle, à environ 250 projets de création ou de reprise.",
        technopole="euromediterranee",
    ),
    A(
        "pays-d-aix-initiative",
        "Pays d'Aix Initiative",
        "reseau",
        "https://www.paysdaixinitiative.fr",
        "contact@paysdaixinitiative.fr",
        "La plateforme du Pays d'Aix accorde des prêts d'honneur de 3 000 à 30 000 €, jusqu'à 40 000 € pour "
        "les projets technologiques, avec un parrainage par des chefs d'entreprise.",
    ),
    A(
        "reseau-entreprendre-provence",
        "Réseau Entreprendre Provence",
        "reseau",
        "https://www.reseau-entreprendre.org/provence",
        "provence@reseau-entreprendre.org",
        "Des chefs d'entreprise bénévoles accordent des prêts d'honneur et accompagnent pendant deux à trois "
        "ans les créateurs et repreneurs à potentiel d'emplois.",
    ),
    A(
        "banque-de-france",
        "Banque de France – Marseille",
        "banque",
        "https://www.banque-france.fr",
        "tpme13@banque-france.fr",
        "Membre du groupe « Banques Innov », la succursale de Marseille oriente gratuitement les dirigeants "
        "de TPE et PME grâce à son correspondant TPE et établit la cotation des entreprises.",
        technopole="euromediterranee",
    ),
    A(
        "cepac",
        "Caisse d'Epargne CEPAC",
        "banque",
        "https://www.caisse-epargne.fr/cepac",
        "innovation@cepac.caisse-epargne.fr",
        "Banque régionale membre du groupe « Banques Innov », la CEPAC dispose d'une équipe dédiée aux "
        "entreprises innovantes et reconnaît le dossier unique de financement.",
        technopole="euromediterranee",
    ),
    A(
        "credit-agricole-alpes-provence",
        "Crédit Agricole Alpes Provence",
        "banque",
        "https://www.credit-agricole.fr/ca-alpesprovence",
        "innovation@ca-alpesprovence.fr",
        "Membre du groupe « Banques Innov » et partenaire de l'accélérateur de thecamp, la caisse régionale "
        "accompagne les start-up de l'Arbois et de toute la Provence.",
        technopole="arbois",
    ),
    A(
        "cic",
        "CIC Lyonnaise de Banque – Provence",
        "banque",
        "https://www.cic.fr",
        "innovation.provence@cic.fr",
        "Membre du groupe « Banques Innov », le CIC accompagne les entreprises innovantes avec des chargés "
        "d'affaires spécialisés et reconnaît le dossier unique de financement.",
    ),
    A(
        "bnp-paribas",
        "BNP Paribas – Provence",
        "banque",
        "https://www.bnpparibas.fr",
        "innovation.provence@bnpparibas.com",
        "Membre du groupe « Banques Innov », BNP Paribas suit les start-up et les PME innovantes au sein de "
        "son pôle innovation régional.",
    ),
    A(
        "banque-populaire-mediterranee",
        "Banque Populaire Méditerranée",
        "banque",
        "https://www.banquepopulaire.fr/mediterranee",
        "innovation@bpmed.fr",
        "Membre du groupe « Banques Innov », la banque coopérative régionale propose un parcours dédié aux "
        "entreprises innovantes et reconnaît le dossier unique de financement.",
    ),
    A(
        "provence-angels",
        "Provence Angels",
        "investisseur",
        "https://www.provenceangels.com",
        "contact@provenceangels.com",
        "Le réseau de business angels d'Aix-Marseille investit en amorçage dans des start-up innovantes du "
        "territoire et les accompagne après l'investissement.",
    ),
    A(
        "region-sud-investissement",
        "Région Sud Investissement",
        "investisseur",
        "https://www.regionsudinvestissement.com",
        "contact@regionsudinvestissement.com",
        "Le fonds d'investissement de la Région prend des participations minoritaires dans les PME et "
        "start-up régionales, aux côtés d'investisseurs privés.",
    ),
    # Competitiveness clusters
    A(
        "pole-mer-mediterranee",
        "Pôle Mer Méditerranée",
        "pole",
        "https://www.polemermediterranee.com",
        "contact@polemermediterranee.com",
        "Le pôle de compétitivité de l'économie bleue fédère industriels, PME, laboratoires et acteurs "
        "publics autour de la sécurité maritime, des ports, des ressources et de l'environnement marins.",
        sectors="mer-economie-bleue",
    ),
    A(
        "capenergies",
        "Capenergies",
        "pole",
        "https://www.capenergies.fr",
        "contact@capenergies.fr",
        "Le pôle de compétitivité de la transition énergétique accompagne les projets d'innovation dans les "
        "énergies décarbonées, les réseaux et l'efficacité énergétique.",
        sectors="energie environnement-cleantech",
        technopole="arbois",
    ),
    A(
        "pole-scs",
        "Pôle SCS – Solutions Communicantes Sécurisées",
        "pole",
        "https://www.pole-scs.org",
        "contact@pole-scs.org",
        "Le pôle de compétitivité du numérique (microélectronique, internet des objets, cybersécurité, "
        "intelligence artificielle) accompagne ses membres de l'idée au marché.",
        sectors="numerique",
    ),
    A(
        "optitec",
        "Optitec",
        "pole",
        "https://www.pole-optitec.com",
        "contact@pole-optitec.com",
        "Le pôle de compétitivité de la photonique et de l'imagerie, installé à Château-Gombert, anime la "
        "plateforme d'optique adaptative PEMOA et accompagne les entreprises de la filière.",
        technopole="chateau-gombert",
        sectors="optique-photonique",
    ),
    A(
        "safe-cluster",
        "Safe Cluster",
        "pole",
        "https://www.safecluster.com",
        "contact@safecluster.com",
        "Le pôle de compétitivité de la sécurité, de la défense et de l'aéronautique accompagne les projets "
        "de drones, de gestion de crise et de protection des infrastructures.",
        sectors="aeronautique-spatial",
    ),
    A(
        "eurobiomed",
        "Eurobiomed",
        "pole",
        "https://www.eurobiomed.org",
        "contact@eurobiomed.org",
        "Le pôle de compétitivité de la santé du Sud de la France accompagne les biotech, medtech et acteurs "
        "de la e-santé dans leurs projets, leurs financements et leur accès au marché.",
        sectors="sante-biotech",
    ),
    A(
        "innov-alliance",
        "Innov'Alliance",
        "pole",
        "https://www.innovalliance.fr",
        "contact@innovalliance.fr",
        "Le pôle de compétitivité des ingrédients naturels (cosmétique, arômes, parfums, agroalimentaire) "
        "accompagne les entreprises dans leurs projets d'innovation et de croissance.",
        sectors="sante-biotech environnement-cleantech",
    ),
    A(
        "marseille-immunology-biocluster",
        "Marseille Immunology Biocluster",
        "pole",
        "https://www.marseille-immunology-biocluster.com",
        "contact@marseille-immunology-biocluster.com",
        "Le biocluster réunit à Luminy laboratoires, hôpitaux et entreprises de l'immunologie, une filière "
        "née des travaux du CIML et de ses essaimages (Immunotech, Innate Pharma, Ipsogen).",
        technopole="luminy",
        sectors="sante-biotech",
    ),
    # Laboratories and technology platforms
    A(
        "ciml",
        "Centre d'Immunologie de Marseille-Luminy (CIML)",
        "laboratoire",
        "https://www.ciml.univ-mrs.fr",
        "contact@ciml.univ-mrs.fr",
        "Créé en 1976, le CIML est l'un des principaux centres européens de recherche en immunologie ; ses "
        "travaux ont donné naissance à Immunotech, Innate Pharma et Ipsogen.",
        technopole="luminy",
        sectors="sante-biotech",
    ),
    A(
        "cerege",
        "CEREGE – Centre européen de recherche et d'enseignement des géosciences de l'environnement",
        "laboratoire",
        "https://www.cerege.fr",
        "contact@cerege.fr",
        "Installé sur le technopôle de l'Arbois, le CEREGE étudie le climat, l'eau, les sols et les risques "
        "naturels et collabore avec les entreprises de l'environnement.",
        technopole="arbois",
        sectors="environnement-cleantech",
    ),
    A(
        "institut-fresnel",
        "Institut Fresnel",
        "laboratoire",
        "https://www.fresnel.fr",
        "contact@fresnel.fr",
        "Laboratoire de référence en optique, photonique et traitement du signal et de l'image, partenaire "
        "régulier des entreprises de la filière photonique.",
        technopole="chateau-gombert",
        sectors="optique-photonique",
    ),
    A(
        "lam",
        "Laboratoire d'Astrophysique de Marseille (LAM)",
        "laboratoire",
        "https://www.lam.fr",
        "contact@lam.fr",
        "Implanté à Château-Gombert, le LAM conçoit des instruments pour l'astronomie au sol et spatiale et "
        "transfère ses savoir-faire en optique et en intégration vers l'industrie.",
        technopole="chateau-gombert",
        sectors="aeronautique-spatial optique-photonique",
    ),
    A(
        "mio",
        "Institut Méditerranéen d'Océanologie (MIO)",
        "laboratoire",
        "https://www.mio.osupytheas.fr",
        "contact@mio.osupytheas.fr",
        "Le MIO étudie le fonctionnement des océans, de la physique aux écosystèmes, et met ses moyens "
        "d'observation et d'analyse au service de projets de l'économie bleue.",
        technopole="luminy",
        sectors="mer-economie-bleue environnement-cleantech",
    ),
    A(
        "ciphe",
        "Centre d'ImmunoPhénomique (CIPHE)",
        "plateforme",
        "https://www.ciphe.fr",
        "contact@ciphe.fr",
        "Infrastructure nationale installée à Luminy, le CIPHE conçoit et analyse des modèles pour "
        "l'immunologie et offre ses services aux laboratoires et aux entreprises.",
        technopole="luminy",
        sectors="sante-biotech",
    ),
    A(
        "lfo-fablab",
        "LFO – fablab de la Friche la Belle de Mai",
        "plateforme",
        "https://www.zinc.fr/lfo",
        "lfo@zinc.fr",
        "Le fablab LFO, animé par ZINC, met à disposition machines numériques et accompagnement pour "
        "prototyper objets, dispositifs interactifs et installations.",
        technopole="belle-de-mai",
        sectors="industries-culturelles-creatives numerique",
    ),
]
