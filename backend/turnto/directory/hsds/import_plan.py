"""HSDS Tabular Data Packages imported, first step: the checked tables (`hsds.package`) mapped
onto model instances and put through the models' own validation, nothing saved yet. Any problem
stops the import (`import_apply` saves a plan only when there is none).

Records are matched by id, so importing again updates rather than duplicates; for each service
in the package, the package's phones, hours, languages, service types... replace the ones it
had (a table missing from the package leaves that part alone).

HSDS has no place for a location's timezone (its `schedule.timezone` is a fixed UTC offset,
wrong half the year) nor for who verified a listing (only `assurer_email`): times are local
to the location, and on update both are kept as they are (defaults on create).
"""

import re
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time
from decimal import Decimal

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.utils.text import slugify

from wagtail.models import Locale

from turnto.directory.models import (
    DAY_FIELDS,
    Closure,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceType,
)

from .package import Problems, Row, Table, short
from .records import (
    LANGUAGE_NAMES,
    SCOPE_AREAS,
    TAXONOMY_ID,
)

SCOPES_BY_AREA = {name.lower(): scope for scope, name in SCOPE_AREAS.items()} | {
    "national": "national"
}
LANGUAGE_CODES = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
DAY_NUMBERS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}


@dataclass
class ServicePlan:
    service: Service
    original: dict | None
    original_types: set
    original_updated_at: datetime | None
    language_row: Row | None = None
    last_modified: datetime | None = None
    types: list | None = None  # None: leave as they are
    phones: list | None = None
    schedules: list | None = None
    closures: list | None = None


@dataclass
class Plan:
    # (instance, its fields as they are in the database, or None if new)
    service_types: list = field(default_factory=list)
    organizations: list = field(default_factory=list)
    locations: list = field(default_factory=list)
    services: list = field(default_factory=list)  # ServicePlan
    ignored: list = field(default_factory=list)  # notes for the summary
    rows: dict = field(default_factory=dict)  # id(instance) -> the Row it came from


def field_values(instance, leave_out=("updated_at",)):
    """A record's field values, comparable whether they came from a CSV or the database."""
    return {
        field.attname: field.to_python(getattr(instance, field.attname))
        for field in instance._meta.concrete_fields
        if field.attname not in leave_out and not field.generated  # the database computes those
    }


def snapshot(instance):
    """The record as the database has it before the import, or None if it is new."""
    return None if instance._state.adding else field_values(instance)


def validate_instance(instance, row, problems, exclude=(), columns=None):
    """The model's own validation, its messages placed at file, row and column."""
    columns = columns or {}
    try:
        instance.full_clean(
            exclude=list(exclude), validate_unique=False, validate_constraints=False
        )
    except ValidationError as error:
        for model_field, messages in error.message_dict.items():
            where_row, column = columns.get(model_field, (row, model_field))
            if model_field == NON_FIELD_ERRORS:
                column = None
            for message in messages:
                problems.at(where_row, column, message)


def rows_by(table, column):
    grouped = defaultdict(list)
    for row in table.rows if table else []:
        if row[column] is not None:
            grouped[row[column]].append(row)
    return grouped


def note_unused(tables, used, plan):
    """Tell the editor which tables and filled columns the directory had no place for."""
    for name, table in tables.items():
        if name not in used:
            if table.rows:
                plan.ignored.append(f"{table.file}: {len(table.rows)} rows not imported")
            continue
        unused = sorted(
            {
                column
                for row in table.rows
                for column, value in row.values.items()
                if value not in (None, "")
            }
            - used[name]
        )
        if unused:
            plan.ignored.append(f"{table.file}: columns not kept: {', '.join(unused)}")


