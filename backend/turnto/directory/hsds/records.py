"""Our listings as HSDS 3.0 records: organizations, locations, services (with their phones,
schedules, service areas, languages...), services at locations, and the taxonomy of service
types. The read API (`hsds.views`) and the export (`hsds.export`) both build on these, so a
record reads the same either way.

Phones, schedules and closures carry their own stable `hsds_id`; other sub-records (addresses,
languages, cost options...) get UUIDs derived from their parent's id, so a record keeps its id
between reads and across export and import.
"""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Prefetch

from turnto.directory.api.representation import Words
from turnto.directory.models import ListingWords, Service

HSDS_VERSION = "3.0"
NAMESPACE = uuid.UUID("9b7b2f2e-7d4c-4f55-9b1e-6a2c1f3d8e01")  # Turn To's id space
TAXONOMY_ID = str(uuid.uuid5(NAMESPACE, "taxonomy:service-types"))
DAY_CODES = {1: "MO", 2: "TU", 3: "WE", 4: "TH", 5: "FR", 6: "SA", 7: "SU"}
LANGUAGE_NAMES = {
    "en": "English",
    "es": "Spanish",
    "fr": "French",
    "vi": "Vietnamese",
    "ar": "Arabic",
    "bs": "Bosnian",
    "zh": "Chinese",
    "so": "Somali",
}
# Service.scope as an HSDS service area name (local services have none).
SCOPE_AREAS = {"statewide": "Statewide", "national": "Nationwide"}


# The language of the records being written: the default's (HSDS carries one language; the
# export always writes it), or the one `?locale=` asks the read API for.
_words = ContextVar("hsds_words", default=None)


def current_words():
    return _words.get() or Words()


@contextmanager
def in_words(words):
    """Write the records inside in `words`' language (its translations where there are some)."""
    token = _words.set(words)
    try:
        yield
    finally:
        _words.reset(token)


def services_queryset(site):
    """The published listings of `site` (the read API answers per site), in a fixed order."""
    queryset = Service.objects.for_site(site).with_details().order_by("name", "id")
    if (words := current_words()).translated:
        queryset = queryset.prefetch_related(
            Prefetch("translations", ListingWords.objects.filter(language=words.language))
        )
    return queryset


def every_site_services():
    """The published listings of every site: the editors' export holds the whole directory."""
    return Service.objects.published().with_details().order_by("name", "id")


def derived_id(kind, key):
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{key}"))


def compact(record):
    """HSDS fields are optional but typed: leave out what we do not know rather than null."""
    return {key: value for key, value in record.items() if value is not None and value != []}


def taxonomy():
    return {
        "id": TAXONOMY_ID,
        "name": "Turn To service types",
        "description": "The kinds of harm reduction help listed in this directory.",
    }


def taxonomy_term(service_type):
    return {
        "id": str(service_type.id),
        "code": service_type.slug,
        "name": current_words().type_name(service_type),
        "description": service_type.description or service_type.name,
        "taxonomy_id": TAXONOMY_ID,
    }


def organization_record(organization):
    return compact(
        {
            "id": str(organization.id),
            "name": organization.name,
            "description": organization.description or organization.name,
            "website": organization.website or None,
            "email": organization.email or None,
        }
    )


def location_record(location):
    return compact(
        {
            "id": str(location.id),
            "location_type": "physical",
            "organization_id": str(location.organization_id),
            "name": location.name,
            "transportation": location.transportation or None,
            "latitude": float(location.latitude) if location.latitude is not None else None,
            "longitude": float(location.longitude) if location.longitude is not None else None,
            "addresses": [
                {
                    "id": derived_id("address", location.id),
                    "location_id": str(location.id),
                    "address_1": location.address_1,
                    "city": location.city,
                    "state_province": location.state_province,
                    "postal_code": location.postal_code,
                    "country": "US",
                    "address_type": "physical",
                }
            ],
            "accessibility": [
                {
                    "id": derived_id("accessibility", location.id),
                    "location_id": str(location.id),
                    "description": location.accessibility,
                }
            ]
            if location.accessibility
            else None,
        }
    )


def attending_type(service, schedule):
    """How people come: a service with no location is reached by its phones (or online)."""
    if not service.in_person:
        return "phone, text or online"
    return "walk-in" if schedule.attendance == "walk_in" else "appointment"


