"""The fictional walk-in clinic: its settings, home page and the pages below it.

Pages are listed in menu order at the end, as CLINIC["pages"]. Its only local number is a
555-01xx example, the one its listing gives. Its opening hours are its listing's: pages show
them with a "listing_hours" block, never in their own words, so they cannot drift apart.
"""

from turnto.demo.content.blocks import (
    OVERDOSE_STEPS_SECTION,
    call_to_action,
    contact_lines,
    emergency,
    heading,
    hero_action,
    image,
    lifeline,
    overdose_steps,
    poison_control,
    samhsa,
)
from turnto.demo.listings import CLINIC as CLINIC_LISTING


def clinic_hours(heading=""):
    """The clinic's hours, drawn from its listing (Directory › Listings)."""
    return ("listing_hours", {"heading": heading, "listing": CLINIC_LISTING["name"]})


SETTINGS = {
    "organisation_name": "Example Walk-In Clinic",
    "organisation_type": "MedicalClinic",
    # The picture of a shared link to a page that has none of its own (library.IMAGES).
    "share_image": "care",
    "crisis_lines": [
        emergency("For an overdose, chest pain, trouble breathing or any emergency."),
        lifeline(),
        poison_control(),
        samhsa(),
    ],
    "overdose_steps_page": "/harm-reduction/",
    "exit_url": "https://www.weather.gov/",
    "exit_label": "Exit this page",
    "footer_text": (
        "<p>Example Walk-In Clinic is a fictional clinic used to demonstrate this "
        "site. Its details are examples. In an emergency, call 911.</p>"
    ),
}

HOME = {
    "title": "Example Walk-In Clinic",
    "hero_heading": "Same-day care, without the judgement",
    "intro": (
        "Walk-in urgent and primary care, and treatment for opioid dependence, "
        "in one welcoming place."
    ),
    "hero_actions": [
        hero_action("Walk in today", "/walk-in-care/"),
        hero_action("What to do in an overdose", "/harm-reduction/", OVERDOSE_STEPS_SECTION),
    ],
    "hero_image": "care",
    "body": [
        (
            "rich_text",
            "<p>Feeling unwell and cannot wait for an appointment? Walk in. We see "
            "people for everyday illnesses and injuries, check-ups and ongoing "
            "health needs.</p>"
            "<p>We also offer treatment for opioid dependence with buprenorphine "
            "(Suboxone), and we practise harm reduction: we care for people "
            "exactly as they are.</p>",
        ),
        (
            "strategy_cards",
            {
                "heading": "How we help",
                "cards": [
                    "medication-for-opioid-use-disorder",
                    "overdose-prevention-naloxone",
                    "counseling-support",
                ],
            },
        ),
        (
            "directory_listings",
            {
                "heading": "Opening hours",
                "listings": [CLINIC_LISTING["name"]],
                "scope": [],
                "limit": 1,
            },
        ),
        contact_lines(
            "Contact the clinic",
            {
                "kind": "phone",
                "label": "Clinic line",
                "value": CLINIC_LISTING["phone"],
                "description": "An example number: this clinic is fictional and the line is "
                "not in service.",
            },
            emergency("Do not wait for the clinic in an emergency."),
        ),
        call_to_action(
            "No appointment needed",
            "See what we treat on a walk-in visit.",
            "About walk-in care",
            page="/walk-in-care/",
        ),
    ],
}

HARM_REDUCTION = {
    "type": "content",
    "slug": "harm-reduction",
    "title": "Harm reduction",
    "intro": (
        "Practical ways to keep people who use drugs safer and healthier, "
        "with dignity and without conditions."
    ),
    "body": [
        overdose_steps(
            "Someone will not wake up, breathes very slowly or not at all, or has blue lips: "
            "act now, and ask us for a free naloxone kit on any visit."
        ),
        (
            "rich_text",
            "<p>Harm reduction is a set of practical steps that lower the "
            "dangers of drug use and other risky situations. It puts a "
            "person's health and dignity first.</p>"
            "<p>Stopping completely is not possible or wanted by everyone, at "
            "least not yet. Harm reduction does not make help wait for that. "
            "It meets people where they are today and works on what matters "
            "most to them right now: staying alive, avoiding infections, "
            "having somewhere to go.</p>"
            "<p>Everything we offer is based on evidence about what keeps "
            "people safer.</p>",
        ),
        (
            "strategy_cards",
            {
                "heading": "What harm reduction includes",
                "cards": [
                    "syringe-services",
                    "safer-consumption-sites",
                    "overdose-prevention-naloxone",
                    "drug-checking",
                    "education-outreach",
                    "medication-for-opioid-use-disorder",
                    "counseling-support",
                ],
            },
        ),
        heading("Why we work this way"),
        (
            "rich_text",
            "<p>People who feel judged stop coming back. We want every patient "
            "to feel that they can tell us the truth about what they use, "
            "because that is how we keep them safe.</p>"
            "<p>By building trust, harm reduction helps prevent overdose "
            "deaths and infections, improves health, and makes it easier for "
            "people to take the next step when they are ready.</p>"
            "<p>If you are interested in treatment, read about our "
            '<a href="page:/opioid-dependence-treatment/">opioid dependence '
            "treatment</a>.</p>",
        ),
        heading("What you can ask us for"),
        (
            "rich_text",
            "<ul>"
            "<li>Naloxone, and a few minutes to learn how to use it</li>"
            "<li>Fentanyl test strips and advice on reading them</li>"
            "<li>Testing for HIV, hepatitis C and sexually transmitted "
            "infections</li>"
            "<li>Care for wounds and skin infections</li>"
            "<li>Honest answers about safer use, with no lecture</li>"
            "<li>Referrals for housing, food and mental health support</li>"
            "</ul>"
            "<p>You can ask for any of these during a visit for something "
            "else. You do not need to explain why.</p>",
        ),
        image("hands", "Care that starts where you are."),
        (
            "quote",
            {
                "text": (
                    "Our job is to keep people well enough to choose what "
                    "comes next. Judging them never helped anyone."
                ),
                "attribution": "A nurse at the clinic (an example quote)",
            },
        ),
    ],
    "children": [],
}

