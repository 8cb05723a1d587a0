"""The directory API (`/api/directory/services/`): listings filtered the way visitors ask —
by city, kind of help, open now or at a time, free, walk-in, language, words, and near a place.

Every bad filter value gets a 400 that names the parameter, never a 500.
"""

import math
import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.db.models import Q
from django.utils import timezone

from rest_framework.response import Response
from rest_framework.views import APIView

from turnto.core.blocks import dial_href

from .hours import status_at, status_text
from .listings import DEFAULT_TIMEZONE, Service, ServiceType

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
SCOPES = {"local", "statewide", "national"}
MAX_PAGE_SIZE = 100
MAX_RADIUS_KM = 500
EARTH_RADIUS_KM = 6371.0


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


def parse_moment(value):
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise FilterError(
            "open_at", "open_at must be a date and time like 2026-11-20T18:00 (ISO 8601)"
        ) from exc
    if moment.tzinfo is None:  # a local time in Missouri, as a visitor would mean it
        moment = moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))
    return moment


def parse_near(params):
    value = params.get("near")
    if not value:
        if params.get("radius"):
            raise FilterError("radius", "radius needs near=latitude,longitude")
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


def listings_queryset():
    return Service.objects.exclude(status__in=["inactive", "defunct"]).with_details()


class ServiceListView(APIView):
    def get(self, request):
        try:
            return Response(self.listing(request.GET))
        except FilterError as error:
            return Response({"message": str(error), "parameter": error.parameter}, status=400)

    def listing(self, params):
        unknown = sorted(set(params) - KNOWN_PARAMETERS)
        if unknown:
            raise FilterError(unknown[0], f"unknown parameter {unknown[0]!r}")
        queryset = listings_queryset()

        if city := params.get("city", "").strip():
            queryset = queryset.filter(location__city__iexact=city)
        if scopes := parse_list(params, "scope"):
            if bad := sorted(set(scopes) - SCOPES):
                raise FilterError(
                    "scope", f"unknown scope {bad[0]!r}: use {', '.join(sorted(SCOPES))}"
                )
            queryset = queryset.filter(scope__in=scopes)
        if types := parse_list(params, "service_type"):
            known = set(ServiceType.objects.filter(slug__in=types).values_list("slug", flat=True))
            if missing := [slug for slug in types if slug not in known]:
                raise FilterError("service_type", f"unknown service type {missing[0]!r}")
            for slug in types:  # all of them, not any
                queryset = queryset.filter(service_types__slug=slug)
        if (free := parse_bool(params, "free")) is not None:
            queryset = queryset.filter(is_free=free)
        if parse_bool(params, "walk_in"):
            queryset = queryset.filter(schedules__attendance="walk_in")
        if language := params.get("language", "").strip().lower():
            if not re.fullmatch(r"[a-z]{2,3}", language):
                raise FilterError(
                    "language", "language must be a two- or three-letter code, e.g. es"
                )
            queryset = queryset.filter(languages__iregex=rf"(^|,\s*){language}(\s*,|$)")
        if words := params.get("q", "").strip():
            if len(words) > 200:
                raise FilterError("q", "q must be at most 200 characters")
            queryset = queryset.filter(
                Q(name__icontains=words)
                | Q(description__icontains=words)
                | Q(organization__name__icontains=words)
            )
        near = parse_near(params)
        if near:
            latitude, longitude, radius = near
            # A box around the circle first, in the database; the exact distance after.
            dlat = radius / 111.0
            dlng = radius / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
            queryset = queryset.filter(
                location__latitude__range=(latitude - dlat, latitude + dlat),
                location__longitude__range=(longitude - dlng, longitude + dlng),
            )
        moment = parse_moment(params["open_at"]) if params.get("open_at") else timezone.now()
        open_filter = parse_bool(params, "open_now") or bool(params.get("open_at"))
        page = parse_int(params, "page", 1, 1, 100000)
        page_size = parse_int(params, "page_size", 20, 1, MAX_PAGE_SIZE)

        services = list(queryset.distinct().order_by("name", "id"))
        distances = {}
        if near:
            for service in services:
                location = service.location
                distances[service.id] = distance_km(
                    latitude, longitude, float(location.latitude), float(location.longitude)
                )
            services = [s for s in services if distances[s.id] <= radius]
            services.sort(key=lambda s: distances[s.id])
        if open_filter:
            services = [
                s for s in services if s.status == "active" and status_at(s.hours(), moment)["open"]
            ]
        start = (page - 1) * page_size
        results = [
            listing_representation(s, moment, distances.get(s.id))
            for s in services[start : start + page_size]
        ]
        return {
            "count": len(services),
            "page": page,
            "page_size": page_size,
            "at": moment.isoformat(),
            "results": results,
        }


class ServiceDetailView(APIView):
    def get(self, request, pk):
        service = listings_queryset().filter(pk=pk).first()
        if service is None:
            return Response({"message": "no such listing"}, status=404)
        return Response(listing_representation(service, timezone.now()))
