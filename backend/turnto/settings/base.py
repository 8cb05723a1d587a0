"""Settings shared by every environment. Everything that differs between machines comes
from the environment, so the same code runs on a laptop, in CI and in production."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from turnto.core.site_files import site_file_headers

# backend/turnto/settings/base.py -> the repository root is three levels up from turnto/
PACKAGE_DIR = Path(__file__).resolve().parent.parent
BACKEND_DIR = PACKAGE_DIR.parent
PROJECT_DIR = BACKEND_DIR.parent
# Local state (SQLite file, uploaded media, the local admin login) lives in var/, git-ignored.
VAR_DIR = Path(os.environ.get("TURNTO_VAR_DIR", PROJECT_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,.localhost")

INSTALLED_APPS = [
    # Turn To, one app per content area
    "turnto.core",
    "turnto.website",
    "turnto.campaign",
    "turnto.strategies",
    "turnto.directory",
    "turnto.pages",
    "turnto.guide",
    "turnto.news",
    "turnto.demo",
    # Editors translate pages in the admin (docs/decisions/0006-spanish.md); its locales app
    # replaces wagtail.locales.
    "wagtail_localize",
    "wagtail_localize.locales",
    # Wagtail
    "wagtail_headless_preview",
    "wagtail.contrib.settings",
    "wagtail.contrib.redirects",  # Settings › Redirects; a moved page leaves a 301
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.typed_table_block",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Third party
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's files, served as our own static files
    "corsheaders",
    # Django
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",  # the template wagtail.contrib.sitemaps renders
]

MIDDLEWARE = [
    "turnto.core.middleware.HealthCheckMiddleware",
    "turnto.core.middleware.SecurityHeadersMiddleware",
    # Every error under /api/ in JSON; outside the database check, which sees its errors first.
    "turnto.core.middleware.ApiErrorMiddleware",
    "turnto.core.middleware.ApiDatabaseUnavailableMiddleware",
    "turnto.core.middleware.PublicGZipMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "turnto.core.middleware.SiteFilesMiddleware",  # WhiteNoise, but never index.html as a page
    "corsheaders.middleware.CorsMiddleware",
    # Inside CORS (each answer gets its own CORS headers), outside everything that renders.
    "turnto.core.api_cache.ApiCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # The language of the server's own words: the address's (`?locale=` under /api/, "/es/").
    "turnto.core.language.LanguageMiddleware",
    # A 404 of the site (turnto.website.entry) whose path an editor redirected, or a page
    # moved or renamed (Wagtail creates those redirects itself), becomes the redirect.
    "turnto.website.middleware.OneOriginRedirectMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "turnto.core.page_tree.RequestPagesMiddleware",
]

ROOT_URLCONF = "turnto.urls"
WSGI_APPLICATION = "turnto.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PACKAGE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# DATABASE_URL selects the database; without it a SQLite file in var/ keeps `make run`
# working on a machine with nothing else installed.
if "DATABASE_URL" not in os.environ:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The embedded database serves several requests at once (the admin's live preview writes
    # while the site reads): readers never wait for a writer (WAL), a writer takes its lock
    # up front instead of failing half-way ("database is locked"), and waits up to 20 s.
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # PostgreSQL's planner prices a random read at 4 sequential ones, as on a spinning disk, and
    # so reads all 50,000 listings rather than an index for a city's few hundred. On SSD, and
    # for tables that fit in memory, 1.1 is the usual setting (managed services advise it).
    random_page_cost = os.environ.get("DATABASE_RANDOM_PAGE_COST", "1.1")
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c random_page_cost={float(random_page_cost)}"
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin sign-in lockout (django-axes): 5 wrong passwords for one account, or from one address,
# pause signing in there for 15 minutes; every wrong try meanwhile starts the 15 again. Failures
# are kept in the database (shared by every process) under a keyed hash of the address, never
# the address itself; successful sign-ins are not recorded. An admin unlocks an account with
# `manage.py axes_reset_username <name>` (docs/deploy.md). Only logins touch it: the public
# site and API meet no query and no cookie from it.
INSTALLED_APPS.append("axes")
MIDDLEWARE.append("axes.middleware.AxesMiddleware")  # last: it turns a lockout into a page
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "turnto.core.login_lockout.address_pseudonym"
AXES_LOCKOUT_CALLABLE = "turnto.core.login_lockout.locked_out"
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False  # no Django admin here; Wagtail's admin shows no axes pages

LANGUAGE_CODE = "en-us"
# The site's languages (docs/decisions/0006-spanish.md). English, the default, keeps its
# addresses; every other language lives under /<code>/ (core.page_tree.language_prefix). The
# language is in the address only: no LocaleMiddleware, no cookie, no Accept-Language
# (core.language.LanguageMiddleware reads `?locale=` under /api/ and the path's prefix). A third
# language is a line here, a catalogue in frontend/src/lib/i18n.js and a .po file in
# turnto/locale/<code>/LC_MESSAGES/ (compiled and committed: docs/decisions/0006-spanish.md).
LANGUAGES = [("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# No WAGTAILLOCALIZE_MACHINE_TRANSLATOR: no content leaves the server on its own.
TIME_ZONE = "America/Chicago"  # Missouri; listings carry their own timezone
USE_I18N = True
# Our English for a few of Wagtail's words editors see ("5 changes", not "5 model log entries"),
# and the Spanish of the server's own words (API messages, the offline page).
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns on every start without it
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))

# The single-page site, built by esbuild into frontend/dist/: WhiteNoise serves its files
# (precompressed, hashed assets cached for a year); every other public path gets index.html.
FRONTEND_DIST = Path(os.environ.get("FRONTEND_DIST", PROJECT_DIR / "frontend" / "dist"))
if FRONTEND_DIST.is_dir():
    WHITENOISE_ROOT = FRONTEND_DIST
# The query parameters the site's pages read (frontend/src: the directory's filters, the
# report form's, search's; `?site=` and preview's are the API's, not a page's): a page
# asked for with any other is sent to its address without it (core.api_cache), so a made-up
# parameter can neither force a page to be drawn again nor fill the cache.
SITE_PAGE_PARAMETERS = frozenset(
    {
        "city", "service_type", "open_now", "open_at", "free", "walk_in", "language", "page_size",
        "listing", "from", "q", "search", "near", "page", "locale",
    }
)  # fmt: skip
# Pages one backend process draws at once (website.views.drawing_slot); beyond that a request
# waits a quarter of a second, then gets the page for the browser to draw.
FIRST_VIEW_CONCURRENT_DRAWINGS = int(os.environ.get("FIRST_VIEW_CONCURRENT_DRAWINGS", "1"))
# The same renderers bundled for the server's first view of each page (website.first_view), built
# beside dist/ so that it is not served.
FRONTEND_SERVER_BUNDLE = Path(
    os.environ.get("FRONTEND_SERVER_BUNDLE", f"{FRONTEND_DIST}-server/render.js")
)
WHITENOISE_IMMUTABLE_FILE_TEST = r"-[A-Za-z0-9]{8}\.(js|css|svg)$"
WHITENOISE_ADD_HEADERS_FUNCTION = site_file_headers  # /sw.js: never kept long

# Wagtail
WAGTAIL_SITE_NAME = "Turn To"
# The admin talks to no other server: no upgrade check (releases.wagtail.org), no Gravatar
# (avatars are uploaded or initials).
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Editors may make a page private to signed-in users or groups, not behind a shared password:
# the site is drawn from the API (and its first view on the server from the same answers),
# which has no password form, so a password-protected page could be seen by no one, not even
# a superuser. A page restricted to logins is seen by the editors who pass it. (A password
# restriction made before this stays in force: such a page is a 404 until an editor changes it.)
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail's database backend; on PostgreSQL a Spanish page is stemmed by Spanish rules
# (core.search_backend): "gratuita" finds "gratuitos". A language not named: the default's.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "turnto.core.search_backend",
        "LANGUAGE_CONFIGS": {"es": "spanish"},
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
# The API hands out real HTML with real links, in page fields and inside StreamField blocks.
# The cache: Redis when REDIS_URL is set (shared by every backend process and machine), else
# files in var/, shared by every process on this machine: the server, its workers, and
# commands such as `publish_scheduled` or `hsds_import`, whose edits must reach the server
# (core.content_generation, core.api_cache, core.page_tree).


def redis_cache(url):
    """The Redis cache's settings (also what tests/api/test_redis_faults.py runs)."""
    return {
        # django-redis with a breaker: a Redis that failed is not asked again for a few
        # seconds, and answers come from the database meanwhile (core.redis_cache).
        "BACKEND": "turnto.core.redis_cache.BreakerRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "turnto"),
        "OPTIONS": {
            # A cache that is down or hung slows answers a little; it must not break them,
            # nor hold a request for long: Redis answers a local network in a millisecond.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.05")),
            "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.1")),
        },
    }


