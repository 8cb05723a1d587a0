import logging
import re

# Directory searches can carry where a visitor is ("near=") and what they need: the query
# string of those requests is never written to the server's log.
DIRECTORY_QUERY = re.compile(r"(/api/(?:directory|hsds)/[^?\s\"]*)\?[^\s\"]*")


class RedactDirectoryQueries(logging.Filter):
    def filter(self, record):
        if record.args:
            record.args = tuple(
                DIRECTORY_QUERY.sub(r"\1?[redacted]", arg) if isinstance(arg, str) else arg
                for arg in record.args
            )
        if isinstance(record.msg, str):
            record.msg = DIRECTORY_QUERY.sub(r"\1?[redacted]", record.msg)
        return True
