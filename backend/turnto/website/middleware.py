from wagtail.contrib.redirects.middleware import RedirectMiddleware
from wagtail.models import Site

from turnto.core.pages import root_url_origin, site_origin


class OneOriginRedirectMiddleware(RedirectMiddleware):
    """Wagtail's redirects (an editor's, and the 301 a renamed or moved page leaves), sent to
    the site's one origin like every other address the site writes (core.pages.site_origin),
    not to whatever Host the request carried or the Site's root URL as Wagtail writes it."""

    def process_response(self, request, response):
        answer = super().process_response(request, response)
        if answer is response or "Location" not in answer:
            return answer
        location = answer["Location"]
        if location.startswith("/") and not location.startswith("//"):
            site = Site.find_for_request(request)
            if site is not None:
                answer["Location"] = site_origin(site) + location
            return answer
        for root in Site.get_site_root_paths():
            if location.startswith(root.root_url + "/"):
                answer["Location"] = root_url_origin(root.root_url) + location[len(root.root_url) :]
                break
        return answer
