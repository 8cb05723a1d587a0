"""Listings, organizations and places have drafts: what an editor saves (or Wagtail autosaves)
while typing stays in the admin until it is published, or approved when a site asks for a
second person's approval. Visitors, the directory API, HSDS, pages and exports see only what
was published."""

import io
import json
import zipfile

from django.contrib.auth.models import Group, Permission
from django.test import Client, RequestFactory
from django.utils import timezone

from wagtail.models import GroupApprovalTask, Site, Workflow, WorkflowContentType, WorkflowTask
from wagtail.test.utils.form_data import inline_formset, nested_form_data

import pytest

from turnto.directory.blocks import DirectoryListingsBlock
from turnto.directory.hsds.export import export_json, export_tabular
from turnto.directory.hsds.import_apply import import_tabular
from turnto.directory.models import Location, Organization, Service

pytestmark = pytest.mark.django_db
ADD = "/admin/snippets/directory/service/add/"
NAME = "Columbia test strip pickup"


@pytest.fixture
def api(db):
    """GET as an anonymous visitor, who gets the API's cached answers (a logged-in editor's
    client would not), so a stale cache would show here."""
    visitor = Client()

    def get(path, **params):
        response = visitor.get(path, params, HTTP_HOST="localhost")
        assert not response.cookies
        return response.status_code, response.json()

    return get


def edit_url(service):
    return f"/admin/snippets/directory/service/edit/{service.pk}/"


def listing_form(organization, location, name=NAME, **fields):
    """What the listing form posts when an editor filled in its name, organization, place and
    description (as in the issue: nothing else yet)."""
    data = nested_form_data(
        {
            "name": name,
            "organization": str(organization.pk),
            "location": str(location.pk) if location else "",
            "description": "Free strips at the desk, no questions asked.",
            "status": "active",
            "scope": "local",
            "languages": "en",
            "phones": inline_formset([]),
            "schedules": inline_formset([]),
            "closures": inline_formset([]),
            "translations": inline_formset([]),
            **fields,
        }
    )
    # Shown on the campaign's site (the Missouri directory the place is in).
    data.setdefault("sites", [str(Site.objects.get(hostname="localhost").pk)])
    return data


def campaign_visitor():
    """What a block is drawn for: a request of the campaign's site."""
    return {"request": RequestFactory().get("/", HTTP_HOST="localhost")}


def public_names(api):
    """The listing names every public answer gives: directory API, HSDS, the city's page."""
    status, directory = api("/api/directory/services/", city="Columbia", page_size=50)
    assert status == 200
    status, hsds = api("/api/hsds/services", per_page=100)
    assert status == 200
    return {
        "directory": {item["name"] for item in directory["results"]},
        "hsds": {item["name"] for item in hsds["contents"]},
        "export": {item["name"] for item in json.loads(export_json())},
    }


def columbia():
    organization = Organization.objects.get(name="Columbia Harm Reduction Drop-In (example)")
    return organization, organization.locations.get()


