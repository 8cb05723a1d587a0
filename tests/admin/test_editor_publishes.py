"""An editor logs in to the admin and publishes a page built from every block type,
through the same admin views the browser posts to."""

import html

from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

import pytest

from tests.conftest import find_page
from turnto.directory.models import Service
from turnto.strategies.models import StrategyCard

pytestmark = pytest.mark.django_db


def list_block(items):
    data = {"count": str(len(items))}
    for index, item in enumerate(items):
        data[str(index)] = {"value": item, "deleted": "", "order": str(index), "id": ""}
    return data


def typed_table(columns, rows):
    data = {
        "caption": "",
        "column": {"count": str(len(columns))},
        "row": {"count": str(len(rows))},
        "cell": {},
    }
    for index, (kind, heading) in enumerate(columns):
        data["column"][str(index)] = {
            "type": kind,
            "heading": heading,
            "order": str(index),
            "deleted": "",
        }
    for row_index, values in enumerate(rows):
        data["row"][str(row_index)] = {"order": str(row_index), "deleted": ""}
        data["cell"][str(row_index)] = {str(i): value for i, value in enumerate(values)}
    return data


def every_block(image, card, target, listing):
    return streamfield(
        [
            ("heading", {"text": "Where to start", "level": "h2"}),
            (
                "rich_text",
                rich_text(f'<p>Read <a linktype="page" id="{target.pk}">the facts</a> first.</p>'),
            ),
            ("image", {"image": str(image.pk), "alt_text": "Teal circles", "caption": "A picture"}),
            ("quote", {"text": "Nobody should die alone.", "attribution": "An outreach worker"}),
            (
                "call_to_action",
                {
                    "heading": "Find help",
                    "text": "",
                    "button_label": "Resource guide",
                    "page": str(target.pk),
                    "external_url": "",
                },
            ),
            (
                "principles",
                {
                    "heading": "Principles",
                    "principles": list_block(
                        [{"title": "Pragmatism", "description": "Start where people are."}]
                    ),
                },
            ),
            ("strategy_cards", {"heading": "Approaches", "cards": list_block([str(card.pk)])}),
            (
                "statistic",
                {
                    "figure": "2 mg",
                    "label": "of fentanyl can kill",
                    "source_title": "DEA",
                    "source_url": "https://www.dea.gov/onepill",
                    "as_of": "",
                },
            ),
            (
                "data_table",
                {
                    "title": "Deaths by year",
                    "table": typed_table(
                        [("text", "Year"), ("number", "Deaths")],
                        [["2021", "106699"], ["2022", "107941"]],
                    ),
                    "chart": "line",
                    "summary": "Rising.",
                    "source_title": "CDC",
                    "source_url": "https://www.cdc.gov/",
                },
            ),
            (
                "faq",
                {
                    "heading": "Questions",
                    "items": list_block(
                        [{"question": "Is naloxone safe?", "answer": rich_text("<p>Yes.</p>")}]
                    ),
                },
            ),
            (
                "contact_lines",
                {
                    "heading": "Call",
                    "lines": list_block(
                        [{"kind": "phone", "label": "Lifeline", "value": "988", "description": ""}]
                    ),
                },
            ),
            (
                "video",
                {
                    "url": "https://www.youtube.com/watch?v=abc",
                    "title": "About it",
                    "description": "",
                },
            ),
            (
                "directory_listings",
                {"heading": "Lines", "listings": list_block([]), "scope": "national", "limit": "5"},
            ),
            (
                "directory_listings",
                {
                    "heading": "Our hours",
                    "listings": list_block([str(listing.pk)]),
                    "limit": "1",
                },
            ),
        ]
    )


def test_editor_publishes_a_page_with_every_block(editor, client, api):
    home = Page.objects.get(url_path="/campaign-home/")
    target = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    image = get_image_model().objects.first()
    # An English card (the demo's Spanish translations are cards too): the page is English.
    card = StrategyCard.objects.filter(locale__language_code="en").first()
    listing = Service.objects.filter(scope="local").first()
    data = nested_form_data(
        {
            "title": "Every block",
            "slug": "every-block",
            "intro": "A page built in the admin.",
            "body": every_block(image, card, target, listing),
            "action-publish": "publish",
        }
    )
    response = editor.post(f"/admin/pages/add/campaign/contentpage/{home.pk}/", data)
    assert response.status_code == 302, response.context["form"].errors if response.context else ""

    client.logout()
    page = find_page(api, "/every-block/")
    types = [block["type"] for block in page["body"]]
    assert types == [
        "heading",
        "rich_text",
        "image",
        "quote",
        "call_to_action",
        "principles",
        "strategy_cards",
        "statistic",
        "data_table",
        "faq",
        "contact_lines",
        "video",
        "directory_listings",
        "directory_listings",
    ]
    assert 'href="/facts-and-stats/"' in page["body"][1]["value"]
    assert page["body"][6]["value"]["cards"][0]["title"] == card.title
    national = page["body"][12]["value"]["listings"]
    assert national and all(listing["scope"] == "national" for listing in national)
    chosen = page["body"][13]["value"]["listings"]
    assert [item["id"] for item in chosen] == [str(listing.pk)]


def test_admin_refuses_a_statistic_without_a_source(editor):
    home = Page.objects.get(url_path="/campaign-home/")
    listing = Service.objects.filter(scope="local").first()
    data = nested_form_data(
        {
            "title": "No source",
            "slug": "no-source",
            "intro": "",
            "body": streamfield(
                [
                    (
                        "statistic",
                        {
                            "figure": "9",
                            "label": "x",
                            "source_title": "",
                            "source_url": "",
                            "as_of": "",
                        },
                    ),
                    # A chosen listing survives the form coming back with errors.
                    (
                        "directory_listings",
                        {"heading": "", "listings": list_block([str(listing.pk)]), "limit": "1"},
                    ),
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = editor.post(f"/admin/pages/add/campaign/contentpage/{home.pk}/", data)
    assert response.status_code == 200  # the form comes back with its errors
    assert not Page.objects.filter(slug="no-source").exists()
    assert str(listing.pk) in response.content.decode()


def test_the_editor_still_sees_a_call_to_actions_page_after_it_is_unpublished(editor, api):
    """Visitors lose the link at once; the editor still sees which page was chosen, so saving
    the page again does not drop it."""
    page = Page.objects.get(url_path="/campaign-home/what-is-harm-reduction/").specific

    def visitors_link():
        body = find_page(api, "/what-is-harm-reduction/")["body"]
        return next(b for b in body if b["type"] == "call_to_action")["value"]["page"]

    target = Page.objects.get(id=visitors_link()["id"]).specific
    target.unpublish()
    assert visitors_link() is None

    response = editor.get(f"/admin/pages/{page.pk}/edit/")
    form_state = html.unescape(response.content.decode())
    assert f'"page": {{"id": {target.pk}, "parentId": {target.get_parent().pk}' in form_state


def test_mistakes_on_two_tabs_are_announced_with_both_tabs_names(editor):
    """A news post without its summary (Content tab) and without an address (Promote tab): the
    form comes back naming both tabs; it used to fail with a server error, the tabs' names
    being lazy translations that str.join refused."""
    news = Page.objects.get(url_path="/campaign-home/news/")
    data = nested_form_data(
        {
            "title": "Naloxone training, December",
            "slug": "",
            "date": "2026-12-03",
            "summary": "",
            "body": streamfield([]),
            "action-publish": "publish",
        }
    )
    response = editor.post(f"/admin/pages/add/news/newspage/{news.pk}/", data)
    assert response.status_code == 200
    assert "Open the Content and Promote tabs" in response.content.decode()
