"""The pieces both demo sites repeat, written once: the real lines and the blocks built from them.

The only real lines demo content may name are national ones; each one's label and number are
written here once, for site settings and contact-lines blocks alike. A line's usual description
is its default; a page that says it differently passes its own words. Every function returns
new data, so no two blocks share one dict.
"""

from turnto.demo.content.library import IMAGES


def _line(kind, label, value, usual=None, note=""):
    def line(description=usual):
        if description is None:
            raise TypeError(f"the {label} line has no usual description: give one")
        return {
            "kind": kind,
            "label": label,
            "value": value,
            "description": description,
            # What a caller meets when they get through (shown under "More help lines").
            "note": note,
        }

    line.__doc__ = f"The {label} line ({value}), described in the page's words or the usual ones."
    return line


emergency = _line("phone", "Emergency", "911", usual="For any overdose or emergency.")
lifeline = _line(
    "phone",
    "988 Suicide & Crisis Lifeline",
    "988",
    usual="Call or text, any time",
    note="A trained counselor answers. Press 2 for Spanish.",
)
text_lifeline = _line("text", "Text 988", "988")
never_use_alone = _line(
    "phone",
    "Never Use Alone",
    "1-800-484-3731",
    usual=(
        "Call before you use. If you stop responding, they send help to the location you give them."
    ),
    note=(
        "Someone stays on the line while you use; if you stop answering, they send help to "
        "the address you gave."
    ),
)
samhsa = _line(
    "phone",
    "SAMHSA National Helpline",
    "1-800-662-4357",
    usual="Free, confidential help finding treatment and support, day or night.",
)
poison_control = _line(
    "phone",
    "Poison Control",
    "1-800-222-1222",
    usual="Free, confidential advice about a possible poisoning, any time.",
    note="A nurse or pharmacist answers and tells you what to do next.",
)
find_treatment = _line("online", "FindTreatment.gov", "https://findtreatment.gov/")


def heading(text, level="h2"):
    return ("heading", {"text": text, "level": level})


def contact_lines(heading, *lines):
    return ("contact_lines", {"heading": heading, "lines": list(lines)})


def call_to_action(heading, text, button_label, *, page=None, external_url="", list_pages=False):
    """A button to a page of the same site ("/path/") or, with no page, to an external address;
    with list_pages, the pages under the linked page listed above the button."""
    return (
        "call_to_action",
        {
            "heading": heading,
            "text": text,
            "button_label": button_label,
            "page": page,
            "external_url": external_url,
            "list_pages": list_pages,
        },
    )


def image(key, caption):
    """One of the demo pictures, its alt text the picture's own description."""
    description = next(spec["description"] for spec in IMAGES if spec["key"] == key)
    return ("image", {"image": key, "alt_text": description, "caption": caption})


# The anchor of the overdose steps on their page (StepsBlock: the heading, slugified).
OVERDOSE_STEPS_SECTION = "what-to-do-in-an-overdose"


def overdose_steps(intro):
    """What to do in an overdose, as numbered steps shown open: the same five steps on both
    sites (a campaign page and the clinic's), each with its one action."""
    return (
        "steps",
        {
            "heading": "What to do in an overdose",
            "intro": intro,
            "steps": [
                {
                    "title": "Call 911",
                    "text": (
                        "Say that someone is not breathing or will not wake up, and give the "
                        "address. The dispatcher will talk you through what to do."
                    ),
                    "action_label": "Call 911",
                    "action_link": "tel:911",
                },
                {
                    "title": "Give naloxone",
                    "text": (
                        "Spray one dose into a nostril. If there is no response after two to "
                        "three minutes, give another dose if you have one."
                    ),
                    "action_label": "",
                    "action_link": "",
                },
                {
                    "title": "Help them breathe",
                    "text": (
                        "If they are not breathing, tilt their head back, pinch their nose "
                        "and give one slow breath every five seconds."
                    ),
                    "action_label": "",
                    "action_link": "",
                },
                {
                    "title": "Put them on their side",
                    "text": (
                        "If they breathe but do not wake, roll them onto their side, top knee "
                        "bent, head on their hand: the recovery position keeps the airway "
                        "clear if they vomit."
                    ),
                    "action_label": "",
                    "action_link": "",
                },
                {
                    "title": "Stay with them",
                    "text": (
                        "Naloxone can wear off before the drugs do, and the overdose can come "
                        "back. Stay until help arrives."
                    ),
                    "action_label": "",
                    "action_link": "",
                },
            ],
        },
    )


def hero_action(label, page, section=""):
    return {"label": label, "page": page, "section": section, "external_url": ""}
