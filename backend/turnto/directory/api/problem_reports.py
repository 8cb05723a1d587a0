"""POST /api/directory/services/<id>/reports/: a visitor reports a problem with a listing.

Spam protection without knowing who anyone is:
- a honeypot field (`website`) that people never see; a bot that fills it (with anything, even
  spaces) is told "thanks" and nothing is stored;
- a rate limit per client, counted atomically, and a cap on everyone's that a flood cannot use
  to shut honest visitors out (admit() below). The client's counter key is an HMAC (keyed with
  SECRET_KEY) of its IP address and the day, so no raw IP is stored, and keys of different days
  cannot be linked. The address is REMOTE_ADDR, or behind nginx the header it sets, believed
  only from a trusted proxy (turnto.core.client_ip); otherwise every visitor would share one
  counter, or anyone could pick theirs.

The counters are rows in the database (ReportCounter), shared by every server process and
machine, and never dropped to make room for other traffic as cache entries are.
The view has no session authentication, so it needs no CSRF token and sets no cookie.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from drf_spectacular.utils import extend_schema_serializer
from rest_framework import serializers
from rest_framework.exceptions import ParseError, UnsupportedMediaType
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.parsers import FormParser, MultiPartParser
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from turnto.core.api.negotiation import AlwaysJSON
from turnto.core.client_ip import client_ip
from turnto.core.page_tree import site_for_request
from turnto.core.parsers import JSONParser
from turnto.directory.api.parameters import FilterError, check_locale
from turnto.directory.models import (
    CONTACT_MAX_LENGTH,
    MESSAGE_MAX_LENGTH,
    ListingReport,
    ReportCounter,
    Service,
)

HONEYPOT_FIELD = "website"
# Defaults; a site can set these names in its settings.
PER_CLIENT_PER_HOUR = 5
ALL_CLIENTS_PER_HOUR = 200
CEILING_PER_HOUR = 2000
COUNTER_PREFIX = "directory-report"
# A counter outlives its hour by a minute, then goes.
COUNTER_LIFETIME = timedelta(seconds=3600 + 60)
# The visitor's words, in the language `?locale=` names (core.language; turnto/locale).
THANKS = gettext_lazy("Thank you. An editor will check this listing.")


def limits():
    """(per client, everyone's before held back, everyone's ceiling) for one hour."""
    return (
        getattr(settings, "DIRECTORY_REPORTS_PER_CLIENT_PER_HOUR", PER_CLIENT_PER_HOUR),
        getattr(settings, "DIRECTORY_REPORTS_PER_HOUR", ALL_CLIENTS_PER_HOUR),
        getattr(settings, "DIRECTORY_REPORTS_CEILING_PER_HOUR", CEILING_PER_HOUR),
    )


def client_pseudonym(ip_address, day):
    """The same for one client all day, different the next day; the IP cannot be read back."""
    value = f"{day.isoformat()}|{ip_address}"
    return salted_hmac("turnto.directory.reports.client", value).hexdigest()[:32]


def counter_keys(request, now):
    hour = now.strftime("%Y%m%d%H")
    pseudonym = client_pseudonym(client_ip(request), now.date())
    return f"{COUNTER_PREFIX}:client:{pseudonym}:{hour}", f"{COUNTER_PREFIX}:all:{hour}"


def take(key, limit, now):
    """Counts one against `key` if it is below `limit`, in one statement: the new count, or
    None when the limit is reached. Concurrent requests never both take the last place: the
    check and the addition are one UPDATE, which PostgreSQL runs one after another on the row
    (re-checking the condition after waiting) and SQLite one writer at a time."""
    table, key_, count_, expires = (
        connection.ops.quote_name(name)
        for name in (ReportCounter._meta.db_table, "key", "count", "expires_at")
    )
    sql = (
        f"UPDATE {table} SET {count_} = {count_} + 1 "
        f"WHERE {key_} = %s AND {count_} < %s AND {expires} > %s RETURNING {count_}"
    )
    for _attempt in range(3):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(sql, [key, limit, now])
            row = cursor.fetchone()
        if row is not None:
            return row[0]
        count = (
            ReportCounter.objects.filter(key=key, expires_at__gt=now)
            .values_list("count", flat=True)
            .first()
        )
        if count is not None:
            if count >= limit:
                return None  # the limit is reached
            continue  # made by another request since the UPDATE: count against it
        if limit < 1:
            return None
        # The counter's first report this hour: the moment to clear away the counters of the
        # past (this key's own included, were it left over).
        ReportCounter.objects.filter(expires_at__lte=now).delete()
        try:
            with transaction.atomic():
                ReportCounter.objects.create(key=key, count=1, expires_at=now + COUNTER_LIFETIME)
            return 1
        except IntegrityError:  # another request made it just now: count against theirs
            continue
    return None


def give_back(key):
    ReportCounter.objects.filter(key=key, count__gt=0).update(count=F("count") - 1)


def refused(message, now):
    retry_after = 3600 - (now.minute * 60 + now.second)
    return Response(
        {"message": str(message)}, status=429, headers={"Retry-After": str(retry_after)}
    )


TOO_MANY_FROM_YOU = gettext_lazy(
    "You have sent several reports in the last hour. Please try again later."
)
TOO_MANY_FROM_ALL = gettext_lazy("We are getting many reports right now. Please try again later.")


def admit(request, now):
    """None if this report may be taken (and it is counted), else the 429 to answer.

    Each address has PER_CLIENT_PER_HOUR. Everyone together has no door a flood can shut: past
    ALL_CLIENTS_PER_HOUR in the hour, an address that has already sent one this hour is held
    back, but an address's first report still goes through (an honest visitor rarely sends
    two); only past the ceiling, far above (CEILING_PER_HOUR, a bound on what editors and the
    database are sent), is every report held back until the hour ends."""
    client_key, all_key = counter_keys(request, now)
    per_client, busy, ceiling = limits()
    mine = take(client_key, per_client, now)
    if mine is None:
        return refused(TOO_MANY_FROM_YOU, now)
    everyone = take(all_key, ceiling, now)
    if everyone is None or (everyone > busy and mine > 1):
        give_back(client_key)
        if everyone is not None:
            give_back(all_key)
        return refused(TOO_MANY_FROM_ALL, now)
    return None


class TextField(serializers.CharField):
    """Text only: DRF's own would take a number or `true` from JSON and store it as text."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


