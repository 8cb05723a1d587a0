"""Demo content for Turn To: two example sites, written as plain Python data.

Everything here is the project's own wording. It covers the same pages and the same kinds of
facts as two public harm reduction sites (a Missouri campaign and a walk-in clinic), but
none of their sentences are copied.

Content rules this file keeps:

* The only statistics are three national figures and one table, each with its source.
* The only real phone lines are national ones (911, 988, SAMHSA, Never Use Alone and
  Poison Control). Any other number uses the 555-01xx range and says it is an example.
* No real local organisations, addresses or opening hours. The clinic is fictional.
* News posts say plainly that they are examples of what a campaign or clinic might post.

Shapes:

* IMAGES: abstract pictures generated locally; "description" becomes the alt text.
* STRATEGY_CARDS: the harm reduction approaches, chosen into pages by "key".
* SITES: one dict per site, with settings, a home page and the pages below it in menu order.
* Page bodies are lists of (block type, value) tuples. Internal links in rich text are
  written as href="page:/path/" and point at a page of the same site.
"""

IMAGES = [
    {
        "key": "hands",
        "title": "Reaching out",
        "description": (
            "Abstract illustration: soft overlapping shapes in deep teal and warm amber "
            "on a cream background"
        ),
        "colors": ["#1d4f5c", "#f2b544", "#f7efe2"],
    },
    {
        "key": "community",
        "title": "Together",
        "description": (
            "Abstract illustration: a loose cluster of rounded shapes in coral, teal and sand tones"
        ),
        "colors": ["#e07a5f", "#3d7a8a", "#f4e9d8"],
    },
    {
        "key": "path",
        "title": "A way forward",
        "description": (
            "Abstract illustration: calm shapes in forest green and gold on a pale background"
        ),
        "colors": ["#2f6b4f", "#e9c46a", "#f5f1e6"],
    },
    {
        "key": "light",
        "title": "A light left on",
        "description": ("Abstract illustration: bright orange shapes against layers of dark blue"),
        "colors": ["#16324f", "#f4a259", "#fbf3e4"],
    },
    {
        "key": "care",
        "title": "Care",
        "description": (
            "Abstract illustration: simple shapes in calm blue and mint green on an "
            "off-white background"
        ),
        "colors": ["#2b5d8a", "#8fd3c1", "#f3f7f6"],
    },
]

