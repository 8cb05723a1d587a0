"""/api/v2/site/: everything the front end needs on every page, in one request."""

from tests.conftest import CAMPAIGN_PATHS, CLINIC_HOST


def test_campaign_shell_has_name_menu_crisis_lines_exit_and_footer(api):
    status, shell = api("/api/v2/site/")
    assert status == 200
    assert shell["site"]["name"] == "Who Can I Turn To?"
    menu = shell["navigation"]
    assert [item["url"] for item in menu] == [
        "/",
        "/what-is-harm-reduction/",
        "/facts-and-stats/",
        "/the-fentanyl-crisis/",
        "/resource-guide/",
        "/news/",
    ]
    guide = menu[4]
    assert [child["url"] for child in guide["children"]] == CAMPAIGN_PATHS[5:11]
    assert menu[-1]["title"] == "What we have been up to"
    hrefs = {line["href"] for line in shell["crisis_lines"]}
    assert {"tel:911", "tel:988"} <= hrefs
    assert shell["exit"]["url"].startswith("https://") and shell["exit"]["label"]
    assert "<p>" in shell["footer"]["text"]


def test_clinic_shell_by_host_and_by_site_parameter(api):
    _, by_host = api("/api/v2/site/", host=CLINIC_HOST)
    _, by_param = api("/api/v2/site/", site=CLINIC_HOST)
    assert by_host == by_param
    assert by_host["site"]["name"] != "Who Can I Turn To?"
    assert "/harm-reduction/" in [item["url"] for item in by_host["navigation"]]


def test_unpublished_pages_leave_the_menu(api):
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith="/the-fentanyl-crisis/")
    page.unpublish()
    _, shell = api("/api/v2/site/")
    assert "/the-fentanyl-crisis/" not in [item["url"] for item in shell["navigation"]]


def test_unknown_site_and_unknown_parameters_are_refused(api):
    status, body = api("/api/v2/site/", site="nowhere.example")
    assert status == 404 and body["message"]
    status, body = api("/api/v2/site/", colour="blue")
    assert status == 400 and "colour" in body["message"]


def test_map_is_offered_only_once_a_tile_server_is_set(api):
    from wagtail.models import Site

    from turnto.core.models import SiteSettings

    _, shell = api("/api/v2/site/")
    assert not shell["map"], "no tile server, no map"
    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    settings.map_tile_url = "https://tiles.example.org/{z}/{x}/{y}.png"
    settings.map_attribution = "Example credit"
    settings.save()
    _, shell = api("/api/v2/site/")
    assert shell["map"] == {
        "tile_url": "https://tiles.example.org/{z}/{x}/{y}.png",
        "attribution": "Example credit",
    }
    _, clinic = api("/api/v2/site/", host=CLINIC_HOST)
    assert not clinic["map"], "each site has its own map setting"


def test_a_tile_address_without_its_placeholders_is_refused_in_words(db):
    from django.core.exceptions import ValidationError

    from wagtail.models import Site

    import pytest

    from turnto.core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    for bad in ("http://tiles.example.org/{z}/{x}/{y}.png", "https://tiles.example.org/map.png"):
        settings.map_tile_url = bad
        with pytest.raises(ValidationError) as error:
            settings.full_clean()
        assert "{z}, {x} and {y}" in str(error.value)


def test_guide_offers_every_city_and_the_kinds_of_help(api):
    from tests.conftest import find_page

    guide = find_page(api, "/resource-guide/")
    cities = [section["city"] for section in guide["sections"] if "city" in section]
    # In alphabetical order, as an editor adding a city finds it placed.
    assert cities == ["Columbia", "Jefferson City", "Kansas City", "Springfield", "St. Louis"]
    assert "naloxone" in [kind["slug"] for kind in guide["service_types"]]