def test_a_new_listing_saved_as_a_draft_is_not_public_until_published(editor, api):
    organization, location = columbia()
    response = editor.post(ADD, listing_form(organization, location))
    assert response.status_code == 302, response.context["form"].errors
    draft = Service.objects.get(name=NAME)
    assert (draft.live, draft.status_string) == (False, "draft")
    assert all(NAME not in names for names in public_names(api).values())
    assert api(f"/api/directory/services/{draft.pk}/")[0] == 404
    assert api(f"/api/hsds/services/{draft.pk}")[0] == 404
    block = DirectoryListingsBlock()
    chosen = block.to_python({"listings": [str(draft.pk)], "scope": [], "limit": 5})
    assert block.get_api_representation(chosen, campaign_visitor())["listings"] == []

    response = editor.post(
        edit_url(draft),
        listing_form(organization, location, **{"action-publish": "action-publish"}),
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live and draft.status_string == "live"
    assert all(NAME in names for names in public_names(api).values())
    assert NAME in [
        listing["name"]
        for listing in block.get_api_representation(chosen, campaign_visitor())["listings"]
    ]


def test_a_problem_report_against_an_unpublished_listing_is_a_404(editor, client):
    organization, location = columbia()
    editor.post(ADD, listing_form(organization, location))
    draft = Service.objects.get(name=NAME)
    editor.logout()
    response = client.post(
        f"/api/directory/services/{draft.pk}/reports/",
        {"kind": "other", "message": "Is this open?", "contact": ""},
        content_type="application/json",
    )
    assert response.status_code == 404
    assert response.json() == {"message": "There is no such listing."}


def test_a_draft_of_a_live_listing_leaves_the_public_answer_as_it_was(editor, api):
    organization, location = columbia()
    live = Service.objects.get(organization=organization)
    before = public_names(api)  # and now in the API cache
    assert all(live.name in names for names in before.values())

    response = editor.post(edit_url(live), listing_form(organization, location, name=NAME))
    assert response.status_code == 302
    live.refresh_from_db()
    assert live.name != NAME and live.status_string == "live + draft"
    assert public_names(api) == before
    assert api(f"/api/directory/services/{live.pk}/")[1]["name"] == live.name

    editor.post(
        edit_url(live),
        listing_form(organization, location, name=NAME, **{"action-publish": "action-publish"}),
    )
    assert all(NAME in names for names in public_names(api).values())
    assert api(f"/api/directory/services/{live.pk}/")[1]["name"] == NAME


def test_listings_of_an_unpublished_organization_or_place_stay_hidden(api):
    organization, location = columbia()
    listing = Service.objects.get(organization=organization)
    organization.unpublish()
    assert api(f"/api/directory/services/{listing.pk}/")[0] == 404
    assert api(f"/api/hsds/services/{listing.pk}")[0] == 404
    assert api(f"/api/hsds/organizations/{organization.pk}")[0] == 404
    organization.save_revision().publish()
    assert api(f"/api/directory/services/{listing.pk}/")[0] == 200
    location.unpublish()
    assert api(f"/api/directory/services/{listing.pk}/")[0] == 404
    assert api(f"/api/hsds/service_at_locations/{listing.pk}")[0] == 404
    status, hsds = api("/api/hsds/services", per_page=100)
    assert str(listing.pk) not in {item["id"] for item in hsds["contents"]}


@pytest.fixture
def approval_required(django_user_model):
    """The site asks for a second person's approval of listing changes: editors may edit but
    not publish; moderators approve."""
    editors = Group.objects.create(name="Listing editors")
    editors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="directory",
            codename__in=[
                "add_service",
                "change_service",
                "view_service",
                "view_organization",
                "view_location",
                "access_admin",
            ],
        ),
        Permission.objects.get(codename="access_admin"),
    )
    moderators = Group.objects.create(name="Listing moderators")
    moderators.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(
            content_type__app_label="directory", codename__endswith="_service"
        ),
    )
    workflow = Workflow.objects.create(name="Listings need a second person")
    task = GroupApprovalTask.objects.create(name="A moderator approves")
    task.groups.add(moderators)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowContentType.objects.create(
        workflow=workflow, content_type=Service.get_base_content_type()
    )
    writer = django_user_model.objects.create_user("writer", password="x")
    writer.groups.add(editors)
    reviewer = django_user_model.objects.create_user("reviewer", password="x")
    reviewer.groups.add(moderators)
    return workflow, writer, reviewer


def test_with_approval_required_a_listing_appears_only_after_a_second_editor_approves(
    client, api, approval_required
):
    workflow, writer, reviewer = approval_required
    organization, location = columbia()
    client.force_login(writer)
    form = listing_form(organization, location)
    # The writer cannot publish, only submit for approval.
    page = client.get(ADD).content.decode()
    assert "action-submit" in page and "action-publish" not in page
    response = client.post(ADD, {**form, "action-submit": "action-submit"})
    assert response.status_code == 302
    listing = Service.objects.get(name=NAME)
    state = listing.current_workflow_state
    assert state is not None and state.status == "in_progress"
    assert not listing.live
    assert all(NAME not in names for names in public_names(api).values())

    client.force_login(reviewer)
    task_state = state.current_task_state
    response = client.post(
        f"/admin/snippets/directory/service/workflow/action/{listing.pk}/approve/{task_state.pk}/",
        {"comment": "Checked by phone"},
    )
    assert response.status_code in (200, 302)
    listing.refresh_from_db()
    assert listing.live
    assert all(NAME in names for names in public_names(api).values())


