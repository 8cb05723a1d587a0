"""The directory API's query parameters: which it knows, and each parsed or refused with a
FilterError naming it (a 400, never a 500)."""

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from django.utils.translation import gettext as _

from turnto.core.api.parameters import unknown_parameter_message, unknown_parameters
from turnto.directory.models import DEFAULT_TIMEZONE

from . import schema as api_schema

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
    "site",
    # The language of the answer's words (core.language): status lines, messages, listings' words.
    "locale",
}
SCOPES = set(api_schema.SCOPES)  # local, statewide, national
MAX_PAGE_SIZE = 100
MAX_RADIUS_KM = 500


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
    raise FilterError(
        name, _("%(name)s must be true or false, not %(value)r") % {"name": name, "value": value}
    )


def parse_int(params, name, default, low, high):
    value = params.get(name)
    if value is None or value == "":
        return default
    if not re.fullmatch(r"[0-9]+", value) or not low <= int(value) <= high:
        raise FilterError(
            name,
            _("%(name)s must be a whole number from %(low)s to %(high)s")
            % {"name": name, "low": low, "high": high},
        )
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
            "open_at", _("open_at must be a date and time like 2026-11-20T18:00 (ISO 8601)")
        ) from exc
    if not OPEN_AT_YEARS[0] <= moment.year <= OPEN_AT_YEARS[1]:
        raise FilterError(
            "open_at",
            _("open_at must be a time in the years %(first)s to %(last)s")
            % {"first": OPEN_AT_YEARS[0], "last": OPEN_AT_YEARS[1]},
        )
    if moment.tzinfo is None:  # a local time in Missouri, as a visitor would mean it
        moment = moment.replace(tzinfo=ZoneInfo(DEFAULT_TIMEZONE))
    return moment


def parse_locale(params):
    """The language of the listings' words: one of the site's languages ("es"; another is
    refused by check_locale), else the default ("en"). Words not translated into it are given
    in the default language."""
    from turnto.directory.models.listings import default_language

    check_locale(params)
    return params.get("locale", "").strip() or default_language()


def parse_near(params):
    value = params.get("near")
    if not value:
        # A radius alone narrows nothing: checked, then ignored (OpenAPI cannot say "needs").
        parse_int(params, "radius", 25, 1, MAX_RADIUS_KM)
        return None
    try:
        latitude, longitude = (float(part) for part in value.split(","))
    except ValueError as exc:
        raise FilterError("near", _("near must be latitude,longitude, e.g. 39.10,-94.58")) from exc
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        raise FilterError(
            "near", _("near is not a place on Earth: latitude -90 to 90, longitude -180 to 180")
        )
    radius = parse_int(params, "radius", 25, 1, MAX_RADIUS_KM)
    return latitude, longitude, radius


def request_site(request):
    """The site whose listings a request asks for: `?site=hostname[:port]` when given (as for
    the site shell), else the request's host. A malformed `?site=` is a 400 naming it; an
    unknown one raises Http404."""
    from turnto.core.page_tree import site_for_request

    try:
        return site_for_request(request)
    except ValueError as exc:
        raise FilterError("site", str(exc)) from exc


# One listing (/services/<id>/) reads only which site it is asked of, and in which language.
DETAIL_PARAMETERS = {"site", "locale"}


def reject_unknown_parameters(params, known=KNOWN_PARAMETERS):
    """An address that answers every parameter would hide a misspelt filter, and each made-up
    one would be a new answer for the cache to make and keep: refuse it; and a `locale` that
    is none of the site's languages."""
    if unknown := unknown_parameters(params, known):
        raise FilterError(unknown[0], unknown_parameter_message(unknown[0]))
    check_locale(params)


def check_locale(params):
    """`?locale=` names one of the site's languages (core.language), or is left out."""
    from turnto.core.language import LANGUAGE_PARAMETER, languages

    value = params.get(LANGUAGE_PARAMETER, "").strip()
    if value and value not in languages():
        raise FilterError(
            LANGUAGE_PARAMETER,
            _("locale must be one of: %(codes)s") % {"codes": ", ".join(languages())},
        )
