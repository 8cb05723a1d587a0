"""The five city pages of the campaign's resource guide.

Each says in its own words what to look for in that city, with the same national lines and the
same link on to the statewide and national help; the page draws the city's places first, right
after its introduction, and these words after them.
"""

from turnto.demo.content.blocks import (
    call_to_action,
    contact_lines,
    emergency,
    lifeline,
    never_use_alone,
    samhsa,
)


def national_lines():
    return contact_lines(
        "National lines, any time",
        emergency(),
        lifeline(),
        never_use_alone("Call before you use; they send help if you stop responding."),
        samhsa("Free, confidential treatment help."),
    )


def looking_for_more():
    return call_to_action(
        "Looking for more?",
        "See statewide, phone and online help.",
        "Additional resources",
        page="/resource-guide/additional-resources/",
    )


def city_page(slug, city, *, intro, text):
    """A city's page: its own intro and text, then the lines and the link every city shares."""
    return {
        "type": "city",
        "slug": slug,
        "title": city,
        "city": city,
        "intro": intro,
        "body": [("rich_text", text), national_lines(), looking_for_more()],
        "children": [],
    }


CITY_PAGES = [
    city_page(
        "kansas-city",
        "Kansas City",
        intro="Harm reduction help in and around Kansas City, on both sides of the state line.",
        text=(
            "<p>Kansas City stretches across the Missouri–Kansas "
            "border, so the closest help may be in either state. "
            "Here is what you can look for:</p>"
            "<ul>"
            "<li><b>Naloxone:</b> from pharmacies without a "
            "prescription, and free from many community programs.</li>"
            "<li><b>Fentanyl test strips:</b> often handed out by "
            "outreach teams and harm reduction programs.</li>"
            "<li><b>Syringe services:</b> new supplies, safe disposal "
            "and testing.</li>"
            "<li><b>Treatment:</b> clinics that offer buprenorphine or "
            "methadone, and counseling.</li>"
            "</ul>"
            "<p>Each listing above shows when it was last checked. "
            "Hours and services change, so call ahead if you can.</p>"
        ),
    ),
    city_page(
        "st-louis",
        "St. Louis",
        intro="Harm reduction help in St. Louis city and the surrounding county.",
        text=(
            "<p>St. Louis city and St. Louis County are run "
            "separately, so services may differ depending on which "
            "side of the line you are on. Look for:</p>"
            "<ul>"
            "<li><b>Naloxone</b> at pharmacies and free from "
            "community programs and outreach teams.</li>"
            "<li><b>Test strips</b> for fentanyl and, in some places, "
            "xylazine.</li>"
            "<li><b>Syringe services</b> with new supplies, disposal, "
            "wound care and testing.</li>"
            "<li><b>Treatment</b> with medication, counseling and "
            "peer support.</li>"
            "</ul>"
            "<p>Every listing shows the date it was last checked. If "
            "something has changed, let us know.</p>"
        ),
    ),
    city_page(
        "columbia",
        "Columbia",
        intro="Harm reduction help in Columbia, for residents, students and families.",
        text=(
            "<p>Columbia is a college town, and many students are "
            "living away from home for the first time. Knowing what "
            "to do in an overdose matters here too. Look for:</p>"
            "<ul>"
            "<li><b>Naloxone</b> at pharmacies, and free at some "
            "campus and community events.</li>"
            "<li><b>Fentanyl test strips,</b> especially if you buy "
            "pills or powders that did not come from a pharmacy.</li>"
            "<li><b>Syringe services</b> and testing for HIV and "
            "hepatitis C.</li>"
            "<li><b>Treatment and counseling,</b> including "
            "medication for opioid use disorder.</li>"
            "</ul>"
            "<p>Each listing shows when it was last checked, so you "
            "know how fresh the information is.</p>"
        ),
    ),
    city_page(
        "springfield",
        "Springfield",
        intro="Harm reduction help in Springfield and the towns of southwest Missouri around it.",
        text=(
            "<p>Springfield serves a wide area, and many people "
            "drive in from smaller towns for care. If you live far "
            "out, ask whether a service can mail supplies or meet "
            "you closer to home. Look for:</p>"
            "<ul>"
            "<li><b>Naloxone</b> to keep at home, in the car and in "
            "your bag.</li>"
            "<li><b>Fentanyl test strips</b> from outreach teams and "
            "community programs.</li>"
            "<li><b>Syringe services</b> and safe disposal.</li>"
            "<li><b>Treatment</b> with buprenorphine, methadone or "
            "counseling.</li>"
            "</ul>"
            "<p>Every listing shows the date it was last checked. "
            "Call ahead before a long drive.</p>"
        ),
    ),
    city_page(
        "jefferson-city",
        "Jefferson City",
        intro="Harm reduction help in Jefferson City and the mid-Missouri counties nearby.",
        text=(
            "<p>Jefferson City is the state capital, surrounded by "
            "smaller towns and farmland. Services can be spread out, "
            "so it helps to know your options before you need "
            "them. Look for:</p>"
            "<ul>"
            "<li><b>Naloxone</b> from pharmacies, or free from "
            "community programs.</li>"
            "<li><b>Test strips</b> for fentanyl and xylazine.</li>"
            "<li><b>Syringe services,</b> including supplies by "
            "mail where available.</li>"
            "<li><b>Treatment</b> with medication and counseling, in "
            "person or by telehealth.</li>"
            "</ul>"
            "<p>Each listing shows when it was last checked. Services "
            "change, so call first if you can.</p>"
        ),
    ),
]