if os.environ.get("REDIS_URL"):
    CACHES = {"default": redis_cache(os.environ["REDIS_URL"])}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": str(VAR_DIR / "cache"),
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }
# Anonymous API answers are kept this long unless an edit makes them stale first
# (core.api_cache).
API_CACHE_ALIAS = "default"
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "3600"))
# Each process reads the content generation from the database at most this often (seconds):
# an edit made while Redis was unreachable shows this long after it is back at the latest
# (core.content_generation).
CONTENT_GENERATION_CHECK_SECONDS = float(os.environ.get("CONTENT_GENERATION_CHECK_SECONDS", "2"))
# How long a CDN may serve an answer without asking again (0: it revalidates each time).
API_CACHE_SHARED_MAX_AGE = int(os.environ.get("API_CACHE_SHARED_MAX_AGE", "0"))
# A CDN or Varnish in front: every edit asks it to drop each site's /* (API answers and pages)
# (core.content_generation), and Wagtail's own handlers drop the edited page's address.
# Varnish (or nginx with a purge module) takes HTTP PURGE requests; CloudFront takes wildcard
# invalidations.
if os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "http": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ["FRONTEND_CACHE_PURGE_URL"],
        }
    }
elif os.environ.get("CLOUDFRONT_DISTRIBUTION_ID"):
    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ["CLOUDFRONT_DISTRIBUTION_ID"],
        }
    }