# The columns each table's import reads (others with values are reported as not kept).
USED_COLUMNS = {
    name: set(columns.split())
    for name, columns in {
        "taxonomy": "id name description",
        "taxonomy_term": "id code name description taxonomy_id",
        "organization": "id name description website email",
        "location": "id location_type organization_id name transportation latitude longitude",
        "address": "id location_id address_1 city state_province postal_code country address_type",
        "accessibility": "id location_id description details",
        "service": "id organization_id name description url status interpretation_services "
        "application_process fees_description eligibility_description minimum_age maximum_age "
        "assured_date last_modified",
        "service_at_location": "id service_id location_id description",
        "phone": "id service_id service_at_location_id number type description",
        "schedule": "id service_id service_at_location_id valid_from valid_to wkst freq interval "
        "byday description opens_at closes_at attending_type notes",
        "language": "id service_id name code",
        "cost_option": "id service_id option amount currency",
        "service_area": "id service_id name description",
        "attribute": "id link_id taxonomy_term_id link_type link_entity",
    }.items()
}


def unless_same(description, name):
    """The export fills a required description with the name; read that back as no description."""
    return "" if description in (None, name) else description


def plan_service_types(tables, plan, problems):
    terms = tables.get("taxonomy_term")
    if not terms:
        return
    used_by_services = {
        row["taxonomy_term_id"]
        for row in tables.get("attribute", Table("", "")).rows
        if row["link_entity"] == "service"
    }
    slugs, skipped = {}, 0
    existing = ServiceType.objects.in_bulk([row["id"] for row in terms.rows])
    # HSDS speaks the default language: a new term is a service type in it.
    default_locale = Locale.get_default()
    for row in terms.rows:
        # Our own taxonomy, and any term a service is tagged with, become service types.
        if row["taxonomy_id"] not in (None, TAXONOMY_ID) and row["id"] not in used_by_services:
            skipped += 1
            continue
        slug = row["code"] or slugify(row["name"])[:50]
        if slug in slugs:
            problems.add(
                terms.file, row.number, "code", f"{slug!r} is the code of row {slugs[slug]} too"
            )
        slugs[slug] = row.number
        service_type = existing.get(uuid.UUID(row["id"])) or ServiceType(
            id=row["id"], locale=default_locale
        )
        original = snapshot(service_type)
        service_type.slug = slug
        service_type.name = row["name"]
        service_type.description = unless_same(row["description"], row["name"])
        validate_instance(
            service_type, row, problems, exclude=["id"], columns={"slug": (row, "code")}
        )
        plan.service_types.append((service_type, original))
        plan.rows[id(service_type)] = row
    if skipped:
        plan.ignored.append(f"{terms.file}: {skipped} terms no listing uses were not imported")


def plan_organizations(tables, plan, problems):
    if "organization" not in tables:
        return
    rows = tables["organization"].rows
    existing = Organization.objects.in_bulk([row["id"] for row in rows])
    for row in rows:
        organization = existing.get(uuid.UUID(row["id"])) or Organization(id=row["id"])
        original = snapshot(organization)
        organization.name, organization.live = row["name"], True  # an import publishes
        organization.description = unless_same(row["description"], row["name"])
        organization.website = row["website"] or ""
        organization.email = row["email"] or ""
        validate_instance(organization, row, problems, exclude=["id"])
        plan.organizations.append((organization, original))
        plan.rows[id(organization)] = row


