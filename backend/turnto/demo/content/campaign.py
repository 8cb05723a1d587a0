"""The Missouri campaign, "Who Can I Turn To?": its settings, home page and the pages below it.

Pages are listed in menu order at the end, as CAMPAIGN["pages"].
"""

from turnto.demo.content.blocks import (
    OVERDOSE_STEPS_SECTION,
    call_to_action,
    contact_lines,
    emergency,
    find_treatment,
    heading,
    hero_action,
    image,
    lifeline,
    never_use_alone,
    overdose_steps,
    poison_control,
    samhsa,
    text_lifeline,
)
from turnto.demo.content.cities import CITY_PAGES

# The source of the national overdose figure and the table beside it.
CDC_OVERDOSE_DEATHS = (
    "CDC National Center for Health Statistics — Drug Overdose Deaths in the United States, "
    "2002–2022 (NCHS Data Brief No. 491)"
)
CDC_OVERDOSE_DEATHS_URL = "https://www.cdc.gov/nchs/products/databriefs/db491.htm"

SETTINGS = {
    "organisation_name": "Who Can I Turn To?",
    "organisation_type": "Organization",
    # The picture of a shared link to a page that has none of its own (library.IMAGES).
    "share_image": "light",
    "crisis_lines": [
        emergency("If someone is not breathing, will not wake up or may be overdosing, call now."),
        lifeline(),
        text_lifeline("If talking out loud is hard, you can text the Lifeline instead."),
        never_use_alone(),
        samhsa(),
    ],
    # The crisis bar's "Overdose? What to do" on every page: the steps on this page.
    "overdose_steps_page": "/the-fentanyl-crisis/",
    "exit_url": "https://www.weather.gov/",
    "exit_label": "Exit this page",
    "footer_text": (
        "<p>Who Can I Turn To? is a harm reduction campaign for people across "
        "Missouri. The information here is general and is not medical advice. "
        "In an emergency, call 911.</p>"
    ),
}

HOME = {
    "title": "Who Can I Turn To?",
    "hero_heading": "Whoever you are, you can turn to us",
    "intro": (
        "Honest information, no judgement, and help finding naloxone, test "
        "strips, treatment and support in Missouri."
    ),
    "hero_actions": [
        hero_action("Find help near you", "/resource-guide/"),
        hero_action("What to do in an overdose", "/the-fentanyl-crisis/", OVERDOSE_STEPS_SECTION),
    ],
    "hero_image": "hands",
    "body": [
        (
            "rich_text",
            "<p>If you use drugs, love someone who does, or work alongside people "
            "who do, this site is for you.</p>"
            "<p>We believe every person deserves to stay safe and stay alive. You "
            "do not have to quit to get help, and you do not have to explain "
            "yourself to anyone here.</p>"
            "<p>Harm reduction means starting with what is possible today: a "
            "naloxone kit in your bag, a friend who knows the signs of an "
            'overdose, a test strip before you use. <a href="page:/what-is-harm-'
            'reduction/">Learn what harm reduction is</a> and why it works.</p>',
        ),
        heading("Ways to stay safer"),
        (
            "strategy_cards",
            {
                "heading": "",
                "cards": [
                    "overdose-prevention-naloxone",
                    "drug-checking",
                    "syringe-services",
                    "medication-for-opioid-use-disorder",
                ],
            },
        ),
        image("community", "Nobody gets through this alone."),
        heading("Who this site is for"),
        (
            "rich_text",
            "<ul>"
            "<li><b>People who use drugs:</b> practical ways to stay safer, and "
            "places to get supplies and care without being lectured.</li>"
            "<li><b>Families and friends:</b> how to spot an overdose, how to "
            "respond, and how to stay close to someone you are worried about.</li>"
            "<li><b>Outreach workers and volunteers:</b> plain-language pages "
            "you can share from your phone, with sources for every figure.</li>"
            "</ul>",
        ),
        heading("Let's end the stigma"),
        (
            "rich_text",
            "<p>Shame keeps people quiet. It stops them asking for naloxone, "
            "carrying test strips, or calling for help when a friend stops "
            "breathing.</p>"
            "<p>Words matter too. Saying <i>a person who uses drugs</i> instead of "
            "a label reminds everyone that we are talking about someone's child, "
            "parent, partner or friend.</p>"
            '<p>Want the facts? Read our <a href="page:/facts-and-stats/">facts and '
            'stats</a> and find out about <a href="page:/the-fentanyl-crisis/">the '
            "fentanyl crisis</a>.</p>",
        ),
        call_to_action(
            "Find help near you",
            "Our resource guide covers these cities, and help across the state:",
            "Open the resource guide",
            page="/resource-guide/",
            list_pages=True,
        ),
    ],
}

