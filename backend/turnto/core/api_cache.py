"""Anonymous API answers and site pages, kept in the cache until something they may show
changes.

Every cached answer is stored with the content generation it was made under (see
`core.content_generation`: any edit moves it on). An answer from an older generation is never
served again.

Answers leave with an ETag and `Cache-Control: max-age=0, must-revalidate`, so a browser, nginx
or a CDN may keep them but asks again each time, and gets a 304 when nothing changed.
"""

import gzip
import hashlib
import time

from django.conf import settings
from django.http import (
    HttpResponse,
    HttpResponseNotModified,
    HttpResponsePermanentRedirect,
    QueryDict,
)
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.encoding import escape_uri_path
from django.utils.text import compress_string

import brotli

from .content_generation import GENERATION_KEY, api_cache, current_generation
from .encoding import preferred_coding
from .frontend_build import frontend_build

# Answers that are for one person or one moment are not cached, nor what is not a page of the
# site (the admin; files, which have their own caching).
NOT_CACHED = (
    "/api/v2/page_preview/",
    "/api/ping/",
    "/preview/",
    "/admin/",
    "/static/",
    "/media/",
    "/documents/",
    "/api/v2/search/",
)
# Directory answers say whether each place is open: filed per minute, so that stays true. The
# site's pages (website.first_view) are too: a city page shows its listings.
PER_MINUTE = ("/api/directory/", "/api/hsds/")
CACHED_TYPES = ("application/json", "text/html")


# What a visitor searched for and where they are: an answer to these (the pages API's and the
# HSDS API's "search", the directory's "q", "near", HSDS "postcode" and "proximity", and the
# site's pages that take them) is never kept, here or by a browser or CDN. Its key would be a
# hash of the words, and the answer itself says them (the site's search box) or holds the
# distance from the visitor to every listing. Searches are rare next to page views.
PRIVATE_PARAMETERS = ("search", "q", "near", "postcode", "proximity")


def private_query(request):
    return any(request.GET.get(name) for name in PRIVATE_PARAMETERS)


def has_session(request):
    """Whether the request carries a session this site made (a signed-in editor, a visitor
    who passed a page's password): only that makes an answer one person's. Any other cookie
    (one a browser kept from elsewhere, or one made up to get past the cache) changes nothing
    the site shows. A session cookie naming no session is made up too: it is looked up once
    (one read of the session store, far cheaper than drawing a page)."""
    if hasattr(request, "_turnto_has_session"):
        return request._turnto_has_session
    key = request.COOKIES.get(settings.SESSION_COOKIE_NAME)
    real = False
    if key:
        from importlib import import_module

        store = import_module(settings.SESSION_ENGINE).SessionStore
        try:
            real = store().exists(key)
        except Exception:  # the store unreachable: answer as for a session, never shared
            real = True
    request._turnto_has_session = real
    return real


def cacheable(request):
    return (
        settings.API_CACHE_SECONDS > 0
        and request.method == "GET"
        and not request.path.startswith(NOT_CACHED)
        # Visitors carry no session and no credentials; anyone who does may see more.
        and "HTTP_AUTHORIZATION" not in request.META
        and not private_query(request)
        and not has_session(request)
    )


def site_page(request):
    """A page of the site: not the API's, not the admin's (nor "/admin", its redirect)."""
    return not any(
        request.path.startswith(prefix) or request.path == prefix.rstrip("/")
        for prefix in ("/api/", *NOT_CACHED)
    )


def unknown_parameters(request):
    """The names in a site page's query that no page of the site reads
    (settings.SITE_PAGE_PARAMETERS: the front end's filters, the report form's, search's):
    they change nothing on the page, and each new one would otherwise be a new page to draw
    and to keep."""
    if not request.GET or not site_page(request):
        return False
    known = settings.SITE_PAGE_PARAMETERS
    return any(name not in known for name in request.GET)


def without_unknown_parameters(request):
    """The request's address with only the parameters a page reads, in their order."""
    known = settings.SITE_PAGE_PARAMETERS
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name in known:
            query.setlist(name, values)
    rest = query.urlencode()
    # One leading slash: "//evil.example/" in a Location header is another site to a browser.
    path = "/" + request.path.lstrip("/")
    return escape_uri_path(path) + (f"?{rest}" if rest else "")


