"""The demo sites: complete, loaded once however often `make run` starts, and truthful."""

import io
import json
import re
from pathlib import Path

from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Site

import pytest

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST, find_page
from turnto.core.models import SiteSettings
from turnto.strategies.models import StrategyCard

pytestmark = pytest.mark.django_db
SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"
# The only real phone lines demo content may name; anything else must be a 555-01xx example.
REAL_LINES = {"911", "988", "18006624357", "18004843731", "18002221222"}
PHONE = re.compile(
    r"(?<![\w/=.-])(?:\+?1[ .-]?)?(?:\(?\d{3}\)?[ .-]?)?\d{3}[ .-]\d{4}(?!\w)|\b9[18]{2}\b"
)


def counts():
    return (
        Site.objects.count(),
        Page.objects.count(),
        StrategyCard.objects.count(),
        get_image_model().objects.count(),
        SiteSettings.objects.count(),
    )


def test_running_it_again_creates_nothing():
    before = counts()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert counts() == before
    assert "nothing new" in out.getvalue()


def test_a_deleted_demo_page_comes_back_and_nothing_else_is_touched():
    page = Page.objects.get(url_path="/campaign-home/resource-guide/columbia/")
    kansas = Page.objects.get(url_path="/campaign-home/resource-guide/kansas-city/").specific
    kansas.title = "Kansas City (edited)"
    kansas.save_revision().publish()
    page.delete()
    call_command("load_demo", stdout=io.StringIO())
    assert Page.objects.filter(url_path="/campaign-home/resource-guide/columbia/").exists()
    kansas.refresh_from_db()
    assert kansas.title == "Kansas City (edited)"


def test_both_sites_exist_with_the_campaign_as_default():
    campaign = Site.objects.get(is_default_site=True)
    clinic = Site.objects.get(hostname=CLINIC_HOST)
    assert campaign.hostname == "localhost"
    assert campaign.root_page.specific_class.__name__ == "HomePage"
    assert clinic.root_page.specific_class.__name__ == "HomePage"
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_the_eight_approaches_are_strategy_cards():
    # Each in English, and each translated into Spanish (demo.spanish_directory).
    assert StrategyCard.objects.filter(locale__language_code="en").count() == 8
    assert StrategyCard.objects.filter(locale__language_code="es").count() == 8


def test_clinic_has_its_four_posts(api):
    index = find_page(api, "/news/", host=CLINIC_HOST)
    assert len(index["posts"]) == 4


def all_demo_text(api):
    texts = []
    for path in CAMPAIGN_PATHS:
        texts.append(json.dumps(find_page(api, path)))
    _, clinic = api("/api/v2/pages/", host=CLINIC_HOST, limit=100)
    for item in clinic["items"]:
        _, detail = api(f"/api/v2/pages/{item['id']}/", host=CLINIC_HOST)
        texts.append(json.dumps(detail))
    for host in ("localhost", CLINIC_HOST):
        texts.append(json.dumps(api("/api/v2/site/", host=host)[1]))
    return "\n".join(texts)


def test_no_phone_number_is_invented(api):
    text = all_demo_text(api)
    for match in PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        assert digits in REAL_LINES or re.search(r"55501\d\d$", digits), match.group()


def words(text):
    return re.findall(r"[a-z']+", re.sub(r"<[^>]+>", " ", text.lower()))


@pytest.mark.skipif(not SEEDS.exists(), reason="the seed documents are not beside this clone")
def test_demo_content_is_in_our_own_words(api):
    """No run of ten words from the seed sites appears in the demo content."""
    demo = " ".join(words(all_demo_text(api).encode().decode("unicode_escape", "ignore")))
    for seed in SEEDS.glob("*.txt"):
        seed_words = words(seed.read_text())
        for start in range(len(seed_words) - 10):
            run = " ".join(seed_words[start : start + 10])
            assert run not in demo, f"copied from {seed.name}: {run!r}"


def test_what_it_created_is_counted_in_plain_words():
    from turnto.demo.listings import CLINIC
    from turnto.directory.models import Service

    Service.objects.filter(organization__name="National help lines").order_by("name")[0].delete()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    # A listing made again gets its Spanish words again.
    assert out.getvalue().strip() == "Demo content: created 1 listing, 1 translation"

    national = Service.objects.filter(organization__name="National help lines")
    for service in national.order_by("name")[:2]:
        service.delete()
    Service.objects.filter(organization__name=CLINIC["organization"]).delete()
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    assert out.getvalue().strip() == "Demo content: created 3 listings, 3 translations"
    assert "(s)" not in out.getvalue() and ":" not in out.getvalue().split(": ", 1)[1]
