"""The work waiting for editors is in sight: counts on the dashboard and in the Directory menu,
links from a problem report to its listing and from a listing to its open reports."""

import json
import re

from django.core.cache import cache
from django.test import Client

import pytest

from turnto.directory.admin.verification import stale_listings
from turnto.directory.models import ListingReport, Service

pytestmark = pytest.mark.django_db
INBOX = "/admin/snippets/directory/listingreport/"
VERIFICATION = "/admin/directory/needs-verification/"


@pytest.fixture(autouse=True)
def no_rate_limit_left_over():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def listing():
    return Service.objects.filter(status="active").order_by("name").first()


def visitor_reports(listing, kind="wrong_hours", message="Closed on Saturdays now."):
    response = Client(REMOTE_ADDR="203.0.113.9").post(
        f"/api/directory/services/{listing.pk}/reports/",
        json.dumps({"kind": kind, "message": message}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return ListingReport.objects.latest("created_at")


def dashboard_panel(editor):
    page = editor.get("/admin/").content.decode()
    match = re.search(r"Work to do in the directory(.*?)</ul>", page, re.S)
    assert match, "the dashboard has no work-to-do panel"
    return match.group(1)


def sidebar_labels(editor):
    """The labels of the admin menu, as the page gives them to the sidebar script."""
    page = editor.get("/admin/").content.decode()
    return re.findall(r'"label": "([^"]*)"', page.replace('\\"', '"'))


def test_the_dashboard_counts_new_reports_and_stale_listings_with_links(editor, listing):
    stale = stale_listings().count()
    assert stale > 0
    panel = dashboard_panel(editor)
    assert "0 new problem reports" in panel
    assert f"{stale} listings need verification" in panel
    assert f'href="{VERIFICATION}"' in panel

    visitor_reports(listing)
    panel = dashboard_panel(editor)
    assert "<strong>1 new problem report</strong>" in panel
    assert f'href="{INBOX}?status=new"' in panel

    visitor_reports(listing, kind="wrong_phone", message="")
    assert "2 new problem reports" in dashboard_panel(editor)


def test_resolved_reports_and_verified_listings_leave_the_counts(editor, listing):
    report = visitor_reports(listing)
    report.status = "resolved"
    report.save()
    stale = stale_listings()
    before = stale.count()
    editor.post(f"{VERIFICATION}{stale.first().pk}/verify/")
    panel = dashboard_panel(editor)
    assert "0 new problem reports" in panel
    expected = f"{before - 1} listing needs" if before == 2 else f"{before - 1} listings need"
    assert expected in panel


def test_the_directory_menu_shows_the_counts_and_holds_the_verification_report(editor, listing):
    stale = stale_listings().count()
    labels = sidebar_labels(editor)
    assert "Problem reports" in labels
    assert f"Directory ({stale})" in labels  # even with the menu closed
    assert f"Needs verification ({stale})" in labels
    assert "Listings needing verification" not in labels  # no longer under Reports

    visitor_reports(listing)
    visitor_reports(listing, kind="wrong_phone", message="")
    labels = sidebar_labels(editor)
    assert "Problem reports (2)" in labels and f"Directory ({stale + 2})" in labels
    page = editor.get("/admin/").content.decode()
    assert VERIFICATION in page
    assert editor.get(VERIFICATION).status_code == 200  # the old address still works


def test_the_counts_are_made_once_per_admin_page_and_never_for_visitors(editor):
    from turnto.directory.admin import panels as admin_panels

    calls = []
    original = admin_panels.stale_listings
    admin_panels.stale_listings = lambda: calls.append(1) or original()
    try:
        editor.get("/admin/")  # the dashboard and the menu share one count
        assert len(calls) == 1
        Client().get("/")
        Client().get("/api/directory/services/")
        assert len(calls) == 1
    finally:
        admin_panels.stale_listings = original


def test_a_problem_report_links_to_its_listing(editor, listing):
    report = visitor_reports(listing)
    edit_url = f"/admin/snippets/directory/service/edit/{listing.pk}/"
    assert edit_url in editor.get(INBOX).content.decode()
    page = editor.get(f"{INBOX}edit/{report.pk}/").content.decode()
    link = re.search(r'<a href="([^"]+)" data-report-listing-link>([^<]+)</a>', page)
    # The listing with its city, and a way back to the report once it is fixed.
    back = f"?next=%2Fadmin%2Fsnippets%2Fdirectory%2Flistingreport%2Fedit%2F{report.pk}%2F"
    assert link and link.group(1) == edit_url + back
    from turnto.directory.admin.problem_reports import listing_with_city

    assert "(" in listing_with_city(listing) and listing_with_city(listing) in link.group(2)
    assert editor.get(edit_url).status_code == 200


def test_a_listing_shows_its_open_problem_reports(editor, listing):
    other = Service.objects.exclude(pk=listing.pk).first()
    report = visitor_reports(listing, message="The side door is locked after 6.")
    elsewhere = visitor_reports(other, message="Wrong floor.")
    resolved = visitor_reports(listing, kind="wrong_phone", message="Old number.")
    resolved.status = "resolved"
    resolved.save()

    page = editor.get(f"/admin/snippets/directory/service/edit/{listing.pk}/").content.decode()
    panel = re.search(r"data-open-problem-reports>(.*?)</div>", page, re.S).group(1)
    assert f'href="{INBOX}edit/{report.pk}/"' in panel
    assert "Wrong opening hours" in panel and "The side door is locked after 6." in panel
    assert "Old number." not in panel and f"{INBOX}edit/{resolved.pk}/" not in panel
    assert f"{INBOX}edit/{elsewhere.pk}/" not in panel
    toggle = re.search(
        r'data-side-panel-toggle="problem_reports".*?data-side-panel-toggle-counter[^>]*>\s*(\d+)',
        page,
        re.S,
    )
    assert toggle and toggle.group(1) == "1"

    page = editor.get(f"/admin/snippets/directory/service/edit/{other.pk}/").content.decode()
    assert "Wrong floor." in page
    quiet = Service.objects.exclude(problem_reports__status="new").first()
    page = editor.get(f"/admin/snippets/directory/service/edit/{quiet.pk}/").content.decode()
    assert "No open problem reports for this listing." in page


def test_a_problem_report_has_no_live_status_or_usage_panel(editor, listing):
    report = visitor_reports(listing)
    page = editor.get(f"{INBOX}edit/{report.pk}/").content.decode()
    assert "Closed on Saturdays now." in page
    assert 'data-side-panel-toggle="status"' not in page
    assert "Used 0 times" not in page and ">Live<" not in page
    # A listing, which is published content, keeps its status panel.
    page = editor.get(f"/admin/snippets/directory/service/edit/{listing.pk}/").content.decode()
    assert 'data-side-panel-toggle="status"' in page


def test_someone_who_cannot_handle_the_work_sees_no_counts(client, django_user_model, listing):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="a-long-reader-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    visitor_reports(listing)
    page = client.get("/admin/").content.decode()
    assert "Work to do in the directory" not in page
    assert "Needs verification" not in page and "Problem reports" not in page
