"""The directory API (`/api/directory/services/`): listings filtered the way visitors ask —
by city, kind of help, open now or at a time, free, walk-in, language, words, and near a place.

Every bad filter value gets a 400 that names the parameter, never a 500.
"""

import math
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Count, Exists, F, OuterRef, Window
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from turnto.core.api.parameters import unknown_parameter_message, unknown_parameters
from turnto.core.phones import dial_href
from turnto.directory.hours.open_at_sql import open_at_condition, zones_in_use
from turnto.directory.hours.rules import status_at, status_text
from turnto.directory.models import DEFAULT_TIMEZONE, Closure, Phone, Schedule, Service, ServiceType

from . import schema as api_schema
from .schema import (
    FilterErrorSerializer,
    ListingPageSerializer,
    ListingSerializer,
    NotFoundSerializer,
    list_parameters,
)

KNOWN_PARAMETERS = {
    "city",
    "scope",
    "service_type",
    "open_now",
    "open_at",
    "free",
    "walk_in",
    "language",
    "q",
    "near",
    "radius",
    "page",
    "page_size",
}
SCOPES = set(api_schema.SCOPES)  # local, statewide, national
MAX_PAGE_SIZE = 100
MAX_RADIUS_KM = 500
EARTH_RADIUS_KM = 6371.0
SERVICE_TYPES = Service.service_types.through


class FilterError(ValueError):
    def __init__(self, parameter, message):
        super().__init__(message)
        self.parameter = parameter


def parse_bool(params, name):
    value = params.get(name)
    if value is None or value == "":
        return None
    lowered = value.lower()
    if lowered in ("true", "1", "yes"):
        return True
    if lowered in ("false", "0", "no"):
        return False
    raise FilterError(name, f"{name} must be true or false, not {value!r}")


def parse_int(params, name, default, low, high):
    value = params.get(name)
    if value is None or value == "":
        return default
    if not re.fullmatch(r"\d+", value) or not low <= int(value) <= high:
        raise FilterError(name, f"{name} must be a whole number from {low} to {high}")
    return int(value)


def parse_list(params, name):
    values = []
    for raw in params.getlist(name):
        values += [part.strip() for part in raw.split(",") if part.strip()]
    return values


# The years open_at may name: the hours are read a day either side of it, in every timezone,
# which must stay within what a date can hold (years 1 to 9999).
OPEN_AT_YEARS = (1900, 2999)


def parse_moment(value):
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise FilterError(
            "open_at", "open_at must be a date and time like 2026-11-20T18:00 (ISO 8601)"
        ) from exc
    if not OPEN_AT_YEARS[0] <= moment.year <= OPEN_AT_YEARS[1]:
        raise FilterError(
            "open_at", "open_at must be a time in the years {} to {}".format(*OPEN_AT_YEARS)
        )
    if moment.tzinfo is None:  # a local time in Missouri, as a visitor would mean it
        moment = moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))
    return moment


def parse_near(params):
    value = params.get("near")
    if not value:
        # A radius alone narrows nothing: checked, then ignored (OpenAPI cannot say "needs").
        parse_int(params, "radius", 25, 1, MAX_RADIUS_KM)
        return None
    try:
        latitude, longitude = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise FilterError("near", "near must be latitude,longitude, e.g. 39.10,-94.58") from exc
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise FilterError(
            "near", "near is not a place on Earth: latitude -90 to 90, longitude -180 to 180"
        )
    radius = parse_int(params, "radius", 25, 1, MAX_RADIUS_KM)
    return latitude, longitude, radius


def distance_km(lat1, lng1, lat2, lng2):
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = math.radians(lat2 - lat1), math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def sphere_point(latitude, longitude):
    """The point on a unit sphere, as Location.sphere_x/y/z hold it."""
    phi, lam = math.radians(latitude), math.radians(longitude)
    return math.cos(phi) * math.cos(lam), math.cos(phi) * math.sin(lam), math.sin(phi)


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
    if service.status != "active":
        return {"open": False, "closes_at": None, "opens_at": None, "text": "Closed for now"}
    status = status_at(hours, moment)
    return {**status, "text": status_text(hours, status, moment)}


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


def listings_queryset():
    return Service.objects.visible().with_details()


