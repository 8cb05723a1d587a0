"""/api/schema/ (OpenAPI 3, JSON) and /api/docs/ (Swagger UI from our own static files).

What the document holds is put together in turnto.openapi."""

from django.http import JsonResponse

from drf_spectacular.views import SpectacularJSONAPIView, SpectacularSwaggerSplitView

from turnto.core.api.parameters import unknown_parameter_message, unknown_parameters

# The docs page runs Swagger UI's scripts and styles, all served from this site, and reads the
# schema from it: nothing from elsewhere, no inline script (the init script is its own file).
DOCS_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


class SchemaView(SpectacularJSONAPIView):
    pass


class DocsView(SpectacularSwaggerSplitView):
    template_name = "directory/api_docs.html"
    # A page to read: DRF's OPTIONS would try to render it without a template (a 500).
    http_method_names = ["get", "head"]
    # What the page reads: `script` (its init script, a file of its own) and the schema's
    # `lang` and `version`, which it passes on. Any other is refused, as by the API: the page
    # would repeat it in its script's address, and each made-up one be a page to keep.
    known_parameters = frozenset(["script", "lang", "version"])

    def get(self, request, *args, **kwargs):
        if unknown := unknown_parameters(request.GET, self.known_parameters):
            return JsonResponse({"message": unknown_parameter_message(unknown[0])}, status=400)
        response = super().get(request, *args, **kwargs)
        response["Content-Security-Policy"] = DOCS_CSP
        return response
