"""Opening hours in Python, against the cases the browser's code is checked against too."""

import json
from datetime import datetime
from pathlib import Path

import pytest

from turnto.directory.hours.rules import HoursError, parse_time, status_at, status_text

VECTORS = json.loads((Path(__file__).parents[1] / "vectors" / "opening_hours.json").read_text())


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: case["note"])
def test_status_matches_the_shared_cases(case):
    moment = datetime.fromisoformat(case["at"].replace("Z", "+00:00"))
    assert status_at(VECTORS["hours"][case["hours"]], moment) == case["expect"]


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: case["note"])
def test_status_line_in_english_and_spanish_matches_the_shared_cases(case):
    hours = VECTORS["hours"][case["hours"]]
    moment = datetime.fromisoformat(case["at"].replace("Z", "+00:00"))
    status = status_at(hours, moment)
    for language, text in case["text"].items():
        assert status_text(hours, status, moment, language) == text, language


@pytest.mark.parametrize("value", VECTORS["invalid_times"])
def test_bad_times_are_refused_with_a_message(value):
    with pytest.raises(HoursError, match="time"):
        parse_time(value)


def test_a_moment_without_timezone_is_refused():
    with pytest.raises(HoursError):
        status_at(VECTORS["hours"]["always"], datetime(2026, 11, 17, 12, 0))


@pytest.mark.parametrize(
    ("at", "text"),
    [
        ("2026-11-17T21:00:00Z", "Open · closes 5 PM"),
        ("2026-11-17T23:30:00Z", "Closed · opens Wed 9 AM"),
        ("2026-11-17T14:00:00Z", "Closed · opens 9 AM"),
    ],
)
def test_the_line_visitors_read(at, text):
    hours = VECTORS["hours"]["weekdays"]
    moment = datetime.fromisoformat(at.replace("Z", "+00:00"))
    assert status_text(hours, status_at(hours, moment), moment) == text


def test_open_around_the_clock_and_never_open_read_plainly():
    moment = datetime.fromisoformat("2026-11-17T21:00:00+00:00")
    always, never = VECTORS["hours"]["always"], VECTORS["hours"]["never"]
    assert status_text(always, status_at(always, moment), moment) == "Open 24 hours"
    assert (
        status_text(never, status_at(never, moment), moment) == "Closed · no opening hours listed"
    )
