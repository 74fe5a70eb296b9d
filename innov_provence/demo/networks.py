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
