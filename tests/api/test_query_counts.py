"""A page's query count must not grow with its blocks, cards or children: 3 or 30, the same.

These are the counts a cheap server pays for every visitor, so a regression here is a
regression every visitor feels.
"""

import json
import uuid

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.images import get_image_model
from wagtail.models import Page

import pytest

from turnto.campaign.models import ContentPage
from turnto.guide.models import CityDirectoryPage, ResourceGuidePage
from turnto.news.models import NewsIndexPage, NewsPage
from turnto.strategies.models import StrategyCard

pytestmark = pytest.mark.django_db


def count_queries(client, url, host="localhost"):
    client.get(url, HTTP_HOST=host)  # warm up: renditions are generated on first use
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, response.content[:500]
    return len(queries), response.json()


def every_kind_of_block(n, image, cards, target):
    """n repetitions of the blocks that reach other rows: images, cards, pages, rich links."""
    blocks = []
    for i in range(n):
        blocks += [
            ("heading", {"text": f"Section {i}", "level": "h2"}),
            ("rich_text", f'<p>See <a linktype="page" id="{target.pk}">this page</a> {i}.</p>'),
            ("image", {"image": image.pk, "alt_text": f"Picture {i}", "caption": ""}),
            ("strategy_cards", {"heading": "", "cards": [card.pk for card in cards[:2]]}),
            (
                "call_to_action",
                {
                    "heading": "Go",
                    "text": "",
                    "button_label": "Go",
                    "page": target.pk,
                    "external_url": "",
                },
            ),
        ]
    return json.dumps([{"type": t, "value": v, "id": str(uuid.uuid4())} for t, v in blocks])


def content_page(parent, slug, body):
    page = ContentPage(title=slug, slug=slug, body=body)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def home():
    return Page.objects.get(url_path="/campaign-home/")


@pytest.fixture
def image():
    return get_image_model().objects.first()


def test_page_detail_queries_do_not_grow_with_blocks(client, home, image):
    cards = list(StrategyCard.objects.all())
    target = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    few = content_page(home, "few-blocks", every_kind_of_block(3, image, cards, target))
    many = content_page(home, "many-blocks", every_kind_of_block(30, image, cards, target))
    few_count, few_data = count_queries(client, f"/api/v2/pages/{few.pk}/")
    many_count, many_data = count_queries(client, f"/api/v2/pages/{many.pk}/")
    assert len(many_data["body"]) == 10 * len(few_data["body"])
    assert few_count == many_count, (few_count, many_count)


def test_strategy_card_queries_do_not_grow_with_cards(client, home, image):
    for i in range(30):
        StrategyCard.objects.create(title=f"Card {i:02}", summary="s", icon="heart", image=image)
    # The English cards (the demo's Spanish translations are cards too, in another locale).
    cards = list(StrategyCard.objects.filter(locale__language_code="en"))

    def with_cards(k):
        return json.dumps(
            [
                {
                    "type": "strategy_cards",
                    "value": {"heading": "", "cards": [c.pk for c in cards[:k]]},
                }
            ]
        )

    few = content_page(home, "few-cards", with_cards(3))
    many = content_page(home, "many-cards", with_cards(30))
    few_count, _ = count_queries(client, f"/api/v2/pages/{few.pk}/")
    many_count, data = count_queries(client, f"/api/v2/pages/{many.pk}/")
    assert len(data["body"][0]["value"]["cards"]) == 30
    assert data["body"][0]["value"]["cards"][0]["image"]["url"]
    assert few_count == many_count, (few_count, many_count)


def news_index_with(home, slug, n, image):
    index = NewsIndexPage(title=slug, slug=slug)
    home.add_child(instance=index)
    index.save_revision().publish()
    for i in range(n):
        post = NewsPage(
            title=f"Post {i}", slug=f"post-{i}", summary="s", date="2026-01-01", image=image
        )
        index.add_child(instance=post)
        post.save_revision().publish()
    return index


def test_news_index_and_listing_queries_do_not_grow_with_children(client, home, image):
    few = news_index_with(home, "few-news", 3, image)
    many = news_index_with(home, "many-news", 30, image)
    few_count, _ = count_queries(client, f"/api/v2/pages/{few.pk}/")
    many_count, data = count_queries(client, f"/api/v2/pages/{many.pk}/")
    assert len(data["posts"]) == 30
    assert few_count == many_count, ("detail", few_count, many_count)

    listing = "/api/v2/pages/?child_of={}&type=news.NewsPage&fields=date,summary,tags&limit=50"
    few_count, _ = count_queries(client, listing.format(few.pk))
    many_count, data = count_queries(client, listing.format(many.pk))
    assert data["meta"]["total_count"] == 30
    assert few_count == many_count, ("listing", few_count, many_count)


def test_resource_guide_queries_do_not_grow_with_cities(client, home):
    guides = []
    for n in (3, 30):
        guide = ResourceGuidePage(title="Guide", slug=f"guide-{n}")
        home.add_child(instance=guide)
        guide.save_revision().publish()
        for i in range(n):
            city = CityDirectoryPage(title=f"City {i}", slug=f"city-{i}", city=f"City {i}")
            guide.add_child(instance=city)
            city.save_revision().publish()
        guides.append(guide)
    few_count, _ = count_queries(client, f"/api/v2/pages/{guides[0].pk}/")
    many_count, data = count_queries(client, f"/api/v2/pages/{guides[1].pk}/")
    assert len(data["sections"]) == 30
    assert few_count == many_count, (few_count, many_count)


def test_site_shell_queries_do_not_grow_with_menu_pages(client, home):
    before, _ = count_queries(client, "/api/v2/site/")
    for i in range(30):
        page = ContentPage(title=f"Extra {i}", slug=f"extra-{i}")
        home.add_child(instance=page)
        page.save_revision().publish()
    after, data = count_queries(client, "/api/v2/site/")
    assert len(data["navigation"]) >= 36
    assert before == after, (before, after)
