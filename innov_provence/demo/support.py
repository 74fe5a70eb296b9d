"""Support offers (accompagnement), events and recruitment services of the demo ecosystem."""

from innov_provence.demo.rows import event, offer, recruitment

SUPPORT = [
    # Métropole and public bodies
    event(
        "metropole-aix-marseille-provence",
        "rencontres-club-innov-provence",
        "Rencontres du Club Innov Provence",
        "Les rendez-vous trimestriels des structures d'accompagnement et des entreprises innovantes de la "
        "Métropole.",
        "Le Club Innov Provence réunit incubateurs, pépinières, technopôles, financeurs et laboratoires. Ses "
        "rencontres ouvertes aux entrepreneurs permettent de présenter son projet aux structures du "
        "territoire et de découvrir les offres de chacun, pour un accompagnement « sans couture ».",
        needs="partenaires etre-accompagne",
        stages="creation..croissance",
    ),
    offer(
        "metropole-aix-marseille-provence",
        "premier-rendez-vous-orientation",
        "Premier rendez-vous d'orientation innovation",
        "Un entretien avec un chargé de mission de la Métropole pour identifier les bons interlocuteurs de "
        "votre projet.",
        "Vous ne savez pas par où commencer ? Un chargé de mission du service innovation vous reçoit "
        "gratuitement, fait le point sur votre projet et vous oriente vers les structures adaptées : "
        "incubateur, pépinière, financeur, laboratoire ou plateforme technologique.",
        needs="etre-accompagne financer locaux",
        stages="idee..developpement",
        contact_name="Camille Martin",
    ),
    offer(
        "metropole-aix-marseille-provence",
        "territoire-experimentation-metropole",
        "Territoire d'expérimentation : tester votre solution sur le terrain",
        "Expérimentez votre innovation urbaine sur des équipements et services de la Métropole.",
        "Mobilité, propreté, eau, énergie des bâtiments : la Métropole ouvre certains de ses équipements à "
        "l'expérimentation de solutions innovantes, dans le cadre d'appels à manifestation d'intérêt. "
        "L'expérimentation dure de 3 à 12 mois et fait l'objet d'une évaluation partagée.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="euromediterranee chateau-gombert arbois",
        sectors="mobilite-logistique environnement-cleantech energie numerique",
        eligibility="Entreprise immatriculée disposant d'un prototype fonctionnel.",
    ),
    offer(
        "metropole-aix-marseille-provence",
        "plateforme-experimentation-mobilites",
        "Plateforme d'expérimentation des mobilités",
        "Un futur site d'essai pour les véhicules autonomes et les services de mobilité partagée.",
        "La Métropole prépare un site d'essai pour les véhicules autonomes, la logistique urbaine et les "
        "services de mobilité partagée, ouvert aux start-up et aux industriels. Les modalités d'accès sont "
        "en cours de définition.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="chateau-gombert",
        sectors="mobilite-logistique",
        status="draft",
    ),
    offer(
        "region-sud",
        "team-france-export-sud",
        "Team France Export Sud : prospection internationale",
        "Un conseiller export vous aide à cibler vos marchés, préparer vos salons et rencontrer des "
        "acheteurs étrangers.",
        "Le dispositif régional réunit la Région, les CCI, Business France et Bpifrance. Un conseiller "
        "sectoriel établit avec vous un plan de prospection, vous propose des pavillons régionaux sur les "
        "salons internationaux et des missions de rencontres d'acheteurs.",
        needs="international",
        stages="developpement croissance",
        cost="sur_devis",
        cost_details="Diagnostic gratuit ; prestations de prospection en partie prises en charge.",
    ),
    offer(
        "region-sud",
        "operations-interet-regional",
        "Opérations d'intérêt régional : rejoindre une filière",
        "Les OIR mettent en relation les entreprises avec les grands donneurs d'ordre de leur filière.",
        "Santé, industries du futur, économie de la mer, énergie, tourisme, industries culturelles : "
        "chaque opération d'intérêt régional fédère les acteurs d'une filière et fait connaître les "
        "entreprises innovantes aux grands comptes et aux investisseurs.",
        needs="partenaires investisseurs",
        stages="developpement croissance",
        review="old",
    ),
    offer(
        "bpifrance",
        "accelerateurs-bpifrance",
        "Accélérateurs Bpifrance pour PME et ETI",
        "Un programme de 12 à 24 mois mêlant conseil, formation des dirigeants et mise en réseau.",
        "Les accélérateurs Bpifrance réunissent une promotion de dirigeants autour de modules de conseil "
        "(stratégie, international, organisation), de séminaires de formation et de rencontres entre pairs. "
        "Certaines promotions sont co-construites avec la Région et les filières.",
        needs="etre-accompagne international",
        stages="developpement croissance",
        cost="payant",
        cost_details="Participation en partie prise en charge par les partenaires régionaux.",
        eligibility="PME et ETI d'au moins 5 M€ de chiffre d'affaires.",
    ),
    offer(
        "provence-promotion",
        "implantation-en-provence",
        "Accompagnement à l'implantation en Provence",
        "Locaux, recrutement, partenaires : un accompagnement sur mesure pour s'installer dans la Métropole.",
        "Provence Promotion accompagne gratuitement et en toute confidentialité les entreprises françaises "
        "et étrangères qui s'implantent ou se développent en Provence : recherche de locaux et de "
        "terrains, mise en relation avec les acteurs locaux, aides publiques mobilisables.",
        needs="locaux partenaires international",
        stages="developpement croissance",
        contact_name="Nicolas Durand",
    ),
    offer(
        "provence-promotion",
        "soft-landing-start-up-etrangeres",
        "Soft landing pour start-up étrangères",
        "Un programme d'atterrissage pour les start-up internationales qui testent le marché français.",
        "Pendant trois à six mois, les start-up étrangères bénéficient d'un poste de travail dans une "
        "structure partenaire, d'un accompagnement administratif et de rendez-vous qualifiés avec des "
        "clients et partenaires potentiels.",
        needs="international etre-accompagne",
        stages="amorcage developpement",
    ),
    # Research and technology transfer
    offer(
        "satt-sud-est",
        "detection-evaluation-inventions",
        "Détection et évaluation des inventions",
        "Faites évaluer le potentiel d'un résultat de recherche : marché, brevetabilité, voies de transfert.",
        "Les chargés d'affaires de la SATT rencontrent chercheurs et inventeurs, analysent la liberté "
        "d'exploitation et le potentiel de marché d'un résultat de recherche et proposent une stratégie de "
        "protection et de transfert.",
        needs="propriete-intellectuelle recherche",
        stages="idee maturation",
        eligibility="Résultats issus d'un laboratoire public du Sud-Est.",
    ),
    offer(
        "satt-sud-est",
        "licence-technologies-start-up",
        "Licences de technologies pour start-up",
        "Accédez sous licence aux technologies maturées par la SATT pour créer ou développer votre "
        "entreprise.",
        "La SATT négocie avec les start-up et les PME des licences d'exploitation des brevets et logiciels "
        "des laboratoires publics, avec des conditions adaptées aux jeunes entreprises (paiements différés, "
        "prise de participation).",
        needs="propriete-intellectuelle partenaires",
        stages="maturation creation amorcage",
        cost="sur_devis",
    ),
    offer(
        "aix-marseille-universite",
        "pepite-provence-etudiant-entrepreneur",
        "PEPITE Provence : statut national d'étudiant-entrepreneur",
        "Étudiants et jeunes diplômés : développez votre projet d'entreprise pendant vos études.",
        "Le pôle PEPITE Provence d'AMU accorde le statut national d'étudiant-entrepreneur, qui permet "
        "d'aménager son emploi du temps, de remplacer son stage par son projet et de bénéficier d'un "
        "accompagnement, d'ateliers et d'un espace de coworking.",
        needs="etre-accompagne",
        stages="idee maturation creation",
        eligibility="Étudiants et diplômés de moins de 28 ans.",
    ),
    offer(
        "aix-marseille-universite",
        "recherche-partenariale-amu",
        "Recherche partenariale avec les laboratoires d'AMU",
        "Contrats de collaboration, prestations et chaires industrielles avec les 110 laboratoires d'AMU.",
        "La direction de l'innovation et du transfert d'AMU identifie les équipes compétentes, négocie les "
        "contrats de recherche collaborative et de prestation et accompagne les entreprises dans le "
        "montage de projets financés (ANR, Europe, Région).",
        needs="recherche partenaires",
        stages="amorcage..croissance",
        cost="sur_devis",
    ),
    offer(
        "cnrs-provence-corse",
        "laboratoires-communs-cnrs",
        "Laboratoires communs avec le CNRS",
        "Créez une équipe de recherche commune avec un laboratoire CNRS pour plusieurs années.",
        "Le laboratoire commun associe une entreprise et une unité CNRS autour d'une feuille de route "
        "partagée, avec des moyens humains et matériels mutualisés. La délégation régionale accompagne le "
        "montage juridique et financier.",
        needs="recherche partenaires",
        stages="developpement croissance",
        cost="sur_devis",
    ),
    offer(
        "cnrs-provence-corse",
        "programme-rise-cnrs",
        "Programme RISE : créer sa start-up issue d'un laboratoire CNRS",
        "Un accompagnement des chercheurs-entrepreneurs, de la preuve de concept à la création.",
        "Le programme RISE de CNRS Innovation propose aux porteurs issus des laboratoires CNRS un "
        "accompagnement sur douze mois : formation à l'entrepreneuriat, coaching, accès au réseau "
        "d'investisseurs et conseils sur la propriété intellectuelle.",
        needs="etre-accompagne propriete-intellectuelle",
        stages="maturation creation",
        review="never",
    ),
    offer(
        "inserm-paca-corse",
        "valorisation-inserm-transfert",
        "Valorisation et licences avec Inserm Transfert",
        "Protéger, licencier et transférer les innovations biomédicales issues des laboratoires Inserm.",
        "Inserm Transfert accompagne les équipes et les entreprises : dépôts de brevets, contrats de "
        "licence, collaborations de recherche et programmes de maturation dans le domaine de la santé.",
        needs="propriete-intellectuelle recherche",
        stages="maturation creation",
        sectors="sante-biotech",
    ),
    offer(
        "ap-hm",
        "evaluation-clinique-ap-hm",
        "Évaluer un dispositif médical en conditions réelles à l'AP-HM",
        "Testez votre dispositif ou votre solution numérique de santé avec les équipes soignantes.",
        "La direction de la recherche et de l'innovation de l'AP-HM met en relation les entreprises avec "
        "les services cliniques pour des tests d'usage, des investigations cliniques et des évaluations "
        "médico-économiques, dans le respect de la réglementation.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="luminy euromediterranee",
        sectors="sante-biotech",
        cost="sur_devis",
    ),
    offer(
        "ap-hm",
        "entrepot-donnees-sante-ap-hm",
        "Projets sur l'entrepôt de données de santé de l'AP-HM",
        "Conduire un projet de recherche sur les données de santé hospitalières, dans un cadre sécurisé.",
        "L'entrepôt de données de santé de l'AP-HM permet, après avis des instances compétentes, de mener "
        "des projets de recherche et de développement d'algorithmes sur des données pseudonymisées, avec "
        "l'appui de ses data scientists.",
        needs="recherche partenaires",
        stages="maturation..developpement",
        sectors="sante-biotech numerique",
        cost="sur_devis",
    ),
    offer(
        "ird",
        "partenariats-recherche-pays-du-sud",
        "Partenariats de recherche avec les pays du Sud",
        "Appuyez-vous sur le réseau de l'IRD pour développer un projet en Afrique, en Asie ou en Amérique "
        "latine.",
        "Présent dans une cinquantaine de pays, l'IRD ouvre aux entreprises ses équipes et ses partenaires "
        "du Sud pour des projets de recherche appliquée en santé, environnement, agriculture et ressources "
        "marines.",
        needs="recherche international",
        stages="developpement croissance",
    ),
    offer(
        "centrale-mediterranee",
        "projets-eleves-ingenieurs",
        "Confier un projet à des élèves ingénieurs",
        "Des équipes d'élèves de Centrale Méditerranée travaillent sur votre problématique technique.",
        "Chaque année, des équipes d'élèves ingénieurs conduisent des projets de conception, de prototypage "
        "ou d'étude de faisabilité pour des start-up et des PME, encadrés par les enseignants-chercheurs de "
        "l'école.",
        needs="prototyper recherche",
        stages="creation amorcage",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie energie optique-photonique",
        eligibility="Sujet proposé avant la fin du mois de juin pour l'année universitaire suivante.",
    ),
    offer(
        "sciences-po-aix",
        "etudes-usages-sciences-po-aix",
        "Études d'usage et d'acceptabilité sociale",
        "Des étudiants et chercheurs en sciences sociales analysent les usages et l'acceptabilité de votre "
        "innovation.",
        "Dans le cadre de projets collectifs encadrés, les étudiants de Sciences Po Aix conduisent enquêtes, "
        "entretiens et analyses de politiques publiques pour éclairer le déploiement d'une innovation.",
        needs="partenaires recherche",
        stages="maturation..amorcage",
    ),
    offer(
        "inpi-paca",
        "prediagnostic-propriete-intellectuelle",
        "Prédiagnostic propriété intellectuelle",
        "Une demi-journée avec un expert de l'INPI pour faire le point sur vos actifs immatériels.",
        "Un ingénieur de l'INPI analyse avec vous vos innovations, marques, logiciels et savoir-faire, "
        "identifie les risques (contrefaçon, antériorités) et propose un plan d'action : dépôts, "
        "surveillance, contrats.",
        needs="propriete-intellectuelle",
        stages="creation..developpement",
        eligibility="PME et start-up n'ayant pas bénéficié d'un prédiagnostic depuis trois ans.",
    ),
    offer(
        "inpi-paca",
        "master-class-propriete-intellectuelle",
        "Master class propriété intellectuelle",
        "Un accompagnement collectif et individuel pour bâtir une stratégie de propriété intellectuelle.",
        "Sur plusieurs mois, des ateliers collectifs et un coaching individuel aident les dirigeants à "
        "intégrer la propriété intellectuelle dans leur stratégie : brevets, marques, licences et "
        "valorisation auprès des investisseurs.",
        needs="propriete-intellectuelle investisseurs",
        stages="amorcage developpement",
        cost="payant",
        cost_details="Participation forfaitaire, en partie prise en charge.",
    ),
    # CISAM and its accelerators
    offer(
        "cisam",
        "mise-en-relation-entreprises-laboratoires",
        "Mise en relation entreprises – laboratoires",
        "Vous n'avez jamais travaillé avec la recherche publique ? La CISAM vous présente les bonnes "
        "équipes.",
        "Les chargés d'affaires de la CISAM analysent votre besoin et vous mettent en relation avec les "
        "laboratoires et chercheurs d'Aix-Marseille Université. En trois ans, 110 entreprises sans lien "
        "avec la recherche publique ont ainsi été accompagnées.",
        needs="recherche partenaires",
        stages="idee..developpement",
        contact_name="Julie Bernard",
    ),
    offer(
        "cisam",
        "antennes-thematiques-cisam-plus",
        "Antennes thématiques CISAM+ : fablabs et espaces connectés",
        "Sept antennes ouvertes aux étudiants, chercheurs et entrepreneurs pour prototyper et expérimenter.",
        "Portées par le projet CISAM+, les antennes thématiques (technologies pour la santé, industries "
        "culturelles et créatives, économies verte et bleue) proposent fablabs, bureaux et espaces "
        "connectés ainsi que des ateliers d'initiation au prototypage.",
        needs="prototyper etre-accompagne",
        stages="idee..creation",
        technopoles="euromediterranee belle-de-mai luminy",
    ),
    event(
        "cisam",
        "rencontres-open-innovation-cisam",
        "Rencontres open innovation de la CISAM",
        "Start-up, grands groupes et chercheurs se rencontrent autour de défis d'innovation.",
        "Plusieurs fois par an, les partenaires fondateurs de la CISAM (CMA CGM, L'Occitane, AMU, la "
        "Métropole) présentent leurs défis ; les start-up sélectionnées pitchent leurs solutions et "
        "rencontrent les équipes métiers.",
        needs="partenaires investisseurs",
        stages="amorcage..croissance",
        technopoles="euromediterranee",
    ),
    offer(
        "zebox",
        "programme-acceleration-zebox",
        "Programme d'accélération ZeBox",
        "Six mois d'accélération pour les start-up de la logistique, du transport et des technologies "
        "vertes.",
        "ZeBox sélectionne des start-up en lien avec les métiers de CMA CGM et de ses partenaires "
        "industriels : accompagnement personnalisé, expérimentations avec les équipes métiers, accès au "
        "réseau international du groupe.",
        needs="etre-accompagne partenaires international",
        stages="amorcage developpement",
        sectors="mobilite-logistique environnement-cleantech mer-economie-bleue",
        eligibility="Start-up ayant un produit et de premiers clients.",
    ),
    offer(
        "zebox",
        "preuve-de-concept-cma-cgm",
        "Preuve de concept avec les métiers de CMA CGM",
        "Déployez un pilote de votre solution sur un terminal, un navire ou un entrepôt du groupe.",
        "Les start-up accélérées peuvent conduire une preuve de concept rémunérée avec une business unit de "
        "CMA CGM ou d'un partenaire, sur un périmètre défini et avec des indicateurs de réussite partagés.",
        needs="prototyper partenaires",
        stages="amorcage developpement",
        technopoles="euromediterranee",
        sectors="mobilite-logistique",
    ),
    offer(
        "obratori",
        "programme-obratori",
        "Programme d'open innovation Obratori",
        "Co-développez avec L'Occitane des solutions pour la beauté, le bien-être et l'impact.",
        "Obratori accompagne chaque année des start-up françaises et internationales : mentorat par les "
        "experts du groupe, accès aux laboratoires et aux équipes marketing, possibilité de partenariat "
        "commercial ou d'investissement.",
        needs="etre-accompagne partenaires",
        stages="amorcage developpement",
        sectors="environnement-cleantech sante-biotech",
    ),
    offer(
        "accelerateur-m",
        "programme-accelerateur-m",
        "Programme Accélérateur M",
        "Accélération des start-up de la mer, de la ville et des industries culturelles et créatives.",
        "Accélérateur M propose un programme de neuf mois : ateliers collectifs, coaching individuel, "
        "préparation à la levée de fonds et rencontres avec des investisseurs et des grands comptes du "
        "territoire.",
        needs="etre-accompagne investisseurs",
        stages="creation amorcage",
        sectors="mer-economie-bleue industries-culturelles-creatives",
        cost="payant",
        cost_details="Participation forfaitaire, en partie prise en charge par les partenaires.",
    ),
    # Incubators, nurseries and technopôles
    offer(
        "marseille-innovation",
        "accompagnement-jeunes-entreprises-innovantes",
        "Accompagnement des jeunes entreprises innovantes",
        "Un chargé d'affaires dédié, des ateliers collectifs et un réseau d'experts pour vos premières "
        "années.",
        "Les entreprises hébergées sur les campus de Marseille Innovation bénéficient d'un suivi régulier : "
        "points stratégiques, préparation des financements, ateliers thématiques et mise en réseau avec "
        "les partenaires du Club Innov Provence.",
        needs="etre-accompagne",
        stages="creation..developpement",
        technopoles="chateau-gombert belle-de-mai euromediterranee",
    ),
    offer(
        "impulse",
        "incubation-recherche-publique",
        "Incubation des projets issus de la recherche publique",
        "Deux ans d'accompagnement pour créer une entreprise à partir de travaux de recherche.",
        "Impulse accompagne les porteurs de projets qui valorisent des résultats ou des compétences de la "
        "recherche publique : stratégie, propriété intellectuelle, recrutement de l'équipe, premiers "
        "financements et préparation de la levée de fonds.",
        needs="etre-accompagne propriete-intellectuelle",
        stages="maturation creation",
        eligibility="Projet en lien avec un laboratoire public du territoire.",
        contact_name="Thomas Petit",
    ),
    offer(
        "impulse",
        "pre-incubation-impulse",
        "Pré-incubation : valider votre idée",
        "Trois à six mois pour confronter votre idée au marché avant d'entrer en incubation.",
        "La pré-incubation aide chercheurs, doctorants et ingénieurs à formuler leur proposition de valeur, "
        "rencontrer de premiers clients potentiels et vérifier la faisabilité technique de leur projet.",
        needs="etre-accompagne",
        stages="idee maturation",
    ),
    offer(
        "incubateur-belle-de-mai",
        "incubation-numerique-medias",
        "Incubation des start-up du numérique et des médias",
        "Un accompagnement de 18 à 24 mois au cœur du pôle média de la Belle de Mai.",
        "L'incubateur accompagne les projets numériques et créatifs : coaching, experts, ateliers "
        "collectifs, préparation aux financements et présentation aux investisseurs partenaires.",
        needs="etre-accompagne investisseurs",
        stages="creation amorcage",
        technopoles="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
    ),
    event(
        "incubateur-belle-de-mai",
        "demo-day-belle-de-mai",
        "Demo Day de l'Incubateur Belle de Mai",
        "Les start-up incubées présentent leurs projets aux investisseurs et aux partenaires.",
        "Chaque année, la promotion sortante pitche devant business angels, fonds d'investissement, "
        "banques et grands comptes, suivi de rendez-vous individuels.",
        needs="investisseurs partenaires",
        stages="amorcage",
        technopoles="belle-de-mai",
        review="old",
    ),
    offer(
        "thecamp",
        "acceleration-thecamp-credit-agricole",
        "Programme d'accélération thecamp × Crédit Agricole Alpes Provence",
        "Accélération des start-up de la transition écologique et des territoires durables à l'Arbois.",
        "Le programme combine coaching, accès aux experts de thecamp et du Crédit Agricole Alpes Provence, "
        "mise en relation avec des clients grands comptes et préparation au financement bancaire et en "
        "fonds propres.",
        needs="etre-accompagne partenaires",
        stages="amorcage developpement",
        technopoles="arbois",
        sectors="environnement-cleantech mobilite-logistique numerique",
    ),
    offer(
        "thecamp",
        "sprints-innovation-thecamp",
        "Sprints d'innovation et prototypage rapide",
        "Une semaine pour concevoir et tester un prototype avec designers et ingénieurs.",
        "thecamp organise des sprints d'innovation sur son campus : cadrage du problème, idéation, "
        "prototypage rapide et tests utilisateurs, avec l'appui de ses équipes design et de son atelier.",
        needs="prototyper",
        stages="maturation..amorcage",
        technopoles="arbois",
        cost="payant",
        cost_details="Sur devis, selon la durée et la taille de l'équipe.",
    ),
    offer(
        "zinc",
        "accompagnement-creation-numerique",
        "Accompagnement des projets de création numérique",
        "Résidences, conseils et mise en réseau pour les artistes et entrepreneurs de la création numérique.",
        "ZINC accompagne environ 130 projets par an : résidences de création, conseil en production, "
        "accès au fablab LFO et mise en relation avec les diffuseurs et les entreprises des industries "
        "culturelles et créatives.",
        needs="etre-accompagne partenaires",
        stages="idee..creation",
        technopoles="belle-de-mai",
        sectors="industries-culturelles-creatives",
    ),
    offer(
        "lfo-fablab",
        "acces-fablab-lfo",
        "Accès au fablab LFO",
        "Découpe laser, impression 3D, électronique : prototypez vos objets et installations.",
        "Le LFO ouvre ses machines numériques aux porteurs de projets après une formation d'accueil ; des "
        "créneaux accompagnés permettent de concevoir un premier prototype avec un fabmanager.",
        needs="prototyper",
        stages="idee..amorcage",
        technopoles="belle-de-mai",
        cost="payant",
        cost_details="Adhésion annuelle et tarif horaire par machine.",
    ),
    offer(
        "grand-luminy",
        "accompagnement-entreprises-sante-luminy",
        "Accompagnement des jeunes entreprises de santé",
        "Un suivi sur mesure des biotech et healthtech installées à Luminy.",
        "Grand Luminy accompagne ses entreprises dans leur développement : structuration, recherche de "
        "partenaires académiques et industriels, préparation des levées de fonds et accès aux services "
        "mutualisés du technopôle.",
        needs="etre-accompagne partenaires",
        stages="creation..developpement",
        technopoles="luminy",
        sectors="sante-biotech",
    ),
    event(
        "grand-luminy",
        "petits-dejeuners-luminy",
        "Petits-déjeuners du technopôle de Luminy",
        "Un rendez-vous mensuel entre entreprises, chercheurs et étudiants du technopôle.",
        "Chaque mois, une entreprise ou un laboratoire de Luminy présente ses travaux autour d'un "
        "petit-déjeuner, l'occasion de nouer des collaborations sur le campus.",
        stages="creation..croissance",
        technopoles="luminy",
        review="never",
    ),
    event(
        "arbois-mediterranee",
        "rencontres-cleantech-arbois",
        "Rencontres cleantech de l'Arbois",
        "Les entreprises de l'environnement rencontrent investisseurs, industriels et collectivités.",
        "Organisées sur le technopôle, les rencontres cleantech réunissent start-up, laboratoires, "
        "financeurs et donneurs d'ordre autour des enjeux de l'eau, des déchets, de l'air et de l'énergie.",
        needs="partenaires investisseurs",
        stages="amorcage..croissance",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
    ),
    offer(
        "arbois-mediterranee",
        "demonstrateurs-environnement-arbois",
        "Démonstrateurs sur site : tester vos solutions environnementales",
        "Le domaine de l'Arbois sert de terrain d'essai à vos solutions pour l'eau, les sols et l'énergie.",
        "Les 75 ha du technopôle accueillent des démonstrateurs en conditions réelles : capteurs, gestion "
        "de l'eau, énergies renouvelables, biodiversité. L'équipe du technopôle accompagne les autorisations "
        "et la mise en relation avec les laboratoires du site.",
        needs="prototyper",
        stages="maturation..developpement",
        technopoles="arbois",
        sectors="environnement-cleantech energie",
    ),
    event(
        "technopole-chateau-gombert",
        "club-entreprises-chateau-gombert",
        "Club des entreprises de Château-Gombert",
        "Rencontres, visites de laboratoires et entraide entre les entreprises du technopôle.",
        "Le club réunit chaque mois les dirigeants des entreprises du technopôle autour de visites, de "
        "retours d'expérience et de rencontres avec les écoles et les laboratoires.",
        needs="partenaires recruter",
        stages="creation..croissance",
        technopoles="chateau-gombert",
    ),
    offer(
        "technopole-chateau-gombert",
        "pre-industrialisation-chateau-gombert",
        "Pré-industrialisation : accès aux ateliers des écoles et laboratoires",
        "Usinage, essais mécaniques, bancs optiques : passez du prototype à la présérie.",
        "Le technopôle oriente les entreprises vers les ateliers et moyens d'essais de Centrale "
        "Méditerranée, de Polytech et des laboratoires du site pour réaliser préséries, essais de "
        "qualification et petites séries.",
        needs="prototyper",
        stages="amorcage developpement",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie optique-photonique",
        cost="sur_devis",
    ),
    offer(
        "la-ciotat-shipyards",
        "filiere-grande-plaisance-la-ciotat",
        "Intégrer la filière grande plaisance de La Ciotat",
        "Rencontrez les chantiers, armateurs et sous-traitants de la réparation navale de grande plaisance.",
        "La Ciotat Shipyards met en relation les entreprises innovantes (matériaux, énergie à bord, "
        "maintenance prédictive) avec les acteurs présents sur le site et les capitaines des yachts en "
        "escale technique.",
        needs="partenaires",
        stages="developpement croissance",
        technopoles="la-ciotat",
        sectors="mer-economie-bleue",
    ),
    # Networks
    offer(
        "aix-marseille-french-tech",
        "dossier-unique-financement-amft",
        "Dossier unique de financement #AMFT",
        "Un seul dossier pour présenter votre projet à toutes les banques du groupe « Banques Innov ».",
        "Porté par Aix-Marseille French Tech, le dossier unique de financement permet aux start-up de "
        "remplir un document unique, reconnu par la Banque de France, la CEPAC, le Crédit Agricole Alpes "
        "Provence, le CIC, BNP Paribas et la Banque Populaire Méditerranée, pour un traitement plus lisible "
        "et plus rapide.",
        needs="financer etre-accompagne",
        stages="creation..developpement",
        contact_name="Sophie Laurent",
    ),
    offer(
        "aix-marseille-french-tech",
        "french-tech-tremplin",
        "French Tech Tremplin",
        "Un programme pour les fondatrices et fondateurs sous-représentés dans la tech.",
        "French Tech Tremplin accompagne les entrepreneurs issus de quartiers prioritaires, boursiers ou "
        "bénéficiaires des minima sociaux : préparation, incubation dans une structure partenaire et "
        "bourse pour lancer le projet.",
        needs="etre-accompagne financer",
        stages="idee creation",
    ),
    event(
        "aix-marseille-french-tech",
        "delegation-french-tech-salons-internationaux",
        "Délégation Aix-Marseille French Tech sur les salons internationaux",
        "Exposez sur le pavillon de la French Tech Aix-Marseille dans les grands salons technologiques.",
        "La communauté organise chaque année une délégation de start-up sur des salons internationaux "
        "(Las Vegas, Lisbonne, Dubaï…) : stand partagé, préparation des pitchs et rendez-vous avec des "
        "investisseurs étrangers.",
        needs="international investisseurs",
        stages="amorcage..croissance",
        cost="payant",
    ),
    event(
        "medinsoft",
        "fidmed-financial-innovation-day",
        "FIDMED – Financial Innovation Day Méditerranée",
        "La journée du financement de l'innovation numérique : investisseurs, banques et start-up.",
        "Organisé par Medinsoft, le FIDMED réunit chaque année les acteurs du financement de l'innovation : "
        "pitchs de start-up, tables rondes et rendez-vous d'affaires avec business angels, fonds, banques "
        "et financeurs publics.",
        needs="investisseurs financer",
        stages="amorcage..croissance",
        sectors="numerique",
    ),
    offer(
        "medinsoft",
        "commissions-thematiques-medinsoft",
        "Commissions thématiques et club des dirigeants du numérique",
        "Partagez vos pratiques et trouvez des partenaires parmi les entreprises du numérique.",
        "Les adhérents de Medinsoft se retrouvent dans des commissions (cybersécurité, intelligence "
        "artificielle, emploi et formation) et des rencontres entre dirigeants, pour monter des "
        "partenariats et répondre ensemble à des marchés.",
        needs="partenaires",
        stages="creation..croissance",
        sectors="numerique",
        cost="payant",
        cost_details="Adhésion annuelle selon l'effectif.",
    ),
    offer(
        "initiative-marseille-metropole",
        "parrainage-chef-entreprise",
        "Parrainage par un chef d'entreprise",
        "Un parrain bénévole vous suit pendant les premières années de votre entreprise.",
        "Les lauréats d'un prêt d'honneur sont accompagnés par un chef d'entreprise ou un cadre bénévole, "
        "qui partage son expérience, ouvre son réseau et aide à prendre du recul sur les décisions clés.",
        needs="etre-accompagne",
        stages="creation amorcage",
    ),
    offer(
        "reseau-entreprendre-provence",
        "accompagnement-par-les-pairs",
        "Accompagnement par les pairs et clubs de lauréats",
        "Deux à trois ans de suivi par un chef d'entreprise et des clubs mensuels entre lauréats.",
        "Chaque lauréat est accompagné par un chef d'entreprise membre du réseau et participe à des clubs "
        "de lauréats pour échanger sur les problématiques de dirigeant : management, croissance, "
        "financement.",
        needs="etre-accompagne partenaires",
        stages="creation..developpement",
    ),
    offer(
        "banque-de-france",
        "correspondant-tpe",
        "Correspondant TPE-PME de la Banque de France",
        "Un interlocuteur gratuit pour vous orienter sur vos questions financières.",
        "Le correspondant TPE-PME de la Banque de France répond sous 48 heures aux dirigeants et les "
        "oriente vers les bons interlocuteurs (banques, financeurs publics, réseaux d'accompagnement) selon "
        "leur situation.",
        needs="financer",
        stages="creation..croissance",
        contact_phone="0 800 08 32 08",
    ),
    offer(
        "banque-de-france",
        "mediation-du-credit",
        "Médiation du crédit aux entreprises",
        "Un recours gratuit et confidentiel en cas de refus de financement bancaire.",
        "Lorsqu'une banque refuse un crédit ou réduit une ligne de financement, le médiateur départemental "
        "réunit l'entreprise et ses partenaires financiers pour rechercher une solution.",
        needs="financer",
        stages="developpement croissance",
    ),
    event(
        "provence-angels",
        "soirees-pitch-provence-angels",
        "Soirées de présentation aux business angels",
        "Présentez votre projet aux membres du réseau Provence Angels.",
        "Après une sélection et une préparation du pitch avec un membre du réseau, les start-up présentent "
        "leur projet aux business angels réunis en soirée ; les projets retenus passent en instruction.",
        needs="investisseurs",
        stages="amorcage",
    ),
    # Competitiveness clusters
    offer(
        "pole-mer-mediterranee",
        "montage-projets-collaboratifs-mer",
        "Montage et labellisation de projets collaboratifs de l'économie bleue",
        "Trouvez des partenaires et faites labelliser votre projet pour les appels à projets.",
        "Le pôle aide ses membres à constituer des consortiums entreprises-laboratoires, à rédiger leurs "
        "dossiers et à obtenir un label qui renforce les candidatures aux financements régionaux, "
        "nationaux et européens.",
        needs="partenaires financer",
        stages="maturation..developpement",
        sectors="mer-economie-bleue",
        cost="payant",
        cost_details="Adhésion au pôle.",
    ),
    offer(
        "pole-mer-mediterranee",
        "missions-internationales-economie-bleue",
        "Missions internationales de l'économie bleue",
        "Pavillons collectifs et missions d'affaires dans les grands salons maritimes.",
        "Le pôle organise la présence de ses membres sur les salons maritimes internationaux et des "
        "missions de prospection, en lien avec les clusters maritimes étrangers.",
        needs="international",
        stages="developpement croissance",
        sectors="mer-economie-bleue",
        cost="payant",
        review="old",
    ),
    offer(
        "capenergies",
        "accompagnement-projets-energie",
        "Accompagnement des projets d'innovation énergétique",
        "De l'idée au démonstrateur : expertise, partenaires et financements pour vos projets énergie.",
        "Capenergies accompagne ses membres dans le montage de projets d'innovation : analyse du projet, "
        "recherche de partenaires, orientation vers les financements et labellisation.",
        needs="partenaires financer",
        stages="maturation..developpement",
        sectors="energie environnement-cleantech",
    ),
    event(
        "capenergies",
        "rencontres-acheteurs-transition-energetique",
        "Rencontres acheteurs de la transition énergétique",
        "Des rendez-vous d'affaires avec les énergéticiens et grands industriels de la région.",
        "Capenergies organise des rencontres entre les PME innovantes et les directions achats et "
        "innovation des grands groupes de l'énergie et de l'industrie.",
        stages="amorcage..croissance",
        sectors="energie",
    ),
    offer(
        "pole-scs",
        "accompagnement-start-up-scs",
        "Accompagnement des start-up du numérique",
        "Préparation à la levée de fonds et mise en relation avec les industriels du pôle SCS.",
        "Le pôle accompagne ses start-up membres : revue stratégique, préparation des levées de fonds, "
        "présentation aux investisseurs partenaires et rencontres avec les grands comptes de la "
        "microélectronique et de la cybersécurité.",
        needs="etre-accompagne investisseurs",
        stages="amorcage developpement",
        sectors="numerique",
    ),
    offer(
        "pole-scs",
        "pavillons-salons-numerique",
        "Pavillons collectifs sur les salons internationaux du numérique",
        "Exposez à moindre coût sur les grands salons mondiaux de l'électronique et de la cybersécurité.",
        "Le pôle réserve des espaces collectifs sur les salons internationaux et accompagne la préparation "
        "des rendez-vous d'affaires de ses membres.",
        needs="international",
        stages="developpement croissance",
        sectors="numerique",
        cost="payant",
    ),
    offer(
        "pole-scs",
        "booster-intelligence-artificielle",
        "Booster intelligence artificielle",
        "Un programme court pour intégrer l'IA dans votre produit.",
        "Programme en préparation : diagnostic, accès à des experts de l'IA et mise en relation avec les "
        "laboratoires du territoire pour accélérer l'intégration de l'IA dans les produits des PME.",
        needs="etre-accompagne recherche",
        stages="amorcage developpement",
        sectors="numerique",
        status="draft",
    ),
    offer(
        "optitec",
        "accompagnement-photonique",
        "Accompagnement des entreprises de la photonique",
        "Stratégie, partenaires, financements : le pôle accompagne la filière optique et imagerie.",
        "Optitec accompagne les start-up et PME de la photonique et de l'imagerie : mise en relation avec "
        "les laboratoires et industriels, montage de projets collaboratifs et accès à ses plateformes.",
        needs="partenaires etre-accompagne",
        stages="creation..croissance",
        sectors="optique-photonique",
    ),
    offer(
        "safe-cluster",
        "essais-drones-securite",
        "Tester vos drones et systèmes de sécurité",
        "Accès à des terrains et partenaires pour tester drones, capteurs et solutions de gestion de crise.",
        "Safe Cluster met en relation ses membres avec des sites d'essais et des utilisateurs finaux "
        "(sécurité civile, gestionnaires d'infrastructures) pour des expérimentations en conditions "
        "opérationnelles.",
        needs="prototyper partenaires",
        stages="maturation..developpement",
        technopoles="arbois chateau-gombert",
        sectors="aeronautique-spatial",
    ),
    offer(
        "eurobiomed",
        "acces-marche-sante",
        "Accompagnement réglementaire et accès au marché en santé",
        "Marquage CE, remboursement, essais cliniques : un accompagnement pour les medtech et biotech.",
        "Eurobiomed accompagne ses membres sur les étapes clés de l'accès au marché : stratégie "
        "réglementaire, évaluation clinique, remboursement et premiers contrats avec les établissements de "
        "santé.",
        needs="etre-accompagne partenaires",
        stages="amorcage..croissance",
        sectors="sante-biotech",
    ),
    event(
        "eurobiomed",
        "rencontres-investisseurs-sante",
        "Rencontres investisseurs santé",
        "Pitchez devant des fonds spécialisés en santé et des investisseurs industriels.",
        "Les rencontres réunissent des fonds d'investissement spécialisés en sciences de la vie et des "
        "industriels de la santé, après une préparation collective des start-up retenues.",
        needs="investisseurs",
        stages="amorcage developpement",
        sectors="sante-biotech",
    ),
    offer(
        "innov-alliance",
        "projets-collaboratifs-ingredients-naturels",
        "Projets collaboratifs sur les ingrédients naturels",
        "Trouvez des partenaires industriels et académiques pour vos innovations en cosmétique et arômes.",
        "Innov'Alliance aide ses membres à construire des projets collaboratifs avec les laboratoires et "
        "les industriels de la filière, du sourcing des plantes à la formulation des produits.",
        needs="partenaires recherche",
        stages="maturation..developpement",
        sectors="sante-biotech environnement-cleantech",
    ),
    event(
        "marseille-immunology-biocluster",
        "journee-partenariale-immunologie",
        "Journée partenariale de l'immunologie",
        "Chercheurs, cliniciens et industriels de l'immunologie se rencontrent à Luminy.",
        "La journée annuelle du biocluster présente les avancées des équipes de recherche et des "
        "entreprises, avec des rendez-vous d'affaires pour initier des collaborations.",
        needs="partenaires recherche",
        stages="maturation..croissance",
        technopoles="luminy",
        sectors="sante-biotech",
    ),
]

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
