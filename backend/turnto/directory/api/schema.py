"""The directory API as OpenAPI (drf-spectacular): its filters and the shapes it answers with.

These serializers only describe; api.listing_representation builds the answers, and
tests/directory/test_api_schema.py checks the two agree on the fields.
"""

from drf_spectacular.utils import OpenApiExample, OpenApiParameter
from rest_framework import serializers

from turnto.directory.models import Service

SCOPES = [value for value, _ in Service.SCOPE_CHOICES]
EMPTY = {"type": "string", "enum": [""]}


class OrganizationSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    website = serializers.CharField(help_text="May be empty.")


class ServiceTypeSerializer(serializers.Serializer):
    slug = serializers.SlugField(help_text="What the service_type filter takes.")
    name = serializers.CharField()


class LocationSerializer(serializers.Serializer):
    name = serializers.CharField()
    address_1 = serializers.CharField()
    city = serializers.CharField()
    state_province = serializers.CharField()
    postal_code = serializers.CharField()
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)
    accessibility = serializers.CharField()
    transportation = serializers.CharField()
    timezone = serializers.CharField(help_text="IANA name the hours are in, e.g. America/Chicago.")
    is_example = serializers.BooleanField(
        help_text="A made-up address (demo listings): show it, but offer no directions or map."
    )


class PhoneSerializer(serializers.Serializer):
    number = serializers.CharField()
    kind = serializers.ChoiceField(choices=["voice", "text"])
    description = serializers.CharField()
    href = serializers.CharField(help_text="A tel: or sms: link.")


class SpanSerializer(serializers.Serializer):
    weekday = serializers.IntegerField(min_value=1, max_value=7, help_text="1 = Monday.")
    opens = serializers.CharField(help_text="Local time, HH:MM.")
    closes = serializers.CharField(
        help_text="Local time, HH:MM; at or before `opens` it closes the next day; "
        '"24:00" with "00:00" is the whole day.'
    )
    attendance = serializers.ChoiceField(
        choices=["walk_in", "appointment", "remote"],
        help_text='"remote": help by phone, text or online (a listing with no place); these are '
        "the hours it answers.",
    )


class SpecialHoursSerializer(serializers.Serializer):
    opens = serializers.CharField()
    closes = serializers.CharField()


class HoursExceptionSerializer(serializers.Serializer):
    # "from" is a Python keyword: the field is renamed below.
    from_ = serializers.DateField(help_text="First day, inclusive.")
    to = serializers.DateField(help_text="Last day, inclusive.")
    note = serializers.CharField(
        required=False, help_text="Why, in the editors' words, e.g. “Christmas”; absent if none."
    )
    closed = serializers.BooleanField(required=False, help_text="Closed on these days.")
    hours = SpecialHoursSerializer(many=True, required=False, help_text="Special hours instead.")

    def get_fields(self):
        fields = super().get_fields()
        fields["from"] = fields.pop("from_")
        return fields


class HoursSerializer(serializers.Serializer):
    timezone = serializers.CharField()
    weekly = SpanSerializer(many=True)
    exceptions = HoursExceptionSerializer(
        many=True, help_text="Closures and special hours; each replaces the weekly hours."
    )


class StatusSerializer(serializers.Serializer):
    open = serializers.BooleanField()
    closes_at = serializers.DateTimeField(
        allow_null=True, help_text="UTC; null when open around the clock."
    )
    opens_at = serializers.DateTimeField(
        allow_null=True, help_text="UTC; null when open, or no opening in the next week."
    )
    text = serializers.CharField(help_text='What a visitor reads, e.g. "Open · closes 6 PM".')


class ListingSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    status = serializers.ChoiceField(choices=["active", "temporarily closed"])
    scope = serializers.ChoiceField(choices=SCOPES)
    organization = OrganizationSerializer()
    service_types = ServiceTypeSerializer(many=True)
    is_free = serializers.BooleanField()
    fees_description = serializers.CharField()
    languages = serializers.ListField(child=serializers.CharField(), help_text="e.g. [en, es]")
    interpretation_services = serializers.CharField()
    eligibility_description = serializers.CharField()
    minimum_age = serializers.IntegerField(allow_null=True)
    maximum_age = serializers.IntegerField(allow_null=True)
    application_process = serializers.CharField()
    url = serializers.CharField()
    location = LocationSerializer(
        allow_null=True,
        help_text="null for help by phone, text or online: no address, nobody walks in.",
    )
    phones = PhoneSerializer(many=True)
    hours = HoursSerializer(help_text="In the form the browser evaluates (turnto.directory.hours).")
    status_now = StatusSerializer(help_text="At the moment of the answer (`at` in the list).")
    walk_in = serializers.BooleanField(
        help_text="Some hours take people without appointment, at a place (never for help by "
        "phone or online)."
    )
    assured_date = serializers.DateField(
        allow_null=True, help_text="The day a person last checked the listing."
    )
    assurer = serializers.CharField()
    stale = serializers.BooleanField(help_text="Not checked for longer than the allowed age.")


class NearListingSerializer(ListingSerializer):
    distance_km = serializers.FloatField(
        required=False, help_text="Great-circle distance from `near`, rounded to 0.1 km."
    )


