"""Support offers of the incubators, nurseries, networks and clusters of the demo ecosystem."""

from innov_provence.demo.rows import event, offer

NETWORK_SUPPORT = [
    # Incubators, nurseries and technopôles
    offer(
        "marseille-innovation",
        "accompagnement-jeunes-entreprises-innovantes",
        "Accompagnement des jeunes entreprises innovantes",
        "Un chargé d'affaires dédié, des ateliers collectifs et un réseau d'experts pour vos premières "
        "années.",
        "Pour les jeunes entreprises innovantes hébergées par Marseille Innovation sur ses campus de "
        "Château-Gombert, de la Belle de Mai et du centre-ville, en Mi'pass (1 à 6 mois), en Mi'coloc "
        "(bureaux partagés jusqu'à 2 ans) ou en Mi'loc (bureaux privatifs). Un chargé d'affaires suit "
        "chaque entreprise par des points stratégiques réguliers : modèle économique, business plan, "
        "prévisionnel, recrutement des premiers salariés, préparation des financements (prêt d'honneur "
        "innovation de Marseille Innovation jusqu'à 30 000 € à taux zéro, Bourse French Tech, aides "
        "Bpifrance, prêts bancaires via le dossier unique, levée de fonds). S'y ajoutent des ateliers "
        "collectifs (juridique, commercial, financement, propriété intellectuelle), un réseau d'experts et "
        "la mise en relation avec les partenaires du Club Innov Provence. Tous secteurs innovants : "
        "numérique, logiciel, santé, ingénierie, industries créatives. Candidature avec l'hébergement : "
        "dossier, entretien puis comité d'agrément.",
        needs="etre-accompagne",
        stages="creation..developpement",
        technopoles="chateau-gombert belle-de-mai euromediterranee",
        audiences="createur",
        eligibility="Réservé aux créateurs et jeunes entreprises innovantes (moins de 5 ans environ) "
        "hébergés sur un campus de Marseille Innovation.",
        contact_name="Chargé·e d'affaires de Marseille Innovation",
    ),
    offer(
        "impulse",
        "incubation-recherche-publique",
        "Incubation des projets issus de la recherche publique",
        "Deux ans d'accompagnement pour créer une entreprise à partir de travaux de recherche.",
        "Impulse, l'incubateur de la recherche publique d'Aix-Marseille (AMU, CNRS, Inserm, IRD, AP-HM, "
        "Centrale Méditerranée…), accompagne pendant deux ans la création d'une start-up deeptech qui "
        "valorise des résultats ou des compétences d'un laboratoire public : biotech, anticorps, "
        "dispositif médical, diagnostic, IA et logiciel, matériaux, optique, énergie, environnement. Un "
        "chargé d'incubation suit le projet : étude de marché, modèle économique, stratégie de propriété "
        "intellectuelle et licence avec la SATT Sud-Est, recrutement de l'équipe dirigeante, preuve de "
        "concept et prototype, premiers financements (Bourse French Tech Émergence, concours i-Lab, aides "
        "régionales) et préparation de la levée de fonds. L'incubateur peut aussi verser une avance "
        "remboursable en cas de succès, de l'ordre de 30 000 à 40 000 € selon le projet. Candidature sur "
        "dossier, audition devant le comité de sélection, puis convention d'incubation.",
        needs="etre-accompagne propriete-intellectuelle",
        stages="maturation creation",
        audiences="chercheur etudiant",
        eligibility="Réservé aux chercheurs, doctorants et post-doctorants des laboratoires publics "
        "d'Aix-Marseille, ou aux équipes dont le projet repose sur un laboratoire public du territoire.",
        contact_name="Thomas Petit",
    ),
    offer(
        "impulse",
        "pre-incubation-impulse",
        "Pré-incubation : valider votre idée",
        "Trois à six mois pour confronter votre idée au marché avant d'entrer en incubation.",
        "La pré-incubation d'Impulse s'adresse aux chercheurs, doctorants, post-doctorants et ingénieurs "
        "des laboratoires publics d'Aix-Marseille qui ont un résultat de recherche ou une technologie et "
        "se demandent s'il peut devenir une entreprise. Pendant trois à six mois, le porteur est suivi par "
        "un chargé d'incubation : formulation de la proposition de valeur, premiers entretiens avec des "
        "clients et des industriels, analyse de la concurrence, point sur la brevetabilité et la "
        "liberté d'exploitation avec la SATT Sud-Est, vérification de la faisabilité technique et "
        "identification des besoins de maturation ou de prototype. Tous domaines : santé, biotech, "
        "numérique, IA, ingénierie, environnement. À l'issue, le projet peut candidater à l'incubation "
        "Impulse ou à un programme de maturation. Entrée sur simple prise de contact, puis entretien.",
        needs="etre-accompagne",
        stages="idee maturation",
        audiences="chercheur etudiant",
        eligibility="Réservé aux chercheurs, doctorants et personnels des laboratoires publics "
        "d'Aix-Marseille porteurs d'une idée de création d'entreprise.",
        contact_name="Responsable de la pré-incubation",
    ),
    offer(
        "incubateur-belle-de-mai",
        "incubation-numerique-medias",
        "Incubation des start-up du numérique et des médias",
        "Un accompagnement de 18 à 24 mois au cœur du pôle média de la Belle de Mai.",
        "Depuis 1999, l'Incubateur Belle de Mai accompagne les créateurs de start-up du numérique, des "
        "médias et des industries culturelles et créatives : plateformes web et mobiles, logiciel et SaaS, "
        "IA, audiovisuel, jeu vidéo, réalité virtuelle, edtech, musique et édition. Pendant 18 à 24 mois, "
        "chaque projet bénéficie d'un coaching individuel, d'experts (juridique, marketing, finance, "
        "propriété intellectuelle), d'ateliers collectifs et de la vie de promotion au sein du pôle média. "
        "L'incubateur aide à obtenir les premiers financements (prêts d'honneur, prêts pouvant aller "
        "jusqu'à 40 000 €, Bourse French Tech, aides régionales) et prépare la levée de fonds, jusqu'à la "
        "présentation aux investisseurs partenaires lors du Demo Day. Candidature lors des appels à "
        "projets : dossier, entretien, puis comité de sélection.",
        needs="etre-accompagne investisseurs",
        stages="creation amorcage",
        technopoles="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
        audiences="createur etudiant demandeur-emploi",
        eligibility="Porteurs de projets et jeunes start-up du numérique et des industries créatives, "
        "étudiants, jeunes diplômés et demandeurs d'emploi compris ; sélection sur dossier.",
        contact_name="Responsable de l'incubation",
    ),
    event(
        "incubateur-belle-de-mai",
        "demo-day-belle-de-mai",
        "Demo Day de l'Incubateur Belle de Mai",
        "Les start-up incubées présentent leurs projets aux investisseurs et aux partenaires.",
        "Chaque année, la promotion sortante de l'Incubateur Belle de Mai pitche devant des business "
        "angels, des fonds d'investissement, des banques et des grands comptes du numérique et des médias. "
        "Les start-up (logiciel, plateformes, jeu vidéo, audiovisuel, IA) préparent en amont leur pitch et "
        "leur dossier investisseur avec l'équipe de l'incubateur : répétitions, revue du deck, "
        "valorisation et besoin de financement. Après les présentations, des rendez-vous individuels sont "
        "organisés avec les investisseurs et partenaires intéressés pour engager une levée de fonds, un "
        "premier contrat ou un pilote. La participation est réservée aux start-up incubées ; les "
        "investisseurs et partenaires s'inscrivent auprès de l'incubateur.",
        needs="investisseurs partenaires",
        stages="amorcage",
        technopoles="belle-de-mai",
        audiences="createur",
        eligibility="Réservé aux start-up de la promotion sortante de l'Incubateur Belle de Mai.",
        contact_name="Responsable de l'incubation",
        review="old",
    ),
    offer(
        "thecamp",
        "acceleration-thecamp-credit-agricole",
        "Programme d'accélération thecamp × Crédit Agricole Alpes Provence",
        "Accélération des start-up de la transition écologique et des territoires durables à l'Arbois.",
        "Pour les start-up et jeunes PME qui ont déjà un produit ou un premier client et dont la solution "
        "sert la transition écologique : énergie, mobilité, logistique, économie circulaire, eau, "
        "agriculture, bâtiment et ville durable, numérique responsable. Sur plusieurs mois, le programme "
        "combine coaching, accès aux experts de thecamp et du Crédit Agricole Alpes Provence, ateliers "
        "collectifs et mise en relation avec des clients grands comptes et des collectivités pour lancer "
        "des expérimentations. Il prépare aussi le financement : prêt bancaire, fonds propres, aides "
        "publiques. Les séquences ont lieu sur le campus de thecamp, sur le technopôle de l'Arbois à "
        "Aix-en-Provence. Candidature lors de l'appel à candidatures annuel : dossier en ligne, puis pitch "
        "devant un jury ; la durée et les conditions sont précisées à chaque promotion.",
        needs="etre-accompagne partenaires",
        stages="amorcage developpement",
        technopoles="arbois",
        sectors="environnement-cleantech mobilite-logistique numerique",
        audiences="createur pme",
        eligibility="Réservé aux start-up et jeunes PME ayant un produit ou un prototype avancé, "
        "sélectionnées sur dossier et pitch.",
        contact_name="Responsable du programme d'accélération",
    ),
    offer(
        "thecamp",
        "sprints-innovation-thecamp",
        "Sprints d'innovation et prototypage rapide",
        "Une semaine pour concevoir et tester un prototype avec designers et ingénieurs.",
        "thecamp organise sur son campus de l'Arbois des sprints d'innovation pour les équipes de "
        "start-up, de PME et de grands groupes qui veulent tester vite une idée de produit ou de service. "
        "En une semaine environ, l'équipe de l'entreprise travaille avec les designers et ingénieurs de "
        "thecamp : cadrage du problème, idéation, prototypage rapide (maquette d'application, objet "
        "imprimé en 3D, service simulé) dans l'atelier, puis tests avec de vrais utilisateurs. "
        "L'entreprise repart avec un prototype testé, les retours des utilisateurs et un plan pour la "
        "suite (développement, preuve de concept, expérimentation). Hébergement et restauration sur place "
        "possibles. Premier échange pour préciser le besoin, puis devis selon la durée et la taille de "
        "l'équipe.",
        needs="prototyper",
        stages="maturation..amorcage",
        technopoles="arbois",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        cost_details="Sur devis, selon la durée et la taille de l'équipe.",
        eligibility="Pour les équipes de start-up, de PME, d'ETI et de grands groupes.",
        contact_name="Responsable des programmes entreprises",
    ),
    offer(
        "zinc",
        "accompagnement-creation-numerique",
        "Accompagnement des projets de création numérique",
        "Résidences, conseils et mise en réseau pour les artistes et entrepreneurs de la création numérique.",
        "ZINC, centre des arts et cultures numériques installé à la Friche la Belle de Mai, accompagne "
        "environ 130 projets par an : artistes, collectifs, associations et jeunes entreprises de la "
        "création numérique (installations interactives, réalité virtuelle et augmentée, son, image, "
        "jeu vidéo indépendant, création avec l'IA, objets connectés). Selon le projet : résidence de "
        "création, conseil en production et en diffusion, aide au montage budgétaire et aux dossiers de "
        "subvention, accès au fablab LFO pour fabriquer un prototype, mise en relation avec les "
        "diffuseurs, festivals, lieux culturels et entreprises des industries culturelles et créatives. "
        "Les résidences sont attribuées sur appel à projets ; pour un conseil, prendre contact avec "
        "l'équipe, qui propose un premier rendez-vous.",
        needs="etre-accompagne partenaires",
        stages="idee..creation",
        technopoles="belle-de-mai",
        sectors="industries-culturelles-creatives",
        audiences="createur etudiant demandeur-emploi",
        eligibility="Artistes, collectifs, associations et créateurs d'entreprise de la création "
        "numérique, y compris étudiants et jeunes diplômés.",
        contact_name="Chargé·e de l'accompagnement des projets",
    ),
    offer(
        "lfo-fablab",
        "acces-fablab-lfo",
        "Accès au fablab LFO",
        "Découpe laser, impression 3D, électronique : prototypez vos objets et installations.",
        "Le LFO, fablab animé par ZINC à la Friche la Belle de Mai, est ouvert à tous les porteurs de "
        "projets : étudiants, artistes, makers, créateurs de start-up, PME. Il met à disposition des "
        "machines de fabrication numérique (découpe laser, imprimantes 3D, outillage électronique, petit "
        "outillage) pour réaliser un prototype, une maquette, un objet connecté, un dispositif "
        "interactif ou une installation. L'accès aux machines passe par une formation d'accueil ; des "
        "créneaux accompagnés permettent ensuite de concevoir un premier prototype avec un fabmanager "
        "(choix des matériaux, fichiers, électronique Arduino). Adhésion annuelle et tarif horaire par "
        "machine ; la liste des équipements et les horaires d'ouverture sont tenus à jour par le fablab. "
        "Inscription à une séance d'accueil pour commencer.",
        needs="prototyper",
        stages="idee..amorcage",
        technopoles="belle-de-mai",
        cost="payant",
        cost_details="Adhésion annuelle et tarif horaire par machine.",
        eligibility="Ouvert à tous après une formation d'accueil.",
        contact_name="Fabmanager du LFO",
    ),
    offer(
        "grand-luminy",
        "accompagnement-entreprises-sante-luminy",
        "Accompagnement des jeunes entreprises de santé",
        "Un suivi sur mesure des biotech, medtech et healthtech installées sur le technopôle de Luminy.",
        "Grand Luminy accompagne les start-up et PME de la santé installées sur le technopôle de Luminy "
        "ou qui veulent s'y implanter : biotech, immunologie, anticorps et immunothérapies, diagnostic, "
        "dispositif médical, e-santé. Le suivi est adapté à chaque entreprise : structuration, stratégie, "
        "recherche de partenaires académiques (CIML, CIPHE, laboratoires d'Aix-Marseille Université) et "
        "industriels, accès aux plateformes technologiques du campus, recrutement de stagiaires et de "
        "jeunes diplômés parmi les quelque 15 000 étudiants et chercheurs du site, préparation des levées "
        "de fonds. Les entreprises hébergées accèdent aux services mutualisés du technopôle et à sa "
        "pépinière ; le bâtiment IBEN, prévu pour 2027, offrira des laboratoires L1/L2 à 20 à 30 "
        "start-up. Premier contact avec l'équipe du technopôle, puis rendez-vous de diagnostic.",
        needs="etre-accompagne partenaires",
        stages="creation..developpement",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="createur pme",
        eligibility="Réservé aux jeunes entreprises et PME de santé installées à Luminy ou en projet "
        "d'implantation sur le technopôle.",
        contact_name="Responsable de l'accompagnement des entreprises",
    ),
    event(
        "grand-luminy",
        "petits-dejeuners-luminy",
        "Petits-déjeuners du technopôle de Luminy",
        "Un rendez-vous mensuel entre entreprises, chercheurs et étudiants du technopôle.",
        "Chaque mois, une entreprise ou un laboratoire du technopôle de Luminy présente ses travaux, ses "
        "besoins et ses projets autour d'un petit-déjeuner, sur le campus. Ces rencontres informelles "
        "réunissent dirigeants de biotech et de medtech, chercheurs et doctorants des laboratoires "
        "(immunologie, neurosciences, biologie, chimie, océanologie), étudiants et équipes de Grand "
        "Luminy. Elles servent à nouer des collaborations de recherche, à trouver un partenaire pour un "
        "projet, un stagiaire, un doctorant en CIFRE ou un premier emploi, et à découvrir les plateformes "
        "technologiques du campus. Participation gratuite sur inscription auprès de Grand Luminy ; une "
        "entreprise ou une équipe qui souhaite présenter ses travaux peut le proposer au technopôle.",
        stages="creation..croissance",
        technopoles="luminy",
        audiences="chercheur etudiant createur pme eti-grand-groupe",
        eligibility="Pour les entreprises, chercheurs et étudiants du technopôle de Luminy.",
        contact_name="Chargé·e d'animation du technopôle",
        review="never",
    ),
    event(
        "arbois-mediterranee",
        "rencontres-cleantech-arbois",
        "Rencontres cleantech de l'Arbois",
        "Les entreprises de l'environnement rencontrent investisseurs, industriels et collectivités.",
        "Organisées sur le technopôle de l'Environnement Arbois-Méditerranée, premier technopôle français "
        "dédié à l'environnement, les rencontres cleantech réunissent start-up, PME, laboratoires, "
        "investisseurs, industriels donneurs d'ordre et collectivités autour de l'eau, des déchets et de "
        "l'économie circulaire, de la qualité de l'air, des sols, de la biodiversité et de l'énergie. Au "
        "programme : pitchs de start-up, tables rondes sur les marchés publics et privés, rendez-vous "
        "d'affaires et visites des laboratoires (dont le CEREGE) et des plateformes du site. L'objectif : "
        "trouver un client, un partenaire de recherche, un site d'expérimentation ou un financeur. "
        "Inscription gratuite auprès du technopôle ; les start-up qui souhaitent pitcher envoient une "
        "courte présentation de leur solution.",
        needs="partenaires investisseurs",
        stages="amorcage..croissance",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
        audiences="createur pme eti-grand-groupe chercheur",
        eligibility="Pour les entreprises, laboratoires et financeurs de l'environnement et de l'énergie.",
        contact_name="Chargé·e d'animation du technopôle",
    ),
    offer(
        "arbois-mediterranee",
        "demonstrateurs-environnement-arbois",
        "Démonstrateurs sur site : tester vos solutions environnementales",
        "Le domaine de l'Arbois sert de terrain d'essai à vos solutions pour l'eau, les sols et l'énergie.",
        "Les 75 ha du technopôle de l'Arbois, à Aix-en-Provence, accueillent des démonstrateurs et des "
        "expérimentations en conditions réelles : capteurs et stations de mesure environnementale, "
        "gestion et traitement de l'eau, énergies renouvelables et solaire, qualité de l'air, "
        "restauration des sols, biodiversité et prévention des incendies. Pour les start-up, PME, "
        "grands groupes et laboratoires qui doivent valider un prototype ou un pilote avant la mise sur "
        "le marché. L'équipe du technopôle étudie la faisabilité, aide à obtenir les autorisations et "
        "met en relation avec les 11 laboratoires et 3 plateformes technologiques du site (dont le "
        "CEREGE) pour le suivi scientifique. L'accompagnement de l'équipe est gratuit ; l'installation "
        "fait l'objet d'une convention d'occupation dont la durée et les conditions dépendent du projet.",
        needs="prototyper",
        stages="maturation..developpement",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
        audiences="createur pme eti-grand-groupe chercheur",
        eligibility="Pour les entreprises et laboratoires qui développent une solution environnementale "
        "ou énergétique ; projets examinés au cas par cas.",
        contact_name="Responsable des démonstrateurs du technopôle",
    ),
    event(
        "technopole-chateau-gombert",
        "club-entreprises-chateau-gombert",
        "Club des entreprises de Château-Gombert",
        "Rencontres, visites de laboratoires et entraide entre les entreprises du technopôle.",
        "Le club réunit chaque mois les dirigeants des entreprises du technopôle de Château-Gombert, qui "
        "compte près de 290 acteurs économiques et 4 000 emplois autour des sciences de l'ingénieur : "
        "mécanique, énergie, optique et photonique, informatique. Au programme : visites de laboratoires "
        "(Institut Fresnel, Laboratoire d'Astrophysique de Marseille…) et d'entreprises, retours "
        "d'expérience entre dirigeants et rencontres avec Centrale Méditerranée et Polytech Marseille "
        "pour accueillir des stagiaires, des alternants, des projets d'élèves ingénieurs et recruter de "
        "jeunes diplômés. Le club relaie aussi les besoins communs des entreprises du site (services, "
        "accès, mobilité). Participation sur inscription auprès de l'équipe du technopôle.",
        needs="partenaires recruter",
        stages="creation..croissance",
        technopoles="chateau-gombert",
        audiences="createur pme eti-grand-groupe",
        eligibility="Réservé aux dirigeants des entreprises implantées sur le technopôle de Château-Gombert.",
        contact_name="Animateur·rice du club des entreprises",
    ),
    offer(
        "technopole-chateau-gombert",
        "pre-industrialisation-chateau-gombert",
        "Pré-industrialisation : accès aux ateliers des écoles et laboratoires",
        "Usinage, essais mécaniques, bancs optiques : passez du prototype à la présérie.",
        "Pour les start-up et PME de la mécanique, de l'énergie, de l'optique-photonique ou de "
        "l'électronique qui ont un prototype et doivent passer à la présérie. Le technopôle de "
        "Château-Gombert oriente l'entreprise vers les ateliers et moyens d'essais de Centrale "
        "Méditerranée, de Polytech Marseille et des laboratoires du site (Institut Fresnel, LAM…) : "
        "usinage et fabrication de pièces, essais mécaniques et de qualification, bancs optiques, "
        "métrologie, plateforme d'optique adaptative PEMOA animée par Optitec. Les prestations sont "
        "réalisées dans le cadre d'un contrat ou d'une convention avec l'établissement, sur devis. "
        "Démarche : décrire le besoin (pièce, essai, volume, délai) à l'équipe du technopôle, qui "
        "identifie le bon interlocuteur et organise la mise en relation, puis devis de l'établissement.",
        needs="prototyper",
        stages="amorcage developpement",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie optique-photonique",
        audiences="createur pme eti-grand-groupe",
        cost="sur_devis",
        eligibility="Pour les entreprises disposant d'un prototype ; prestations sur devis des écoles et "
        "laboratoires.",
        contact_name="Chargé·e d'affaires du technopôle",
    ),
    offer(
        "la-ciotat-shipyards",
        "filiere-grande-plaisance-la-ciotat",
        "Intégrer la filière grande plaisance de La Ciotat",
        "Rencontrez les chantiers, armateurs et sous-traitants de la réparation navale de grande plaisance.",
        "La Ciotat Shipyards, société d'économie mixte qui gère les chantiers navals de La Ciotat, pôle "
        "de la réparation, de la maintenance et du refit de yachts de grande plaisance, met en relation "
        "les start-up et PME innovantes avec les entreprises implantées sur le site et avec les "
        "capitaines et gestionnaires des yachts en escale technique. Solutions recherchées : matériaux et "
        "composites, peintures et revêtements, énergie à bord, hybridation et réduction des émissions, "
        "traitement des eaux et des déchets, maintenance prédictive, capteurs et numérique embarqué. "
        "L'entreprise présente sa solution à l'équipe du chantier, qui organise les rencontres avec les "
        "sous-traitants et les donneurs d'ordre intéressés et étudie, le cas échéant, une implantation "
        "sur le site.",
        needs="partenaires",
        stages="developpement croissance",
        technopoles="la-ciotat",
        sectors="mer-economie-bleue",
        audiences="createur pme",
        eligibility="Pour les start-up et PME proposant une solution utile à la réparation navale et à la "
        "grande plaisance.",
        contact_name="Responsable du développement de la filière",
    ),
    # Networks
    offer(
        "aix-marseille-french-tech",
        "dossier-unique-financement-amft",
        "Dossier unique de financement #AMFT",
        "Un seul dossier pour présenter votre projet à toutes les banques du groupe « Banques Innov ».",
        "Porté par Aix-Marseille French Tech, le dossier unique de financement permet aux start-up et "
        "jeunes entreprises innovantes de remplir un document unique, reconnu par la Banque de France, la "
        "CEPAC, le Crédit Agricole Alpes Provence, le CIC, BNP Paribas et la Banque Populaire "
        "Méditerranée (groupe « Banques Innov »), pour un traitement plus lisible et plus rapide. Le "
        "dossier présente l'équipe, l'innovation, le marché, le prévisionnel et le plan de financement : "
        "fonds propres, prêts d'honneur, aides Bpifrance et prêt bancaire demandé. Il sert à solliciter un "
        "prêt d'amorçage, un prêt innovation ou un prêt d'équipement, en complément d'une levée de fonds "
        "ou d'une subvention. Le dossier se prépare avec son incubateur ou sa pépinière, puis est "
        "transmis aux banques choisies, qui reviennent vers l'entreprise pour un rendez-vous.",
        needs="financer etre-accompagne",
        stages="creation..developpement",
        audiences="createur pme",
        eligibility="Pour les start-up et jeunes entreprises innovantes du territoire qui recherchent un "
        "financement bancaire.",
        contact_name="Sophie Laurent",
    ),
    offer(
        "aix-marseille-french-tech",
        "french-tech-tremplin",
        "French Tech Tremplin",
        "Un programme de préparation, d'incubation et de bourse pour les fondatrices et fondateurs "
        "sous-représentés dans la tech.",
        "French Tech Tremplin, programme national de la Mission French Tech relayé localement par "
        "Aix-Marseille French Tech, s'adresse aux personnes qui veulent créer une start-up et sont "
        "sous-représentées dans la tech : habitants des quartiers prioritaires de la politique de la ville, "
        "étudiants boursiers, bénéficiaires des minima sociaux, réfugiés, selon les critères de chaque "
        "appel. Le parcours comprend une phase de préparation (formation à l'entrepreneuriat, validation "
        "de l'idée, mentorat), puis une année d'incubation dans une structure partenaire du territoire, "
        "avec une bourse pour lancer le projet dont le montant dépend de la phase et de l'édition. Aucun "
        "diplôme ni expérience technique n'est exigé. Candidature en ligne lors de l'appel national ; "
        "Aix-Marseille French Tech oriente les candidats et les met en relation avec les incubateurs "
        "locaux.",
        needs="etre-accompagne financer",
        stages="idee creation",
        audiences="etudiant demandeur-emploi createur",
        eligibility="Réservé aux fondateurs issus des quartiers prioritaires, boursiers, bénéficiaires "
        "des minima sociaux ou réfugiés, selon les critères de l'appel national.",
        contact_name="Chargé·e de programme French Tech",
    ),
    event(
        "aix-marseille-french-tech",
        "delegation-french-tech-salons-internationaux",
        "Délégation Aix-Marseille French Tech sur les salons internationaux",
        "Exposez sur le pavillon de la French Tech Aix-Marseille dans les grands salons technologiques.",
        "Chaque année, la communauté Aix-Marseille French Tech emmène une délégation de start-up et de PME "
        "innovantes du territoire sur des salons technologiques internationaux (Las Vegas, Lisbonne, "
        "Dubaï…) pour trouver des clients, des distributeurs et des investisseurs étrangers. Les "
        "entreprises retenues exposent sur un stand partagé sous la bannière de la French Tech, préparent "
        "leur pitch en anglais et leurs supports en amont, et bénéficient de rendez-vous d'affaires "
        "organisés avec des investisseurs et des partenaires. Le coût de participation (stand, "
        "déplacement) reste à la charge de l'entreprise et varie selon le salon ; des aides à "
        "l'export peuvent être sollicitées sur dossier. Candidature à chaque appel, sélection selon la "
        "maturité du produit et les marchés visés.",
        needs="international investisseurs",
        stages="amorcage..croissance",
        audiences="createur pme",
        cost="payant",
        eligibility="Pour les start-up et PME innovantes du territoire, sélectionnées sur candidature.",
        contact_name="Chargé·e des relations internationales",
    ),
    event(
        "medinsoft",
        "fidmed-financial-innovation-day",
        "FIDMED – Financial Innovation Day Méditerranée",
        "La journée du financement de l'innovation numérique : investisseurs, banques et start-up.",
        "Organisé par Medinsoft, le cluster des entreprises du numérique de la région, le FIDMED réunit "
        "chaque année les acteurs du financement de l'innovation : business angels, fonds de capital-risque, "
        "banques, Bpifrance et financeurs publics. Les start-up et PME du numérique (logiciel, SaaS, IA, "
        "cybersécurité, fintech, jeu vidéo, e-santé) y pitchent leur projet, assistent à des tables "
        "rondes sur la levée de fonds, la dette et les aides publiques, et rencontrent les financeurs lors "
        "de rendez-vous d'affaires. Pour pitcher, l'entreprise candidate en amont et est sélectionnée "
        "selon son besoin de financement et sa maturité ; les autres participants s'inscrivent pour "
        "assister à la journée et prendre des rendez-vous.",
        needs="investisseurs financer",
        stages="amorcage..croissance",
        sectors="numerique",
        audiences="createur pme",
        eligibility="Pour les start-up et PME du numérique qui préparent un financement ; pitchs sur "
        "sélection.",
        contact_name="Chargé·e de l'événement FIDMED",
    ),
    offer(
        "medinsoft",
        "commissions-thematiques-medinsoft",
        "Commissions thématiques et club des dirigeants du numérique",
        "Partagez vos pratiques et trouvez des partenaires parmi les entreprises du numérique.",
        "Pour les start-up, éditeurs de logiciels, entreprises de services numériques et ETI adhérentes "
        "de Medinsoft, le cluster du numérique de la région. Les adhérents se retrouvent dans des "
        "commissions thématiques (cybersécurité, intelligence artificielle et données, emploi et "
        "formation) et dans des rencontres entre dirigeants pour partager leurs pratiques, monter des "
        "partenariats, répondre ensemble à des marchés publics et privés et trouver des compétences. La "
        "commission emploi-formation travaille avec les écoles et organismes de formation sur les "
        "métiers en tension du numérique. Les commissions produisent aussi des positions communes portées "
        "auprès des collectivités. Adhésion annuelle dont le montant dépend de l'effectif, puis "
        "inscription aux commissions de son choix.",
        needs="partenaires",
        stages="creation..croissance",
        sectors="numerique",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        cost_details="Adhésion annuelle selon l'effectif.",
        eligibility="Réservé aux entreprises du numérique adhérentes de Medinsoft.",
        contact_name="Chargé·e d'animation des commissions",
    ),
    offer(
        "initiative-marseille-metropole",
        "parrainage-chef-entreprise",
        "Parrainage par un chef d'entreprise",
        "Un parrain bénévole vous suit pendant les premières années de votre entreprise.",
        "Les lauréats d'un prêt d'honneur d'Initiative Marseille Métropole (prêt personnel à taux zéro, "
        "sans garantie personnelle, accordé chaque année à environ 250 projets de création ou de reprise) "
        "sont accompagnés par un parrain bénévole : chef d'entreprise, cadre ou dirigeant retraité. Le "
        "parrain rencontre régulièrement le créateur pendant les premières années, partage son "
        "expérience, ouvre son réseau de clients et de fournisseurs et aide à prendre du recul sur les "
        "décisions clés (prix, embauche, trésorerie, relation avec la banque). Le créateur peut aussi "
        "participer aux rencontres et ateliers du réseau Initiative. Le parrainage est proposé après "
        "l'accord du prêt d'honneur par le comité d'agrément ; la démarche commence par un rendez-vous "
        "avec un chargé d'accompagnement pour monter le dossier.",
        needs="etre-accompagne",
        stages="creation amorcage",
        audiences="createur demandeur-emploi",
        eligibility="Réservé aux créateurs et repreneurs lauréats d'un prêt d'honneur Initiative "
        "Marseille Métropole, demandeurs d'emploi compris.",
        contact_name="Chargé·e d'accompagnement Initiative",
    ),
    offer(
        "reseau-entreprendre-provence",
        "accompagnement-par-les-pairs",
        "Accompagnement par les pairs et clubs de lauréats",
        "Deux à trois ans de suivi par un chef d'entreprise et des clubs mensuels entre lauréats.",
        "Réseau Entreprendre Provence accompagne des créateurs, des repreneurs et des dirigeants de PME "
        "en développement dont le projet doit créer plusieurs emplois. Chaque lauréat obtient un prêt "
        "d'honneur à taux zéro, sans garantie, dont le montant est fixé sur dossier et qui facilite le "
        "prêt bancaire, puis est accompagné pendant deux à trois ans par un chef d'entreprise membre du "
        "réseau, bénévole, avec des rendez-vous réguliers. Il participe aussi à des clubs mensuels de "
        "lauréats pour échanger sur les problématiques de dirigeant : management, recrutement, "
        "croissance, financement. Démarche : premier contact, préparation du projet avec un chargé de "
        "mission et des chefs d'entreprise, puis présentation devant un comité d'engagement composé de "
        "dirigeants.",
        needs="etre-accompagne partenaires",
        stages="creation..developpement",
        audiences="createur demandeur-emploi pme",
        eligibility="Réservé aux créateurs, repreneurs et dirigeants de PME dont le projet vise la "
        "création de plusieurs emplois ; sélection par un comité de chefs d'entreprise.",
        contact_name="Chargé·e de mission Réseau Entreprendre",
    ),
    offer(
        "banque-de-france",
        "correspondant-tpe",
        "Correspondant TPE-PME de la Banque de France",
        "Un interlocuteur gratuit et confidentiel pour orienter les dirigeants de TPE et PME sur leurs "
        "questions financières.",
        "Le correspondant TPE-PME de la Banque de France, présent dans chaque département, répond "
        "gratuitement et de façon confidentielle aux dirigeants de TPE, de PME et de start-up, en "
        "création ou en activité. Il aide à poser le problème (financement d'un investissement ou d'un "
        "besoin de trésorerie, difficultés avec la banque, retards de paiement, développement à "
        "l'international) et oriente, sous 48 heures, vers le bon interlocuteur : banques, Bpifrance, "
        "médiation du crédit, réseaux d'accompagnement et de prêts d'honneur, chambres consulaires, "
        "experts-comptables. Il ne finance pas lui-même et ne remplace pas un conseil. Pour le joindre : "
        "le numéro vert national 0 800 08 32 08 ou l'adresse électronique du correspondant des "
        "Bouches-du-Rhône.",
        needs="financer",
        stages="creation..croissance",
        audiences="createur pme",
        eligibility="Pour les dirigeants de TPE, PME et jeunes entreprises.",
        contact_name="Correspondant·e TPE-PME des Bouches-du-Rhône",
        contact_phone="0 800 08 32 08",
    ),
    offer(
        "banque-de-france",
        "mediation-du-credit",
        "Médiation du crédit aux entreprises",
        "Un recours gratuit et confidentiel pour toute entreprise en cas de refus ou de réduction d'un "
        "financement bancaire.",
        "Lorsqu'une banque refuse un crédit, dénonce un découvert, réduit une ligne de financement ou "
        "qu'un assureur-crédit réduit ses garanties, toute entreprise, quelle que soit sa taille, peut "
        "saisir la Médiation du crédit. Le dossier se dépose en ligne ; le médiateur départemental, "
        "directeur de la Banque de France dans le département, contacte l'entreprise rapidement, puis "
        "réunit l'entreprise et ses partenaires financiers (banques, crédit-bailleurs, "
        "assureurs-crédit) pour réexaminer la situation et rechercher une solution : maintien des "
        "lignes, étalement, nouveau financement, recours à la garantie Bpifrance. La démarche est "
        "gratuite et confidentielle. Elle suppose d'avoir d'abord échangé avec sa banque et d'être en "
        "mesure de présenter sa situation financière.",
        needs="financer",
        stages="developpement croissance",
        audiences="createur pme eti-grand-groupe",
        eligibility="Ouvert à toute entreprise confrontée à un refus ou à une réduction de financement, "
        "après un échange avec sa banque.",
        contact_name="Médiateur·rice du crédit des Bouches-du-Rhône",
    ),
    event(
        "provence-angels",
        "soirees-pitch-provence-angels",
        "Soirées de présentation aux business angels",
        "Présentez votre start-up aux membres du réseau Provence Angels pour préparer une levée de fonds "
        "en amorçage.",
        "Provence Angels, réseau de business angels d'Aix-Marseille, investit en amorçage dans des "
        "start-up innovantes du territoire, tous secteurs (numérique, santé, industrie, environnement). "
        "La start-up envoie son dossier (pitch deck, prévisionnel, besoin de financement) ; s'il est "
        "retenu, un membre du réseau l'aide à préparer son pitch. Elle présente ensuite son projet aux "
        "business angels réunis en soirée, suivi de questions. Les projets qui intéressent les membres "
        "passent en instruction (analyse approfondie, rencontres avec l'équipe, valorisation), puis "
        "peuvent recevoir un investissement en fonds propres, souvent en co-investissement avec d'autres "
        "réseaux ou fonds ; le montant est fixé selon le projet. Les investisseurs accompagnent ensuite "
        "l'entreprise.",
        needs="investisseurs",
        stages="amorcage",
        audiences="createur",
        eligibility="Réservé aux start-up innovantes du territoire en phase d'amorçage, sélectionnées "
        "sur dossier.",
        contact_name="Chargé·e de mission Provence Angels",
    ),
    # Competitiveness clusters
    offer(
        "pole-mer-mediterranee",
        "montage-projets-collaboratifs-mer",
        "Montage et labellisation de projets collaboratifs de l'économie bleue",
        "Trouvez des partenaires et faites labelliser votre projet pour les appels à projets.",
        "Le Pôle Mer Méditerranée, pôle de compétitivité de l'économie bleue, aide ses membres "
        "(start-up, PME, grands groupes, laboratoires) à monter des projets de R&D collaboratifs : "
        "sécurité et sûreté maritimes, naval et nautisme, ports et logistique, énergies marines et éolien "
        "flottant, ressources biologiques marines, environnement et littoral, drones et robotique "
        "sous-marine. Le chargé de mission aide à préciser l'idée, à constituer un consortium "
        "entreprises-laboratoires, à identifier l'appel à projets adapté (France 2030, Bpifrance, Région "
        "Sud, programmes européens) et à rédiger le dossier. Le projet peut ensuite être présenté au "
        "comité de labellisation du pôle, dont le label renforce les candidatures aux financements "
        "régionaux, nationaux et européens. Démarche réservée aux adhérents ; premier rendez-vous sur "
        "demande.",
        needs="partenaires financer",
        stages="maturation..developpement",
        sectors="mer-economie-bleue",
        audiences="createur pme eti-grand-groupe chercheur",
        cost="payant",
        cost_details="Adhésion au pôle.",
        eligibility="Réservé aux entreprises et laboratoires adhérents du pôle.",
        contact_name="Chargé·e de mission projets collaboratifs",
    ),
    offer(
        "pole-mer-mediterranee",
        "missions-internationales-economie-bleue",
        "Missions internationales de l'économie bleue",
        "Pavillons collectifs et missions d'affaires de l'économie bleue dans les grands salons maritimes "
        "internationaux.",
        "Le Pôle Mer Méditerranée organise la présence de ses membres, start-up, PME et ETI de la filière "
        "maritime, sur les salons maritimes internationaux (naval de défense, océanographie, ports, "
        "énergies marines) et des missions de prospection à l'étranger, en lien avec les clusters "
        "maritimes étrangers et les partenaires de l'export. Les entreprises exposent sur un pavillon "
        "collectif qui réduit le coût et la logistique du stand, bénéficient de la préparation des "
        "rendez-vous d'affaires avec des donneurs d'ordre, des distributeurs et des partenaires "
        "industriels, et rencontrent les autres pôles et clusters maritimes européens pour monter des "
        "projets communs. Le coût dépend du salon et de la surface ; les adhérents s'inscrivent auprès du "
        "pôle lors de l'ouverture de chaque pavillon.",
        needs="international",
        stages="developpement croissance",
        sectors="mer-economie-bleue",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        eligibility="Réservé aux entreprises adhérentes du pôle.",
        contact_name="Chargé·e de mission international",
        review="old",
    ),
    offer(
        "capenergies",
        "accompagnement-projets-energie",
        "Accompagnement des projets d'innovation énergétique",
        "De l'idée au démonstrateur : expertise, partenaires et financements pour vos projets énergie.",
        "Capenergies, pôle de compétitivité de la transition énergétique, accompagne les start-up, PME, "
        "grands groupes et laboratoires qui portent un projet d'innovation dans les énergies "
        "décarbonées : hydrogène, solaire photovoltaïque, éolien flottant, stockage, réseaux "
        "intelligents, efficacité énergétique des bâtiments et de l'industrie, mobilité décarbonée, "
        "nucléaire et fusion. Le chargé de mission analyse le projet, aide à trouver les partenaires "
        "industriels et académiques, oriente vers les financements adaptés (Bpifrance, ADEME, France "
        "2030, Région Sud, programmes européens) et relit le dossier. Le projet peut ensuite être "
        "labellisé par le pôle, ce qui renforce sa candidature. Démarche : rendez-vous avec un chargé de "
        "mission pour présenter le projet ; l'accompagnement approfondi s'adresse aux adhérents.",
        needs="partenaires financer",
        stages="maturation..developpement",
        sectors="energie environnement-cleantech",
        audiences="createur pme eti-grand-groupe chercheur",
        eligibility="Pour les entreprises et laboratoires portant un projet d'innovation énergétique ; "
        "accompagnement approfondi pour les adhérents du pôle.",
        contact_name="Chargé·e de mission innovation",
    ),
    event(
        "capenergies",
        "rencontres-acheteurs-transition-energetique",
        "Rencontres acheteurs de la transition énergétique",
        "Des rendez-vous d'affaires avec les énergéticiens et grands industriels de la région.",
        "Capenergies organise des rencontres entre les start-up et PME innovantes de l'énergie et les "
        "directions achats et innovation des énergéticiens, gestionnaires de réseaux et grands "
        "industriels de la région. Les entreprises présentent leur solution (hydrogène, solaire, "
        "stockage, efficacité énergétique, réseaux intelligents, pilotage et données de l'énergie) lors "
        "de rendez-vous d'affaires préprogrammés, pour décrocher un premier contrat, un référencement "
        "fournisseur ou une expérimentation sur site. Démarche : l'entreprise remplit une fiche de "
        "présentation de sa solution ; le pôle organise la mise en relation selon les besoins exprimés "
        "par les acheteurs et établit le planning des rendez-vous. Les modalités d'inscription sont "
        "précisées à chaque édition.",
        stages="amorcage..croissance",
        sectors="energie",
        audiences="createur pme",
        eligibility="Pour les start-up et PME proposant une solution pour la transition énergétique.",
        contact_name="Chargé·e de mission marchés",
    ),
    offer(
        "pole-scs",
        "accompagnement-start-up-scs",
        "Accompagnement des start-up du numérique",
        "Préparation à la levée de fonds et mise en relation avec les industriels du pôle SCS.",
        "Le pôle SCS, pôle de compétitivité du numérique (microélectronique, internet des objets, "
        "cybersécurité, intelligence artificielle, télécoms), accompagne ses start-up membres de "
        "l'amorçage au développement : revue stratégique du projet et du modèle économique, préparation "
        "des levées de fonds (pitch, dossier investisseur, valorisation), présentation aux investisseurs "
        "partenaires et rencontres avec les grands comptes de la microélectronique, de la cybersécurité "
        "et des télécoms pour obtenir des contrats, des pilotes ou des partenariats technologiques. Le "
        "pôle oriente aussi vers les financements publics de l'innovation et les projets collaboratifs. "
        "Démarche : adhésion au pôle, puis entretien avec un chargé d'affaires qui définit le "
        "programme d'accompagnement.",
        needs="etre-accompagne investisseurs",
        stages="amorcage developpement",
        sectors="numerique",
        audiences="createur pme",
        eligibility="Réservé aux start-up et jeunes PME du numérique adhérentes du pôle.",
        contact_name="Chargé·e d'affaires start-up",
    ),
    offer(
        "pole-scs",
        "pavillons-salons-numerique",
        "Pavillons collectifs sur les salons internationaux du numérique",
        "Exposez à moindre coût sur les grands salons mondiaux de l'électronique et de la cybersécurité.",
        "Le pôle SCS réserve des espaces collectifs sur les salons internationaux de l'électronique "
        "embarquée, de l'internet des objets, des télécoms et de la cybersécurité, et y accueille ses "
        "membres, start-up, PME et ETI. Exposer sur le pavillon coûte moins cher qu'un stand individuel "
        "et la logistique est prise en charge par le pôle. Les entreprises bénéficient de la préparation "
        "des rendez-vous d'affaires avec des clients, distributeurs et partenaires étrangers, et de la "
        "visibilité collective du pavillon. Le coût dépend du salon et de la surface ; des aides "
        "régionales à l'export peuvent être sollicitées sur dossier. Les adhérents s'inscrivent auprès du "
        "pôle à l'ouverture de chaque pavillon.",
        needs="international",
        stages="developpement croissance",
        sectors="numerique",
        audiences="createur pme eti-grand-groupe",
        cost="payant",
        eligibility="Réservé aux entreprises adhérentes du pôle.",
        contact_name="Chargé·e de mission international",
    ),
    offer(
        "pole-scs",
        "booster-intelligence-artificielle",
        "Booster intelligence artificielle",
        "Un programme court pour intégrer l'intelligence artificielle dans le produit ou les services d'une "
        "PME.",
        "Programme en préparation pour les PME et start-up qui veulent intégrer l'intelligence "
        "artificielle dans leur produit ou leurs services : apprentissage automatique, vision par "
        "ordinateur, traitement du langage, IA embarquée. Il prévoit un diagnostic du projet et des "
        "données disponibles, l'accès à des experts de l'IA et la mise en relation avec les laboratoires "
        "du territoire en informatique et mathématiques appliquées pour accélérer une preuve de concept. "
        "La durée, le nombre d'entreprises accompagnées et les conditions de participation seront "
        "précisés à l'ouverture du programme ; les entreprises intéressées peuvent se signaler auprès du "
        "pôle.",
        needs="etre-accompagne recherche",
        stages="amorcage developpement",
        sectors="numerique",
        audiences="createur pme",
        eligibility="Pour les start-up et PME qui veulent intégrer l'IA dans leur offre.",
        contact_name="Chargé·e de mission intelligence artificielle",
        status="draft",
    ),
    offer(
        "optitec",
        "accompagnement-photonique",
        "Accompagnement des entreprises de la photonique",
        "Stratégie, partenaires, financements : le pôle accompagne la filière optique et imagerie.",
        "Optitec, pôle de compétitivité de la photonique et de l'imagerie installé à Château-Gombert, "
        "accompagne les start-up, PME, grands groupes et laboratoires de la filière : lasers, capteurs "
        "et vision industrielle, imagerie médicale, optique pour le spatial et l'astronomie, "
        "instrumentation. Selon le besoin : conseil en stratégie et en financement, mise en relation avec "
        "les laboratoires (Institut Fresnel, Laboratoire d'Astrophysique de Marseille) et les "
        "industriels, montage de projets collaboratifs, accès à la plateforme d'optique adaptative PEMOA "
        "qu'il anime, et orientation vers l'hôtel d'entreprises Technoptic pour s'implanter. Le pôle "
        "accompagne aussi ses membres sur les salons et marchés internationaux. Démarche : rendez-vous "
        "avec un chargé de mission ; l'accompagnement suivi s'adresse aux adhérents.",
        needs="partenaires etre-accompagne",
        stages="creation..croissance",
        sectors="optique-photonique",
        audiences="createur pme eti-grand-groupe chercheur",
        eligibility="Pour les entreprises et laboratoires de l'optique-photonique ; accompagnement suivi "
        "pour les adhérents du pôle.",
        contact_name="Chargé·e de mission filière photonique",
    ),
    offer(
        "safe-cluster",
        "essais-drones-securite",
        "Tester vos drones et systèmes de sécurité",
        "Accès à des terrains et partenaires pour tester drones, capteurs et solutions de gestion de crise.",
        "Safe Cluster, pôle de compétitivité de la sécurité, de la défense et de l'aéronautique, met en "
        "relation ses membres (start-up, PME, grands groupes) avec des sites d'essais et des utilisateurs "
        "finaux (sécurité civile, pompiers, gestionnaires d'infrastructures, ports, collectivités) pour "
        "expérimenter en conditions opérationnelles : drones, capteurs, robots, détection, "
        "communications de crise, lutte contre les feux de forêt, protection des sites sensibles. Le pôle "
        "aide à définir le scénario d'essai, à identifier le terrain et le partenaire utilisateur et à "
        "préparer les autorisations (vol de drones, accès aux sites). L'essai est encadré par une "
        "convention entre l'entreprise et l'hôte ; ses conditions dépendent du site. Démarche : présenter "
        "le produit et le besoin d'essai au chargé de mission du pôle.",
        needs="prototyper partenaires",
        stages="maturation..developpement",
        technopoles="arbois chateau-gombert",
        sectors="aeronautique-spatial",
        audiences="createur pme eti-grand-groupe",
        eligibility="Pour les entreprises membres du pôle qui développent une solution de sécurité, de "
        "défense ou de drone.",
        contact_name="Chargé·e de mission expérimentations",
    ),
    offer(
        "eurobiomed",
        "acces-marche-sante",
        "Accompagnement réglementaire et accès au marché en santé",
        "Marquage CE, remboursement, essais cliniques : un accompagnement pour les medtech et biotech.",
        "Eurobiomed, pôle de compétitivité de la santé du Sud de la France, accompagne ses start-up et "
        "PME membres (dispositif médical, diagnostic in vitro, biotech, médicament, e-santé, IA en "
        "santé) sur les étapes clés de l'accès au marché : stratégie réglementaire et marquage CE selon "
        "les règlements européens sur les dispositifs médicaux, choix de l'organisme notifié, évaluation "
        "et investigation clinique avec les hôpitaux (dont l'AP-HM), stratégie de remboursement et "
        "dossiers auprès de la HAS, premiers contrats avec les établissements de santé et les acheteurs "
        "hospitaliers. Selon le besoin : ateliers collectifs, diagnostic individuel et orientation vers "
        "des experts et consultants spécialisés. Démarche : rendez-vous avec un chargé d'affaires du "
        "pôle ; l'accompagnement s'adresse aux adhérents.",
        needs="etre-accompagne partenaires",
        stages="amorcage..croissance",
        sectors="sante-biotech",
        audiences="createur pme",
        eligibility="Réservé aux start-up et PME de la santé adhérentes du pôle.",
        contact_name="Chargé·e d'affaires accès au marché",
    ),
    event(
        "eurobiomed",
        "rencontres-investisseurs-sante",
        "Rencontres investisseurs santé",
        "Pitchez devant des fonds spécialisés en santé et des investisseurs industriels.",
        "Eurobiomed organise des rencontres entre les start-up de la santé (biotech, medtech, dispositif "
        "médical, diagnostic, e-santé) et des fonds d'investissement spécialisés en sciences de la vie, "
        "des business angels et des industriels de la santé. Les start-up retenues suivent d'abord une "
        "préparation collective : pitch, dossier investisseur, stratégie de financement, attentes des "
        "fonds sur les données précliniques et cliniques, la propriété intellectuelle et le plan "
        "réglementaire. Elles pitchent ensuite devant les investisseurs, puis les rendez-vous individuels "
        "permettent d'engager une levée de fonds ou un partenariat industriel. Démarche : candidature "
        "lors de l'appel de chaque édition, sélection selon la maturité du projet et le montant "
        "recherché.",
        needs="investisseurs",
        stages="amorcage developpement",
        sectors="sante-biotech",
        audiences="createur pme",
        eligibility="Pour les start-up et PME de la santé préparant une levée de fonds ; sélection sur "
        "candidature.",
        contact_name="Chargé·e de mission financement",
    ),
    offer(
        "innov-alliance",
        "projets-collaboratifs-ingredients-naturels",
        "Projets collaboratifs sur les ingrédients naturels",
        "Trouvez des partenaires industriels et académiques pour vos innovations en cosmétique et arômes.",
        "Innov'Alliance, pôle de compétitivité des ingrédients naturels, aide ses membres (start-up, PME, "
        "grands groupes de la cosmétique, des parfums, des arômes, de l'agroalimentaire et des "
        "compléments alimentaires, ainsi que laboratoires de recherche) à construire des projets "
        "collaboratifs : sourcing et culture des plantes à parfum, aromatiques et médicinales, "
        "extraction et chimie verte, biotechnologies, formulation, évaluation de l'efficacité et de la "
        "sécurité des ingrédients, emballages durables. Le pôle met en relation avec les laboratoires et "
        "les industriels de la filière, aide à monter le consortium et le dossier et oriente vers les "
        "financements (Bpifrance, Région Sud, France 2030, programmes européens). Démarche : rendez-vous "
        "avec un chargé de mission ; l'accompagnement s'adresse aux adhérents.",
        needs="partenaires recherche",
        stages="maturation..developpement",
        sectors="sante-biotech environnement-cleantech",
        audiences="createur pme eti-grand-groupe chercheur",
        eligibility="Pour les entreprises et laboratoires des ingrédients naturels ; accompagnement "
        "réservé aux adhérents du pôle.",
        contact_name="Chargé·e de mission projets collaboratifs",
    ),
    event(
        "marseille-immunology-biocluster",
        "journee-partenariale-immunologie",
        "Journée partenariale de l'immunologie",
        "Chercheurs, cliniciens et industriels de l'immunologie se rencontrent à Luminy.",
        "Le Marseille Immunology Biocluster réunit chaque année à Luminy les chercheurs et doctorants "
        "des laboratoires (dont le CIML et le CIPHE), les cliniciens de l'AP-HM et les entreprises de "
        "l'immunologie, des start-up aux grands groupes pharmaceutiques. La journée présente les "
        "avancées des équipes et des entreprises : immuno-oncologie, anticorps, vaccins, maladies "
        "inflammatoires et auto-immunes, thérapies cellulaires, modèles précliniques. Des rendez-vous "
        "d'affaires permettent d'initier des collaborations de recherche, des contrats de prestation, "
        "des licences ou des projets de création de start-up. Démarche : inscription auprès du "
        "biocluster ; les équipes et entreprises qui veulent présenter leurs travaux ou proposer un "
        "rendez-vous se signalent à l'avance.",
        needs="partenaires recherche",
        stages="maturation..croissance",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="chercheur createur pme eti-grand-groupe",
        eligibility="Pour les chercheurs, cliniciens et entreprises de l'immunologie.",
        contact_name="Chargé·e de mission partenariats",
    ),
]
