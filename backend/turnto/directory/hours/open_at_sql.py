"""Which listings are open at a moment, asked of the database.

turnto.directory.hours.rules stays the source of truth; this writes its rules as query conditions so
that "open now, page of 20" never loads every matching listing into Python.
tests/directory/test_open_at_sql.py checks the two agree over generated listings and moments
(overnight spans, 24-hour days, closures, special hours, DST days, other timezones).

How: for each timezone the candidate listings use, and for each local date a span could reach
the moment from (yesterday's overnight spans, today's), split the minutes of that date into those
whose instant is at or before the moment and those after it. Instants come from
hours.local_to_utc, so times skipped or repeated by DST are read exactly as status_at reads them.
A span is open when it opens at a minute of the first kind and closes at one of the second
(on the same date, or on the next when it closes at or before its opening time).
Hours are compared by minute, as status_at does ("09:00:30" counts as 09:00), on the
opens_minute/closes_minute columns the database keeps for Schedule and Closure.
"""

from datetime import timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db import connection
from django.db.models import BooleanField, Expression, F, Q

from turnto.directory.models import DAY_FIELDS, DEFAULT_TIMEZONE, Closure, Location, Schedule

from .rules import local_to_utc

MINUTE = timedelta(minutes=1)
ONE_DAY = timedelta(days=1)
DAY_MINUTES = 24 * 60


def clock(minute):
    return f"{minute // 60:02d}:{minute % 60:02d}"  # 1440 -> "24:00", the next midnight


@lru_cache(maxsize=2048)
def day_runs(zone_name, day):
    """The minutes 0..1440 of a local date as runs (first, last, instant of first) within which
    each minute's instant is one minute after the previous one's. One run, unless DST changes."""
    zone = ZoneInfo(zone_name)

    def instant(minute):
        return local_to_utc(day, clock(minute), zone)

    start = instant(0)
    if all(instant(hour * 60) == start + timedelta(hours=hour) for hour in range(1, 25)):
        return ((0, DAY_MINUTES, start),)
    runs = []
    for minute in range(DAY_MINUTES + 1):
        moment = instant(minute)
        if runs and moment == runs[-1][2] + (minute - runs[-1][0]) * MINUTE:
            runs[-1] = (runs[-1][0], minute, runs[-1][2])
        else:
            runs.append((minute, minute, moment))
    return tuple(runs)


