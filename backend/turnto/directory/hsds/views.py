"""The directory as Open Referral HSDS 3.0 (`/api/hsds/`), for other directories to read.

Follows ../shared/hsds/schema/openapi.json: the Page envelope, services fully nested in their
detail, organizations, services at locations, taxonomies and taxonomy terms. The records
themselves are built in `hsds.records`, shared with the export; the addresses are in `hsds.urls`.

Every parameter of that document is taken, with the meaning its descriptions give it: `search`,
`taxonomy_term_id`, `taxonomy_id`, `organization_id`, `modified_after` (on or after; an ISO 8601
date or date and time, UTC without an offset), `minimal`, `full`, `full_service`, `postcode`,
`proximity` (meters from the postcode's centroid), `top_only`, `parent_id`, and `format`
(`ndjson`: every record, one per line, no paging). Ids are strings in HSDS: one that is not ours
matches nothing. Bounds of our own, answered with a 400 naming the parameter: page 1-100000,
per_page 1-100, format json or ndjson, proximity a number of meters; an unknown parameter is a
400 too. Methods other than GET (HEAD, OPTIONS) are a JSON 405.

Each site publishes its own directory: services (and the organizations that run them) of the
request's site, its host or `?site=hostname[:port]` as on the rest of the API; another site's
service is a 404 here.
"""

import json
import math
import re
import uuid
from datetime import UTC, datetime, timedelta

from django.db.models import Avg, Exists, F, OuterRef, Q
from django.db.models.lookups import GreaterThanOrEqual
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.views.decorators.csrf import csrf_exempt

from rest_framework.response import Response
from rest_framework.views import APIView

from turnto.core.api.parameters import unknown_parameter_message, unknown_parameters
from turnto.core.page_tree import site_for_request
from turnto.directory.api.distance import EARTH_RADIUS_KM, sphere_point
from turnto.directory.api.parameters import FilterError, parse_locale
from turnto.directory.api.representation import Words
from turnto.directory.models import DEFAULT_TIMEZONE, Location, Organization, Service, ServiceType

from .records import (
    HSDS_VERSION,
    TAXONOMY_ID,
    in_words,
    organization_record,
    service_at_location_record,
    service_record,
    services_queryset,
    taxonomy,
    taxonomy_term,
)

MAX_PER_PAGE = 100
# `minimal=true` records are small: "aim to return all services within one page" (the largest
# page by default; the bound stays the documented one).
MAX_MINIMAL_PER_PAGE = MAX_PER_PAGE
# The API this one follows: HSDS 3.0's own OpenAPI description.
OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json"


class HSDSError(ValueError):
    pass


class NotFound(Exception):
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


def whole_number(params, name, default, high):
    value = params.get(name, str(default))
    if not re.fullmatch(r"\d{1,7}", value) or not 1 <= int(value) <= high:
        raise HSDSError(f"{name} must be a whole number from 1 to {high}")
    return int(value)


def paging(params, per_page_default=50, per_page_max=MAX_PER_PAGE):
    return (
        whole_number(params, "page", 1, 100000),
        whole_number(params, "per_page", per_page_default, per_page_max),
    )


def flag(params, name):
    """An OpenAPI boolean query parameter: true or false (absent: false)."""
    value = params.get(name, "false").lower()
    if value not in ("true", "false"):
        raise HSDSError(f"{name} must be true or false")
    return value == "true"


def output_format(params):
    value = params.get("format", "json").lower()
    if value not in ("json", "ndjson"):
        raise HSDSError("format must be json or ndjson")
    return value


def moment_after(params, name):
    """An ISO 8601 date or date and time (UTC when it names no offset), as an aware datetime.
    A moment before or after what a datetime holds (year 1 at +14:00) is clamped, so that
    "modified after" still means everything or nothing."""
    text = params.get(name, "")
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00").replace("z", "+00:00"))
    except ValueError as exc:
        raise HSDSError(f"{name} must be an ISO 8601 date or date and time") from exc
    offset = moment.utcoffset()
    naive = moment.replace(tzinfo=None)
    if offset:
        try:
            naive -= offset
        except OverflowError:
            naive = datetime.min if offset > timedelta(0) else datetime.max
    return naive.replace(tzinfo=UTC)


def any_id(value):
    """HSDS ids are strings; ours are UUIDs. Another string names no record of ours."""
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def missouri_zip(code):
    return re.fullmatch(r"6[3-5]\d{3}(-\d{4})?", code) is not None


def filtered_services(params, queryset):
    """The filters /services and /service_at_locations share, as the HSDS API reference
    describes them."""
    if words := params.get("search", "").strip():
        # Text fields cannot hold a NUL: such a search matches nothing (PostgreSQL would refuse it).
        queryset = queryset.none() if "\x00" in words else queryset.matching(words)
    if "taxonomy_term_id" in params:
        term = any_id(params["taxonomy_term_id"])
        queryset = queryset.filter(service_types__id=term) if term else queryset.none()
    if "taxonomy_id" in params:
        # Our one taxonomy holds every service type: services with any of them.
        if params["taxonomy_id"] == TAXONOMY_ID:
            queryset = queryset.filter(service_types__isnull=False)
        else:
            queryset = queryset.none()
    if "organization_id" in params:
        organization = any_id(params["organization_id"])
        queryset = (
            queryset.filter(organization_id=organization) if organization else queryset.none()
        )
    if "modified_after" in params:
        queryset = queryset.filter(updated_at__gte=moment_after(params, "modified_after"))
    return queryset.distinct()


