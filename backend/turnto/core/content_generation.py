"""The content generation: a number in the API cache that any edit (publishing,
unpublishing, moving or deleting a page, saving a snippet, a listing, an image or a site
setting) moves on.

The response cache (`core.api_cache`) serves no answer made under an older generation, and
each process reads its page tree (`core.page_tree`) again when it moves. One counter for
everything is blunt, but it cannot miss a page that shows what changed: a `find`, a listing,
a menu, a card on another page. Editors change things a few times a day; visitors read
thousands of times in between.

Which models' changes count: those of the apps that say so from their `AppConfig.ready()`
(`watch_app`), and of the Wagtail and tagging apps that pages are made of.

Where the number lives. The truth is a row in the database (`core.ContentGeneration`), moved on
in the same database as the edit, so no edit can lose it: a Redis that is unreachable for a
moment (its errors are swallowed, core.redis_cache) used to swallow the edit's new number too,
and the old answers were then served for the rest of the hour. The cache keeps a copy, read in
the same round trip as the answer, so that every process sees an edit at once; each process
also reads the database's number at most every CONTENT_GENERATION_CHECK_SECONDS (2 s) and, when
the cache's copy is behind it (a bump lost while Redis was away) or missing, puts it right. An
edit made while Redis is away thus shows within about two seconds of Redis coming back (and
meanwhile answers come from the database). Numbers only grow, so "behind" has a meaning.
"""

import secrets
import threading
import time

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, transaction
from django.db.models import F
from django.db.models.signals import post_delete, post_save

from .redis_cache import cache_unavailable

GENERATION_KEY = "api-cache:generation"

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
    "core.contentgeneration",  # the number itself
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
# The apps whose rows visitors may see: Turn To's own apps add themselves (watch_app).
WATCHED_APPS = {
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",  # a redirect turns a site 404 (which caches may keep) into a 301
    "taggit",
}


def watch_app(app_label, ignoring=()):
    """Move the generation on whenever a model of the app `app_label` changes, but for the
    models named in `ignoring` (model names: saving those changes nothing a visitor sees).
    Called from the app's `AppConfig.ready()`."""
    WATCHED_APPS.add(app_label)
    IGNORED_MODELS.update(f"{app_label}.{name.lower()}" for name in ignoring)


def api_cache():
    """The cache the generation is kept in: the API's, beside the answers made under it."""
    return caches[settings.API_CACHE_ALIAS]


# A generation is a pair: (the database's number when it was made, a random nonce). The nonce
# makes every generation one that no stored answer and no page tree was made under, even after
# the cache lost its copy or an editor's transaction was rolled back; the number orders them.
def new_generation(number):
    return (number, secrets.randbits(52))


# This process's copy of the database's number, and when it was read (monotonic seconds);
# "offline": the generation it answers under while the cache cannot be reached.
_stored = {"value": None, "read_at": float("-inf"), "offline": None}
_stored_lock = threading.Lock()


def stored_generation():
    """The database's number, read at most every CONTENT_GENERATION_CHECK_SECONDS; the last
    one read while the database cannot be (None if never)."""
    now = time.monotonic()
    if now - _stored["read_at"] < settings.CONTENT_GENERATION_CHECK_SECONDS:
        return _stored["value"]
    from .models import ContentGeneration

    try:
        # A savepoint inside a transaction: on PostgreSQL a failed read (the table not made yet,
        # during `migrate`) would otherwise abort the caller's transaction.
        with transaction.atomic():
            value = ContentGeneration.objects.values_list("value", flat=True).filter(pk=1).first()
    except DatabaseError:
        value = _stored["value"]  # not asked again until the next check
    with _stored_lock:
        _stored.update(value=value, read_at=now)
    return value


def bump_stored_generation():
    """Move the database's number on (after an edit is committed); the new number, or None
    when the database cannot (as while it is being migrated)."""
    from .models import ContentGeneration

    try:
        with transaction.atomic():  # a savepoint: a failure here leaves the caller's alone
            moved = ContentGeneration.objects.filter(pk=1).update(value=F("value") + 1)
            if not moved:
                ContentGeneration.objects.get_or_create(pk=1, defaults={"value": 1})
            value = ContentGeneration.objects.values_list("value", flat=True).get(pk=1)
    except DatabaseError:
        return None
    with _stored_lock:
        _stored.update(value=value, read_at=time.monotonic())
    return value


def current_generation(cached):
    """The generation to answer under, given the cache's copy (None: missing, or the cache
    cannot be reached). The copy stands unless it is behind the database's number (an edit's
    bump was lost while the cache was away) or missing: then a new generation replaces it."""
    if not isinstance(cached, tuple):
        cached = None  # missing, or a number from before generations were pairs
    stored = stored_generation()
    if cached is not None and (stored is None or cached[0] >= stored):
        return cached
    number = stored if stored is not None else -1
    if cache_unavailable(settings.API_CACHE_ALIAS):
        # Answering from the database: one generation while the number stays, so that the
        # page tree is read once, not for every request.
        offline = _stored["offline"]
        if offline is None or offline[0] != number:
            offline = _stored["offline"] = new_generation(number)
        return offline
    fresh = new_generation(number)
    if cached is None:
        # None in the cache (a cold start, a flushed cache): the first request to add one
        # names it for all, so the requests that arrive together make each answer once.
        if api_cache().add(GENERATION_KEY, fresh, timeout=None):
            return fresh
        other = api_cache().get(GENERATION_KEY)
        if isinstance(other, tuple) and other[0] >= number:
            return other
    api_cache().set(GENERATION_KEY, fresh, timeout=None)
    return fresh


def generation():
    return current_generation(api_cache().get(GENERATION_KEY))


def move_generation_on(committed=False):
    """A new generation in the cache; once the edit is committed, with the database's number
    moved on first, so that it survives a cache that is away just now."""
    # Not committed yet: the number this process last read (no query inside the editor's
    # transaction); the nonce alone makes the generation new.
    number = bump_stored_generation() if committed else None
    if number is None:
        number = _stored["value"]
    api_cache().set(GENERATION_KEY, new_generation(-1 if number is None else number), timeout=None)


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
    move_generation_on(committed=True)
    purge_downstream()


def purge_downstream():
    """With a CDN or Varnish configured (WAGTAILFRONTENDCACHE), ask it to drop everything each
    site answers (once per committed change): its API answers, and its pages, which are drawn
    from them (a menu, a city's listings, the latest posts)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
    from wagtail.models import Site

    purge_urls_from_cache([f"{site.root_url}/*" for site in Site.objects.all()])


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
