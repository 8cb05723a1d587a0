import hashlib
import logging
import threading
from contextlib import contextmanager
from urllib.parse import urlsplit

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from turnto.core.api_cache import has_session, private_query, with_validators
from turnto.core.middleware import database_reachable, nul_parameter
from turnto.core.page_tree import site_for_request
from turnto.core.pages import site_origin

from .entry import index_template, resolve
from .first_view import (
    FirstViewUnavailable,
    NothingToPost,
    draw,
    post_without_drawing,
    posted_message,
)

logger = logging.getLogger(__name__)

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Turn To</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>The site has not been built</h1>
<p>Run <code>make run</code> (or <code>npm run build</code> in <code>frontend/</code>).
Meanwhile: <a href="/admin/">the admin</a>, <a href="/api/v2/site/">the API</a>.</p>
</main></body></html>
"""
HTML = "text/html; charset=utf-8"
# How long a visitor's browser waits before trying again when the database is down.
RETRY_AFTER_SECONDS = "30"


def not_built():
    response = HttpResponse(NOT_BUILT, status=503)
    response["Cache-Control"] = "no-store"
    return response


def unavailable(template):
    """The database is down: index.html as built (its static markup has the crisis lines, and
    the app shows its load error with a retry), with a 503 that no cache keeps."""
    response = HttpResponse(template.raw, content_type=HTML, status=503)
    response["Retry-After"] = RETRY_AFTER_SECONDS
    response["Cache-Control"] = "no-store"
    return response


def page_body(request, template, entry):
    """index.html with the page's head and, drawn by the front end's renderers
    (website.first_view), its body; the status the page's data gave.

    Any failure of the drawing (a bundle half written or broken, a renderer that throws, runs
    too long or outgrows its memory) sends the page as the browser draws it: its head, the
    quick exit and the crisis lines. Only the database being down is passed on (the 503)."""
    if entry.head is None:
        return entry.status, template.raw, True
    if template.body is None:
        return entry.status, template.render(entry.head), True
    try:
        with drawing_slot(request):
            status, body, shell = draw(request, template.body, entry.status)
    except (OperationalError, InterfaceError, NothingToPost):
        raise
    except Exception as exc:
        if not isinstance(exc, FirstViewUnavailable):
            logger.exception("First view: drawing %s failed", request.path)
        if request.method == "POST":
            return (*posted_without_drawing(request, template, entry, exc), False)
        # Not drawn here: the browser draws it, as it did before the server could.
        return entry.status, template.render(entry.head), False
    return status, template.render(entry.head, body, shell), True


# How many pages one process draws at once (settings.FIRST_VIEW_CONCURRENT_DRAWINGS), and how
# long a request waits for its turn. The drawings themselves run one at a time in the
# process's V8; the limit keeps the API answers they ask for and their waiting from taking
# every thread, so a cached page (which draws nothing) always finds one free. A request that
# cannot draw in time gets the page as the browser draws it (its head, the quick exit and the
# crisis lines, then the whole page once the script has asked the API, whose answers are
# cached): a visitor is never refused for being one too many, and a flood of uncached pages
# costs the server little each. One at a time per process: with two, a flood of drawn pages
# through nginx kept a visitor's cached page at p99 87-204 ms on a 2-CPU machine; with one,
# 50-66 ms (scripts/bench_flood.py --drawings).
DRAWING_WAIT_SECONDS = 0.25
_drawing_slots = {"size": None, "semaphore": None}
_drawing_slots_lock = threading.Lock()


@contextmanager
def drawing_slot(request):
    size = settings.FIRST_VIEW_CONCURRENT_DRAWINGS
    with _drawing_slots_lock:
        if _drawing_slots["size"] != size:
            _drawing_slots.update(size=size, semaphore=threading.BoundedSemaphore(size))
        semaphore = _drawing_slots["semaphore"]
    wait = getattr(settings, "FIRST_VIEW_WAIT_SECONDS", DRAWING_WAIT_SECONDS)
    # A POST (a report) waits longer: its answer is the form's.
    if not semaphore.acquire(timeout=wait * (8 if request.method == "POST" else 1)):
        raise FirstViewUnavailable("busy: every drawing slot of this process is taken")
    try:
        yield
    finally:
        semaphore.release()


def posted_without_drawing(request, template, entry, exc):
    """A form posted to a page that could not be drawn: sent on all the same (unless it
    already was), and the visitor told in words what became of it, never "not sent" for a
    report that was kept."""
    posted = getattr(exc, "posted", None)
    if posted is None:
        if entry.status != 200:
            return entry.status, template.render(entry.head)
        posted = post_without_drawing(request)
    message, details = posted_message(posted)
    status = 200 if posted["status"] < 300 else posted["status"]
    return status, template.with_message(entry.head, message, details)


def same_origin(request):
    """A form posted from one of our own pages. Our pages send no referrer, so a browser sends
    "Origin: null" with their forms and says where the form came from in Sec-Fetch-Site; a
    request with neither header is not from a browser that could be tricked into it."""
    origin = request.headers.get("Origin")
    fetch_site = request.headers.get("Sec-Fetch-Site")
    if origin is None:
        return fetch_site in (None, "same-origin")
    if origin == "null":
        return fetch_site == "same-origin"
    return origin == f"{request.scheme}://{request.get_host()}"


def form_refused(template, status, message, head=None):
    """A form that cannot be taken: the site's page (its quick exit and crisis lines) saying
    why, kept by no one."""
    response = HttpResponse(template.with_message(head, message), content_type=HTML, status=status)
    response["Cache-Control"] = "no-store"
    return response


# A form sent without script (the report of a problem with a listing): not Django's CSRF token,
# which would need a cookie on the public site, but the Origin check below; the API it is
# passed on to has its own honeypot and rate limit.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def site_entry(request, path=""):
    """Every public path: the page drawn with its own head, 200 for a page this request may
    see (or one of the front end's own), 404 for anything else (website.entry), 503 when the
    database is down. A POST sends the page's form on (website.first_view)."""
    template = index_template()
    if template is None:
        return not_built()
    entry = None
    if nul_parameter(request) is not None:
        # No page takes one, and the database would refuse it (PostgreSQL): said plainly.
        return form_refused(template, 400, _("This address holds a character no page can take."))
    if request.method == "POST" and not same_origin(request):
        return form_refused(template, 403, _("This form can only be sent from this site."))
    try:
        entry = resolve(request)
        if entry.location:
            # Another spelling of a page's address: the one address, on the site's origin.
            return HttpResponsePermanentRedirect(entry.location)
        status, body, drawn = page_body(request, template, entry)
    except (OperationalError, InterfaceError) as exc:
        if database_reachable(exc):
            raise
        logger.error("Database unavailable for %s: %s", request.path, exc.__class__.__name__)
        return unavailable(template)
    except NothingToPost:
        response = form_refused(
            template,
            405,
            _("There is no form to send on this page."),
            getattr(entry, "head", None),
        )
        response["Allow"] = "GET, HEAD"
        return response
    response = HttpResponse(body, content_type=HTML, status=status)
    patch_vary_headers(response, ("Cookie", "Save-Data"))
    if not drawn:
        # Drawn again at the next request: the server's failure or a busy moment is not kept.
        add_never_cache_headers(response)
        return response
    if has_session(request) or request.method == "POST" or private_query(request):
        # A session may have passed a restriction, a search's words are the visitor's own:
        # this answer is for this person alone, and kept by no one.
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
        return response
    etag = f'"{hashlib.sha256(body).hexdigest()[:32]}"'
    if status == 200:
        return with_validators(request, response, etag)
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


@never_cache
@xframe_options_exempt
def preview_entry(request):
    """The site at /preview/: the admin frames it to show a draft. Framed only by the
    admin's origins, never cached, never indexed."""
    template = index_template()
    if template is None:
        return not_built()
    response = HttpResponse(template.with_noindex(), content_type=HTML)
    response["Content-Security-Policy"] = f"frame-ancestors {settings.PREVIEW_FRAME_ANCESTORS}"
    response["X-Robots-Tag"] = "noindex"
    return response


ROBOTS = """User-agent: *
Disallow: /admin/
Disallow: /api/
Disallow: /preview/

Sitemap: {sitemap}
"""


@require_safe
def robots_txt(request):
    """Each site's own robots.txt, naming its own sitemap on its own origin."""
    try:
        site = site_for_request(request)
    except (ValueError, Http404, OperationalError, InterfaceError):  # the database down too
        site = None
    # No site (the database down, or a host no site has): the sitemap where it was asked.
    origin = site_origin(site) if site else f"{request.scheme}://{request.get_host()}"
    sitemap_url = f"{origin}/sitemap.xml"
    response = HttpResponse(ROBOTS.format(sitemap=sitemap_url), content_type="text/plain")
    patch_cache_control(response, public=True, max_age=3600)
    return response


class OneOriginSitemap(Sitemap):
    """Wagtail's sitemap of the request's site (its live public pages with their lastmod), in
    every language the site has ("/es/..." too), every address on the site's one origin
    (core.pages.site_origin)."""

    def items(self):
        from django.db.models import Q

        from wagtail.models import Page

        site = self.get_wagtail_site()
        homes = Q(pk=site.root_page_id)
        for home in site.root_page.get_translations(inclusive=True).live():
            homes |= Q(path__startswith=home.path)
        return (
            Page.objects.filter(homes)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        origin = site_origin(self.get_wagtail_site())
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            parts = urlsplit(url["location"])
            url["location"] = origin + parts.path + (f"?{parts.query}" if parts.query else "")
        return urls


@require_safe
def sitemap(request):
    """The request's site's sitemap, with an ETag like the site's pages."""
    response = wagtail_sitemap(request, {"wagtail": OneOriginSitemap})
    response.render()
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    return with_validators(request, response, etag)