class ListingPageSerializer(serializers.Serializer):
    count = serializers.IntegerField(help_text="Listings matching, on every page.")
    page = serializers.IntegerField()
    page_size = serializers.IntegerField()
    at = serializers.DateTimeField(help_text="The moment open/closed was judged at.")
    results = NearListingSerializer(many=True)


class FilterErrorSerializer(serializers.Serializer):
    message = serializers.CharField(help_text="What is wrong, in words.")
    parameter = serializers.CharField(help_text="The query parameter at fault.")


class NotFoundSerializer(serializers.Serializer):
    message = serializers.CharField()


def or_empty(schema):
    """Every filter left empty is ignored, as if it were not sent."""
    return {"anyOf": [schema, EMPTY]}


# true/false, 1/0 or yes/no in any case, or empty (ignored).
BOOLEAN = r"^([Tt][Rr][Uu][Ee]|[Ff][Aa][Ll][Ss][Ee]|1|0|[Yy][Ee][Ss]|[Nn][Oo])?$"
# latitude,longitude on Earth: -90 to 90, -180 to 180.
NEAR = (
    r"^(-?(90(\.0+)?|[1-8]?\d(\.\d+)?),"
    r"-?(180(\.0+)?|(1[0-7]\d|[1-9]?\d)(\.\d+)?))?$"
)


def boolean(name, description):
    return OpenApiParameter(
        name,
        {"type": "string", "pattern": BOOLEAN},
        description=description + " true/false, 1/0 or yes/no, any case; empty: ignored.",
    )


def site_parameter():
    return OpenApiParameter(
        "site",
        {"type": "string", "pattern": r"^([a-z0-9.-]+(:\d{1,5})?)?$"},
        description="The site whose listings to answer, by hostname[:port], when not the "
        "request's host (404 if none). Empty: the request's host.",
    )


def locale_parameter():
    from django.conf import settings

    return OpenApiParameter(
        "locale",
        or_empty({"type": "string", "enum": [code for code, _ in settings.LANGUAGES]}),
        description="The language of the answer's words, e.g. es: the listings' own (name, "
        "description, who it is for, what it costs, how to get it), the service types' names, "
        "the status lines and the messages. A word not translated is given in the default "
        "language (en); hours, phones and places are the same in every language. Empty: the "
        "default language. Another value is a 400.",
    )


def list_parameters(max_radius_km, max_page_size):
    return [
        site_parameter(),
        locale_parameter(),
        OpenApiParameter(
            "city", str, description="A city's listings, e.g. Kansas City (any case)."
        ),
        OpenApiParameter(
            "scope",
            {"type": "array", "minItems": 1, "items": {"type": "string", "enum": SCOPES}},
            explode=False,
            description="Who the help is for: local (in its city), statewide or national; "
            "several separated by commas match any. Given empty, a 400.",
        ),
        OpenApiParameter(
            "service_type",
            # turnto.openapi adds the enum of the slugs there are when the schema is asked for.
            {"type": "array", "items": {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}},
            explode=False,
            description="Kinds of help, by slug (e.g. naloxone, test-strips, syringe-services, "
            "moud); several, by commas or repeated, match a listing offering any of them. An "
            "unknown slug is a 400. The slugs are the `slug` "
            "of each listing's service_types and the `code` of /api/hsds/taxonomy_terms.",
            examples=[
                OpenApiExample("One kind", value="naloxone"),
                OpenApiExample("Either", value="naloxone,test-strips"),
            ],
        ),
        boolean("open_now", "Only listings open right now, by their own timezone."),
        OpenApiParameter(
            "open_at",
            # Empty is the same as leaving it out, as for every filter here: the site's form
            # sends its fields empty when a visitor fills none.
            # The years the API answers for (a 400 outside them): opening hours are weekly
            # rules, and a moment outside these years is a typo, not a plan.
            or_empty({"type": "string", "format": "date-time", "pattern": r"^(19|2\d)\d\d-"}),
            description="Only listings open at this moment (ISO 8601, e.g. 2026-11-20T18:00 or "
            "2026-11-20T18:00-06:00), in the years 1900 to 2999; without an offset, Missouri "
            "time. Implies the open filter. "
            "Empty: ignored, like every filter here left empty.",
        ),
        boolean("free", "true: only free listings; false: only those that charge."),
        boolean("walk_in", "true: only listings with some hours that take walk-ins."),
        OpenApiParameter(
            "language",
            str,
            pattern=r"^\s*([a-zA-Z]{2,3})?\s*$",
            description="A language spoken, as a two- or three-letter code, e.g. es.",
        ),
        OpenApiParameter(
            "q", str, description="Words in the name, description or organization (at most 200)."
        ),
        OpenApiParameter(
            "near",
            str,
            pattern=NEAR,
            description="latitude,longitude, e.g. 39.10,-94.58: only listings within `radius`, "
            "nearest first, each with distance_km.",
        ),
        OpenApiParameter(
            "radius",
            or_empty({"type": "integer", "minimum": 1, "maximum": max_radius_km, "default": 25}),
            description="Kilometres around `near`; without near it is ignored.",
        ),
        OpenApiParameter(
            "page",
            or_empty({"type": "integer", "minimum": 1, "maximum": 100000, "default": 1}),
            description="Page number. A page past the last is a 404 that names the last.",
        ),
        OpenApiParameter(
            "page_size",
            or_empty({"type": "integer", "minimum": 1, "maximum": max_page_size, "default": 20}),
            description="Listings per page.",
        ),
    ]
