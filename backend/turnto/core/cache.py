"""Anonymous API answers, kept in the cache until something they may show changes.

Every cached answer is stored with the *content generation* it was made under, a number in
the cache that any edit (publishing, unpublishing, moving or deleting a page, saving a
snippet, a listing, an image or a site setting) moves on. An answer from an older generation
is never served again. One counter for everything is blunt, but it cannot miss a page that
shows what changed: a `find`, a listing, a menu, a card on another page. Editors change
things a few times a day; visitors read thousands of times in between.

Answers leave with an ETag and `Cache-Control: max-age=0, must-revalidate`, so a browser, nginx
or a CDN may keep them but asks again each time, and gets a 304 when nothing changed.
"""

import hashlib
import secrets
import time

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, HttpResponseNotModified
from django.utils.cache import patch_cache_control
from django.utils.text import compress_string

GENERATION_KEY = "api-cache:generation"
# Answers that are for one person or one moment are not cached.
NOT_CACHED = ("/api/v2/page_preview/", "/api/ping/")
# Directory answers say whether each place is open: filed per minute, so that stays true.
PER_MINUTE = ("/api/directory/", "/api/hsds/")
# Saving these changes nothing a visitor sees (or happens while answering a request).
IGNORED_MODELS = {
    "wagtailcore.revision",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.workflowstate",
    "wagtailcore.taskstate",
    "wagtailcore.pagelocaleslug",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    "wagtailadmin.editingsession",
    "directory.listingreport",
    "directory.reportcounter",  # the report rate limit's counters
}
# A draft saved (autosave, every few seconds while an editor types) or a lock taken only
# changes these on the record: nothing a visitor sees, so cached answers stay.
DRAFT_BOOKKEEPING = {
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_by",
    "locked_at",
}
WATCHED_APPS = {
    "core",
    "campaign",
    "strategies",
    "directory",
    "news",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "taggit",
}


def api_cache():
    return caches[settings.API_CACHE_ALIAS]


def new_generation():
    # Random, never a counter: every edit's number is then one that no stored answer and no
    # process's page tree was made under, even after the cache lost the number (a restart,
    # an eviction) or when two processes edit at once on a cache without atomic increments.
    return secrets.randbits(52)


def generation():
    return api_cache().get_or_set(GENERATION_KEY, new_generation, timeout=None)


def move_generation_on():
    api_cache().set(GENERATION_KEY, new_generation(), timeout=None)


def content_changed(**kwargs):
    """Move the generation on: every cached answer is forgotten at once.

    Once now, so that this process sees its own change at once, and once more when the change
    is committed: another process answering in between read the rows as they were before the
    commit, and what it made must not outlive the commit."""
    move_generation_on()
    connection = transaction.get_connection()
    # One callback per transaction, however many rows it saves (Django drops it on rollback).
    if connection.in_atomic_block and any(
        entry[1] is after_commit for entry in connection.run_on_commit
    ):
        return
    transaction.on_commit(after_commit)


def after_commit():
    move_generation_on()
    purge_downstream()


def purge_downstream():
    """With a CDN or Varnish configured (WAGTAILFRONTENDCACHE), ask it to drop every site's
    API answers too (once per committed change)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    purge_urls_from_cache([f"{site.root_url}/api/*" for site in Site.objects.all()])


def on_model_change(sender, update_fields=None, **kwargs):
    meta = sender._meta
    if update_fields and set(update_fields) <= DRAFT_BOOKKEEPING:
        return
    if meta.app_label in WATCHED_APPS and meta.label_lower not in IGNORED_MODELS:
        content_changed()


def connect_signals():
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        published,
        unpublished,
    )

    post_save.connect(on_model_change, dispatch_uid="api-cache-save")
    post_delete.connect(on_model_change, dispatch_uid="api-cache-delete")
    # Publishing or unpublishing a snippet (a listing, an organization, a place) saves it too;
    # these say so whatever that save looks like.
    for signal in (published, unpublished):
        signal.connect(on_model_change, dispatch_uid=f"api-cache-{id(signal)}")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"api-cache-{id(signal)}")
    # Tags and orderable children change through many-to-many and cluster saves too.
    from django.db.models.signals import m2m_changed

    m2m_changed.connect(on_model_change, dispatch_uid="api-cache-m2m")


def cacheable(request):
    return (
        settings.API_CACHE_SECONDS > 0
        and request.method == "GET"
        and request.path.startswith("/api/")
        and not request.path.startswith(NOT_CACHED)
        # Visitors carry no cookie and no credentials; anyone who does may see more.
        and not request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def cache_key(request):
    moment = ""
    if request.path.startswith(PER_MINUTE):
        moment = str(int(time.time() // 60))
    raw = f"{request.get_host()}|{request.get_full_path()}|{moment}"
    return f"api-cache:{hashlib.sha256(raw.encode()).hexdigest()}"


def lookup(key):
    """The stored answer for `key` if it was made under the current generation: one round
    trip to the cache for both."""
    cache = api_cache()
    found = cache.get_many([GENERATION_KEY, key])
    current = found.get(GENERATION_KEY)
    if current is None:
        current = generation()
    stored = found.get(key)
    if stored is not None and stored["generation"] == current:
        return current, stored
    return current, None


def wants_gzip(request):
    return "gzip" in request.headers.get("Accept-Encoding", "")


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
        for header in ("ETag", "Cache-Control", "Content-Location"):
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
        if not cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        current, stored = lookup(key)
        lock = f"{key}:making:{current}"
        making = stored is None and api_cache().add(lock, 1, timeout=30)
        if stored is None and not making:
            stored = wait_for_answer(key, current, lock)
        if stored is not None:
            if stored["gzipped"] is not None and wants_gzip(request):
                # Compressed once, when stored: a hit costs no compression.
                response = HttpResponse(stored["gzipped"], content_type=stored["content_type"])
                response["Content-Encoding"] = "gzip"
                response["Vary"] = "Accept-Encoding"
            else:
                response = HttpResponse(stored["content"], content_type=stored["content_type"])
            for header, value in stored["headers"].items():
                response[header] = value
            response["X-Cache"] = "hit"
            return with_validators(request, response, stored["etag"])

        try:
            return self.make_answer(request, key, current)
        finally:
            if making:
                api_cache().delete(lock)

    def make_answer(self, request, key, current):
        response = self.get_response(request)
        if response.status_code != 200 or response.cookies or response.streaming:
            return response
        if not response.get("Content-Type", "").startswith("application/json"):
            return response
        etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
        kept = {h: response[h] for h in ("Content-Location",) if h in response}
        content = response.content
        api_cache().set(
            key,
            {
                "generation": current,
                "content": content,
                "gzipped": compress_string(content) if len(content) >= 200 else None,
                "content_type": response["Content-Type"],
                "headers": kept,
                "etag": etag,
            },
            timeout=settings.API_CACHE_SECONDS,
        )
        response["X-Cache"] = "miss"
        return with_validators(request, response, etag)
