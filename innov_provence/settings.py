"""Settings for Innov Provence: one module, driven by environment variables.

Every value that differs between a laptop and production is read through the small typed helpers
below, which fail loudly on a malformed value rather than guessing.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def envbool(name: str, default: bool) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def envint(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc


def envlist(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


DEBUG = envbool("DJANGO_DEBUG", False)

_DEV_SECRET = "django-insecure-dev-only-key-never-use-in-production"
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", _DEV_SECRET if DEBUG else "")
if not DEBUG and (len(SECRET_KEY) < 50 or SECRET_KEY == _DEV_SECRET):
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY must be set to a random string of at least 50 characters when DJANGO_DEBUG is off."
    )

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    # Django's admin, its « voir sur le site » shortcut scoped to the user's structures (offers/admin_scoping.py).
    "offers.apps.ScopedAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "django_htmx",
    "template_partials",
    "simple_history",
    "import_export",
    "axes",
    "csp",
    "offers",
    "financing",
    "housing",
    "guidance",
    # The portal-wide pieces: demo data commands (load_demo, seed_scale).
    "innov_provence",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Pages are compressed here (whitenoise serves static files pre-compressed); Django's GZipMiddleware
    # pads its output against BREACH, so it is safe on pages that carry a CSRF token.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "innov_provence.middleware.permissions_policy",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Axes last, as its documentation asks, so that it sees the final authentication outcome.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "innov_provence.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "innov_provence.context_processors.site",
            ],
        },
    },
]

WSGI_APPLICATION = "innov_provence.wsgi.application"

# SQLite under var/ by default; PostgreSQL (or any other engine) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'var' / 'innov_provence.sqlite3'}",
        conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded default serves several processes: write-ahead logging lets readers go on while a holder's
    # questionnaire is recorded, IMMEDIATE transactions take the write lock up front (no « database is
    # locked » half-way through), and a busy timeout waits for it instead of failing.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
        "transaction_mode": "IMMEDIATE",
    } | DATABASES["default"].get("OPTIONS", {})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
# Django 6 behaviour now: a URL typed without a scheme is taken as https://.
FORMS_URLFIELD_ASSUME_HTTPS = True


def cache_from_url(url: str, debug: bool) -> dict:
    """The default cache. What it holds must be the same in every process: the contact form's per-address
    counts, the catalogue version that makes cached pages stale, the cached pages. So, unless CACHE_URL says:
    - with DEBUG off, a table of the portal's database (innov_provence/shared_cache.py; `migrate` creates it);
    - with DEBUG on, the memory of the process: runserver is one process, and a template edited shows at once.
    CACHE_URL: redis://host:6379/0 (also rediss://, unix://; the `redis` extra), db://, or locmem:// (the
    tests: one process)."""
    scheme = url.partition("://")[0].lower() if url else ("locmem" if debug else "db")
    if scheme in ("redis", "rediss", "unix"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "db":
        # Culled past MAX_ENTRIES (a third of the entries at a time, expired ones first).
        return {
            "BACKEND": "innov_provence.shared_cache.DatabaseCache",
            "LOCATION": "innov_provence_cache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "innov-provence"}
    raise ImproperlyConfigured(
        f"CACHE_URL must be redis://…, rediss://…, unix://…, db:// or locmem://, got {url!r}"
    )


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", "").strip(), DEBUG)}
# Cached public pages (innov_provence/page_cache.py) expire after this, the bound for bulk writes without signals.
PUBLIC_PAGE_CACHE_SECONDS = envint("PUBLIC_PAGE_CACHE_SECONDS", 300)
# Questionnaire records are written by a background thread every so many seconds, or once this many wait
# (guidance/recording.py); 0 writes each record in its request (the tests' setting).
QUESTIONNAIRE_RECORD_DELAY = envint("QUESTIONNAIRE_RECORD_DELAY", 2)
QUESTIONNAIRE_RECORD_BATCH = envint("QUESTIONNAIRE_RECORD_BATCH", 200)

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Lock an account + address out after repeated failed logins (django-axes).
AXES_ENABLED = envbool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = envint("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = envint("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin/lockout.html"
# The address an attempt is counted against: the client's, behind our proxies too (TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "innov_provence.client_ip.client_ip"

# Admin import/export of offers: all or nothing; importing needs the « add » permission, exporting « view ».
IMPORT_EXPORT_USE_TRANSACTIONS = True
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
# Between the preview and the confirmation, the uploaded file waits in a private folder of the project's own,
# not in the system's /tmp (offers/import_storage.py); a preview never confirmed is removed after a delay.
IMPORT_EXPORT_TMP_STORAGE_CLASS = "offers.import_storage.PrivateImportStorage"
IMPORT_FILES_DIR = Path(os.environ.get("IMPORT_FILES_DIR") or BASE_DIR / "var" / "import-tmp")
IMPORT_FILES_MAX_AGE_HOURS = envint("IMPORT_FILES_MAX_AGE_HOURS", 24)
if IMPORT_FILES_MAX_AGE_HOURS < 1:
    raise ImproperlyConfigured("IMPORT_FILES_MAX_AGE_HOURS must be at least 1 (hours).")
# Not IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT: in django-import-export 4 it deletes a leading « = » (and only
# that) and turns every cell into text; the resources defuse formulas as every other export does
# (offers.opendata.spreadsheet_safe).

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français")]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "var" / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Attachments of the single financing file (financing.models.FinancingFileAttachment): PDFs that only their
# holder and the financers the file was sent to may read, served by the app after a rights check, never by a
# web server. A private folder by default (FINANCING_ATTACHMENTS_DIR, outside STATIC_ROOT, served by nothing);
# several app servers need a shared volume there, or an S3-compatible store through django-storages (not a
# dependency: `pip install django-storages[s3]`, then replace this entry with
# {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": {"bucket_name": …, "default_acl": "private",
# "querystring_auth": True}} and the AWS_* credentials in the environment).
FINANCING_ATTACHMENTS_DIR = Path(os.environ.get("FINANCING_ATTACHMENTS_DIR") or BASE_DIR / "var" / "dossiers")
STORAGES["financing_attachments"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": FINANCING_ATTACHMENTS_DIR,
        "base_url": None,
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}

# Email: console by default, SMTP when EMAIL_HOST is set.
EMAIL_BACKEND = os.environ.get(
    "EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = envint("EMAIL_PORT", 25)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = envbool("EMAIL_USE_TLS", False)
EMAIL_TIMEOUT = envint("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Innov Provence <ne-pas-repondre@innov-provence.fr>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Where users report an accessibility problem (named on the /accessibilite/ page).
ACCESSIBILITY_CONTACT_EMAIL = os.environ.get("ACCESSIBILITY_CONTACT_EMAIL", "accessibilite@innov-provence.fr")

# Requests addressed to demo structures (load_demo) are mailed here, never to the real organisations.
DEMO_NOTIFICATION_EMAIL = os.environ.get("DEMO_NOTIFICATION_EMAIL", "structures-demo@localhost")

# Absolute origin used in emails and invitations (links to the site), e.g. https://innov-provence.fr; without
# it, the development server on PORT (`PORT=8001 make run`), so that the links follow the port it runs on.
SITE_URL = (os.environ.get("SITE_URL") or f"http://127.0.0.1:{envint('PORT', 8000)}").rstrip("/")

# Personal data in contact requests is anonymised after this many days (3 years by default).
PERSONAL_DATA_RETENTION_DAYS = envint("PERSONAL_DATA_RETENTION_DAYS", 3 * 365)
# How long the anonymous questionnaire records keep the holder's description of the project.
QUESTIONNAIRE_TEXT_RETENTION_DAYS = envint("QUESTIONNAIRE_TEXT_RETENTION_DAYS", 365)
# How many proxies of ours stand before the app, each appending to X-Forwarded-For: the client's address, which
# the contact form's rate limit and the admin's lockout count against, is the N-th from the right
# (innov_provence/client_ip.py). 0: the app is reached directly, and the header, anyone's to send, is ignored.
# It replaces CONTACT_CLIENT_IP_HEADER, still read: its HTTP_X_FORWARDED_FOR meant one proxy.
_LEGACY_CLIENT_IP_HEADERS = {"REMOTE_ADDR": 0, "HTTP_X_FORWARDED_FOR": 1}
_legacy_client_ip_header = os.environ.get("CONTACT_CLIENT_IP_HEADER", "REMOTE_ADDR")
if _legacy_client_ip_header not in _LEGACY_CLIENT_IP_HEADERS:
    raise ImproperlyConfigured(
        "CONTACT_CLIENT_IP_HEADER is replaced by TRUSTED_PROXY_COUNT, the number of proxies that append to "
        f"X-Forwarded-For before the app; got CONTACT_CLIENT_IP_HEADER={_legacy_client_ip_header!r}"
    )
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", _LEGACY_CLIENT_IP_HEADERS[_legacy_client_ip_header])
if TRUSTED_PROXY_COUNT < 0:
    raise ImproperlyConfigured(f"TRUSTED_PROXY_COUNT must be 0 or more, got {TRUSTED_PROXY_COUNT}")
# A contact request still « nouvelle » after this many working days (Monday to Friday, French public holidays
# excepted) reminds its structure; after twice as many, Métropole staff are told (`send_contact_reminders`).
CONTACT_REMINDER_DAYS = envint("CONTACT_REMINDER_DAYS", 5)
if CONTACT_REMINDER_DAYS < 1:
    raise ImproperlyConfigured(f"CONTACT_REMINDER_DAYS must be at least 1, got {CONTACT_REMINDER_DAYS}")
# The offers whose page presents the single financing file (its callout links to /financements/dossier/): the
# « Dossier unique de financement #AMFT » of the demo data, a network's offer rather than a financing scheme.
SINGLE_FILE_OFFER_SLUGS = envlist("SINGLE_FILE_OFFER_SLUGS", ["dossier-unique-financement-amft"])
# Alerts (« Être prévenu des nouvelles offres »): a subscription not confirmed within this many days is deleted.
ALERT_CONFIRMATION_DAYS = envint("ALERT_CONFIRMATION_DAYS", 7)
# An offer not confirmed for this many days is shown as « information à vérifier ».
OFFER_STALE_AFTER_DAYS = envint("OFFER_STALE_AFTER_DAYS", 365)

LOGIN_URL = "admin:login"

# Security headers. HTTPS-only settings switch on with DEBUG off; SECURE_SSL_REDIRECT trusts the proxy's
# X-Forwarded-Proto header, as the app runs behind a TLS-terminating load balancer in production.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Browser features the portal never uses, switched off for every page (innov_provence.middleware).
PERMISSIONS_POLICY = "geolocation=(), camera=(), microphone=(), payment=(), usb=()"
# No form of the portal takes more than a few kilobytes: refuse bodies over 1 MB (Django's default is 2.5 MB).
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
SESSION_COOKIE_HTTPONLY = True
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

# Content-Security-Policy (django-csp 4): everything from our own origin, no inline script or style.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