def test_without_a_workflow_an_editor_publishes_directly(editor, api):
    assert not WorkflowContentType.objects.exists()
    assert Service.get_default_workflow() is None
    organization, location = columbia()
    editor.post(ADD, {**listing_form(organization, location), "action-publish": "action-publish"})
    assert Service.objects.get(name=NAME).live
    assert all(NAME in names for names in public_names(api).values())


def test_verified_today_with_a_pending_draft_marks_the_live_version_only(editor, api):
    organization, location = columbia()
    listing = Service.objects.get(organization=organization)
    listing.assured_date = timezone.localdate().replace(year=2020)
    listing.save()
    editor.post(edit_url(listing), listing_form(organization, location, name=NAME))
    listing.refresh_from_db()
    assert listing.has_unpublished_changes

    response = editor.post(f"/admin/directory/needs-verification/{listing.pk}/verify/")
    assert response.status_code == 302
    listing.refresh_from_db()
    today = timezone.localdate()
    # Visitors see the verified date on the published listing, under its published name.
    status, data = api(f"/api/directory/services/{listing.pk}/")
    assert status == 200 and data["name"] != NAME
    assert listing.assured_date == today and listing.assurer == "editor"
    # The draft is still pending, with its changes, and publishing it keeps the date.
    assert listing.live and listing.has_unpublished_changes
    draft = listing.get_latest_revision_as_object()
    assert draft.name == NAME and draft.assured_date == today
    listing.get_latest_revision().publish()
    listing.refresh_from_db()
    assert (listing.name, listing.assured_date) == (NAME, today)


def test_verified_today_without_a_draft_is_live_at_once(editor):
    listing = Service.objects.filter(assured_date__isnull=False).first()
    editor.post(f"/admin/directory/needs-verification/{listing.pk}/verify/")
    listing.refresh_from_db()
    assert listing.assured_date == timezone.localdate()
    assert listing.status_string == "live"
    assert listing.live_revision == listing.latest_revision


def test_existing_and_demo_listings_are_published():
    assert Service.objects.exists()
    assert not Service.objects.filter(live=False).exists()
    assert not Organization.objects.filter(live=False).exists()
    assert not Location.objects.filter(live=False).exists()


def test_an_import_publishes_what_it_brings_and_exports_leave_drafts_out(editor, api):
    """Importing a package is a deliberate publish: a listing unpublished since the export
    comes back published; a draft nobody published is not in the export at all."""
    organization, location = columbia()
    listing = Service.objects.get(organization=organization)
    package = export_tabular()
    listing.unpublish()
    assert api(f"/api/directory/services/{listing.pk}/")[0] == 404
    editor.post(ADD, listing_form(organization, location))
    draft = Service.objects.get(name=NAME)

    import_tabular(io.BytesIO(package))
    listing.refresh_from_db()
    assert listing.live
    assert api(f"/api/directory/services/{listing.pk}/")[0] == 200
    with zipfile.ZipFile(io.BytesIO(export_tabular())) as archive:
        services = archive.read("services.csv").decode()
    assert str(listing.pk) in services and str(draft.pk) not in services
    draft.refresh_from_db()
    assert not draft.live


def test_a_listing_locked_by_one_editor_is_not_changed_by_another(editor, django_user_model):
    organization, location = columbia()
    listing = Service.objects.get(organization=organization)
    response = editor.post(f"/admin/snippets/directory/service/lock/{listing.pk}/")
    assert response.status_code == 302
    listing.refresh_from_db()
    assert listing.locked

    other = Client()
    other.force_login(django_user_model.objects.create_superuser("other", "o@example.org", "x"))
    response = other.post(edit_url(listing), listing_form(organization, location, name=NAME))
    assert "locked" in response.content.decode().lower()
    listing.refresh_from_db()
    assert listing.get_latest_revision_as_object().name != NAME