class ServiceListView(APIView):
    @extend_schema(
        operation_id="directory_services_list",
        tags=["directory"],
        summary="Listings, filtered and paged",
        description="Help people can get: by city, kind of help, open now or at a time, free, "
        "walk-in, language, words, and near a place (nearest first). Every listing carries its "
        "hours, its status now and the day a person last verified it. A bad filter value is a "
        "400 naming the parameter; an unknown parameter too.",
        parameters=list_parameters(MAX_RADIUS_KM, MAX_PAGE_SIZE),
        responses={200: ListingPageSerializer, 400: FilterErrorSerializer},
    )
    def get(self, request):
        try:
            return Response(self.listing(request.GET))
        except FilterError as error:
            return Response({"message": str(error), "parameter": error.parameter}, status=400)

    def listing(self, params):
        """Everything is filtered, counted, ordered and paged by the database; Python builds
        only the page it returns, so the work and the number of queries do not grow with it."""
        if unknown := unknown_parameters(params, KNOWN_PARAMETERS):
            raise FilterError(unknown[0], unknown_parameter_message(unknown[0]))
        queryset = Service.objects.visible()
        related = []  # EXISTS conditions: applied last, and before the hours when those apply

        if city := params.get("city", "").strip():
            queryset = queryset.filter(location__city__iexact=city)
        if scopes := parse_list(params, "scope"):
            if bad := sorted(set(scopes) - SCOPES):
                raise FilterError(
                    "scope", f"unknown scope {bad[0]!r}: use {', '.join(sorted(SCOPES))}"
                )
            queryset = queryset.filter(scope__in=scopes)
        if types := parse_list(params, "service_type"):
            known = dict(ServiceType.objects.filter(slug__in=types).values_list("slug", "id"))
            if missing := [slug for slug in types if slug not in known]:
                raise FilterError("service_type", f"unknown service type {missing[0]!r}")
            for slug in types:  # all of them, not any; EXISTS keeps one row per listing
                related.append(
                    Exists(
                        SERVICE_TYPES.objects.filter(
                            service_id=OuterRef("pk"), servicetype_id=known[slug]
                        )
                    )
                )
        if (free := parse_bool(params, "free")) is not None:
            queryset = queryset.filter(is_free=free)
        if parse_bool(params, "walk_in"):
            related.append(
                Exists(Schedule.objects.filter(service=OuterRef("pk"), attendance="walk_in"))
            )
        if language := params.get("language", "").strip().lower():
            if not re.fullmatch(r"[a-z]{2,3}", language):
                raise FilterError(
                    "language", "language must be a two- or three-letter code, e.g. es"
                )
            queryset = queryset.filter(languages__iregex=rf"(^|,\s*){language}(\s*,|$)")
        if words := params.get("q", "").strip():
            if len(words) > 200:
                raise FilterError("q", "q must be at most 200 characters")
            queryset = queryset.matching(words)
        ordering = ["name", "id"]
        near = parse_near(params)
        if near:
            latitude, longitude, radius = near
            # A box around the circle (by index), then the circle itself: the dot product of
            # points on a unit sphere is the cosine of the angle between them.
            dlat = radius / 111.0
            dlng = radius / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
            x, y, z = sphere_point(latitude, longitude)
            closeness = (
                F("location__sphere_x") * x
                + F("location__sphere_y") * y
                + F("location__sphere_z") * z
            )
            queryset = queryset.filter(
                GreaterThanOrEqual(closeness, math.cos(radius / EARTH_RADIUS_KM)),
                location__latitude__range=(latitude - dlat, latitude + dlat),
                location__longitude__range=(longitude - dlng, longitude + dlng),
            )
            ordering = [closeness.desc(), *ordering]
        moment = parse_moment(params["open_at"]) if params.get("open_at") else timezone.now()
        open_filter = parse_bool(params, "open_now") or bool(params.get("open_at"))
        page = parse_int(params, "page", 1, 1, 100000)
        page_size = parse_int(params, "page_size", 20, 1, MAX_PAGE_SIZE)

        if open_filter:
            condition = open_at_condition(moment, zones_in_use(), guards=related)
            queryset = queryset.filter(condition) if condition is not None else queryset.none()
        elif related:
            queryset = queryset.filter(*related)
        start = (page - 1) * page_size
        # First the page's ids, with the total riding along (one pass over the matches, in
        # narrow rows); then everything shown about those few listings.
        page_rows = list(
            queryset.annotate(total_matches=Window(Count("pk")))
            .order_by(*ordering)
            .values_list("pk", "total_matches")[start : start + page_size]
        )
        if page_rows:
            count = page_rows[0][1]
        else:  # past the last page (or nothing matched): ask for the total alone
            count = queryset.count() if page > 1 else 0
        by_id = page_details([pk for pk, _ in page_rows])
        services = [by_id[pk] for pk, _ in page_rows if pk in by_id]  # unless just deleted
        results = []
        for service in services:
            distance = None
            if near and service.location:
                location = service.location
                distance = distance_km(
                    latitude, longitude, float(location.latitude), float(location.longitude)
                )
            results.append(listing_representation(service, moment, distance))
        return {
            "count": count,
            "page": page,
            "page_size": page_size,
            "at": moment.isoformat(),
            "results": results,
        }


class ServiceDetailView(APIView):
    @extend_schema(
        operation_id="directory_services_retrieve",
        tags=["directory"],
        summary="One listing",
        description="A listing that is not inactive or closed for good, with its status now.",
        responses={200: ListingSerializer, 404: NotFoundSerializer},
    )
    def get(self, request, pk):
        service = listings_queryset().filter(pk=pk).first()
        if service is None:
            return Response({"message": "no such listing"}, status=404)
        return Response(listing_representation(service, timezone.now()))