STRATEGY_CARDS = [
    {
        "key": "syringe-services",
        "title": "Syringe services",
        "summary": (
            "New, sterile supplies for people who inject drugs, and a friendly place to "
            "ask for other help."
        ),
        "body": (
            "<p>Syringe services programs give out new needles, syringes and other "
            "supplies, and take used ones back so they can be thrown away safely. Using "
            "new equipment every time lowers the chance of HIV, hepatitis C and skin "
            "infections.</p>"
            "<p>Many programs also offer testing, naloxone, wound care and a way into "
            "treatment for anyone who asks. Nobody has to stop using to get supplies.</p>"
        ),
        "icon": "syringe",
        "image": None,
        "learn_more": "/what-is-harm-reduction/",
    },
    {
        "key": "medication-for-opioid-use-disorder",
        "title": "Medication for opioid use disorder",
        "summary": (
            "Buprenorphine and methadone ease withdrawal and cravings, so people can "
            "steady their lives on their own terms."
        ),
        "body": (
            "<p>Medications such as <b>buprenorphine</b> (often sold as Suboxone) and "
            "<b>methadone</b> act on the same parts of the brain as other opioids, but "
            "in a steadier, safer way. They calm withdrawal and cravings.</p>"
            "<p>Taking medication is treatment, not trading one drug for another. It "
            "lowers the risk of overdose and gives people room to work, parent, sleep "
            "and plan.</p>"
        ),
        "icon": "pill",
        "image": "path",
        "learn_more": "/resource-guide/",
    },
    {
        "key": "safer-consumption-sites",
        "title": "Safer consumption sites",
        "summary": (
            "Places where people can use with trained staff close by, ready to respond "
            "to an overdose."
        ),
        "body": (
            "<p>At a supervised site, sometimes called an overdose prevention center, "
            "people bring their own drugs and use them with trained staff nearby. If "
            "someone stops breathing, help is already in the room.</p>"
            "<p>These sites are rare in the United States and the law differs from place "
            "to place. Where they exist, they also offer sterile supplies, a warm welcome "
            "and links to health care.</p>"
        ),
        "icon": "house",
        "image": None,
        "learn_more": "/what-is-harm-reduction/",
    },
    {
        "key": "safer-sex",
        "title": "Safer sex",
        "summary": (
            "Condoms, regular testing and honest information to lower the risk of "
            "sexually transmitted infections."
        ),
        "body": (
            "<p>Harm reduction is not only about drugs. Free condoms and lube, easy "
            "testing for sexually transmitted infections, and frank talk about risk all "
            "help people protect themselves and their partners.</p>"
            "<p>Ask a clinic or outreach worker about testing and about PrEP, a medicine "
            "that helps prevent HIV.</p>"
        ),
        "icon": "heart",
        "image": None,
        "learn_more": None,
    },
    {
        "key": "overdose-prevention-naloxone",
        "title": "Overdose prevention and naloxone",
        "summary": "Know the signs of an overdose, carry naloxone, and try never to use alone.",
        "body": (
            "<p>Naloxone (often sold as Narcan) reverses an opioid overdose. The nasal "
            "spray can be bought without a prescription, and many programs give it out "
            "for free.</p>"
            "<p>Learn the signs: very slow or no breathing, blue or grey lips, and not "
            "waking up. Call 911, give naloxone, and stay with the person.</p>"
        ),
        "icon": "naloxone",
        "image": "hands",
        "learn_more": "/the-fentanyl-crisis/",
    },
    {
        "key": "drug-checking",
        "title": "Drug checking",
        "summary": (
            "Test strips and other tools help people find out what is in their supply "
            "before they use it."
        ),
        "body": (
            "<p>Fentanyl test strips show whether fentanyl is in a drug. Newer strips "
            "can also check for xylazine. Some programs offer more detailed drug "
            "checking.</p>"
            "<p>A negative result does not mean a drug is safe, and a strip cannot tell "
            "you how strong something is. Start low, go slow, and keep naloxone "
            "close.</p>"
        ),
        "icon": "test-strip",
        "image": None,
        "learn_more": "/the-fentanyl-crisis/",
    },
    {
        "key": "education-outreach",
        "title": "Education and outreach",
        "summary": (
            "Clear, honest information taken to people where they are: on the street, "
            "at shelters, at events and online."
        ),
        "body": (
            "<p>Outreach workers bring supplies, naloxone and plain information to the "
            "places people already spend time. They answer questions without lecturing "
            "and help people find services when they want them.</p>"
            "<p>Education covers safer use, overdose response, infections, wound care "
            "and where to get help.</p>"
        ),
        "icon": "megaphone",
        "image": None,
        "learn_more": "/facts-and-stats/",
    },
    {
        "key": "counseling-support",
        "title": "Counseling and support",
        "summary": (
            "Someone to talk to without judgement, and help with housing, health care "
            "and other needs."
        ),
        "body": (
            "<p>Counselors and peer workers, some of whom have used drugs themselves, "
            "listen first. They help people think through what they want and connect "
            "them with health care, housing, food and legal help.</p>"
            "<p>Support is there whether or not someone wants to change how they use.</p>"
        ),
        "icon": "chat",
        "image": None,
        "learn_more": "/resource-guide/",
    },
]