def test_crisis_lines_say_what_happens_when_you_call(api):
    _, shell = api("/api/v2/site/")
    notes = {line["label"]: line["note"] for line in shell["crisis_lines"]}
    assert "Press 2 for Spanish" in notes["988 Suicide & Crisis Lifeline"]
    assert "stays on the line" in notes["Never Use Alone"]
    assert notes["Emergency"] == "", "a line without a note says nothing more"


def test_the_overdose_link_leads_straight_to_each_sites_steps(api):
    _, campaign = api("/api/v2/site/")
    assert campaign["overdose"] == {
        "label": "Overdose? What to do",
        "url": "/the-fentanyl-crisis/#what-to-do-in-an-overdose",
    }
    _, clinic = api("/api/v2/site/", host=CLINIC_HOST)
    assert clinic["overdose"]["url"] == "/harm-reduction/#what-to-do-in-an-overdose"
    # The steps themselves carry that anchor.
    _, page = api("/api/v2/pages/find/", html_path="/the-fentanyl-crisis/")
    steps = [block["value"] for block in page["body"] if block["type"] == "steps"]
    assert steps[0]["anchor"] == "what-to-do-in-an-overdose"
    assert [step["title"] for step in steps[0]["steps"]] == [
        "Call 911",
        "Give naloxone",
        "Help them breathe",
        "Put them on their side",
        "Stay with them",
    ]
    assert steps[0]["steps"][0]["action_link"] == "tel:911"
    assert not any(
        block["type"] == "faq" and "overdose" in block["value"]["heading"].lower()
        for block in page["body"]
    ), "the steps are no longer closed questions"


def test_no_overdose_link_without_a_public_steps_page(api):
    from wagtail.models import Page, Site

    from turnto.core.models import SiteSettings

    page = Page.objects.get(url_path__endswith="/the-fentanyl-crisis/")
    page.unpublish()
    _, shell = api("/api/v2/site/")
    assert shell["overdose"] is None, "a page visitors cannot open is not linked"
    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    settings.overdose_steps_page = None
    settings.save()
    _, shell = api("/api/v2/site/")
    assert shell["overdose"] is None


def test_in_spanish_the_link_leads_to_the_translated_steps_or_else_to_the_english(api):
    from wagtail.models import Page

    _, shell = api("/api/v2/site/", locale="es")
    assert shell["overdose"]["label"] == "¿Sobredosis? Qué hacer"
    assert shell["overdose"]["url"].startswith("/es/la-crisis-del-fentanilo/#")
    # The Spanish page taken down: the English steps, still one tap away.
    Page.objects.get(url_path__endswith="/la-crisis-del-fentanilo/").unpublish()
    _, shell = api("/api/v2/site/", locale="es")
    assert shell["overdose"] == {
        "label": "¿Sobredosis? Qué hacer",
        "url": "/the-fentanyl-crisis/#what-to-do-in-an-overdose",
    }


def test_a_steps_page_without_steps_is_refused_in_words(db):
    from django.core.exceptions import ValidationError

    from wagtail.models import Page, Site

    import pytest

    from turnto.core.models import SiteSettings

    settings = SiteSettings.for_site(Site.objects.get(hostname="localhost"))
    settings.overdose_steps_page = Page.objects.get(url_path__endswith="/facts-and-stats/")
    with pytest.raises(ValidationError) as error:
        settings.full_clean()
    assert "Numbered steps" in str(error.value)


def test_the_home_page_offers_two_actions_first(api):
    _, home = api("/api/v2/pages/find/", html_path="/")
    actions = [action["value"] for action in home["hero_actions"]]
    assert actions == [
        {"label": "Find help near you", "url": "/resource-guide/"},
        {
            "label": "What to do in an overdose",
            "url": "/the-fentanyl-crisis/#what-to-do-in-an-overdose",
        },
    ]
    _, clinic = api("/api/v2/pages/find/", host=CLINIC_HOST, html_path="/")
    assert [a["value"]["url"] for a in clinic["hero_actions"]][1] == (
        "/harm-reduction/#what-to-do-in-an-overdose"
    )
