"""Request body parsers that refuse what they cannot read with DRF's ParseError (a 400),
where DRF's own let it through to a 500."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class JSONParser(parsers.JSONParser):
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:  # JSON nested thousands deep: Python's parser recurses
            raise ParseError("JSON parse error - nested too deeply") from exc
