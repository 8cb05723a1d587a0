from django.conf import settings
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from turnto.api import api_router
from turnto.core.api.endpoints import api_not_found, ping
from turnto.directory.api.openapi import DocsView, SchemaView
from turnto.website.offline import manifest, offline_page
from turnto.website.views import preview_entry, robots_txt, site_entry, sitemap

urlpatterns = [
    # Without the slash, where the editor meant to go (the catch-all below would show the site).
    path("admin", RedirectView.as_view(url="/admin/", permanent=True, query_string=True)),
    path("documents", RedirectView.as_view(url="/documents/", permanent=True, query_string=True)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("api/ping/", ping, name="ping"),
    path("api/directory/", include("turnto.directory.urls")),
    path("api/hsds/", include("turnto.directory.hsds.urls")),
    path("api/schema/", SchemaView.as_view(), name="api_schema"),
    path("api/docs/", DocsView.as_view(url_name="api_schema"), name="api_docs"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [
    path("preview/", preview_entry, name="preview"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("offline/", offline_page, name="offline"),
    # The offline page in each other language ("/es/offline/"), in that language's words.
    *(
        path(f"{code}/offline/", offline_page, {"language": code}, name=f"offline_{code}")
        for code, _name in settings.LANGUAGES
        if code != settings.LANGUAGE_CODE.split("-")[0]
    ),
    path("manifest.webmanifest", manifest, name="manifest"),
    # Every other path belongs to the single-page site. Named "wagtail_serve" so Wagtail
    # builds page URLs (html_url, "View live") that point at it.
    re_path(
        r"^(?!admin/|api/|static/|media/|documents/)((?:[\w\-]+/)*)$",
        site_entry,
        name="wagtail_serve",
    ),
    # Any other address outside the server's own prefixes: a 404, and the site's 404 page.
    re_path(r"^(?!admin/|api/|static/|media/|documents/)", site_entry),
    # An API address that does not exist is a JSON 404, not the site's page.
    re_path(r"^api/", api_not_found),
]
