"""The roles a campaign needs come with the install ("Editors", "Directory editors",
"Moderators"), each with a plain description on its group page, and each does, through the
admin, what it says and no more."""

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page

import pytest

from turnto.core.team import TEAM, set_up_team
from turnto.directory.models import ListingReport, Service

pytestmark = pytest.mark.django_db

REPORTS = "/admin/snippets/directory/listingreport/"
LISTINGS = "/admin/snippets/directory/service/"
ORGANIZATIONS = "/admin/snippets/directory/organization/"
CARDS = "/admin/snippets/strategies/strategycard/"
SITE_SETTINGS = "/admin/settings/core/sitesettings/"
IMAGES = "/admin/images/"
ADD_PAGE_UNDER_HOME = "/admin/pages/{}/"


@pytest.fixture
def member(client, django_user_model):
    """A client signed in, through the login form, as a member of one role."""

    def sign_in(role):
        user = django_user_model.objects.create_user(
            "colleague", "colleague@example.org", "a-long-password-1"
        )
        user.groups.add(Group.objects.get(name=role))
        response = client.post(
            "/admin/login/",
            {"username": "colleague", "password": "a-long-password-1"},
            follow=True,
        )
        assert response.context["user"].is_authenticated
        return client

    return sign_in


def status(client, path):
    return client.get(path).status_code


def test_the_roles_exist_after_migrate_with_their_descriptions_on_the_group_page(editor):
    for name, role in TEAM.items():
        group = Group.objects.get(name=name)
        page = editor.get(f"/admin/groups/edit/{group.pk}/").content.decode()
        assert role["description"] in page


def test_setting_up_again_gives_back_a_removed_permission_and_duplicates_nothing():
    group = Group.objects.get(name="Directory editors")
    group.permissions.remove(*group.permissions.filter(codename="change_service"))
    assert not group.permissions.filter(codename="change_service").exists()
    set_up_team()
    set_up_team()
    assert group.permissions.filter(codename="change_service").exists()
    assert Group.objects.filter(name="Directory editors").count() == 1


def test_a_directory_editor_keeps_listings_and_reports_and_nothing_else(member):
    client = member("Directory editors")
    assert status(client, LISTINGS) == 200
    assert status(client, ORGANIZATIONS) == 200
    assert status(client, REPORTS) == 200
    listing = Service.objects.first()
    assert status(client, f"{LISTINGS}edit/{listing.pk}/") == 200
    report = ListingReport.objects.create(service=listing, message="The phone number is wrong.")
    assert status(client, f"{REPORTS}edit/{report.pk}/") == 200
    # No pages to add, no cards, no settings, no images: each refused.
    for path in (CARDS, SITE_SETTINGS, IMAGES):
        assert status(client, path) in (302, 403), path
    assert status(client, "/admin/pages/add/campaign/contentpage/3/") in (302, 403, 404)


def test_an_editor_reads_reports_and_writes_cards_but_not_site_settings(member):
    client = member("Editors")
    assert status(client, REPORTS) == 200
    assert status(client, CARDS) == 200
    assert status(client, LISTINGS) == 200
    assert status(client, IMAGES) == 200
    assert status(client, SITE_SETTINGS) in (302, 403)


@pytest.mark.parametrize("role", ["Editors", "Moderators"])
def test_editors_and_moderators_may_translate_a_page(member, role):
    # wagtail-localize shows "Translate" only with its own permission.
    client = member(role)
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert status(client, submit) == 200


def test_a_directory_editor_may_not_translate_a_page(member):
    client = member("Directory editors")
    page = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    submit = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    assert status(client, submit) in (302, 403)


def test_a_moderator_approves_and_changes_site_settings(member):
    client = member("Moderators")
    assert status(client, REPORTS) == 200
    assert client.get(SITE_SETTINGS, follow=True).status_code == 200
    # Moderators are the reviewers of Wagtail's default workflow.
    from wagtail.models import GroupApprovalTask

    assert GroupApprovalTask.objects.filter(groups__name="Moderators").exists()
