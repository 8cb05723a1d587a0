"""Phone numbers as people write them, and the link a phone opens for one.

Used by the contact-line blocks (`core.blocks`) and the directory's listings alike."""

import re

# Phone numbers as people write them: digits, spaces, dashes, dots, brackets, a leading +.
PHONE_PATTERN = re.compile(r"^\+?[0-9(][0-9 ().\-]{1,30}$")


def dial_href(number, texting=False):
    """The link a phone opens for a number: tel: to call, sms: to text."""
    digits = re.sub(r"[^0-9+]", "", number)
    return f"{'sms' if texting else 'tel'}:{digits}"
