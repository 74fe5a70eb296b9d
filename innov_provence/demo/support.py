"""Support offers (accompagnement) and events of the public bodies, the research bodies and the CISAM."""

from innov_provence.demo.rows import event, offer

SUPPORT = [
    # Métropole and public bodies
    event(
        "metropole-aix-marseille-provence",
        "rencontres-club-innov-provence",
        "Rencontres du Club Innov Provence",
        "Les rendez-vous trimestriels des structures d'accompagnement et des entreprises innovantes de la "
        "Métropole.",
        "Le Club Innov Provence, animé par la Métropole, réunit les incubateurs (Impulse, Belle de Mai, "
        "ZINC), les pépinières et technopôles (Marseille Innovation, Grand Luminy, Arbois-Méditerranée), "
        "les accélérateurs de la CISAM, les pôles de compétitivité, les financeurs (Bpifrance, banques du "
        "groupe « Banques Innov », réseaux de prêt d'honneur) et les laboratoires. Chaque trimestre, une "
        "rencontre ouverte aux créateurs d'entreprise, aux start-up et aux PME innovantes permet de "
        "présenter son projet en quelques minutes, de découvrir les offres de chacun (incubation, "
        "hébergement, financement, accès à la recherche, recrutement, international) et d'obtenir des "
        "rendez-vous directs avec les structures. La participation est gratuite, sur inscription ; le lieu "
        "change d'un site à l'autre du territoire. Après la rencontre, les structures se coordonnent pour "
        "proposer au porteur un parcours d'accompagnement « sans couture ».",
        needs="partenaires etre-accompagne",
        stages="creation..croissance",
        audiences="createur pme",
        eligibility=(
            "Ouvert aux créateurs d'entreprise, aux start-up et aux PME innovantes de la Métropole ; "
            "inscription préalable."
        ),
        contact_name="Animateur·rice du Club Innov Provence",
    ),
    offer(
        "metropole-aix-marseille-provence",
        "premier-rendez-vous-orientation",
        "Premier rendez-vous d'orientation innovation",
        "Un entretien avec un chargé de mission de la Métropole pour identifier les bons interlocuteurs de "
        "votre projet.",
        "Vous ne savez pas par où commencer ? Un chargé de mission du service innovation de la Métropole "
        "vous reçoit gratuitement, sur place ou en visioconférence, quel que soit l'avancement de votre "
        "projet. L'entretien fait le point sur votre besoin (incubation, prêt d'honneur, subvention, levée "
        "de fonds, locaux, laboratoire, plateforme technologique, brevet, recrutement) et vous oriente "
        "vers les structures adaptées : Impulse pour un projet issu de la recherche publique, PEPITE "
        "Provence pour un étudiant, Marseille Innovation ou l'incubateur Belle de Mai pour une jeune "
        "entreprise, Initiative ou Réseau Entreprendre pour un prêt d'honneur, Bpifrance pour l'aide à "
        "l'innovation, Provence Promotion pour une implantation. Le chargé de mission transmet ensuite "
        "votre demande aux structures retenues, qui vous recontactent directement. La demande se fait par "
        "le formulaire de contact du portail.",
        needs="etre-accompagne financer locaux",
        stages="idee..developpement",
        eligibility="Ouvert à tous les porteurs de projet et à toutes les entreprises du territoire.",
        contact_name="Camille Martin",
    ),
    offer(
        "metropole-aix-marseille-provence",
        "territoire-experimentation-metropole",
        "Territoire d'expérimentation : tester votre solution sur le terrain",
        "Expérimentez votre innovation urbaine sur des équipements et services de la Métropole.",
        "Mobilité, logistique urbaine, propreté et collecte des déchets, eau, énergie et rénovation des "
        "bâtiments, espaces publics : la Métropole ouvre certains de ses équipements et services à "
        "l'expérimentation de solutions innovantes (capteurs et objets connectés, IA et analyse de "
        "données, véhicules, matériaux, services numériques). Les sujets sont publiés dans des appels à "
        "manifestation d'intérêt ; les services concernés sélectionnent les projets, puis une convention "
        "fixe le périmètre, la durée (de 3 à 12 mois), les données partagées et les indicateurs de "
        "réussite. L'expérimentation fait l'objet d'une évaluation partagée avec les équipes de terrain ; "
        "les conditions matérielles et financières sont précisées dans chaque appel. Une expérimentation "
        "réussie ne vaut pas commande, mais elle apporte une référence et des résultats utiles pour "
        "répondre ensuite aux marchés publics.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="euromediterranee chateau-gombert arbois",
        sectors="mobilite-logistique environnement-cleantech energie numerique",
        audiences="createur pme eti-grand-groupe",
        eligibility=(
            "Start-up, PME et grandes entreprises immatriculées disposant d'un prototype fonctionnel."
        ),
        contact_name="Chargé·e de mission expérimentation",
    ),
    offer(
        "metropole-aix-marseille-provence",
        "plateforme-experimentation-mobilites",
        "Plateforme d'expérimentation des mobilités",
        "Un futur site d'essai pour les véhicules autonomes et les services de mobilité partagée.",
        "La Métropole prépare un site d'essai pour les véhicules autonomes et connectés, les navettes, les "
        "robots et solutions de logistique urbaine du dernier kilomètre, la recharge électrique et les "
        "services de mobilité partagée. Il est destiné aux start-up, aux PME et aux industriels qui "
        "doivent tester un prototype en conditions proches du réel avant un déploiement sur voirie "
        "ouverte. Le projet, envisagé sur le technopôle de Château-Gombert près de ses écoles d'ingénieurs "
        "et laboratoires, doit associer un terrain d'essai, de la connectivité et la mise à disposition de "
        "données. Les modalités d'accès, le calendrier et les tarifs sont en cours de définition : les "
        "entreprises intéressées peuvent dès maintenant se signaler au service innovation de la Métropole "
        "pour être informées de l'ouverture et faire connaître leurs besoins d'essai.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="chateau-gombert",
        sectors="mobilite-logistique",
        audiences="createur pme eti-grand-groupe",
        eligibility=(
            "Entreprises ayant un prototype de véhicule ou de service de mobilité à tester ; modalités en "
            "cours de définition."
        ),
        contact_name="Chargé·e de mission mobilités innovantes",
        status="draft",
    ),
    offer(
        "region-sud",
        "team-france-export-sud",
        "Team France Export Sud : prospection internationale",
        "Un conseiller export vous aide à cibler vos marchés, préparer vos salons et rencontrer des "
        "acheteurs étrangers.",
        "Team France Export Sud réunit la Région, les CCI, Business France et Bpifrance dans un guichet "
        "unique de l'export. Un conseiller international spécialiste de votre filière (santé, numérique, "
        "industrie, énergie, agroalimentaire, cosmétique…) réalise un diagnostic de votre potentiel "
        "export, vous aide à choisir vos marchés cibles et établit avec vous un plan de prospection. Il "
        "vous propose ensuite des pavillons régionaux sur les salons internationaux, des missions "
        "collectives de rencontres d'acheteurs et de partenaires à l'étranger, des études de marché et "
        "l'appui du réseau de Business France dans les pays. Il peut aussi mobiliser les outils financiers "
        "de l'export, comme l'assurance prospection de Bpifrance, et le recrutement d'un volontaire "
        "international en entreprise (V.I.E). Le diagnostic est gratuit ; les prestations sont payantes et "
        "en partie prises en charge selon les programmes régionaux.",
        needs="international",
        stages="developpement croissance",
        audiences="pme eti-grand-groupe createur",
        cost="sur_devis",
        cost_details="Diagnostic gratuit ; prestations de prospection en partie prises en charge.",
        eligibility=(
            "Start-up, PME et ETI installées en région Sud, avec un produit ou un service déjà commercialisé."
        ),
        contact_name="Conseiller·ère international·e",
    ),
    offer(
        "region-sud",
        "operations-interet-regional",
        "Opérations d'intérêt régional : rejoindre une filière",
        "Les OIR mettent en relation les entreprises avec les grands donneurs d'ordre de leur filière.",
        "La Région structure ses filières d'excellence en opérations d'intérêt régional (OIR) : santé et "
        "thérapies innovantes, industries du futur, économie de la mer, énergies de demain, tourisme, "
        "industries culturelles et créatives, entre autres. Chaque OIR est animée avec les pôles de "
        "compétitivité et les clusters de la filière. Une entreprise innovante peut y faire reconnaître "
        "son projet (usine, démonstrateur, plateforme, lancement d'un produit), ce qui lui donne de la "
        "visibilité auprès des financeurs régionaux et facilite l'accès aux dispositifs de la Région. "
        "L'OIR organise aussi des rencontres d'affaires avec les grands donneurs d'ordre, des "
        "présentations aux investisseurs et des délégations sur des salons. Pour rejoindre une OIR, prenez "
        "contact avec l'animateur de la filière ou avec le service économique de la Région, qui examine le "
        "projet sur dossier.",
        needs="partenaires investisseurs",
        stages="developpement croissance",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up, PME et ETI de la région dont le projet relève de l'une des filières OIR.",
        contact_name="Chargé·e de mission filières",
        review="old",
    ),
    offer(
        "bpifrance",
        "accelerateurs-bpifrance",
        "Accélérateurs Bpifrance pour PME et ETI",
        "Un programme de 12 à 24 mois mêlant conseil, formation des dirigeants et mise en réseau.",
        "Les accélérateurs Bpifrance accompagnent pendant 12 à 24 mois une promotion de dirigeants de PME "
        "et d'ETI qui veulent changer d'échelle. Le programme commence par un diagnostic de l'entreprise, "
        "puis mêle des missions de conseil réalisées par des consultants sélectionnés (stratégie, "
        "international, organisation, transformation numérique, croissance externe), des séminaires de "
        "formation des dirigeants conçus avec des écoles de management et des rencontres entre pairs de la "
        "promotion. Certaines promotions sont thématiques ou sectorielles et co-construites avec la Région "
        "et les filières (industrie, santé, tourisme, agroalimentaire). Les dirigeants intéressés se font "
        "connaître auprès de leur chargé d'affaires Bpifrance à Marseille ; la candidature est examinée "
        "sur dossier et entretien. La participation est payante, en partie prise en charge par les "
        "partenaires régionaux.",
        needs="etre-accompagne international",
        stages="developpement croissance",
        audiences="pme eti-grand-groupe",
        cost="payant",
        cost_details="Participation en partie prise en charge par les partenaires régionaux.",
        eligibility="Réservé aux dirigeants de PME et d'ETI d'au moins 5 M€ de chiffre d'affaires.",
        contact_name="Chargé·e d'affaires Bpifrance",
    ),
    offer(
        "provence-promotion",
        "implantation-en-provence",
        "Accompagnement à l'implantation en Provence",
        "Locaux, recrutement, partenaires : un accompagnement sur mesure pour s'installer dans la Métropole.",
        "Provence Promotion, l'agence d'attractivité de la Métropole et du Département des "
        "Bouches-du-Rhône, accompagne gratuitement et en toute confidentialité les entreprises françaises "
        "et étrangères qui s'implantent en Provence ou y étendent leur activité : siège, centre de R&D, "
        "site industriel, entrepôt logistique ou bureau commercial. L'équipe fournit les données "
        "économiques du territoire, recherche bureaux, locaux d'activité ou terrains et organise les "
        "visites de sites, puis met l'entreprise en relation avec les technopôles, les pôles de "
        "compétitivité, les laboratoires, les acteurs de l'emploi et les partenaires locaux. Elle "
        "identifie les aides publiques mobilisables (Région, État, Bpifrance) et facilite l'installation "
        "des salariés et de leurs familles. Premier contact par le formulaire du site de Provence "
        "Promotion ; un chargé d'affaires suit ensuite le projet jusqu'à l'installation.",
        needs="locaux partenaires international",
        stages="developpement croissance",
        audiences="entreprise-etrangere pme eti-grand-groupe",
        eligibility=(
            "Réservé aux entreprises étrangères et aux entreprises françaises venant d'une autre région, "
            "avec un projet d'implantation ou d'extension en Provence."
        ),
        contact_name="Nicolas Durand",
    ),
    offer(
        "provence-promotion",
        "soft-landing-start-up-etrangeres",
        "Soft landing pour start-up étrangères",
        "Un programme d'atterrissage pour les start-up internationales qui testent le marché français.",
        "Ce programme s'adresse aux start-up étrangères qui veulent tester le marché français et européen "
        "depuis Marseille avant d'y créer une filiale. Pendant trois à six mois, elles disposent d'un "
        "poste de travail dans une structure partenaire (incubateur, accélérateur ou pépinière de la "
        "Métropole) et d'un accompagnement administratif : création de la société, ouverture d'un compte, "
        "démarches de séjour (French Tech Visa, passeport talent), premiers recrutements. Provence "
        "Promotion leur organise des rendez-vous qualifiés avec des clients, des industriels, des "
        "laboratoires et des investisseurs de leur secteur et les introduit dans la communauté "
        "Aix-Marseille French Tech. Les candidatures sont examinées au fil de l'eau : la start-up présente "
        "son produit, ses premiers clients et ses objectifs en France. À l'issue du programme, l'équipe "
        "l'aide à choisir ses locaux et à préparer une implantation durable.",
        needs="international etre-accompagne",
        stages="amorcage developpement",
        audiences="entreprise-etrangere",
        eligibility=(
            "Réservé aux start-up étrangères disposant d'un produit et de premiers clients dans leur pays."
        ),
        contact_name="Chargé·e d'affaires internationales",
    ),
    # Research and technology transfer
    offer(
        "satt-sud-est",
        "detection-evaluation-inventions",
        "Détection et évaluation des inventions",
        "Faites évaluer le potentiel d'un résultat de recherche : marché, brevetabilité, voies de transfert.",
        "Les chargés d'affaires de la SATT Sud-Est rencontrent les chercheurs, doctorants et ingénieurs "
        "des laboratoires publics (universités, CNRS, Inserm, IRD…) qui pensent tenir une invention : "
        "molécule, anticorps, dispositif médical, procédé, matériau, capteur, logiciel, algorithme d'IA. "
        "Après une déclaration d'invention, la SATT analyse l'état de l'art et la brevetabilité, la "
        "liberté d'exploitation et le potentiel de marché, puis propose une stratégie de protection "
        "(brevet, logiciel, savoir-faire) et de transfert : licence à une entreprise, programme de "
        "maturation financé par la SATT pour construire une preuve de concept ou un prototype, ou création "
        "d'une start-up en lien avec l'incubateur Impulse. Les frais de protection et de maturation sont "
        "pris en charge par la SATT selon le projet. Premier contact par le service de valorisation du "
        "laboratoire ou directement auprès de la SATT.",
        needs="propriete-intellectuelle recherche",
        stages="idee maturation",
        audiences="chercheur",
        eligibility=(
            "Réservé aux chercheurs, doctorants et ingénieurs des laboratoires publics du Sud-Est, pour "
            "des résultats issus de ces laboratoires."
        ),
        contact_name="Chargé·e d'affaires transfert de technologies",
    ),
    offer(
        "satt-sud-est",
        "licence-technologies-start-up",
        "Licences de technologies pour start-up",
        "Accédez sous licence aux technologies maturées par la SATT pour créer ou développer votre "
        "entreprise.",
        "La SATT Sud-Est gère un portefeuille de technologies issues des laboratoires publics du Sud-Est, "
        "souvent maturées par elle : brevets, logiciels et savoir-faire en santé (médicament, diagnostic, "
        "dispositif médical), biotech, chimie et matériaux, énergie, environnement, optique et numérique. "
        "Elle les concède sous licence, exclusive ou non, aux PME, aux grandes entreprises et aux "
        "start-up, y compris aux chercheurs qui créent leur entreprise autour de leurs travaux. Pour les "
        "jeunes entreprises, les conditions sont adaptées : paiements différés, redevances indexées sur le "
        "chiffre d'affaires, prise de participation au capital. Le parcours : premier échange avec un "
        "chargé d'affaires, accord de confidentialité, présentation de la technologie et rencontre de "
        "l'équipe de recherche, puis négociation de la licence et, si besoin, d'une collaboration pour "
        "poursuivre le développement.",
        needs="propriete-intellectuelle partenaires",
        stages="maturation creation amorcage",
        audiences="createur pme eti-grand-groupe chercheur",
        cost="sur_devis",
        contact_name="Chargé·e d'affaires licences",
    ),
    offer(
        "aix-marseille-universite",
        "pepite-provence-etudiant-entrepreneur",
        "PEPITE Provence : statut national d'étudiant-entrepreneur",
        "Étudiants et jeunes diplômés : développez votre projet d'entreprise pendant vos études.",
        "Le pôle PEPITE Provence d'Aix-Marseille Université accompagne les étudiants et jeunes diplômés "
        "d'AMU et des établissements partenaires qui veulent créer une entreprise ou une association, dans "
        "tous les domaines. Il accorde le statut national d'étudiant-entrepreneur, qui permet d'aménager "
        "son emploi du temps, de remplacer son stage par son projet et de faire reconnaître ce projet dans "
        "son cursus. Les jeunes diplômés peuvent s'inscrire au diplôme d'étudiant-entrepreneur (D2E) pour "
        "conserver le statut étudiant pendant la création. Chaque étudiant-entrepreneur est suivi par un "
        "enseignant tuteur et un référent externe et accède à des ateliers (modèle économique, étude de "
        "marché, financement, statut juridique), à un espace de coworking et au réseau des incubateurs du "
        "territoire. La candidature se fait en ligne sur la plateforme nationale du statut ; un comité "
        "l'examine plusieurs fois par an.",
        needs="etre-accompagne",
        stages="idee maturation creation",
        audiences="etudiant",
        eligibility="Réservé aux étudiants et aux jeunes diplômés de moins de 28 ans.",
        contact_name="Chargé·e de mission PEPITE",
    ),
    offer(
        "aix-marseille-universite",
        "recherche-partenariale-amu",
        "Recherche partenariale avec les laboratoires d'AMU",
        "Contrats de collaboration, prestations et chaires industrielles avec les 110 laboratoires d'AMU.",
        "La direction de l'innovation et du transfert d'Aix-Marseille Université est la porte d'entrée des "
        "entreprises vers ses quelque 110 laboratoires et sa cinquantaine de plateformes technologiques "
        "labellisées, dans tous les domaines : santé et biotech, chimie, matériaux, mécanique, énergie, "
        "optique, numérique et IA, environnement, sciences humaines. Elle identifie les équipes "
        "compétentes et organise les premières rencontres, puis négocie les contrats : prestation de "
        "recherche ou d'analyse, collaboration de recherche avec partage des résultats et de la propriété "
        "intellectuelle, thèse CIFRE, chaire industrielle, laboratoire commun. Elle aide aussi à monter "
        "des projets financés (ANR, programmes européens, Région, Bpifrance). Start-up, PME et grands "
        "groupes sont accueillis ; le coût dépend du contrat (devis pour une prestation, budget partagé "
        "pour une collaboration).",
        needs="recherche partenaires",
        stages="amorcage..croissance",
        audiences="createur pme eti-grand-groupe",
        cost="sur_devis",
        contact_name="Chargé·e d'affaires partenariats entreprises",
    ),
    offer(
        "cnrs-provence-corse",
        "laboratoires-communs-cnrs",
        "Laboratoires communs avec le CNRS",
        "Créez une équipe de recherche commune avec un laboratoire CNRS pour plusieurs années.",
        "Le laboratoire commun associe une entreprise et une unité de recherche CNRS de la région (chimie, "
        "physique, matériaux, optique, biologie, environnement, informatique…) pendant plusieurs années "
        "autour d'une feuille de route scientifique partagée. Il mutualise chercheurs, ingénieurs, "
        "doctorants et équipements, et il est régi par un contrat qui fixe la gouvernance, le financement "
        "et le partage de la propriété intellectuelle. La délégation régionale Provence et Corse aide à "
        "identifier le laboratoire, construit le montage juridique et financier et suit le contrat. Une "
        "PME ou une ETI peut s'appuyer sur le programme LabCom de l'ANR, qui finance la part du "
        "laboratoire public dans la création d'un laboratoire commun ; les grands groupes le financent en "
        "général sur leurs propres moyens. Premier contact auprès de la délégation, avec une description "
        "du sujet et des moyens envisagés.",
        needs="recherche partenaires",
        stages="developpement croissance",
        audiences="pme eti-grand-groupe",
        cost="sur_devis",
        eligibility=(
            "Réservé aux entreprises établies (PME, ETI, grands groupes) prêtes à s'engager sur plusieurs "
            "années avec une équipe CNRS."
        ),
        contact_name="Chargé·e de partenariats industriels",
    ),
    offer(
        "cnrs-provence-corse",
        "programme-rise-cnrs",
        "Programme RISE : créer sa start-up issue d'un laboratoire CNRS",
        "Un accompagnement des chercheurs-entrepreneurs, de la preuve de concept à la création.",
        "Le programme RISE de CNRS Innovation s'adresse aux chercheurs, ingénieurs et doctorants des "
        "laboratoires CNRS qui envisagent de créer une start-up deeptech à partir de leurs travaux : "
        "biotech, santé, chimie, matériaux, énergie, photonique, numérique, IA. Sur environ douze mois, il "
        "propose une formation à l'entrepreneuriat, un coaching individuel sur le modèle économique et la "
        "constitution de l'équipe, des conseils sur la propriété intellectuelle et la licence, et l'accès "
        "au réseau d'investisseurs et d'industriels de CNRS Innovation. En Provence, le parcours "
        "s'articule avec la SATT Sud-Est pour la maturation et le transfert, et avec l'incubateur Impulse "
        "pour l'incubation et les financements d'amorçage (Bourse French Tech, concours i-Lab). La "
        "candidature est déposée par le porteur avec l'accord de son directeur d'unité et sélectionnée sur "
        "dossier et audition.",
        needs="etre-accompagne propriete-intellectuelle",
        stages="maturation creation",
        audiences="chercheur",
        eligibility=(
            "Réservé aux chercheurs, ingénieurs et doctorants des unités CNRS, avec un résultat de "
            "recherche à transférer."
        ),
        contact_name="Chargé·e de la création de start-up",
        review="never",
    ),
    offer(
        "inserm-paca-corse",
        "valorisation-inserm-transfert",
        "Valorisation et licences avec Inserm Transfert",
        "Protéger, licencier et transférer les innovations biomédicales issues des laboratoires Inserm.",
        "Filiale de l'Inserm, Inserm Transfert valorise les résultats des laboratoires Inserm, nombreux à "
        "Marseille (Luminy, Timone, hôpital Nord) en immunologie, cancérologie, neurosciences, maladies "
        "infectieuses et génétique. Elle accompagne les chercheurs dans la déclaration d'invention et le "
        "dépôt de brevets, finance des programmes de maturation vers une preuve de concept, et négocie les "
        "licences et les contrats de collaboration de recherche avec les entreprises : biotech, pharmacie, "
        "diagnostic, dispositif médical, e-santé. Les start-up issues des laboratoires ou partenaires "
        "peuvent accéder sous licence à des anticorps, molécules, cibles thérapeutiques, modèles et "
        "logiciels. Pour les chercheurs, le point d'entrée est le service de valorisation de la délégation "
        "régionale ; les entreprises peuvent contacter directement Inserm Transfert avec leur besoin "
        "technologique.",
        needs="propriete-intellectuelle recherche",
        stages="maturation creation",
        sectors="sante-biotech",
        audiences="chercheur createur pme eti-grand-groupe",
        contact_name="Chargé·e de valorisation",
    ),
    offer(
        "ap-hm",
        "evaluation-clinique-ap-hm",
        "Évaluer un dispositif médical en conditions réelles à l'AP-HM",
        "Testez votre dispositif ou votre solution numérique de santé avec les équipes soignantes.",
        "La direction de la recherche et de l'innovation de l'AP-HM, troisième CHU de France, met en "
        "relation les entreprises de la santé avec ses services cliniques et ses équipes soignantes pour "
        "évaluer un dispositif médical, un logiciel ou une solution numérique de santé, y compris "
        "d'intelligence artificielle. Selon le stade du produit, elle propose des tests d'usage avec les "
        "soignants et les patients, des investigations cliniques menées avec ses équipes de recherche "
        "clinique dans le respect du règlement européen sur les dispositifs médicaux (avis d'un comité de "
        "protection des personnes, autorisation de l'ANSM), et des évaluations médico-économiques utiles "
        "au remboursement. Après une première présentation, l'équipe qualifie le projet, identifie le "
        "service partenaire et établit une convention, avec un budget sur devis.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="luminy euromediterranee",
        sectors="sante-biotech",
        audiences="createur pme eti-grand-groupe",
        cost="sur_devis",
        eligibility="Entreprises de la santé disposant d'un prototype avancé ou d'un produit marqué CE.",
        contact_name="Chargé·e de l'innovation, direction de la recherche",
    ),
    offer(
        "ap-hm",
        "entrepot-donnees-sante-ap-hm",
        "Projets sur l'entrepôt de données de santé de l'AP-HM",
        "Conduire un projet de recherche sur les données de santé hospitalières, dans un cadre sécurisé.",
        "L'entrepôt de données de santé de l'AP-HM rassemble des données issues des soins (dossiers "
        "patients, biologie, imagerie, séjours) pour la recherche, l'innovation et le développement "
        "d'algorithmes, notamment d'intelligence artificielle. Chercheurs, start-up de la e-santé et "
        "industriels peuvent y conduire un projet après avis des instances scientifiques et éthiques de "
        "l'entrepôt, dans le cadre réglementaire fixé par la CNIL. Les données sont pseudonymisées et "
        "restent dans un espace de travail sécurisé : le projet est conduit dans cet environnement, sans "
        "extraction des données brutes. Les data scientists et les médecins de l'AP-HM aident à définir la "
        "question, à préparer les jeux de données et à interpréter les résultats. Le projet fait l'objet "
        "d'un contrat, avec une participation financière sur devis ; le délai d'instruction dépend de sa "
        "complexité.",
        needs="recherche partenaires",
        stages="maturation..developpement",
        sectors="sante-biotech numerique",
        audiences="chercheur createur pme eti-grand-groupe",
        cost="sur_devis",
        contact_name="Responsable de l'entrepôt de données de santé",
    ),
    offer(
        "ird",
        "partenariats-recherche-pays-du-sud",
        "Partenariats de recherche avec les pays du Sud",
        "Appuyez-vous sur le réseau de l'IRD pour développer un projet en Afrique, en Asie ou en Amérique "
        "latine.",
        "Présent dans une cinquantaine de pays d'Afrique, de Méditerranée, d'Asie, d'Amérique latine et "
        "dans les Outre-mer, et dont le siège est à Marseille, l'IRD ouvre aux entreprises ses équipes et "
        "ses partenaires scientifiques du Sud. Une start-up, une PME ou un groupe peut s'appuyer sur lui "
        "pour un projet de recherche appliquée ou de validation sur le terrain : santé et maladies "
        "infectieuses, diagnostic, eau, agriculture et alimentation, biodiversité, ressources marines, "
        "climat et risques naturels, télédétection. L'IRD apporte l'expertise de ses chercheurs, ses "
        "laboratoires mixtes internationaux et sa connaissance des contextes locaux, et aide à monter le "
        "partenariat : contrat de collaboration, co-financement par l'ANR, l'Europe ou l'Agence française "
        "de développement. Premier contact auprès du service de valorisation et des partenariats de l'IRD.",
        needs="recherche international",
        stages="developpement croissance",
        audiences="createur pme eti-grand-groupe",
        contact_name="Chargé·e de partenariats avec les entreprises",
    ),
    offer(
        "centrale-mediterranee",
        "projets-eleves-ingenieurs",
        "Confier un projet à des élèves ingénieurs",
        "Des équipes d'élèves de Centrale Méditerranée travaillent sur votre problématique technique.",
        "Chaque année, des équipes d'élèves ingénieurs de Centrale Méditerranée conduisent pour des "
        "start-up et des PME des projets de conception, de prototypage, de modélisation ou d'étude de "
        "faisabilité technique. Les sujets couvrent les domaines de l'école et de ses laboratoires du "
        "technopôle de Château-Gombert : mécanique et matériaux, énergie, procédés, optique-photonique, "
        "informatique, data et IA. Le projet se déroule sur l'année universitaire, en parallèle des cours, "
        "sous l'encadrement d'un enseignant-chercheur ; l'entreprise désigne un interlocuteur qui suit "
        "l'équipe et participe aux revues de projet. Les livrables (étude, code, maquette ou prototype) et "
        "les règles de confidentialité sont précisés dans une convention ; les éventuels frais de matériel "
        "sont discutés au cas par cas. Les sujets sont à proposer au service des relations entreprises "
        "avant la fin juin pour l'année suivante.",
        needs="prototyper recherche",
        stages="creation amorcage",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie energie optique-photonique",
        audiences="createur pme",
        eligibility=(
            "Start-up et PME ; sujet proposé avant la fin du mois de juin pour l'année universitaire "
            "suivante."
        ),
        contact_name="Responsable des relations entreprises",
    ),
    offer(
        "sciences-po-aix",
        "etudes-usages-sciences-po-aix",
        "Études d'usage et d'acceptabilité sociale",
        "Des étudiants et chercheurs en sciences sociales analysent les usages et l'acceptabilité de votre "
        "innovation.",
        "Dans le cadre de projets collectifs encadrés par leurs enseignants, les étudiants de master de "
        "Sciences Po Aix conduisent pour des entreprises, des start-up et des collectivités des études en "
        "sciences sociales : enquêtes par questionnaire, entretiens avec les usagers et les parties "
        "prenantes, analyse de la réglementation et des politiques publiques, comparaisons "
        "internationales. Ces études éclairent l'acceptabilité sociale et le déploiement d'une innovation "
        ": énergies renouvelables et hydrogène, mobilité, données de santé, numérique et IA, aménagement "
        "urbain, environnement. Le commanditaire présente sa question, suit l'équipe pendant plusieurs "
        "mois et reçoit un rapport et une restitution orale. Pour proposer un sujet, contactez l'institut "
        "de préférence avant la rentrée universitaire ; une convention précise le calendrier et la "
        "confidentialité.",
        needs="partenaires recherche",
        stages="maturation..amorcage",
        audiences="createur pme eti-grand-groupe",
        contact_name="Responsable des relations entreprises",
    ),
    offer(
        "inpi-paca",
        "prediagnostic-propriete-intellectuelle",
        "Prédiagnostic propriété intellectuelle",
        "Une demi-journée avec un expert de l'INPI pour faire le point sur vos actifs immatériels.",
        "Le prédiagnostic propriété intellectuelle de l'INPI s'adresse aux start-up et aux PME qui "
        "innovent sans stratégie de protection définie. Un ingénieur de la délégation régionale passe une "
        "demi-journée avec le dirigeant pour recenser ses actifs immatériels : inventions brevetables, "
        "marques, dessins et modèles, logiciels, bases de données, savoir-faire et secret des affaires. Il "
        "identifie les risques (antériorités, contrefaçon, liberté d'exploitation, droits sur les "
        "créations des salariés et prestataires) et remet un rapport avec un plan d'action : dépôts à "
        "envisager, surveillance de la concurrence, clauses de contrats, priorités budgétaires. Le "
        "prédiagnostic est pris en charge par l'INPI ; il peut être suivi d'un accompagnement plus "
        "approfondi ou d'une orientation vers un conseil en propriété industrielle. Demande sur le site de "
        "l'INPI ou auprès de la délégation Provence-Alpes-Côte d'Azur.",
        needs="propriete-intellectuelle",
        stages="creation..developpement",
        audiences="createur pme",
        eligibility="Réservé aux start-up et PME n'ayant pas bénéficié d'un prédiagnostic depuis trois ans.",
        contact_name="Ingénieur·e conseil INPI",
    ),
    offer(
        "inpi-paca",
        "master-class-propriete-intellectuelle",
        "Master class propriété intellectuelle",
        "Un accompagnement collectif et individuel pour bâtir une stratégie de propriété intellectuelle.",
        "La master class propriété intellectuelle de l'INPI accompagne pendant plusieurs mois une "
        "promotion de dirigeants de start-up et de PME innovantes. Elle alterne des ateliers collectifs "
        "animés par des experts (brevets, marques, logiciels, contrats de licence et de collaboration, "
        "valorisation de la propriété intellectuelle auprès des investisseurs et dans une levée de fonds) "
        "et un coaching individuel avec un expert qui aide chaque entreprise à bâtir et chiffrer sa "
        "stratégie de protection. Les participants repartent avec un plan d'action adapté à leur marché, à "
        "leurs produits et à leur calendrier de financement. La sélection se fait sur dossier à "
        "l'ouverture de chaque promotion ; la participation forfaitaire est en partie prise en charge par "
        "l'INPI et ses partenaires.",
        needs="propriete-intellectuelle investisseurs",
        stages="amorcage developpement",
        audiences="createur pme",
        cost="payant",
        cost_details="Participation forfaitaire, en partie prise en charge.",
        eligibility="Réservé aux dirigeants de start-up et de PME innovantes.",
        contact_name="Chargé·e d'affaires INPI",
    ),
    # CISAM and its accelerators
    offer(
        "cisam",
        "mise-en-relation-entreprises-laboratoires",
        "Mise en relation entreprises – laboratoires",
        "Vous n'avez jamais travaillé avec la recherche publique ? La CISAM vous présente les bonnes "
        "équipes.",
        "Vous n'avez jamais travaillé avec un laboratoire ? Les chargés d'affaires de la CISAM analysent "
        "votre besoin technique ou scientifique (caractérisation d'un matériau, analyse biologique, "
        "modélisation, algorithme d'IA, prototype, étude d'usage…) et vous mettent en relation avec les "
        "équipes et les plateformes technologiques d'Aix-Marseille Université et de ses partenaires de "
        "recherche. Ils organisent le premier rendez-vous, vous aident à formuler le sujet et vous "
        "orientent vers la bonne forme de collaboration : prestation, stage ou projet d'étudiants, thèse "
        "CIFRE, collaboration de recherche, projet financé par la Région ou l'ANR. En trois ans, 110 "
        "entreprises sans lien avec la recherche publique ont ainsi été accompagnées. Le service est "
        "gratuit pour les start-up, les PME et les grands groupes ; la collaboration qui en découle fait "
        "l'objet d'un contrat avec le laboratoire.",
        needs="recherche partenaires",
        stages="idee..developpement",
        audiences="createur pme eti-grand-groupe",
        contact_name="Julie Bernard",
    ),
    offer(
        "cisam",
        "antennes-thematiques-cisam-plus",
        "Antennes thématiques CISAM+ : fablabs et espaces connectés",
        "Sept antennes ouvertes aux étudiants, chercheurs et entrepreneurs pour prototyper et expérimenter.",
        "Portées par le projet CISAM+, lauréat du PIA4 (40 M€) avec Aix-Marseille Université et A*MIDEX, "
        "sept antennes thématiques accueillent étudiants, doctorants, chercheurs et jeunes entrepreneurs "
        "autour de trois thèmes : technologies pour la santé, industries culturelles et créatives, "
        "développement durable pour les économies verte et bleue. Elles proposent des fablabs (impression "
        "3D, découpe laser, électronique), des bureaux et des espaces connectés pour travailler en équipe, "
        "ainsi que des ateliers d'initiation au prototypage, au design et à l'entrepreneuriat. On peut y "
        "tester une idée, construire une première maquette ou un prototype et rencontrer les "
        "accompagnateurs de la CISAM et de PEPITE Provence. L'accès est gratuit, après inscription et, "
        "pour les machines, une formation à leur usage.",
        needs="prototyper etre-accompagne",
        stages="idee..creation",
        technopoles="euromediterranee belle-de-mai luminy",
        audiences="etudiant chercheur createur",
        eligibility=(
            "Ouvert aux étudiants, doctorants, chercheurs et créateurs d'entreprise ; inscription préalable."
        ),
        contact_name="Responsable des antennes CISAM+",
    ),
    event(
        "cisam",
        "rencontres-open-innovation-cisam",
        "Rencontres open innovation de la CISAM",
        "Start-up, grands groupes et chercheurs se rencontrent autour de défis d'innovation.",
        "Plusieurs fois par an, les partenaires fondateurs de la CISAM (CMA CGM, L'Occitane, Aix-Marseille "
        "Université, la Métropole) et d'autres grands comptes présentent des défis d'innovation concrets : "
        "logistique et transport maritime, décarbonation, cosmétique et ingrédients naturels, emballage "
        "durable, ville et services urbains, santé, données et IA. Les start-up, les PME et les équipes de "
        "recherche répondent à l'appel à solutions ; les candidats retenus pitchent devant les équipes "
        "métiers et rencontrent les décideurs en rendez-vous individuels. Les meilleures propositions "
        "peuvent déboucher sur une preuve de concept, un contrat, une collaboration de recherche ou une "
        "entrée dans les programmes ZeBox, Obratori ou Accélérateur M. Les défis et le calendrier sont "
        "publiés par la CISAM ; la participation est gratuite, sur candidature.",
        needs="partenaires investisseurs",
        stages="amorcage..croissance",
        technopoles="euromediterranee",
        audiences="createur pme chercheur",
        eligibility="Start-up, PME et équipes de recherche apportant une solution à l'un des défis publiés.",
        contact_name="Responsable open innovation",
    ),
    offer(
        "zebox",
        "programme-acceleration-zebox",
        "Programme d'accélération ZeBox",
        "Six mois d'accélération pour les start-up de la logistique, du transport et des technologies "
        "vertes.",
        "Fondé par CMA CGM, ZeBox accompagne pendant six mois des start-up dont la solution intéresse le "
        "transport maritime, la logistique, la supply chain, les ports, la mobilité et les technologies "
        "vertes : suivi des conteneurs, IoT, IA et optimisation, décarbonation et carburants alternatifs, "
        "digitalisation des opérations. Chaque start-up bénéficie d'un accompagnement personnalisé, de "
        "l'accès aux experts et aux équipes métiers de CMA CGM et de ses partenaires industriels, "
        "d'expérimentations sur des cas réels et du réseau international du groupe. Le programme se "
        "déroule à la CISAM, à Marseille, et accueille des start-up françaises et étrangères. La sélection "
        "se fait sur appel à candidatures, sur dossier puis pitch devant un jury d'experts ; les start-up "
        "accélérées peuvent ensuite conduire une preuve de concept avec une entité du groupe.",
        needs="etre-accompagne partenaires international",
        stages="amorcage developpement",
        sectors="mobilite-logistique environnement-cleantech mer-economie-bleue",
        audiences="createur entreprise-etrangere",
        eligibility=(
            "Réservé aux start-up, françaises ou étrangères, ayant un produit et de premiers clients."
        ),
        contact_name="Responsable du programme d'accélération",
    ),
    offer(
        "zebox",
        "preuve-de-concept-cma-cgm",
        "Preuve de concept avec les métiers de CMA CGM",
        "Déployez un pilote de votre solution sur un terminal, un navire ou un entrepôt du groupe.",
        "Les start-up accélérées par ZeBox peuvent déployer un pilote de leur solution avec une business "
        "unit de CMA CGM ou d'un partenaire industriel : terminal portuaire, navire, entrepôt ou "
        "plateforme logistique, y compris chez CEVA Logistics, filiale logistique du groupe. La preuve de "
        "concept porte sur un périmètre défini (un site, une ligne, un flux), pour une durée de quelques "
        "mois, avec des indicateurs de réussite fixés à l'avance : gains de temps, réduction des "
        "émissions, fiabilité des données, sécurité. Elle est rémunérée et encadrée par un contrat qui "
        "précise les données partagées et la propriété des résultats. Un sponsor métier et l'équipe de "
        "ZeBox suivent le pilote ; en cas de succès, il peut déboucher sur un contrat commercial ou un "
        "déploiement plus large dans le groupe. Le sujet est défini pendant l'accélération, avec les "
        "équipes métiers.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="euromediterranee",
        sectors="mobilite-logistique",
        audiences="createur",
        eligibility="Réservé aux start-up accélérées par ZeBox.",
        contact_name="Responsable des partenariats métiers",
    ),
    offer(
        "obratori",
        "programme-obratori",
        "Programme d'open innovation Obratori",
        "Co-développez avec L'Occitane des solutions pour la beauté, le bien-être et l'impact.",
        "Obratori, la plateforme d'open innovation du groupe L'Occitane installée à la CISAM, accompagne "
        "chaque année une sélection de start-up françaises et internationales dont la solution intéresse "
        "la beauté, la cosmétique et le bien-être : ingrédients naturels et biotechnologies, formulation, "
        "emballages durables et recyclage, traçabilité, distribution et expérience client, outils "
        "numériques et IA, impact environnemental et social. Les start-up retenues sont suivies par des "
        "mentors et des experts du groupe, accèdent aux laboratoires de recherche et aux équipes marketing "
        "et industrielles, et peuvent tester leur solution avec les marques du groupe. Le programme peut "
        "déboucher sur un partenariat commercial, un contrat de développement ou un investissement. Les "
        "candidatures sont ouvertes par appel et sélectionnées sur dossier puis entretien.",
        needs="etre-accompagne partenaires",
        stages="amorcage developpement",
        sectors="environnement-cleantech sante-biotech",
        audiences="createur entreprise-etrangere",
        eligibility=(
            "Réservé aux start-up, françaises ou étrangères, disposant d'un produit ou d'un prototype."
        ),
        contact_name="Responsable du programme Obratori",
    ),
    offer(
        "accelerateur-m",
        "programme-accelerateur-m",
        "Programme Accélérateur M",
        "Accélération des start-up de la mer, de la ville et des industries culturelles et créatives.",
        "Au sein de la CISAM, Accélérateur M accompagne pendant neuf mois des start-up de trois domaines : "
        "l'économie de la mer (blue tech, ports, nautisme, ressources et environnement marins), la vie "
        "urbaine (mobilité, bâtiment, services aux habitants, ville durable) et les industries culturelles "
        "et créatives (jeu vidéo, audiovisuel, musique, médias, réalité virtuelle). Le programme combine "
        "des ateliers collectifs (modèle économique, marketing, recrutement, juridique), un coaching "
        "individuel, la préparation à la levée de fonds avec des investisseurs et business angels du "
        "territoire, et des rencontres avec les grands comptes et les collectivités. Il s'adresse aux "
        "jeunes entreprises qui ont un produit et cherchent leurs premiers clients et financements. La "
        "sélection se fait sur dossier et pitch ; la participation forfaitaire est en partie prise en "
        "charge par les partenaires.",
        needs="etre-accompagne investisseurs",
        stages="creation amorcage",
        sectors="mer-economie-bleue industries-culturelles-creatives",
        audiences="createur",
        cost="payant",
        cost_details="Participation forfaitaire, en partie prise en charge par les partenaires.",
        eligibility="Réservé aux start-up créées ou en création dans l'un des trois domaines du programme.",
        contact_name="Responsable du programme d'accélération",
    ),
]