# What the addresses of Wagtail's API (/api/v2/) take and ignore: jQuery's cache-buster `_`
# (its value changes nothing; core.api.views). Left out of the key, so a new value is the same
# answer, made and kept once. Any other parameter an API address does not read is a 400 naming
# it (core.api.parameters), and a 400 is not kept. (The directory's and HSDS's addresses refuse
# `_` too: there it stays in the key, so that the refusal is what they get.)
IGNORED_API_PARAMETERS = ("_",)
IGNORING_PREFIX = "/api/v2/"


def keyed_path(request):
    """The request's path and query as the cache tells answers apart."""
    if request.path.startswith(IGNORING_PREFIX) and any(
        name in request.GET for name in IGNORED_API_PARAMETERS
    ):
        query = request.GET.copy()
        for name in IGNORED_API_PARAMETERS:
            query.pop(name, None)
        rest = query.urlencode()
        return escape_uri_path(request.path) + (f"?{rest}" if rest else "")
    return request.get_full_path()


def per_minute(request):
    return request.path.startswith(PER_MINUTE) or not request.path.startswith("/api/")


# An answer filed under its minute is never asked for after the next: kept for two minutes
# (clocks of several processes may differ a little), not for the hour other answers are. Made
# up values of the parameters a page does read (a new `open_at` each time) then cost a drawing
# each, and the cache holds at most two minutes' worth of them.
PER_MINUTE_SECONDS = 120


def lifetime(request):
    if per_minute(request):
        return min(PER_MINUTE_SECONDS, settings.API_CACHE_SECONDS)
    return settings.API_CACHE_SECONDS


