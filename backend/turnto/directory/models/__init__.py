"""The directory's models, one import path for all of them: `from turnto.directory.models import X`.

- `listings`: the listings themselves (organizations, places, services, their phones, weekly
  hours and closures, and the service types).
- `problem_reports`: what visitors tell us is wrong with a listing, and the counters that limit
  how often they can.
- `pages`: the directory's pages (the resource guide, the city directories) and `BasePage`,
  which every Turn To page with a body builds on.
"""

from .listings import (
    DAY_FIELDS,
    DEFAULT_TIMEZONE,
    Closure,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceType,
    validate_timezone,
)
from .pages import BasePage, CityDirectoryPage, ResourceGuidePage
from .problem_reports import CONTACT_MAX_LENGTH, MESSAGE_MAX_LENGTH, ListingReport, ReportCounter

__all__ = [
    "BasePage",
    "CONTACT_MAX_LENGTH",
    "CityDirectoryPage",
    "Closure",
    "DAY_FIELDS",
    "DEFAULT_TIMEZONE",
    "ListingReport",
    "Location",
    "MESSAGE_MAX_LENGTH",
    "Organization",
    "Phone",
    "ReportCounter",
    "ResourceGuidePage",
    "Schedule",
    "Service",
    "ServiceType",
    "validate_timezone",
]
