"""The directory API (`/api/directory/services/`): listings filtered the way visitors ask —
by city, kind of help, open now or at a time, free, walk-in, language, words, and near a place.

Every bad filter value gets a 400 that names the parameter, never a 500.
"""

import math
import re

from django.db import connections
from django.db.models import (
    BooleanField,
    Count,
    Exists,
    Expression,
    F,
    OuterRef,
    Q,
    Subquery,
    Window,
)
from django.db.models.lookups import GreaterThanOrEqual
from django.utils import timezone
from django.utils.translation import gettext as _

from drf_spectacular.utils import extend_schema
from rest_framework.response import Response
from rest_framework.views import APIView

from turnto.directory.hours.open_at_sql import open_at_condition, zones_in_use
from turnto.directory.models import ListingPoint, Location, Schedule, Service, ServiceType

from ..models.listings import shown_name  # the order in the visitor's language
from .distance import EARTH_RADIUS_KM, distance_km, sphere_point
from .parameters import (
    DETAIL_PARAMETERS,
    MAX_PAGE_SIZE,
    MAX_RADIUS_KM,
    SCOPES,
    FilterError,
    parse_bool,
    parse_int,
    parse_list,
    parse_locale,
    parse_moment,
    parse_near,
    reject_unknown_parameters,
    request_site,
)
from .representation import (
    SERVICE_TYPES,
    Words,
    listing_representation,
    listings_queryset,
    page_details,
    per_content_generation,
)
from .schema import (
    FilterErrorSerializer,
    ListingPageSerializer,
    ListingSerializer,
    NotFoundSerializer,
    list_parameters,
    locale_parameter,
    site_parameter,
)

# The steps of ServiceListView.listing, in the order it takes them: a bad value is refused by
# the first step that reads it, so the parameter a 400 names does not depend on how the steps
# are written.


def filter_by_city_and_scope(queryset, params):
    if city := params.get("city", "").strip():
        queryset = queryset.filter(location__city__iexact=city)
    if "scope" in params:
        scopes = parse_list(params, "scope")
        if not scopes:  # an empty ?scope= says nothing the schema allows
            raise FilterError(
                "scope", _("scope is empty: use %(scopes)s") % {"scopes": ", ".join(sorted(SCOPES))}
            )
        if bad := sorted(set(scopes) - SCOPES):
            raise FilterError(
                "scope",
                _("unknown scope %(scope)r: use %(scopes)s")
                % {"scope": bad[0], "scopes": ", ".join(sorted(SCOPES))},
            )
        queryset = queryset.filter(scope__in=scopes)
    return queryset


def asked_service_types(params):
    """The ids of the service types asked for (a visitor who ticks naloxone and test strips
    wants the places that have either); none when none is asked for."""
    types = parse_list(params, "service_type")
    if not types:
        return []
    known = per_content_generation("directory:service-type-ids", service_type_ids)
    if missing := [slug for slug in types if slug not in known]:
        raise FilterError("service_type", _("unknown service type %(slug)r") % {"slug": missing[0]})
    return sorted({known[slug] for slug in types})


def offering(kinds):
    """The listings that offer any of `kinds`: an EXISTS, which keeps one row per listing where
    a join would repeat it."""
    return Exists(SERVICE_TYPES.objects.filter(service_id=OuterRef("pk"), servicetype_id__in=kinds))


def service_type_ids():
    """{slug: id} of the kinds of help (the default language's rows, which listings name)."""
    return dict(ServiceType.objects.originals().values_list("slug", "id"))


def walk_in_condition():
    """Some hours take walk-ins, at a place: help by phone or online has nowhere to walk in."""
    return Exists(
        Schedule.objects.filter(
            service=OuterRef("pk"), attendance="walk_in", service__location__isnull=False
        )
    )


def filter_by_language(queryset, params):
    if language := params.get("language", "").strip().lower():
        if not re.fullmatch(r"[a-z]{2,3}", language):
            raise FilterError(
                "language", _("language must be a two- or three-letter code, e.g. es")
            )
        queryset = queryset.filter(languages__iregex=rf"(^|,\s*){language}(\s*,|$)")
    return queryset


