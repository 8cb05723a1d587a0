"""The directory exported as Open Referral HSDS 3.0, from the same records as the read API
(`hsds.records`):

- HSDS JSON: a service package (`schema/compiled/service_package.json`), every service fully
  nested as `/api/hsds/services/{id}` shows it.
- The Tabular Data Package: one CSV per HSDS table the directory holds, named and laid out as in
  HSDS's `datapackage.json`, zipped with a `datapackage.json` that lists them (`hsds.package`).

Export -> import -> export is byte-identical: rows come in a fixed order, ids are stable and the
zip carries no dates.
"""

import io
import json
import zipfile

from turnto.directory.models import (
    Location,
    Organization,
    ServiceType,
)

from .package import EXPORTED, RESOURCES, ZIP_DATE, csv_bytes, datapackage_descriptor
from .records import (
    every_site_services,
    location_record,
    organization_record,
    service_record,
    taxonomy,
    taxonomy_term,
)

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


def export_json():
    """Every service, fully nested: an HSDS 3.0 service package, as UTF-8 JSON bytes."""
    records = [service_record(service) for service in every_site_services()]
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
    for service in every_site_services():
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
        taxonomy_term(service_type)
        for service_type in ServiceType.objects.originals().order_by("name", "id")
    ]
    return tables


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
