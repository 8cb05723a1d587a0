"""What an editor is told when a block is filled in wrongly."""

from django.core.exceptions import ValidationError

import pytest

from turnto.core.blocks import (
    CallToActionBlock,
    ContactLineBlock,
    DataTableBlock,
    StatisticBlock,
    VideoBlock,
)
from turnto.pages.blocks import BodyBlock


def clean(block, value):
    return block.clean(block.to_python(value))


def error_text(excinfo):
    return str(
        excinfo.value.as_json_data() if hasattr(excinfo.value, "as_json_data") else excinfo.value
    )


def test_a_statistic_needs_its_source():
    with pytest.raises(ValidationError) as excinfo:
        clean(
            StatisticBlock(),
            {"figure": "1 in 4", "label": "people", "source_title": "", "source_url": ""},
        )
    assert "source_title" in error_text(excinfo) and "source_url" in error_text(excinfo)


def test_a_call_to_action_needs_exactly_one_destination():
    block = CallToActionBlock()
    base = {"heading": "Find help", "text": "", "button_label": "Go"}
    with pytest.raises(ValidationError) as excinfo:
        clean(block, {**base, "page": None, "external_url": ""})
    assert "one of the two" in error_text(excinfo)
    assert clean(block, {**base, "page": None, "external_url": "https://findtreatment.gov/"})


@pytest.mark.parametrize(
    ("kind", "value", "ok"),
    [
        ("phone", "988", True),
        ("phone", "1-800-662-4357", True),
        ("text", "(573) 555-0142", True),
        ("phone", "call us", False),
        ("online", "https://findtreatment.gov/", True),
        ("online", "findtreatment", False),
        ("online", "javascript:alert(1)", False),
    ],
)
def test_contact_lines_check_numbers_and_addresses(kind, value, ok):
    data = {"kind": kind, "label": "Line", "value": value, "description": ""}
    if ok:
        clean(ContactLineBlock(), data)
    else:
        with pytest.raises(ValidationError):
            clean(ContactLineBlock(), data)


def test_contact_line_links_open_the_phone_dialler_or_messages():
    block = ContactLineBlock()
    call = block.get_api_representation(
        block.to_python(
            {"kind": "phone", "label": "SAMHSA", "value": "1-800-662-4357", "description": ""}
        )
    )
    text = block.get_api_representation(
        block.to_python({"kind": "text", "label": "988", "value": "988", "description": ""})
    )
    assert call["href"] == "tel:18006624357"
    assert text["href"] == "sms:988"


def test_video_must_come_from_a_known_host():
    with pytest.raises(ValidationError):
        clean(
            VideoBlock(), {"url": "https://tracker.example/v.mp4", "title": "t", "description": ""}
        )
    clean(
        VideoBlock(),
        {"url": "https://www.youtube.com/watch?v=abc", "title": "t", "description": ""},
    )


def test_a_chart_needs_a_number_column():
    table = {
        "columns": [{"type": "text", "heading": "Place"}],
        "rows": [{"values": ["A"]}],
        "caption": "",
    }
    data = {
        "title": "t",
        "table": table,
        "chart": "bar",
        "summary": "",
        "source_title": "s",
        "source_url": "https://example.org/",
    }
    with pytest.raises(ValidationError) as excinfo:
        clean(DataTableBlock(), data)
    assert "number column" in error_text(excinfo)


def test_the_body_offers_every_block_the_cms_promises():
    assert set(BodyBlock.base_blocks) == {
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
        "steps",
        "contact_lines",
        "video",
        "directory_listings",
        "listing_hours",
    }


