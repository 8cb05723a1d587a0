"""The directory exported as Open Referral HSDS 3.0, and HSDS Tabular Data Packages imported.

Exports (from the same records as the read API: hsds/records.py):
- HSDS JSON: a service package (`schema/compiled/service_package.json`), every service fully
  nested as `/api/hsds/services/{id}` shows it.
- The Tabular Data Package: one CSV per HSDS table the directory holds, named and laid out as in
  HSDS's `datapackage.json` (a copy is kept beside this file, CC BY-SA 4.0, Open Referral),
  zipped with a `datapackage.json` that lists them with their table schemas.

Import reads such a zip. Every row is checked (required fields, types, formats, enums, unique
ids, references between files), mapped onto the models and put through their own validation;
any problem stops the import with messages naming file, row (as a spreadsheet numbers it: the
header is row 1) and field, and nothing is saved. Records are matched by id, so importing
again updates rather than duplicates; for each service in the package, the package's phones,
hours, languages, service types... replace the ones it had (a table missing from the package
leaves that part alone). Export -> import -> export is byte-identical: rows come in a fixed
order, ids are stable and the zip carries no dates.

HSDS has no place for a location's timezone (its `schedule.timezone` is a fixed UTC offset,
wrong half the year) nor for who verified a listing (only `assurer_email`): times are local
to the location, and on update both are kept as they are (defaults on create).
"""

import copy
import csv
import io
import json
import re
import uuid
import zipfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils.text import slugify

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

from .records import (
    LANGUAGE_NAMES,
    SCOPE_AREAS,
    TAXONOMY_ID,
    location_record,
    organization_record,
    service_record,
    services_queryset,
    taxonomy,
    taxonomy_term,
)

DATAPACKAGE = json.loads(Path(__file__).with_name("hsds_datapackage.json").read_text())
RESOURCES = {resource["name"]: resource for resource in DATAPACKAGE["resources"]}
# The HSDS tables the directory fills, in datapackage.json's order.
EXPORTED_TABLES = set(
    "organization service attribute service_at_location location phone address schedule "
    "service_area language accessibility taxonomy_term cost_option taxonomy".split()
)
EXPORTED = [name for name in RESOURCES if name in EXPORTED_TABLES]
# Nested lists of a full service record -> the table their rows go to.
SERVICE_CHILDREN = {
    "phones": "phone",
    "schedules": "schedule",
    "service_at_locations": "service_at_location",
    "languages": "language",
    "service_areas": "service_area",
    "cost_options": "cost_option",
    "attributes": "attribute",
}
# Blank street addresses and ZIP codes are allowed here (and are "" in the JSON), while HSDS
# requires those columns: in addresses.csv an empty cell is an empty string, not a missing value.
EXPORT_MISSING_VALUES = {"address": []}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no export date, same bytes
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_PROBLEMS = 20
SCOPES_BY_AREA = {name.lower(): scope for scope, name in SCOPE_AREAS.items()} | {
    "national": "national"
}
LANGUAGE_CODES = {name.lower(): code for code, name in LANGUAGE_NAMES.items()}
DAY_NUMBERS = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
UUID_PATTERN = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
TIME_PATTERN = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2}))?$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


# Export ------------------------------------------------------------------------------------


def export_json():
    """Every service, fully nested: an HSDS 3.0 service package, as UTF-8 JSON bytes."""
    records = [service_record(service) for service in services_queryset()]
    return (json.dumps(records, indent=2, ensure_ascii=False) + "\n").encode()


def tabular_rows():
    """The rows of each exported table, in a fixed order: table name -> list of records."""
    tables = {name: [] for name in EXPORTED}
    tables["organization"] = [
        organization_record(organization)
        for organization in Organization.objects.published().order_by("name", "id")
    ]
    for location in Location.objects.published().order_by("city", "name", "id"):
        record = location_record(location)
        tables["address"] += record.pop("addresses", [])
        tables["accessibility"] += record.pop("accessibility", [])
        tables["location"].append(record)
    for service in services_queryset():
        record = service_record(service)
        del record["organization"]
        for key, table in SERVICE_CHILDREN.items():
            for child in record.pop(key, []):
                child.pop("location", None)  # service_at_location: the place is in locations
                child.pop("taxonomy_term", None)  # attribute: the term is in taxonomy_terms
                tables[table].append(child)
        tables["service"].append(record)
    tables["taxonomy"] = [taxonomy()]
    tables["taxonomy_term"] = [
        taxonomy_term(service_type) for service_type in ServiceType.objects.order_by("name", "id")
    ]
    return tables


def csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def csv_bytes(name, rows):
    columns = [column["name"] for column in RESOURCES[name]["schema"]["fields"]]
    output = io.StringIO()
    writer = csv.writer(output, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        if extra := set(row) - set(columns):
            raise ValueError(f"{name} records carry fields HSDS has no column for: {extra}")
        writer.writerow([csv_cell(row.get(column)) for column in columns])
    return output.getvalue().encode()


def datapackage_descriptor():
    resources = []
    for name in EXPORTED:
        resource = copy.deepcopy(RESOURCES[name])
        if name in EXPORT_MISSING_VALUES:
            resource["schema"]["missingValues"] = EXPORT_MISSING_VALUES[name]
        resources.append(resource)
    return {
        "name": "turnto-directory",
        "title": "Turn To resource directory",
        "description": "Harm reduction services, as Open Referral HSDS 3.0 tables.",
        "profile": DATAPACKAGE["profile"],
        "version": DATAPACKAGE["version"],
        "homepage": DATAPACKAGE["homepage"],
        "resources": resources,
    }


def export_tabular():
    """The HSDS Tabular Data Package: CSV files and datapackage.json, zipped, as bytes."""
    files = [("datapackage.json", json.dumps(datapackage_descriptor(), indent=2) + "\n")]
    tables = tabular_rows()
    files += [(RESOURCES[name]["path"], csv_bytes(name, tables[name])) for name in EXPORTED]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for path, content in files:
            info = zipfile.ZipInfo(path, date_time=ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, content)
    return buffer.getvalue()


# Import: reading and checking the package ---------------------------------------------------


class PackageError(ValueError):
    """The package cannot be imported; `problems` says where and why, one line each."""

    def __init__(self, problems):
        self.problems = list(problems)
        super().__init__("\n".join(self.problems))


class Problems:
    def __init__(self):
        self.lines = []
        self.more = 0

    def add(self, file, row=None, column=None, message=""):
        where = file
        if row is not None:
            where += f" row {row}"
        if column:
            where += f", field {column}"
        if len(self.lines) < MAX_PROBLEMS:
            self.lines.append(f"{where}: {message}")
        else:
            self.more += 1

    def at(self, row, column=None, message=""):
        self.add(row.file, row.number, column, message)

    def raise_if_any(self):
        if self.lines:
            extra = [f"... and {self.more} more problems"] if self.more else []
            raise PackageError(self.lines + extra)


@dataclass
class Row:
    file: str
    number: int  # as a spreadsheet shows it: the header is row 1
    values: dict  # column -> converted value, or None when the cell is missing

    def __getitem__(self, column):
        return self.values.get(column)


@dataclass
class Table:
    name: str
    file: str
    rows: list = field(default_factory=list)


def short(text, length=40):
    return text if len(text) <= length else text[: length - 1] + "…"


def convert(column, text):
    """A cell's text as the value its HSDS column type says, or ValueError saying why not."""
    kind, form = column["type"], column.get("format")
    shown = repr(short(text))
    if kind == "string":
        if form == "uuid":
            if not UUID_PATTERN.match(text):
                raise ValueError(f"{shown} is not a UUID")
            return text.lower()
        if form == "email":
            try:
                validate_email(text)
            except ValidationError as exc:
                raise ValueError(f"{shown} is not an email address") from exc
        if form == "uri":
            parts = urlsplit(text)
            if not re.fullmatch(r"[a-zA-Z][a-zA-Z0-9+.\-]*", parts.scheme or "") or not (
                parts.netloc or parts.path
            ):
                raise ValueError(f"{shown} is not a web address (URI)")
        return text
    if kind == "number":
        try:
            number = Decimal(text)
        except InvalidOperation as exc:
            raise ValueError(f"{shown} is not a number") from exc
        if not number.is_finite():
            raise ValueError(f"{shown} is not a number")
        return number
    if kind == "date":
        try:
            if not DATE_PATTERN.match(text):
                raise ValueError
            return date.fromisoformat(text)
        except ValueError as exc:
            raise ValueError(f"{shown} is not a date (use YYYY-MM-DD)") from exc
    if kind == "time":
        match = TIME_PATTERN.match(text)
        try:
            if not match:
                raise ValueError
            return time(*(int(part or 0) for part in match.groups()))
        except ValueError as exc:
            hint = " (use the local time, HH:MM:SS)"
            if re.search(r"(Z|[+-]\d{2}:?\d{2})$", text):
                hint = ": times with a UTC offset are not supported; give the local time"
            raise ValueError(f"{shown} is not a time{hint}") from exc
    if kind == "datetime":
        try:
            if "T" not in text:
                raise ValueError
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError as exc:
            raise ValueError(f"{shown} is not a date and time (ISO 8601)") from exc
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return text


def open_package(source):
    """The zip's files by name (folders ignored), or PackageError."""
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(
            [
                "The file is not a zip archive: upload the .zip the export makes "
                "(CSV files and a datapackage.json)."
            ]
        ) from exc
    members, total = {}, 0
    for info in archive.infolist():
        name = PurePosixPath(info.filename).name
        if info.is_dir() or name.startswith(".") or "__MACOSX" in info.filename:
            continue
        if name in members:
            raise PackageError([f"The zip holds two files named {name}."])
        total += info.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise PackageError(["The zip unpacks to more than 200 MB; split it up."])
        members[name] = info
    return archive, members


def read_text(archive, info, problems):
    try:
        return archive.read(info).decode("utf-8-sig")
    except UnicodeDecodeError:
        problems.add(info.filename, message="not UTF-8 text; save the CSV as UTF-8")
    except (zipfile.BadZipFile, zlib.error, OSError, RuntimeError) as exc:  # damaged, encrypted
        problems.add(info.filename, message=f"cannot be read from the zip ({exc})")
    return None


def package_layout(archive, members, problems):
    """Resource name -> (file name, missing values), from the package's datapackage.json, and
    the names of the resources that datapackage.json lists."""
    layout = {name: (resource["path"], [""]) for name, resource in RESOURCES.items()}
    listed = []
    if "datapackage.json" not in members:
        return layout, listed
    text = read_text(archive, members["datapackage.json"], problems)
    try:
        descriptor = json.loads(text) if text is not None else {}
    except ValueError:
        problems.add("datapackage.json", message="not valid JSON")
        return layout, listed
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list):
        problems.add("datapackage.json", message="has no list of resources")
        return layout, listed
    for resource in resources:
        if not isinstance(resource, dict) or resource.get("name") not in RESOURCES:
            continue
        path = resource.get("path") or RESOURCES[resource["name"]]["path"]
        schema = resource.get("schema") if isinstance(resource.get("schema"), dict) else {}
        missing = schema.get("missingValues", [""])
        if not isinstance(path, str) or not isinstance(missing, list):
            problems.add("datapackage.json", message=f"resource {resource['name']!r} is malformed")
            continue
        layout[resource["name"]] = (PurePosixPath(path).name, [str(value) for value in missing])
        listed.append(resource["name"])
    return layout, listed


