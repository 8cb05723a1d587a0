"""HSDS 3.0 export (JSON and Tabular Data Package) and import of the directory: valid against
Open Referral's own schemas, all-or-nothing with errors naming file, row and field, idempotent,
and export -> import -> export byte-identical."""

import csv
import io
import json
import re
import uuid
import zipfile
from datetime import date, datetime, time
from pathlib import Path

from django.contrib.auth.models import Permission
from django.core.management import CommandError, call_command

import pytest
from jsonschema import Draft202012Validator, FormatChecker

from turnto.directory.hsds import export, import_apply
from turnto.directory.hsds import package as hsds_package
from turnto.directory.hsds.package import PackageError
from turnto.directory.models import (
    Closure,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceType,
)

pytestmark = pytest.mark.django_db
HSDS = Path(__file__).resolve().parents[3] / "shared" / "hsds"
needs_hsds = pytest.mark.skipif(
    not HSDS.exists(), reason="the HSDS schemas (../shared/hsds) are not beside this clone"
)
IMPORT = "/admin/directory/import/"
MODELS = (Organization, Location, Service, ServiceType, Phone, Schedule, Closure)


def counts():
    return {model.__name__: model.objects.count() for model in MODELS}


def unzip(data):
    archive = zipfile.ZipFile(io.BytesIO(data))
    return {name: archive.read(name) for name in archive.namelist()}


def rezip(files):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def read_csv(content):
    return list(csv.DictReader(io.StringIO(content.decode())))


