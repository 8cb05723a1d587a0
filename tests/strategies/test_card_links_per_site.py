"""A strategy card is written once and shown on several sites: its "More about" link is the page
of the site that shows it, never another organisation's page."""

import re

from wagtail.models import Page, Site

import pytest

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST
from tests.website.test_entry import public_pages
from turnto.strategies.models import StrategyCard, StrategyCardPage

pytestmark = pytest.mark.django_db


def card_links(api, host, path):
    status, page = api("/api/v2/pages/find/", host=host, html_path=path)
    assert status == 200
    return [
        card
        for block in page["body"]
        if block["type"] == "strategy_cards"
        for card in block["value"]["cards"]
    ]


@pytest.mark.parametrize("host", ["localhost", CLINIC_HOST])
def test_no_page_of_a_site_links_to_another_sites_page(client, host):
    """Every link in every first response stays on the site (or leaves for another web site,
    never for the other organisation's pages)."""
    other = CLINIC_HOST if host == "localhost" else "localhost"
    other_site = Site.objects.get(hostname=other)
    for path, _page in public_pages(host):
        body = client.get(path, HTTP_HOST=host).content.decode()
        main = re.search(r"<main[^>]*>(.*)</main>", body, re.S)[1]
        hrefs = re.findall(r'href="([^"]*)"', main)
        assert not [h for h in hrefs if f"//{other_site.hostname}" in h], (host, path)


def test_the_clinic_shows_its_own_page_for_a_shared_card(api):
    campaign = {c["title"]: c["learn_more"] for c in card_links(api, "localhost", "/")}
    clinic = {c["title"]: c["learn_more"] for c in card_links(api, CLINIC_HOST, "/")}
    shared = set(campaign) & set(clinic)
    assert shared, "the demo's home pages share cards"
    for title in shared:
        for links, host in ((campaign, "localhost"), (clinic, CLINIC_HOST)):
            if links[title] is None:
                continue
            page = Page.objects.get(id=links[title]["id"])
            assert page.get_site().hostname == host, (title, host)
            assert links[title]["url"].startswith("/"), links[title]


def test_a_card_with_no_page_on_this_site_shows_no_link(api):
    card = StrategyCard.objects.get(title="Medication for opioid use disorder")
    clinic_root = Site.objects.get(hostname=CLINIC_HOST).root_page
    card.learn_more_pages.filter(page__path__startswith=clinic_root.path).delete()
    clinic = {c["title"]: c for c in card_links(api, CLINIC_HOST, "/")}
    campaign = {c["title"]: c for c in card_links(api, "localhost", "/what-is-harm-reduction/")}
    if card.title in clinic:
        assert clinic[card.title]["learn_more"] is None
    assert campaign[card.title]["learn_more"]["url"] == "/resource-guide/"


def test_a_card_links_to_the_first_page_of_this_site_an_editor_chose(api):
    card = StrategyCard.objects.get(title="Medication for opioid use disorder")
    facts = Page.objects.get(url_path="/campaign-home/facts-and-stats/")
    card.learn_more_pages.all().delete()
    StrategyCardPage.objects.create(card=card, page=facts, sort_order=0)
    campaign = {c["title"]: c for c in card_links(api, "localhost", "/what-is-harm-reduction/")}
    assert campaign[card.title]["learn_more"]["url"] == "/facts-and-stats/"


def test_no_card_links_to_the_page_it_is_on(client):
    for path in CAMPAIGN_PATHS:
        main = client.get(path, HTTP_HOST="localhost").content.decode()
        assert f'class="card__link" href="{path}"' not in main, path


def test_the_admin_says_which_site_each_page_is_on(editor):
    card = StrategyCard.objects.get(title="Medication for opioid use disorder")
    listing = editor.get("/admin/snippets/strategies/strategycard/").content.decode()
    assert "Learn more on" in listing
    form = editor.get(f"/admin/snippets/strategies/strategycard/edit/{card.pk}/").content.decode()
    assert "Visitors see the page of the site they are on" in form