class HSDSView(APIView):
    known = {"page", "per_page", "format"}
    # Open Referral's document takes any string for search, ids and postcode: one holding a
    # NUL (which no record holds) finds nothing here rather than the API's usual 400.
    takes_nul = True

    def get(self, request, **kwargs):
        try:
            # `?site=` on every address, as on the rest of the API.
            if unknown := unknown_parameters(request.GET, self.known | {"site", "locale"}):
                raise HSDSError(unknown_parameter_message(unknown[0]))
            try:
                # The listings of the request's site (its host, or ?site=) only.
                self.site = site_for_request(request)
            except ValueError as exc:
                raise HSDSError(str(exc)) from exc
            try:
                # HSDS carries one language: the default's, unless ?locale= asks for another
                # (the words translated into it, the default's where there are none).
                self.words = Words.in_language(parse_locale(request.GET))
            except FilterError as exc:
                raise HSDSError(str(exc)) from exc
            with in_words(self.words):
                answer = self.answer(request.GET, **kwargs)
        except HSDSError as error:
            return Response({"message": str(error)}, status=400)
        except (
            Http404,
            NotFound,
            Service.DoesNotExist,
            Organization.DoesNotExist,
            ServiceType.DoesNotExist,
        ):
            return Response({"message": "not found"}, status=404)
        response = answer if isinstance(answer, StreamingHttpResponse) else Response(answer)
        # Says which language the records' words are in.
        response["Content-Language"] = self.words.language
        return response

    def http_method_not_allowed(self, request, *args, **kwargs):
        # DRF adds the Allow header; the body is JSON like every other error of the API.
        return Response(
            {"message": f"{request.method} is not allowed here: the HSDS API is read-only (GET)"},
            status=405,
        )

    def listing(self, params, items, render, **paging_options):
        """A Page of items, or with format=ndjson every item, one JSON record per line."""
        if output_format(params) == "ndjson":
            if "page" in params or "per_page" in params:
                paging(params, **paging_options)  # still checked: a bad value is a 400
            words = self.words  # the records are written after the view returns

            def records():
                for item in items:
                    with in_words(words):
                        yield json.dumps(render(item), ensure_ascii=False) + "\n"

            records = records()
            return StreamingHttpResponse(records, content_type="application/x-ndjson")
        page, per_page = paging(params, **paging_options)
        return page_envelope(items, page, per_page, render)

    def record(self, queryset, pk):
        key = any_id(pk)
        if key is None:
            raise NotFound
        return queryset.get(pk=key)


class RootView(HSDSView):
    known = set()

    def answer(self, params):
        return {
            "version": HSDS_VERSION,
            "profile": "https://docs.openreferral.org/en/v3.0/",
            "openapi_url": OPENAPI_URL,
            "publisher": {"name": "Turn To", "timezone": DEFAULT_TIMEZONE},
            # HSDS records carry no language of their own: they are in the directory's default
            # language, or the one ?locale= names (words not translated stay in the default).
            "language": self.words.language,
            "default_language": Words().language,
        }


def minimal_service(service):
    # The reference asks for just the id and modification time; the official OpenAPI document
    # describes list items with compiled/service_list.json, which requires name and status too.
    return {
        "id": str(service.id),
        "name": service.name,
        "status": service.status,
        "last_modified": service.updated_at.isoformat(),
    }


class ServicesView(HSDSView):
    known = HSDSView.known | {
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "minimal",
        "full",
        "full_service",  # Turn To's name for `full` before it followed the reference
    }

    def answer(self, params):
        queryset = filtered_services(params, services_queryset(self.site))
        if flag(params, "minimal"):
            # "Aim to return all services within one page": a big default page of small records.
            flag(params, "full") or flag(params, "full_service")  # checked all the same
            return self.listing(
                params,
                queryset,
                minimal_service,
                per_page_default=MAX_MINIMAL_PER_PAGE,
                per_page_max=MAX_MINIMAL_PER_PAGE,
            )
        full = flag(params, "full") | flag(params, "full_service")
        return self.listing(params, queryset, lambda s: service_record(s, full=full))


class ServiceView(HSDSView):
    known = set()

    def answer(self, params, pk):
        return service_record(self.record(services_queryset(self.site), pk))


def nested_organization(site, organization, full_services):
    record = organization_record(organization)
    record["services"] = [
        service_record(s, full=full_services)
        for s in services_queryset(site).filter(organization=organization)
    ]
    return record


def site_organizations(site):
    """The published organizations with a listing on `site`: another site's are not named."""
    listed = Service.objects.for_site(site).filter(organization=OuterRef("pk"))
    return Organization.objects.published().filter(Exists(listed))


