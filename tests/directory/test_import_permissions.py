"""An import through the admin changes only what its user may change: each model's add, change
and publish permissions. A row beyond them is refused by file and row, and nothing is imported.
The download is for anyone who may see listings (it holds only what is published)."""

import io

from django.contrib.auth.models import Group, Permission

import pytest

from turnto.directory.hsds import export
from turnto.directory.models import Location, Organization, Service

from .test_exchange import IMPORT, counts, edited

pytestmark = pytest.mark.django_db

LISTINGS = [f"{action}_service" for action in ("add", "change", "publish")]
ORGANIZATIONS = [f"{action}_organization" for action in ("add", "change", "publish")]
EVERYTHING = (
    LISTINGS
    + ORGANIZATIONS
    + [f"{action}_location" for action in ("add", "change", "publish")]
    + ["add_servicetype", "change_servicetype"]
)


@pytest.fixture
def signed_in(client, django_user_model):
    """A client signed in as a user whose one group has these directory permissions."""

    def sign_in(codenames):
        group = Group.objects.create(name="Import test " + "-".join(codenames)[:60])
        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            *Permission.objects.filter(content_type__app_label="directory", codename__in=codenames),
        )
        user = django_user_model.objects.create_user("colleague", password="a-long-password-1")
        user.groups.add(group)
        client.force_login(user, backend="django.contrib.auth.backends.ModelBackend")
        return client

    return sign_in


def upload(client, content):
    file = io.BytesIO(content)
    file.name = "bundle.zip"
    return client.post(IMPORT, {"package": file})


def rename_first(new_name):
    return lambda rows: rows[0].update(name=new_name)


def renamed(files_and_names):
    package = export.export_tabular()
    for file, name in files_and_names:
        package = edited(package, file, rename_first(name))
    return package


def first_id(file):
    from .test_exchange import read_csv, unzip

    return read_csv(unzip(export.export_tabular())[file])[0]["id"]


def test_listings_only_user_cannot_rename_an_organization(signed_in):
    client = signed_in(LISTINGS)
    page = client.get(IMPORT).content.decode()
    assert "Listings: add, change and publish" in page
    assert "Organizations: nothing" in page
    organization = Organization.objects.get(pk=first_id("organizations.csv"))
    before = counts()
    response = upload(
        client,
        renamed([("organizations.csv", "Renamed by a listings editor"), ("services.csv", "X")]),
    )
    assert response.status_code == 400
    text = response.content.decode()
    assert "Nothing was imported" in text
    assert "organizations.csv row 2: your account may not change organizations" in text
    organization.refresh_from_db()
    assert organization.name != "Renamed by a listings editor"
    assert not Service.objects.filter(name="X").exists()  # not even the allowed row
    assert counts() == before


def test_listings_only_user_imports_listings_and_leaves_the_rest_as_downloaded(signed_in):
    client = signed_in(LISTINGS)
    download = client.get("/admin/directory/export/hsds-tabular.zip")
    assert download.status_code == 200
    package = edited(download.content, "services.csv", rename_first("Renamed listing"))
    response = upload(client, package)
    assert response.status_code == 200, response.content.decode()[-2000:]
    assert Service.objects.filter(name="Renamed listing").exists()


def test_listings_and_organizations_but_not_places(signed_in):
    client = signed_in(LISTINGS + ORGANIZATIONS)
    response = upload(client, renamed([("organizations.csv", "Renamed organization")]))
    assert response.status_code == 200
    assert Organization.objects.filter(name="Renamed organization").exists()
    location = Location.objects.get(pk=first_id("locations.csv"))
    response = upload(client, renamed([("locations.csv", "Renamed place")]))
    assert response.status_code == 400
    assert "locations.csv row 2: your account may not change locations" in (
        response.content.decode()
    )
    location.refresh_from_db()
    assert location.name != "Renamed place"


def test_a_user_who_may_change_everything_the_import_writes(signed_in):
    client = signed_in(EVERYTHING)
    assert "nothing (rows" not in client.get(IMPORT).content.decode()
    response = upload(
        client,
        renamed(
            [
                ("organizations.csv", "Org everything"),
                ("locations.csv", "Place everything"),
                ("services.csv", "Listing everything"),
                ("taxonomy_terms.csv", "Type everything"),
            ]
        ),
    )
    assert response.status_code == 200, response.content.decode()[-2000:]
    assert Organization.objects.filter(name="Org everything").exists()
    assert Location.objects.filter(name="Place everything").exists()
    assert Service.objects.filter(name="Listing everything").exists()


def test_a_user_with_no_directory_permission_may_neither_import_nor_download(signed_in):
    client = signed_in([])
    before = counts()
    for response in (
        client.get(IMPORT),
        client.get("/admin/directory/export/hsds-tabular.zip"),
        client.get("/admin/directory/export/hsds.json"),
        upload(client, renamed([("organizations.csv", "Nobody's rename")])),
    ):
        # Wagtail turns "permission denied" into a redirect to the dashboard with a message.
        assert response.status_code == 302 and response["Location"] == "/admin/"
    assert IMPORT not in client.get("/admin/").content.decode()
    assert counts() == before


def test_a_user_who_may_only_view_listings_downloads_but_cannot_import(signed_in):
    client = signed_in(["view_service"])
    page = client.get(IMPORT)
    assert page.status_code == 200
    assert "cannot import" in page.content.decode()
    assert 'type="file"' not in page.content.decode()
    assert client.get("/admin/directory/export/hsds.json").status_code == 200
    response = upload(client, renamed([("services.csv", "Viewer's rename")]))
    assert response.status_code == 302
    assert not Service.objects.filter(name="Viewer's rename").exists()