WHAT_IS_HARM_REDUCTION = {
    "type": "content",
    "slug": "what-is-harm-reduction",
    "title": "What is harm reduction?",
    "intro": (
        "Harm reduction is a practical, caring way of keeping people who use "
        "drugs safer and alive, whatever they decide about their use."
    ),
    "body": [
        (
            "rich_text",
            "<p>People take risks. Some use drugs, some drink, some have sex "
            "without protection. Harm reduction starts from that honest place. "
            "Instead of waiting for someone to stop, it asks a simpler "
            "question: <b>what would make today safer?</b></p>"
            "<p>Sometimes the answer is a naloxone kit. Sometimes it is a new "
            "syringe, a test strip, a ride to a clinic, or just someone who "
            "listens. For some people, quitting is the goal. For others, it is "
            "not the goal right now. Either way, staying alive comes first.</p>",
        ),
        (
            "video",
            {
                "url": "https://www.youtube.com/watch?v=EXAMPLE0001",
                "title": "Harm reduction, explained",
                "description": (
                    "An example of a video on this site. This demo links to no "
                    "real video, so it will not play."
                ),
            },
        ),
        (
            "principles",
            {
                "heading": "Five ideas at the heart of harm reduction",
                "principles": [
                    {
                        "title": "Pragmatism",
                        "description": (
                            "We deal with the world as it is. People use drugs, "
                            "so we focus on the dangers they face right now and "
                            "what can lower them."
                        ),
                    },
                    {
                        "title": "Human rights",
                        "description": (
                            "Using drugs does not cancel anyone's dignity. Every "
                            "person has the right to health care, safety and "
                            "respect."
                        ),
                    },
                    {
                        "title": "Focus on reducing harm",
                        "description": (
                            "Success is measured in lives kept and infections "
                            "avoided, not only in whether someone has stopped "
                            "using."
                        ),
                    },
                    {
                        "title": "No judgement",
                        "description": (
                            "Blame and punishment drive people away from help. "
                            "We meet people where they are and treat them as "
                            "the experts on their own lives."
                        ),
                    },
                    {
                        "title": "Grounded in evidence",
                        "description": (
                            "We use approaches that research shows keep people "
                            "safer, and we change course when the evidence "
                            "changes."
                        ),
                    },
                ],
            },
        ),
        heading("What harm reduction looks like"),
        (
            "rich_text",
            "<p>Harm reduction is not one program. It is a set of tools, and "
            "people use the ones that fit their lives. Tap a card to read "
            "more.</p>",
        ),
        (
            "strategy_cards",
            {
                "heading": "",
                "cards": [
                    "syringe-services",
                    "medication-for-opioid-use-disorder",
                    "safer-consumption-sites",
                    "safer-sex",
                    "overdose-prevention-naloxone",
                    "drug-checking",
                    "education-outreach",
                    "counseling-support",
                ],
            },
        ),
        (
            "quote",
            {
                "text": (
                    "I can't help anyone who isn't alive. So first we keep "
                    "them alive, and then we keep showing up."
                ),
                "attribution": "An outreach worker (an example quote)",
            },
        ),
        heading("Does it just make drug use easier?"),
        (
            "rich_text",
            "<p>No. Giving someone naloxone or a clean syringe does not make "
            "them use more. It keeps them alive and healthy long enough to "
            "make their own choices, including, for many people, the choice "
            "to cut down or stop.</p>"
            "<p>Harm reduction also builds trust. A person who has been "
            "treated kindly by an outreach worker is far more likely to come "
            "back when they want treatment, testing or a safe place to "
            "sleep.</p>",
        ),
        call_to_action(
            "Ready to find support?",
            (
                "See what kinds of help you can look for in your part of "
                "Missouri, and who to call any time."
            ),
            "Go to the resource guide",
            page="/resource-guide/",
        ),
    ],
    "children": [],
}