def plan_locations(tables, plan, problems):
    if "location" not in tables:
        return
    addresses = rows_by(tables.get("address"), "location_id")
    accessibility = rows_by(tables.get("accessibility"), "location_id")
    existing = Location.objects.in_bulk([row["id"] for row in tables["location"].rows])
    for row in tables["location"].rows:
        if row["location_type"] != "physical":
            problems.at(
                row,
                "location_type",
                "only physical places are supported; list online or phone help as a "
                "service without a location",
            )
        if row["organization_id"] is None:
            problems.at(
                row, "organization_id", "the directory needs the organization that runs this place"
            )
            continue
        location = existing.get(uuid.UUID(row["id"])) or Location(id=row["id"])
        original = snapshot(location)
        location.organization_id, location.live = row["organization_id"], True  # publishes
        location.name = row["name"] or ""
        location.transportation = row["transportation"] or ""
        for axis in ("latitude", "longitude"):
            value = row[axis]
            setattr(location, axis, None if value is None else value.quantize(Decimal("0.000001")))
        columns = {}
        places = addresses.get(row["id"], [])
        if places:
            # One address per place here: the physical one if several.
            address = next((a for a in places if a["address_type"] == "physical"), places[0])
            location.address_1 = address["address_1"] or ""
            location.city = address["city"] or ""
            location.state_province = address["state_province"] or ""
            location.postal_code = address["postal_code"] or ""
            columns = {
                key: (address, key)
                for key in ("address_1", "city", "state_province", "postal_code")
            }
        elif "address" in tables or location._state.adding:
            problems.at(
                row,
                "id",
                "no address for this location in addresses.csv; the directory needs "
                "at least its city",
            )
            continue
        if "accessibility" in tables:
            notes = accessibility.get(row["id"], [])
            location.accessibility = "\n\n".join(
                text for note in notes for text in (note["description"], note["details"]) if text
            )
            if notes:
                columns["accessibility"] = (notes[0], "description")
        validate_instance(location, row, problems, exclude=["id", "organization"], columns=columns)
        plan.locations.append((location, original))
        plan.rows[id(location)] = row


def service_of(row, places_by_id):
    """The service a phone or schedule row belongs to: its service_id, or its place's service."""
    if row["service_id"]:
        return row["service_id"]
    if row["service_at_location_id"] in places_by_id:
        return places_by_id[row["service_at_location_id"]]["service_id"]
    return None


def plan_phones(row, problems):
    kinds = {"voice": "voice", "cell": "voice", None: "voice", "text": "text", "sms": "text"}
    kind = kinds.get((row["type"] or "").lower() or None)
    if kind is None:
        problems.at(
            row,
            "type",
            f"{row['type']!r}: the directory lists numbers to call (voice) or to text (text)",
        )
        kind = "voice"
    phone = Phone(
        hsds_id=row["id"],
        number=(row["number"] or "").strip(),
        kind=kind,
        description=row["description"] or "",
    )
    validate_instance(phone, row, problems, exclude=["service", "hsds_id"])
    return phone


def plan_weekly(row, problems):
    """Weekly hours: one Schedule with the days of byday ticked, as an editor enters it."""
    if row["freq"] != "WEEKLY" or (row["interval"] not in (None, 1)):
        problems.at(row, "freq", "only weekly hours (freq WEEKLY, interval 1) are supported")
        return []
    for column in ("valid_from", "valid_to"):
        if row[column]:
            problems.at(
                row,
                column,
                "weekly hours for a limited period are not supported; give them without "
                "dates, and closures or special hours as rows without freq",
            )
            return []
    days = [day.strip().upper() for day in (row["byday"] or "").split(",") if day.strip()]
    if not days or any(day not in DAY_NUMBERS for day in days):
        problems.at(
            row,
            "byday",
            f"{short(row['byday'] or '')!r}: give days as MO, TU, WE, TH, FR, SA, SU, "
            "separated by commas",
        )
        return []
    opens, closes = row["opens_at"], row["closes_at"]
    for column, value in (("opens_at", opens), ("closes_at", closes)):
        if value is None:
            problems.at(row, column, "weekly hours need an opening and a closing time")
            return []
    attending = (row["attending_type"] or "").lower()
    # HSDS times end at 23:59:59: 00:00 to then is a whole day.
    all_day = opens == time(0) and closes >= time(23, 59)
    schedule = Schedule(
        hsds_id=row["id"],
        open_all_day=all_day,
        opens_at=None if all_day else opens,
        closes_at=None if all_day else closes,
        closes_after_midnight=not all_day and closes < opens,
        attendance="appointment" if "appointment" in attending else "walk_in",
        **{DAY_FIELDS[DAY_NUMBERS[day] - 1]: True for day in days},
    )
    validate_instance(
        schedule,
        row,
        problems,
        exclude=["service", "hsds_id"],
        columns={"closes_after_midnight": (row, "closes_at")},
    )
    return [schedule]


