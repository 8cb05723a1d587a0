import logging
import re

# A query string can say where a visitor is (the directory's "near="), what they need or
# searched for (the pages API's "search=", the site's own directory links), or carry a preview
# token: no request's query string is written to the server's log. The path stays, and the
# status with it.
QUERY_STRING = re.compile(r"(/[^?\s\"]*)\?[^\s\"]*")
REDACTED = r"\1?[redacted]"


class RedactQueryStrings(logging.Filter):
    def filter(self, record):
        if record.args:
            if isinstance(record.args, dict):
                record.args = {
                    name: QUERY_STRING.sub(REDACTED, arg) if isinstance(arg, str) else arg
                    for name, arg in record.args.items()
                }
            else:
                record.args = tuple(
                    QUERY_STRING.sub(REDACTED, arg) if isinstance(arg, str) else arg
                    for arg in record.args
                )
        if isinstance(record.msg, str):
            record.msg = QUERY_STRING.sub(REDACTED, record.msg)
        return True