FACTS_AND_STATS = {
    "type": "content",
    "slug": "facts-and-stats",
    "title": "Facts and stats",
    "intro": (
        "A few clear numbers, where they come from, and some common beliefs "
        "about drugs that do not hold up."
    ),
    "body": [
        (
            "rich_text",
            "<p>Behind every number on this page are people: friends, "
            "parents, children, co-workers. We share these figures so you "
            "can see the size of the problem, not to frighten anyone.</p>"
            "<p>Each figure comes with its source. Tap the link to check it "
            "for yourself.</p>",
        ),
        (
            "statistic",
            {
                "figure": "107,941",
                "label": "people died of a drug overdose in the United States",
                "source_title": CDC_OVERDOSE_DEATHS,
                "source_url": CDC_OVERDOSE_DEATHS_URL,
                "as_of": "2022",
            },
        ),
        (
            "data_table",
            {
                "title": "Drug overdose deaths in the United States, 2019–2022",
                "table": {
                    "columns": [
                        {"type": "text", "heading": "Year"},
                        {"type": "number", "heading": "Deaths"},
                    ],
                    "rows": [
                        {"values": ["2019", 70630]},
                        {"values": ["2020", 91799]},
                        {"values": ["2021", 106699]},
                        {"values": ["2022", 107941]},
                    ],
                    "caption": "Deaths from drug overdose each year, all ages.",
                },
                "chart": "line",
                "summary": (
                    "Overdose deaths in the United States went up every year from 2019 to 2022."
                ),
                "source_title": CDC_OVERDOSE_DEATHS,
                "source_url": CDC_OVERDOSE_DEATHS_URL,
            },
        ),
        heading("What the numbers tell us"),
        (
            "rich_text",
            "<p>Most of these deaths can be prevented. Naloxone, test strips, "
            "never using alone and easy access to treatment all save lives. "
            "So does calling 911 without fear.</p>"
            "<p>Much of the recent rise is linked to fentanyl in the drug "
            'supply. Read more on our page about <a href="page:/the-fentanyl-'
            'crisis/">the fentanyl crisis</a>.</p>',
        ),
        (
            "faq",
            {
                "heading": "Myths and facts",
                "items": [
                    {
                        "question": "Myth: harm reduction encourages drug use.",
                        "answer": (
                            "<p>Fact: harm reduction keeps people alive and "
                            "healthy. Public health agencies, including the "
                            "CDC, report that syringe services programs do not "
                            "increase drug use. They do connect people with "
                            "testing, care and treatment.</p>"
                        ),
                    },
                    {
                        "question": "Myth: you can overdose just by touching fentanyl.",
                        "answer": (
                            "<p>Fact: medical experts say brief skin contact is "
                            "very unlikely to cause an overdose. If you touch a "
                            "powder, wash your hands with soap and water. Do "
                            "not let this fear stop you from helping someone "
                            "who is overdosing.</p>"
                        ),
                    },
                    {
                        "question": (
                            "Myth: naloxone is dangerous if the person did not take opioids."
                        ),
                        "answer": (
                            "<p>Fact: naloxone only acts on opioids. If you are "
                            "not sure what someone took, giving it will not "
                            "hurt them, and it may save their life.</p>"
                        ),
                    },
                    {
                        "question": "Myth: you need a prescription for naloxone.",
                        "answer": (
                            "<p>Fact: in 2023 the FDA approved naloxone nasal "
                            "spray for sale without a prescription. You can buy "
                            "it at many pharmacies, and many community programs "
                            "hand it out for free.</p>"
                        ),
                    },
                    {
                        "question": "Myth: people who are addicted just need more willpower.",
                        "answer": (
                            "<p>Fact: addiction is a health condition, and "
                            "treatment works. Medication, support and a life "
                            "with stable basics help far more than shame "
                            "does.</p>"
                        ),
                    },
                    {
                        "question": "Myth: if I call 911 for an overdose, I will be arrested.",
                        "answer": (
                            "<p>Fact: Missouri has a Good Samaritan law that "
                            "protects people who call for help in an overdose "
                            "in many situations. It does not cover everything, "
                            "so check the details with a legal aid service or "
                            "a local harm reduction program. Calling is always "
                            "the right call.</p>"
                        ),
                    },
                ],
            },
        ),
        call_to_action(
            "Get naloxone and learn to use it",
            "Find out where to look for naloxone and training in your area.",
            "Find help near you",
            page="/resource-guide/",
        ),
    ],
    "children": [],
}