def test_directory_listings_show_chosen_ones_or_need_a_scope(api):
    from django.core.exceptions import ValidationError

    import pytest

    from tests.conftest import CLINIC_HOST, find_page
    from turnto.directory.blocks import DirectoryListingsBlock

    home = find_page(api, "/", host=CLINIC_HOST)
    blocks = [b for b in home["body"] if b["type"] == "directory_listings"]
    assert len(blocks) == 1 and blocks[0]["value"]["heading"] == "Opening hours"
    (listing,) = blocks[0]["value"]["listings"]
    assert listing["name"].startswith("Example Walk-In Clinic")
    assert listing["hours"]["timezone"] == "America/New_York"
    assert {span["attendance"] for span in listing["hours"]["weekly"]} == {
        "walk_in",
        "appointment",
    }
    assert listing["status_now"]["text"]

    block = DirectoryListingsBlock()
    with pytest.raises(ValidationError):
        block.clean(block.to_python({"heading": "", "listings": [], "scope": [], "limit": 5}))


def test_opening_hours_of_a_listing_need_a_listing_and_show_only_one_visitors_may_see(api):
    from django.core.exceptions import ValidationError

    import pytest

    from tests.conftest import CLINIC_HOST, find_page
    from turnto.directory.blocks import ListingHoursBlock
    from turnto.directory.models import Service

    post = find_page(api, "/news/office-hours/", host=CLINIC_HOST)
    (block,) = [b for b in post["body"] if b["type"] == "listing_hours"]
    clinic = Service.objects.get(pk=block["value"]["listing"]["id"])
    assert block["value"]["listing"]["hours"] == clinic.hours()

    hours = ListingHoursBlock()
    with pytest.raises(ValidationError):
        hours.clean(hours.to_python({"heading": "", "listing": None}))
    # Closed for good: the page shows no hours rather than a closed place's.
    clinic.status = "defunct"
    clinic.save()
    value = hours.to_python({"heading": "Hours", "listing": str(clinic.pk)})
    assert hours.get_api_representation(value) == {"heading": "Hours", "listing": None}


def step(**fields):
    return {
        "title": "Call 911",
        "text": "Say where you are.",
        "action_label": "",
        "action_link": "",
    } | fields


def test_a_step_action_needs_its_words_and_a_link_a_phone_can_open():
    from turnto.core.blocks import StepsBlock

    block = StepsBlock()
    ok = clean(
        block,
        {
            "heading": "What to do in an overdose",
            "intro": "",
            "steps": [
                step(action_label="Call 911", action_link="tel:911"),
                step(title="Stay with them"),
            ],
        },
    )
    assert block.get_api_representation(ok)["anchor"] == "what-to-do-in-an-overdose"
    for bad, words in (
        (step(action_label="Call 911"), "both its words and its link"),
        (step(action_link="tel:911"), "both its words and its link"),
        (step(action_label="Go", action_link="javascript:alert(1)"), "Start the link with"),
        (step(action_label="Go", action_link="//evil.example/"), "Start the link with"),
        (step(action_label="Call", action_link="tel:call-me"), "give a phone number"),
    ):
        with pytest.raises(ValidationError) as excinfo:
            clean(block, {"heading": "Steps", "intro": "", "steps": [bad]})
        assert words in error_text(excinfo), bad


def test_a_hero_action_goes_to_one_place_and_a_section_is_an_anchor():
    from turnto.core.blocks import HeroActionBlock

    block = HeroActionBlock()
    ok = clean(
        block,
        {
            "label": "Help",
            "page": None,
            "section": "",
            "external_url": "https://findtreatment.gov/",
        },
    )
    assert block.get_api_representation(ok) == {
        "label": "Help",
        "url": "https://findtreatment.gov/",
    }
    with pytest.raises(ValidationError) as excinfo:
        clean(block, {"label": "Help", "page": None, "section": "", "external_url": ""})
    assert "one of the two" in error_text(excinfo)
    with pytest.raises(ValidationError) as excinfo:
        clean(
            block,
            {
                "label": "Help",
                "page": None,
                "section": "Two Words!",
                "external_url": "https://findtreatment.gov/",
            },
        )
    assert "lower-case letters" in error_text(excinfo)


def test_a_contact_line_saved_before_notes_existed_has_an_empty_note():
    from turnto.core.blocks import contact_line_representation

    line = {"kind": "phone", "label": "Emergency", "value": "911", "description": ""}
    assert contact_line_representation(line)["note"] == ""
