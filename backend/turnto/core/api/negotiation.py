from rest_framework.negotiation import BaseContentNegotiation, DefaultContentNegotiation


class AlwaysJSON(BaseContentNegotiation):
    """JSON whatever the Accept header asks for (htmx asks for HTML): never a 406.

    Bodies are read as JSON, except in the admin: wagtail-localize's translation editor sends
    each translated string as a form (multipart), read by its own content type."""

    def select_parser(self, request, parsers):
        if request.path.startswith("/admin/"):
            return DefaultContentNegotiation().select_parser(request, parsers) or parsers[0]
        return parsers[0]

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type
