"""The pages the browser and accessibility tests visit. Extend these lists as pages land.

Paths follow the URL contract of DESIGN.md. `{offer}`, `{offer_id}`, `{actor}`, `{technopole}` and `{dossier}` are filled with the slugs
of the data the `site_data` fixture creates. A path Django cannot resolve yet is skipped with the reason, so
the checks switch on by themselves when the page is merged.
"""

# Every page anyone can open, checked with axe-core (zero WCAG 2.1 A/AA violations) and for a 200 answer.
PUBLIC_PATHS: list[str] = [
    "/",
    "/accessibilite/",
    "/mentions-legales/",
    "/orientation/",
    "/orientation/resultats/?besoin=financer&stade=amorcage&technopole={technopole}",
    "/offres/",
    "/offres/{offer}/",
    "/acteurs/",
    "/acteurs/{actor}/",
    "/financements/",
    "/hebergement/",
    "/recrutement/",
    "/competences/",
    "/technopoles/{technopole}/",
    "/contact/offre/{offer}/",
    "/contact/structure/{actor}/",
    "/donnees-personnelles/",
    "/financements/dossier/",
    "/financements/dossier/{dossier}/",
    "/financements/dossier/{dossier}/projet/",
    "/financements/dossier/{dossier}/imprimer/",
    "/admin/login/",
]

# Pages for logged-in Métropole staff (a superuser here), checked the same way.
STAFF_PATHS: list[str] = [
    "/pilotage/",
    "/pilotage/offre/",
    "/pilotage/demande/",
    "/pilotage/fraicheur/",
    "/pilotage/structures/",
    "/pilotage/synthese/",
    "/pilotage/lacunes/",
    "/admin/",
    "/admin/offers/offer/",
    # Not yet: Django's filter_horizontal and split date-time widgets fail axe (unlabelled inputs, aria-label
    # on spans) and the bundled jQuery/select2 apply inline styles the CSP blocks; the admin area decides.
    # "/admin/offers/offer/{offer_id}/change/",
]

# Error pages: rendered by the handlers of innov_provence/urls.py, checked with axe-core too.
ERROR_PATHS: dict[str, int] = {
    "/page-qui-n-existe-pas/": 404,
    "/technopoles/nulle-part/": 404,
}
