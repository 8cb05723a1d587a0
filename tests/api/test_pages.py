"""The page API as the front end meets it: find a page by its path, then read its detail."""

import json
from urllib.parse import urlparse

import pytest

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST, find_page

EXPECTED_TYPES = {
    "/": "campaign.HomePage",
    "/what-is-harm-reduction/": "campaign.ContentPage",
    "/facts-and-stats/": "campaign.ContentPage",
    "/the-fentanyl-crisis/": "campaign.ContentPage",
    "/resource-guide/": "guide.ResourceGuidePage",
    "/resource-guide/kansas-city/": "guide.CityDirectoryPage",
    "/resource-guide/st-louis/": "guide.CityDirectoryPage",
    "/resource-guide/columbia/": "guide.CityDirectoryPage",
    "/resource-guide/springfield/": "guide.CityDirectoryPage",
    "/resource-guide/jefferson-city/": "guide.CityDirectoryPage",
    "/resource-guide/additional-resources/": "campaign.ContentPage",
    "/news/": "news.NewsIndexPage",
}


@pytest.mark.parametrize("path", CAMPAIGN_PATHS)
def test_every_campaign_page_is_found_by_its_path(api, path):
    page = find_page(api, path)
    assert page["meta"]["type"] == EXPECTED_TYPES[path]
    assert page["title"]
    assert page["meta"]["html_url"].endswith(path)
    assert isinstance(page["body"], list)
    if path != "/news/":
        assert page["body"], f"{path} has no content"
    assert "linktype=" not in json.dumps(page)


def test_news_index_is_titled_and_lists_its_posts_newest_first(api):
    page = find_page(api, "/news/")
    assert page["title"] == "What we have been up to"
    dates = [post["date"] for post in page["posts"]]
    assert len(dates) >= 3
    assert dates == sorted(dates, reverse=True)
    post = page["posts"][0]
    assert post["url"].startswith("/news/") and post["summary"]
    detail = find_page(api, post["url"])
    assert detail["meta"]["type"] == "news.NewsPage"
    assert detail["date"] == post["date"]
    assert isinstance(detail["tags"], list)


def test_resource_guide_lists_the_cities_in_menu_order(api):
    page = find_page(api, "/resource-guide/")
    assert [section["url"] for section in page["sections"]] == CAMPAIGN_PATHS[5:11]
    city = find_page(api, "/resource-guide/kansas-city/")
    assert city["city"] == "Kansas City"


def test_clinic_pages_are_served_for_the_clinic_host(api):
    home = find_page(api, "/", host=CLINIC_HOST)
    campaign_home = find_page(api, "/")
    assert home["id"] != campaign_home["id"]
    status, listing = api("/api/v2/pages/", host=CLINIC_HOST, limit=100)
    paths = {urlparse(p["meta"]["html_url"]).path for p in listing["items"]}
    assert {"/harm-reduction/", "/news/"} <= paths
    # The campaign's pages are not the clinic's.
    status, _ = api("/api/v2/pages/find/", host=CLINIC_HOST, html_path="/facts-and-stats/")
    assert status == 404
    # ?site= picks the site whatever the host, for listings and for find.
    status, listing = api("/api/v2/pages/", site=CLINIC_HOST, limit=100)
    assert {p["id"] for p in listing["items"]} >= {home["id"]}
    article = find_page(api, "/harm-reduction/", site=CLINIC_HOST)
    assert article["meta"]["html_url"].startswith("http://clinic.localhost")


def test_rich_text_leaves_as_html_with_real_links(api):
    page = find_page(api, "/facts-and-stats/")
    rich = [b["value"] for b in page["body"] if b["type"] == "rich_text"]
    assert rich and all("<p" in html for html in rich)
    links = " ".join(rich)
    assert 'href="/' in links, "internal links leave as site paths"


def test_images_leave_as_renditions_with_size_and_alt(api):
    page = find_page(api, "/")
    images = [b["value"]["image"] for b in page["body"] if b["type"] == "image"]
    images.append(page["hero_image"])
    for image in images:
        assert image["url"].startswith("/media/images/")
        assert image["width"] > 0 and image["height"] > 0
        assert image["alt"]
        assert "w, " in image["srcset"]