def filter_by_words(queryset, params):
    if words := params.get("q", "").strip():
        if len(words) > 200:
            raise FilterError("q", _("q must be at most 200 characters"))
        # In the visitor's language (?locale=es): the words they read on the page.
        queryset = queryset.matching(words, parse_locale(params))
    return queryset


def matching_listings(params, site):
    """The listings a visitor of `site` may see that the filters other than kind, place and
    time keep; the kinds of help asked for; and the EXISTS conditions (walk-in) left to apply
    last, before the hours when those apply."""
    related = []
    queryset = filter_by_city_and_scope(Service.objects.visible(site), params)
    kinds = asked_service_types(params)
    if (free := parse_bool(params, "free")) is not None:
        queryset = queryset.filter(is_free=free)
    if parse_bool(params, "walk_in"):
        related.append(walk_in_condition())
    queryset = filter_by_language(queryset, params)
    queryset = filter_by_words(queryset, params)
    return queryset, kinds, related


# Up to this radius (the default, "near me") a box holds at most a few thousand places, even
# downtown: reading their listings place by place beats reading all 50,000 listings. Wider
# (50 km around St. Louis: 8,000 places), PostgreSQL's own plan, one pass over the listings
# against the hashed places, is the cheaper (scripts/bench_directory.py measures both).
PLACES_FIRST_MAX_RADIUS_KM = 25


class OneOf(Expression):
    """A column's value is one of a subquery's values. On PostgreSQL written
    `column = ANY(ARRAY(subquery))`: the subquery runs first, once, by its index, and each of
    its values is then looked up by the column's. (As `IN (subquery)` the planner cannot tell a
    box of 2,000 places from one of 40,000: it hashes them and reads all 50,000 listings.)
    Elsewhere, plain IN."""

    conditional = True
    output_field = BooleanField()

    def __init__(self, column, values):
        super().__init__()
        self.column, self.values = F(column), Subquery(values)

    def get_source_expressions(self):
        return [self.column, self.values]

    def set_source_expressions(self, expressions):
        self.column, self.values = expressions

    def as_sql(self, compiler, connection):
        column_sql, column_params = compiler.compile(self.column)
        values_sql, values_params = compiler.compile(self.values)  # "(SELECT ...)"
        if connection.vendor == "postgresql":
            return f"{column_sql} = ANY(ARRAY{values_sql})", [*column_params, *values_params]
        return f"{column_sql} IN {values_sql}", [*column_params, *values_params]


class Circle:
    """The circle of `radius` km around a point: a box around it (which an index can read),
    and the circle itself on the box's rows: the dot product of points on a unit sphere (as
    the sphere_x/y/z columns hold them) is the cosine of the angle between them."""

    def __init__(self, latitude, longitude, radius):
        dlat = radius / 111.0
        dlng = radius / (111.0 * max(math.cos(math.radians(latitude)), 0.01))
        self.latitude = (latitude - dlat, latitude + dlat)
        self.longitude = (longitude - dlng, longitude + dlng)
        self.point = sphere_point(latitude, longitude)
        self.within = math.cos(radius / EARTH_RADIUS_KM)

    def closeness(self, prefix=""):
        x, y, z = self.point
        return F(f"{prefix}sphere_x") * x + F(f"{prefix}sphere_y") * y + F(f"{prefix}sphere_z") * z

    def holds(self, prefix=""):
        """The filter that keeps the rows inside the circle (their columns under `prefix`)."""
        return Q(
            GreaterThanOrEqual(self.closeness(prefix), self.within),
            **{f"{prefix}latitude__range": self.latitude},
            **{f"{prefix}longitude__range": self.longitude},
        )