OPIOID_DEPENDENCE_TREATMENT = {
    "type": "content",
    "slug": "opioid-dependence-treatment",
    "title": "Opioid dependence treatment",
    "intro": (
        "Treatment with buprenorphine (Suboxone) to ease withdrawal and "
        "cravings, from a team that will not judge you."
    ),
    "body": [
        (
            "rich_text",
            "<p>Depending on opioids, whether they started with a prescription "
            "or not, is a health condition. It is not a moral failing, and "
            "you deserve care for it like any other condition.</p>"
            "<p>We treat opioid dependence with <b>buprenorphine</b>, often "
            "prescribed as Suboxone. It calms withdrawal and cravings so you "
            "can focus on your life. Medication treatment also lowers the "
            "risk of overdose.</p>",
        ),
        heading("Your first visit"),
        (
            "rich_text",
            "<ul>"
            "<li>We talk about your health, what you use and what you want "
            "from treatment. Be as honest as you can; nothing you say will "
            "shock us.</li>"
            "<li>We explain how buprenorphine works and how to start it "
            "safely. Starting too soon after other opioids can make "
            "withdrawal worse, so we plan the timing with you.</li>"
            "<li>We agree on follow-up visits and what support you would "
            "like, such as counseling.</li>"
            "<li>You leave with naloxone and know how to use it.</li>"
            "</ul>",
        ),
        heading("Staying safe along the way"),
        (
            "rich_text",
            "<p>After a break from opioids, your tolerance drops quickly. If "
            "you use again, a dose you used to take can now cause an "
            "overdose.</p>"
            "<ul>"
            "<li>Use less than you used to, and go slowly.</li>"
            "<li>Try not to use alone, or call Never Use Alone at "
            "1-800-484-3731.</li>"
            "<li>Keep naloxone with you and tell people where it is.</li>"
            "</ul>"
            "<p>Your visits are private. Ask us about payment options before "
            "you start, so cost does not come as a surprise.</p>",
        ),
        (
            "faq",
            {
                "heading": "Questions people ask",
                "items": [
                    {
                        "question": "Do I have to stop everything to start?",
                        "answer": (
                            "<p>No. We work with you from where you are. Many "
                            "people keep adjusting their goals during "
                            "treatment.</p>"
                        ),
                    },
                    {
                        "question": "Isn't this swapping one drug for another?",
                        "answer": (
                            "<p>No. Buprenorphine is a medicine taken at a "
                            "steady dose under medical care. It lets people "
                            "work, parent and sleep without the ups and downs "
                            "of withdrawal.</p>"
                        ),
                    },
                    {
                        "question": "What if I slip up?",
                        "answer": (
                            "<p>Tell us. Slips are common and are not a reason "
                            "to stop your care. We adjust the plan together.</p>"
                        ),
                    },
                ],
            },
        ),
        call_to_action(
            "Looking for treatment elsewhere?",
            "Search for treatment options near you, run by SAMHSA.",
            "Visit FindTreatment.gov",
            external_url="https://findtreatment.gov/",
        ),
    ],
    "children": [],
}

