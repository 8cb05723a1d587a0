import json
import logging
from http import HTTPStatus

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation, TooManyFieldsSent
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_vary_headers

from whitenoise.middleware import WhiteNoiseMiddleware

from .encoding import accepts_gzip
from .frontend_build import frontend_build
from .redis_cache import cache_unavailable

logger = logging.getLogger(__name__)


class PublicGZipMiddleware(GZipMiddleware):
    """Compress what visitors download (the API, the site's index.html), not the admin:
    admin pages carry CSRF tokens, which compression could leak (BREACH)."""

    def process_response(self, request, response):
        if request.path.startswith(("/admin/", "/documents/")):
            return response
        if not accepts_gzip(request.headers.get("Accept-Encoding", "")):
            patch_vary_headers(response, ("Accept-Encoding",))
            return response
        return super().process_response(request, response)


class SiteFilesMiddleware(WhiteNoiseMiddleware):
    """WhiteNoise, serving the built site's files (WHITENOISE_ROOT) but for its index.html: that
    is the template of every page's answer (website.entry), never a page of its own, so
    /index.html is the site's 404 like any other address that is not a page."""

    TEMPLATE_URL = "/index.html"

    def add_file_to_dictionary(self, url, path, stat_cache=None):
        if url != self.TEMPLATE_URL:
            super().add_file_to_dictionary(url, path, stat_cache=stat_cache)

    def find_file(self, url):  # DEBUG: files are looked for on each request
        return None if url == self.TEMPLATE_URL else super().find_file(url)

    @staticmethod
    def serve(static_file, request):
        # WhiteNoise picks the .gz when "gzip" appears anywhere in Accept-Encoding, "gzip;q=0"
        # (the client refuses it) included: read with its q-values, as every answer is.
        if not accepts_gzip(request.headers.get("Accept-Encoding", "")):
            request.META = {**request.META, "HTTP_ACCEPT_ENCODING": "identity"}
        return WhiteNoiseMiddleware.serve(static_file, request)


# The inline style and script of the built index.html (the whole stylesheet, the boot script),
# allowed by their hashes, which the front end's build writes to csp-hashes.json beside
# index.html (and csp-style.map, csp-script.map for nginx). Without a build (tests of the API
# alone) the source index.html has nothing inline.
UNBUILT_HASHES = {}


def built_hashes(directive):
    """The hashes the build allows for `directive` ("style-src", "script-src"), as one string."""
    try:
        built = json.loads((settings.FRONTEND_DIST / "csp-hashes.json").read_text())
        return " ".join(built.get(directive, []))
    except (OSError, ValueError, TypeError, AttributeError):
        return UNBUILT_HASHES.get(directive, "")


def with_built_hashes(policy):
    """`policy` with the built index.html's inline style and script allowed."""
    return {
        **policy,
        "script-src": f"'self' {built_hashes('script-src')}".strip(),
        "style-src": f"'self' {built_hashes('style-src')}".strip(),
    }


# The public site's policy. deploy/nginx/turnto.conf.template sends the same one with the files
# nginx serves itself (tests/deploy checks that they match). The inline styles and boot script
# are allowed by their hashes (above), and no other inline script. Images may come from any
# https origin: media in object storage, an editor's map tile server.
SITE_CSP = with_built_hashes(
    {
        "default-src": "'self'",
        "script-src": "'self'",
        "style-src": "'self'",
        "img-src": "'self' data: https:",
        "font-src": "'self'",
        "connect-src": "'self'",
        # The service worker (/sw.js), and nothing else, runs beside the page.
        "worker-src": "'self'",
        "manifest-src": "'self'",
        # Videos play from these two only, and only after a click.
        "frame-src": "https://www.youtube-nocookie.com https://player.vimeo.com",
        "object-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
)
# Wagtail's admin runs inline scripts and templates compiled with new Function(), frames the
# site's /preview/ (on any of the sites' origins) and video embeds: its own, laxer policy.
ADMIN_CSP = {
    "default-src": "'self'",
    "script-src": "'self' 'unsafe-inline' 'unsafe-eval'",
    "style-src": "'self' 'unsafe-inline'",
    "img-src": "'self' data: blob: https:",
    "font-src": "'self' data:",
    "connect-src": "'self' https://releases.wagtail.org",
    "frame-src": "'self' https:",
    "object-src": "'none'",
    "base-uri": "'self'",
    "form-action": "'self'",
    # Wagtail's own preview views are framed by the admin itself.
    "frame-ancestors": "'self'",
}
# JSON is never a document: nothing may load from it or frame it.
API_CSP = {"default-src": "'none'", "frame-ancestors": "'none'"}
ADMIN_CSP_PLAIN_HTTP = {**ADMIN_CSP, "frame-src": ADMIN_CSP["frame-src"] + " http:"}

# What the site's own files are, besides its pages: they need no document policy.
ASSET_TYPES = ("text/javascript", "application/javascript", "text/css", "image/", "font/")

PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)