SITES = [
    # ------------------------------------------------------------------------------------
    # The Missouri campaign
    # ------------------------------------------------------------------------------------
    {
        "key": "campaign",
        "hostname": "localhost",
        "is_default": True,
        "site_name": "Who Can I Turn To?",
        "settings": {
            "organisation_name": "Who Can I Turn To?",
            "crisis_lines": [
                {
                    "kind": "phone",
                    "label": "Emergency",
                    "value": "911",
                    "description": (
                        "If someone is not breathing, will not wake up or may be "
                        "overdosing, call now."
                    ),
                },
                {
                    "kind": "phone",
                    "label": "988 Suicide & Crisis Lifeline",
                    "value": "988",
                    "description": "Call or text, any time",
                },
                {
                    "kind": "text",
                    "label": "Text 988",
                    "value": "988",
                    "description": (
                        "If talking out loud is hard, you can text the Lifeline instead."
                    ),
                },
                {
                    "kind": "phone",
                    "label": "Never Use Alone",
                    "value": "1-800-484-3731",
                    "description": (
                        "Call before you use. If you stop responding, they send help to "
                        "the location you give them."
                    ),
                },
                {
                    "kind": "phone",
                    "label": "SAMHSA National Helpline",
                    "value": "1-800-662-4357",
                    "description": (
                        "Free, confidential help finding treatment and support, day or night."
                    ),
                },
            ],
            "exit_url": "https://www.weather.gov/",
            "exit_label": "Exit this page",
            "footer_text": (
                "<p>Who Can I Turn To? is a harm reduction campaign for people across "
                "Missouri. The information here is general and is not medical advice. "
                "In an emergency, call 911.</p>"
            ),
        },
        "home": {
            "title": "Who Can I Turn To?",
            "hero_heading": "Whoever you are, you can turn to us",
            "intro": (
                "Honest information, no judgement, and help finding naloxone, test "
                "strips, treatment and support in Missouri."
            ),
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
                ("heading", {"text": "Ways to stay safer", "level": "h2"}),
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
                (
                    "image",
                    {
                        "image": "community",
                        "alt_text": (
                            "Abstract illustration: a loose cluster of rounded shapes in "
                            "coral, teal and sand tones"
                        ),
                        "caption": "Nobody gets through this alone.",
                    },
                ),
                ("heading", {"text": "Who this site is for", "level": "h2"}),
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
                ("heading", {"text": "Let's end the stigma", "level": "h2"}),
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
                (
                    "call_to_action",
                    {
                        "heading": "Find help near you",
                        "text": (
                            "Our resource guide covers Kansas City, St. Louis, Columbia, "
                            "Springfield, Jefferson City and statewide help."
                        ),
                        "button_label": "Open the resource guide",
                        "page": "/resource-guide/",
                        "external_url": "",
                    },
                ),
            ],
        },
        "pages": [
            # ----------------------------------------------------------------------------
            {
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
                                "A short video explaining harm reduction. This link is a "
                                "placeholder: editors replace it with the video they have "
                                "chosen before the page goes live."
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
                    ("heading", {"text": "What harm reduction looks like", "level": "h2"}),
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
                            "attribution": "An outreach worker",
                        },
                    ),
                    ("heading", {"text": "Does it just make drug use easier?", "level": "h2"}),
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
                    (
                        "call_to_action",
                        {
                            "heading": "Ready to find support?",
                            "text": (
                                "See what kinds of help you can look for in your part of "
                                "Missouri, and who to call any time."
                            ),
                            "button_label": "Go to the resource guide",
                            "page": "/resource-guide/",
                            "external_url": "",
                        },
                    ),
                ],
                "children": [],
            },
            # ----------------------------------------------------------------------------
            {
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
                            "label": (
                                "people died of a drug overdose in the United States in 2022"
                            ),
                            "source_title": (
                                "CDC National Center for Health Statistics — Drug Overdose "
                                "Deaths in the United States, 2002–2022 (NCHS Data Brief "
                                "No. 491)"
                            ),
                            "source_url": "https://www.cdc.gov/nchs/products/databriefs/db491.htm",
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
                                "Overdose deaths in the United States went up every year "
                                "from 2019 to 2022."
                            ),
                            "source_title": (
                                "CDC National Center for Health Statistics — Drug Overdose "
                                "Deaths in the United States, 2002–2022 (NCHS Data Brief "
                                "No. 491)"
                            ),
                            "source_url": "https://www.cdc.gov/nchs/products/databriefs/db491.htm",
                        },
                    ),
                    ("heading", {"text": "What the numbers tell us", "level": "h2"}),
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
                                    "question": (
                                        "Myth: you can overdose just by touching fentanyl."
                                    ),
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
                                        "Myth: naloxone is dangerous if the person did not "
                                        "take opioids."
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
                                    "question": (
                                        "Myth: people who are addicted just need more willpower."
                                    ),
                                    "answer": (
                                        "<p>Fact: addiction is a health condition, and "
                                        "treatment works. Medication, support and a life "
                                        "with stable basics help far more than shame "
                                        "does.</p>"
                                    ),
                                },
                                {
                                    "question": (
                                        "Myth: if I call 911 for an overdose, I will be arrested."
                                    ),
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
                    (
                        "call_to_action",
                        {
                            "heading": "Get naloxone and learn to use it",
                            "text": (
                                "Find out where to look for naloxone and training in your area."
                            ),
                            "button_label": "Find help near you",
                            "page": "/resource-guide/",
                            "external_url": "",
                        },
                    ),
                ],
                "children": [],
            },
            # ----------------------------------------------------------------------------
            {
                "type": "content",
                "slug": "the-fentanyl-crisis",
                "title": "The fentanyl crisis",
                "intro": (
                    "Fentanyl has changed the drug supply. Here is what it is, how to stay "
                    "safer, and exactly what to do if someone overdoses."
                ),
                "body": [
                    ("heading", {"text": "What is fentanyl?", "level": "h2"}),
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
                            "source_title": (
                                "U.S. Drug Enforcement Administration — Facts about Fentanyl"
                            ),
                            "source_url": "https://www.dea.gov/resources/facts-about-fentanyl",
                            "as_of": "",
                        },
                    ),
                    (
                        "statistic",
                        {
                            "figure": "7 in 10",
                            "label": (
                                "fentanyl pills seized by the DEA in 2023 held a potentially "
                                "deadly dose"
                            ),
                            "source_title": (
                                "U.S. Drug Enforcement Administration — One Pill Can Kill"
                            ),
                            "source_url": "https://www.dea.gov/onepill",
                            "as_of": "2023",
                        },
                    ),
                    ("heading", {"text": "Ways to stay safer", "level": "h2"}),
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
                    ("heading", {"text": "A word about xylazine", "level": "h3"}),
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
                    (
                        "faq",
                        {
                            "heading": "What to do in an overdose",
                            "items": [
                                {
                                    "question": "How do I know someone is overdosing?",
                                    "answer": (
                                        "<p>Look for very slow, shallow or no breathing; "
                                        "gurgling or snoring sounds; blue or grey lips and "
                                        "fingertips; tiny pupils; and not waking up when "
                                        "you shout their name or rub their breastbone.</p>"
                                    ),
                                },
                                {
                                    "question": "1. Call 911",
                                    "answer": (
                                        "<p>Call 911 straight away. Say that someone is not "
                                        "breathing or will not wake up, and give the "
                                        "address. The dispatcher will guide you.</p>"
                                    ),
                                },
                                {
                                    "question": "2. Give naloxone",
                                    "answer": (
                                        "<p>Spray naloxone into one nostril. If the person "
                                        "does not respond after a few minutes, give "
                                        "another dose if you have one.</p>"
                                    ),
                                },
                                {
                                    "question": "3. Help them breathe",
                                    "answer": (
                                        "<p>If they are not breathing, tilt their head "
                                        "back, pinch their nose and give slow, steady "
                                        "breaths into their mouth. Follow the dispatcher's "
                                        "instructions.</p>"
                                    ),
                                },
                                {
                                    "question": "4. Put them in the recovery position",
                                    "answer": (
                                        "<p>If they are breathing but not awake, roll them "
                                        "onto their side with their top knee bent and "
                                        "their head resting on their hand. This keeps the "
                                        "airway open if they vomit.</p>"
                                    ),
                                },
                                {
                                    "question": "5. Stay with them",
                                    "answer": (
                                        "<p>Naloxone can wear off before the drugs do, so "
                                        "the overdose can come back. Stay until help "
                                        "arrives. Missouri has a Good Samaritan law that "
                                        "protects people who call for help in an overdose "
                                        "in many situations; check the details with a "
                                        "local program.</p>"
                                    ),
                                },
                            ],
                        },
                    ),
                    (
                        "contact_lines",
                        {
                            "heading": "Lines you can call",
                            "lines": [
                                {
                                    "kind": "phone",
                                    "label": "Emergency",
                                    "value": "911",
                                    "description": "For any overdose or medical emergency.",
                                },
                                {
                                    "kind": "phone",
                                    "label": "Never Use Alone",
                                    "value": "1-800-484-3731",
                                    "description": (
                                        "Call before you use. If you stop responding, they "
                                        "send help to the location you give them."
                                    ),
                                },
                                {
                                    "kind": "phone",
                                    "label": "Poison Control",
                                    "value": "1-800-222-1222",
                                    "description": (
                                        "Free, confidential advice about a possible "
                                        "poisoning, any time."
                                    ),
                                },
                                {
                                    "kind": "phone",
                                    "label": "SAMHSA National Helpline",
                                    "value": "1-800-662-4357",
                                    "description": (
                                        "Free, confidential help finding treatment, day or night."
                                    ),
                                },
                            ],
                        },
                    ),
                ],
                "children": [],
            },
            # ----------------------------------------------------------------------------
            {
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
                    (
                        "contact_lines",
                        {
                            "heading": "Need help right now?",
                            "lines": [
                                {
                                    "kind": "phone",
                                    "label": "Emergency",
                                    "value": "911",
                                    "description": "For any overdose or medical emergency.",
                                },
                                {
                                    "kind": "phone",
                                    "label": "988 Suicide & Crisis Lifeline",
                                    "value": "988",
                                    "description": "Call or text, any time",
                                },
                            ],
                        },
                    ),
                ],
                "children": [
                    {
                        "type": "city",
                        "slug": "kansas-city",
                        "title": "Kansas City",
                        "city": "Kansas City",
                        "intro": (
                            "Harm reduction help in and around Kansas City, on both sides "
                            "of the state line."
                        ),
                        "body": [
                            (
                                "rich_text",
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
                                "<p>Each listing below shows when it was last checked. "
                                "Hours and services change, so call ahead if you can.</p>",
                            ),
                            (
                                "contact_lines",
                                {
                                    "heading": "National lines, any time",
                                    "lines": [
                                        {
                                            "kind": "phone",
                                            "label": "Emergency",
                                            "value": "911",
                                            "description": "For any overdose or emergency.",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "988 Suicide & Crisis Lifeline",
                                            "value": "988",
                                            "description": "Call or text, any time",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Never Use Alone",
                                            "value": "1-800-484-3731",
                                            "description": (
                                                "Call before you use; they send help if "
                                                "you stop responding."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "SAMHSA National Helpline",
                                            "value": "1-800-662-4357",
                                            "description": "Free, confidential treatment help.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Looking for more?",
                                    "text": "See statewide, phone and online help.",
                                    "button_label": "Additional resources",
                                    "page": "/resource-guide/additional-resources/",
                                    "external_url": "",
                                },
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "city",
                        "slug": "st-louis",
                        "title": "St. Louis",
                        "city": "St. Louis",
                        "intro": (
                            "Harm reduction help in St. Louis city and the surrounding county."
                        ),
                        "body": [
                            (
                                "rich_text",
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
                                "something has changed, let us know.</p>",
                            ),
                            (
                                "contact_lines",
                                {
                                    "heading": "National lines, any time",
                                    "lines": [
                                        {
                                            "kind": "phone",
                                            "label": "Emergency",
                                            "value": "911",
                                            "description": "For any overdose or emergency.",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "988 Suicide & Crisis Lifeline",
                                            "value": "988",
                                            "description": "Call or text, any time",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Never Use Alone",
                                            "value": "1-800-484-3731",
                                            "description": (
                                                "Call before you use; they send help if "
                                                "you stop responding."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "SAMHSA National Helpline",
                                            "value": "1-800-662-4357",
                                            "description": "Free, confidential treatment help.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Looking for more?",
                                    "text": "See statewide, phone and online help.",
                                    "button_label": "Additional resources",
                                    "page": "/resource-guide/additional-resources/",
                                    "external_url": "",
                                },
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "city",
                        "slug": "columbia",
                        "title": "Columbia",
                        "city": "Columbia",
                        "intro": (
                            "Harm reduction help in Columbia, for residents, students and families."
                        ),
                        "body": [
                            (
                                "rich_text",
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
                                "know how fresh the information is.</p>",
                            ),
                            (
                                "contact_lines",
                                {
                                    "heading": "National lines, any time",
                                    "lines": [
                                        {
                                            "kind": "phone",
                                            "label": "Emergency",
                                            "value": "911",
                                            "description": "For any overdose or emergency.",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "988 Suicide & Crisis Lifeline",
                                            "value": "988",
                                            "description": "Call or text, any time",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Never Use Alone",
                                            "value": "1-800-484-3731",
                                            "description": (
                                                "Call before you use; they send help if "
                                                "you stop responding."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "SAMHSA National Helpline",
                                            "value": "1-800-662-4357",
                                            "description": "Free, confidential treatment help.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Looking for more?",
                                    "text": "See statewide, phone and online help.",
                                    "button_label": "Additional resources",
                                    "page": "/resource-guide/additional-resources/",
                                    "external_url": "",
                                },
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "city",
                        "slug": "springfield",
                        "title": "Springfield",
                        "city": "Springfield",
                        "intro": (
                            "Harm reduction help in Springfield and the towns of "
                            "southwest Missouri around it."
                        ),
                        "body": [
                            (
                                "rich_text",
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
                                "Call ahead before a long drive.</p>",
                            ),
                            (
                                "contact_lines",
                                {
                                    "heading": "National lines, any time",
                                    "lines": [
                                        {
                                            "kind": "phone",
                                            "label": "Emergency",
                                            "value": "911",
                                            "description": "For any overdose or emergency.",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "988 Suicide & Crisis Lifeline",
                                            "value": "988",
                                            "description": "Call or text, any time",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Never Use Alone",
                                            "value": "1-800-484-3731",
                                            "description": (
                                                "Call before you use; they send help if "
                                                "you stop responding."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "SAMHSA National Helpline",
                                            "value": "1-800-662-4357",
                                            "description": "Free, confidential treatment help.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Looking for more?",
                                    "text": "See statewide, phone and online help.",
                                    "button_label": "Additional resources",
                                    "page": "/resource-guide/additional-resources/",
                                    "external_url": "",
                                },
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "city",
                        "slug": "jefferson-city",
                        "title": "Jefferson City",
                        "city": "Jefferson City",
                        "intro": (
                            "Harm reduction help in Jefferson City and the mid-Missouri "
                            "counties nearby."
                        ),
                        "body": [
                            (
                                "rich_text",
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
                                "change, so call first if you can.</p>",
                            ),
                            (
                                "contact_lines",
                                {
                                    "heading": "National lines, any time",
                                    "lines": [
                                        {
                                            "kind": "phone",
                                            "label": "Emergency",
                                            "value": "911",
                                            "description": "For any overdose or emergency.",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "988 Suicide & Crisis Lifeline",
                                            "value": "988",
                                            "description": "Call or text, any time",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Never Use Alone",
                                            "value": "1-800-484-3731",
                                            "description": (
                                                "Call before you use; they send help if "
                                                "you stop responding."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "SAMHSA National Helpline",
                                            "value": "1-800-662-4357",
                                            "description": "Free, confidential treatment help.",
                                        },
                                    ],
                                },
                            ),
                            (
                                "call_to_action",
                                {
                                    "heading": "Looking for more?",
                                    "text": "See statewide, phone and online help.",
                                    "button_label": "Additional resources",
                                    "page": "/resource-guide/additional-resources/",
                                    "external_url": "",
                                },
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "content",
                        "slug": "additional-resources",
                        "title": "Additional resources",
                        "intro": (
                            "Help you can reach from anywhere in Missouri: by phone, by "
                            "text and online."
                        ),
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
                            ("heading", {"text": "For families and friends", "level": "h2"}),
                            (
                                "rich_text",
                                "<p>Loving someone who uses drugs can be frightening and "
                                "lonely. You are allowed to ask for support for yourself "
                                "too. The SAMHSA National Helpline can point you to family "
                                "support groups as well as treatment.</p>"
                                "<p>Keep naloxone where everyone in the house can find it, "
                                "and make sure visitors know where it is.</p>",
                            ),
                            (
                                "heading",
                                {"text": "For outreach workers and volunteers", "level": "h2"},
                            ),
                            (
                                "rich_text",
                                "<p>Every page on this site is written to be shared from a "
                                "phone. The numbers on our "
                                '<a href="page:/facts-and-stats/">facts and stats</a> page '
                                "each link to their source, and the city pages show when "
                                "each listing was last checked. If you spot something out "
                                "of date, please tell us.</p>",
                            ),
                            (
                                "contact_lines",
                                {
                                    "heading": "Phone, text and online help",
                                    "lines": [
                                        {
                                            "kind": "phone",
                                            "label": "Emergency",
                                            "value": "911",
                                            "description": "For any overdose or emergency.",
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "988 Suicide & Crisis Lifeline",
                                            "value": "988",
                                            "description": "Call or text, any time",
                                        },
                                        {
                                            "kind": "text",
                                            "label": "Text 988",
                                            "value": "988",
                                            "description": (
                                                "Text the Lifeline if talking out loud is hard."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Never Use Alone",
                                            "value": "1-800-484-3731",
                                            "description": (
                                                "Call before you use. If you stop "
                                                "responding, they send help to the "
                                                "location you give them."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "SAMHSA National Helpline",
                                            "value": "1-800-662-4357",
                                            "description": (
                                                "Free, confidential help finding treatment "
                                                "and support, day or night."
                                            ),
                                        },
                                        {
                                            "kind": "phone",
                                            "label": "Poison Control",
                                            "value": "1-800-222-1222",
                                            "description": (
                                                "Expert advice about a possible poisoning, "
                                                "any time."
                                            ),
                                        },
                                        {
                                            "kind": "online",
                                            "label": "FindTreatment.gov",
                                            "value": "https://findtreatment.gov/",
                                            "description": (
                                                "Search for treatment near you, run by SAMHSA."
                                            ),
                                        },
                                    ],
                                },
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
                                            "question": (
                                                "I'm worried about a family member. What can I do?"
                                            ),
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
                    },
                ],
            },
            # ----------------------------------------------------------------------------
            {
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
                                    "attribution": "A parent at a training",
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
            },
        ],
    },
    # ------------------------------------------------------------------------------------
    # The fictional walk-in clinic
    # ------------------------------------------------------------------------------------
    {
        "key": "clinic",
        "hostname": "clinic.localhost",
        "is_default": False,
        "site_name": "Example Walk-In Clinic",
        "settings": {
            "organisation_name": "Example Walk-In Clinic",
            "crisis_lines": [
                {
                    "kind": "phone",
                    "label": "Emergency",
                    "value": "911",
                    "description": (
                        "For an overdose, chest pain, trouble breathing or any emergency."
                    ),
                },
                {
                    "kind": "phone",
                    "label": "988 Suicide & Crisis Lifeline",
                    "value": "988",
                    "description": "Call or text, any time",
                },
                {
                    "kind": "phone",
                    "label": "Poison Control",
                    "value": "1-800-222-1222",
                    "description": (
                        "Free, confidential advice about a possible poisoning, any time."
                    ),
                },
                {
                    "kind": "phone",
                    "label": "SAMHSA National Helpline",
                    "value": "1-800-662-4357",
                    "description": (
                        "Free, confidential help finding treatment and support, day or night."
                    ),
                },
            ],
            "exit_url": "https://www.weather.gov/",
            "exit_label": "Exit this page",
            "footer_text": (
                "<p>Example Walk-In Clinic is a fictional clinic used to demonstrate this "
                "site. Its details are examples. In an emergency, call 911.</p>"
            ),
        },
        "home": {
            "title": "Example Walk-In Clinic",
            "hero_heading": "Same-day care, without the judgement",
            "intro": (
                "Walk-in urgent and primary care, and treatment for opioid dependence, "
                "in one welcoming place."
            ),
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
                        "listings": ["Example Walk-In Clinic: urgent care and Suboxone treatment"],
                        "scope": [],
                        "limit": 1,
                    },
                ),
                (
                    "contact_lines",
                    {
                        "heading": "Contact the clinic",
                        "lines": [
                            {
                                "kind": "phone",
                                "label": "Example clinic line (not a real number)",
                                "value": "555-0100",
                                "description": (
                                    "This is an example number for the demo site. Replace "
                                    "it with the clinic's real line."
                                ),
                            },
                            {
                                "kind": "phone",
                                "label": "Emergency",
                                "value": "911",
                                "description": "Do not wait for the clinic in an emergency.",
                            },
                        ],
                    },
                ),
                (
                    "call_to_action",
                    {
                        "heading": "No appointment needed",
                        "text": "See what we treat on a walk-in visit.",
                        "button_label": "About walk-in care",
                        "page": "/walk-in-care/",
                        "external_url": "",
                    },
                ),
            ],
        },
        "pages": [
            {
                "type": "content",
                "slug": "harm-reduction",
                "title": "Harm reduction",
                "intro": (
                    "Practical ways to keep people who use drugs safer and healthier, "
                    "with dignity and without conditions."
                ),
                "body": [
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
                    ("heading", {"text": "Why we work this way", "level": "h2"}),
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
                    ("heading", {"text": "What you can ask us for", "level": "h2"}),
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
                    (
                        "image",
                        {
                            "image": "hands",
                            "alt_text": (
                                "Abstract illustration: soft overlapping shapes in deep "
                                "teal and warm amber on a cream background"
                            ),
                            "caption": "Care that starts where you are.",
                        },
                    ),
                    (
                        "quote",
                        {
                            "text": (
                                "Our job is to keep people well enough to choose what "
                                "comes next. Judging them never helped anyone."
                            ),
                            "attribution": "A nurse at the clinic",
                        },
                    ),
                ],
                "children": [],
            },
            {
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
                    ("heading", {"text": "Your first visit", "level": "h2"}),
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
                    ("heading", {"text": "Staying safe along the way", "level": "h2"}),
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
                    (
                        "call_to_action",
                        {
                            "heading": "Looking for treatment elsewhere?",
                            "text": "Search for treatment options near you, run by SAMHSA.",
                            "button_label": "Visit FindTreatment.gov",
                            "page": None,
                            "external_url": "https://findtreatment.gov/",
                        },
                    ),
                ],
                "children": [],
            },
            {
                "type": "content",
                "slug": "walk-in-care",
                "title": "Walk-in care",
                "intro": ("Urgent and primary care on the same day, without an appointment."),
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
                    ("heading", {"text": "Common reasons to visit", "level": "h2"}),
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
                    ("heading", {"text": "What to bring", "level": "h2"}),
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
            },
            {
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
                                "real opening times.</i></p>"
                                "<ul>"
                                "<li>Monday to Friday: 12:00 PM to 6:00 PM</li>"
                                "<li>Saturday: 10:00 AM to 2:00 PM</li>"
                                "<li>Sunday: closed</li>"
                                "</ul>"
                                "<p>In an emergency, call 911 at any hour.</p>",
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "news",
                        "slug": "walk-in-no-appointment-needed",
                        "title": "Walk in: no appointment needed",
                        "date": "2026-02-09",
                        "summary": (
                            "An example post: same-day primary care when you cannot wait "
                            "for an appointment."
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
                        "summary": (
                            "An example post: on certain days we see patients by appointment only."
                        ),
                        "tags": ["appointments"],
                        "intro": "",
                        "body": [
                            (
                                "rich_text",
                                "<p><i>This is an example post; the days below are "
                                "examples.</i></p>"
                                "<p>On Fridays and Saturdays we will see patients by "
                                "appointment only. Please call the clinic to book.</p>"
                                "<p>Walk-in visits continue on the other open days.</p>",
                            ),
                        ],
                        "children": [],
                    },
                    {
                        "type": "news",
                        "slug": "common-reasons-to-visit",
                        "title": "Common reasons to visit",
                        "date": "2026-09-15",
                        "summary": (
                            "An example post: the everyday illnesses we can help with on "
                            "a walk-in visit."
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
            },
        ],
    },
]


if __name__ == "__main__":
    for _site in SITES:
        print(_site["key"], _site["hostname"], len(_site["pages"]), "top-level pages")