class OrganizationsView(HSDSView):
    known = HSDSView.known | {"search", "full_service", "full"}

    def answer(self, params):
        queryset = site_organizations(self.site).order_by("name", "id")
        if words := params.get("search", "").strip():
            queryset = (
                queryset.none() if "\x00" in words else queryset.filter(name__icontains=words)
            )
        full_service, full = flag(params, "full_service"), flag(params, "full")
        if full or full_service:
            return self.listing(
                params, queryset, lambda o: nested_organization(self.site, o, full_service)
            )
        return self.listing(params, queryset, organization_record)


class OrganizationView(HSDSView):
    known = {"full_service"}

    def answer(self, params, pk):
        full_service = flag(params, "full_service")
        organization = self.record(site_organizations(self.site), pk)
        return nested_organization(self.site, organization, full_service)


def within(params, queryset):
    """HSDS `postcode` and `proximity` (meters from the postcode's centroid). We know a
    postcode's centroid only from our own locations in it; statewide and national lines
    (whose service area is Missouri or the country) cover every ZIP code of their area."""
    postcode = params.get("postcode", "").strip()
    proximity = params.get("proximity", "").strip()
    if "proximity" in params and not re.fullmatch(r"\d{1,9}(\.\d+)?", proximity):
        raise HSDSError("proximity must be a distance in meters, e.g. 5000")
    if not postcode:
        return queryset  # proximity alone has no point to measure from
    if "\x00" in postcode:
        return queryset.none()
    us_zip = re.fullmatch(r"\d{5}(-\d{4})?", postcode) is not None
    areas = Q(scope="national") if us_zip else Q(pk__in=[])
    if missouri_zip(postcode):
        areas |= Q(scope="statewide")
    if not proximity:
        return queryset.filter(Q(location__postal_code=postcode[:5]) | areas)
    centre = (
        Location.objects.published()
        .filter(postal_code=postcode[:5], latitude__isnull=False)
        .aggregate(latitude=Avg("latitude"), longitude=Avg("longitude"))
    )
    if centre["latitude"] is None:
        return queryset.filter(areas)
    # Half the Earth's circumference is as far as anything can be.
    radius_km = min(float(proximity) / 1000, math.pi * EARTH_RADIUS_KM)
    x, y, z = sphere_point(float(centre["latitude"]), float(centre["longitude"]))
    closeness = (
        F("location__sphere_x") * x + F("location__sphere_y") * y + F("location__sphere_z") * z
    )
    return queryset.filter(
        Q(GreaterThanOrEqual(closeness, math.cos(radius_km / EARTH_RADIUS_KM))) | areas
    )


class ServiceAtLocationsView(HSDSView):
    known = HSDSView.known | {
        "search",
        "taxonomy_term_id",
        "taxonomy_id",
        "organization_id",
        "modified_after",
        "full",
        "postcode",
        "proximity",
    }

    def answer(self, params):
        queryset = services_queryset(self.site).filter(location__isnull=False)
        queryset = within(params, filtered_services(params, queryset))
        full = flag(params, "full")
        return self.listing(
            params, queryset, lambda s: service_at_location_record(s, full_service=full)
        )


class ServiceAtLocationView(HSDSView):
    known = set()

    def answer(self, params, pk):
        service = self.record(services_queryset(self.site).filter(location__isnull=False), pk)
        record = service_at_location_record(service, full_service=True)
        # The official OpenAPI document describes this answer with compiled/service.json, which
        # requires a name and a status: those of the service given at this location.
        return {**record, "name": service.name, "status": service.status}


class TaxonomiesView(HSDSView):
    known = HSDSView.known | {"search"}

    def answer(self, params):
        items = [taxonomy()]
        if words := params.get("search", "").strip().lower():
            items = [t for t in items if words in t["name"].lower() or words in t["description"]]
        return self.listing(params, items, lambda item: item)


class TaxonomyView(HSDSView):
    known = set()

    def answer(self, params, pk):
        if pk != TAXONOMY_ID:
            raise NotFound
        return taxonomy()


class TaxonomyTermsView(HSDSView):
    known = HSDSView.known | {"search", "taxonomy_id", "top_only", "parent_id"}

    def answer(self, params):
        queryset = ServiceType.objects.originals().order_by("name", "id")
        if words := params.get("search", "").strip():
            queryset = (
                queryset.none() if "\x00" in words else queryset.filter(name__icontains=words)
            )
        if params.get("taxonomy_id") not in (None, TAXONOMY_ID):
            queryset = queryset.none()
        # Our terms are one flat list: each is a top-level term without children, and none has
        # a parent. So top_only keeps them all and parent_id matches none.
        flag(params, "top_only")
        if "parent_id" in params:
            queryset = queryset.none()
        return self.listing(params, queryset, taxonomy_term)


class TaxonomyTermView(HSDSView):
    known = set()

    def answer(self, params, pk):
        return taxonomy_term(self.record(ServiceType.objects.originals(), pk))


@csrf_exempt
def not_found(request, rest=""):
    """Any other address under /api/hsds/, whatever the method: a JSON 404, not a CSRF page."""
    return JsonResponse({"message": f"no such HSDS address: {request.path}"}, status=404)
