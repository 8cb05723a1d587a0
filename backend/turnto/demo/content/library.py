"""What both demo sites choose from: the pictures and the harm reduction strategy cards.

* IMAGES: abstract pictures generated locally; "description" becomes the alt text.
* STRATEGY_CARDS: the harm reduction approaches, chosen into pages by "key". "learn_more" names,
  for each site by its "key", the path of that site's page on the card's topic (None: no link).
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
        "description": "Abstract illustration: bright orange shapes against layers of dark blue",
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
        "learn_more": {"campaign": "/what-is-harm-reduction/", "clinic": "/harm-reduction/"},
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
        "learn_more": {"campaign": "/resource-guide/", "clinic": "/opioid-dependence-treatment/"},
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
        "learn_more": {"campaign": "/what-is-harm-reduction/", "clinic": "/harm-reduction/"},
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
        "learn_more": {"campaign": None, "clinic": "/walk-in-care/"},
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
        "learn_more": {"campaign": "/the-fentanyl-crisis/", "clinic": "/harm-reduction/"},
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
        "learn_more": {"campaign": "/the-fentanyl-crisis/", "clinic": "/harm-reduction/"},
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
        "learn_more": {"campaign": "/facts-and-stats/", "clinic": None},
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
        "learn_more": {"campaign": "/resource-guide/", "clinic": "/opioid-dependence-treatment/"},
    },
]
