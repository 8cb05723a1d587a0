import pytest

from tests.conftest import CLINIC_HOST


@pytest.mark.parametrize("word", ["naloxone", "fentanyl"])
def test_search_finds_campaign_pages_by_their_words(api, word):
    status, data = api("/api/v2/pages/", search=word, fields="title")
    assert status == 200
    assert data["meta"]["total_count"] >= 1
    titles = [item["title"] for item in data["items"]]
    assert titles, f"nothing found for {word}"


def test_search_is_scoped_to_the_site_asked_for(api):
    _, campaign = api("/api/v2/pages/", search="harm reduction", limit=50)
    _, clinic = api("/api/v2/pages/", host=CLINIC_HOST, search="harm reduction", limit=50)
    campaign_ids = {item["id"] for item in campaign["items"]}
    clinic_ids = {item["id"] for item in clinic["items"]}
    assert campaign_ids and clinic_ids
    assert not campaign_ids & clinic_ids


def test_search_for_nonsense_finds_nothing(api):
    status, data = api("/api/v2/pages/", search="zzqxjkv")
    assert status == 200 and data["items"] == []
