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
"""

import secrets

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save

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
