"""The pieces both demo sites repeat, written once: the real lines and the blocks built from them.

The only real lines demo content may name are national ones; each one's label and number are
written here once, for site settings and contact-lines blocks alike. A line's usual description
is its default; a page that says it differently passes its own words. Every function returns
new data, so no two blocks share one dict.
"""

from turnto.demo.content.library import IMAGES


def _line(kind, label, value, usual=None):
    def line(description=usual):
        if description is None:
            raise TypeError(f"the {label} line has no usual description: give one")
        return {"kind": kind, "label": label, "value": value, "description": description}

    line.__doc__ = f"The {label} line ({value}), described in the page's words or the usual ones."
    return line


emergency = _line("phone", "Emergency", "911", usual="For any overdose or emergency.")
lifeline = _line("phone", "988 Suicide & Crisis Lifeline", "988", usual="Call or text, any time")
text_lifeline = _line("text", "Text 988", "988")
never_use_alone = _line(
    "phone",
    "Never Use Alone",
    "1-800-484-3731",
    usual=(
        "Call before you use. If you stop responding, they send help to the location you give them."
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
