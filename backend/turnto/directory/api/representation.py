"""A listing as the directory API (and the listing blocks of pages) show it."""

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from turnto.core.phones import dial_href
from turnto.directory.hours.rules import status_at, status_text
from turnto.directory.models import Closure, Phone, Schedule, Service

SERVICE_TYPES = Service.service_types.through


def listing_representation(service, moment, distance=None):
    location = service.location
    hours = service.hours()
    data = {
        "id": str(service.id),
        "name": service.name,
        "description": service.description,
        "status": service.status,
        "scope": service.scope,
        "organization": {
            "id": str(service.organization.id),
            "name": service.organization.name,
            "website": service.organization.website,
        },
        "service_types": [{"slug": t.slug, "name": t.name} for t in service.service_types.all()],
        "is_free": service.is_free,
        "fees_description": service.fees_description,
        "languages": service.language_codes,
        "interpretation_services": service.interpretation_services,
        "eligibility_description": service.eligibility_description,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "application_process": service.application_process,
        "url": service.url,
        "location": location
        and {
            "name": location.name,
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
                "description": p.description,
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


def page_details(ids):
    """The listings with these ids and everything their representation reads, in five queries
    whatever their number: what with_details() gives, without the per-listing overhead of
    prefetch_related, which was a third of a page's time. Children in their editors' order."""
    services = Service.objects.select_related("organization", "location").in_bulk(ids)
    children = {
        pk: {"phones": [], "schedules": [], "closures": [], "service_types": []} for pk in services
    }
    for name, model in (("phones", Phone), ("schedules", Schedule), ("closures", Closure)):
        for row in model.objects.filter(service_id__in=ids).order_by("sort_order", "pk"):
            children[row.service_id][name].append(row)
    links = SERVICE_TYPES.objects.filter(service_id__in=ids).select_related("servicetype")
    for link in links.order_by("servicetype__name", "servicetype__slug"):
        children[link.service_id]["service_types"].append(link.servicetype)
    for pk, service in services.items():
        # Where prefetch_related leaves them: service.phones.all(), .hours()... read these.
        service._prefetched_objects_cache = children[pk]
    return services


def listings_queryset(site):
    """The listings a visitor of `site` may see, with everything their representation reads."""
    return Service.objects.visible(site).with_details()