def csp_header(directives):
    return "; ".join(f"{name} {value}" for name, value in directives.items())


# Each policy by name, and its header, built once.
POLICIES = {
    "site": SITE_CSP,
    "admin": ADMIN_CSP,
    "admin-http": ADMIN_CSP_PLAIN_HTTP,
    "api": API_CSP,
}
HEADERS = {name: csp_header(policy) for name, policy in POLICIES.items()}
_site_policy = {"build": None, "policy": SITE_CSP, "header": HEADERS["site"]}


def site_policy():
    """The site's policy (dict, header) for the front end being served: a new build of it (make
    frontend while the server runs) may have a new inline style or script, so their hashes are
    read again."""
    build = frontend_build()
    if build != _site_policy["build"]:
        policy = with_built_hashes(SITE_CSP)
        _site_policy.update(build=build, policy=policy, header=csp_header(policy))
    return _site_policy["policy"], _site_policy["header"]


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        name, _, value = part.strip().partition(" ")
        if name:
            directives[name] = value.strip()
    return directives


class SecurityHeadersMiddleware:
    """Content-Security-Policy, Referrer-Policy and Permissions-Policy on every response, with
    one policy for the public site, one for the admin and one for the API.

    A view that sets part of a policy keeps it: /preview/ names who may frame it, and the
    rest of the site's policy is filled in around that. A view that sets a whole policy
    (Wagtail's documents send "default-src 'none'") is left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if getattr(request, "is_preview", False):
            # Wagtail's preview runs the page through the middleware again under the page's
            # own path, inside an admin request: the admin's policy applies on the way out.
            return response
        path = request.path
        is_admin = path.startswith("/admin/")
        if is_admin:
            # An admin on plain http (a laptop) previews sites on plain http too.
            name = "admin" if request.is_secure() else "admin-http"
        elif path.startswith("/api/"):
            name = "api"
        else:
            name = "site"
        # A policy governs documents; on a script, a stylesheet or an image it does nothing
        # but add half a kilobyte to every download on a slow phone.
        asset = name == "site" and response.get("Content-Type", "").startswith(ASSET_TYPES)
        own = response.get("Content-Security-Policy", "")
        if not asset and not is_debug_error_page(response):
            policy, header = site_policy() if name == "site" else (POLICIES[name], HEADERS[name])
            if not own:  # the usual case: the header as built once
                response["Content-Security-Policy"] = header
            elif "default-src" not in (own := parse_csp(own)):
                response["Content-Security-Policy"] = csp_header({**policy, **own})
        # The admin keeps the origin in its referrer: Django's CSRF check needs it on https.
        # Visitors' browsers never tell another site which page they came from.
        response["Referrer-Policy"] = "same-origin" if is_admin else "no-referrer"
        if not asset:
            response["Permissions-Policy"] = PERMISSIONS_POLICY
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


def is_debug_error_page(response):
    """Django's error pages under DEBUG style and script themselves inline: left unrestricted
    on a developer's machine, where they are the whole point."""
    return (
        settings.DEBUG
        and response.status_code >= 400
        and response.get("Content-Type", "").startswith("text/html")
    )


class ApiDatabaseUnavailableMiddleware:
    """With the database down or unreachable, the API answers 503 with a JSON error the site
    can show (it then offers a retry and the crisis lines), never a stack trace or HTML.

    Only then: a query the database refuses (SQLite calls a bad full-text query an
    OperationalError too) is not an outage, and a 503 would tell caches the service is down."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        if not request.path.startswith("/api/") or database_reachable(exception):
            return None
        logger.error("Database unavailable for %s: %s", request.path, exception.__class__.__name__)
        return database_unavailable()


def database_reachable(exception):
    """Whether the database still answers after `exception`: never connected, or a connection
    that no longer works, is an outage; so is SQLite's busy file."""
    if connection.connection is None or "database is locked" in str(exception):
        return False
    if connection.in_atomic_block:  # a probe would fail in an aborted transaction: trust it
        return True
    return connection.is_usable()


