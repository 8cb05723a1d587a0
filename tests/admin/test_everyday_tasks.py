"""The everyday tasks of the second editors' round (issue 22), as the admin answers them: a city
placed alphabetically and listed from the page tree, a page renamed with its address, reports
that name the city and lead back, one way off the site, a calmer listing form, and the small
things (alt text from the image, verification by city, the admin search finding listings)."""

import json
import re

from django.core.cache import cache
from django.test import Client

from wagtail.models import Page

import pytest

from turnto.directory.admin.forms import language_codes
from turnto.directory.models import ListingReport, Organization, Service
from turnto.guide.models import ResourceGuidePage

pytestmark = pytest.mark.django_db
LISTINGS = "/admin/snippets/directory/service/"


@pytest.fixture(autouse=True)
def no_rate_limit_left_over():
    cache.clear()
    yield
    cache.clear()


def guide():
    return ResourceGuidePage.objects.get(url_path="/campaign-home/resource-guide/")


def child_titles(page):
    return [child.title for child in page.get_children().order_by("path")]


# --- Add a city (item 5) ----------------------------------------------------------------------


def add_city(editor, title, action="action-publish"):
    url = f"/admin/pages/add/guide/citydirectorypage/{guide().pk}/"
    form = editor.get(url).context["form"]
    data = {name: "" for name in form.fields}
    data.update(
        {
            "title": title,
            "slug": title.lower().replace(" ", "-"),
            "city": title,
            "body-count": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            action: "1",
        }
    )
    return editor.post(url, data)


def test_a_new_city_takes_its_alphabetical_place_before_the_other_pages(editor):
    response = add_city(editor, "Joplin")
    assert response.status_code == 302, response.content[:2000]
    titles = child_titles(guide())
    assert titles == [
        "Columbia",
        "Jefferson City",
        "Joplin",
        "Kansas City",
        "Springfield",
        "St. Louis",
        "Additional resources",
    ]
    # After every city, before the guide's other page.
    add_city(editor, "Warrensburg")
    assert child_titles(guide())[-2:] == ["Warrensburg", "Additional resources"]


def test_an_order_set_by_hand_is_kept_and_the_new_city_fits_in(editor):
    # An editor put "Additional resources" first, by hand: it stays there.
    extra = guide().get_children().get(slug="additional-resources")
    extra.move(guide(), pos="first-child")
    add_city(editor, "Aurora")
    titles = child_titles(guide())
    assert titles[0] == "Additional resources" and titles[1] == "Aurora"


def test_add_a_city_is_offered_in_the_directory_menu_and_on_the_guide(editor):
    response = editor.get("/admin/guide/add-city/")
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/add/guide/citydirectorypage/{guide().pk}/"
    menu = editor.get("/admin/").content.decode()
    assert "Add a city" in menu
    explorer = editor.get(f"/admin/pages/{guide().get_parent().pk}/").content.decode()
    assert "data-add-city" in explorer
    edit = editor.get(f"/admin/pages/{guide().pk}/edit/").content.decode()
    assert f"/admin/pages/add/guide/citydirectorypage/{guide().pk}/" in edit