def read_table(name, file, text, missing_values, problems):
    columns = {column["name"]: column for column in RESOURCES[name]["schema"]["fields"]}
    table = Table(name, file)
    records = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(records, None)
        if not header:
            problems.add(file, 1, message="the file is empty; it needs at least its header row")
            return table
        header = [heading.strip() for heading in header]
        for heading in header:
            if heading not in columns:
                problems.add(file, 1, message=f"unknown column {heading!r} for HSDS {name}")
        if len(set(header)) != len(header):
            problems.add(file, 1, message="a column is named twice")
        seen = defaultdict(dict)  # column -> value -> first row, for unique columns
        for number, cells in enumerate(records, start=2):
            if not any(cell.strip() for cell in cells):
                continue
            row = Row(file, number, {})
            if len(cells) != len(header):
                problems.at(row, message=f"has {len(cells)} cells; the header has {len(header)}")
                continue
            texts = dict(zip(header, cells, strict=True))
            values = row.values
            for column_name, column in columns.items():
                text = texts.get(column_name, "")
                constraints = column.get("constraints", {})
                if column_name not in texts or text in missing_values:
                    values[column_name] = None
                    if constraints.get("required"):
                        problems.at(row, column_name, "a value is required")
                    continue
                try:
                    value = convert(column, text.strip() if column["type"] != "string" else text)
                except ValueError as exc:
                    problems.at(row, column_name, str(exc))
                    continue
                if "enum" in constraints and value not in constraints["enum"]:
                    allowed = ", ".join(constraints["enum"])
                    problems.at(row, column_name, f"{short(text)!r} is not one of: {allowed}")
                    continue
                if constraints.get("unique"):
                    if value in seen[column_name]:
                        problems.at(
                            row,
                            column_name,
                            f"{short(str(value))!r} is already used in row "
                            f"{seen[column_name][value]}",
                        )
                    seen[column_name].setdefault(value, number)
                values[column_name] = value
            table.rows.append(row)
    except csv.Error as exc:
        problems.add(file, message=f"is not a readable CSV file ({exc})")
    return table


