from django.templatetags.static import static
from django.utils.html import format_html

from wagtail import hooks

from .rich_text import SitePageLinkHandler


# After Wagtail's own hook (order 0), so this handler replaces its "page" link type.
@hooks.register("register_rich_text_features", order=100)
def register_site_page_links(features):
    features.register_link_type(SitePageLinkHandler)


# Wagtail 8 has one hook for admin CSS; the rules name the editor's dialog only.
@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("turnto/admin-editor.css"))