def split_day(zone_name, day, moment):
    """(minute ranges whose instant is at or before the moment, ranges after it), inclusive."""
    before, after = [], []
    for first, last, start in day_runs(zone_name, day):
        if moment < start:
            after.append((first, last))
            continue
        cut = min(last, first + (moment - start) // MINUTE)
        before.append((first, cut))
        if cut < last:
            after.append((cut + 1, last))
    return before, after


def minute_in(column, ranges):
    """SQL: the minute column lies in one of the ranges; None for never, "" for always."""
    minute = column
    conditions = []
    for low, high in ranges:
        high = min(high, DAY_MINUTES - 1)
        if low > high:
            continue
        bounds = []
        if low > 0:
            bounds.append(f"{minute} >= {int(low)}")
        if high < DAY_MINUTES - 1:
            bounds.append(f"{minute} <= {int(high)}")
        if not bounds:
            return ""
        conditions.append(" AND ".join(bounds))
    return any_sql(conditions)


def any_sql(conditions):
    conditions = [c for c in conditions if c is not None]
    if not conditions:
        return None
    if "" in conditions:
        return ""
    return conditions[0] if len(conditions) == 1 else "(" + " OR ".join(conditions) + ")"


def all_sql(*conditions):
    if any(c is None for c in conditions):
        return None
    return " AND ".join(f"({c})" for c in conditions if c)


def span_open(alias, zone_name, day, moment):
    """SQL on a row (schedule or closure) with opens/closes minutes: its span, opening on `day`,
    covers the moment. None when no span opening that day can."""
    opened, still_open_today = split_day(zone_name, day, moment)
    _, still_open_next_day = split_day(zone_name, day + ONE_DAY, moment)
    # The times as minutes since midnight, kept by the database (Schedule, Closure).
    opens, closes = f"{alias}.opens_minute", f"{alias}.closes_minute"
    same_day = all_sql(f"{closes} > {opens}", minute_in(closes, still_open_today))
    overnight = all_sql(f"{closes} <= {opens}", minute_in(closes, still_open_next_day))
    return all_sql(
        f"{opens} IS NOT NULL AND {closes} IS NOT NULL",
        minute_in(opens, opened),
        any_sql([same_day, overnight]),
    )


def zone_condition(zone_name, moment, adapt_date):
    """SQL and params: a listing in this timezone ({service}: its id) is open at the moment.

    Weekly hours count on a date no closure covers; on a covered date the first covering
    closure (by its order) decides, closed or with its special hours. One EXISTS over the
    listing's weekly rows and one over its closures, whatever the number of dates."""
    zone = ZoneInfo(zone_name)
    today = moment.astimezone(zone).date()
    weekly, weekly_params, special, special_params = [], [], [], []
    # status_at looks from yesterday on; a span opening tomorrow cannot cover the moment,
    # which the minute split finds for itself (nothing of tomorrow is at or before it).
    for day in (today - ONE_DAY, today, today + ONE_DAY):
        on = adapt_date(day)
        whole_day = local_to_utc(day, "00:00", zone) <= moment < local_to_utc(day, "24:00", zone)
        rows = any_sql(
            [
                "s.open_all_day" if whole_day else None,
                all_sql("NOT s.open_all_day", span_open("s", zone_name, day, moment)),
            ]
        )
        if rows is not None:
            weekly.append(
                f"(s.{DAY_FIELDS[day.isoweekday() - 1]} AND {rows} AND NOT EXISTS (SELECT 1"
                f" FROM {{closure}} k WHERE k.service_id = s.service_id AND k.valid_from <= %s"
                " AND k.valid_to >= %s))"
            )
            weekly_params += [on, on]
        span = span_open("c", zone_name, day, moment)
        if span is not None:
            special.append(
                f"(c.valid_from <= %s AND c.valid_to >= %s AND {span} AND NOT EXISTS (SELECT 1"
                " FROM {closure} e WHERE e.service_id = c.service_id AND e.valid_from <= %s"
                " AND e.valid_to >= %s AND (e.sort_order < c.sort_order"
                " OR (e.sort_order = c.sort_order AND e.id < c.id))))"
            )
            special_params += [on, on, on, on]
    conditions = []
    if weekly:
        conditions.append(
            "EXISTS (SELECT 1 FROM {schedule} s WHERE s.service_id = {service} AND ("
            + " OR ".join(weekly)
            + "))"
        )
    if special:
        conditions.append(
            "EXISTS (SELECT 1 FROM {closure} c WHERE c.service_id = {service} AND NOT c.closed"
            " AND (" + " OR ".join(special) + "))"
        )
    if not conditions:
        return None
    return "(" + " OR ".join(conditions) + ")", weekly_params + special_params


class OpenHours(Expression):
    """The hours condition as one SQL expression about the outer listing. Django compiles the
    listing's id and timezone columns with whatever aliases the query gives them, and the guards
    (other filters, cheaper than the hours) first: CASE evaluates them before the hours, which
    PostgreSQL would otherwise check first for every candidate."""

    conditional = True

    def __init__(self, sql, params, guards=(), service=None, zone=None):
        super().__init__(output_field=BooleanField())
        self.sql, self.params = sql, list(params)
        self.guards = list(guards)
        self.service = service if service is not None else F("pk")
        self.zone = zone if zone is not None else F("location__timezone")

    def get_source_expressions(self):
        return [self.service, self.zone, *self.guards]

    def set_source_expressions(self, expressions):
        self.service, self.zone, *self.guards = expressions

    def as_sql(self, compiler, connection):
        service_sql, service_params = compiler.compile(self.service)
        zone_sql, zone_params = compiler.compile(self.zone)
        if service_params or zone_params:
            raise ValueError("the listing's columns must compile to plain columns")
        sql = self.sql.replace("{service}", service_sql).replace("{zone}", zone_sql)
        params = list(self.params)
        if self.guards:
            compiled = [compiler.compile(guard) for guard in self.guards]
            guards = " AND ".join(f"({guard_sql})" for guard_sql, _ in compiled)
            sql = f"(CASE WHEN {guards} THEN {sql} ELSE 1 = 0 END)"
            params = [param for _, guard_params in compiled for param in guard_params] + params
        return sql, params


def zones_in_use():
    """The distinct Location.timezone values, by walking the index (a few lookups per zone,
    not a scan of every place)."""
    table = connection.ops.quote_name(Location._meta.db_table)
    sql = (
        "WITH RECURSIVE zones(name) AS ("
        f" SELECT MIN(timezone) FROM {table}"
        f" UNION ALL SELECT (SELECT MIN(timezone) FROM {table} WHERE timezone > zones.name)"
        " FROM zones WHERE zones.name IS NOT NULL"
        ") SELECT name FROM zones WHERE name IS NOT NULL"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return {name for (name,) in cursor.fetchall()}


def open_at_condition(moment, zones, guards=()):
    """A filter for Service: active and open at `moment` by hours.status_at's rules.

    `zones`: at least every Location.timezone in use (zones_in_use()); listings without a
    location, or with an empty timezone, are read in DEFAULT_TIMEZONE as Service.hours() does.
    `guards`: other conditions (e.g. Exists) the hours are checked only after.
    None as the result: nothing can be open."""
    quote = connection.ops.quote_name
    tables = {
        "{schedule}": quote(Schedule._meta.db_table),
        "{closure}": quote(Closure._meta.db_table),
    }
    adapt_date = connection.ops.adapt_datefield_value
    branches, params = [], []
    for zone_name in sorted({zone or DEFAULT_TIMEZONE for zone in zones}):
        try:
            ZoneInfo(zone_name)
        except (ZoneInfoNotFoundError, ValueError):
            continue  # a timezone that does not exist never makes a listing open
        found = zone_condition(zone_name, moment, adapt_date)
        if found is not None:
            branches.append(f"WHEN %s THEN {found[0]}")
            params += [zone_name, *found[1]]
    if not branches:
        return None
    # A listing without a place (NULL) or timezone is read in the default one.
    sql = "(CASE COALESCE(NULLIF({zone}, ''), %s) " + " ".join(branches) + " ELSE 1 = 0 END)"
    for placeholder, table in tables.items():
        sql = sql.replace(placeholder, table)
    return Q(status="active") & OpenHours(sql, [DEFAULT_TIMEZONE, *params], guards)
