"""Opening hours: is a place open at a given moment, until when, and when does it open next.

The same rules are written in JavaScript (frontend/src/directory/hours.js) so the browser can say
"Open · closes 6 PM" without asking the server; both are checked against one set of cases in
tests/vectors/opening_hours.json.

Hours, as the API gives them:

    {
      "timezone": "America/Chicago",
      "weekly": [{"weekday": 1, "opens": "09:00", "closes": "17:00"}, ...],  # 1 = Monday
      "exceptions": [{"from": "2026-12-24", "to": "2026-12-26", "closed": true},
                     {"from": "2026-12-31", "to": "2026-12-31", "hours": [{"opens": ..., ...}]}]
    }

- A span whose closing time is not after its opening time runs past midnight ("22:00" to
  "02:00"); "00:00" to "24:00" is the whole day.
- An exception replaces the weekly hours of every date from "from" to "to" (inclusive):
  closed, or the hours it lists. A span belongs to the date it opens on.
- Local times are read in the listing's timezone. A time that does not exist (the hour skipped
  when clocks go forward) or exists twice (when they go back) is read with the offset in force
  before the change, as Python's zoneinfo does with fold=0.
"""

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

LOOK_BACK_DAYS = 1  # a span that opened yesterday may still be open
LOOK_AHEAD_DAYS = 8  # far enough to find next week's opening


class HoursError(ValueError):
    pass


# Both are pure and asked the same few times of day for the same days over and over (twenty
# listings, ten days each, a request): kept, they were a third of a directory page's hours work.
@lru_cache(maxsize=1024)
def parse_time(value):
    try:
        hours, minutes = (int(part) for part in value.split(":"))
    except (AttributeError, ValueError) as exc:
        raise HoursError(f"a time must look like 09:30, not {value!r}") from exc
    if not (0 <= hours <= 24 and 0 <= minutes < 60) or (hours == 24 and minutes):
        raise HoursError(f"{value!r} is not a time of day")
    return hours, minutes


@lru_cache(maxsize=8192)
def local_to_utc(day, value, zone):
    hours, minutes = parse_time(value)
    day = day + timedelta(days=hours // 24)
    local = datetime(day.year, day.month, day.day, hours % 24, minutes, tzinfo=zone, fold=0)
    return local.astimezone(UTC)


def spans_on(day, hours):
    """The (opens, closes) local times of the spans that open on this date."""
    for exception in hours.get("exceptions", []):
        if date.fromisoformat(exception["from"]) <= day <= date.fromisoformat(exception["to"]):
            if exception.get("closed"):
                return []
            return [(span["opens"], span["closes"]) for span in exception.get("hours", [])]
    return [
        (span["opens"], span["closes"])
        for span in hours.get("weekly", [])
        if span["weekday"] == day.isoweekday()
    ]


def intervals(hours, around):
    """UTC intervals of opening near `around`, sorted, with touching ones joined."""
    zone = ZoneInfo(hours.get("timezone") or "America/Chicago")
    today = around.astimezone(zone).date()
    found = []
    for offset in range(-LOOK_BACK_DAYS, LOOK_AHEAD_DAYS + 1):
        day = today + timedelta(days=offset)
        for opens, closes in spans_on(day, hours):
            start = local_to_utc(day, opens, zone)
            end_day = day if parse_time(closes) > parse_time(opens) else day + timedelta(days=1)
            end = local_to_utc(end_day, closes, zone)
            if end > start:
                found.append((start, end))
    found.sort()
    joined = []
    for start, end in found:
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(joined[-1][1], end))
        else:
            joined.append((start, end))
    return joined


def iso(moment):
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def status_at(hours, moment):
    """{"open": bool, "closes_at": UTC ISO or None, "opens_at": UTC ISO or None}.

    closes_at is None when open beyond the look-ahead (open around the clock); opens_at is
    None when closed with no opening in the next week."""
    if moment.tzinfo is None:
        raise HoursError("the moment must carry its timezone")
    spans = intervals(hours, moment)
    last = moment + timedelta(days=LOOK_AHEAD_DAYS - 1)
    for start, end in spans:
        if start <= moment < end:
            return {"open": True, "closes_at": iso(end) if end < last else None, "opens_at": None}
        if start > moment:
            return {"open": False, "closes_at": None, "opens_at": iso(start)}
    return {"open": False, "closes_at": None, "opens_at": None}


# The status line's words per language, as the browser's catalogue has them
# (frontend/src/lib/i18n.js) and Intl writes its days and times ("es-US": "mié 9 a.m.").
# Written out, not the process's C locale (strftime's %a and %p follow it).
STATUS_WORDS = {
    "en": {
        "open": "Open · closes {when}",
        "closed": "Closed · opens {when}",
        "all_day": "Open 24 hours",
        "no_hours": "Closed · no opening hours listed",
        "days": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
        "am_pm": ("AM", "PM"),
    },
    "es": {
        "open": "Abierto · cierra {when}",
        "closed": "Cerrado · abre {when}",
        "all_day": "Abierto las 24 horas",
        "no_hours": "Cerrado · no hay horario",
        "days": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
        "am_pm": ("a.m.", "p.m."),
    },
}


def clock(moment, language="en"):
    """ "9 AM", "3:30 PM" ("9 a.m.", "3:30 p.m." in Spanish)."""
    hour = moment.hour % 12 or 12
    minutes = f":{moment.minute:02d}" if moment.minute else ""
    return f"{hour}{minutes} {STATUS_WORDS[language]['am_pm'][moment.hour >= 12]}"


def status_text(hours, status, now, language="en"):
    """The line a visitor reads, e.g. "Open · closes 6 PM" or "Closed · opens Tue 9 AM"
    ("Abierto · cierra 6 p.m." with `language` "es"; another language reads English).

    The browser writes the same words (frontend/src/directory/live-status.js); the API sends
    this one so the first list needs no date formatting on the phone."""
    language = language if language in STATUS_WORDS else "en"
    words = STATUS_WORDS[language]
    zone = ZoneInfo(hours.get("timezone") or "America/Chicago")
    today = now.astimezone(zone).date()

    def when(iso_moment):
        local = datetime.fromisoformat(iso_moment.replace("Z", "+00:00")).astimezone(zone)
        day = "" if local.date() == today else f"{words['days'][local.weekday()]} "
        return f"{day}{clock(local, language)}"

    if status["open"]:
        if not status["closes_at"]:
            return words["all_day"]
        return words["open"].format(when=when(status["closes_at"]))
    if status["opens_at"]:
        return words["closed"].format(when=when(status["opens_at"]))
    return words["no_hours"]