def within_radius_nearest_first(queryset, near, kinds, ordering):
    """Only the listings within the radius of the place (and, when `kinds` are asked for, that
    offer one of them), the nearest first."""
    circle = Circle(*near)
    if kinds:
        # The listings that offer the kind in the circle, from one index range of the listing
        # points; their places then only for the order and the hours.
        points = ListingPoint.objects.filter(circle.holds(), service_type__in=kinds)
        queryset = queryset.filter(OneOf("pk", points.order_by().values("service_id")))
    else:
        if near[2] <= PLACES_FIRST_MAX_RADIUS_KM:
            # The places in the circle first, then their listings (not every listing, then its
            # place): the box by index, the circle on the index's rows.
            places = Location.objects.filter(circle.holds())
            queryset = queryset.filter(OneOf("location_id", places.order_by().values("pk")))
        queryset = queryset.filter(circle.holds("location__"))
    return queryset, [circle.closeness("location__").desc(), *ordering]


def apply_related_and_hours(queryset, related, open_at):
    """The EXISTS conditions, and when open_at is given only the listings open then (the hours'
    condition carries the others, as guards, so that the database tries them first)."""
    if open_at is not None:
        zones = per_content_generation("directory:zones-in-use", zones_in_use)
        condition = open_at_condition(open_at, zones, guards=related)
        return queryset.filter(*related, condition) if condition is not None else queryset.none()
    if related:
        return queryset.filter(*related)
    return queryset


# A count that depends on the content alone (no place, no time, no words) is kept until the
# next edit: the next page of the same filters, or the next visitor's, is not counted again
# (12,000 listings of a kind across the state take about 24 ms to count on PostgreSQL). At
# most this many per content generation, so that made-up filter values cannot fill memory.
REMEMBERED_COUNTS = 256


def content_only_count_key(params, site):
    """What such a count is kept under: the site and the filters, page and language aside;
    None when the count depends on more than the content."""
    if any(params.get(name) for name in ("near", "open_now", "open_at", "q")):
        return None
    filters = sorted(
        (name, tuple(params.getlist(name)))
        for name in params
        if name not in {"page", "page_size", "locale"}
    )
    return (site.pk if site else None, *filters)


def counted(queryset, key):
    if key is None:
        return queryset.count()
    counts = per_content_generation("directory:counts", dict)
    if key not in counts:
        count = queryset.count()
        if len(counts) >= REMEMBERED_COUNTS:
            return count
        counts[key] = count
    return counts[key]


def page_ids_and_count(queryset, ordering, page, page_size, nearest_first=False, count_key=None):
    """The ids of the page's listings, in order, and how many match in all (kept under
    `count_key` when it is given: content_only_count_key)."""
    start = (page - 1) * page_size
    if not nearest_first and connections[queryset.db].vendor == "postgresql":
        # In name order PostgreSQL walks an index (service_listed_by_name) and stops at the
        # page's end; a total riding along would make it find every match first. The count
        # is a query of its own, which needs no order and no row of the listings it counts.
        # (SQLite sorts either way: one pass, the total riding along, is its cheaper.)
        ids = list(
            queryset.order_by(*ordering).values_list("pk", flat=True)[start : start + page_size]
        )
        if page == 1 and not ids:
            return ids, 0
        return ids, counted(queryset, count_key)
    # Nearest first, every match in the circle is found to be ordered anyway: the total rides
    # along in the same pass (narrow rows); then everything shown about those few listings.
    page_rows = list(
        queryset.annotate(total_matches=Window(Count("pk")))
        .order_by(*ordering)
        .values_list("pk", "total_matches")[start : start + page_size]
    )
    if page_rows:
        count = page_rows[0][1]
    else:  # past the last page (or nothing matched): ask for the total alone
        count = queryset.count() if page > 1 else 0
    return [pk for pk, _ in page_rows], count


def page_results(ids, moment, near, words):
    """The page's listings as JSON, each with its distance from the place when one is given."""
    by_id = page_details(ids, words)
    services = [by_id[pk] for pk in ids if pk in by_id]  # unless just deleted
    results = []
    for service in services:
        distance = None
        if near and service.location:
            latitude, longitude, _radius = near
            location = service.location
            distance = distance_km(
                latitude, longitude, float(location.latitude), float(location.longitude)
            )
        results.append(listing_representation(service, moment, distance, words))
    return results


