"""The page tree (core.page_tree) answers where pages are without asking the database each
time; these tests check that it never answers with something an edit has changed."""

from django.core.cache import cache
from django.db import transaction

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from turnto.core.content_generation import generation
from turnto.strategies.models import StrategyCard

from ..conftest import find_page

pytestmark = pytest.mark.django_db


def cta(page):
    return next(b for b in page["body"] if b["type"] == "call_to_action")["value"]


def test_a_page_is_found_with_its_parent_and_links_from_the_tree(api):
    page = find_page(api, "/what-is-harm-reduction/")
    assert page["meta"]["parent"]["title"] == find_page(api, "/")["title"]
    assert page["meta"]["parent"]["meta"]["html_url"] == "http://localhost/"
    # A site's home page has no parent within its site.
    assert find_page(api, "/")["meta"]["parent"] is None
    assert cta(page)["page"]["url"].startswith("/")
    # ?type= still narrows what find may answer.
    assert (
        api("/api/v2/pages/find/", html_path="/facts-and-stats/", type="campaign.ContentPage")[0]
        == 200
    )
    assert api("/api/v2/pages/find/", html_path="/facts-and-stats/", type="news.NewsPage")[0] == 404


def test_a_card_never_links_to_a_private_page(api):
    def cards():
        page = find_page(api, "/what-is-harm-reduction/")
        return [
            c for b in page["body"] if b["type"] == "strategy_cards" for c in b["value"]["cards"]
        ]

    card = next(
        c
        for c in cards()
        if c["learn_more"] and c["learn_more"]["url"] != "/what-is-harm-reduction/"
    )
    target = Page.objects.get(id=card["learn_more"]["id"])
    assert card["learn_more"]["title"] == target.title
    PageViewRestriction.objects.create(page=target, restriction_type="password", password="x")
    assert next(c for c in cards() if c["id"] == card["id"])["learn_more"] is None


def test_a_page_renamed_behind_the_signals_back_shows_once_the_cache_is_lost(api):
    """Should the cache lose the generation counter (a Redis restart), its next value must be
    one no process has built a tree under: else a stale tree would be used for ever."""
    target_id = cta(find_page(api, "/what-is-harm-reduction/"))["page"]["id"]
    Page.objects.filter(id=target_id).update(
        title="Renamed quietly"
    )  # no signal, no new generation
    cache.clear()
    assert cta(find_page(api, "/what-is-harm-reduction/"))["page"]["title"] == "Renamed quietly"


def test_the_generation_moves_again_when_an_edit_is_committed(django_capture_on_commit_callbacks):
    card = StrategyCard.objects.first()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            card.save()
            StrategyCard.objects.last().save()
            during = generation()
    # Another process may have answered from the old rows under `during`: it must not last.
    assert generation() != during
    assert len(callbacks) == 1, "one move after commit, however many rows the edit saves"


def test_a_rolled_back_edit_does_not_stop_later_ones_moving_the_generation_on_commit(
    django_capture_on_commit_callbacks,
):
    card = StrategyCard.objects.first()
    with pytest.raises(RuntimeError), transaction.atomic():
        card.save()
        raise RuntimeError("the editor's save failed")
    with django_capture_on_commit_callbacks() as callbacks:
        card.save()
    assert len(callbacks) == 1


def test_detail_and_find_by_id_answer_only_visible_pages_of_the_requests_site(api):
    clinic_page = Site.objects.get(hostname="clinic.localhost").root_page.get_children().live()[0]
    assert api(f"/api/v2/pages/{clinic_page.pk}/", host="clinic.localhost")[0] == 200
    assert api(f"/api/v2/pages/{clinic_page.pk}/")[0] == 404, "not on the campaign's host"
    assert api("/api/v2/pages/find/", id=clinic_page.pk)[0] == 404

    guide = Page.objects.get(url_path="/campaign-home/resource-guide/")
    city = guide.get_children().live().first()
    assert api(f"/api/v2/pages/{city.pk}/")[0] == 200
    PageViewRestriction.objects.create(page=guide, restriction_type="password", password="x")
    # A restriction hides everything under its page too.
    assert api(f"/api/v2/pages/{city.pk}/")[0] == 404
    assert api("/api/v2/pages/find/", id=city.pk)[0] == 404
