"""The places (directory listings) shown on a site that hold the words, with their context
and the page of the site where a visitor finds them.

Every word must be in the listing's name, a kind of help it offers, its city, its
organization's name or its description, in any case: "naloxone kansas city" finds Kansas
City's naloxone; in Spanish (`?locale=es`), in the words a Spanish visitor reads ("jeringas"
finds the syringe services). The database compares the text itself (Wagtail's search backend
cannot look through a listing's place and service types, and does not match their UUID keys on
SQLite)."""

from django.db.models import Case, IntegerField, Prefetch, Q, Value, When

from wagtail.models import get_page_models

from turnto.core.pages import site_path
from turnto.directory.api.representation import Words
from turnto.directory.models import ListingWords, Service
from turnto.directory.models.listings import said_contains, shown_name, words_condition
from turnto.guide.models import CityDirectoryPage, ResourceGuidePage
from turnto.pages.models import BasePage

from .context import first_context

MAX_PLACES = 20
MAX_WORDS = 10  # each word is one more join; a visitor's search has a few


def word_filter(word, words):
    """A listing holding `word` as a visitor reads it: in another language (`words`, a Words)
    its translated name and description (the English where one is not translated) and its kinds
    of help by their names there (directory.models.listings.words_condition)."""
    if words.translated:
        return words_condition(word, words.language) | Q(location__city__icontains=word)
    return (
        Q(name__icontains=word)
        | Q(service_types__name__icontains=word)
        | Q(location__city__icontains=word)
        | Q(organization__name__icontains=word)
        | Q(description__icontains=word)
    )


def matching_places(site, tree, hidden_paths, words, pattern, language=None):
    """(how many places match, the first of them as search results): those with every word in
    their name first, then by name; in `language` (none: the default), by their words there,
    linked to the pages of that language."""
    said = Words.in_language(language)
    queryset = Service.objects.visible(site)
    for word in words[:MAX_WORDS]:
        # A subquery a word: joined, a listing's several kinds of help would repeat its row.
        queryset = queryset.filter(
            pk__in=Service.objects.filter(word_filter(word, said)).values("pk")
        )
    in_name = Q()
    for word in words[:MAX_WORDS]:
        in_name &= (
            said_contains("name", word, said.language)
            if said.translated
            else Q(name__icontains=word)
        )
    queryset = queryset.annotate(
        name_first=Case(When(in_name, then=Value(0)), default=Value(1), output_field=IntegerField())
    ).order_by("name_first", shown_name(said.language), "pk")
    total = queryset.count()
    queryset = queryset.select_related("organization", "location").prefetch_related("service_types")
    if said.translated:
        queryset = queryset.prefetch_related(
            Prefetch("translations", ListingWords.objects.filter(language=said.language))
        )
    places = list(queryset[:MAX_PLACES])
    pages = place_pages(site, tree, hidden_paths, said.language)
    return total, [place_result(place, pages, pattern, said) for place in places]


def place_result(place, pages, pattern, said):
    location = place.location
    city = location.city if location else ""
    where = ", ".join(part for part in (city, location and location.state_province) if part)
    kinds = " · ".join(said.type_name(kind) for kind in place.service_types.all())
    words = said.of(place)
    return {
        "kind": "place",
        "id": str(place.pk),
        "title": words["name"],
        "url": pages.url_for(place, city),
        "where": where,
        "about": kinds,
        "organization": place.organization.name,
        # Found in its kinds of help or its city: the line that says them, with the words marked.
        "context": first_context(
            [
                words["description"],
                " · ".join(filter(None, (kinds, where))),
                place.organization.name,
            ],
            pattern,
        ),
    }


class PlacePages:
    """Where on the site a visitor finds a listing: its city's page, else a page that shows it
    (chosen in a listings block, or one showing its scope's listings), else the resource
    guide. Worked out once per site and content generation (kept on the page tree)."""

    def __init__(self, site, tree, hidden_paths, language=None):
        # The pages of the home in the visitor's language ("/es/guia-de-recursos/kansas-city/").
        roots = tree.locale_roots(site)
        home, _, prefix = next(
            (root for root in roots if root[1] == language),
            roots[0] if roots else (site.root_page, None, "/"),
        )
        root = home.url_path
        live = [
            page
            for page in tree.in_order
            if page.url_path.startswith(root) and not page.path.startswith(hidden_paths)
        ]
        ids = [page.id for page in live]
        order = {page.id: n for n, page in enumerate(live)}
        path = {page.id: site_path(page.url_path, root, prefix) for page in live}
        self.cities = {
            city.strip().lower(): path[pk]
            for pk, city in sorted(
                CityDirectoryPage.objects.filter(id__in=ids).values_list("id", "city"),
                key=lambda row: -order[row[0]],  # the first in the menu wins
            )
        }
        guides = ResourceGuidePage.objects.filter(id__in=ids).values_list("id", flat=True)
        self.guide = path.get(min(guides, key=order.get, default=None))
        self.chosen, self.scopes = {}, {}
        for model in get_page_models():
            if not issubclass(model, BasePage):
                continue
            for pk, body in model.objects.filter(id__in=ids).values_list("id", "body"):
                self.read_body(path[pk], order[pk], body)
        self.chosen = {key: page for key, (_, page) in self.chosen.items()}
        self.scopes = {key: page for key, (_, page) in self.scopes.items()}

    def read_body(self, page_path, rank, body):
        for block in body.raw_data if body else []:
            if block.get("type") != "directory_listings":
                continue
            value = block.get("value") or {}
            # A ListBlock's items are {"type": "item", "value": ...} (or bare, as once stored).
            chosen = [
                str(item.get("value") if isinstance(item, dict) else item)
                for item in value.get("listings") or []
            ]
            if chosen:
                targets = [(self.chosen, key) for key in chosen]
            else:
                targets = [(self.scopes, scope) for scope in value.get("scope") or []]
            for found, key in targets:
                if key not in found or found[key][0] > rank:
                    found[key] = (rank, page_path)

    def url_for(self, place, city):
        return (
            self.cities.get(city.strip().lower())
            or self.chosen.get(str(place.pk))
            or self.scopes.get(place.scope)
            or self.guide
        )


def place_pages(site, tree, hidden_paths, language=None):
    key = ("search-place-pages", site.pk, hidden_paths, language)
    pages = tree.memo.get(key)
    if pages is None:
        pages = tree.memo[key] = PlacePages(site, tree, hidden_paths, language)
    return pages
