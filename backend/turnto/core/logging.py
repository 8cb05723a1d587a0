import logging
import re

# A query string can say where a visitor is (the directory's "near="), what they need or
# searched for (the pages API's "search=", the site's own directory links), or carry a preview
# token: no request's query string is written to the server's log. The path stays, and the
# status with it.
#
# A request line is the visitor's own text: its query may hold a quote, a tab or a space (a
# malformed request is logged as it came). So the query runs from the "?" to the protocol
# (" HTTP/1.1") or to the end of the line, whatever it holds.
QUERY_STRING = re.compile(r"\?.*?(?=\sHTTP/\d|$)", re.MULTILINE)
REDACTED_QUERY = "?[redacted]"
# The addresses gunicorn names ("Invalid request from ip=..."): IPv4, and IPv6 written with
# "::" or with at least four groups (so that a time such as 12:30:05 stays).
ADDRESS = re.compile(
    r"\b\d{1,3}(?:\.\d{1,3}){3}\b"
    r"|(?<![\w:])[0-9A-Fa-f]{0,4}(?:::?[0-9A-Fa-f]{0,4}){2,7}(?![\w:])"
)
REDACTED_ADDRESS = "[address]"


def redact(text):
    """text without any query string or IP address."""
    text = QUERY_STRING.sub(REDACTED_QUERY, text)
    return ADDRESS.sub(lambda match: redact_address(match[0]), text)


def redact_address(found):
    if ":" in found and "::" not in found and found.count(":") < 3:
        return found  # a time or a ratio, not an address
    if found.endswith(":") and not found.endswith("::"):
        return REDACTED_ADDRESS + ":"  # the colon after it ("ip=2001:db8::7: ...")
    return REDACTED_ADDRESS


class RedactQueryStrings(logging.Filter):
    """Every record leaves with its message (arguments put in) and traceback redacted: the
    arguments may be the request line, an exception's text may quote it."""

    def filter(self, record):
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info and not record.exc_text:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        return True