def check_missing_files(tables, layout, listed, members, problems):
    """A file that the package lists, or that its other files refer to, must be in it: said
    once per file, rather than as a broken reference on every row that points at it."""

    def missing(name):
        return layout[name][0] not in members

    needed_by = defaultdict(list)  # missing resource -> files that refer to it
    for name, table in tables.items():
        for key in RESOURCES[name]["schema"].get("foreignKeys", []):
            target = key["reference"]["resource"] or name
            if missing(target) and any(row[key["fields"]] is not None for row in table.rows):
                if table.file not in needed_by[target]:
                    needed_by[target].append(table.file)
    for name in listed:
        if missing(name):
            needed_by.setdefault(name, [])
    for name, files in needed_by.items():
        reasons = (["datapackage.json lists it"] if name in listed else []) + (
            [f"{', '.join(files)} refer{'s' if len(files) == 1 else ''} to it"] if files else []
        )
        problems.add(f"{layout[name][0]} is missing", message=" and ".join(reasons))


def check_references(tables, problems):
    ids = {name: {row["id"] for row in table.rows} for name, table in tables.items()}
    for name, table in tables.items():
        for key in RESOURCES[name]["schema"].get("foreignKeys", []):
            column, target = key["fields"], key["reference"]["resource"] or name
            if target not in tables:
                continue  # said once by check_missing_files
            for row in table.rows:
                value = row[column]
                if value is None:
                    continue
                if value not in ids[target]:
                    problems.add(
                        table.file,
                        row.number,
                        column,
                        f"no {target} with id {value} in {tables[target].file}",
                    )


def read_package(source):
    """The package's HSDS tables (name -> Table), checked cell by cell; or PackageError."""
    problems = Problems()
    archive, members = open_package(source)
    layout, listed = package_layout(archive, members, problems)
    problems.raise_if_any()
    tables = {}
    for name, (file, missing_values) in layout.items():
        if file in members:
            text = read_text(archive, members[file], problems)
            if text is not None:
                tables[name] = read_table(name, file, text, missing_values, problems)
    if not any(name in tables for name in ("organization", "service", "location")):
        problems.add(
            "The zip",
            message="holds no organizations.csv, services.csv or locations.csv: "
            "is it an HSDS Tabular Data Package?",
        )
    problems.raise_if_any()
    check_missing_files(tables, layout, listed, members, problems)
    check_references(tables, problems)
    problems.raise_if_any()
    return tables


# Import: from rows to model instances --------------------------------------------------------


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
        instance.full_clean(exclude=list(exclude), validate_unique=False)
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
        service_type = existing.get(uuid.UUID(row["id"])) or ServiceType(id=row["id"])
        original = snapshot(service_type)
        service_type.slug = slug
        service_type.name = row["name"]
        service_type.description = unless_same(row["description"], row["name"])
        validate_instance(
            service_type, row, problems, exclude=["id"], columns={"slug": (row, "code")}
        )
        plan.service_types.append((service_type, original))
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


