"""Recruitment services of the demo ecosystem."""

from innov_provence.demo.rows import recruitment

RECRUITMENT = [
    recruitment(
        "aix-marseille-universite",
        "stages-alternance-amu",
        "Stages et alternance : recruter les étudiants d'AMU",
        "Publiez vos offres de stage et d'alternance auprès de 80 000 étudiants.",
        "Le service d'orientation et d'insertion professionnelle d'AMU diffuse vos offres de stage, "
        "d'alternance et de premier emploi et vous aide à identifier les formations correspondant à vos "
        "besoins.",
        service="alternance",
        stages="creation..croissance",
    ),
    recruitment(
        "aix-marseille-universite",
        "doctorant-cifre",
        "Recruter un doctorant en convention CIFRE",
        "Un projet de R&D de trois ans mené par un doctorant, en lien avec un laboratoire d'AMU.",
        "La convention CIFRE permet de recruter un doctorant qui partage son temps entre votre entreprise "
        "et un laboratoire. L'État subventionne une partie du salaire ; la direction de la recherche d'AMU "
        "aide à identifier le laboratoire et à monter le dossier.",
        service="sourcing",
        needs="recruter recherche",
        stages="amorcage..croissance",
    ),
    recruitment(
        "centrale-mediterranee",
        "forum-entreprises-centrale",
        "Forum entreprises de Centrale Méditerranée",
        "Rencontrez les élèves ingénieurs et proposez stages, alternances et premiers emplois.",
        "Le forum annuel de l'école permet aux entreprises de présenter leurs métiers et de recruter "
        "stagiaires et jeunes diplômés ; les start-up du technopôle disposent de conditions adaptées.",
        service="alternance",
        stages="amorcage..croissance",
        technopoles="chateau-gombert",
        cost="payant",
        cost_details="Stand gratuit pour les start-up de moins de trois ans.",
    ),
    recruitment(
        "medinsoft",
        "jobdating-numerique",
        "Jobdating du numérique",
        "Des rencontres express entre entreprises du numérique et candidats qualifiés.",
        "Medinsoft organise plusieurs fois par an des sessions de recrutement avec les écoles, les "
        "organismes de formation et France Travail pour pourvoir les postes de développeurs, data "
        "scientists et experts en cybersécurité.",
        service="sourcing",
        stages="developpement croissance",
        sectors="numerique",
    ),
    recruitment(
        "aix-marseille-french-tech",
        "french-tech-talents",
        "Attirer des talents tech à Aix-Marseille",
        "Offres d'emploi, visa French Tech et événements pour attirer des profils tech.",
        "La communauté met en avant les offres d'emploi des start-up, accompagne les démarches du French "
        "Tech Visa pour les talents étrangers et organise des événements de recrutement.",
        service="attractivite",
        stages="amorcage..croissance",
    ),
    recruitment(
        "marseille-innovation",
        "ateliers-rh-jeunes-dirigeants",
        "Ateliers RH pour jeunes dirigeants",
        "Premier recrutement, contrat de travail, management : les bases de la fonction RH.",
        "Un cycle d'ateliers collectifs animés par des experts partenaires pour réussir ses premiers "
        "recrutements, sécuriser les contrats et mettre en place les outils RH essentiels.",
        service="formation",
        stages="creation amorcage",
        technopoles="chateau-gombert belle-de-mai euromediterranee",
    ),
    recruitment(
        "reseau-entreprendre-provence",
        "structurer-fonction-rh",
        "Structurer sa fonction RH avec un dirigeant mentor",
        "Passer de 10 à 50 salariés : organisation, recrutement de cadres, culture d'entreprise.",
        "Dans le programme Ambition, un dirigeant expérimenté accompagne les lauréats en croissance sur "
        "l'organisation, les recrutements clés et la délégation.",
        service="conseil_rh",
        stages="developpement croissance",
    ),
    recruitment(
        "provence-promotion",
        "accueil-talents-familles",
        "Accueil des talents et de leurs familles",
        "Aide à l'installation des cadres recrutés hors de la région : logement, emploi du conjoint, écoles.",
        "Provence Promotion accompagne les entreprises qui recrutent des talents venus d'ailleurs : "
        "découverte du territoire, aide à la recherche de logement, réseau pour l'emploi du conjoint.",
        service="attractivite",
        stages="developpement croissance",
    ),
    recruitment(
        "grand-luminy",
        "bourse-emplois-biotech-luminy",
        "Bourse aux emplois des biotech de Luminy",
        "Diffusez vos offres auprès des étudiants et jeunes chercheurs du campus de Luminy.",
        "Grand Luminy relaie les offres d'emploi et de stage des entreprises du technopôle auprès des "
        "masters, écoles doctorales et laboratoires du campus.",
        service="sourcing",
        stages="creation..croissance",
        technopoles="luminy",
        sectors="sante-biotech",
    ),
    recruitment(
        "eurobiomed",
        "formation-dirigeants-sante",
        "Formations des dirigeants de la santé",
        "Des formations courtes sur le management, la réglementation et les affaires en santé.",
        "Eurobiomed propose à ses membres des formations courtes pour dirigeants et cadres : management "
        "d'équipes scientifiques, affaires réglementaires, négociation avec les industriels.",
        service="formation",
        stages="amorcage..croissance",
        sectors="sante-biotech",
        cost="payant",
        review="old",
    ),
    recruitment(
        "capenergies",
        "competences-transition-energetique",
        "Compétences et métiers de la transition énergétique",
        "Identifier les compétences clés et les formations de la filière énergie.",
        "Capenergies cartographie les métiers en tension de la filière, met en relation les entreprises "
        "avec les organismes de formation et accompagne la montée en compétences des équipes.",
        service="conseil_rh",
        stages="developpement croissance",
        sectors="energie",
    ),
    recruitment(
        "thecamp",
        "formation-dirigeants-thecamp",
        "Formation des dirigeants aux nouveaux modèles d'organisation",
        "Des sessions de formation pour dirigeants et managers sur le campus de l'Arbois.",
        "thecamp propose des formations courtes aux dirigeants de start-up et de PME : leadership, "
        "organisation du travail, transition écologique de l'entreprise.",
        service="formation",
        stages="developpement croissance",
        technopoles="arbois",
        cost="payant",
    ),
    recruitment(
        "optitec",
        "detection-profils-photonique",
        "Détection de profils en photonique",
        "Le pôle relaie vos besoins auprès des écoles et laboratoires de l'optique.",
        "Optitec diffuse les offres de ses membres auprès des formations en optique-photonique du "
        "territoire et organise des rencontres entre entreprises et jeunes diplômés.",
        service="sourcing",
        stages="amorcage..croissance",
        sectors="optique-photonique",
    ),
    recruitment(
        "region-sud",
        "emploi-jeunes-diplomes-pme",
        "Premier emploi des jeunes diplômés dans les PME innovantes",
        "Un accompagnement au recrutement de jeunes diplômés pour les PME de la région.",
        "Dispositif en cours de refonte : la Région accompagne les PME innovantes dans le recrutement de "
        "leur premier cadre ou ingénieur jeune diplômé.",
        service="alternance",
        stages="amorcage developpement",
        status="draft",
    ),
]
