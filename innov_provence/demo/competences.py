"""The competence map of labs and technology platforms (the A*MIDEX action of the roadmap)."""

from innov_provence.demo.rows import competence

LAB = "laboratoire"
PLATFORM = "plateforme"

COMPETENCES = [
    # Luminy: immunology, biology, health
    competence(
        "ciml",
        "immunologie-ciml",
        "Immunologie fondamentale et translationnelle (CIML)",
        "Les équipes du CIML collaborent avec les entreprises sur l'immunité innée et adaptative et les "
        "immunothérapies.",
        "Créé en 1976 sur le campus de Luminy, le Centre d'Immunologie de Marseille-Luminy est l'un des "
        "principaux centres européens de recherche sur le système immunitaire ; ses travaux ont donné "
        "naissance à Immunotech, Innate Pharma et Ipsogen. Ses équipes étudient les lymphocytes T et B, les "
        "cellules NK, les cellules dendritiques et les macrophages, l'inflammation, les infections, "
        "l'auto-immunité et l'immunologie des cancers. Une biotech, une start-up ou un industriel du "
        "médicament peut y trouver un partenaire pour valider une cible thérapeutique, caractériser un "
        "anticorps ou un candidat d'immunothérapie, ou analyser la réponse immunitaire dans un modèle de "
        "maladie. Formes possibles : contrat de collaboration de recherche, prestation, thèse CIFRE, "
        "laboratoire commun. Les contrats sont signés avec les tutelles (AMU, CNRS, Inserm) ; le premier "
        "contact se fait avec la direction du laboratoire, qui oriente vers l'équipe compétente et les "
        "plateformes de cytométrie, d'imagerie et de génomique du site de Luminy.",
        type=LAB,
        lab_code="UMR 7280 – U1104",
        domains="Immunologie, immunothérapie, anticorps, cellules NK, lymphocytes T, inflammation, "
        "auto-immunité, infectiologie, immuno-oncologie, génomique des cellules immunitaires",
        equipment="Cytométrie en flux et spectrale, tri cellulaire, imagerie intravitale, séquençage de "
        "cellules uniques (single-cell)",
        supervisors="aix-marseille-universite cnrs-provence-corse inserm-paca-corse",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, dans le cadre d'un contrat de collaboration ou de prestation avec les tutelles du "
        "laboratoire.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "ciml",
        "cytometrie-imagerie-ciml",
        "Plateforme de cytométrie et d'imagerie du CIML",
        "Tri cellulaire, cytométrie multiparamétrique et microscopie, en prestation ou en collaboration.",
        "La plateforme de cytométrie et d'imagerie du CIML, à Luminy, ouvre aux entreprises ses cytomètres "
        "analyseurs et spectraux, ses trieurs de cellules et ses microscopes confocaux et biphotoniques. "
        "Deux modes d'accès : la prestation, où un ingénieur réalise le tri cellulaire ou l'acquisition sur "
        "vos échantillons, et l'accès en autonomie après une formation à l'instrument. Les ingénieurs "
        "aident à concevoir les panels de marquage multicouleurs, à préparer les échantillons et à analyser "
        "les données (identification des populations, réduction de dimension, quantification d'images). "
        "Usages typiques : phénotypage immunologique, test d'un anticorps ou d'une thérapie cellulaire, tri "
        "de populations rares avant séquençage, imagerie de tissus ou de cellules vivantes. Les tarifs, les "
        "créneaux de réservation et les conditions de sécurité biologique propres à vos échantillons sont "
        "précisés sur devis, après un premier échange sur le projet.",
        type=PLATFORM,
        domains="Cytométrie en flux, cytométrie spectrale, tri cellulaire, phénotypage immunologique, "
        "microscopie confocale, imagerie du vivant",
        equipment="Cytomètres analyseurs et spectraux, trieurs de cellules, microscopes confocaux et "
        "biphotoniques, logiciels d'analyse de données de cytométrie et d'images",
        supervisors="aix-marseille-universite cnrs-provence-corse inserm-paca-corse",
        technopoles="luminy",
        sectors="sante-biotech",
        needs="recherche prototyper",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux start-up, PME, ETI, grands groupes et laboratoires publics : prestation, "
        "accès en autonomie après formation ou collaboration, sur devis.",
        contact_name="Responsable de la plateforme",
    ),
    competence(
        "ciphe",
        "immunophenomique-ciphe",
        "Immunophénomique et modèles précliniques (CIPHE)",
        "Souris génétiquement modifiées, phénotypage immunologique et études précliniques d'efficacité pour "
        "l'immunologie, en prestation.",
        "Installé à Luminy, le Centre d'ImmunoPhénomique est une infrastructure nationale qui conçoit, "
        "produit et analyse des modèles murins pour l'immunologie et l'évaluation de candidats médicaments. "
        "Son offre, ouverte aux laboratoires et aux entreprises (biotech, pharma, start-up), couvre la "
        "création de lignées de souris génétiquement modifiées (knock-out, knock-in, CRISPR/Cas9), la "
        "cryoconservation et la réimplantation de lignées, l'élevage et l'hébergement en animalerie de haut "
        "niveau sanitaire, le phénotypage immunologique par cytométrie en flux et de masse, l'histologie et "
        "des études précliniques d'efficacité et de pharmacologie (modèles de cancer, d'inflammation, "
        "d'infection). Les études respectent la réglementation de l'expérimentation animale (autorisation "
        "de projet après avis d'un comité d'éthique, règle des 3R). Le projet est d'abord discuté avec un "
        "chef de projet, qui propose un plan d'étude et un devis ; la propriété des résultats est fixée "
        "dans le contrat.",
        type=PLATFORM,
        domains="Phénotypage immunologique, souris génétiquement modifiées, modèles précliniques, "
        "pharmacologie, immuno-oncologie, études d'efficacité",
        equipment="Animalerie de haut niveau sanitaire, transgenèse CRISPR/Cas9, cytométrie en flux et de "
        "masse, histologie",
        supervisors="inserm-paca-corse cnrs-provence-corse aix-marseille-universite",
        technopoles="luminy",
        sectors="sante-biotech",
        stages="maturation..croissance",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux biotech, start-up, PME, groupes pharmaceutiques et laboratoires publics, "
        "pour des études conduites sur devis dans le cadre réglementaire de l'expérimentation animale.",
        contact_name="Chef·fe de projet prestations",
    ),
    competence(
        "aix-marseille-universite",
        "ibdm-biologie-developpement",
        "Biologie du développement (IBDM)",
        "Cellules souches, régénération et morphogenèse : des compétences pour la médecine régénérative.",
        "L'Institut de Biologie du Développement de Marseille, à Luminy, étudie comment se forment, se "
        "maintiennent et se régénèrent les tissus et les organes : cellules souches, morphogenèse, "
        "mécanique des tissus, développement du système nerveux. Ses équipes travaillent sur des organismes "
        "modèles, comme la drosophile et la souris, et sur des cultures cellulaires. Pour une entreprise de "
        "la santé, de la médecine régénérative ou des outils d'imagerie, l'institut peut apporter une "
        "expertise et des modèles pour tester une molécule, valider une cible ou développer une méthode "
        "d'analyse d'images. L'IBDM héberge la plateforme d'imagerie PiCSL-FBI, membre de l'infrastructure "
        "France-BioImaging, qui donne accès à des microscopes confocaux, biphotoniques et à feuille de "
        "lumière avec l'appui d'ingénieurs. Les collaborations (contrat de recherche, prestation, thèse "
        "CIFRE) sont négociées avec AMU et le CNRS ; le premier contact se fait avec la direction de "
        "l'institut.",
        type=LAB,
        lab_code="UMR 7288",
        domains="Biologie du développement, cellules souches, médecine régénérative, morphogenèse, "
        "neurobiologie, imagerie du vivant",
        equipment="Microscopie confocale, biphotonique et à feuille de lumière, plateforme d'imagerie "
        "PiCSL-FBI, organismes modèles",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        technopoles="luminy",
        sectors="sante-biotech",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec AMU et le CNRS.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "aix-marseille-universite",
        "inmed-neurobiologie",
        "Neurobiologie et neurodéveloppement (INMED)",
        "Épilepsie, autisme, développement cérébral : des équipes ouvertes aux partenariats.",
        "Fondé en 1999 sur le campus de Luminy, l'Institut de Neurobiologie de la Méditerranée étudie le "
        "développement normal et pathologique du cerveau, de la période fœtale à l'âge adulte : épilepsie, "
        "autisme, malformations corticales, maladies neurodéveloppementales. Ses travaux ont déjà conduit à "
        "des créations d'entreprises dans le domaine du médicament, comme Neurochlore. Pour une biotech, "
        "une entreprise du dispositif médical ou des neurotechnologies, l'institut apporte une expertise en "
        "électrophysiologie in vitro et in vivo, en imagerie calcique, en comportement et en pharmacologie, "
        "ainsi que des modèles précliniques pour tester une molécule ou valider une cible. Les "
        "collaborations (contrat de recherche, prestation, thèse CIFRE) sont négociées avec l'Inserm, par "
        "l'intermédiaire d'Inserm Transfert, et avec Aix-Marseille Université ; un premier échange avec la "
        "direction permet d'identifier l'équipe concernée.",
        type=LAB,
        lab_code="UMR 1249",
        domains="Neurosciences, neurodéveloppement, épilepsie, autisme, électrophysiologie, pharmacologie, "
        "neurotechnologies",
        equipment="Électrophysiologie in vitro et in vivo, imagerie calcique, phénotypage comportemental, "
        "modèles précliniques",
        supervisors="inserm-paca-corse aix-marseille-universite",
        technopoles="luminy",
        sectors="sante-biotech",
        review="never",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat avec l'Inserm et Aix-Marseille Université.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "aix-marseille-universite",
        "salle-blanche-planete",
        "Salle blanche de micro et nanofabrication PLANETE",
        "Lithographie, dépôts et gravure en salle blanche pour prototyper des capteurs, des puces et des "
        "micro et nanodispositifs.",
        "Installée sur le campus de Luminy et rattachée au Centre Interdisciplinaire de Nanoscience de "
        "Marseille (CINaM), la salle blanche PLANETE ouvre ses équipements de micro et nanofabrication aux "
        "start-up, aux PME et aux industriels qui veulent prototyper un composant : capteur, puce "
        "microfluidique, électrode, MEMS, composant photonique ou électronique. Le procédé complet peut y "
        "être conduit : lithographie optique et électronique, dépôt de couches minces (métaux, oxydes), "
        "gravure plasma, puis contrôle dimensionnel et caractérisation. Trois modes d'accès : prestation "
        "réalisée par les ingénieurs de la salle, accès en autonomie après une formation aux règles de la "
        "salle blanche, ou collaboration de recherche avec les équipes du CINaM pour les projets plus "
        "exploratoires. Un premier échange sur le cahier des charges permet de vérifier la faisabilité et "
        "les délais ; le coût est établi sur devis.",
        type=PLATFORM,
        domains="Nanofabrication, microfabrication, salle blanche, capteurs, MEMS, microfluidique, "
        "microélectronique, couches minces",
        equipment="Lithographie électronique et optique (UV), dépôts de couches minces, gravure plasma, "
        "microscopie électronique à balayage",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        technopoles="luminy",
        sectors="numerique ingenierie-industrie",
        needs="recherche prototyper",
        stages="maturation..developpement",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux start-up, PME, ETI, grands groupes et laboratoires publics : prestation, "
        "accès après formation ou collaboration, sur devis.",
        contact_name="Responsable de la salle blanche",
    ),
    competence(
        "aix-marseille-universite",
        "marseille-proteomique",
        "Marseille Protéomique (MaP)",
        "Identifier et quantifier des protéines par spectrométrie de masse : biomarqueurs, cibles, "
        "anticorps et protéines recombinantes.",
        "La plateforme Marseille Protéomique analyse les protéines par spectrométrie de masse pour les "
        "laboratoires et les entreprises de la santé et des biotechnologies. Elle prend en charge tout le "
        "parcours : conseil sur le plan d'expérience, préparation des échantillons (cellules, tissus, "
        "fluides biologiques, protéines purifiées), acquisition sur des spectromètres de masse haute "
        "résolution couplés à la nano-chromatographie liquide, puis analyse bio-informatique et rapport. "
        "Analyses courantes : identification de protéines, quantification sans marquage ou par marquage "
        "isotopique, modifications post-traductionnelles (phosphorylations…), interactomique, vérification "
        "de la séquence et de l'intégrité d'une protéine recombinante ou d'un anticorps, analyses ciblées "
        "pour la découverte et la validation de biomarqueurs. Chaque demande est étudiée à partir d'une "
        "description du projet ; la plateforme propose une prestation sur devis, ou une collaboration de "
        "recherche quand le projet demande un développement de méthode.",
        type=PLATFORM,
        domains="Protéomique, spectrométrie de masse, biomarqueurs, modifications post-traductionnelles, "
        "interactomique, caractérisation d'anticorps et de protéines recombinantes",
        equipment="Spectromètres de masse haute résolution, chromatographie nano-LC, chaîne d'analyse "
        "bio-informatique",
        supervisors="aix-marseille-universite inserm-paca-corse cnrs-provence-corse",
        sectors="sante-biotech",
        stages="maturation..developpement",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux start-up, PME, ETI, grands groupes et laboratoires publics, en prestation "
        "sur devis ou en collaboration de recherche.",
        contact_name="Responsable de la plateforme",
    ),
    competence(
        "aix-marseille-universite",
        "crcm-cancerologie",
        "Recherche en cancérologie (CRCM)",
        "Des équipes de recherche sur le cancer, de la biologie fondamentale aux essais cliniques.",
        "Le Centre de Recherche en Cancérologie de Marseille rassemble, sur le site de l'Institut "
        "Paoli-Calmettes, des équipes qui vont de la biologie fondamentale du cancer à la recherche "
        "translationnelle et clinique. Ses thématiques : signalisation et polarité cellulaires, cancers du "
        "sein et du pancréas, hémopathies malignes, immunologie des tumeurs et immunothérapie, chimie "
        "médicinale et biologie structurale, bio-informatique. Biotech, start-up et industriels de la "
        "pharmacie y trouvent des partenaires pour identifier ou valider une cible thérapeutique, cribler "
        "des molécules, caractériser un anticorps, développer un biomarqueur ou un test compagnon, ou "
        "travailler sur des échantillons de patients en lien avec l'hôpital. Le centre dispose de "
        "plateformes de criblage, de cytométrie, de génomique, de protéomique et d'imagerie. Les "
        "collaborations (contrat de recherche, prestation, thèse CIFRE, laboratoire commun) sont négociées "
        "avec les tutelles, AMU, CNRS et Inserm, et avec l'Institut Paoli-Calmettes.",
        type=LAB,
        lab_code="UMR 7258 – U1068",
        domains="Oncologie, cancérologie, signalisation cellulaire, immunothérapie des cancers, anticorps, "
        "chimie médicinale, biomarqueurs, bio-informatique",
        equipment="Criblage de molécules, cytométrie, génomique, protéomique, imagerie",
        supervisors="aix-marseille-universite cnrs-provence-corse inserm-paca-corse",
        sectors="sante-biotech",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles du centre.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "ap-hm",
        "centre-ressources-biologiques-ap-hm",
        "Centre de ressources biologiques de l'AP-HM",
        "Accéder à des collections d'échantillons biologiques humains annotés (sang, ADN, tissus tumoraux) "
        "pour la recherche et la validation de biomarqueurs.",
        "Le centre de ressources biologiques de l'AP-HM conserve des échantillons humains collectés lors "
        "des soins ou dans le cadre d'études cliniques (sang, sérum, plasma, ADN, tissus tumoraux et autres "
        "prélèvements), associés à des données cliniques. Il les met à disposition de projets de recherche "
        "académiques et industriels : découverte et validation de biomarqueurs, développement d'un test de "
        "diagnostic in vitro, validation d'un anticorps ou d'une cible thérapeutique. Il peut aussi "
        "constituer une collection dédiée à un projet, avec les services cliniques du CHU. Chaque cession "
        "suppose un projet scientifique évalué, le respect du consentement des patients et de la "
        "réglementation sur les données de santé, et un contrat de cession ou de transfert de matériel qui "
        "fixe les conditions d'usage et le coût de préparation. Les demandes sont instruites avec la "
        "direction de la recherche clinique et de l'innovation de l'AP-HM.",
        type=PLATFORM,
        domains="Biobanque, échantillons biologiques humains, tumorothèque, biomarqueurs, diagnostic in "
        "vitro, données cliniques associées",
        equipment="Stockage cryogénique (azote liquide, congélateurs -80 °C), traçabilité informatisée des "
        "échantillons",
        supervisors="ap-hm aix-marseille-universite",
        sectors="sante-biotech",
        stages="maturation..developpement",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises de santé (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, pour un projet scientifique évalué et sous contrat de cession d'échantillons.",
        contact_name="Responsable du centre de ressources biologiques",
    ),
    competence(
        "ap-hm",
        "centre-investigation-clinique-marseille",
        "Centre d'investigation clinique de Marseille",
        "Concevoir et conduire à l'hôpital des études cliniques de médicaments et de dispositifs médicaux, "
        "de la première administration chez l'humain aux études chez le patient.",
        "Le centre d'investigation clinique de Marseille, structure commune à l'AP-HM et à l'Inserm, "
        "accueille des études cliniques promues par des industriels de la santé ou par des chercheurs : "
        "essais de phase précoce, dont la première administration chez l'humain et les études de "
        "pharmacocinétique chez le volontaire sain ou le patient, études physiopathologiques, "
        "investigations cliniques de dispositifs médicaux et évaluation d'outils de santé numérique. Ses "
        "équipes (médecins investigateurs, infirmiers et attachés de recherche clinique, pharmaciens) "
        "participent à la conception du protocole, au recrutement des participants, aux visites et "
        "prélèvements et à la gestion des données. Pour une start-up du dispositif médical ou une biotech, "
        "le CIC aide à préparer les dossiers réglementaires (comité de protection des personnes, ANSM). Une "
        "étude à promotion industrielle fait l'objet d'une convention avec l'AP-HM ; son coût dépend du "
        "protocole.",
        type=PLATFORM,
        domains="Recherche clinique, essais cliniques, pharmacologie clinique, dispositifs médicaux, santé "
        "numérique, études de phase précoce",
        equipment="Unité d'investigation avec lits et box d'examen, salle de prélèvements et de traitement "
        "des échantillons",
        supervisors="ap-hm inserm-paca-corse aix-marseille-universite",
        sectors="sante-biotech",
        needs="recherche partenaires",
        stages="amorcage..croissance",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux promoteurs industriels (start-up, PME, ETI, grands groupes) et académiques "
        "d'études cliniques, sous convention avec l'AP-HM.",
        contact_name="Chef·fe de projet recherche clinique",
    ),
    # Arbois: environment
    competence(
        "cerege",
        "geosciences-environnement-cerege",
        "Géosciences de l'environnement (CEREGE)",
        "Climat, eau, sols, risques naturels et pollution : des compétences pour les cleantech.",
        "Installé sur le technopôle de l'Arbois, le CEREGE rassemble géologues, géochimistes, hydrologues, "
        "climatologues et spécialistes des sols et des risques. Il travaille avec les entreprises de "
        "l'environnement, de l'eau et de l'énergie sur des questions concrètes : qualité et ressource en "
        "eau souterraine, pollution des sols et de l'air, devenir et toxicité des nanomatériaux dans "
        "l'environnement (conception « safer by design »), érosion et risques naturels (séismes, "
        "glissements de terrain, submersion), reconstitution des climats passés et datation. Il dispose de "
        "moyens de spectrométrie de masse, de microscopie électronique, de l'accélérateur national ASTER et "
        "d'instruments de terrain. Une start-up cleantech ou un bureau d'études peut y faire réaliser des "
        "analyses sur devis, monter un projet collaboratif (ANR, Europe, thèse CIFRE) ou tester un capteur "
        "sur le terrain. Le premier contact passe par la direction du laboratoire, qui oriente vers "
        "l'équipe compétente.",
        type=LAB,
        lab_code="UMR 7330",
        domains="Climat, hydrologie, eaux souterraines, géochimie, pollution des sols, nanomatériaux et "
        "environnement, risques naturels, datation",
        equipment="Spectrométrie de masse (ICP-MS, isotopes), microscopie électronique, accélérateur ASTER, "
        "instrumentation de terrain",
        supervisors="aix-marseille-universite cnrs-provence-corse ird",
        technopoles="arbois",
        sectors="environnement-cleantech",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, en prestation sur devis ou sous contrat de collaboration avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "cerege",
        "plateforme-aster-cerege",
        "Accélérateur ASTER : datation et traçage isotopique",
        "Un accélérateur de particules national pour la mesure des isotopes cosmogéniques.",
        "ASTER est l'instrument national de spectrométrie de masse par accélérateur installé au CEREGE, sur "
        "le technopôle de l'Arbois. Cet accélérateur de 5 MV mesure des isotopes présents à l'état de "
        "traces, comme le béryllium 10, l'aluminium 26, le chlore 36 ou l'iode 129, produits par les rayons "
        "cosmiques ou par l'activité humaine. Ces mesures servent à dater l'exposition de surfaces "
        "rocheuses et de dépôts, à quantifier des vitesses d'érosion et de sédimentation, à reconstituer "
        "l'histoire des glaciers et des failles actives, ou à suivre des traceurs dans l'eau et "
        "l'environnement. Les laboratoires de préparation chimique associés transforment les échantillons "
        "(roches, sédiments, eaux) en cibles mesurables. L'instrument sert d'abord les projets des "
        "laboratoires publics ; les entreprises et bureaux d'études (géotechnique, aléas naturels, "
        "stockage, archéologie préventive) y accèdent en prestation sur devis, après un échange sur le "
        "nombre d'échantillons, leur préparation et les délais.",
        type=PLATFORM,
        domains="Spectrométrie de masse par accélérateur, datation par isotopes cosmogéniques, érosion, "
        "traçage environnemental, géomorphologie",
        equipment="Accélérateur ASTER 5 MV, laboratoires de préparation chimique des échantillons",
        supervisors="cnrs-provence-corse aix-marseille-universite ird",
        technopoles="arbois",
        sectors="environnement-cleantech",
        stages="maturation..developpement",
        review="old",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux laboratoires publics et aux entreprises (start-up, PME, ETI, grands "
        "groupes), en prestation sur devis.",
        contact_name="Responsable de la plateforme",
    ),
    competence(
        "aix-marseille-universite",
        "imbe-biodiversite-ecologie",
        "Biodiversité et écologie (IMBE)",
        "Écologie, écotoxicologie et ingénierie écologique pour les projets d'aménagement et de "
        "restauration.",
        "L'Institut Méditerranéen de Biodiversité et d'Écologie marine et continentale étudie la "
        "biodiversité méditerranéenne, des milieux marins aux écosystèmes terrestres, et les effets des "
        "activités humaines sur le vivant et la santé. Ses équipes travaillent avec les aménageurs, les "
        "bureaux d'études, les gestionnaires d'espaces naturels et les entreprises sur l'évaluation des "
        "impacts, la restauration écologique (par exemple des coussouls de la Crau), l'écotoxicologie des "
        "polluants et des produits, le suivi de la qualité des milieux par des bio-indicateurs et la "
        "bio-inspiration. Une entreprise peut y faire évaluer la toxicité d'une substance ou d'un produit "
        "pour les organismes vivants, co-construire une méthode de génie écologique ou de compensation, ou "
        "accueillir un doctorant en thèse CIFRE. L'IMBE est présent à Marseille, sur le technopôle de "
        "l'Arbois et à Avignon ; les projets sont discutés avec la direction, puis contractualisés avec les "
        "tutelles.",
        type=LAB,
        lab_code="UMR 7263",
        domains="Écologie, biodiversité, écotoxicologie, ingénierie écologique, restauration écologique, "
        "bio-indicateurs, bio-inspiration, environnement et santé",
        equipment="Laboratoires d'écotoxicologie et de chimie de l'environnement, serres et chambres de "
        "culture, station marine d'Endoume",
        supervisors="aix-marseille-universite cnrs-provence-corse ird",
        technopoles="arbois",
        sectors="environnement-cleantech mer-economie-bleue",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes), aux bureaux d'études et "
        "aux équipes de recherche, sous contrat de collaboration ou de prestation.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    # Château-Gombert: engineering sciences
    competence(
        "optitec",
        "plateforme-pemoa-optique-adaptative",
        "PEMOA : plateforme d'optique adaptative",
        "Tester et qualifier des systèmes d'optique adaptative, de l'astronomie à la santé.",
        "Animée par le pôle Optitec sur le technopôle de Château-Gombert, PEMOA est une plateforme "
        "mutualisée dédiée à l'optique adaptative, la technique qui corrige en temps réel les déformations "
        "d'un front d'onde lumineux. Elle met à disposition des bancs de test, des miroirs déformables, des "
        "analyseurs de surface d'onde et l'expertise d'ingénieurs des laboratoires et des industriels de la "
        "filière. Une start-up, une PME ou un grand groupe peut y mener une étude de faisabilité, concevoir "
        "et simuler un système, intégrer et tester un prototype, puis le qualifier avant "
        "l'industrialisation. Les applications vont de l'astronomie à l'imagerie de la rétine en "
        "ophtalmologie, à la microscopie, aux lasers de puissance, aux communications optiques en espace "
        "libre (liaisons laser sol-satellite) et à la défense. L'accès se fait en prestation ou en projet "
        "collaboratif ; un premier échange avec Optitec permet de cadrer le besoin, le planning et le "
        "devis.",
        type=PLATFORM,
        domains="Optique adaptative, analyse de front d'onde, imagerie haute résolution, communications "
        "optiques en espace libre, imagerie rétinienne, lasers",
        equipment="Bancs d'optique adaptative, miroirs déformables, analyseurs de surface d'onde, caméras "
        "rapides",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        technopoles="chateau-gombert",
        sectors="optique-photonique aeronautique-spatial",
        needs="recherche prototyper",
        stages="maturation..developpement",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux start-up, PME, ETI, grands groupes et laboratoires de la photonique, en "
        "prestation sur devis ou en projet collaboratif.",
        contact_name="Chargé·e de mission plateforme",
    ),
    competence(
        "institut-fresnel",
        "photonique-imagerie-fresnel",
        "Photonique, imagerie et traitement du signal (Institut Fresnel)",
        "Nanophotonique, optique de couches minces, imagerie biomédicale et traitement d'images.",
        "L'Institut Fresnel, laboratoire d'optique, de photonique et de traitement du signal et de l'image, "
        "conçoit avec les entreprises des composants et des méthodes pour la photonique, l'imagerie et la "
        "santé. Ses compétences : conception et réalisation de filtres et de traitements optiques en "
        "couches minces (filtres interférentiels, miroirs, antireflets) pour le spatial, l'instrumentation "
        "et l'industrie ; nanophotonique et métamatériaux ; microscopie avancée et imagerie biomédicale "
        "(super-résolution, imagerie non linéaire, polarisation) ; électromagnétisme et imagerie "
        "micro-ondes ; traitement du signal et des images, y compris par apprentissage automatique. Une "
        "entreprise peut y conduire un projet de recherche collaboratif, faire réaliser un dépôt ou une "
        "caractérisation optique, accueillir un doctorant en CIFRE ou créer un laboratoire commun. Rattaché "
        "à AMU, au CNRS et à Centrale Méditerranée, le laboratoire est installé au nord de Marseille, près "
        "de Château-Gombert ; le premier contact se fait avec sa direction.",
        type=LAB,
        lab_code="UMR 7249",
        domains="Optique, photonique, nanophotonique, couches minces optiques, filtres interférentiels, "
        "microscopie, imagerie biomédicale, traitement du signal et des images",
        equipment="Salle propre de dépôt de couches minces, bancs de caractérisation optique, microscopes "
        "avancés",
        supervisors="aix-marseille-universite cnrs-provence-corse centrale-mediterranee",
        technopoles="chateau-gombert",
        sectors="optique-photonique",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "lam",
        "instrumentation-spatiale-lam",
        "Instrumentation optique et spatiale (LAM)",
        "Conception, intégration et tests d'instruments optiques pour le sol et l'espace.",
        "Le Laboratoire d'Astrophysique de Marseille, sur le technopôle de Château-Gombert, conçoit et "
        "construit des instruments pour l'astronomie au sol et dans l'espace, comme le spectrophotomètre "
        "NISP du satellite Euclid. Ses équipes techniques mettent leurs savoir-faire au service des "
        "industriels de l'optique, du spatial et de la défense : conception et simulation optiques, optique "
        "active et adaptative, polissage et contrôle de miroirs, mécanique et thermique, intégration en "
        "salle propre, tests sous vide et à basse température, métrologie optique, traitement de données et "
        "d'images. Une PME ou un grand groupe peut y faire qualifier un sous-système, tester un composant "
        "dans des conditions proches de celles de l'espace ou développer un prototype en collaboration. Le "
        "laboratoire dispose de grandes salles propres d'intégration et de cuves de test sous vide "
        "thermique. L'accès se fait par contrat de collaboration ou de prestation avec ses tutelles (AMU, "
        "CNRS, CNES) ; le premier échange passe par la direction technique.",
        type=LAB,
        lab_code="UMR 7326",
        domains="Astrophysique, instrumentation spatiale, conception optique, optique active, métrologie "
        "optique, tests sous vide thermique, traitement de données",
        equipment="Salles propres d'intégration, cuves de test sous vide thermique, métrologie optique, "
        "polissage de miroirs",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        technopoles="chateau-gombert",
        sectors="aeronautique-spatial optique-photonique",
        needs="recherche prototyper",
        stages="maturation..developpement",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles.",
        contact_name="Responsable des partenariats techniques",
    ),
    competence(
        "centrale-mediterranee",
        "irphe-mecanique-fluides",
        "Mécanique des fluides et combustion (IRPHE)",
        "Écoulements, interactions fluide-structure, combustion et énergies marines : essais en soufflerie "
        "et en canal à houle.",
        "L'Institut de Recherche sur les Phénomènes Hors Équilibre étudie les écoulements, les ondes et la "
        "combustion, de l'expérience en laboratoire à la simulation numérique. Il collabore avec les "
        "industriels de l'aéronautique, du spatial, de l'énergie et de la mer sur l'aérodynamique, les "
        "instabilités et la turbulence, les interactions fluide-structure (vibrations de câbles, d'ailes ou "
        "de conduites), la combustion et la sécurité (flammes, explosions, détonations), la houle et les "
        "énergies marines renouvelables (éolien flottant, hydroliennes), ainsi que la biomécanique des "
        "écoulements. Ses moyens d'essais comprennent des souffleries, un grand canal à houle et des bancs "
        "de combustion, avec des mesures optiques des écoulements (vélocimétrie par images de particules). "
        "Une entreprise peut y réaliser des essais, monter un projet collaboratif ou accueillir un "
        "doctorant en thèse CIFRE ; les contrats sont passés avec AMU, le CNRS ou Centrale Méditerranée.",
        type=LAB,
        lab_code="UMR 7342",
        domains="Mécanique des fluides, aérodynamique, combustion, détonation, interaction "
        "fluide-structure, houle, énergies marines renouvelables, éolien flottant",
        equipment="Souffleries, grand canal à houle, bancs de combustion, vélocimétrie par images de "
        "particules (PIV)",
        supervisors="aix-marseille-universite cnrs-provence-corse centrale-mediterranee",
        technopoles="chateau-gombert",
        sectors="energie mer-economie-bleue aeronautique-spatial",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "centrale-mediterranee",
        "m2p2-procedes-propres",
        "Mécanique, modélisation et procédés propres (M2P2)",
        "Procédés propres, traitement de l'eau et des effluents, valorisation des déchets et modélisation "
        "numérique.",
        "Le laboratoire Mécanique, Modélisation et Procédés Propres, présent sur le technopôle de l'Arbois "
        "et à Château-Gombert, associe génie des procédés et simulation numérique des écoulements. Côté "
        "procédés : séparation et filtration membranaire, traitement et réutilisation des eaux et des "
        "effluents industriels, procédés d'oxydation avancée, valorisation des déchets et de la biomasse, "
        "extraction de molécules d'intérêt, énergétique. Côté simulation : calcul des écoulements "
        "turbulents, réactifs ou multiphasiques, des transferts thermiques, optimisation d'équipements. Une "
        "start-up cleantech, une PME ou un industriel peut y tester un procédé sur un pilote et préparer "
        "son changement d'échelle, ou faire simuler un écoulement avant de construire un prototype. Formes "
        "de partenariat : prestation d'essais, contrat de recherche, thèse CIFRE, projet collaboratif "
        "financé (ANR, Région, Europe), contractualisés avec AMU, le CNRS ou Centrale Méditerranée.",
        type=LAB,
        lab_code="UMR 7340",
        domains="Génie des procédés, traitement de l'eau, filtration membranaire, valorisation des déchets, "
        "simulation numérique des écoulements (CFD), énergétique",
        equipment="Pilotes de procédés (membranes, oxydation), bancs d'essais, moyens de calcul intensif",
        supervisors="aix-marseille-universite cnrs-provence-corse centrale-mediterranee",
        technopoles="chateau-gombert arbois",
        sectors="environnement-cleantech energie",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "centrale-mediterranee",
        "lma-mecanique-acoustique",
        "Mécanique et acoustique (LMA)",
        "Matériaux, structures, acoustique, vibrations et contrôle non destructif : essais et modélisation "
        "pour l'industrie.",
        "Le Laboratoire de Mécanique et d'Acoustique, installé sur le technopôle de Château-Gombert, étudie "
        "le comportement des matériaux et des structures et la propagation des ondes : rupture, "
        "endommagement et fatigue, matériaux composites et architecturés, dynamique et vibrations des "
        "structures, tribologie, contrôle non destructif et imagerie par ultrasons, acoustique "
        "environnementale, acoustique musicale et perception sonore, biomécanique. Il travaille avec les "
        "industriels de l'aéronautique, du spatial, de l'énergie, des transports et de la santé. Une PME ou "
        "une start-up peut y faire réaliser des essais mécaniques, des mesures acoustiques en chambre "
        "anéchoïque ou des mesures de vibrations par vibrométrie laser, faire modéliser une structure, ou "
        "développer avec une équipe une méthode de contrôle non destructif. Les partenariats prennent la "
        "forme de prestations d'essais, de contrats de recherche, de thèses CIFRE ou de laboratoires "
        "communs, contractualisés avec AMU, le CNRS ou Centrale Méditerranée.",
        type=LAB,
        lab_code="UMR 7031",
        domains="Mécanique des matériaux, composites, acoustique, vibrations, contrôle non destructif, "
        "ultrasons, biomécanique",
        equipment="Chambre anéchoïque, machines d'essais mécaniques, vibrométrie laser, bancs d'imagerie "
        "ultrasonore",
        supervisors="aix-marseille-universite cnrs-provence-corse centrale-mediterranee",
        technopoles="chateau-gombert",
        sectors="ingenierie-industrie aeronautique-spatial",
        needs="recherche prototyper",
        stages="maturation..developpement",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    # The whole area
    competence(
        "mio",
        "oceanologie-mio",
        "Océanographie et écosystèmes marins (MIO)",
        "Physique, chimie et biologie des océans au service de l'économie bleue : capteurs, qualité des "
        "eaux, biotechnologies marines.",
        "L'Institut Méditerranéen d'Océanologie, implanté sur le campus de Luminy et à Toulon, étudie "
        "l'océan sous toutes ses facettes : circulation et physique des masses d'eau, cycles "
        "biogéochimiques, plancton et microbiologie marine, contaminants et plastiques, effets du "
        "changement climatique. Il met ses compétences et ses moyens d'observation au service de projets "
        "d'entreprises de l'économie bleue : développement et test en mer de capteurs océanographiques, de "
        "flotteurs ou de planeurs sous-marins, suivi de la qualité des eaux côtières et portuaires, analyse "
        "de contaminants, recherche de molécules d'intérêt issues de micro-organismes marins "
        "(biotechnologies marines), études d'impact d'aménagements en mer. Il s'appuie sur des navires "
        "côtiers de la flotte océanographique française, des observatoires instrumentés en Méditerranée et "
        "des laboratoires d'analyse. Les partenariats (prestation, contrat de recherche, thèse CIFRE, "
        "projet labellisé par le Pôle Mer Méditerranée) sont contractualisés avec ses tutelles.",
        type=LAB,
        lab_code="UMR 7294",
        domains="Océanographie physique et biogéochimique, microbiologie marine, biotechnologies marines, "
        "qualité des eaux, capteurs océanographiques, pollution plastique",
        equipment="Navires côtiers, observatoires instrumentés en mer, planeurs sous-marins, laboratoires "
        "d'analyse chimique et biologique",
        supervisors="aix-marseille-universite cnrs-provence-corse ird",
        technopoles="luminy la-ciotat",
        sectors="mer-economie-bleue environnement-cleantech",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration ou de prestation avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "aix-marseille-universite",
        "lis-informatique-systemes",
        "Informatique et systèmes, intelligence artificielle (LIS)",
        "Intelligence artificielle, science des données, traitement du langage et robotique.",
        "Le Laboratoire d'Informatique et Systèmes, présent à Marseille et à Toulon, couvre l'intelligence "
        "artificielle et l'apprentissage automatique, la science des données, le traitement automatique des "
        "langues (analyse de textes, dialogue, parole), la vision par ordinateur et le traitement du signal "
        "et des images, l'optimisation et la recherche opérationnelle, l'automatique et les systèmes. Une "
        "start-up ou une PME du numérique peut y trouver un partenaire pour lever un verrou technique : "
        "concevoir un modèle d'IA sur ses données, analyser des documents ou des conversations, optimiser "
        "une tournée ou un planning, exploiter des images. Les formes de collaboration : stage de master, "
        "thèse CIFRE, contrat de recherche, chaire industrielle ou laboratoire commun ; l'accès aux "
        "données, leur confidentialité et la propriété des résultats sont fixés par le contrat, signé avec "
        "les tutelles (AMU, CNRS, Université de Toulon). Le premier contact passe par la direction du "
        "laboratoire, qui oriente vers l'équipe compétente.",
        type=LAB,
        lab_code="UMR 7020",
        domains="Intelligence artificielle, apprentissage automatique, science des données, traitement "
        "automatique des langues, vision par ordinateur, optimisation, recherche opérationnelle",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        sectors="numerique",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, sous contrat de collaboration avec les tutelles.",
        contact_name="Chargé·e des partenariats industriels",
    ),
    competence(
        "aix-marseille-universite",
        "mesocentre-calcul-intensif",
        "Mésocentre de calcul intensif d'Aix-Marseille",
        "Des moyens de calcul (CPU et GPU) et de stockage pour la simulation numérique, le traitement de "
        "données et l'IA, avec l'appui d'ingénieurs.",
        "Le mésocentre d'Aix-Marseille Université met à disposition des laboratoires et des entreprises des "
        "grappes de calcul, des serveurs équipés de processeurs graphiques (GPU) et des capacités de "
        "stockage, avec l'expertise de ses ingénieurs. Il convient aux projets qui dépassent la puissance "
        "d'un poste de travail sans justifier un supercalculateur national : simulation numérique "
        "(mécanique des fluides, matériaux, chimie), traitement de grands volumes de données, génomique et "
        "bio-informatique, entraînement de modèles d'apprentissage automatique et d'IA. Les ingénieurs "
        "aident à installer et à paralléliser les codes, à dimensionner les ressources et forment les "
        "utilisateurs. Une start-up ou une PME ouvre un compte projet après une demande qui décrit ses "
        "besoins en heures de calcul et en stockage ; l'accès est facturé selon l'usage, sur devis, dans le "
        "cadre d'une convention avec l'université qui règle aussi la confidentialité des données.",
        type=PLATFORM,
        domains="Calcul haute performance (HPC), simulation numérique, apprentissage automatique, IA, "
        "traitement de données massives, stockage de données",
        equipment="Grappes de calcul, serveurs GPU, stockage haute capacité",
        supervisors="aix-marseille-universite",
        sectors="numerique",
        stages="amorcage..croissance",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux laboratoires publics et aux entreprises (start-up, PME, ETI, grands "
        "groupes), sous convention avec Aix-Marseille Université.",
        contact_name="Responsable du mésocentre",
    ),
    competence(
        "aix-marseille-universite",
        "microscopie-electronique-cp2m",
        "Microscopie électronique et microanalyse (CP2M)",
        "Observer et analyser matériaux, surfaces et échantillons biologiques à l'échelle nanométrique : "
        "MEB, MET et microanalyse.",
        "Le centre pluridisciplinaire de microscopie électronique et de microanalyse (CP2M), plateforme "
        "d'Aix-Marseille Université sur le campus de Saint-Jérôme à Marseille, réalise des observations et "
        "des analyses à l'échelle du micromètre et du nanomètre pour les laboratoires et les entreprises. "
        "Ses microscopes électroniques à balayage et en transmission et sa microsonde permettent d'observer "
        "la morphologie et la structure d'un matériau, de mesurer sa composition chimique locale, "
        "d'identifier une particule ou une inclusion, d'analyser un dépôt ou une couche mince, ou "
        "d'expertiser une pièce défaillante (rupture, corrosion). La plateforme travaille sur des métaux, "
        "céramiques, polymères, minéraux, nanoparticules et échantillons biologiques, et prend en charge "
        "leur préparation. Une PME ou une start-up peut demander une prestation ponctuelle avec rapport "
        "d'analyse, ou un accès accompagné à l'instrument ; un premier échange sur l'échantillon et la "
        "question posée permet d'établir un devis.",
        type=PLATFORM,
        domains="Microscopie électronique, MEB, MET, microanalyse X, caractérisation des matériaux, analyse "
        "de défaillance, nanoparticules",
        equipment="Microscopes électroniques à balayage (MEB) et en transmission (MET), microsonde "
        "électronique, spectrométrie X (EDS), préparation d'échantillons",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        sectors="ingenierie-industrie",
        stages="maturation..croissance",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux start-up, PME, ETI, grands groupes et laboratoires publics, en prestation "
        "sur devis.",
        contact_name="Responsable de la plateforme",
    ),
    competence(
        "aix-marseille-universite",
        "spectropole",
        "Spectropole : analyses chimiques",
        "Spectrométrie de masse et RMN pour identifier, contrôler et caractériser vos molécules : chimie, "
        "cosmétique, pharmacie, arômes.",
        "Le Spectropole est la plateforme d'analyse chimique d'Aix-Marseille Université, sur le campus de "
        "Saint-Jérôme à Marseille. Il réalise pour les laboratoires et les entreprises des analyses "
        "structurales par spectrométrie de masse (masse exacte, couplages avec la chromatographie gazeuse "
        "ou liquide) et par résonance magnétique nucléaire (RMN du proton et du carbone, expériences à deux "
        "dimensions). Ces analyses servent à confirmer la structure d'une molécule synthétisée, contrôler "
        "la pureté d'un produit, identifier une impureté ou un composé inconnu, ou caractériser un extrait "
        "naturel, un ingrédient cosmétique, un arôme, un principe actif ou un polymère. Une start-up de la "
        "chimie ou de la cosmétique, une PME ou un industriel envoie ses échantillons avec une fiche de "
        "demande ; les ingénieurs conseillent la technique adaptée et remettent les spectres avec leur "
        "interprétation. Les prestations sont facturées sur devis ; un développement de méthode peut faire "
        "l'objet d'une collaboration.",
        type=PLATFORM,
        domains="Chimie analytique, spectrométrie de masse, RMN, élucidation structurale, contrôle de "
        "pureté, cosmétique, pharmacie, arômes",
        equipment="Spectromètres de masse haute résolution, couplages GC-MS et LC-MS, spectromètres RMN",
        supervisors="aix-marseille-universite cnrs-provence-corse",
        sectors="sante-biotech environnement-cleantech",
        stages="maturation..croissance",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux start-up, PME, ETI, grands groupes et laboratoires publics, en prestation "
        "sur devis.",
        contact_name="Responsable de la plateforme",
    ),
    competence(
        "ird",
        "plateformes-analytiques-ird",
        "Plateformes analytiques de l'IRD",
        "Analyses des sols, des eaux et de la biodiversité pour les projets au Nord comme au Sud.",
        "L'Institut de recherche pour le développement, dont le siège est à Marseille, dispose avec ses "
        "laboratoires partenaires de plateformes analytiques en France et dans les pays où il travaille, en "
        "Afrique, en Méditerranée, en Amérique latine, en Asie et dans le Pacifique. Elles réalisent des "
        "analyses de sols, d'eaux et de sédiments, des analyses chimiques et isotopiques, de la génomique "
        "et du barcoding de la biodiversité, et des analyses en santé (maladies infectieuses, vecteurs). "
        "Pour une entreprise, l'intérêt est double : faire analyser des échantillons avec des méthodes de "
        "recherche, et s'appuyer sur le réseau de l'IRD et de ses partenaires scientifiques pour un projet "
        "dans un pays du Sud (étude environnementale, ressource en eau, agriculture, santé, valorisation de "
        "la biodiversité dans le respect du protocole de Nagoya). Les projets sont discutés avec le service "
        "de valorisation de l'IRD, qui identifie la plateforme ou l'équipe compétente ; les prestations "
        "sont facturées sur devis et les collaborations font l'objet d'un contrat.",
        type=PLATFORM,
        domains="Analyses environnementales, sols, eaux, génomique de la biodiversité, barcoding, santé "
        "globale, maladies infectieuses",
        equipment="Laboratoires de chimie et de géochimie, plateformes de génomique et de séquençage",
        supervisors="ird aix-marseille-universite",
        sectors="environnement-cleantech sante-biotech",
        needs="recherche international",
        stages="amorcage..croissance",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux entreprises (start-up, PME, ETI, grands groupes) et aux équipes de "
        "recherche, en prestation sur devis ou sous contrat de collaboration avec l'IRD.",
        contact_name="Chargé·e de valorisation",
    ),
    competence(
        "sciences-po-aix",
        "cherpa-sciences-sociales",
        "Sciences sociales du politique (CHERPA)",
        "Science politique et sociologie pour éclairer un projet d'innovation : politiques publiques, "
        "acceptabilité sociale, usages, évaluation.",
        "Le CHERPA, laboratoire de recherche de Sciences Po Aix, réunit des chercheurs en science politique "
        "et en sociologie qui travaillent sur l'action publique, les politiques publiques, les institutions "
        "et les usages. Il apporte ce regard à des projets d'innovation qui ont une dimension publique ou "
        "sociale : acceptabilité d'une technologie ou d'un aménagement (énergie, mobilité, numérique, "
        "santé), analyse des usages et des attentes des citoyens, relations avec les collectivités et la "
        "réglementation, évaluation d'un dispositif ou d'une expérimentation. Selon le projet, la "
        "collaboration peut prendre la forme d'un entretien d'orientation avec un chercheur, d'un projet "
        "collectif ou d'un stage d'étudiants de master encadré par l'équipe, d'une enquête qualitative "
        "(entretiens, observation) ou d'un projet de recherche financé. Le premier échange est gratuit ; "
        "une étude plus longue fait l'objet d'une convention avec Sciences Po Aix.",
        type=LAB,
        domains="Science politique, politiques publiques, sociologie, acceptabilité sociale, analyse des "
        "usages, évaluation, innovation publique",
        supervisors="sciences-po-aix",
        stages="idee..amorcage",
        cost="gratuit",
        audiences="pme eti-grand-groupe createur chercheur",
        eligibility="Ouvert aux porteurs de projet, start-up, entreprises et équipes de recherche dont le "
        "projet a une dimension publique ou sociale.",
        contact_name="Chargé·e des partenariats de recherche",
    ),
]