def cache_key(request):
    moment = ""
    if per_minute(request):
        moment = str(int(time.time() // 60))
    if not request.path.startswith("/api/"):
        # A new build of the site names new scripts and styles: pages drawn before it are old.
        moment += f"|{frontend_build()}"
        # A phone saving data gets the page without its decorative pictures (website.first_view).
        if saves_data(request):
            moment += "|save-data"
    # Everything a site is found by (core.page_tree): the host, the port the request came in
    # on when the Host names none, and `?site=` in the path. One site's answer (its pages, its
    # listings) is never another's.
    raw = f"{request.get_host()}|{request.get_port()}|{keyed_path(request)}|{moment}"
    return f"api-cache:{hashlib.sha256(raw.encode()).hexdigest()}"


def saves_data(request):
    """The visitor's browser asks for less data (`Save-Data: on`)."""
    return request.headers.get("Save-Data", "").strip().lower() == "on"


def lookup(key):
    """The stored answer for `key` if it was made under the current generation: one round
    trip to the cache for both."""
    cache = api_cache()
    found = cache.get_many([GENERATION_KEY, key])
    current = current_generation(found.get(GENERATION_KEY))
    stored = found.get(key)
    if stored is not None and stored["generation"] == current:
        return current, stored
    return current, None


# Answers are compressed once, when stored, both ways: brotli for the browsers that take it
# (every current one over HTTPS; a long Spanish city page is 12.7 KB against gzip's 13.9, inside
# the first round trip's 14 KB), gzip for the rest. Quality 6 costs what gzip does (about 2.5 ms
# for that page); 11 saves 9% more but takes 270 ms, each time a page is drawn again
# (docs/decisions/0007-brotli-in-the-cache.md).
BROTLI_QUALITY = 6
COMPRESSED_FROM = 200  # bytes: below that the headers outweigh any saving


def compressed_forms(content):
    """What is stored of an answer's bytes. The plain bytes are kept only when too short to
    compress: a client that takes neither coding (rare) gets gzip's, unpacked, and an entry
    is a quarter of the size (a city page: 27 KB, not 99)."""
    if len(content) < COMPRESSED_FROM:
        return {"content": content, "gzipped": None, "brotli": None}
    return {
        "content": None,
        "gzipped": compress_string(content),
        "brotli": brotli.compress(content, quality=BROTLI_QUALITY),
    }


def plain_content(stored):
    if stored["content"] is not None:
        return stored["content"]
    return gzip.decompress(stored["gzipped"])


def stored_body(request, stored):
    """(the body, its Content-Encoding or None) of a stored answer, as the client takes it."""
    forms = {"br": stored.get("brotli"), "gzip": stored["gzipped"]}
    offered = tuple(coding for coding, body in forms.items() if body is not None)
    coding = offered and preferred_coding(request.headers.get("Accept-Encoding", ""), offered)
    if coding:
        return forms[coding], coding
    return plain_content(stored), None


def with_validators(request, response, etag):
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    if settings.API_CACHE_SHARED_MAX_AGE:
        patch_cache_control(response, s_maxage=settings.API_CACHE_SHARED_MAX_AGE)
    # GZip may weaken the tag on the way out ("W/..."); either form names this answer.
    asked = {
        tag.strip().removeprefix("W/")
        for tag in request.headers.get("If-None-Match", "").split(",")
    }
    if etag in asked:
        not_modified = HttpResponseNotModified()
        # A browser takes a 304's headers into the copy it keeps: the answer's own policy
        # too, or the site's would replace it (the offline page's style was then blocked).
        for header in ("ETag", "Cache-Control", "Content-Location", "Content-Security-Policy"):
            if header in response:
                not_modified[header] = response[header]
        return not_modified
    return response


# When an edit (or a new minute) makes a busy answer stale, the requests that arrive while it
# is being made again wait for it, up to this long, instead of each making it too.
WAIT_FOR_ANSWER_SECONDS = 3.0


def wait_for_answer(key, current, lock):
    """The answer another request is making now, once stored; None if it stored none (an
    error, a 404) or took too long, and this request should make its own."""
    cache = api_cache()
    deadline = time.monotonic() + WAIT_FOR_ANSWER_SECONDS
    while time.monotonic() < deadline:
        time.sleep(0.01)
        found = cache.get_many([key, lock])
        stored = found.get(key)
        if stored is not None and stored["generation"] == current:
            return stored
        if lock not in found:
            return None
    return None


class ApiCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD") and unknown_parameters(request):
            # Sent to the same page without them: one page, drawn and kept once.
            response = HttpResponsePermanentRedirect(without_unknown_parameters(request))
            if private_query(request):  # it names what was searched for: kept by no one
                patch_cache_control(response, private=True, no_store=True)
            else:
                patch_cache_control(response, public=True, max_age=3600)
            return response
        if not cacheable(request):
            response = self.get_response(request)
            if private_query(request):
                patch_cache_control(response, private=True, no_store=True)
            return response
        key = cache_key(request)
        current, stored = lookup(key)
        lock = f"{key}:making:{current[1]}"
        making = stored is None and api_cache().add(lock, 1, timeout=30)
        if stored is None and not making:
            stored = wait_for_answer(key, current, lock)
        if stored is not None:
            # Compressed once, when stored: a hit costs no compression.
            body, coding = stored_body(request, stored)
            response = HttpResponse(body, content_type=stored["content_type"])
            if coding:
                response["Content-Encoding"] = coding
                response["Vary"] = "Accept-Encoding"
            for header, value in stored["headers"].items():
                response[header] = value
            response["X-Cache"] = "hit"
            if not request.path.startswith("/api/"):
                patch_vary_headers(response, ("Cookie", "Save-Data"))
            return with_validators(request, response, stored["etag"])

        try:
            return self.make_answer(request, key, current)
        finally:
            if making:
                api_cache().delete(lock)

    def make_answer(self, request, key, current):
        response = self.get_response(request)
        etag = keep(key, current, response, lifetime(request))
        if etag is None:
            return response
        response["X-Cache"] = "miss"
        return with_validators(request, response, etag)


def keep(key, current, response, seconds):
    """Store a 200 answer under `key` for this generation, for `seconds`; its ETag, or None
    when it is not kept (an error, a cookie, a stream, not JSON or HTML)."""
    if response.status_code != 200 or response.cookies or response.streaming:
        return None
    if "no-store" in response.get("Cache-Control", ""):  # e.g. a page the server did not draw
        return None
    if not response.get("Content-Type", "").startswith(CACHED_TYPES):
        return None
    # 64 bits tell one address's answers apart; every byte of a page's headers counts (14 KB).
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:16]}"'
    # A view's own policy (the offline page's allows its own style) is part of its answer.
    kept = {
        h: response[h] for h in ("Content-Location", "Content-Security-Policy") if h in response
    }
    content = response.content
    api_cache().set(
        key,
        {
            "generation": current,
            **compressed_forms(content),
            "content_type": response["Content-Type"],
            "headers": kept,
            "etag": etag,
        },
        timeout=seconds,
    )
    return etag
