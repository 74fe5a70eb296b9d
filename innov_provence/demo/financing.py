"""The financing chain, from the idea to growth: grants, honour loans, bank loans, equity, guarantees."""

from innov_provence.demo.rows import financing

FINANCING = [
    # Honour loans
    financing(
        "marseille-innovation",
        "pret-honneur-innovation-marseille-innovation",
        "Prêt d'honneur à l'innovation de Marseille Innovation",
        "Jusqu'à 30 000 € à taux zéro sur 48 mois, garanti par Bpifrance, pour les jeunes entreprises "
        "innovantes.",
        "Le prêt d'honneur à l'innovation est un prêt personnel au dirigeant, sans intérêt ni garantie "
        "personnelle, remboursable sur 48 mois. Il renforce les fonds propres de l'entreprise et facilite "
        "l'obtention d'un prêt bancaire complémentaire : il peut ainsi être doublé par l'effet de levier.",
        instrument="pret_honneur",
        amount=(10_000, 30_000),
        stages="creation amorcage",
        eligibility="Entreprise innovante de moins de trois ans, accompagnée par une structure du Club "
        "Innov Provence.",
        contact_name="Claire Moreau",
    ),
    financing(
        "initiative-marseille-metropole",
        "pret-honneur-initiative-marseille",
        "Prêt d'honneur Initiative Marseille Métropole",
        "Un prêt à taux zéro, sans garantie personnelle, pour créer ou reprendre une entreprise.",
        "Accordé après passage devant un comité de chefs d'entreprise et de banquiers, le prêt d'honneur "
        "facilite l'obtention d'un prêt bancaire et s'accompagne d'un parrainage. Environ 250 projets en "
        "bénéficient chaque année.",
        instrument="pret_honneur",
        amount=(3_000, 30_000),
        stages="creation amorcage",
    ),
    financing(
        "initiative-marseille-metropole",
        "pret-honneur-croissance-initiative",
        "Prêt d'honneur Initiative Croissance",
        "Un second prêt d'honneur pour financer une nouvelle étape de développement.",
        "Destiné aux entreprises de trois à cinq ans qui recrutent, investissent ou se diversifient, le "
        "prêt d'honneur croissance complète un prêt bancaire et s'accompagne d'un suivi renforcé.",
        instrument="pret_honneur",
        amount=(10_000, 50_000),
        stages="developpement",
        review="old",
    ),
    financing(
        "pays-d-aix-initiative",
        "pret-honneur-pays-d-aix",
        "Prêt d'honneur Pays d'Aix Initiative",
        "De 3 000 à 30 000 € à taux zéro pour les créateurs et repreneurs du Pays d'Aix.",
        "Le prêt d'honneur, personnel et sans garantie, renforce l'apport du créateur et sert de levier "
        "pour obtenir un prêt bancaire. Les lauréats sont parrainés par un chef d'entreprise.",
        instrument="pret_honneur",
        amount=(3_000, 30_000),
        stages="creation amorcage",
        technopoles="arbois",
    ),
    financing(
        "pays-d-aix-initiative",
        "pret-honneur-projets-technologiques-pays-d-aix",
        "Prêt d'honneur pour les projets technologiques",
        "Jusqu'à 40 000 € pour les projets innovants et technologiques du Pays d'Aix.",
        "Pour les projets technologiques, notamment accompagnés par un incubateur ou une pépinière, le "
        "montant du prêt d'honneur peut atteindre 40 000 €, avec un comité d'experts de l'innovation.",
        instrument="pret_honneur",
        amount=(10_000, 40_000),
        stages="creation amorcage",
        technopoles="arbois",
        sectors="environnement-cleantech energie numerique",
    ),
    financing(
        "reseau-entreprendre-provence",
        "pret-honneur-reseau-entreprendre",
        "Prêt d'honneur Réseau Entreprendre",
        "Un prêt d'honneur accompagné de deux à trois ans de mentorat par un chef d'entreprise.",
        "Réseau Entreprendre Provence accorde aux créateurs et repreneurs à fort potentiel d'emplois un "
        "prêt d'honneur sans intérêt ni garantie, qui déclenche des prêts bancaires, et un accompagnement "
        "par un chef d'entreprise bénévole.",
        instrument="pret_honneur",
        amount=(15_000, 50_000),
        stages="creation..developpement",
        needs="financer etre-accompagne",
    ),
    financing(
        "incubateur-belle-de-mai",
        "pret-incubateur-belle-de-mai",
        "Prêt de l'Incubateur Belle de Mai",
        "Jusqu'à 40 000 € pour financer le lancement des start-up incubées.",
        "Les start-up incubées peuvent bénéficier d'un prêt pour financer leurs premiers développements, "
        "complété par l'accompagnement à la recherche de financements bancaires et publics.",
        instrument="pret_honneur",
        amount=(None, 40_000),
        stages="creation amorcage",
        technopoles="belle-de-mai",
        sectors="numerique industries-culturelles-creatives",
    ),
    # Grants, repayable advances, prizes
    financing(
        "bpifrance",
        "bourse-french-tech",
        "Bourse French Tech",
        "Une subvention jusqu'à 30 000 €, couvrant 70 % des dépenses, pour les entreprises de moins d'un an.",
        "La Bourse French Tech finance les dépenses de lancement d'un projet innovant : études de "
        "faisabilité, prototype, propriété intellectuelle, premiers recrutements. Elle est souvent "
        "sollicitée avec l'appui d'un incubateur.",
        instrument="subvention",
        amount=(None, 30_000),
        rate=70,
        stages="creation",
        eligibility="Entreprise de moins d'un an, projet innovant.",
    ),
    financing(
        "bpifrance",
        "bourse-french-tech-emergence",
        "Bourse French Tech Émergence",
        "Jusqu'à 90 000 € pour maturer un projet deeptech issu de la recherche.",
        "Destinée aux projets technologiques issus de la recherche ou fondés sur une technologie de "
        "rupture, la bourse finance la maturation technique et économique avant et juste après la création "
        "de l'entreprise.",
        instrument="subvention",
        amount=(None, 90_000),
        rate=70,
        stages="maturation creation",
        needs="financer recherche",
    ),
    financing(
        "bpifrance",
        "aide-projet-innovation-bpifrance",
        "Aide pour projet d'innovation",
        "Subvention ou avance remboursable pour financer un programme d'innovation de PME.",
        "Bpifrance finance les dépenses d'un programme de développement d'un produit, procédé ou service "
        "innovant, de la faisabilité à la préindustrialisation, sous forme de subvention ou d'avance "
        "remboursable en cas de succès.",
        instrument="avance_remboursable",
        amount=(30_000, 3_000_000),
        rate=60,
        stages="amorcage developpement",
        needs="financer prototyper",
        technopoles="arbois luminy chateau-gombert belle-de-mai euromediterranee",
    ),
    financing(
        "region-sud",
        "aide-innovation-regionalisee",
        "Aide régionalisée à l'innovation",
        "De 100 000 à 500 000 € pour les programmes d'innovation des PME de la région.",
        "Cofinancée par l'État, la Région Sud et Bpifrance, l'aide soutient les programmes d'innovation "
        "ambitieux des PME innovantes du territoire, sous forme de subvention ou d'avance remboursable.",
        instrument="subvention",
        amount=(100_000, 500_000),
        rate=50,
        stages="developpement croissance",
        eligibility="PME de la région Provence-Alpes-Côte d'Azur.",
    ),
    financing(
        "region-sud",
        "aide-regionale-prospection-internationale",
        "Aide régionale à la prospection internationale",
        "Une subvention pour financer salons, missions et études de marché à l'étranger.",
        "La Région prend en charge une partie des dépenses de prospection des PME (salons, missions, "
        "adaptation des supports), en complément de l'accompagnement de Team France Export.",
        instrument="subvention",
        amount=(5_000, 50_000),
        rate=50,
        stages="developpement croissance",
        needs="financer international",
    ),
    financing(
        "bpifrance",
        "assurance-prospection",
        "Assurance prospection",
        "Une avance sur vos dépenses de prospection à l'export, remboursable selon le chiffre d'affaires "
        "réalisé.",
        "L'assurance prospection couvre une partie des dépenses engagées pour prospecter de nouveaux "
        "marchés étrangers ; l'avance n'est remboursée qu'en fonction du chiffre d'affaires généré à "
        "l'export.",
        instrument="avance_remboursable",
        amount=(None, 1_500_000),
        rate=65,
        stages="developpement croissance",
        needs="financer international",
    ),
    financing(
        "bpifrance",
        "concours-i-lab",
        "Concours d'innovation i-Lab",
        "Jusqu'à 600 000 € pour les projets de création d'entreprises deeptech.",
        "Le concours national, organisé avec le ministère de la Recherche, récompense chaque année les "
        "meilleurs projets de création d'entreprises de technologies innovantes ; les lauréats reçoivent "
        "une subvention et un accompagnement.",
        instrument="prix_concours",
        amount=(None, 600_000),
        rate=60,
        stages="maturation creation",
        needs="financer recherche",
    ),
    financing(
        "impulse",
        "avance-remboursable-impulse",
        "Avance remboursable en cas de succès",
        "De 30 000 à 40 000 € pour financer les premières étapes des projets incubés.",
        "Impulse accorde aux projets incubés une avance remboursable en cas de succès, qui finance études, "
        "prototypes et propriété intellectuelle pendant la phase d'incubation.",
        instrument="avance_remboursable",
        amount=(30_000, 40_000),
        stages="maturation creation",
        technopoles="chateau-gombert luminy",
    ),
    financing(
        "satt-sud-est",
        "financement-maturation-satt",
        "Financement de programmes de maturation",
        "La SATT investit dans la preuve de concept des inventions des laboratoires publics.",
        "Après évaluation, la SATT finance des programmes de maturation de 12 à 24 mois (prototype, essais, "
        "études de marché, brevets) pour amener une technologie jusqu'à son transfert à une entreprise.",
        instrument="subvention",
        amount=(50_000, 300_000),
        stages="idee maturation",
        needs="financer propriete-intellectuelle",
        eligibility="Invention issue d'un laboratoire public du Sud-Est.",
    ),
    financing(
        "amidex",
        "appel-projets-innovation-amidex",
        "Appel à projets innovation A*MIDEX",
        "Un financement pour les projets de recherche à fort potentiel d'innovation et de transfert.",
        "La fondation A*MIDEX soutient les projets de ses équipes à fort potentiel d'innovation : preuves "
        "de concept, partenariats avec des entreprises, projets interdisciplinaires portés avec la CISAM.",
        instrument="subvention",
        amount=(20_000, 150_000),
        stages="idee maturation",
        needs="financer recherche",
        review="never",
    ),
    financing(
        "metropole-aix-marseille-provence",
        "trophees-innovation-metropolitaine",
        "Trophées de l'innovation métropolitaine",
        "Un concours annuel qui récompense les jeunes entreprises innovantes du territoire.",
        "Les trophées distinguent des entreprises innovantes dans plusieurs catégories (impact, "
        "technologie, économie bleue, industries créatives) et offrent dotation et visibilité.",
        instrument="prix_concours",
        amount=(5_000, 20_000),
        stages="creation amorcage",
    ),
    financing(
        "metropole-aix-marseille-provence",
        "fonds-amorcage-metropolitain",
        "Fonds d'amorçage métropolitain",
        "Projet de fonds pour les start-up en phase d'amorçage.",
        "Dispositif à l'étude dans le cadre du Club Innov Provence pour compléter la chaîne de financement "
        "locale en phase d'amorçage.",
        instrument="fonds_propres",
        amount=(100_000, 500_000),
        stages="amorcage",
        status="draft",
    ),
    # Equity
    financing(
        "provence-angels",
        "investissement-business-angels",
        "Investissement en amorçage par les business angels",
        "Des tickets de 50 000 à 500 000 € et l'accompagnement d'investisseurs expérimentés.",
        "Les membres de Provence Angels investissent, seuls ou en syndication, dans les start-up en phase "
        "d'amorçage et mettent leur expérience au service des dirigeants.",
        instrument="fonds_propres",
        amount=(50_000, 500_000),
        stages="amorcage",
        needs="investisseurs financer",
    ),
    financing(
        "region-sud-investissement",
        "participation-region-sud-investissement",
        "Prise de participation Région Sud Investissement",
        "Le fonds régional co-investit dans les PME et start-up en développement.",
        "Région Sud Investissement prend des participations minoritaires, aux côtés d'investisseurs "
        "privés, pour financer le développement des entreprises régionales.",
        instrument="fonds_propres",
        amount=(300_000, 3_000_000),
        stages="amorcage developpement",
        needs="investisseurs financer",
    ),
    financing(
        "bpifrance",
        "fonds-propres-bpifrance",
        "Investissement en fonds propres Bpifrance",
        "Bpifrance investit directement ou via des fonds partenaires dans les entreprises en croissance.",
        "Les équipes d'investissement de Bpifrance accompagnent les levées de fonds des entreprises "
        "innovantes, de l'amorçage au capital développement, en direct ou aux côtés de fonds partenaires.",
        instrument="fonds_propres",
        amount=(1_000_000, 15_000_000),
        stages="developpement croissance",
        needs="investisseurs financer",
    ),
    financing(
        "bpifrance",
        "garantie-prets-bancaires",
        "Garantie des prêts bancaires",
        "Bpifrance garantit une partie de votre prêt bancaire pour faciliter son obtention.",
        "La garantie couvre jusqu'à 60 % du prêt accordé par votre banque pour la création, l'innovation "
        "ou le développement ; elle est mobilisée directement par la banque.",
        instrument="garantie",
        stages="creation..croissance",
        review="old",
    ),
    financing(
        "bpifrance",
        "pret-amorcage-bpifrance",
        "Prêt d'amorçage",
        "Un prêt sans garantie pour préparer une levée de fonds.",
        "Le prêt d'amorçage renforce la trésorerie des jeunes entreprises innovantes en attendant une "
        "levée de fonds, avec un différé de remboursement.",
        instrument="pret_bancaire",
        amount=(50_000, 300_000),
        stages="amorcage",
        needs="financer investisseurs",
    ),
    # Banques Innov: bank loans that accept the single financing file
    financing(
        "cepac",
        "pret-innovation-cepac",
        "Prêt start-up innovantes CEPAC",
        "Un prêt pour financer les premiers investissements des start-up, instruit sur dossier unique.",
        "L'équipe innovation de la CEPAC finance les premiers investissements et le besoin en fonds de "
        "roulement des jeunes entreprises innovantes, en complément d'un prêt d'honneur ou d'une "
        "subvention. Le dossier unique de financement #AMFT est accepté.",
        instrument="pret_bancaire",
        amount=(20_000, 300_000),
        stages="creation amorcage",
        single_file=True,
    ),
    financing(
        "cepac",
        "pret-developpement-cepac",
        "Financement du développement CEPAC",
        "Crédits d'investissement et de croissance pour les entreprises innovantes qui changent d'échelle.",
        "La CEPAC accompagne les entreprises innovantes en développement : financement de locaux, "
        "d'équipements et de croissance externe, en lien avec les fonds de la place.",
        instrument="pret_bancaire",
        amount=(100_000, 1_500_000),
        stages="developpement croissance",
        single_file=True,
    ),
    financing(
        "credit-agricole-alpes-provence",
        "pret-start-up-credit-agricole",
        "Prêt start-up Crédit Agricole Alpes Provence",
        "Un financement bancaire des jeunes entreprises innovantes, en lien avec thecamp.",
        "Le Crédit Agricole Alpes Provence finance les start-up dès leurs premiers mois, avec des chargés "
        "d'affaires spécialisés et un lien direct avec l'accélérateur de thecamp. Le dossier unique de "
        "financement est accepté.",
        instrument="pret_bancaire",
        amount=(20_000, 250_000),
        stages="creation amorcage",
        single_file=True,
    ),
    financing(
        "credit-agricole-alpes-provence",
        "financement-industrialisation-credit-agricole",
        "Financement de l'industrialisation",
        "Crédit-bail et prêts d'équipement pour passer à l'échelle industrielle.",
        "Pour les entreprises qui industrialisent leur production, la caisse régionale propose prêts "
        "d'équipement, crédit-bail et financements structurés avec ses filiales spécialisées.",
        instrument="pret_bancaire",
        amount=(150_000, 2_000_000),
        stages="developpement croissance",
        single_file=True,
    ),
    financing(
        "cic",
        "pret-innovation-cic",
        "Prêt innovation CIC",
        "Un prêt pour les start-up qui ont levé des fonds ou obtenu des aides à l'innovation.",
        "Le CIC finance les jeunes entreprises innovantes en complément de leurs levées de fonds et aides "
        "publiques, avec un chargé d'affaires spécialisé. Le dossier unique de financement est accepté.",
        instrument="pret_bancaire",
        amount=(30_000, 500_000),
        stages="amorcage developpement",
        single_file=True,
    ),
    financing(
        "bnp-paribas",
        "pret-amorcage-bnp-paribas",
        "Prêt d'amorçage BNP Paribas",
        "Un financement des premiers développements pour les start-up suivies par le pôle innovation.",
        "Le pôle innovation de BNP Paribas accompagne les start-up dès l'amorçage : crédit, gestion des "
        "flux, mise en relation avec les investisseurs partenaires. Le dossier unique de financement est "
        "accepté.",
        instrument="pret_bancaire",
        amount=(25_000, 300_000),
        stages="creation amorcage",
        single_file=True,
        review="never",
    ),
    financing(
        "bnp-paribas",
        "financement-export-bnp-paribas",
        "Financement de l'export BNP Paribas",
        "Préfinancement, cautions et garanties pour vos contrats à l'international.",
        "BNP Paribas accompagne les entreprises innovantes qui se développent à l'étranger : "
        "préfinancement des commandes, cautions de marché et couverture des risques de change.",
        instrument="pret_bancaire",
        amount=(50_000, 2_000_000),
        stages="developpement croissance",
        needs="financer international",
        single_file=True,
    ),
    financing(
        "banque-populaire-mediterranee",
        "pret-innovation-banque-populaire",
        "Prêt innovation Banque Populaire Méditerranée",
        "Un parcours bancaire dédié aux entreprises innovantes, instruit sur le dossier unique.",
        "La Banque Populaire Méditerranée finance les programmes de R&D et les premiers investissements des "
        "entreprises innovantes, avec un différé adapté au rythme des projets.",
        instrument="pret_bancaire",
        amount=(20_000, 400_000),
        stages="creation amorcage",
        single_file=True,
    ),
    financing(
        "banque-populaire-mediterranee",
        "pret-croissance-banque-populaire",
        "Prêt croissance Banque Populaire Méditerranée",
        "Financer recrutements, investissements et croissance externe.",
        "Pour les entreprises innovantes en croissance, la banque finance les investissements matériels et "
        "immatériels et accompagne les opérations de croissance externe.",
        instrument="pret_bancaire",
        amount=(100_000, 1_000_000),
        stages="developpement croissance",
        single_file=True,
    ),
]