def plan_services(tables, plan, problems):
    if "service" not in tables:
        return
    places = tables.get("service_at_location")
    places_by_id = {row["id"]: row for row in places.rows} if places else {}
    places_by_service = rows_by(places, "service_id")
    phones = defaultdict(list)
    schedules = defaultdict(list)
    for name, grouped in (("phone", phones), ("schedule", schedules)):
        for row in tables[name].rows if name in tables else []:
            service_id = service_of(row, places_by_id)
            if service_id is None:
                problems.at(
                    row, "service_id", "the directory keeps these on a service; give service_id"
                )
            else:
                grouped[service_id].append(row)
    languages = rows_by(tables.get("language"), "service_id")
    costs = rows_by(tables.get("cost_option"), "service_id")
    areas = rows_by(tables.get("service_area"), "service_id")
    attributes = rows_by(tables.get("attribute"), "link_id")
    types = {str(service_type.id): service_type for service_type, _ in plan.service_types}
    service_ids = {row["id"] for row in tables["service"].rows}
    for row in tables.get("attribute", Table("", "")).rows:
        if row["link_entity"] == "service" and row["link_id"] not in service_ids:
            problems.at(row, "link_id", f"no service with id {row['link_id']} in services.csv")

    existing = Service.objects.prefetch_related("service_types").in_bulk(
        [row["id"] for row in tables["service"].rows]
    )
    for row in tables["service"].rows:
        service = existing.get(uuid.UUID(row["id"])) or Service(id=row["id"])
        step = ServicePlan(
            service=service,
            original=snapshot(service),
            original_types={str(t.pk) for t in service.service_types.all()}
            if not service._state.adding
            else set(),
            original_updated_at=service.updated_at,
            last_modified=row["last_modified"],
        )
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
        if places is not None:
            here = places_by_service.get(row["id"], [])
            for extra in here[1:]:
                problems.at(
                    extra,
                    "service_id",
                    "this service is at another location already (row "
                    f"{here[0].number}); the directory lists one place per service",
                )
            service.location_id = here[0]["location_id"] if here else None
        if "language" in tables and languages.get(row["id"]):
            codes = []
            for language in languages[row["id"]]:
                code = language["code"] or LANGUAGE_CODES.get((language["name"] or "").lower())
                if code is None:
                    problems.at(language, "code", "give the language's ISO 639 code, e.g. en")
                else:
                    codes.append(code)
            service.languages = ", ".join(codes)
            step.language_row = languages[row["id"]][0]
        if "cost_option" in tables:
            service.is_free = any(cost["amount"] == 0 for cost in costs.get(row["id"], []))
        if "service_area" in tables:
            names = [(area["name"] or "").lower() for area in areas.get(row["id"], [])]
            scopes = [SCOPES_BY_AREA[name] for name in names if name in SCOPES_BY_AREA]
            service.scope = "national" if "national" in scopes else (scopes or ["local"])[0]
        if "attribute" in tables:
            step.types = [
                types[attribute["taxonomy_term_id"]]
                for attribute in attributes.get(row["id"], [])
                if attribute["link_entity"] == "service" and attribute["taxonomy_term_id"] in types
            ]
        columns = {"languages": (step.language_row or row, "code" if step.language_row else None)}
        validate_instance(
            service, row, problems, exclude=["id", "organization", "location"], columns=columns
        )
        if "phone" in tables:
            step.phones = [plan_phones(phone, problems) for phone in phones.get(row["id"], [])]
        if "schedule" in tables:
            step.schedules, step.closures = [], []
            for schedule in schedules.get(row["id"], []):
                if schedule["freq"] or schedule["byday"]:
                    step.schedules += plan_weekly(schedule, problems)
                elif closure := plan_closure(schedule, problems):
                    step.closures.append(closure)
        plan.services.append(step)


def plan_import(tables):
    plan, problems = Plan(), Problems()
    plan_service_types(tables, plan, problems)
    plan_organizations(tables, plan, problems)
    plan_locations(tables, plan, problems)
    plan_services(tables, plan, problems)
    problems.raise_if_any()
    note_unused(tables, USED_COLUMNS, plan)
    return plan


# Import: saving ------------------------------------------------------------------------------


@dataclass
class ImportResult:
    counts: dict = field(default_factory=dict)  # label -> {"new": n, "updated": n, ...}
    children: dict = field(default_factory=dict)  # label -> how many the listings now have
    notes: list = field(default_factory=list)
    dry_run: bool = False

    def count(self, label, original, changed):
        tally = self.counts.setdefault(label, {"new": 0, "updated": 0, "unchanged": 0})
        tally["new" if original is None else "updated" if changed else "unchanged"] += 1

    def lines(self):
        lines = [
            f"{sum(tally.values())} {label}: "
            + ", ".join(f"{number} {state}" for state, number in tally.items())
            for label, tally in self.counts.items()
        ]
        if self.children:
            lines.append(
                "On these listings: "
                + ", ".join(f"{total} {label}" for label, total in self.children.items())
            )
        return lines + self.notes