if "WAGTAILFRONTENDCACHE" in globals():
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

WAGTAILAPI_RICH_TEXT_FORMAT = "html"
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", "")

# Drafts are previewed in the single-page site: the admin frames {client}/preview/?token=...
WAGTAIL_HEADLESS_PREVIEW = {
    # "{SITE_ROOT_URL}" is the site's own address; a developer's separate front end sets
    # PREVIEW_CLIENT_URL, e.g. http://localhost:5173/preview
    "CLIENT_URLS": {"default": os.environ.get("PREVIEW_CLIENT_URL", "{SITE_ROOT_URL}/preview")},
    "ENFORCE_TRAILING_SLASH": True,
}
# A listing nobody has checked for longer than this many days is shown as needing verification.
DIRECTORY_STALE_AFTER_DAYS = int(os.environ.get("DIRECTORY_STALE_AFTER_DAYS", "180"))

# How long a preview link works, in seconds.
# The scheme of every address the site writes of itself (canonical links, sitemap, redirects):
# "https" where TLS is in front (nginx, a load balancer); empty: https on port 443, else http.
SITE_SCHEME = os.environ.get("SITE_SCHEME", "").lower()
PREVIEW_TOKEN_MAX_AGE = int(os.environ.get("PREVIEW_TOKEN_MAX_AGE", "3600"))
# Who may frame the preview page: the admin's own origins. Space-separated CSP sources.
PREVIEW_FRAME_ANCESTORS = os.environ.get("PREVIEW_FRAME_ANCESTORS", "'self'")

REST_FRAMEWORK = {
    # The public API is read-only and anonymous: no session, so no cookies are needed.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "turnto.core.api.negotiation.AlwaysJSON",
    "UNAUTHENTICATED_TOKEN": None,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # {"message": ...} for DRF's own errors too, as for every other API error.
    "EXCEPTION_HANDLER": "turnto.core.api_errors.exception_handler",
}

# The public API (pages, media, site shell, directory) as OpenAPI 3 at /api/schema/, readable
# at /api/docs/; turnto.openapi puts the document together.
SPECTACULAR_SETTINGS = {
    "TITLE": "Turn To public API",
    "DESCRIPTION": "Everything the campaign sites read: published pages, images, documents "
    "and the site shell (Wagtail's API, /api/v2/), and the directory of harm reduction "
    "services in Missouri — who offers what, where, when they are open and when a person last "
    'verified it — with its problem reports. Anonymous; errors are JSON {"message": ...}. '
    "The same listings in Open Referral HSDS 3.0 are at /api/hsds/ (described by HSDS's own "
    "document).",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The directory's DRF views are read; the rest of the public API is described by hand.
    "PREPROCESSING_HOOKS": ["turnto.openapi.only_directory_views"],
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "turnto.openapi.describe_public_api",
    ],
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
}

# Front ends on another origin (a developer's local SPA) are allowed only when listed.
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
# Problem reports one address may send in an hour (directory.api.problem_reports; 5 unless
# set, e.g. for the browser tests, which all report from one address).
DIRECTORY_REPORTS_PER_CLIENT_PER_HOUR = int(
    os.environ.get("DIRECTORY_REPORTS_PER_CLIENT_PER_HOUR", "5")
)
CORS_URLS_REGEX = r"^/api/.*$"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_queries": {"()": "turnto.core.logging.RedactQueryStrings"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_queries"]},
        # The development server's request log, without what visitors searched for.
        "server": {
            "class": "logging.StreamHandler",
            "filters": ["redact_queries"],
            "formatter": "server",
        },
    },
    "formatters": {
        "server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        },
    },
    "loggers": {
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
        "django.request": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
