"""The financing chain, from the idea to growth: grants, honour loans, bank loans, equity, guarantees.

`single_file=True` marks the schemes that accept the « dossier unique de financement » run by Aix-Marseille
French Tech: the banks of the « Banques Innov » group and the other financers that study an application file
(honour-loan networks, Bpifrance, Région Sud Investissement, business angels). Calls for projects, prizes and
schemes reserved to the projects of one structure keep their own application.
"""

from innov_provence.demo.rows import financing

FINANCING = [
    # Honour loans
    financing(
        "marseille-innovation",
        "pret-honneur-innovation-marseille-innovation",
        "Prêt d'honneur à l'innovation de Marseille Innovation",
        "Jusqu'à 30 000 € à taux zéro sur 48 mois, garanti par Bpifrance, pour les jeunes entreprises "
        "innovantes.",
        "Marseille Innovation accorde aux dirigeants de jeunes entreprises innovantes un prêt d'honneur à "
        "l'innovation : un prêt personnel à taux zéro, sans garantie personnelle, de 10 000 à 30 000 €, "
        "remboursable sur 48 mois et garanti par Bpifrance. Apporté dans la société, il renforce ses "
        "fonds propres et sert de levier pour obtenir un prêt bancaire complémentaire : le financement "
        "total peut ainsi être doublé. Il convient aux start-up du numérique, de la santé, de l'énergie "
        "ou de l'industrie qui financent un prototype, un premier recrutement, un dépôt de brevet ou leur "
        "lancement commercial. Le projet est présenté devant un comité d'experts et de financeurs. Le "
        "dossier unique de financement d'Aix-Marseille French Tech est accepté : une fois le dossier "
        "reçu, un chargé d'affaires de Marseille Innovation vous rappelle, en général sous quelques "
        "semaines, pour préparer le passage en comité.",
        instrument="pret_honneur",
        amount=(10_000, 30_000),
        stages="creation amorcage",
        audiences="createur demandeur-emploi",
        eligibility="Entreprise innovante de moins de trois ans, accompagnée par une structure du Club "
        "Innov Provence. Réservé aux créateurs et dirigeants de jeunes entreprises, y compris les "
        "demandeurs d'emploi qui créent leur activité.",
        contact_name="Claire Moreau",
        single_file=True,
    ),
    financing(
        "initiative-marseille-metropole",
        "pret-honneur-initiative-marseille",
        "Prêt d'honneur Initiative Marseille Métropole",
        "Un prêt à taux zéro, sans garantie personnelle, pour créer ou reprendre une entreprise.",
        "Membre du réseau Initiative France, Initiative Marseille Métropole accorde aux créateurs et "
        "repreneurs d'entreprise un prêt d'honneur personnel, à taux zéro et sans garantie personnelle, "
        "de 3 000 à 30 000 € selon le projet. Apporté dans l'entreprise, il renforce ses fonds propres et "
        "facilite l'obtention d'un prêt bancaire. Environ 250 projets en bénéficient chaque année, dans "
        "tous les secteurs : commerce, services, artisanat, numérique ou projets innovants. Le dossier "
        "est monté avec un chargé de mission, puis présenté devant un comité de chefs d'entreprise et de "
        "banquiers ; les lauréats sont ensuite parrainés par un chef d'entreprise et suivis pendant le "
        "remboursement. Le dossier unique de financement est accepté : une fois reçu, un chargé de "
        "mission vous recontacte, en général sous quelques semaines, pour un premier entretien.",
        instrument="pret_honneur",
        amount=(3_000, 30_000),
        stages="creation amorcage",
        audiences="createur demandeur-emploi",
        eligibility="Réservé aux créateurs et repreneurs d'entreprise, notamment les demandeurs d'emploi, "
        "dont le projet est situé dans la Métropole Aix-Marseille-Provence.",
        contact_name="Chargé·e de mission création",
        single_file=True,
    ),
    financing(
        "initiative-marseille-metropole",
        "pret-honneur-croissance-initiative",
        "Prêt d'honneur Initiative Croissance",
        "Un second prêt d'honneur, jusqu'à 50 000 €, pour les entreprises de trois à cinq ans qui "
        "recrutent ou investissent.",
        "Le prêt d'honneur Initiative Croissance s'adresse aux dirigeants de TPE et PME de trois à cinq "
        "ans qui franchissent une nouvelle étape : recrutements, investissement matériel, nouveau local, "
        "diversification ou développement commercial. Personnel, à taux zéro et sans garantie, il est "
        "apporté dans l'entreprise et vient en complément d'un prêt bancaire, dont il facilite "
        "l'obtention. Le montant, de 10 000 à 50 000 € selon le projet, est décidé par un comité de chefs "
        "d'entreprise et de banquiers, et le prêt s'accompagne d'un suivi renforcé par un bénévole de la "
        "plateforme. Le dossier unique de financement est accepté : une fois reçu, un chargé de mission "
        "vous recontacte, en général sous quelques semaines, pour étudier avec vous le plan de "
        "développement et le montage bancaire.",
        instrument="pret_honneur",
        amount=(10_000, 50_000),
        stages="developpement",
        audiences="createur pme",
        eligibility="Réservé aux TPE et PME de trois à cinq ans installées dans la Métropole, avec un "
        "projet de développement.",
        contact_name="Chargé·e de mission croissance",
        single_file=True,
        review="old",
    ),
    financing(
        "pays-d-aix-initiative",
        "pret-honneur-pays-d-aix",
        "Prêt d'honneur Pays d'Aix Initiative",
        "De 3 000 à 30 000 € à taux zéro pour les créateurs et repreneurs du Pays d'Aix.",
        "Pays d'Aix Initiative accorde aux créateurs et repreneurs d'entreprise du Pays d'Aix un prêt "
        "d'honneur de 3 000 à 30 000 €, personnel, à taux zéro et sans garantie. Il renforce l'apport du "
        "créateur et sert de levier pour obtenir un prêt bancaire. Tous les secteurs sont concernés, du "
        "commerce de proximité aux services et aux projets innovants du technopôle de l'Arbois. Après un "
        "premier entretien et le montage du dossier avec un chargé de mission, le projet est présenté à "
        "un comité d'agrément réunissant chefs d'entreprise, banquiers et experts ; les lauréats sont "
        "ensuite parrainés par un chef d'entreprise pendant leurs premières années. Le dossier unique de "
        "financement est accepté : une fois reçu, un chargé de mission vous rappelle, en général sous "
        "quelques semaines, pour fixer ce premier entretien.",
        instrument="pret_honneur",
        amount=(3_000, 30_000),
        stages="creation amorcage",
        technopoles="arbois",
        audiences="createur demandeur-emploi",
        eligibility="Réservé aux créateurs et repreneurs, y compris les demandeurs d'emploi, dont "
        "l'entreprise est située dans le Pays d'Aix.",
        contact_name="Chargé·e de mission création",
        single_file=True,
    ),
    financing(
        "pays-d-aix-initiative",
        "pret-honneur-projets-technologiques-pays-d-aix",
        "Prêt d'honneur pour les projets technologiques",
        "Jusqu'à 40 000 € de prêt d'honneur à taux zéro pour les projets innovants et technologiques du "
        "Pays d'Aix.",
        "Pour les projets innovants et technologiques (environnement et cleantech, énergie, numérique, "
        "capteurs, logiciels), notamment ceux accompagnés par un incubateur, une pépinière ou un "
        "accélérateur comme la pépinière de l'Arbois ou thecamp, le prêt d'honneur de Pays d'Aix "
        "Initiative peut atteindre 40 000 €. Personnel, à taux zéro et sans garantie, il renforce les "
        "fonds propres de la start-up avant une levée de fonds ou un prêt bancaire, et se combine avec "
        "une Bourse French Tech. Le projet est examiné par un comité réunissant des experts de "
        "l'innovation, des chefs d'entreprise et des banquiers, qui apprécie le caractère innovant, "
        "l'équipe et le marché. Le dossier unique de financement est accepté : une fois reçu, un chargé "
        "de mission vous rappelle, en général sous quelques semaines, pour préparer le comité.",
        instrument="pret_honneur",
        amount=(10_000, 40_000),
        stages="creation amorcage",
        technopoles="arbois",
        sectors="environnement-cleantech energie numerique",
        audiences="createur",
        eligibility="Réservé aux créateurs de jeunes entreprises innovantes installées dans le Pays "
        "d'Aix, de préférence accompagnées par une structure d'incubation.",
        contact_name="Chargé·e de mission innovation",
        single_file=True,
    ),
    financing(
        "reseau-entreprendre-provence",
        "pret-honneur-reseau-entreprendre",
        "Prêt d'honneur Réseau Entreprendre",
        "Un prêt d'honneur accompagné de deux à trois ans de mentorat par un chef d'entreprise.",
        "Réseau Entreprendre Provence sélectionne des créateurs et repreneurs dont le projet peut créer "
        "plusieurs emplois en quelques années, dans l'industrie, le numérique, les services ou "
        "l'innovation. Les lauréats reçoivent un prêt d'honneur personnel, sans intérêt ni garantie, de "
        "15 000 à 50 000 € selon le projet, qui déclenche des prêts bancaires, et sont accompagnés "
        "pendant deux à trois ans par un chef d'entreprise bénévole, membre du réseau, avec des "
        "rencontres régulières et l'accès au club des lauréats. La sélection se fait en plusieurs "
        "étapes : entretien avec un chargé de mission, étude du projet par des chefs d'entreprise, puis "
        "comité d'engagement. Le dossier unique de financement est accepté : une fois reçu, un chargé de "
        "mission vous recontacte, en général sous quelques semaines, pour un premier entretien.",
        instrument="pret_honneur",
        amount=(15_000, 50_000),
        stages="creation..developpement",
        needs="financer etre-accompagne",
        audiences="createur demandeur-emploi pme",
        eligibility="Réservé aux créateurs et repreneurs d'entreprise, y compris les demandeurs d'emploi, "
        "et aux dirigeants de PME en développement, avec un projet créateur d'emplois en Provence.",
        contact_name="Chargé·e de mission",
        single_file=True,
    ),
    financing(
        "incubateur-belle-de-mai",
        "pret-incubateur-belle-de-mai",
        "Prêt de l'Incubateur Belle de Mai",
        "Jusqu'à 40 000 € de prêt pour financer le lancement des start-up du numérique et des médias "
        "incubées à la Belle de Mai.",
        "Réservé aux start-up qu'il incube, l'Incubateur Belle de Mai peut accorder un prêt allant "
        "jusqu'à 40 000 € pour financer les premiers développements : prototype d'application ou de "
        "plateforme, production d'un pilote, premiers recrutements, propriété intellectuelle. Les projets "
        "concernés relèvent du numérique, des médias, de l'audiovisuel, du jeu vidéo et des industries "
        "culturelles et créatives. Le prêt s'inscrit dans le parcours d'incubation : l'équipe aide aussi "
        "à construire le plan de financement, à préparer une Bourse French Tech, un prêt d'honneur ou un "
        "prêt bancaire et à rencontrer des investisseurs. La demande se fait auprès du chargé d'affaires "
        "qui suit le projet ; le montant et les conditions de remboursement sont fixés sur dossier.",
        instrument="pret_honneur",
        amount=(None, 40_000),
        stages="creation amorcage",
        technopoles="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
        audiences="createur",
        eligibility="Réservé aux start-up incubées par l'Incubateur Belle de Mai.",
        contact_name="Responsable de l'incubation",
    ),
    # Grants, repayable advances, prizes
    financing(
        "bpifrance",
        "bourse-french-tech",
        "Bourse French Tech",
        "Une subvention jusqu'à 30 000 €, couvrant 70 % des dépenses, pour les entreprises de moins d'un an.",
        "La Bourse French Tech de Bpifrance est une subvention pouvant atteindre 30 000 €, dans la limite "
        "de 70 % des dépenses du programme, pour les entreprises innovantes de moins d'un an. Elle "
        "finance les dépenses de lancement : études de faisabilité et de marché, conception d'un "
        "prototype ou d'une première version du produit, dépôt de brevet ou autre protection de la "
        "propriété intellectuelle, prestations externes et premiers salaires. Tous les domaines sont "
        "concernés, du logiciel et de l'IA au dispositif médical ou aux cleantech, dès lors que le projet "
        "est innovant. La demande est souvent préparée avec un incubateur ou une pépinière du Club Innov "
        "Provence. Le dossier unique de financement est accepté comme premier contact : une fois reçu, un "
        "chargé d'affaires innovation de Bpifrance Marseille vous rappelle, en général sous quelques "
        "semaines, pour évaluer le projet et ouvrir la demande en ligne.",
        instrument="subvention",
        amount=(None, 30_000),
        rate=70,
        stages="creation",
        audiences="createur",
        eligibility="Entreprise de moins d'un an, projet innovant. Réservé aux créateurs de jeunes "
        "entreprises.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "bpifrance",
        "bourse-french-tech-emergence",
        "Bourse French Tech Émergence",
        "Jusqu'à 90 000 € de subvention pour maturer un projet deeptech issu de la recherche, avant ou "
        "juste après la création.",
        "Destinée aux projets deeptech, issus d'un laboratoire public ou fondés sur une technologie de "
        "rupture (biotech, dispositif médical, photonique, hydrogène, matériaux, IA, quantique), la "
        "Bourse French Tech Émergence est une subvention pouvant atteindre 90 000 €, dans la limite de "
        "70 % des dépenses. Elle finance la maturation technique et économique du projet : preuve de "
        "concept, prototype, étude de marché, stratégie de propriété intellectuelle et constitution de "
        "l'équipe, avant et juste après la création de l'entreprise. Les chercheurs et doctorants qui "
        "portent un projet de création la sollicitent souvent avec l'appui d'Impulse ou de la SATT "
        "Sud-Est. Le dossier unique de financement est accepté comme premier contact : une fois reçu, un "
        "chargé d'affaires innovation de Bpifrance vous rappelle, en général sous quelques semaines, pour "
        "vérifier l'éligibilité et ouvrir la demande.",
        instrument="subvention",
        amount=(None, 90_000),
        rate=70,
        stages="maturation creation",
        needs="financer recherche",
        audiences="chercheur createur",
        eligibility="Réservé aux porteurs de projets deeptech (chercheurs, doctorants et créateurs), "
        "avant la création ou dans la première année de l'entreprise.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "bpifrance",
        "aide-projet-innovation-bpifrance",
        "Aide pour projet d'innovation",
        "Subvention ou avance remboursable pour financer un programme d'innovation de PME.",
        "Bpifrance finance les programmes de développement d'un produit, d'un procédé ou d'un service "
        "innovant portés par des start-up et des PME : de l'étude de faisabilité au prototype, au "
        "démonstrateur puis à la préindustrialisation. L'aide prend la forme d'une subvention pour les "
        "phases les plus risquées ou d'une avance remboursable en cas de succès ; elle couvre une partie "
        "des dépenses (frais de personnel, sous-traitance, prestations de laboratoires, équipements), le "
        "reste étant financé sur fonds propres ou par emprunt. Les montants varient selon le programme, "
        "de quelques dizaines de milliers à plusieurs millions d'euros. Tous les domaines sont "
        "concernés : logiciel, IA, santé, énergie, industrie, photonique, mer. Le dossier unique de "
        "financement est accepté comme premier contact : un chargé d'affaires innovation vous rappelle, "
        "en général sous quelques semaines, pour cadrer le programme avant le dépôt de la demande.",
        instrument="avance_remboursable",
        amount=(30_000, 3_000_000),
        rate=60,
        stages="amorcage developpement",
        needs="financer prototyper",
        technopoles="arbois luminy chateau-gombert belle-de-mai euromediterranee",
        audiences="createur pme",
        eligibility="Principalement destiné aux start-up et aux PME qui portent un programme d'innovation.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "region-sud",
        "aide-innovation-regionalisee",
        "Aide régionalisée à l'innovation",
        "De 100 000 à 500 000 € de subvention ou d'avance remboursable pour les programmes d'innovation "
        "des PME de la région.",
        "Cofinancée par l'État, la Région Sud et Bpifrance, l'aide régionalisée à l'innovation soutient "
        "les programmes d'innovation ambitieux des PME innovantes du territoire : développement d'un "
        "nouveau produit ou service, démonstrateur, industrialisation d'une technologie, dans toutes les "
        "filières (santé, énergie, mer, numérique, industrie…). L'aide, de 100 000 à 500 000 € selon le "
        "projet, prend la forme d'une subvention ou d'une avance remboursable et couvre une partie des "
        "dépenses du programme. Les projets sont sélectionnés dans le cadre d'appels à projets, avec des "
        "dates de relève ; l'instruction est assurée par Bpifrance et la décision prise conjointement par "
        "l'État et la Région. Le dépôt se fait sur la plateforme de l'appel à projets, avec un dossier "
        "propre au dispositif ; un échange préalable avec un chargé d'affaires de Bpifrance aide à "
        "vérifier l'adéquation du projet.",
        instrument="subvention",
        amount=(100_000, 500_000),
        rate=50,
        stages="developpement croissance",
        audiences="pme createur",
        eligibility="PME de la région Provence-Alpes-Côte d'Azur. Réservé aux PME, y compris les jeunes "
        "entreprises innovantes, établies dans la région.",
        contact_name="Chargé·e de mission innovation",
    ),
    financing(
        "region-sud",
        "aide-regionale-prospection-internationale",
        "Aide régionale à la prospection internationale",
        "Une subvention pour financer salons, missions de prospection et études de marché à l'étranger "
        "des PME de la région.",
        "La Région Sud prend en charge une partie des dépenses de prospection internationale des TPE et "
        "PME régionales, y compris les jeunes entreprises innovantes qui abordent leurs premiers "
        "marchés : participation à des salons professionnels à l'étranger, missions de prospection, "
        "études de marché, adaptation des supports commerciaux et du site web. L'aide, de l'ordre de "
        "5 000 à 50 000 € selon le programme, complète l'accompagnement des conseillers de Team France "
        "Export, qui aident à bâtir le plan de prospection et à choisir les pays cibles. La demande se "
        "dépose auprès de la Région, avant d'engager les dépenses, en général après un échange avec un "
        "conseiller export ; le taux de prise en charge et les dépenses retenues sont fixés sur dossier.",
        instrument="subvention",
        amount=(5_000, 50_000),
        rate=50,
        stages="developpement croissance",
        needs="financer international",
        audiences="pme createur",
        eligibility="Réservé aux TPE et PME, y compris les jeunes entreprises, établies en "
        "Provence-Alpes-Côte d'Azur.",
        contact_name="Chargé·e de mission international",
    ),
    financing(
        "bpifrance",
        "assurance-prospection",
        "Assurance prospection",
        "Une avance sur vos dépenses de prospection à l'export, remboursable selon le chiffre d'affaires "
        "réalisé.",
        "L'assurance prospection de Bpifrance, gérée pour le compte de l'État, aide les entreprises à "
        "conquérir de nouveaux marchés à l'étranger : elle verse une avance sur une partie des dépenses "
        "de prospection (salons, déplacements, recrutement d'un responsable export, études de marché, "
        "adaptation des produits, marketing local) et couvre le risque d'échec commercial, puisque "
        "l'avance n'est remboursée qu'en fonction du chiffre d'affaires réalisé à l'export dans les pays "
        "prospectés. Plusieurs formules existent selon la taille et l'expérience export de l'entreprise, "
        "des start-up et PME qui démarrent jusqu'aux ETI. La demande se fait en ligne auprès de "
        "Bpifrance, idéalement après avoir construit son plan de prospection avec un conseiller Team "
        "France Export ; le budget couvert et la durée de la période de prospection sont fixés sur "
        "dossier.",
        instrument="avance_remboursable",
        amount=(None, 1_500_000),
        rate=65,
        stages="developpement croissance",
        needs="financer international",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up, PME et ETI qui préparent un programme de prospection à l'international.",
        contact_name="Chargé·e d'affaires international",
    ),
    financing(
        "bpifrance",
        "concours-i-lab",
        "Concours d'innovation i-Lab",
        "Jusqu'à 600 000 € de subvention et un accompagnement pour les projets de création d'entreprises "
        "deeptech, souvent issus de la recherche.",
        "Organisé chaque année par le ministère de l'Enseignement supérieur et de la Recherche avec "
        "Bpifrance, le concours i-Lab récompense les meilleurs projets de création d'entreprises de "
        "technologies innovantes : santé et biotech, dispositifs médicaux, numérique et IA, énergie, "
        "matériaux, environnement. Il s'adresse aux porteurs de projet, souvent des chercheurs, des "
        "doctorants ou de jeunes diplômés, et aux entreprises tout juste créées. Les lauréats reçoivent "
        "une subvention, pouvant atteindre 600 000 € pour les grands prix, qui finance la preuve de "
        "concept et le développement, ainsi qu'un accompagnement et une visibilité auprès des "
        "investisseurs. La candidature se fait en ligne pendant la période d'ouverture de l'édition, "
        "selon le calendrier publié chaque année ; Impulse, la SATT Sud-Est et la CISAM aident à la "
        "préparer. Sélection sur dossier, puis audition par un jury.",
        instrument="prix_concours",
        amount=(None, 600_000),
        rate=60,
        stages="maturation creation",
        needs="financer recherche",
        audiences="chercheur etudiant createur",
        eligibility="Réservé aux porteurs de projets de création d'entreprise de technologies innovantes "
        "(chercheurs, doctorants, étudiants et jeunes diplômés, créateurs) et aux entreprises tout juste "
        "créées, selon le règlement de l'édition.",
        contact_name="Chargé·e d'affaires innovation",
    ),
    financing(
        "impulse",
        "avance-remboursable-impulse",
        "Avance remboursable en cas de succès",
        "De 30 000 à 40 000 € d'avance remboursable en cas de succès pour financer les premières étapes "
        "des projets incubés à Impulse.",
        "Pendant les deux années d'incubation, Impulse peut accorder aux projets qu'il accompagne une "
        "avance remboursable en cas de succès, de l'ordre de 30 000 à 40 000 €. Elle finance les "
        "premières étapes de la création d'une entreprise issue de la recherche publique ou qui s'appuie "
        "sur un laboratoire : études de marché et de faisabilité, prototype ou preuve de concept, "
        "prestations de laboratoires et de plateformes, dépôt de brevet et stratégie de propriété "
        "intellectuelle, conseil juridique. Les projets relèvent de la santé et des biotech (anticorps, "
        "dispositif médical, diagnostic), du numérique, de l'ingénierie ou de l'environnement. L'avance "
        "n'est remboursée que si le projet aboutit à une entreprise qui réussit. Elle se demande avec le "
        "chargé d'affaires d'Impulse, une fois le projet admis en incubation par le comité de sélection.",
        instrument="avance_remboursable",
        amount=(30_000, 40_000),
        stages="maturation creation",
        technopoles="chateau-gombert luminy",
        audiences="chercheur createur",
        eligibility="Réservé aux projets incubés par Impulse, portés par des chercheurs, des doctorants "
        "ou des créateurs en lien avec un laboratoire public d'Aix-Marseille.",
        contact_name="Chargé·e d'affaires incubation",
    ),
    financing(
        "satt-sud-est",
        "financement-maturation-satt",
        "Financement de programmes de maturation",
        "La SATT investit dans la preuve de concept des inventions des laboratoires publics.",
        "La SATT Sud-Est finance et pilote la maturation des inventions issues des laboratoires publics "
        "du Sud-Est (Aix-Marseille Université, CNRS, Inserm, IRD, Centrale Méditerranée…). Les chercheurs "
        "et doctorants déclarent d'abord leur invention auprès de leur établissement ; la SATT évalue "
        "alors son potentiel technique et commercial et sa brevetabilité. Si le projet est retenu, elle "
        "finance un programme de maturation de 12 à 24 mois (prototype, essais, données précliniques, "
        "logiciel, étude de marché, dépôt de brevet) avec un budget fixé selon le projet, de l'ordre de "
        "50 000 à 300 000 €. L'objectif est le transfert de la technologie : licence à une entreprise "
        "existante ou création d'une start-up, souvent avec les inventeurs et l'appui d'Impulse. Les "
        "domaines sont variés : santé, biotech, dispositif médical, chimie, matériaux, numérique, "
        "environnement.",
        instrument="subvention",
        amount=(50_000, 300_000),
        stages="idee maturation",
        needs="financer propriete-intellectuelle",
        audiences="chercheur",
        eligibility="Invention issue d'un laboratoire public du Sud-Est. Réservé aux chercheurs et "
        "doctorants des laboratoires publics de la région.",
        contact_name="Chargé·e de projets de transfert",
    ),
    financing(
        "amidex",
        "appel-projets-innovation-amidex",
        "Appel à projets innovation A*MIDEX",
        "Un financement pour les projets de recherche à fort potentiel d'innovation et de transfert.",
        "La fondation A*MIDEX, initiative d'excellence d'Aix-Marseille, lance des appels à projets pour "
        "soutenir les équipes de recherche d'Aix-Marseille Université et de ses organismes partenaires "
        "(CNRS, Inserm, IRD, AP-HM…) dont les travaux ont un fort potentiel d'innovation : preuves de "
        "concept, prototypes, projets menés avec des entreprises, projets interdisciplinaires conduits "
        "avec la CISAM. Le financement, de l'ordre de 20 000 à 150 000 € selon le projet et l'appel, "
        "couvre des dépenses de personnel (post-doctorants, ingénieurs), de fonctionnement et "
        "d'équipement. Les dossiers sont déposés par le porteur scientifique pendant la période "
        "d'ouverture de l'appel, puis évalués par un comité ; les calendriers et critères sont publiés à "
        "chaque édition. Une entreprise peut y participer comme partenaire d'une équipe de recherche.",
        instrument="subvention",
        amount=(20_000, 150_000),
        stages="idee maturation",
        needs="financer recherche",
        audiences="chercheur",
        eligibility="Réservé aux chercheurs, enseignants-chercheurs et doctorants des laboratoires "
        "d'Aix-Marseille Université et de ses organismes partenaires.",
        contact_name="Chargé·e de mission innovation",
        review="never",
    ),
    financing(
        "metropole-aix-marseille-provence",
        "trophees-innovation-metropolitaine",
        "Trophées de l'innovation métropolitaine",
        "Un concours annuel qui récompense les jeunes entreprises innovantes du territoire.",
        "Organisés par la Métropole Aix-Marseille-Provence, Capitale européenne de l'innovation en 2022, "
        "les trophées de l'innovation métropolitaine distinguent chaque année de jeunes entreprises "
        "innovantes du territoire dans plusieurs catégories : innovation à impact, technologie, économie "
        "bleue, industries culturelles et créatives. Les lauréats reçoivent une dotation, de l'ordre de "
        "5 000 à 20 000 € selon la catégorie, et gagnent en visibilité auprès des financeurs, des grands "
        "comptes et des structures du Club Innov Provence. La candidature se fait en ligne à l'ouverture "
        "de l'appel annuel ; un jury de professionnels de l'innovation présélectionne des dossiers, puis "
        "auditionne les finalistes. Les conditions (âge de l'entreprise, localisation) sont précisées "
        "dans le règlement de chaque édition.",
        instrument="prix_concours",
        amount=(5_000, 20_000),
        stages="creation amorcage",
        audiences="createur",
        eligibility="Réservé aux jeunes entreprises innovantes installées dans la Métropole "
        "Aix-Marseille-Provence.",
        contact_name="Chargé·e de mission innovation",
    ),
    financing(
        "metropole-aix-marseille-provence",
        "fonds-amorcage-metropolitain",
        "Fonds d'amorçage métropolitain",
        "Projet de fonds d'investissement métropolitain pour les start-up en phase d'amorçage, à l'étude "
        "au sein du Club Innov Provence.",
        "Dispositif à l'étude dans le cadre du Club Innov Provence, le fonds d'amorçage métropolitain "
        "viendrait compléter la chaîne de financement locale entre, d'un côté, les prêts d'honneur et les "
        "subventions de lancement et, de l'autre, les levées de fonds de plusieurs millions d'euros. Il "
        "investirait en fonds propres ou quasi-fonds propres dans des start-up innovantes du territoire "
        "en phase d'amorçage, aux côtés de business angels et de fonds privés, pour des tickets de "
        "l'ordre de 100 000 à 500 000 €. Les modalités (gestionnaire, critères d'investissement, filières "
        "visées, calendrier) ne sont pas arrêtées : cette fiche, non publiée, sert à préparer le "
        "dispositif. Les start-up intéressées peuvent se signaler auprès de leur incubateur ou de leur "
        "pépinière.",
        instrument="fonds_propres",
        amount=(100_000, 500_000),
        stages="amorcage",
        audiences="createur",
        contact_name="Chargé·e de mission innovation",
        status="draft",
    ),
    # Equity
    financing(
        "provence-angels",
        "investissement-business-angels",
        "Investissement en amorçage par les business angels",
        "Des tickets de 50 000 à 500 000 € et l'accompagnement d'investisseurs expérimentés.",
        "Provence Angels réunit des business angels (entrepreneurs, dirigeants et cadres expérimentés) "
        "qui investissent à titre personnel dans des start-up innovantes de la région en phase "
        "d'amorçage, seuls ou en syndication avec d'autres réseaux et des fonds. Les tickets vont de "
        "50 000 à 500 000 € selon les tours de table, dans tous les secteurs : numérique, logiciel, "
        "santé, cleantech, industrie. Au-delà du capital, un ou plusieurs membres suivent l'entreprise "
        "après l'investissement, souvent au sein d'un comité stratégique. Le parcours type : présélection "
        "du dossier, pitch devant les membres, puis instruction approfondie (due diligence) par un groupe "
        "d'investisseurs intéressés. Le dossier unique de financement est accepté : une fois reçu, un "
        "membre de l'équipe du réseau vous recontacte, en général sous quelques semaines, pour dire si le "
        "projet peut être présenté aux membres.",
        instrument="fonds_propres",
        amount=(50_000, 500_000),
        stages="amorcage",
        needs="investisseurs financer",
        audiences="createur",
        eligibility="Réservé aux start-up innovantes en phase d'amorçage installées en Provence ou qui "
        "s'y développent.",
        contact_name="Chargé·e des relations avec les start-up",
        single_file=True,
    ),
    financing(
        "region-sud-investissement",
        "participation-region-sud-investissement",
        "Prise de participation Région Sud Investissement",
        "Le fonds régional prend des participations minoritaires dans les start-up et PME de la région, "
        "aux côtés d'investisseurs privés.",
        "Région Sud Investissement, le fonds d'investissement de la Région Provence-Alpes-Côte d'Azur, "
        "prend des participations minoritaires au capital de start-up et de PME régionales, aux côtés "
        "d'investisseurs privés (business angels, fonds de capital-risque) avec lesquels il co-investit. "
        "Les tickets, de l'ordre de 300 000 à 3 000 000 € selon le stade et le tour de table, financent "
        "l'amorçage commercial, le développement de nouveaux produits, les recrutements ou "
        "l'industrialisation, dans tous les secteurs. Le fonds reste minoritaire et accompagne "
        "l'entreprise au sein de sa gouvernance (conseil d'administration ou comité stratégique). Le "
        "dossier unique de financement est accepté : une fois reçu, un chargé d'affaires vous recontacte, "
        "en général sous quelques semaines, pour un premier échange sur le projet, le plan de financement "
        "et les co-investisseurs envisagés.",
        instrument="fonds_propres",
        amount=(300_000, 3_000_000),
        stages="amorcage developpement",
        needs="investisseurs financer",
        audiences="createur pme",
        eligibility="Réservé aux start-up et PME dont le siège ou l'activité principale est en "
        "Provence-Alpes-Côte d'Azur.",
        contact_name="Chargé·e d'affaires investissement",
        single_file=True,
    ),
    financing(
        "bpifrance",
        "fonds-propres-bpifrance",
        "Investissement en fonds propres Bpifrance",
        "Bpifrance investit directement ou via des fonds partenaires dans les entreprises en croissance.",
        "Les équipes d'investissement de Bpifrance accompagnent les levées de fonds des entreprises "
        "innovantes et des PME en croissance, en direct ou au travers des fonds partenaires qu'elle "
        "finance. Pour les entreprises en développement et en croissance, les tickets vont de l'ordre "
        "d'un à quinze millions d'euros, en minoritaire et aux côtés d'autres investisseurs, pour "
        "financer l'internationalisation, l'industrialisation, des acquisitions ou un programme de R&D "
        "d'envergure. Les secteurs couverts vont du numérique et de la santé à l'industrie et à la "
        "transition énergétique. L'entreprise peut aussi accéder aux programmes d'accompagnement de "
        "Bpifrance (accélérateurs, mises en relation). Le dossier unique de financement est accepté comme "
        "premier contact : une fois reçu, un chargé d'affaires vous rappelle, en général sous quelques "
        "semaines, pour orienter le dossier vers l'équipe ou le fonds adapté.",
        instrument="fonds_propres",
        amount=(1_000_000, 15_000_000),
        stages="developpement croissance",
        needs="investisseurs financer",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up, PME et ETI en développement ou en croissance qui préparent une levée de "
        "fonds.",
        contact_name="Chargé·e d'affaires fonds propres",
        single_file=True,
    ),
    financing(
        "bpifrance",
        "garantie-prets-bancaires",
        "Garantie des prêts bancaires",
        "Bpifrance garantit une partie de votre prêt bancaire pour faciliter son obtention.",
        "La garantie de Bpifrance couvre une partie du risque pris par votre banque sur un prêt destiné à "
        "la création, à la reprise, à l'innovation, au développement ou à l'international : en général "
        "jusqu'à 60 % du prêt, davantage dans certains cas, ce qui facilite l'accord de la banque. Elle "
        "concerne les TPE et PME de tous les secteurs, y compris les jeunes entreprises innovantes qui "
        "financent un prototype, des équipements, des locaux ou leur besoin en fonds de roulement, et se "
        "combine avec un prêt d'honneur ou une aide à l'innovation. Elle n'est pas demandée par "
        "l'entreprise : c'est la banque qui accorde le prêt qui la sollicite et la met en place auprès de "
        "Bpifrance. Il suffit d'en parler à son chargé d'affaires bancaire au moment de présenter le "
        "projet, par exemple avec le dossier unique de financement envoyé aux banques.",
        instrument="garantie",
        stages="creation..croissance",
        audiences="createur pme",
        eligibility="TPE et PME, y compris les entreprises en création ; la demande passe par la banque "
        "qui accorde le prêt.",
        contact_name="Chargé·e d'affaires garantie",
        review="old",
    ),
    financing(
        "bpifrance",
        "pret-amorcage-bpifrance",
        "Prêt d'amorçage",
        "Un prêt sans garantie, avec différé de remboursement, pour renforcer la trésorerie d'une "
        "start-up qui prépare une levée de fonds.",
        "Le prêt d'amorçage de Bpifrance s'adresse aux jeunes entreprises innovantes qui ont déjà "
        "bénéficié d'un soutien public à l'innovation (Bourse French Tech, aide pour projet d'innovation, "
        "concours i-Lab, accompagnement d'un incubateur…) et qui préparent une première levée de fonds. "
        "Sans garantie sur les actifs de l'entreprise ni caution personnelle du dirigeant, il renforce la "
        "trésorerie pendant la phase d'amorçage, avec un différé de remboursement qui laisse le temps de "
        "réaliser la levée. Il finance le lancement industriel et commercial, les recrutements et le "
        "besoin en fonds de roulement. Le montant, de 50 000 à 300 000 € selon le projet et "
        "l'intervention éventuelle de la Région, est fixé sur dossier. Le dossier unique de financement "
        "est accepté : une fois reçu, un chargé d'affaires de Bpifrance vous rappelle, en général sous "
        "quelques semaines, pour examiner le plan de financement.",
        instrument="pret_bancaire",
        amount=(50_000, 300_000),
        stages="amorcage",
        needs="financer investisseurs",
        audiences="createur",
        eligibility="Réservé aux jeunes entreprises innovantes, en général de moins de cinq ans, ayant "
        "déjà obtenu un soutien public à l'innovation.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    # Banques Innov: bank loans that accept the single financing file
    financing(
        "cepac",
        "pret-innovation-cepac",
        "Prêt start-up innovantes CEPAC",
        "Un prêt pour financer les premiers investissements des start-up, instruit sur dossier unique.",
        "L'équipe de la CEPAC dédiée aux entreprises innovantes finance les premiers investissements et "
        "le besoin en fonds de roulement des start-up en création et en amorçage : équipements, "
        "prototype, aménagement de locaux, lancement commercial. Le prêt, de 20 000 à 300 000 € selon le "
        "projet, vient en complément d'un prêt d'honneur, d'une subvention (Bourse French Tech, aide "
        "régionale) ou d'une levée de fonds, et peut être adossé à une garantie de Bpifrance. Tous les "
        "secteurs innovants sont concernés : numérique, santé, énergie, industrie, économie bleue. Membre "
        "du groupe « Banques Innov », la CEPAC accepte le dossier unique de financement #AMFT : une fois "
        "le dossier reçu, un chargé d'affaires innovation vous rappelle, en général sous quelques "
        "semaines, pour un premier rendez-vous et vous indique les pièces complémentaires éventuelles.",
        instrument="pret_bancaire",
        amount=(20_000, 300_000),
        stages="creation amorcage",
        audiences="createur",
        eligibility="Réservé aux créateurs et jeunes entreprises innovantes de la région.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "cepac",
        "pret-developpement-cepac",
        "Financement du développement CEPAC",
        "Crédits d'investissement et de croissance pour les entreprises innovantes qui changent d'échelle.",
        "Pour les entreprises innovantes qui changent d'échelle, la CEPAC finance les investissements de "
        "développement : acquisition ou aménagement de locaux, de laboratoires et d'ateliers, équipements "
        "de production, systèmes d'information, recrutements et croissance externe. Les financements, de "
        "100 000 à 1 500 000 € selon le projet, combinent crédits d'investissement, crédit-bail et "
        "financement du besoin en fonds de roulement, en lien avec les fonds d'investissement de la place "
        "et les garanties de Bpifrance lorsque l'entreprise lève des fonds en parallèle. Membre du groupe "
        "« Banques Innov », la CEPAC accepte le dossier unique de financement : une fois le dossier reçu, "
        "un chargé d'affaires entreprises vous recontacte, en général sous quelques semaines, pour "
        "analyser avec vous le plan de développement et les comptes.",
        instrument="pret_bancaire",
        amount=(100_000, 1_500_000),
        stages="developpement croissance",
        audiences="createur pme",
        eligibility="Jeunes entreprises et PME innovantes en développement.",
        contact_name="Chargé·e d'affaires entreprises",
        single_file=True,
    ),
    financing(
        "credit-agricole-alpes-provence",
        "pret-start-up-credit-agricole",
        "Prêt start-up Crédit Agricole Alpes Provence",
        "Un financement bancaire des jeunes entreprises innovantes, en lien avec thecamp.",
        "Le Crédit Agricole Alpes Provence finance les start-up dès leurs premiers mois : prêts de "
        "lancement de 20 000 à 250 000 € selon le projet pour les premiers équipements, le prototype et "
        "le besoin en fonds de roulement, en complément d'un prêt d'honneur, d'une Bourse French Tech ou "
        "d'une levée de fonds. Des chargés d'affaires spécialisés dans l'innovation suivent les jeunes "
        "entreprises du numérique, des cleantech, de l'agroalimentaire, de la santé ou de l'industrie, et "
        "la caisse régionale entretient un lien direct avec l'accélérateur de thecamp, sur le technopôle "
        "de l'Arbois. Membre du groupe « Banques Innov », elle accepte le dossier unique de financement : "
        "une fois le dossier reçu, un chargé d'affaires innovation vous rappelle, en général sous "
        "quelques semaines, pour un premier rendez-vous et la liste des éventuelles pièces "
        "complémentaires.",
        instrument="pret_bancaire",
        amount=(20_000, 250_000),
        stages="creation amorcage",
        audiences="createur",
        eligibility="Réservé aux créateurs et jeunes entreprises innovantes.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "credit-agricole-alpes-provence",
        "financement-industrialisation-credit-agricole",
        "Financement de l'industrialisation",
        "Crédit-bail, prêts d'équipement et financements structurés pour passer du prototype à la "
        "production industrielle.",
        "Pour les entreprises qui industrialisent leur production (passage du prototype à la présérie "
        "puis à la série, construction ou extension d'un atelier, ligne de production, machines), la "
        "caisse régionale propose des prêts d'équipement, du crédit-bail mobilier et immobilier et des "
        "financements structurés, avec les filiales spécialisées du groupe Crédit Agricole. Les montants, "
        "de 150 000 à 2 000 000 € selon le projet, peuvent être combinés avec une aide régionale, une "
        "avance de Bpifrance ou une levée de fonds. L'industrie, l'énergie, les cleantech, "
        "l'agroalimentaire et la santé sont particulièrement concernés. Membre du groupe « Banques "
        "Innov », le Crédit Agricole Alpes Provence accepte le dossier unique de financement : une fois "
        "le dossier reçu, un chargé d'affaires entreprises vous recontacte, en général sous quelques "
        "semaines, pour étudier le plan d'industrialisation.",
        instrument="pret_bancaire",
        amount=(150_000, 2_000_000),
        stages="developpement croissance",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up industrielles, PME et ETI qui investissent dans un outil de production.",
        contact_name="Chargé·e d'affaires entreprises",
        single_file=True,
    ),
    financing(
        "cic",
        "pret-innovation-cic",
        "Prêt innovation CIC",
        "Un prêt pour les start-up qui ont levé des fonds ou obtenu des aides à l'innovation.",
        "Le CIC finance les jeunes entreprises innovantes qui ont déjà levé des fonds ou obtenu des aides "
        "à l'innovation (Bourse French Tech, aide pour projet d'innovation, prêt d'honneur) : prêts de "
        "30 000 à 500 000 € selon le projet, en complément de ces fonds propres et quasi-fonds propres, "
        "pour financer le développement produit, les recrutements, les équipements ou le besoin en fonds "
        "de roulement. Un chargé d'affaires spécialisé dans l'innovation suit l'entreprise et la met en "
        "relation, si besoin, avec les métiers du groupe (capital-investissement, international). Tous "
        "les secteurs innovants sont concernés, du logiciel à la santé et à l'industrie. Membre du groupe "
        "« Banques Innov », le CIC accepte le dossier unique de financement : une fois le dossier reçu, "
        "le chargé d'affaires vous rappelle, en général sous quelques semaines, pour un premier "
        "rendez-vous.",
        instrument="pret_bancaire",
        amount=(30_000, 500_000),
        stages="amorcage developpement",
        audiences="createur pme",
        eligibility="Start-up et PME innovantes ayant déjà obtenu une levée de fonds ou une aide à "
        "l'innovation.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "bnp-paribas",
        "pret-amorcage-bnp-paribas",
        "Prêt d'amorçage BNP Paribas",
        "Un financement des premiers développements pour les start-up suivies par le pôle innovation.",
        "Le pôle innovation régional de BNP Paribas accompagne les start-up dès l'amorçage : prêts de "
        "25 000 à 300 000 € selon le projet pour financer les premiers développements, gestion des flux "
        "et des encaissements, solutions de paiement, puis mise en relation avec des investisseurs "
        "partenaires au moment de la levée de fonds. Les chargés d'affaires du pôle connaissent les "
        "dispositifs publics (Bourse French Tech, prêts d'honneur, garanties de Bpifrance) et "
        "construisent le plan de financement avec le dirigeant. Numérique, santé, cleantech, industrie : "
        "tous les secteurs innovants sont concernés. Membre du groupe « Banques Innov », BNP Paribas "
        "accepte le dossier unique de financement : une fois le dossier reçu, un chargé d'affaires du "
        "pôle innovation vous rappelle, en général sous quelques semaines, pour un premier rendez-vous.",
        instrument="pret_bancaire",
        amount=(25_000, 300_000),
        stages="creation amorcage",
        audiences="createur",
        eligibility="Réservé aux créateurs et jeunes entreprises innovantes en création ou en amorçage.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
        review="never",
    ),
    financing(
        "bnp-paribas",
        "financement-export-bnp-paribas",
        "Financement de l'export BNP Paribas",
        "Préfinancement des commandes, cautions de marché et couverture du risque de change pour vos "
        "contrats à l'international.",
        "BNP Paribas accompagne les entreprises innovantes qui vendent à l'étranger : préfinancement des "
        "commandes et des contrats export, cautions et garanties de marché (soumission, restitution "
        "d'acompte, bonne fin), crédit documentaire, couverture du risque de change et encaissements en "
        "devises, en s'appuyant sur le réseau international du groupe. Les montants, de "
        "50 000 à 2 000 000 € selon le contrat, peuvent être adossés aux garanties export de Bpifrance. "
        "Ce financement convient aux PME et ETI qui signent leurs premiers grands contrats à "
        "l'international comme aux start-up qui remportent un marché à l'étranger. Membre du groupe "
        "« Banques Innov », BNP Paribas accepte le dossier unique de financement : une fois le dossier "
        "reçu, un chargé d'affaires vous recontacte, en général sous quelques semaines, avec un "
        "spécialiste du commerce international.",
        instrument="pret_bancaire",
        amount=(50_000, 2_000_000),
        stages="developpement croissance",
        needs="financer international",
        audiences="createur pme eti-grand-groupe",
        eligibility="Start-up, PME et ETI qui réalisent ou préparent des contrats à l'international.",
        contact_name="Chargé·e d'affaires international",
        single_file=True,
    ),
    financing(
        "banque-populaire-mediterranee",
        "pret-innovation-banque-populaire",
        "Prêt innovation Banque Populaire Méditerranée",
        "Un parcours bancaire dédié aux entreprises innovantes, instruit sur le dossier unique.",
        "La Banque Populaire Méditerranée propose un parcours bancaire dédié aux entreprises innovantes, "
        "avec des chargés d'affaires spécialisés. Elle finance les programmes de R&D et les premiers "
        "investissements des start-up et PME innovantes (prototype, équipements de laboratoire, "
        "logiciels, recrutements) par des prêts de 20 000 à 400 000 € selon le projet, avec un différé de "
        "remboursement adapté au rythme du projet, en complément d'une aide de Bpifrance, d'un prêt "
        "d'honneur ou d'une levée de fonds. Tous les domaines sont concernés : numérique, santé, biotech, "
        "énergie, industrie. Membre du groupe « Banques Innov », elle instruit le dossier unique de "
        "financement : une fois le dossier reçu, un chargé d'affaires innovation vous rappelle, en "
        "général sous quelques semaines, pour un premier rendez-vous et vous indique les pièces "
        "complémentaires éventuelles.",
        instrument="pret_bancaire",
        amount=(20_000, 400_000),
        stages="creation amorcage",
        audiences="createur pme",
        eligibility="Start-up et PME innovantes en création ou en amorçage.",
        contact_name="Chargé·e d'affaires innovation",
        single_file=True,
    ),
    financing(
        "banque-populaire-mediterranee",
        "pret-croissance-banque-populaire",
        "Prêt croissance Banque Populaire Méditerranée",
        "Financer recrutements, investissements matériels et immatériels et croissance externe des "
        "entreprises innovantes.",
        "Pour les entreprises innovantes en croissance, la Banque Populaire Méditerranée finance les "
        "investissements matériels (équipements, outil de production, locaux) et immatériels (logiciels, "
        "développement commercial, marque), les recrutements et les opérations de croissance externe. Les "
        "financements, de 100 000 à 1 000 000 € selon le projet, combinent prêts à moyen terme, "
        "crédit-bail et financement du besoin en fonds de roulement, et peuvent s'articuler avec une "
        "levée de fonds ou les garanties de Bpifrance. Un chargé d'affaires entreprises suit la société "
        "et l'oriente, si besoin, vers les métiers spécialisés du groupe (international, "
        "capital-investissement). Membre du groupe « Banques Innov », la banque accepte le dossier unique "
        "de financement : une fois le dossier reçu, un chargé d'affaires vous recontacte, en général sous "
        "quelques semaines, pour un premier rendez-vous.",
        instrument="pret_bancaire",
        amount=(100_000, 1_000_000),
        stages="developpement croissance",
        audiences="pme eti-grand-groupe",
        eligibility="PME et ETI innovantes en croissance.",
        contact_name="Chargé·e d'affaires entreprises",
        single_file=True,
    ),
]