def plan_closure(row, problems):
    """A row without freq: closed (no times) or special hours from valid_from to valid_to."""
    for column in ("valid_from", "valid_to"):
        if row[column] is None:
            problems.at(
                row,
                column,
                "give freq and byday for weekly hours, or valid_from and valid_to for "
                "a closure or special hours",
            )
            return None
    description = row["description"] or ""
    note = re.sub(r"^(Closed|Special hours)(: |$)", "", description)[:200]
    closure = Closure(
        hsds_id=row["id"],
        valid_from=row["valid_from"],
        valid_to=row["valid_to"],
        closed=row["opens_at"] is None and row["closes_at"] is None,
        opens_at=row["opens_at"],
        closes_at=row["closes_at"],
        note=note,
    )
    validate_instance(closure, row, problems, exclude=["service", "hsds_id"])
    return closure


@dataclass
class ServiceRows:
    """The rows of the other tables that belong to the services, grouped by service id."""

    tables: dict
    places: Table | None
    places_by_service: dict
    phones: dict
    schedules: dict
    languages: dict
    costs: dict
    areas: dict
    attributes: dict
    types: dict  # a taxonomy term's id -> the ServiceType planned for it


def rows_by_service(tables, name, places_by_id, problems):
    """A table's phones or schedules by service: by their service_id, or their place's."""
    grouped = defaultdict(list)
    for row in tables[name].rows if name in tables else []:
        service_id = service_of(row, places_by_id)
        if service_id is None:
            problems.at(
                row, "service_id", "the directory keeps these on a service; give service_id"
            )
        else:
            grouped[service_id].append(row)
    return grouped


def check_attribute_links(tables, problems):
    service_ids = {row["id"] for row in tables["service"].rows}
    for row in tables.get("attribute", Table("", "")).rows:
        if row["link_entity"] == "service" and row["link_id"] not in service_ids:
            problems.at(row, "link_id", f"no service with id {row['link_id']} in services.csv")


def group_service_rows(tables, plan, problems):
    places = tables.get("service_at_location")
    places_by_id = {row["id"]: row for row in places.rows} if places else {}
    rows = ServiceRows(
        tables=tables,
        places=places,
        places_by_service=rows_by(places, "service_id"),
        phones=rows_by_service(tables, "phone", places_by_id, problems),
        schedules=rows_by_service(tables, "schedule", places_by_id, problems),
        languages=rows_by(tables.get("language"), "service_id"),
        costs=rows_by(tables.get("cost_option"), "service_id"),
        areas=rows_by(tables.get("service_area"), "service_id"),
        attributes=rows_by(tables.get("attribute"), "link_id"),
        types={str(service_type.id): service_type for service_type, _ in plan.service_types},
    )
    check_attribute_links(tables, problems)
    return rows


def start_service_plan(row, existing):
    """The service with this row's id (or a new one), and what it was before the import."""
    service = existing.get(uuid.UUID(row["id"])) or Service(id=row["id"])
    return ServicePlan(
        service=service,
        original=snapshot(service),
        original_types={str(t.pk) for t in service.service_types.all()}
        if not service._state.adding
        else set(),
        original_updated_at=service.updated_at,
        last_modified=row["last_modified"],
    )


def copy_service_columns(service, row, problems):
    """The service's own columns of services.csv onto the service, which the import publishes."""
    service.organization_id, service.live = row["organization_id"], True  # publishes
    if row["description"] is None:
        problems.at(row, "description", "the directory shows visitors a description; give one")
    for column in (
        "name",
        "description",
        "url",
        "interpretation_services",
        "application_process",
        "fees_description",
        "eligibility_description",
    ):
        setattr(service, column, row[column] or "")
    service.status = row["status"]
    service.assured_date = row["assured_date"]
    for column in ("minimum_age", "maximum_age"):
        value = row[column]
        if value is not None and (value != value.to_integral_value() or value < 0):
            problems.at(row, column, f"{value} is not an age in years")
            value = None
        setattr(service, column, None if value is None else int(value))


