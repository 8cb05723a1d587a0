from django.middleware.gzip import GZipMiddleware


class PublicGZipMiddleware(GZipMiddleware):
    """Compress what visitors download (the API, the site's index.html), not the admin:
    admin pages carry CSRF tokens, which compression could leak (BREACH)."""

    def process_response(self, request, response):
        if request.path.startswith(("/admin/", "/documents/")):
            return response
        return super().process_response(request, response)