def test_someone_who_may_not_add_pages_gets_no_add_a_city(client, django_user_model):
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("reader", password="a-long-reader-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert "Add a city" not in client.get("/admin/").content.decode()
    response = client.get("/admin/guide/add-city/", follow=True)
    assert response.status_code == 200 and "may not add a city" in response.content.decode()


def test_the_home_page_lists_the_cities_from_the_tree(editor, api):
    add_city(editor, "Joplin")
    status, home = api("/api/v2/pages/find/?html_path=/")
    assert status == 200
    cta = next(
        block["value"]
        for block in home["body"]
        if block["type"] == "call_to_action" and block["value"]["pages"]
    )
    titles = [page["title"] for page in cta["pages"]]
    assert titles[:3] == ["Columbia", "Jefferson City", "Joplin"]
    assert titles[-1] == "Additional resources"
    assert all(page["url"].startswith("/resource-guide/") for page in cta["pages"])
    # The words no longer name the cities by hand.
    assert "Kansas City" not in cta["text"]


def test_a_list_of_pages_needs_a_page_of_this_site():
    from django.core.exceptions import ValidationError

    from turnto.core.blocks import CallToActionBlock

    block = CallToActionBlock()
    value = block.to_python(
        {
            "heading": "Elsewhere",
            "text": "",
            "button_label": "Go",
            "page": None,
            "external_url": "https://example.org/",
            "list_pages": True,
        }
    )
    with pytest.raises(ValidationError):
        block.clean(value)


# --- Rename with the address (item 4) ---------------------------------------------------------


def edit_page_data(editor, page, **changes):
    form = editor.get(f"/admin/pages/{page.pk}/edit/").context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None or name.startswith(("body", "comments")):
            continue
        data[name] = "on" if value is True else ("" if value is False else value)
    data.update(
        {
            "body-count": "0",
            "comments-TOTAL_FORMS": "0",
            "comments-INITIAL_FORMS": "0",
            "comments-MIN_NUM_FORMS": "0",
            "comments-MAX_NUM_FORMS": "1000",
            **changes,
        }
    )
    data = {key: value for key, value in data.items() if value != ""}
    return data


def test_a_renamed_page_can_take_the_address_of_its_new_title(
    editor, django_capture_on_commit_callbacks
):
    page = Page.objects.get(url_path="/campaign-home/the-fentanyl-crisis/")
    form = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "Change the address to match the title" in form
    data = edit_page_data(
        editor, page, title="Fentanyl, plainly", rename_address="on", **{"action-publish": "1"}
    )
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail's 301, made on commit
        response = editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.slug == "fentanyl-plainly" and page.url_path.endswith("/fentanyl-plainly/")
    # The old address leads to the new one, for good.
    old = Client().get("/the-fentanyl-crisis/", HTTP_HOST="localhost")
    assert old.status_code == 301 and old["Location"].endswith("/fentanyl-plainly/")


def test_without_the_box_a_renamed_page_keeps_its_address(editor):
    page = Page.objects.get(url_path="/campaign-home/the-fentanyl-crisis/")
    data = edit_page_data(editor, page, title="Fentanyl, plainly", **{"action-publish": "1"})
    data.pop("rename_address", None)
    assert editor.post(f"/admin/pages/{page.pk}/edit/", data).status_code == 302
    page.refresh_from_db()
    assert page.title == "Fentanyl, plainly" and page.slug == "the-fentanyl-crisis"


def test_a_taken_address_is_refused_with_a_message(editor):
    page = Page.objects.get(url_path="/campaign-home/the-fentanyl-crisis/")
    data = edit_page_data(
        editor, page, title="Facts and stats", rename_address="on", **{"action-publish": "1"}
    )
    response = editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors["rename_address"]
    assert "already has the address “/facts-and-stats/”" in errors[0]


def test_a_new_page_is_not_offered_the_box(editor):
    response = editor.get(f"/admin/pages/add/guide/citydirectorypage/{guide().pk}/")
    assert "rename_address" not in response.context["form"].fields


# --- Problem reports (item 7) -----------------------------------------------------------------


def visitor_reports(listing, message="Closed on Saturdays now."):
    response = Client(REMOTE_ADDR="203.0.113.7").post(
        f"/api/directory/services/{listing.pk}/reports/",
        json.dumps({"kind": "wrong_hours", "message": message}),
        content_type="application/json",
    )
    assert response.status_code == 201, response.content
    return ListingReport.objects.filter(service=listing).latest("created_at")


def columbia_listing():
    return Service.objects.filter(location__city="Columbia", live=True).order_by("name").first()


def test_the_reports_name_the_city_of_their_listing(editor):
    listing = columbia_listing()
    visitor_reports(listing)
    page = editor.get("/admin/snippets/directory/listingreport/").content.decode()
    assert f"{listing.name} (Columbia)" in page
    # Searching the reports by city finds them.
    page = editor.get("/admin/snippets/directory/listingreport/?q=Columbia").content.decode()
    assert f"{listing.name} (Columbia)" in page


def test_publishing_a_listing_opened_from_a_report_returns_to_the_report(editor):
    from tests.directory.test_listing_drafts import listing_form

    listing = columbia_listing()
    report = visitor_reports(listing)
    back = f"/admin/snippets/directory/listingreport/edit/{report.pk}/"
    url = f"{LISTINGS}edit/{listing.pk}/?next={back}"
    form = editor.get(url).content.decode()
    # The form posts back with the way home.
    assert re.search(r'action="[^"]*\?next=%2Fadmin%2Fsnippets%2Fdirectory%2Flistingreport', form)
    data = listing_form(listing.organization, listing.location, name=listing.name)
    data["action-publish"] = "1"
    response = editor.post(url, data)
    assert response.status_code == 302 and response["Location"] == back
    # Another site's address is never followed.
    response = editor.post(f"{LISTINGS}edit/{listing.pk}/?next=https://evil.example/", data)
    assert response.status_code == 302 and "evil" not in response["Location"]


def test_a_report_is_marked_handled_from_its_listing(editor):
    listing = columbia_listing()
    report = visitor_reports(listing, message="The side door is locked (handled).")
    page = editor.get(f"{LISTINGS}edit/{listing.pk}/").content.decode()
    assert "Mark handled" in page
    # Its form carries the CSRF token (a browser's POST is refused without it).
    form = re.search(
        r'<form method="post" action="/admin/directory/problem-reports/.*?</form>', page, re.S
    )
    assert re.search(r'name="csrfmiddlewaretoken" value="[^"]+"', form.group(0))
    response = editor.post(
        f"/admin/directory/problem-reports/{report.pk}/resolve/?next={LISTINGS}edit/{listing.pk}/"
    )
    assert response.status_code == 302 and response["Location"] == f"{LISTINGS}edit/{listing.pk}/"
    report.refresh_from_db()
    assert report.status == "resolved" and report.resolved_by.username == "editor"
    page = editor.get(f"{LISTINGS}edit/{listing.pk}/").content.decode()
    assert "The side door is locked (handled)." not in page
    # Only by POST, and only by someone who handles reports.
    assert editor.get(f"/admin/directory/problem-reports/{report.pk}/resolve/").status_code == 405
    assert editor.post("/admin/directory/problem-reports/999999/resolve/").status_code == 404


def test_someone_without_the_reports_permission_cannot_mark_one_handled(client, django_user_model):
    from django.contrib.auth.models import Permission

    report = visitor_reports(columbia_listing())
    user = django_user_model.objects.create_user("reader", password="a-long-reader-password")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    # Wagtail's answer to a refused admin action: back to the dashboard, with its message.
    response = client.post(f"/admin/directory/problem-reports/{report.pk}/resolve/")
    assert response.status_code in (302, 403)
    report.refresh_from_db()
    assert report.status == "new"


# --- One way off the site (item 3) ------------------------------------------------------------


def visitors_see(editor, listing):
    page = editor.get(f"{LISTINGS}?q={listing.name}").content.decode()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    return text


def test_the_list_says_what_a_visitor_sees(editor):
    listing = columbia_listing()
    assert "Visitors see" in editor.get(LISTINGS).content.decode()
    assert "On the site · open" in visitors_see(editor, listing)
    listing.unpublish()
    assert "Off the site (taken off)" in visitors_see(editor, listing)


def test_the_status_offers_open_and_closed_for_now_only(editor):
    listing = columbia_listing()
    form = editor.get(f"{LISTINGS}edit/{listing.pk}/").context["form"]
    choices = dict(form.fields["status"].choices)
    assert list(choices) == ["active", "temporarily closed"]
    assert choices["active"] == "Open"
    # A listing closed for good before keeps its value, said plainly.
    listing.status = "defunct"
    listing.save()
    form = editor.get(f"{LISTINGS}edit/{listing.pk}/").context["form"]
    assert "not shown to visitors" in dict(form.fields["status"].choices)["defunct"]


def test_the_footer_says_take_off_the_site_and_put_back(editor):
    listing = columbia_listing()
    page = editor.get(f"{LISTINGS}edit/{listing.pk}/").content.decode()
    assert "Take off the site" in page and ">Unpublish<" not in page
    listing.unpublish()
    page = editor.get(f"{LISTINGS}edit/{listing.pk}/").content.decode()
    assert "Put back on the site" in page


# --- The new-listing form (item 6) ------------------------------------------------------------


def test_languages_are_chosen_by_name_and_kept_as_codes():
    assert language_codes("English, Spanish") == ["en", "es"]
    assert language_codes("en, es") == ["en", "es"]
    assert language_codes("español, Somali, english") == ["es", "so", "en"]
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="Klingonese"):
        language_codes("English, Klingonese")
    with pytest.raises(ValidationError):
        language_codes(" , ")