def text_field(max_length, what):
    return TextField(
        max_length=max_length,
        required=False,
        allow_blank=True,
        default="",
        error_messages={
            "invalid": what["invalid"],
            "null": what["invalid"],
            "max_length": what["max_length"],
        },
    )


def choose_from_the_list():
    choices = ", ".join(value for value, _label in ListingReport.KIND_CHOICES)
    return _("Choose what is wrong from the list: %(choices)s.") % {"choices": choices}


# "ListingReport" is the name the public OpenAPI document has always given this body.
@extend_schema_serializer(component_name="ListingReport")
class ProblemReportSerializer(serializers.Serializer):
    kind = serializers.ChoiceField(
        choices=ListingReport.KIND_CHOICES,
        error_messages={
            "required": gettext_lazy("Choose what is wrong with this listing."),
            "null": gettext_lazy("Choose what is wrong with this listing."),
            "invalid_choice": lazy(choose_from_the_list, str)(),
        },
    )
    message = text_field(
        MESSAGE_MAX_LENGTH,
        {
            "invalid": gettext_lazy("The message must be text."),
            "max_length": gettext_lazy("Keep the message to {max_length} characters or fewer."),
        },
    )
    contact = text_field(
        CONTACT_MAX_LENGTH,
        {
            "invalid": gettext_lazy("The contact must be text."),
            "max_length": gettext_lazy("Keep the contact to {max_length} characters or fewer."),
        },
    )

    def validate(self, data):
        if data["kind"] == "other" and not data.get("message"):
            raise serializers.ValidationError(
                {"message": _("Tell us what is wrong: the message is needed for “Something else”.")}
            )
        return data


def plain_errors(detail):
    """DRF's {field: [messages]} as {field: "one message"}; whole-body errors under "body"."""
    errors = {}
    for field, messages in detail.items():
        name = "body" if field == "non_field_errors" else field
        errors[name] = str(messages[0] if isinstance(messages, list) else messages)
    return errors


class JSONOrFormNegotiation(DefaultContentNegotiation):
    """Reads JSON and forms alike, but answers in JSON always, like the rest of the API."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return AlwaysJSON().select_renderer(request, renderers, format_suffix)


class ProblemReportView(APIView):
    # Anonymous and cross-origin: no session, so no CSRF check and no cookie.
    authentication_classes = []
    permission_classes = [AllowAny]
    throttle_classes = []  # our own limit below keys on a hash, not the raw IP
    parser_classes = [JSONParser, FormParser, MultiPartParser]
    content_negotiation_class = JSONOrFormNegotiation
    serializer_class = ProblemReportSerializer

    def post(self, request, pk):
        try:
            check_locale(request.GET)
        except FilterError as error:
            return Response(
                {"message": _("Please check the form."), "errors": {"locale": str(error)}},
                status=400,
            )
        service = self.active_service(request, pk)
        if service is None:
            return Response({"message": _("There is no such listing.")}, status=404)

        now = timezone.now()
        data = request.data
        if not hasattr(data, "get"):  # a JSON list or string instead of an object
            return Response(
                {
                    "message": _("Please check the form."),
                    "errors": {"body": _("Send the report as an object of fields.")},
                },
                status=400,
            )
        # People never see the field, so their browsers send it empty or not at all; any value,
        # even only spaces, was typed by a bot. A list or an object is no value a form can send
        # (an empty list is sent as nothing at all): a 400, as for the other fields.
        honeypot = data.get(HONEYPOT_FIELD)
        if isinstance(honeypot, (list, dict)):
            return Response(
                {
                    "message": _("Please check the form."),
                    "errors": {HONEYPOT_FIELD: _("Must be text.")},
                },
                status=400,
            )
        if honeypot not in (None, ""):
            # Bots are counted too (and told they are over the limit as people are), and learn
            # nothing else.
            return admit(request, now) or Response({"message": str(THANKS)}, status=201)

        serializer = ProblemReportSerializer(data=data)
        if not serializer.is_valid():
            return Response(
                {"message": _("Please check the form."), "errors": plain_errors(serializer.errors)},
                status=400,
            )
        held_back = admit(request, now)
        if held_back is not None:
            return held_back
        ListingReport.objects.create(service=service, **serializer.validated_data)
        return Response({"message": str(THANKS)}, status=201)

    def active_service(self, request, pk):
        """The listing, if a visitor of the request's site may see it: one of another site is
        no such listing here."""
        try:
            service_id = uuid.UUID(str(pk))
            site = site_for_request(request)
        except ValueError:
            return None
        return Service.objects.visible(site).filter(pk=service_id).only("pk").first()

    def handle_exception(self, exc):
        # An unreadable body gets the same plain answer shape as a bad field.
        if isinstance(exc, ParseError):
            return Response(
                {
                    "message": _("The report could not be read."),
                    "errors": {"body": _("Send the report as JSON or as a form.")},
                },
                status=400,
            )
        if isinstance(exc, UnsupportedMediaType):
            return Response(
                {
                    "message": _("The report could not be read."),
                    "errors": {"body": _("Send the report as JSON or as a form.")},
                },
                status=415,
            )
        return super().handle_exception(exc)
