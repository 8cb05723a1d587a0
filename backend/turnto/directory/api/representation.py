"""A listing as the directory API (and the listing blocks of pages) show it."""

from django.db.models import Prefetch
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from turnto.core.page_tree import request_pages
from turnto.core.phones import dial_href
from turnto.directory.hours.rules import status_at, status_text
from turnto.directory.models import (
    LISTING_WORDS,
    Closure,
    ListingWords,
    Phone,
    Schedule,
    Service,
    ServiceType,
)
from turnto.directory.models.listings import default_language, in_language

SERVICE_TYPES = Service.service_types.through


class Words:
    """What a listing says in a language: its ListingWords there, word by word, and the default
    language's where a word is not translated; service types by their translation's name."""

    def __init__(self, language=None, type_names=None):
        self.language = language or default_language()
        self.translated = self.language != default_language()
        self.type_names = type_names if type_names is not None else {}

    @classmethod
    def in_language(cls, language):
        """For `language`: its service types' names read now (one query, none for the
        default language)."""
        language = language or default_language()
        if language == default_language():
            return cls(language)
        return cls(language, ServiceType.objects.names_in(language))

    @classmethod
    def of_page(cls):
        """For the page being written (content_language), read once per request: a page's
        queries do not grow with its listing blocks."""
        from turnto.core.page_tree import content_language, request_pages

        cache = request_pages().__dict__.setdefault("_listing_words", {})
        language = content_language()
        if language not in cache:
            cache[language] = cls.in_language(language)
        return cache[language]

    def of(self, service):
        words = {name: getattr(service, name) for name in LISTING_WORDS}
        if self.translated:
            found = next(
                (w for w in service.translations.all() if w.language == self.language), None
            )
            for name in LISTING_WORDS:
                if found is not None and getattr(found, name).strip():
                    words[name] = getattr(found, name)
        return words

    def type_name(self, service_type):
        return self.type_names.get(service_type.translation_key, service_type.name)


def listing_representation(service, moment, distance=None, words=None):
    words = words or Words()
    said = words.of(service)
    location = service.location
    hours = service.hours(words.language)
    data = {
        "id": str(service.id),
        "name": said["name"],
        "description": said["description"],
        "status": service.status,
        "scope": service.scope,
        "organization": {
            "id": str(service.organization.id),
            "name": service.organization.name,
            "website": service.organization.website,
        },
        "service_types": [
            {"slug": t.slug, "name": words.type_name(t)} for t in service.service_types.all()
        ],
        "is_free": service.is_free,
        "fees_description": said["fees_description"],
        "languages": service.language_codes,
        "interpretation_services": service.interpretation_services,
        "eligibility_description": said["eligibility_description"],
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "application_process": said["application_process"],
        "url": service.url,
        "location": location
        and {
            # A place named as its listing is (the demo's, many small services') takes the
            # listing's name in the page's language: else an English name stands beside it.
            "name": said["name"] if location.name == service.name else location.name,
            "address_1": location.address_1,
            "city": location.city,
            "state_province": location.state_province,
            "postal_code": location.postal_code,
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
            "accessibility": location.accessibility,
            "transportation": location.transportation,
            "timezone": location.timezone,
            "is_example": location.is_example,
        },
        "phones": [
            {
                "number": p.number,
                "kind": p.kind,
                "description": in_language(p, "description", words.language),
                "href": dial_href(p.number, p.kind == "text"),
            }
            for p in service.phones.all()
        ],
        "hours": hours,
        "status_now": listing_status(service, hours, moment),
        "walk_in": service.walk_in(),
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        "assurer": service.assurer,
        "stale": service.is_stale(),
    }
    if distance is not None:
        data["distance_km"] = round(distance, 1)
    return data


def listing_status(service, hours, moment):
    """Open now or not, and the line saying so in the request's language (`?locale=es`:
    core.language); the words of the line are the shared vectors' (hours/rules.py)."""
    if service.status != "active":
        return {"open": False, "closes_at": None, "opens_at": None, "text": _("Closed for now")}
    status = status_at(hours, moment)
    language = (get_language() or "en").split("-")[0]
    return {**status, "text": status_text(hours, status, moment, language)}


def page_details(ids, words=None):
    """The listings with these ids and everything their representation reads, in five queries
    whatever their number (six in another language: its words): what with_details() gives,
    without the per-listing overhead of prefetch_related, which was a third of a page's time.
    Children in their editors' order."""
    services = Service.objects.select_related("organization", "location").in_bulk(ids)
    children = {
        pk: {"phones": [], "schedules": [], "closures": [], "service_types": [], "translations": []}
        for pk in services
    }
    kinds = [("phones", Phone), ("schedules", Schedule), ("closures", Closure)]
    if words is not None and words.translated:
        kinds.append(("translations", ListingWords))
    for name, model in kinds:
        rows = model.objects.filter(service_id__in=ids)
        if name == "translations":
            rows = rows.filter(language=words.language)
        for row in rows.order_by("sort_order", "pk"):
            children[row.service_id][name].append(row)
    # The links alone; the kinds themselves are read once per content generation.
    kinds = service_types_by_id()
    links = SERVICE_TYPES.objects.filter(service_id__in=ids).values_list(
        "service_id", "servicetype_id"
    )
    for service_id, type_id in links:
        if type_id in kinds:
            children[service_id]["service_types"].append(kinds[type_id])
    for child in children.values():
        child["service_types"].sort(key=lambda kind: (kind.name, kind.slug))
    for pk, service in services.items():
        # Where prefetch_related leaves them: service.phones.all(), .hours()... read these.
        service._prefetched_objects_cache = children[pk]
    return services


def per_content_generation(name, work_out):
    """What `work_out()` gives, worked out once per process and content generation (any edit
    of the directory moves it on): lookups every request needs, not asked again each time."""
    memo = request_pages().tree.memo
    if name not in memo:
        memo[name] = work_out()
    return memo[name]


def service_types_by_id():
    """{id: ServiceType} of every kind of help, in any language (shared: only read)."""
    return per_content_generation(
        "directory:service-types", lambda: {kind.pk: kind for kind in ServiceType.objects.all()}
    )


def listings_queryset(site, words=None):
    """The listings a visitor of `site` may see, with everything their representation reads
    (in another language, its words too)."""
    queryset = Service.objects.visible(site).with_details()
    if words is not None and words.translated:
        queryset = queryset.prefetch_related(
            Prefetch("translations", ListingWords.objects.filter(language=words.language))
        )
    return queryset