THE_FENTANYL_CRISIS = {
    "type": "content",
    "slug": "the-fentanyl-crisis",
    "title": "The fentanyl crisis",
    "intro": (
        "Fentanyl has changed the drug supply. Here is what it is, how to stay "
        "safer, and exactly what to do if someone overdoses."
    ),
    "body": [
        heading("What is fentanyl?"),
        (
            "rich_text",
            "<p>Fentanyl is a very strong opioid. Doctors use it in "
            "hospitals, but most of the fentanyl causing overdoses is made "
            "illegally and mixed into other drugs.</p>"
            "<p>It turns up in powders, in pills made to look like real "
            "prescription medicines, and sometimes in drugs that are not "
            "opioids at all. Many people who overdose did not know fentanyl "
            "was there.</p>",
        ),
        (
            "statistic",
            {
                "figure": "2 mg",
                "label": (
                    "of fentanyl can be a deadly dose, depending on a person's "
                    "body size, tolerance and past use"
                ),
                "source_title": "U.S. Drug Enforcement Administration — Facts about Fentanyl",
                "source_url": "https://www.dea.gov/resources/facts-about-fentanyl",
                "as_of": "",
            },
        ),
        (
            "statistic",
            {
                "figure": "7 in 10",
                "label": ("fentanyl pills seized by the DEA held a potentially deadly dose"),
                "source_title": "U.S. Drug Enforcement Administration — One Pill Can Kill",
                "source_url": "https://www.dea.gov/onepill",
                "as_of": "2023",
            },
        ),
        heading("Ways to stay safer"),
        (
            "rich_text",
            "<ul>"
            "<li><b>Never use alone.</b> If you do, call Never Use Alone first, "
            "or tell someone who can check on you.</li>"
            "<li><b>Carry naloxone</b> and show the people around you where "
            "it is.</li>"
            "<li><b>Test your drugs</b> with fentanyl test strips. A negative "
            "result is not a promise of safety.</li>"
            "<li><b>Start low and go slow,</b> especially with a new supply or "
            "after a break, when your tolerance is lower.</li>"
            "<li><b>Avoid mixing</b> opioids with alcohol, benzos or other "
            "downers.</li>"
            "</ul>",
        ),
        heading("A word about xylazine", "h3"),
        (
            "rich_text",
            "<p>Xylazine, sometimes called “tranq”, is an animal sedative now "
            "found mixed with fentanyl. It is not an opioid, so naloxone does "
            "not reverse it.</p>"
            "<p><b>Give naloxone anyway.</b> Xylazine is usually mixed with "
            "opioids, and naloxone can still bring back someone's breathing. "
            "Xylazine can also cause serious wounds, so ask a clinic or "
            "outreach worker about wound care.</p>",
        ),
        overdose_steps(
            "The signs: very slow, shallow or no breathing; gurgling or snoring sounds; blue or "
            "grey lips and fingertips; tiny pupils; no waking when you shout their name or rub "
            "their breastbone."
        ),
        (
            "rich_text",
            "<p>Missouri has a Good Samaritan law that protects people who call for help in "
            "an overdose in many situations; a local program can tell you the details.</p>",
        ),
        contact_lines(
            "Lines you can call",
            emergency("For any overdose or medical emergency."),
            never_use_alone(),
            poison_control(),
            samhsa("Free, confidential help finding treatment, day or night."),
        ),
    ],
    "children": [],
}