class ApiErrorMiddleware:
    """Every error under /api/ is JSON: `{"message": ...}`, whatever DEBUG says.

    - a query parameter holding a NUL character is refused with a 400 naming it (no database
      stores one; PostgreSQL raises on it);
    - an exception a view did not handle is logged with its traceback and answered with a
      plain JSON 500, no traceback in the body (a body too big or with too many fields: 413
      and 400);
    - an error page that something else made in HTML (Django's 400, 403 or 405 pages) is
      answered with the same status in JSON.
    Outside /api/ nothing changes."""

    KEPT_HEADERS = ("Allow", "Retry-After", "Vary", "Cache-Control")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/api/"):
            return self.get_response(request)
        response = self.get_response(request)
        if response.status_code >= 400 and not is_json(response):
            json_response = api_error(response.status_code, status_phrase(response.status_code))
            for header in self.KEPT_HEADERS:
                if header in response:
                    json_response[header] = response[header]
            return json_response
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        # A view that follows someone else's schema, where any string is a valid value (the
        # HSDS API), says so and finds nothing for a NUL itself.
        view_class = getattr(view_func, "cls", None) or getattr(view_func, "view_class", None)
        if getattr(view_class, "takes_nul", False):
            return None
        # The admin's own API and searches too (Wagtail's /admin/api/ answered a 500).
        if request.path.startswith("/admin/"):
            name = nul_parameter(request)
            if name is None:
                return None
            if request.path.startswith("/admin/api/"):
                return api_error(400, f"{name!r} must not contain a NUL character", name)
            return HttpResponseBadRequest(
                f"{name!r} must not contain a NUL character.", content_type="text/plain"
            )
        if not request.path.startswith("/api/"):
            return None
        name = nul_parameter(request)
        if name is not None:
            return api_error(400, f"{name!r} must not contain a NUL character", name)
        return None

    def process_exception(self, request, exception):
        if not request.path.startswith("/api/"):
            return None
        if isinstance(exception, RequestDataTooBig):
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
            return api_error(413, f"The request body is too large: at most {limit} bytes.")
        if isinstance(exception, TooManyFieldsSent):
            return api_error(400, "The request has too many fields.")
        if isinstance(exception, SuspiciousOperation):
            logger.warning("Refused %s: %s", request.path, exception.__class__.__name__)
            return api_error(400, "The request could not be read.")
        logger.error("Internal error for %s", request.path, exc_info=exception)
        return api_error(500, "Something went wrong on our side. Please try again later.")


def nul_parameter(request):
    """The name of the first query parameter holding a NUL character, or None."""
    for name, values in request.GET.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            return name
    return None


def api_error(status, message, parameter=None):
    body = {"message": message}
    if parameter is not None:
        body["parameter"] = parameter
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


def is_json(response):
    return response.get("Content-Type", "").split(";")[0].strip().endswith(("/json", "+json"))


def status_phrase(status):
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Error"


def database_unavailable():
    response = JsonResponse(
        {"error": "The service is temporarily unavailable. Please try again in a minute."},
        status=503,
    )
    response["Retry-After"] = "30"
    response["Cache-Control"] = "no-store"
    return response


class HealthCheckMiddleware:
    """GET /healthz: 200 when this process can reach its database, else 503. Answered before
    the host check and the https redirect, so a container's health check needs neither.

    A Redis cache that cannot be reached makes it {"status": "degraded", "cache":
    "unavailable"}, still a 200: the process answers from the database meanwhile, and
    restarting it would not bring Redis back."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/healthz":
            return self.get_response(request)
        try:
            connection.ensure_connection()
        except (OperationalError, InterfaceError) as exc:
            logger.error("Health check: database unavailable (%s)", exc.__class__.__name__)
            return database_unavailable()
        # One small read: it opens the cache's breaker if Redis does not answer in time.
        caches[settings.API_CACHE_ALIAS].get("healthz:probe")
        if cache_unavailable(settings.API_CACHE_ALIAS):
            logger.warning("Health check: cache unavailable, answering from the database")
            response = JsonResponse({"status": "degraded", "cache": "unavailable"})
        else:
            response = JsonResponse({"status": "ok", "cache": "ok"})
        response["Cache-Control"] = "no-store"
        return response
