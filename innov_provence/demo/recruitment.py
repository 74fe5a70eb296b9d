"""Recruitment services of the demo ecosystem."""

from innov_provence.demo.rows import recruitment

RECRUITMENT = [
    recruitment(
        "aix-marseille-universite",
        "stages-alternance-amu",
        "Stages et alternance : recruter les étudiants d'AMU",
        "Publiez vos offres de stage et d'alternance auprès de 80 000 étudiants.",
        "Avec environ 80 000 étudiants, de la licence au doctorat, Aix-Marseille Université forme dans "
        "presque tous les domaines : sciences et ingénierie, santé, numérique, droit, économie et gestion, "
        "lettres et sciences humaines. Son service d'orientation et d'insertion professionnelle diffuse "
        "vos offres de stage, d'alternance (contrat d'apprentissage ou de professionnalisation) et de "
        "premier emploi auprès des formations concernées et sur sa plateforme d'offres, et vous aide à "
        "repérer les diplômes qui correspondent à vos besoins. Il vous informe aussi sur vos obligations : "
        "convention de stage signée avec l'université, gratification obligatoire au-delà de deux mois de "
        "stage, calendrier des rentrées en alternance. Les aides de l'État à l'embauche d'alternants "
        "s'appliquent selon les règles en vigueur. Déposez votre offre en ligne ou contactez le service "
        "pour présenter votre entreprise ou participer aux forums de recrutement.",
        service="alternance",
        stages="creation..croissance",
        audiences="createur pme eti-grand-groupe",
        contact_name="Chargé·e des relations entreprises",
    ),
    recruitment(
        "aix-marseille-universite",
        "doctorant-cifre",
        "Recruter un doctorant en convention CIFRE",
        "Un projet de R&D de trois ans mené par un doctorant, en lien avec un laboratoire d'AMU.",
        "La convention industrielle de formation par la recherche (CIFRE) permet à une entreprise, y "
        "compris une start-up, de recruter pour trois ans un doctorant qui mène un projet de R&D partagé "
        "entre l'entreprise et un laboratoire. L'ANRT verse à l'entreprise une subvention annuelle pendant "
        "les trois ans (14 000 € par an à ce jour), et le salaire du doctorant peut entrer dans l'assiette "
        "du crédit d'impôt recherche. Le doctorant, titulaire d'un master ou d'un diplôme d'ingénieur, "
        "prépare sa thèse dans une école doctorale d'AMU. La direction de la recherche d'AMU aide à "
        "identifier le laboratoire et le directeur de thèse, à formuler le sujet et à rédiger le contrat "
        "de collaboration qui règle la propriété intellectuelle. Le dossier est ensuite déposé en ligne "
        "auprès de l'ANRT, qui l'instruit ; les demandes sont reçues toute l'année.",
        service="sourcing",
        needs="recruter recherche",
        stages="amorcage..croissance",
        audiences="createur pme eti-grand-groupe",
        eligibility=(
            "Entreprises de toute taille établies en France, capables de financer le salaire du doctorant "
            "pendant trois ans."
        ),
        contact_name="Chargé·e de partenariats recherche",
    ),
    recruitment(
        "centrale-mediterranee",
        "forum-entreprises-centrale",
        "Forum entreprises de Centrale Méditerranée",
        "Rencontrez les élèves ingénieurs et proposez stages, alternances et premiers emplois.",
        "Chaque année, le forum entreprises de Centrale Méditerranée, sur le technopôle de "
        "Château-Gombert, réunit les élèves ingénieurs et les entreprises qui recrutent. Les entreprises y "
        "présentent leurs métiers et leurs projets, rencontrent les élèves et recueillent des candidatures "
        "pour des stages (dont le stage de fin d'études, d'environ six mois), des contrats d'alternance et "
        "des premiers emplois d'ingénieur. Les profils couvrent la mécanique, l'énergie, les procédés, "
        "l'optique-photonique, l'informatique, la data et l'IA, mais aussi la gestion de projet et le "
        "conseil. Les start-up du technopôle bénéficient de conditions adaptées : le stand est gratuit "
        "pour les entreprises de moins de trois ans. L'inscription se fait auprès du service des relations "
        "entreprises de l'école, qui peut aussi diffuser vos offres tout au long de l'année.",
        service="alternance",
        stages="amorcage..croissance",
        technopoles="chateau-gombert",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        cost_details="Stand gratuit pour les start-up de moins de trois ans.",
        contact_name="Responsable des relations entreprises",
    ),
    recruitment(
        "medinsoft",
        "jobdating-numerique",
        "Jobdating du numérique",
        "Des rencontres express entre entreprises du numérique et candidats qualifiés.",
        "Plusieurs fois par an, Medinsoft, le cluster des entreprises du numérique de la région, organise "
        "des jobdatings avec les écoles, les organismes de formation et France Travail. Les entreprises y "
        "rencontrent en entretiens courts des candidats présélectionnés pour des postes de développeur, "
        "DevOps, data scientist, ingénieur IA, expert en cybersécurité, chef de projet ou commercial du "
        "numérique : jeunes diplômés, alternants, personnes en reconversion issues de formations "
        "intensives, profils expérimentés. Avant la session, l'entreprise transmet ses fiches de poste ; "
        "les partenaires de l'emploi présélectionnent les candidats et peuvent mobiliser des aides ou une "
        "formation préalable à l'embauche. L'inscription se fait auprès de Medinsoft, en précisant les "
        "postes à pourvoir et les compétences recherchées.",
        service="sourcing",
        stages="developpement croissance",
        sectors="numerique",
        audiences="createur pme eti-grand-groupe",
        contact_name="Chargé·e emploi et compétences",
    ),
    recruitment(
        "aix-marseille-french-tech",
        "french-tech-talents",
        "Attirer des talents tech à Aix-Marseille",
        "Offres d'emploi, visa French Tech et événements pour attirer des profils tech.",
        "Aix-Marseille French Tech aide les start-up du territoire à attirer des profils tech : "
        "développeurs, data scientists, product managers, experts en IA ou en cybersécurité. La communauté "
        "met en avant leurs offres d'emploi sur ses canaux et sur le job board national de la French Tech, "
        "organise des événements de recrutement et fait connaître l'écosystème aux candidats d'autres "
        "régions. Pour les talents étrangers, elle accompagne les démarches du French Tech Visa, procédure "
        "simplifiée d'obtention du passeport talent pour les salariés, fondateurs et investisseurs de "
        "start-up reconnues innovantes ; le titre de séjour, valable jusqu'à quatre ans, s'étend à la "
        "famille. Elle oriente aussi les entreprises vers Provence Promotion pour l'accueil des salariés "
        "et de leurs proches. Le service est gratuit ; premier contact par le site de la communauté.",
        service="attractivite",
        stages="amorcage..croissance",
        audiences="createur pme entreprise-etrangere",
        eligibility=(
            "Start-up et entreprises innovantes du territoire ; le French Tech Visa salarié suppose une "
            "entreprise reconnue innovante."
        ),
        contact_name="Chargé·e de la communauté French Tech",
    ),
    recruitment(
        "marseille-innovation",
        "ateliers-rh-jeunes-dirigeants",
        "Ateliers RH pour jeunes dirigeants",
        "Premier recrutement, contrat de travail, management : les bases de la fonction RH.",
        "Marseille Innovation propose aux jeunes dirigeants un cycle d'ateliers collectifs animés par des "
        "experts partenaires (avocats en droit social, experts-comptables, cabinets de recrutement) pour "
        "réussir leurs premiers recrutements. Au programme : définir le poste et le profil, rédiger une "
        "offre et sélectionner les candidats, choisir le contrat (CDI, CDD, alternance, stage, freelance), "
        "connaître les obligations de l'employeur (déclaration préalable à l'embauche, mutuelle, médecine "
        "du travail, convention collective), mobiliser les aides à l'embauche et les dispositifs propres "
        "aux start-up (statut de jeune entreprise innovante, BSPCE), puis intégrer et manager une première "
        "équipe. Les ateliers, en petits groupes, laissent une large place aux questions sur des cas "
        "réels. Inscription auprès de l'équipe d'accompagnement de Marseille Innovation.",
        service="formation",
        stages="creation amorcage",
        technopoles="chateau-gombert belle-de-mai euromediterranee",
        audiences="createur",
        eligibility=(
            "Réservé aux créateurs et dirigeants de jeunes entreprises, en priorité celles accompagnées "
            "par Marseille Innovation."
        ),
        contact_name="Chargé·e d'accompagnement",
    ),
    recruitment(
        "reseau-entreprendre-provence",
        "structurer-fonction-rh",
        "Structurer sa fonction RH avec un dirigeant mentor",
        "Passer de 10 à 50 salariés : organisation, recrutement de cadres, culture d'entreprise.",
        "Dans le programme Ambition de Réseau Entreprendre Provence, les lauréats en croissance sont "
        "accompagnés pendant deux à trois ans par un chef d'entreprise bénévole expérimenté, qui les aide "
        "à passer d'une dizaine à une cinquantaine de salariés. Les rendez-vous réguliers avec ce mentor "
        "portent sur l'organisation et la gouvernance, le recrutement des premiers cadres (direction "
        "commerciale, financière, technique), la délégation et le management intermédiaire, la "
        "rémunération et la fidélisation, la culture d'entreprise. Les lauréats participent aussi à des "
        "clubs et ateliers entre pairs. Cet accompagnement va de pair avec le prêt d'honneur du programme. "
        "Pour candidater, le dirigeant présente son projet de développement à un chargé de mission, le "
        "travaille avec des membres du réseau puis le défend devant un comité d'engagement composé de "
        "chefs d'entreprise.",
        service="conseil_rh",
        stages="developpement croissance",
        audiences="pme createur",
        eligibility=(
            "Réservé aux lauréats du programme Ambition : dirigeants de PME et jeunes entreprises en "
            "croissance, avec un projet créateur d'emplois."
        ),
        contact_name="Chargé·e de mission Réseau Entreprendre",
    ),
    recruitment(
        "provence-promotion",
        "accueil-talents-familles",
        "Accueil des talents et de leurs familles",
        "Aide à l'installation des cadres recrutés hors de la région : logement, emploi du conjoint, écoles.",
        "Recruter un cadre, un ingénieur ou un chercheur venu d'une autre région ou de l'étranger suppose "
        "souvent de convaincre toute sa famille. Provence Promotion accompagne gratuitement les "
        "entreprises qui recrutent ces talents : présentation du territoire et de la qualité de vie, "
        "visites, aide à la recherche de logement, informations sur les écoles, y compris les sections "
        "internationales et bilingues, mise en relation avec un réseau d'entreprises et de recruteurs pour "
        "l'emploi du conjoint, conseils sur les démarches administratives (titre de séjour, passeport "
        "talent, sécurité sociale). L'accompagnement commence dès la phase de recrutement, pour aider "
        "l'entreprise à convaincre le candidat, et se poursuit pendant les premiers mois d'installation. "
        "L'entreprise contacte l'équipe de Provence Promotion en précisant le profil recruté et la date "
        "d'arrivée envisagée.",
        service="attractivite",
        stages="developpement croissance",
        audiences="createur pme eti-grand-groupe entreprise-etrangere",
        contact_name="Chargé·e de l'accueil des talents",
    ),
    recruitment(
        "grand-luminy",
        "bourse-emplois-biotech-luminy",
        "Bourse aux emplois des biotech de Luminy",
        "Diffusez vos offres auprès des étudiants et jeunes chercheurs du campus de Luminy.",
        "Grand Luminy relaie les offres d'emploi, de stage, d'alternance et de post-doctorat des "
        "entreprises du technopôle auprès des formations et des laboratoires du campus de Luminy, qui "
        "réunit environ 15 000 étudiants et chercheurs : masters de biologie, d'immunologie, de "
        "bio-informatique et de chimie, écoles doctorales, laboratoires comme le CIML. Les biotech, "
        "medtech et entreprises de la santé y trouvent techniciens de laboratoire, ingénieurs, docteurs, "
        "chefs de projet, spécialistes des affaires réglementaires ou de l'assurance qualité. Les offres "
        "sont diffusées par les formations et lors des événements de la communauté du technopôle ; Grand "
        "Luminy peut aussi organiser une présentation de l'entreprise aux étudiants. Le service est "
        "gratuit ; envoyez votre offre à l'équipe de Grand Luminy.",
        service="sourcing",
        stages="creation..croissance",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="createur pme eti-grand-groupe",
        eligibility=(
            "Réservé aux entreprises implantées sur le technopôle de Luminy ou accompagnées par sa pépinière."
        ),
        contact_name="Chargé·e d'animation du technopôle",
    ),
    recruitment(
        "eurobiomed",
        "formation-dirigeants-sante",
        "Formations des dirigeants de la santé",
        "Des formations courtes sur le management, la réglementation et les affaires en santé.",
        "Eurobiomed, le pôle de compétitivité de la santé du Sud de la France, propose à ses membres des "
        "formations courtes pour dirigeants et cadres de biotech, medtech et e-santé. Les thèmes : "
        "management d'équipes scientifiques et de projets de R&D, affaires réglementaires (règlements "
        "européens sur les dispositifs médicaux et les dispositifs de diagnostic in vitro, marquage CE, "
        "essais cliniques), accès au marché et remboursement, négociation de licences et de partenariats "
        "avec l'industrie pharmaceutique, préparation d'une levée de fonds. Les sessions, en petits "
        "groupes, sont animées par des experts du secteur et des dirigeants expérimentés. Elles sont "
        "payantes, à tarif adhérent ; une prise en charge par l'OPCO de l'entreprise peut être étudiée. Le "
        "programme et les dates sont communiqués aux membres du pôle.",
        service="formation",
        stages="amorcage..croissance",
        sectors="sante-biotech",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        eligibility="Réservé aux entreprises membres d'Eurobiomed (biotech, medtech, e-santé).",
        contact_name="Responsable formation",
        review="old",
    ),
    recruitment(
        "capenergies",
        "competences-transition-energetique",
        "Compétences et métiers de la transition énergétique",
        "Identifier les compétences clés et les formations de la filière énergie.",
        "Capenergies, le pôle de compétitivité de la transition énergétique, aide les entreprises de la "
        "filière à anticiper leurs besoins en compétences. Il cartographie les métiers en tension : "
        "hydrogène, photovoltaïque, éolien en mer flottant, stockage, réseaux électriques intelligents, "
        "efficacité énergétique des bâtiments et de l'industrie. Il met en relation les entreprises avec "
        "les écoles, les universités et les organismes de formation pour créer ou adapter des formations "
        "et accueillir stagiaires et alternants, et anime des ateliers de gestion prévisionnelle des "
        "emplois et des compétences. Il oriente aussi les entreprises vers leur OPCO et les financements "
        "de la formation pour faire monter leurs équipes en compétences. Le service s'adresse aux "
        "start-up, aux PME et aux grands groupes de l'énergie ; premier contact auprès de l'équipe du "
        "pôle.",
        service="conseil_rh",
        stages="developpement croissance",
        sectors="energie",
        audiences="createur pme eti-grand-groupe",
        contact_name="Chargé·e de mission emploi et compétences",
    ),
    recruitment(
        "thecamp",
        "formation-dirigeants-thecamp",
        "Formation des dirigeants aux nouveaux modèles d'organisation",
        "Des sessions de formation pour dirigeants et managers sur le campus de l'Arbois.",
        "Sur son campus de l'Arbois, à Aix-en-Provence, thecamp propose aux dirigeants et managers de "
        "start-up, de PME et de grandes entreprises des sessions de formation courtes en immersion. Les "
        "thèmes portent sur le leadership et la posture du dirigeant, les nouveaux modes d'organisation et "
        "de travail en équipe, la conduite du changement et la transition écologique de l'entreprise "
        "(stratégie, modèle d'affaires, mobilisation des équipes). Les sessions associent apports "
        "d'experts, ateliers pratiques et échanges entre participants ; elles peuvent être suivies en "
        "inter-entreprises ou construites sur mesure pour un comité de direction. Le campus offre salles "
        "de travail et hébergement sur place. Les sessions sont payantes ; une prise en charge par l'OPCO "
        "de l'entreprise peut être étudiée. Renseignements et devis auprès de l'équipe de thecamp.",
        service="formation",
        stages="developpement croissance",
        technopoles="arbois",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        contact_name="Responsable des formations",
    ),
    recruitment(
        "optitec",
        "detection-profils-photonique",
        "Détection de profils en photonique",
        "Le pôle relaie vos besoins auprès des écoles et laboratoires de l'optique.",
        "Optitec, le pôle de compétitivité de la photonique et de l'imagerie installé à Château-Gombert, "
        "aide ses membres à trouver les profils dont ils ont besoin : ingénieurs opticiens, techniciens en "
        "optique et en lasers, spécialistes de l'imagerie, de la vision industrielle et du traitement du "
        "signal, docteurs. Il diffuse leurs offres d'emploi, de stage et d'alternance auprès des "
        "formations en optique-photonique du territoire (écoles d'ingénieurs, masters, BUT et BTS) et des "
        "laboratoires comme l'Institut Fresnel et le Laboratoire d'Astrophysique de Marseille. Il organise "
        "aussi des rencontres entre entreprises et jeunes diplômés et travaille avec les établissements "
        "pour adapter les formations aux besoins de la filière. Envoyez vos fiches de poste à l'équipe du "
        "pôle, qui les relaie aux formations concernées.",
        service="sourcing",
        stages="amorcage..croissance",
        sectors="optique-photonique",
        audiences="createur pme eti-grand-groupe",
        eligibility="Réservé aux entreprises adhérentes d'Optitec.",
        contact_name="Chargé·e de mission compétences",
    ),
    recruitment(
        "region-sud",
        "emploi-jeunes-diplomes-pme",
        "Premier emploi des jeunes diplômés dans les PME innovantes",
        "Un accompagnement au recrutement de jeunes diplômés pour les PME de la région.",
        "Dispositif en cours de refonte. La Région entend accompagner les PME innovantes dans le "
        "recrutement de leur premier cadre, ingénieur ou docteur jeune diplômé : aide à la définition du "
        "poste, mise en relation avec les universités et les écoles de la région, et soutien au "
        "recrutement dont les modalités (aide financière éventuelle, montant, conditions) ne sont pas "
        "encore arrêtées. Sont visées les PME et les jeunes entreprises de la région qui recrutent sur une "
        "fonction de R&D, d'innovation ou de développement commercial. En attendant la nouvelle version, "
        "les entreprises peuvent recourir aux services d'insertion professionnelle des établissements, à "
        "la convention CIFRE pour un doctorant, à l'Apec pour les cadres et à France Travail. Les "
        "informations seront publiées sur le site de la Région à l'ouverture du dispositif.",
        service="alternance",
        stages="amorcage developpement",
        audiences="pme createur",
        eligibility=(
            "Réservé aux PME et jeunes entreprises innovantes de la région ; conditions en cours de "
            "définition."
        ),
        contact_name="Chargé·e de mission innovation",
        status="draft",
    ),
]
