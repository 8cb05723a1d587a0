"""The API router ("wagtailapi_v2"): which address each endpoint of /api/v2/ answers at.

The views are in `turnto.core.api.views`; the directory's own API has its URLs in
`turnto.directory.urls`; the site search's in `turnto.search.views`."""

from wagtail.api.v2.router import WagtailAPIRouter

from turnto.core.api.views import (
    PagePreviewAPIViewSet,
    SiteShellAPIViewSet,
    TurnToDocumentsAPIViewSet,
    TurnToImagesAPIViewSet,
    TurnToPagesAPIViewSet,
)
from turnto.search.views import SiteSearchAPIViewSet

api_router = WagtailAPIRouter("wagtailapi_v2")
api_router.register_endpoint("pages", TurnToPagesAPIViewSet)
api_router.register_endpoint("images", TurnToImagesAPIViewSet)
api_router.register_endpoint("documents", TurnToDocumentsAPIViewSet)
api_router.register_endpoint("site", SiteShellAPIViewSet)
api_router.register_endpoint("page_preview", PagePreviewAPIViewSet)
api_router.register_endpoint("search", SiteSearchAPIViewSet)