class PastTheLastPage(FilterError):
    """A page number past the last page of what matches: a 404 (as a page that is not there)
    that names the last page, not an empty list."""


class ServiceListView(APIView):
    @extend_schema(
        operation_id="directory_services_list",
        tags=["directory"],
        summary="Listings, filtered and paged",
        description="Help people can get on the request's site (or the site `?site=` names): "
        "by city, kind of help, open now or at a time, free, "
        "walk-in, language, words, and near a place (nearest first). Every listing carries its "
        "hours, its status now and the day a person last verified it. A bad filter value is a "
        "400 naming the parameter; an unknown parameter too. A page past the last is a 404 "
        "naming the last.",
        parameters=list_parameters(MAX_RADIUS_KM, MAX_PAGE_SIZE),
        responses={200: ListingPageSerializer, 400: FilterErrorSerializer, 404: NotFoundSerializer},
    )
    def get(self, request):
        try:
            return Response(self.listing(request))
        except PastTheLastPage as error:
            return Response({"message": str(error), "parameter": "page"}, status=404)
        except FilterError as error:
            return Response({"message": str(error), "parameter": error.parameter}, status=400)

    def listing(self, request):
        """Everything is filtered, counted, ordered and paged by the database; Python builds
        only the page it returns, so the work and the number of queries do not grow with it."""
        params = request.GET
        reject_unknown_parameters(params)
        site = request_site(request)
        language = parse_locale(params)
        queryset, kinds, related = matching_listings(params, site)
        ordering = [shown_name(language), "id"]  # by the name the visitor reads
        if near := parse_near(params):
            queryset, ordering = within_radius_nearest_first(queryset, near, kinds, ordering)
        elif kinds:
            related.insert(0, offering(kinds))
        moment = parse_moment(params["open_at"]) if params.get("open_at") else timezone.now()
        open_filter = parse_bool(params, "open_now") or bool(params.get("open_at"))
        page = parse_int(params, "page", 1, 1, 100000)
        page_size = parse_int(params, "page_size", 20, 1, MAX_PAGE_SIZE)
        queryset = apply_related_and_hours(queryset, related, moment if open_filter else None)
        count_key = content_only_count_key(params, site)
        ids, count = page_ids_and_count(queryset, ordering, page, page_size, bool(near), count_key)
        if (last := max(1, -(-count // page_size))) < page:
            # An old or mistyped address: said so, with the last page there is, not an empty list.
            raise PastTheLastPage(
                "page", f"There is no page {page} of these places: the last is page {last}"
            )
        return {
            "count": count,
            "page": page,
            "page_size": page_size,
            "at": moment.isoformat(),
            "results": page_results(ids, moment, near, Words.in_language(language)),
        }


class ServiceDetailView(APIView):
    @extend_schema(
        operation_id="directory_services_retrieve",
        tags=["directory"],
        summary="One listing",
        description="A listing of the request's site (or ?site=) that is not inactive or closed "
        "for good, with its status now. A listing of another site is a 404; an unknown "
        "parameter is a 400 naming it.",
        parameters=[site_parameter(), locale_parameter()],
        responses={200: ListingSerializer, 400: FilterErrorSerializer, 404: NotFoundSerializer},
    )
    def get(self, request, pk):
        try:
            reject_unknown_parameters(request.GET, DETAIL_PARAMETERS)
            site = request_site(request)
            words = Words.in_language(parse_locale(request.GET))
        except FilterError as error:
            return Response({"message": str(error), "parameter": error.parameter}, status=400)
        service = listings_queryset(site, words).filter(pk=pk).first()
        if service is None:
            return Response({"message": "no such listing"}, status=404)
        return Response(listing_representation(service, timezone.now(), words=words))