def test_the_listing_form_shows_names_and_a_new_listing_is_not_autosaved(editor):
    listing = columbia_listing()
    form = editor.get(f"{LISTINGS}edit/{listing.pk}/").context["form"]
    assert form.initial["languages"].startswith("English")
    response = editor.get(f"{LISTINGS}add/")
    assert response.context["autosave_enabled"] is False
    assert "datalist" in response.content.decode()


def test_a_new_listing_is_created_and_published(editor):
    from tests.directory.test_listing_drafts import columbia, listing_form

    data = listing_form(*columbia(), name="Brand new drop-in hours", languages="English, Spanish")
    data["action-publish"] = "1"
    response = editor.post(f"{LISTINGS}add/", data, follow=True)
    assert "created and published" in response.content.decode()
    new = Service.objects.get(name="Brand new drop-in hours")
    assert new.live and new.languages == "en, es"


def test_new_location_fills_in_the_chosen_organization(editor):
    organization = Organization.objects.order_by("name").first()
    response = editor.get(
        f"/admin/snippets/choose/directory/location/?organization={organization.pk}"
    )
    form = response.context["creation_form"]
    assert str(form["organization"].value()) == str(organization.pk)
    # Anything else is no organization: nothing filled in, no error.
    response = editor.get("/admin/snippets/choose/directory/location/?organization=nonsense")
    assert (
        response.status_code == 200
        and response.context["creation_form"]["organization"].value() is None
    )
    # The listing form's place chooser sends the organization chosen.
    page = editor.get(f"{LISTINGS}add/").content.decode()
    assert "#id_organization" in page


