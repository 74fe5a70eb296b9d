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
]
