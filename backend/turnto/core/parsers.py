"""Request body parsers that refuse what they cannot read with DRF's ParseError (a 400),
where DRF's own let it through to a 500."""

from rest_framework import parsers
from rest_framework.exceptions import ParseError


class SafeParsing:
    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except RecursionError as exc:  # JSON nested thousands deep
            raise ParseError("The body is nested too deeply.") from exc
        except LookupError as exc:  # a charset Python does not know
            raise ParseError("The body's charset is not known.") from exc


class JSONParser(SafeParsing, parsers.JSONParser):
    pass


class FormParser(SafeParsing, parsers.FormParser):
    pass


class MultiPartParser(SafeParsing, parsers.MultiPartParser):
    pass