# --- Small things (item 8) --------------------------------------------------------------------


def test_an_image_block_takes_the_images_description_as_its_alt_text():
    from django.core.exceptions import ValidationError

    from wagtail.images.models import Image

    from turnto.core.blocks import ImageBlock

    image = Image.objects.exclude(description="").first()
    block = ImageBlock()
    value = block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))
    assert value["alt_text"] == image.description
    value = block.clean(block.to_python({"image": image.pk, "alt_text": "Mine", "caption": ""}))
    assert value["alt_text"] == "Mine"
    image.description = ""
    image.save()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"image": image.pk, "alt_text": "", "caption": ""}))


def test_needs_verification_by_city_and_order(editor):
    Service.objects.filter(live=True).update(assured_date=None)
    page = editor.get("/admin/directory/needs-verification/?city=Columbia&sort=city")
    listings = list(page.context["listings"])
    assert listings and all(listing.location.city == "Columbia" for listing in listings)
    assert "Columbia" in page.context["cities"]
    # Anything else is every city, by date: never an error.
    page = editor.get("/admin/directory/needs-verification/?city=Atlantis&sort=nonsense")
    assert page.status_code == 200 and page.context["city"] == "" and page.context["sort"] == "date"
    by_city = [s.location.city if s.location else "" for s in page.context["listings"]]
    page = editor.get("/admin/directory/needs-verification/?sort=city")
    cities = [s.location.city if s.location else "" for s in page.context["listings"] if s.location]
    assert cities == sorted(cities) and by_city


def test_last_verified_before_is_a_date_field(editor):
    page = editor.get(LISTINGS).content.decode()
    assert re.search(r'<input[^>]*type="date"[^>]*name="assured_date"', page) or re.search(
        r'<input[^>]*name="assured_date"[^>]*type="date"', page
    )


def test_the_admin_search_finds_listings_organizations_and_places(editor):
    page = editor.get("/admin/pages/search/?q=Night+Outreach").content.decode()
    assert re.search(r"Listings \(\d+\)", page)
    count = int(re.search(r"Listings \((\d+)\)", page).group(1))
    assert count >= 1
    assert "/admin/snippets/directory/service/?q=Night" in page
    assert "Organizations (" in page and "Places (" in page


def test_the_page_list_says_a_page_is_private(editor):
    from wagtail.models import PageViewRestriction

    page = Page.objects.get(url_path="/campaign-home/the-fentanyl-crisis/")
    before = editor.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert "data-private-page" not in before
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    after = editor.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    assert "data-private-page" in after and "<small>Private</small>" in after


@pytest.mark.parametrize("slug", ["es", "offline", "report-a-problem", "safety", "buscar"])
def test_an_address_the_site_uses_itself_is_refused_for_a_top_level_page(editor, slug):
    # A page at "/es/" would hide behind the Spanish home, one at "/offline/" behind the
    # offline page: visitors could never reach it.
    page = Page.objects.get(url_path="/campaign-home/the-fentanyl-crisis/")
    data = edit_page_data(editor, page, slug=slug, **{"action-publish": "1"})
    response = editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert f"“/{slug}/” is used by the site itself" in response.context["form"].errors["slug"][0]