ADDITIONAL_RESOURCES = {
    "type": "content",
    "slug": "additional-resources",
    "title": "Additional resources",
    "intro": "Help you can reach from anywhere in Missouri: by phone, by text and online.",
    "body": [
        (
            "directory_listings",
            {
                "heading": "Lines you can call from anywhere",
                "scope": ["statewide", "national"],
                "limit": 20,
            },
        ),
        (
            "rich_text",
            "<p>Not everyone lives near a city, and not everyone "
            "wants to walk into an office. These lines and websites "
            "work from anywhere. Most are free and confidential.</p>"
            "<p>If you are not sure which line to use, start with the "
            "one that fits how you feel right now. If someone may be "
            "overdosing, always call 911 first.</p>",
        ),
        heading("For families and friends"),
        (
            "rich_text",
            "<p>Loving someone who uses drugs can be frightening and "
            "lonely. You are allowed to ask for support for yourself "
            "too. The SAMHSA National Helpline can point you to family "
            "support groups as well as treatment.</p>"
            "<p>Keep naloxone where everyone in the house can find it, "
            "and make sure visitors know where it is.</p>",
        ),
        heading("For outreach workers and volunteers"),
        (
            "rich_text",
            "<p>Every page on this site is written to be shared from a "
            "phone. The numbers on our "
            '<a href="page:/facts-and-stats/">facts and stats</a> page '
            "each link to their source, and the city pages show when "
            "each listing was last checked. If you spot something out "
            "of date, please tell us.</p>",
        ),
        contact_lines(
            "Phone, text and online help",
            emergency(),
            lifeline(),
            text_lifeline("Text the Lifeline if talking out loud is hard."),
            never_use_alone(),
            samhsa(),
            poison_control("Expert advice about a possible poisoning, any time."),
            find_treatment("Search for treatment near you, run by SAMHSA."),
        ),
        (
            "faq",
            {
                "heading": "Common questions",
                "items": [
                    {
                        "question": "Where can I get naloxone?",
                        "answer": (
                            "<p>Naloxone nasal spray is sold without a "
                            "prescription at many pharmacies. Many "
                            "harm reduction programs and health "
                            "departments give it away for free, and "
                            "some will mail it.</p>"
                        ),
                    },
                    {
                        "question": "How do I find treatment?",
                        "answer": (
                            "<p>Call the SAMHSA National Helpline or "
                            "search FindTreatment.gov. You can filter "
                            "for medication for opioid use disorder, "
                            "payment options and more.</p>"
                        ),
                    },
                    {
                        "question": "I'm worried about a family member. What can I do?",
                        "answer": (
                            "<p>Keep naloxone at home and learn the "
                            "signs of an overdose. Stay in touch, even "
                            "when it is hard. Our page on "
                            '<a href="page:/what-is-harm-reduction/">'
                            "harm reduction</a> explains ways to "
                            "support someone without pushing them "
                            "away.</p>"
                        ),
                    },
                    {
                        "question": "Will anyone judge me for calling?",
                        "answer": (
                            "<p>The lines on this page are there to "
                            "help, not to judge. You do not have to "
                            "give your name to most of them.</p>"
                        ),
                    },
                ],
            },
        ),
    ],
    "children": [],
}

RESOURCE_GUIDE = {
    "type": "resource_guide",
    "slug": "resource-guide",
    "title": "Resource guide",
    "intro": (
        "Where to look for naloxone, test strips, syringe services, treatment "
        "and support across Missouri."
    ),
    "body": [
        (
            "rich_text",
            "<p>Choose your city to see the kinds of help you can find there. "
            "If your town is not listed, start with the nearest city or our "
            'page of <a href="page:/resource-guide/additional-resources/">'
            "statewide and national help</a>.</p>"
            "<p>Every listing shows the date it was last checked. Services "
            "change, so call ahead when you can.</p>",
        ),
        contact_lines(
            "Need help right now?",
            emergency("For any overdose or medical emergency."),
            lifeline(),
        ),
    ],
    # The cities in alphabetical order, then the rest, as a city added in the admin is placed.
    "children": [*sorted(CITY_PAGES, key=lambda city: city["title"]), ADDITIONAL_RESOURCES],
}

