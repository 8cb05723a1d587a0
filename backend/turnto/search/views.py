"""GET /api/v2/search/?q=naloxone — the site search: the request's site's pages and places
(listings) holding every word, with a line of context each. `?locale=es` searches the site's
Spanish pages and its listings' Spanish words (the visitor's language), without it its own
language's.

What a visitor searched for is theirs: the answer is never stored by the API's cache
(core.api_cache leaves out every request that carries search words) nor by a browser or a
proxy (no-store), and no log keeps a query string (core.logging)."""

import re

from django.conf import settings
from django.http import Http404
from django.urls import path

from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.models import Site

from rest_framework.response import Response

from turnto.core.api.parameters import unknown_parameters
from turnto.core.api.views import MAX_SEARCH_LENGTH, JSONOnly, SessionUser
from turnto.core.page_tree import request_pages, site_for_request

from .context import word_pattern
from .pages import matching_pages
from .places import matching_places

# Words: letters and digits. Punctuation is never search syntax a visitor meant.
WORD = re.compile(r"\w+")


def search_words(params):
    """The words of ?q=, or a 400 that says what is wrong with it."""
    if "q" not in params or not params["q"].strip():
        raise BadRequestError("q is needed: the words to look for, e.g. ?q=naloxone")
    text = params["q"]
    if len(text) > MAX_SEARCH_LENGTH:
        raise BadRequestError(f"q must be at most {MAX_SEARCH_LENGTH} characters")
    return WORD.findall(text)


class SiteSearchAPIViewSet(JSONOnly, BaseAPIViewSet):
    """Pages first (best match first), then places (those named by the words first)."""

    model = Site
    name = "search"
    authentication_classes = [SessionUser]
    known_query_parameters = frozenset(["q", "site", "locale"])

    def search_view(self, request):
        if unknown := unknown_parameters(request.GET, self.known_query_parameters):
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: " + ", ".join(unknown)
            )
        words = search_words(request.GET)
        language = request.GET.get("locale")
        if language is not None and language not in dict(settings.LANGUAGES):
            codes = ", ".join(dict(settings.LANGUAGES))
            raise BadRequestError(f"locale must be one of: {codes}")
        pages = request_pages()
        try:
            site = site_for_request(request, pages.tree)
        except ValueError as exc:
            raise BadRequestError(str(exc)) from exc
        if site is None:
            raise Http404("no site is configured for this host")
        page_count, page_items, place_count, place_items = 0, [], 0, []
        if words:
            pattern = word_pattern(words)
            hidden = pages.hidden_paths()
            page_count, page_items = matching_pages(site, hidden, words, pattern, language)
            place_count, place_items = matching_places(
                site, pages.tree, hidden, words, pattern, language
            )
        response = Response(
            {
                "meta": {
                    "total_count": page_count + place_count,
                    "pages": page_count,
                    "places": place_count,
                },
                "items": page_items + place_items,
            }
        )
        # Neither a browser (a shared phone) nor a proxy keeps what someone searched for.
        response["Cache-Control"] = "no-store"
        return response

    @classmethod
    def get_urlpatterns(cls):
        return [path("", cls.as_view({"get": "search_view"}), name="search")]
