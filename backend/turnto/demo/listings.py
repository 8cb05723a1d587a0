"""Demo listings for the resource directory: clearly fictional places (every name says
"example", every number is a 555-01xx number, no street is real), with the kinds of hours real
services keep — overnight, around the clock, appointment-only days, holiday closures — and a
few that nobody has verified for a while. The national lines are real and named as such."""

from datetime import time, timedelta

from django.utils import timezone

from turnto.directory.models import (
    DAY_FIELDS,
    Closure,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceType,
)

# Approximate city centres: where the example listings are scattered around.
CITIES = {
    "Kansas City": ("816", 39.0997, -94.5786),
    "St. Louis": ("314", 38.6270, -90.1994),
    "Columbia": ("573", 38.9517, -92.3341),
    "Springfield": ("417", 37.2090, -93.2923),
    "Jefferson City": ("573", 38.5767, -92.1735),
}
WEEKDAYS = [1, 2, 3, 4, 5]
EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

# name, types, free, languages, hours [(days, opens, closes, attendance)], days since verified
TEMPLATES = [
    (
        "Harm Reduction Drop-In",
        ["naloxone", "test-strips", "syringe-services", "wound-care"],
        True,
        "en, es",
        [(WEEKDAYS, "10:00", "18:00", "walk_in"), ([6], "12:00", "16:00", "walk_in")],
        12,
    ),
    (
        "Night Outreach Van",
        ["naloxone", "test-strips", "syringe-services"],
        True,
        "en",
        [([3], "20:00", "02:00", "walk_in"), ([5, 6], "21:00", "03:00", "walk_in")],
        30,
    ),
    (
        "24-Hour Crisis Center",
        ["crisis-lines", "detox-treatment"],
        True,
        "en, es",
        [(EVERY_DAY, "00:00", "24:00", "walk_in")],
        45,
    ),
    (
        "Recovery Clinic",
        ["moud", "counseling"],
        False,
        "en",
        [(WEEKDAYS, "08:00", "16:00", "appointment"), ([2], "16:00", "19:00", "walk_in")],
        60,
    ),
    (
        "Community Health Center",
        ["hiv-hcv-testing", "prep", "wound-care"],
        True,
        "en, es",
        [([1, 2, 3, 4], "09:00", "17:00", "walk_in"), ([5], "09:00", "12:00", "appointment")],
        90,
    ),
    (
        "Peer Support Circle",
        ["peer-support", "counseling"],
        True,
        "en",
        [([2, 4], "18:00", "20:00", "walk_in")],
        150,
    ),
    (
        "Shelter and Meals",
        ["housing", "food"],
        True,
        "en",
        [(EVERY_DAY, "17:00", "08:00", "walk_in")],
        20,
    ),
    (
        "Legal Aid Clinic",
        ["legal-help"],
        True,
        "en, es",
        [([3], "13:00", "17:00", "appointment")],
        300,
    ),
    (
        "Pharmacy Naloxone Counter",
        ["naloxone"],
        False,
        "en",
        [([1, 2, 3, 4, 5, 6], "09:00", "21:00", "walk_in"), ([7], "11:00", "18:00", "walk_in")],
        240,
    ),
]

# The demo clinic's own listing, with the shape of hours its site gives: walk-in afternoons
# early in the week, appointments only on Fridays and Saturdays. It keeps Eastern time, so the
# directory shows hours in a listing's own timezone.
CLINIC = {
    "organization": "Example Walk-In Clinic",
    "name": "Example Walk-In Clinic: urgent care and Suboxone treatment",
    "description": (
        "An example listing for the demo clinic: walk-in urgent and primary care, and "
        "treatment for opioid dependence with buprenorphine (Suboxone). Not a real clinic."
    ),
    "types": ["moud", "counseling", "wound-care", "hiv-hcv-testing"],
    "hours": [
        ([1, 2, 3, 4], "12:00", "18:00", "walk_in"),
        ([5, 6], "10:00", "16:00", "appointment"),
    ],
    "timezone": "America/New_York",
    "phone": "404-555-0142",
}

NATIONAL_ORGANIZATION = "National help lines"
NATIONAL_LINES = [
    (
        "988 Suicide & Crisis Lifeline",
        "Call or text 988, any time, for anyone in distress.",
        [("988", "voice"), ("988", "text")],
        ["crisis-lines"],
    ),
    (
        "SAMHSA National Helpline",
        "Free, confidential treatment referral and information, every day, in English and Spanish.",
        [("1-800-662-4357", "voice")],
        ["crisis-lines", "detox-treatment", "moud"],
    ),
    (
        "Never Use Alone",
        "If you use alone, call: someone stays on the line and sends help if you stop responding.",
        [("1-800-484-3731", "voice")],
        ["crisis-lines", "naloxone"],
    ),
    (
        "Poison Control",
        "Advice from experts on poisonings and overdoses, any time.",
        [("1-800-222-1222", "voice")],
        ["crisis-lines"],
    ),
]


# A day closed, that many days after the demo loads: one soon enough for the listing card to
# mention it (it shows the next two weeks), one further off.
EXAMPLE_CLOSURES = {
    "Recovery Clinic": (6, "Example staff training day"),
    "Pharmacy Naloxone Counter": (30, "Example holiday closure"),
}


def span_time(value):
    hours, minutes = (int(part) for part in value.split(":"))
    return time(hours % 24, minutes)


