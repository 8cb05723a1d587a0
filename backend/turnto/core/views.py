from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.clickjacking import xframe_options_exempt
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Turn To</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>The site has not been built</h1>
<p>Run <code>make run</code> (or <code>npm run build</code> in <code>frontend/</code>).
Meanwhile: <a href="/admin/">the admin</a>, <a href="/api/v2/site/">the API</a>.</p>
</main></body></html>
"""


def index_response():
    index = settings.FRONTEND_DIST / "index.html"
    if not index.exists():
        return HttpResponse(NOT_BUILT, status=503)
    return HttpResponse(index.read_bytes(), content_type="text/html; charset=utf-8")


@cache_control(no_cache=True)
def site_entry(request, path=""):
    """Every public path is served the single-page site, which routes in the browser."""
    return index_response()


@never_cache
@xframe_options_exempt
def preview_entry(request):
    """The site at /preview/: the admin frames it to show a draft. Framed only by the
    admin's origins, never cached, never indexed."""
    response = index_response()
    response["Content-Security-Policy"] = f"frame-ancestors {settings.PREVIEW_FRAME_ANCESTORS}"
    response["X-Robots-Tag"] = "noindex"
    return response


@csrf_exempt  # no state to protect: an unknown method gets the 405 below, not CSRF's 403
@never_cache
@require_safe  # GET and HEAD; any other method is a 405, as the schema says
def ping(request):
    """GET /api/ping/: the smallest answer the application gives, through every middleware but
    without the database. `make bench` measures against it (the framework's floor)."""
    return JsonResponse({"ok": True})


@csrf_exempt  # a JSON 404 whatever the method, never CSRF's 403 page
def api_not_found(request):
    return JsonResponse({"message": f"no such API address: {request.path}"}, status=404)
