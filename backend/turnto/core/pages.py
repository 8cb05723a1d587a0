"""How pages are named and linked in the API: by title and by the path within their site."""


def page_link(page, request=None):
    """A chosen page as the API gives it: enough to render a link, no second request."""
    if page is None:
        return None
    return {"id": page.pk, "title": page.title, "url": page.get_url(request)}


def site_path(url_path, site_root_url_path):
    """The path a visitor sees: "/home/news/" under root "/home/" is "/news/"."""
    return "/" + url_path[len(site_root_url_path) :]