NEWS = {
    "type": "news_index",
    "slug": "news",
    "title": "What we have been up to",
    "intro": (
        "Trainings, campaigns and outreach days. These posts are examples of "
        "the kind of work a campaign like ours does."
    ),
    "body": [],
    "children": [
        {
            "type": "news",
            "slug": "naloxone-training-evening",
            "title": "What happens at a naloxone training",
            "date": "2026-03-19",
            "summary": (
                "An example post: what a free, friendly naloxone training "
                "covers, and why it is worth an hour of your evening."
            ),
            "tags": ["naloxone", "training"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>This is an example post, showing the kind of "
                    "event a campaign like ours might run.</i></p>"
                    "<p>A naloxone training is short, relaxed and open to "
                    "anyone: parents, bartenders, teachers, people who use "
                    "drugs and their friends. No one asks why you came.</p>"
                    "<p>We cover the signs of an opioid overdose, how to use "
                    "the nasal spray, how to give rescue breaths, and why to "
                    "stay with the person until help arrives. Everyone goes "
                    "home with a kit.</p>",
                ),
                (
                    "quote",
                    {
                        "text": (
                            "I used to feel helpless. Now there's a kit in my "
                            "kitchen drawer and I know what to do."
                        ),
                        "attribution": "A parent at a training (an example quote)",
                    },
                ),
            ],
            "children": [],
        },
        {
            "type": "news",
            "slug": "lets-end-the-stigma",
            "title": "Launching “Let's end the stigma”",
            "date": "2026-05-12",
            "summary": (
                "An example post: a campaign asking all of us to change how "
                "we talk about people who use drugs."
            ),
            "tags": ["stigma", "campaign"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>This is an example post, showing the kind of "
                    "campaign we run.</i></p>"
                    "<p>Stigma is one of the biggest barriers to staying "
                    "safe. When people feel judged, they use in secret, "
                    "they use alone, and they hesitate to call for help.</p>"
                    "<p>“Let's end the stigma” asks everyone to use "
                    "person-first words, to listen before giving advice, and "
                    "to treat people who use drugs as neighbours.</p>"
                    '<p>Start with our page on <a href="page:/what-is-harm-'
                    'reduction/">what harm reduction is</a>.</p>',
                ),
            ],
            "children": [],
        },
        {
            "type": "news",
            "slug": "test-strip-day",
            "title": "Test strip day on Overdose Awareness Day",
            "date": "2026-08-31",
            "summary": (
                "An example post: handing out fentanyl test strips and "
                "naloxone, and showing people how to use them."
            ),
            "tags": ["test strips", "outreach"],
            "intro": "",
            "body": [
                (
                    "rich_text",
                    "<p><i>This is an example post, showing the kind of "
                    "outreach day a campaign like ours might hold.</i></p>"
                    "<p>August 31 is International Overdose Awareness Day, "
                    "a day to remember people we have lost and to help keep "
                    "others alive.</p>"
                    "<p>On a day like this, our volunteers hand out "
                    "fentanyl test strips and naloxone, show people how to "
                    "use them, and answer questions. Nobody has to give "
                    "their name.</p>"
                    '<p>Read more about <a href="page:/the-fentanyl-crisis/">'
                    "staying safer with fentanyl in the supply</a>.</p>",
                ),
            ],
            "children": [],
        },
    ],
}

CAMPAIGN = {
    "key": "campaign",
    "hostname": "localhost",
    "is_default": True,
    "site_name": "Who Can I Turn To?",
    "settings": SETTINGS,
    "home": HOME,
    "pages": [
        WHAT_IS_HARM_REDUCTION,
        FACTS_AND_STATS,
        THE_FENTANYL_CRISIS,
        RESOURCE_GUIDE,
        NEWS,
    ],
}
