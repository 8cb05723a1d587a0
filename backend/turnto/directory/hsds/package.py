"""HSDS Tabular Data Packages: HSDS's own `datapackage.json` (a copy is kept beside this file,
CC BY-SA 4.0, Open Referral), the CSV files it describes, and the zip that carries them.

Writing: each exported table as CSV, and the descriptor listing them with their table schemas.
Reading: a zip opened, every file and row checked against those schemas (required fields,
types, formats, enums, unique ids, references between files), with problems naming file, row
(as a spreadsheet numbers it: the header is row 1) and field.
"""

import copy
import csv
import io
import json
import re
import zipfile
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal, InvalidOperation
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import validate_email

DATAPACKAGE = json.loads(Path(__file__).with_name("hsds_datapackage.json").read_text())
RESOURCES = {resource["name"]: resource for resource in DATAPACKAGE["resources"]}
# The HSDS tables the directory fills, in datapackage.json's order.
EXPORTED_TABLES = set(
    "organization service attribute service_at_location location phone address schedule "
    "service_area language accessibility taxonomy_term cost_option taxonomy".split()
)
EXPORTED = [name for name in RESOURCES if name in EXPORTED_TABLES]
# Blank street addresses and ZIP codes are allowed here (and are "" in the JSON), while HSDS
# requires those columns: in addresses.csv an empty cell is an empty string, not a missing value.
EXPORT_MISSING_VALUES = {"address": []}
ZIP_DATE = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say: no export date, same bytes
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
MAX_PROBLEMS = 20
UUID_PATTERN = re.compile(r"^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$")
TIME_PATTERN = re.compile(r"^(\d{2}):(\d{2})(?::(\d{2}))?$")
DATE_PATTERN = re.compile(r"^\d{4}-\d{2}-\d{2}$")


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
