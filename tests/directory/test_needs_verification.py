"""Editors find listings nobody has checked lately and mark them verified in one click."""

from django.utils import timezone

import pytest

from turnto.directory.models import Service

pytestmark = pytest.mark.django_db
REPORT = "/admin/directory/needs-verification/"


def test_report_lists_only_stale_listings_and_verifies_in_one_click(editor):
    page = editor.get(REPORT).content.decode()
    stale = Service.objects.get(name="Legal Aid Clinic (example)", location__city="Columbia")
    fresh = Service.objects.get(name="Harm Reduction Drop-In (example)", location__city="Columbia")
    assert stale.is_stale() and not fresh.is_stale()
    assert str(stale.pk) in page and str(fresh.pk) not in page
    revisions = stale.revisions.count()

    response = editor.post(f"{REPORT}{stale.pk}/verify/", follow=True)
    assert "marked as verified today" in response.content.decode()
    stale.refresh_from_db()
    assert stale.assured_date == timezone.localdate()
    assert stale.assurer == "editor"
    assert stale.revisions.count() == revisions + 1  # the check is in the listing's history
    assert str(stale.pk) not in editor.get(REPORT).content.decode()


def test_verifying_needs_a_post_and_a_login(client, editor):
    listing = Service.objects.filter(assured_date__isnull=False).first()
    assert editor.get(f"{REPORT}{listing.pk}/verify/").status_code == 405
    editor.logout()
    response = client.post(f"{REPORT}{listing.pk}/verify/")
    assert response.status_code in (302, 403)
    assert client.get(REPORT).status_code in (302, 403)


def test_the_report_is_in_the_directory_menu(editor):
    page = editor.get("/admin/").content.decode()
    assert "Needs verification (" in page and "Listings needing verification" not in page


def test_a_listing_never_published_is_not_waiting_for_verification(editor):
    """A draft visitors have never seen has nothing to verify; once published, it counts."""
    stale = Service.objects.get(name="Legal Aid Clinic (example)", location__city="Columbia")
    draft = Service.objects.create(
        organization=stale.organization, name="Unpublished idea (example)", live=False
    )
    assert str(draft.pk) not in editor.get(REPORT).content.decode()
    draft.live = True
    draft.save()
    assert str(draft.pk) in editor.get(REPORT).content.decode()