def write_csv(rows):
    output = io.StringIO()
    writer = csv.DictWriter(output, fieldnames=list(rows[0]), lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return output.getvalue().encode()


def edited(package, file, change):
    """The package with one CSV's rows passed through change(rows)."""
    files = unzip(package)
    rows = read_csv(files[file])
    change(rows)
    files[file] = write_csv(rows)
    return rezip(files)


def import_bytes(data):
    return import_apply.import_tabular(io.BytesIO(data))


def empty_directory():
    for model in (Service, Location, Organization, ServiceType):
        model.objects.all().delete()


# Checks of a cell against a Table Schema field, written here rather than taken from hsds/package.py
# so that the export is not judged by its own importer.
def valid_cell(field, text):
    kind, form = field["type"], field.get("format")
    if kind == "number":
        return re.fullmatch(r"-?\d+(\.\d+)?([eE][-+]?\d+)?", text) is not None
    if kind == "date":
        return date.fromisoformat(text) and len(text) == 10
    if kind == "time":
        return time.fromisoformat(text) and len(text) == 8
    if kind == "datetime":
        return datetime.fromisoformat(text.replace("Z", "+00:00")) is not None
    if form == "uuid":
        return str(uuid.UUID(text)) == text
    if form == "uri":
        return re.match(r"^[a-z][a-z0-9+.-]*://\S+$", text) is not None
    if form == "email":
        return re.fullmatch(r"[^@\s]+@[^@\s]+\.\w+", text) is not None
    return True


def package_problems(files):
    descriptor = json.loads(files["datapackage.json"])
    official = json.loads(
        (HSDS / "datapackage.json").read_text()
        if HSDS.exists()
        else Path(hsds_package.__file__).with_name("hsds_datapackage.json").read_text()
    )
    official_resources = {resource["name"]: resource for resource in official["resources"]}
    problems, tables = [], {}
    for resource in descriptor["resources"]:
        expected = official_resources[resource["name"]]
        fields = resource["schema"]["fields"]
        if resource["path"] != expected["path"] or fields != expected["schema"]["fields"]:
            problems.append(f"{resource['name']}: not HSDS's table schema")
        reader = csv.reader(io.StringIO(files[resource["path"]].decode()))
        header = next(reader)
        if header != [field["name"] for field in fields]:
            problems.append(f"{resource['path']}: header is not the schema's columns")
        missing = resource["schema"].get("missingValues", [""])
        rows = [dict(zip(header, cells, strict=True)) for cells in reader]
        tables[resource["name"]] = rows
        for number, row in enumerate(rows, start=2):
            for field in fields:
                text = row[field["name"]]
                constraints = field.get("constraints", {})
                if text in missing:
                    if constraints.get("required"):
                        problems.append(f"{resource['path']} {number} {field['name']}: required")
                    continue
                try:
                    ok = valid_cell(field, text)
                except ValueError:
                    ok = False
                if not ok or text not in constraints.get("enum", [text]):
                    problems.append(f"{resource['path']} {number} {field['name']}: {text!r}")
        keys = [row["id"] for row in rows]
        if len(set(keys)) != len(keys):
            problems.append(f"{resource['path']}: duplicate ids")
    for resource in descriptor["resources"]:
        for key in resource["schema"].get("foreignKeys", []):
            target = key["reference"]["resource"]
            for row in tables[resource["name"]]:
                value = row[key["fields"]]
                if value and value not in {other["id"] for other in tables.get(target, [])}:
                    problems.append(f"{resource['path']} {key['fields']}: {value} not found")
    return problems


# Export ------------------------------------------------------------------------------------


@needs_hsds
def test_json_export_is_a_valid_hsds_service_package():
    package = json.loads(export.export_json())
    schema = json.loads((HSDS / "schema/compiled/service_package.json").read_text())
    errors = list(Draft202012Validator(schema, format_checker=FormatChecker()).iter_errors(package))
    assert not errors, [f"{list(e.absolute_path)}: {e.message}" for e in errors[:5]]
    assert len(package) == Service.objects.count() >= 49
    national = next(s for s in package if s["name"] == "988 Suicide & Crisis Lifeline")
    assert national["service_areas"][0]["name"] == "Nationwide"
    assert {phone["type"] for phone in national["phones"]} == {"voice", "text"}


def test_tabular_export_validates_against_the_datapackage():
    files = unzip(export.export_tabular())
    descriptor = json.loads(files["datapackage.json"])
    assert descriptor["profile"] == "tabular-data-package"
    assert sorted(files) == sorted(
        ["datapackage.json", *(r["path"] for r in descriptor["resources"])]
    )
    assert {"services.csv", "schedules.csv", "phones.csv", "taxonomy_terms.csv"} <= set(files)
    assert package_problems(files) == []
    services = read_csv(files["services.csv"])
    assert len(services) == Service.objects.count()
    night = next(s for s in services if s["name"] == "Night Outreach Van (example)")
    hours = [s for s in read_csv(files["schedules.csv"]) if s["service_id"] == night["id"]]
    assert {s["byday"] for s in hours} == {"WE", "FR,SA"}  # a row per span, with its days


def test_the_checker_catches_a_broken_package():
    """The hand-written datapackage check above fails on what it should fail on."""
    files = unzip(export.export_tabular())
    rows = read_csv(files["schedules.csv"])
    rows[0]["opens_at"] = "9am"
    rows[1]["service_id"] = str(uuid.uuid4())
    files["schedules.csv"] = write_csv(rows)
    problems = package_problems(files)
    assert any("opens_at: '9am'" in problem for problem in problems)
    assert any("service_id" in problem and "not found" in problem for problem in problems)


# Import ------------------------------------------------------------------------------------


def test_round_trip_into_a_fresh_install_is_byte_identical():
    # What the demo data lacks: special hours, ages, accessibility, a blank description.
    service = Service.objects.filter(location__isnull=False).order_by("name").first()
    Closure.objects.create(
        service=service,
        valid_from=date(2026, 12, 24),
        valid_to=date(2026, 12, 24),
        closed=False,
        opens_at=time(10),
        closes_at=time(14),
        note="Example short day",
    )
    Service.objects.filter(pk=service.pk).update(minimum_age=18, maximum_age=99)
    Location.objects.filter(pk=service.location_id).update(accessibility="Step-free entrance.")
    Organization.objects.filter(pk=service.organization_id).update(description="")
    tabular, as_json = export.export_tabular(), export.export_json()
    empty_directory()
    # A fresh install seeds its own service types, with other ids than the package's.
    for slug, name in (("naloxone", "Naloxone"), ("food", "Food")):
        ServiceType.objects.create(slug=slug, name=name)
    result = import_bytes(tabular)
    assert result.counts["listings"]["new"] >= 49
    assert export.export_tabular() == tabular
    assert export.export_json() == as_json
    assert ServiceType.objects.filter(slug="naloxone").count() == 1
    service = Service.objects.get(pk=service.pk)
    assert service.minimum_age == 18 and service.location.accessibility == "Step-free entrance."
    short_day = service.closures.get()
    assert (short_day.closed, short_day.opens_at, short_day.note) == (
        False,
        time(10),
        "Example short day",
    )
    assert service.organization.description == ""


def test_importing_twice_updates_and_never_duplicates():
    package = export.export_tabular()
    before = counts()
    first = import_bytes(package)
    second = import_bytes(package)
    assert counts() == before
    assert first.counts == second.counts
    assert second.counts["listings"] == {"new": 0, "updated": 0, "unchanged": before["Service"]}
    assert all(tally["new"] == tally["updated"] == 0 for tally in second.counts.values())


def test_reimport_keeps_the_spanish_notes_hsds_has_no_field_for():
    phone = Phone.objects.exclude(description_es="").first()
    closure = Closure.objects.exclude(note_es="").first()
    assert phone and closure, "the demo gives some in Spanish"
    result = import_bytes(export.export_tabular())
    assert result.counts["listings"]["updated"] == 0
    phone.refresh_from_db()
    closure.refresh_from_db()
    assert phone.description_es == "Número de ejemplo, fuera de servicio"
    assert closure.note_es.startswith("Ejemplo: ")


def test_reimport_applies_changes_to_the_listing_and_its_hours():
    package = export.export_tabular()
    service = Service.objects.filter(name="Night Outreach Van (example)").first()
    before = counts()
    service_id = str(service.pk)

    def rename(rows):
        next(row for row in rows if row["id"] == service_id)["name"] = "Night Van (example)"

    def drop_saturday(rows):
        row = next(r for r in rows if r["service_id"] == service_id and r["byday"] == "FR,SA")
        row["byday"] = "FR"

    package = edited(edited(package, "services.csv", rename), "schedules.csv", drop_saturday)
    result = import_bytes(package)
    assert result.counts["listings"]["updated"] == 1
    service.refresh_from_db()
    assert service.name == "Night Van (example)"
    assert sorted(day for row in service.schedules.all() for day in row.weekdays) == [3, 5]
    assert Service.objects.filter(name="Night Van (example)").count() == 1
    assert counts() == before


def test_service_type_codes_can_swap_on_reimport():
    def swap(rows):
        rows[0]["code"], rows[1]["code"] = rows[1]["code"], rows[0]["code"]

    files = unzip(export.export_tabular())
    first, second = read_csv(files["taxonomy_terms.csv"])[:2]
    result = import_bytes(edited(rezip(files), "taxonomy_terms.csv", swap))
    assert result.counts["service types"]["updated"] == 2
    assert ServiceType.objects.get(pk=first["id"]).slug == second["code"]
    assert ServiceType.objects.get(pk=second["id"]).slug == first["code"]


@pytest.mark.parametrize(
    "file, change, message",
    [
        (
            "schedules.csv",
            lambda rows: rows[5].update(opens_at="25:00"),
            "schedules.csv row 7, field opens_at: '25:00' is not a time",
        ),
        (
            "services.csv",
            lambda rows: rows[0].update(name=""),
            "services.csv row 2, field name: a value is required",
        ),
        (
            "services.csv",
            lambda rows: rows[2].update(status="open"),
            "services.csv row 4, field status: 'open' is not one of: active, inactive, defunct",
        ),
        (
            "phones.csv",
            lambda rows: rows[3].update(service_id="00000000-0000-4000-8000-000000000000"),
            "phones.csv row 5, field service_id: no service with id "
            "00000000-0000-4000-8000-000000000000 in services.csv",
        ),
        (
            "phones.csv",
            lambda rows: rows[0].update(number="call us"),
            "phones.csv row 2, field number: Use digits, spaces or dashes",
        ),
        (
            "locations.csv",
            lambda rows: rows[1].update(latitude="north"),
            "locations.csv row 3, field latitude: 'north' is not a number",
        ),
        (
            "services.csv",
            lambda rows: rows[0].update(id=rows[1]["id"]),
            "services.csv row 3, field id:",  # the second row with that id
        ),
    ],
)
def test_a_bad_row_is_named_and_nothing_is_imported(file, change, message):
    package = export.export_tabular()

    def rename_first(rows):
        rows[0]["name"] = "Renamed by the import"

    # A good change in the same package must not be saved either.
    package = edited(edited(package, "organizations.csv", rename_first), file, change)
    before = counts()
    with pytest.raises(PackageError) as error:
        import_bytes(package)
    assert message in str(error.value)
    assert counts() == before
    assert not Organization.objects.filter(name="Renamed by the import").exists()


def test_not_a_package_is_refused_clearly():
    with pytest.raises(PackageError, match="not a zip archive"):
        import_bytes(b"id,name\n1,x\n")
    with pytest.raises(PackageError, match="no organizations.csv, services.csv"):
        import_bytes(rezip({"notes.txt": b"hello"}))


def test_a_missing_file_is_named_once_not_on_every_row_that_needs_it():
    files = unzip(export.export_tabular())
    del files["services.csv"]
    before = counts()
    with pytest.raises(PackageError) as error:
        import_bytes(rezip(files))
    problems = error.value.problems
    assert problems[0].startswith("services.csv is missing: datapackage.json lists it and ")
    assert "phones.csv" in problems[0] and "schedules.csv" in problems[0]
    assert len(problems) == 1, problems[:5]
    assert counts() == before

    del files["organizations.csv"]
    with pytest.raises(PackageError) as error:
        import_bytes(rezip(files))
    assert sorted(error.value.problems)[0] == (
        "organizations.csv is missing: datapackage.json lists it and locations.csv refers to it"
    )
    assert len(error.value.problems) == 2
    assert sorted(error.value.problems)[1].startswith("services.csv is missing: ")


@needs_hsds
def test_open_referrals_own_example_package_is_refused_where_it_is_broken():
    """The official example CSVs point at organizations and taxonomies they do not contain."""
    folder = HSDS / "examples" / "csv"
    package = rezip({path.name: path.read_bytes() for path in folder.glob("*.csv")})
    with pytest.raises(PackageError) as error:
        import_bytes(package)
    assert (
        "locations.csv row 2, field organization_id: no organization with id "
        "985e4a42-bd9f-4edc-911d-0243a4640aca in organizations.csv"
    ) in error.value.problems


def test_dry_run_checks_without_saving():
    package = edited(
        export.export_tabular(),
        "organizations.csv",
        lambda rows: rows[0].update(name="Only a dry run"),
    )
    result = import_apply.import_tabular(io.BytesIO(package), dry_run=True)
    assert result.counts["organizations"]["updated"] >= 1
    assert not Organization.objects.filter(name="Only a dry run").exists()


# Management commands -----------------------------------------------------------------------


def test_commands_export_and_import(tmp_path):
    zipped, as_json = tmp_path / "hsds.zip", tmp_path / "hsds.json"
    call_command("hsds_export", format="tabular", output=str(zipped))
    call_command("hsds_export", format="json", output=str(as_json))
    assert zipped.read_bytes() == export.export_tabular()
    assert json.loads(as_json.read_text())[0]["id"]
    output = io.StringIO()
    call_command("hsds_import", str(zipped), stdout=output)
    assert "listings: 0 new" in output.getvalue()
    broken = tmp_path / "broken.zip"
    broken.write_bytes(
        edited(zipped.read_bytes(), "schedules.csv", lambda rows: rows[0].update(closes_at="x"))
    )
    with pytest.raises(CommandError, match="schedules.csv row 2, field closes_at: 'x' is not"):
        call_command("hsds_import", str(broken))


# Admin -------------------------------------------------------------------------------------


def upload(client, content, name="hsds.zip"):
    file = io.BytesIO(content)
    file.name = name
    return client.post(IMPORT, {"package": file})


def test_editor_downloads_both_exports_and_imports_a_good_package(editor):
    page = editor.get(IMPORT)
    assert page.status_code == 200
    html = page.content.decode()
    assert "/admin/directory/export/hsds.json" in html
    assert "/admin/directory/export/hsds-tabular.zip" in html
    as_json = editor.get("/admin/directory/export/hsds.json")
    assert as_json["Content-Disposition"].startswith("attachment")
    assert as_json.content == export.export_json()
    zipped = editor.get("/admin/directory/export/hsds-tabular.zip")
    assert zipped["Content-Type"] == "application/zip"
    package = edited(
        zipped.content, "organizations.csv", lambda rows: rows[0].update(name="Edited upstream")
    )
    response = upload(editor, package)
    assert response.status_code == 200
    text = response.content.decode()
    assert "listings: 0 new" in text and "updated" in text
    assert Organization.objects.filter(name="Edited upstream").exists()


def test_editor_sees_where_a_bad_package_is_wrong(editor):
    package = edited(
        export.export_tabular(),
        "schedules.csv",
        lambda rows: rows[5].update(opens_at="25:00"),
    )
    before = counts()
    response = upload(editor, package)
    assert response.status_code == 400
    assert "schedules.csv row 7, field opens_at: &#x27;25:00&#x27; is not a time" in (
        response.content.decode()
    )
    assert counts() == before
    assert upload(editor, b"", name="empty.zip").status_code == 400


def test_import_and_export_need_permission(client, django_user_model):
    package = export.export_tabular()
    before = counts()
    for path in (IMPORT, "/admin/directory/export/hsds.json"):
        response = client.get(path)
        assert response.status_code == 302 and "/admin/login/" in response["Location"]
    response = upload(client, package)
    assert response.status_code == 302
    # An admin user who may not change listings.
    user = django_user_model.objects.create_user("reader", password="a-long-reader-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail turns "permission denied" into a redirect to the dashboard with a message.
    for response in (
        client.get(IMPORT),
        client.get("/admin/directory/export/hsds-tabular.zip"),
        upload(client, package),
    ):
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert counts() == before


def test_import_is_in_the_directory_menu(editor):
    assert IMPORT in editor.get("/admin/").content.decode()


def test_an_imported_listing_is_on_every_site_and_a_reimport_keeps_its_sites():
    """An import never hides what it brings: a new listing is on every site, as listings were
    before sites were chosen; importing again leaves the sites an editor chose."""
    from wagtail.models import Site

    package = export.export_tabular()
    clinic = Site.objects.get(hostname="clinic.localhost")
    kept = Service.objects.filter(sites=clinic).exclude(scope="national").get()
    others = Service.objects.exclude(pk=kept.pk)
    gone = set(others.values_list("pk", flat=True))
    others.delete()
    import_bytes(package)
    every = set(Site.objects.values_list("pk", flat=True))
    for listing in Service.objects.filter(pk__in=gone).prefetch_related("sites"):
        assert {site.pk for site in listing.sites.all()} == every
    assert Service.objects.filter(pk__in=gone).count() == len(gone)
    assert {site.pk for site in Service.objects.get(pk=kept.pk).sites.all()} == {clinic.pk}