def schedule_records(service):
    records = []
    for schedule in service.schedules.all():
        times = schedule.times()
        if not times or not schedule.weekdays:
            continue
        opens, closes = times
        records.append(
            {
                "id": str(schedule.hsds_id),
                "service_id": str(service.id),
                "freq": "WEEKLY",
                "wkst": "MO",
                "byday": ",".join(DAY_CODES[day] for day in schedule.weekdays),
                "opens_at": f"{opens}:00",
                # HSDS times end at 23:59:59; "open 24 hours" is said in the description.
                "closes_at": "23:59:59" if closes == "24:00" else f"{closes}:00",
                "description": "Open 24 hours" if schedule.open_all_day else None,
                "attending_type": attending_type(service, schedule),
                "notes": "Closes after midnight" if schedule.closes_after_midnight else None,
            }
        )
    for closure in service.closures.all():
        records.append(
            {
                "id": str(closure.hsds_id),
                "service_id": str(service.id),
                "valid_from": closure.valid_from.isoformat(),
                "valid_to": closure.valid_to.isoformat(),
                "description": ("Closed" if closure.closed else "Special hours")
                + (f": {closure.note}" if closure.note else ""),
                "opens_at": None if closure.closed else closure.opens_at.strftime("%H:%M:%S"),
                "closes_at": None if closure.closed else closure.closes_at.strftime("%H:%M:%S"),
            }
        )
    return [compact(record) for record in records]


def service_area_records(service):
    """Statewide and national lines say so; a local service's area is its location."""
    if service.scope not in SCOPE_AREAS:
        return []
    return [
        {
            "id": derived_id("service_area", service.id),
            "service_id": str(service.id),
            "name": SCOPE_AREAS[service.scope],
            "description": service.get_scope_display(),
        }
    ]


def service_record(service, full=True):
    said = current_words().of(service)
    record = {
        "id": str(service.id),
        "organization_id": str(service.organization_id),
        "name": said["name"],
        "description": said["description"],
        "url": service.url or None,
        "status": service.status,
        "interpretation_services": service.interpretation_services or None,
        "application_process": said["application_process"] or None,
        "fees_description": said["fees_description"] or None,
        "eligibility_description": said["eligibility_description"] or None,
        "minimum_age": service.minimum_age,
        "maximum_age": service.maximum_age,
        "assured_date": service.assured_date.isoformat() if service.assured_date else None,
        "last_modified": service.updated_at.isoformat(),
        "organization": organization_record(service.organization),
    }
    if full:
        record.update(
            {
                "phones": [
                    {
                        "id": str(phone.hsds_id),
                        "service_id": str(service.id),
                        "number": phone.number,
                        "type": "text" if phone.kind == "text" else "voice",
                        **({"description": phone.description} if phone.description else {}),
                    }
                    for phone in service.phones.all()
                ],
                "schedules": schedule_records(service),
                "service_at_locations": [service_at_location_record(service, with_service=False)]
                if service.location
                else [],
                "languages": [
                    compact(
                        {
                            "id": derived_id("language", f"{service.id}:{code}"),
                            "service_id": str(service.id),
                            "code": code,
                            "name": LANGUAGE_NAMES.get(code),
                        }
                    )
                    for code in service.language_codes
                ],
                "service_areas": service_area_records(service),
                "cost_options": [
                    {
                        "id": derived_id("cost", service.id),
                        "service_id": str(service.id),
                        "option": "Free",
                        "amount": 0,
                        "currency": "USD",
                    }
                ]
                if service.is_free
                else [],
                "attributes": [
                    {
                        "id": derived_id("attribute", f"{service.id}:{t.id}"),
                        "link_id": str(service.id),
                        "link_type": "service_type",
                        "link_entity": "service",
                        "taxonomy_term_id": str(t.id),
                        "taxonomy_term": taxonomy_term(t),
                    }
                    for t in service.service_types.all()
                ],
            }
        )
    return compact(record)


def service_at_location_record(service, with_service=True, full_service=False):
    record = {
        "id": str(service.id),  # one location per service here: the service's id
        "service_id": str(service.id),
        "location_id": str(service.location_id),
        "location": location_record(service.location),
        "description": f"{current_words().of(service)['name']} at {service.location.name}",
    }
    if with_service:
        record["service"] = service_record(service, full=full_service)
    return compact(record)