WALK_IN_CARE = {
    "type": "content",
    "slug": "walk-in-care",
    "title": "Walk-in care",
    "intro": "Urgent and primary care on the same day, without an appointment.",
    "body": [
        (
            "rich_text",
            "<p>Need to see someone today but cannot get an appointment with "
            "your regular doctor? Come in. Our walk-in clinic treats everyday "
            "illnesses and minor injuries, and can be your primary care home "
            "too.</p>"
            "<p>Walk-in care can cost less than an emergency room for "
            "problems that are not emergencies. Ask us about costs before "
            "your visit if that helps.</p>",
        ),
        heading("Common reasons to visit"),
        (
            "rich_text",
            "<ul>"
            "<li>Colds, flu, sinus infections and strep throat</li>"
            "<li>Ear and eye infections</li>"
            "<li>Urinary tract infections</li>"
            "<li>Fever</li>"
            "<li>Coughs and sore throats</li>"
            "<li>Rashes, minor cuts and skin infections, including wound "
            "care</li>"
            "<li>Sprains and minor injuries</li>"
            "<li>Check-ups and ongoing conditions</li>"
            "</ul>",
        ),
        (
            "rich_text",
            "<p><b>Go to the emergency room or call 911</b> for chest pain, "
            "trouble breathing, signs of a stroke, heavy bleeding or an "
            "overdose.</p>",
        ),
        heading("What to bring"),
        (
            "rich_text",
            "<ul>"
            "<li>A photo ID, if you have one</li>"
            "<li>Your insurance card, if you have insurance</li>"
            "<li>A list of medicines you take, or the bottles themselves</li>"
            "</ul>"
            "<p>If you do not have some of these, come anyway.</p>",
        ),
        (
            "faq",
            {
                "heading": "Before you come in",
                "items": [
                    {
                        "question": "Do I need an appointment?",
                        "answer": (
                            "<p>Not on walk-in days. Check our "
                            '<a href="page:/news/">news</a> for days that are '
                            "by appointment only.</p>"
                        ),
                    },
                    {
                        "question": "Can I see you if I use drugs?",
                        "answer": (
                            "<p>Yes. Telling us what you use helps us treat "
                            "you safely. It will not change how we treat "
                            "you.</p>"
                        ),
                    },
                    {
                        "question": "Can you be my regular doctor?",
                        "answer": (
                            "<p>Yes. Many people start with a walk-in visit "
                            "and keep coming back for primary care.</p>"
                        ),
                    },
                ],
            },
        ),
    ],
    "children": [],
}

NEWS = {
    "type": "news_index",
    "slug": "news",
    "title": "News",
    "intro": "Updates from the clinic. These posts are examples for the demo site.",
    "body": [],
    "children": [
        {
            "type": "news",
            "slug": "office-hours",
            "title": "Our office hours",
            "date": "2026-01-12",
            "summary": "When you can walk in. The hours in this post are examples.",
            "tags": ["hours"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>These hours are examples for the demo site, not "
                    "real opening times.</i></p>",
                ),
                clinic_hours(),
                ("rich_text", "<p>In an emergency, call 911 at any hour.</p>"),
            ],
            "children": [],
        },
        {
            "type": "news",
            "slug": "walk-in-no-appointment-needed",
            "title": "Walk in: no appointment needed",
            "date": "2026-02-09",
            "summary": (
                "An example post: same-day primary care when you cannot wait for an appointment."
            ),
            "tags": ["walk-in"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>This is an example post.</i></p>"
                    "<p>Need care today? You do not have to book. Walk in "
                    "during opening hours and we will see you as soon as we "
                    "can.</p>"
                    '<p>See <a href="page:/walk-in-care/">what we treat</a>.</p>',
                ),
            ],
            "children": [],
        },
        {
            "type": "news",
            "slug": "appointment-only-days",
            "title": "Some days are by appointment only",
            "date": "2026-04-20",
            "summary": "An example post: on certain days we see patients by appointment only.",
            "tags": ["appointments"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>This is an example post; the hours below are "
                    "examples.</i></p>"
                    "<p>On some days we see patients by appointment only: the "
                    "hours below say which. Please call the clinic to book.</p>",
                ),
                clinic_hours("Our opening hours"),
            ],
            "children": [],
        },
        {
            "type": "news",
            "slug": "common-reasons-to-visit",
            "title": "Common reasons to visit",
            "date": "2026-09-15",
            "summary": (
                "An example post: the everyday illnesses we can help with on a walk-in visit."
            ),
            "tags": ["walk-in", "urgent care"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>This is an example post.</i></p>"
                    "<p>Not sure if the walk-in clinic is the right place? "
                    "We often see people for:</p>"
                    "<ul>"
                    "<li>Strep throat, colds, flu and sinus infections</li>"
                    "<li>Ear and eye infections</li>"
                    "<li>Urinary tract infections</li>"
                    "<li>Fever</li>"
                    "</ul>"
                    '<p>See the <a href="page:/walk-in-care/">full list</a>.</p>',
                ),
            ],
            "children": [],
        },
    ],
}

CLINIC = {
    "key": "clinic",
    "hostname": "clinic.localhost",
    "is_default": False,
    "site_name": "Example Walk-In Clinic",
    "settings": SETTINGS,
    "home": HOME,
    "pages": [HARM_REDUCTION, OPIOID_DEPENDENCE_TREATMENT, WALK_IN_CARE, NEWS],
}