def add_hours(service, hours):
    """One row of hours per span, with its days ticked, as an editor would enter it."""
    for days, opens, closes, attendance in hours:
        ticked = {DAY_FIELDS[day - 1]: True for day in days}
        if (opens, closes) == ("00:00", "24:00"):
            schedule = Schedule(open_all_day=True, attendance=attendance, **ticked)
        else:
            schedule = Schedule(
                opens_at=span_time(opens),
                closes_at=span_time(closes),
                closes_after_midnight=closes < opens,
                attendance=attendance,
                **ticked,
            )
        service.schedules.add(schedule)


def load_listings(on_create):
    """Create the example listings that are missing."""
    types = {t.slug: t for t in ServiceType.objects.originals()}
    today = timezone.localdate()
    number = 0
    for city, (area, latitude, longitude) in CITIES.items():
        for index, (name, slugs, free, languages, hours, age) in enumerate(TEMPLATES):
            number += 1
            org_name = f"{city} {name} (example)"
            organization, _ = Organization.objects.get_or_create(
                name=org_name,
                defaults={"description": "A fictional organization for the demo directory."},
            )
            if Service.objects.filter(organization=organization).exists():
                continue
            location = Location.objects.create(
                organization=organization,
                name=f"{name} (example)",
                # No street: the card says "Example address — not a real place" in the
                # page's language (is_example), where a street would be.
                address_1="",
                city=city,
                # Its coordinates are real streets ("near me" sorts by them): no directions.
                is_example=True,
                latitude=round(latitude + 0.01 * ((index % 3) - 1) + 0.004 * index, 6),
                longitude=round(longitude + 0.012 * ((index % 4) - 1.5), 6),
                transportation="Example: near a bus stop.",
            )
            service = Service(
                organization=organization,
                location=location,
                name=f"{name} (example)",
                description=(
                    f"An example listing in {city}: it shows how a real one would look. "
                    "Nothing here is a real service."
                ),
                is_free=free,
                fees_description="" if free else "Example: a sliding scale; nobody is turned away.",
                languages=languages,
                assured_date=today - timedelta(days=age),
                assurer="Demo data",
            )
            service.phones.add(
                Phone(
                    number=f"{area}-555-01{number % 100:02d}",
                    kind="voice",
                    description="Example number, not in service",
                )
            )
            add_hours(service, hours)
            if name in EXAMPLE_CLOSURES:
                days_ahead, note = EXAMPLE_CLOSURES[name]
                closed_on = today + timedelta(days=days_ahead)
                service.closures.add(
                    Closure(valid_from=closed_on, valid_to=closed_on, closed=True, note=note)
                )
            service.service_types = [types[slug] for slug in slugs]
            service.save()
            on_create(f"listing {city}: {name}")

    load_clinic_listing(types, today, on_create)

    national, _ = Organization.objects.get_or_create(
        name=NATIONAL_ORGANIZATION,
        defaults={"description": "Real national lines, free to call from anywhere in the US."},
    )
    for name, description, phones, slugs in NATIONAL_LINES:
        if Service.objects.filter(organization=national, name=name).exists():
            continue
        service = Service(
            organization=national,
            name=name,
            description=description,
            scope="national",
            is_free=True,
            languages="en, es",
            assured_date=today,
            assurer="Demo data",
        )
        for value, kind in phones:
            service.phones.add(Phone(number=value, kind=kind))
        # No place: these are the hours the line answers (nobody walks in).
        add_hours(service, [(EVERY_DAY, "00:00", "24:00", "walk_in")])
        service.service_types = [types[slug] for slug in slugs]
        service.save()
        on_create(f"listing national: {name}")


def load_clinic_listing(types, today, on_create):
    organization, _ = Organization.objects.get_or_create(
        name=CLINIC["organization"],
        defaults={"description": "The fictional clinic of the demo's second site."},
    )
    if Service.objects.filter(organization=organization).exists():
        return
    location = Location.objects.create(
        organization=organization,
        name="Example Walk-In Clinic",
        address_1="",
        city="Example Town",
        state_province="GA",
        is_example=True,
        timezone=CLINIC["timezone"],
    )
    service = Service(
        organization=organization,
        location=location,
        name=CLINIC["name"],
        description=CLINIC["description"],
        is_free=False,
        fees_description="Example: most insurance and a self-pay rate.",
        languages="en",
        application_process="Walk in during walk-in hours; call to book an appointment.",
        assured_date=today,
        assurer="Demo data",
    )
    service.phones.add(
        Phone(number=CLINIC["phone"], kind="voice", description="Example number, not in service")
    )
    add_hours(service, CLINIC["hours"])
    service.service_types = [types[slug] for slug in CLINIC["types"]]
    service.save()
    on_create("listing: the clinic's own")


def put_on_sites(sites):
    """Put the listings that are on no site yet (those just created) on the sites they are
    for: the clinic's own on the clinic's site, the Missouri examples on the campaign's, the
    national lines on every site. `sites`: the demo's Sites by key ("campaign", "clinic")."""
    link = Service.sites.through
    links = []
    for service in Service.objects.filter(sites__isnull=True).select_related("organization"):
        organization = service.organization.name
        if organization == NATIONAL_ORGANIZATION:
            keys = list(sites)
        elif organization == CLINIC["organization"]:
            keys = ["clinic"]
        else:
            keys = ["campaign"]
        links += [link(service_id=service.pk, site_id=sites[key].pk) for key in keys]
    link.objects.bulk_create(links)
