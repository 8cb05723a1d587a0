"""The directory as Open Referral HSDS 3.0 (`/api/hsds/`), for other directories to read.

Follows ../shared/hsds/schema/openapi.json: the Page envelope, services fully nested in their
detail, organizations, services at locations, taxonomies and taxonomy terms. Phones, schedules
and closures carry their own stable `hsds_id`; other sub-records (addresses, languages, cost
options...) get UUIDs derived from their parent's id, so a record keeps its id between reads
and across export and import (turnto.directory.exchange).
"""

import math
import re
import uuid
from datetime import datetime

from django.urls import path

from rest_framework.response import Response
from rest_framework.views import APIView

from .listings import DEFAULT_TIMEZONE, Organization, Service, ServiceType

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
MAX_PER_PAGE = 100
# The API this one follows: HSDS 3.0's own OpenAPI description.
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"


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
        "name": service_type.name,
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


def schedule_records(service):
    records = []
    for schedule in service.schedules.all():
        span = schedule.as_span()
        if not span:
            continue
        records.append(
            {
                "id": str(schedule.hsds_id),
                "service_id": str(service.id),
                "freq": "WEEKLY",
                "wkst": "MO",
                "byday": DAY_CODES[schedule.weekday],
                "opens_at": f"{span['opens']}:00",
                # HSDS times end at 23:59:59; "open 24 hours" is said in the description.
                "closes_at": "23:59:59" if span["closes"] == "24:00" else f"{span['closes']}:00",
                "description": "Open 24 hours" if schedule.open_all_day else None,
                "attending_type": "walk-in" if schedule.attendance == "walk_in" else "appointment",
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
    record = {
        "id": str(service.id),
        "organization_id": str(service.organization_id),
        "name": service.name,
        "description": service.description,
        "url": service.url or None,
        "status": service.status,
        "interpretation_services": service.interpretation_services or None,
        "application_process": service.application_process or None,
        "fees_description": service.fees_description or None,
        "eligibility_description": service.eligibility_description or None,
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


def service_at_location_record(service, with_service=True):
    record = {
        "id": str(service.id),  # one location per service here: the service's id
        "service_id": str(service.id),
        "location_id": str(service.location_id),
        "location": location_record(service.location),
        "description": f"{service.name} at {service.location.name}",
    }
    if with_service:
        record["service"] = service_record(service, full=False)
    return compact(record)


class HSDSError(ValueError):
    pass


def page_envelope(items, page, per_page, render):
    total = len(items) if isinstance(items, list) else items.count()
    pages = max(1, math.ceil(total / per_page))
    chunk = items[(page - 1) * per_page : page * per_page]
    contents = [render(item) for item in chunk]
    return {
        "total_items": total,
        "total_pages": pages,
        "page_number": page,
        "size": len(contents),
        "first_page": page == 1,
        "last_page": page >= pages,
        "empty": not contents,
        "contents": contents,
    }


def paging(params):
    def number(name, default, high):
        value = params.get(name, str(default))
        if not re.fullmatch(r"\d+", value) or not 1 <= int(value) <= high:
            raise HSDSError(f"{name} must be a whole number from 1 to {high}")
        return int(value)

    return number("page", 1, 100000), number("per_page", 50, MAX_PER_PAGE)


def services_queryset():
    return Service.objects.published().with_details().order_by("name", "id")


class HSDSView(APIView):
    known = {"page", "per_page"}

    def get(self, request, **kwargs):
        unknown = sorted(set(request.GET) - self.known)
        try:
            if unknown:
                raise HSDSError(f"unknown parameter {unknown[0]!r}")
            return Response(self.answer(request.GET, **kwargs))
        except HSDSError as error:
            return Response({"message": str(error)}, status=400)
        except (Service.DoesNotExist, Organization.DoesNotExist, ServiceType.DoesNotExist):
            return Response({"message": "not found"}, status=404)


class RootView(HSDSView):
    known = set()

    def answer(self, params):
        return {
            "version": HSDS_VERSION,
            "profile": "https://docs.openreferral.org/en/v3.0/",
            "openapi_url": OPENAPI_URL,
            "publisher": {"name": "Turn To", "timezone": DEFAULT_TIMEZONE},
        }


class ServicesView(HSDSView):
    known = {"page", "per_page", "search", "taxonomy_term_id", "modified_after", "full_service"}

    def answer(self, params):
        page, per_page = paging(params)
        queryset = services_queryset()
        if words := params.get("search", "").strip():
            queryset = queryset.matching(words)
        if term := params.get("taxonomy_term_id"):
            try:
                uuid.UUID(term)
            except ValueError as exc:
                raise HSDSError("taxonomy_term_id must be a UUID") from exc
            queryset = queryset.filter(service_types__id=term)
        if modified := params.get("modified_after"):
            try:
                since = datetime.fromisoformat(modified.replace("Z", "+00:00"))
            except ValueError as exc:
                raise HSDSError("modified_after must be an ISO 8601 date and time") from exc
            queryset = queryset.filter(updated_at__gt=since)
        full = params.get("full_service", "false").lower()
        if full not in ("true", "false"):
            raise HSDSError("full_service must be true or false")
        return page_envelope(
            queryset.distinct(), page, per_page, lambda s: service_record(s, full=full == "true")
        )


class ServiceView(HSDSView):
    known = set()

    def answer(self, params, pk):
        return service_record(services_queryset().get(pk=pk))


class OrganizationsView(HSDSView):
    known = {"page", "per_page", "search"}

    def answer(self, params):
        page, per_page = paging(params)
        queryset = Organization.objects.published().order_by("name", "id")
        if words := params.get("search", "").strip():
            queryset = queryset.filter(name__icontains=words)
        return page_envelope(queryset, page, per_page, organization_record)


class OrganizationView(HSDSView):
    known = set()

    def answer(self, params, pk):
        organization = Organization.objects.published().get(pk=pk)
        record = organization_record(organization)
        record["services"] = [
            service_record(s, full=False)
            for s in services_queryset().filter(organization=organization)
        ]
        return record


class ServiceAtLocationsView(HSDSView):
    def answer(self, params):
        page, per_page = paging(params)
        queryset = services_queryset().filter(location__isnull=False)
        return page_envelope(queryset, page, per_page, service_at_location_record)


class ServiceAtLocationView(HSDSView):
    known = set()

    def answer(self, params, pk):
        return service_at_location_record(
            services_queryset().filter(location__isnull=False).get(pk=pk)
        )


class TaxonomiesView(HSDSView):
    def answer(self, params):
        page, per_page = paging(params)
        return page_envelope([taxonomy()], page, per_page, lambda item: item)


class TaxonomyView(HSDSView):
    known = set()

    def answer(self, params, pk):
        if str(pk) != TAXONOMY_ID:
            raise Service.DoesNotExist
        return taxonomy()


class TaxonomyTermsView(HSDSView):
    known = {"page", "per_page", "taxonomy_id"}

    def answer(self, params):
        page, per_page = paging(params)
        queryset = ServiceType.objects.order_by("name")
        if params.get("taxonomy_id") not in (None, TAXONOMY_ID):
            queryset = queryset.none()
        return page_envelope(queryset, page, per_page, taxonomy_term)


class TaxonomyTermView(HSDSView):
    known = set()

    def answer(self, params, pk):
        return taxonomy_term(ServiceType.objects.get(pk=pk))


app_name = "hsds"
urlpatterns = [
    path("", RootView.as_view(), name="root"),
    path("services", ServicesView.as_view(), name="services"),
    path("services/<uuid:pk>", ServiceView.as_view(), name="service"),
    path("organizations", OrganizationsView.as_view(), name="organizations"),
    path("organizations/<uuid:pk>", OrganizationView.as_view(), name="organization"),
    path("service_at_locations", ServiceAtLocationsView.as_view(), name="service_at_locations"),
    path(
        "service_at_locations/<uuid:pk>",
        ServiceAtLocationView.as_view(),
        name="service_at_location",
    ),
    path("taxonomies", TaxonomiesView.as_view(), name="taxonomies"),
    path("taxonomies/<uuid:pk>", TaxonomyView.as_view(), name="taxonomy"),
    path("taxonomy_terms", TaxonomyTermsView.as_view(), name="taxonomy_terms"),
    path("taxonomy_terms/<uuid:pk>", TaxonomyTermView.as_view(), name="taxonomy_term"),
]