def test_chosen_cards_and_pages_leave_expanded(api):
    page = find_page(api, "/what-is-harm-reduction/")
    cards_block = next(b for b in page["body"] if b["type"] == "strategy_cards")
    cards = cards_block["value"]["cards"]
    assert len(cards) == 8
    for card in cards:
        assert card["title"] and card["summary"] and card["icon"]
        assert "linktype=" not in card["body"]
    cta = next(b for b in page["body"] if b["type"] == "call_to_action")["value"]
    assert cta["page"]["title"] and cta["url"] == cta["page"]["url"] == "/resource-guide/"


def test_statistics_carry_their_source(api):
    page = find_page(api, "/facts-and-stats/")
    stats = [b["value"] for b in page["body"] if b["type"] == "statistic"]
    assert stats
    for stat in stats:
        assert stat["figure"] and stat["source_title"] and stat["source_url"].startswith("https://")
    table = next(b["value"] for b in page["body"] if b["type"] == "data_table")
    assert table["source_url"].startswith("https://")
    numbers = [row["values"][1] for row in table["table"]["rows"]]
    assert all(isinstance(n, float) for n in numbers)


def test_contact_lines_carry_dialable_links(api):
    page = find_page(api, "/resource-guide/additional-resources/")
    lines = [
        line for b in page["body"] if b["type"] == "contact_lines" for line in b["value"]["lines"]
    ]
    assert any(line["href"] == "tel:988" for line in lines)
    assert all(line["href"].startswith(("tel:", "sms:", "https://")) for line in lines)


def test_video_is_stored_as_an_address_only(api):
    page = find_page(api, "/what-is-harm-reduction/")
    video = next(b["value"] for b in page["body"] if b["type"] == "video")
    assert video["provider"] == "youtube" and video["title"]
    assert set(video) == {"url", "title", "description", "provider"}


def test_rich_text_format_can_still_be_chosen_per_request(api):
    page = find_page(api, "/facts-and-stats/", rich_text_format="db_html")
    assert "linktype=" in json.dumps(page), "db_html keeps Wagtail's references on request"


def test_child_of_and_descendant_of_together_narrow_to_both(api):
    """Wagtail refuses the pair; the API takes it, as its OpenAPI document says."""
    _, guide = api("/api/v2/pages/find/", html_path="/resource-guide/")
    _, children = api("/api/v2/pages/", child_of=guide["id"], limit=100)
    status, both = api("/api/v2/pages/", child_of=guide["id"], descendant_of=guide["id"], limit=100)
    assert status == 200 and both["meta"]["total_count"] == children["meta"]["total_count"] > 0
    _, home = api("/api/v2/pages/find/", html_path="/")
    status, none = api("/api/v2/pages/", child_of=home["id"], descendant_of=guide["id"])
    assert status == 200 and none["meta"]["total_count"] == 0


def test_a_page_carries_what_its_head_needs(api):
    """seo.js writes the head the server does (website.entry) from the page's detail: the
    picture a shared link shows, at its size; the breadcrumb trail; a post's dates."""
    city = find_page(api, "/resource-guide/kansas-city/")
    assert city["meta"]["breadcrumbs"] == [
        {"title": "Resource guide", "url": "/resource-guide/"},
        {"title": city["title"], "url": "/resource-guide/kansas-city/"},
    ]
    share = city["meta"]["share_image"]
    assert (share["width"], share["height"]) == (1200, 630) and share["alt"]
    home = find_page(api, "/")
    assert home["meta"]["breadcrumbs"] == []
    assert home["meta"]["share_image"]["url"] != share["url"], "the home page's own hero"
    _, posts = api("/api/v2/pages/", type="news.NewsPage", fields="date,last_published_at")
    post = posts["items"][0]
    assert post["date"] and post["meta"]["last_published_at"]
    # Detail only: a listing does not pay for renditions.
    assert "share_image" not in post["meta"] and "breadcrumbs" not in post["meta"]
    _, shell = api("/api/v2/site/")
    assert shell["site"]["organisation_type"] == "Organization"
    assert shell["site"]["share_image"]["url"] == share["url"], "the site's own share image"