def place_service(service, row, rows, problems):
    """The service's one location, from service_at_locations.csv."""
    here = rows.places_by_service.get(row["id"], [])
    for extra in here[1:]:
        problems.at(
            extra,
            "service_id",
            "this service is at another location already (row "
            f"{here[0].number}); the directory lists one place per service",
        )
    service.location_id = here[0]["location_id"] if here else None


def plan_languages(step, row, rows, problems):
    codes = []
    for language in rows.languages[row["id"]]:
        code = language["code"] or LANGUAGE_CODES.get((language["name"] or "").lower())
        if code is None:
            problems.at(language, "code", "give the language's ISO 639 code, e.g. en")
        else:
            codes.append(code)
    step.service.languages = ", ".join(codes)
    step.language_row = rows.languages[row["id"]][0]


def free_scope_and_types(step, row, rows):
    """Free from the cost options, the scope from the service areas, the service types from the
    attributes: each only when the package has that table."""
    service, tables = step.service, rows.tables
    if "cost_option" in tables:
        service.is_free = any(cost["amount"] == 0 for cost in rows.costs.get(row["id"], []))
    if "service_area" in tables:
        names = [(area["name"] or "").lower() for area in rows.areas.get(row["id"], [])]
        scopes = [SCOPES_BY_AREA[name] for name in names if name in SCOPES_BY_AREA]
        service.scope = "national" if "national" in scopes else (scopes or ["local"])[0]
    if "attribute" in tables:
        step.types = [
            rows.types[attribute["taxonomy_term_id"]]
            for attribute in rows.attributes.get(row["id"], [])
            if attribute["link_entity"] == "service" and attribute["taxonomy_term_id"] in rows.types
        ]


def plan_phones_and_hours(step, row, rows, problems):
    """The service's phones, weekly hours and closures, each only when the package has its
    table (schedules.csv holds both the weekly hours and the closures)."""
    if "phone" in rows.tables:
        step.phones = [plan_phones(phone, problems) for phone in rows.phones.get(row["id"], [])]
    if "schedule" in rows.tables:
        step.schedules, step.closures = [], []
        for schedule in rows.schedules.get(row["id"], []):
            if schedule["freq"] or schedule["byday"]:
                step.schedules += plan_weekly(schedule, problems)
            elif closure := plan_closure(schedule, problems):
                step.closures.append(closure)


def plan_service(row, existing, rows, problems):
    """One row of services.csv, with what belongs to it in the other tables, as a ServicePlan."""
    step = start_service_plan(row, existing)
    service = step.service
    copy_service_columns(service, row, problems)
    if rows.places is not None:
        place_service(service, row, rows, problems)
    if "language" in rows.tables and rows.languages.get(row["id"]):
        plan_languages(step, row, rows, problems)
    free_scope_and_types(step, row, rows)
    columns = {"languages": (step.language_row or row, "code" if step.language_row else None)}
    validate_instance(
        service, row, problems, exclude=["id", "organization", "location"], columns=columns
    )
    plan_phones_and_hours(step, row, rows, problems)
    return step


def plan_services(tables, plan, problems):
    if "service" not in tables:
        return
    rows = group_service_rows(tables, plan, problems)
    existing = Service.objects.prefetch_related("service_types").in_bulk(
        [row["id"] for row in tables["service"].rows]
    )
    for row in tables["service"].rows:
        step = plan_service(row, existing, rows, problems)
        plan.services.append(step)
        plan.rows[id(step.service)] = row


def plan_import(tables):
    plan, problems = Plan(), Problems()
    plan_service_types(tables, plan, problems)
    plan_organizations(tables, plan, problems)
    plan_locations(tables, plan, problems)
    plan_services(tables, plan, problems)
    problems.raise_if_any()
    note_unused(tables, USED_COLUMNS, plan)
    return plan
