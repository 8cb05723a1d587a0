"""The directory's models, one import path for all of them: `from turnto.directory.models import X`.

- `listings`: the listings themselves (organizations, places, services, their phones, weekly
  hours and closures, and the service types).
- `listing_points`: where each kind of help is offered, kept by the database for "near me".
- `problem_reports`: what visitors tell us is wrong with a listing, and the counters that limit
  how often they can.

The directory's pages (the resource guide, the city directories) are in `turnto.guide`.
"""

from .listing_points import ListingPoint
from .listings import (
    DAY_FIELDS,
    DEFAULT_TIMEZONE,
    LISTING_WORDS,
    Closure,
    ListingWords,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceType,
    validate_timezone,
)
from .problem_reports import CONTACT_MAX_LENGTH, MESSAGE_MAX_LENGTH, ListingReport, ReportCounter

__all__ = [
    "CONTACT_MAX_LENGTH",
    "Closure",
    "DAY_FIELDS",
    "DEFAULT_TIMEZONE",
    "LISTING_WORDS",
    "ListingPoint",
    "ListingReport",
    "ListingWords",
    "Location",
    "MESSAGE_MAX_LENGTH",
    "Organization",
    "Phone",
    "ReportCounter",
    "Schedule",
    "Service",
    "ServiceType",
    "validate_timezone",
]