def save_service_types(plan, result):
    planned_ids = {str(service_type.pk) for service_type, _ in plan.service_types}
    others = {
        service_type.slug: service_type
        for service_type in ServiceType.objects.exclude(pk__in=planned_ids)
    }
    # Free the slugs the package hands out first, so that codes can move or swap between terms.
    for service_type, original in plan.service_types:
        if original and original["slug"] != service_type.slug:
            ServiceType.objects.filter(pk=service_type.pk).update(
                slug=f"import-{uuid.UUID(str(service_type.pk)).hex}"
            )
    links = Service.service_types.through.objects
    for service_type, original in plan.service_types:
        changed = original != field_values(service_type)
        if twin := others.get(service_type.slug):
            # Same code, another id (a fresh install seeds its own types): the package's id
            # wins, and the listings tagged with the old one keep their tag.
            ServiceType.objects.filter(pk=twin.pk).update(slug=f"import-{twin.pk.hex}")
            service_type.save()
            tagged = links.filter(servicetype_id=service_type.pk).values("service_id")
            links.filter(servicetype_id=twin.pk, service_id__in=tagged).delete()
            links.filter(servicetype_id=twin.pk).update(servicetype_id=service_type.pk)
            original, changed = field_values(twin), True
            twin.delete()
        elif changed:
            service_type.save()
        result.count("service types", original, changed)


def save_children(model, service, objects):
    """The service's phones, hours or closures become exactly these, matched by hsds_id, in
    this order. Returns whether anything changed."""
    deleted, _ = (
        model.objects.filter(service=service)
        .exclude(hsds_id__in=[item.hsds_id for item in objects])
        .delete()
    )
    stored = {
        row.hsds_id: row
        for row in model.objects.filter(hsds_id__in=[item.hsds_id for item in objects])
    }
    changed = bool(deleted)
    for order, item in enumerate(objects):
        item.service, item.sort_order = service, order
        item.pk = getattr(stored.get(uuid.UUID(str(item.hsds_id))), "pk", None)
        if item.pk is None:
            changed = True
        else:
            before = stored[uuid.UUID(str(item.hsds_id))]
            # A row saved without a position (sort_order None) is not changed by getting one.
            leave_out = ("sort_order",) if before.sort_order is None else ()
            changed |= field_values(before, leave_out) != field_values(item, leave_out)
    if changed:  # then every row gets its position, so the order is the package's
        for item in objects:
            if item.pk is not None:
                item.save()
        model.objects.bulk_create([item for item in objects if item.pk is None])
    return changed


def save_plan(plan, result):
    save_service_types(plan, result)
    for label, pairs in (("organizations", plan.organizations), ("locations", plan.locations)):
        for instance, original in pairs:
            changed = original != field_values(instance)
            if changed:
                instance.save()
            result.count(label, original, changed)
    for step in plan.services:
        service, original = step.service, step.original
        changed = original != field_values(service)
        if step.types is not None:
            changed |= {str(t.pk) for t in step.types} != step.original_types
            service.service_types = step.types
        if original is None:
            service.save()
        children_changed = False
        for model, objects in (
            (Phone, step.phones),
            (Schedule, step.schedules),
            (Closure, step.closures),
        ):
            if objects is not None:
                children_changed |= save_children(model, service, objects)
        if original is not None and (changed or children_changed):
            service.save()  # after its children, so search and references see them
        if step.last_modified and (
            changed or children_changed or step.last_modified != step.original_updated_at
        ):
            # Keep the package's last_modified (auto_now would say "just now").
            Service.objects.filter(pk=service.pk).update(updated_at=step.last_modified)
            changed = True
        result.count("listings", original, changed or children_changed)
    imported = [step.service.pk for step in plan.services]
    for label, model in (("phones", Phone), ("opening hours", Schedule), ("closures", Closure)):
        result.children[label] = model.objects.filter(service__in=imported).count()


def import_tabular(source, dry_run=False):
    """Import an HSDS Tabular Data Package (a zip: path or file object); all or nothing.

    Returns an ImportResult; raises PackageError naming file, row and field of each problem.
    """
    tables = read_package(source)
    result = ImportResult(dry_run=dry_run)
    try:
        with transaction.atomic():
            plan = plan_import(tables)
            result.notes = plan.ignored
            save_plan(plan, result)
            if dry_run:
                transaction.set_rollback(True)
    except (IntegrityError, ValidationError) as exc:  # checked above; a last safety net
        raise PackageError(
            [f"The package could not be saved, nothing was imported: {exc}"]
        ) from exc
    return result
