from django.conf import settings
from django.http import FileResponse, HttpResponse

FRONTEND_INDEX = settings.PROJECT_DIR / "frontend" / "dist" / "index.html"

NOT_BUILT = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Turn To</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Turn To is running</h1>
<p>The single-page site has not been built yet. Meanwhile:</p>
<ul><li><a href="/admin/">Editors' admin</a></li>
<li><a href="/api/v2/site/">Site shell API</a></li>
<li><a href="/api/v2/pages/">Pages API</a></li></ul></main></body></html>
"""


def site_entry(request, path=""):
    """Every public path is served the single-page site, which routes in the browser."""
    if FRONTEND_INDEX.exists():
        return FileResponse(FRONTEND_INDEX.open("rb"), content_type="text/html; charset=utf-8")
    return HttpResponse(NOT_BUILT)
