from urllib.parse import urlencode

from django.templatetags.static import static
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.timezone import localtime
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.admin import messages
from wagtail.models import Page

from .rich_text import SitePageLinkHandler


# After Wagtail's own hook (order 0), so this handler replaces its "page" link type.
@hooks.register("register_rich_text_features", order=100)
def register_site_page_links(features):
    features.register_link_type(SitePageLinkHandler)


# Wagtail 8 has one hook for admin CSS; the rules name the editor's dialog only.
@hooks.register("insert_global_admin_css")
def editor_css():
    return format_html('<link rel="stylesheet" href="{}">', static("turnto/admin-editor.css"))


# Before wagtail-localize's own hook, which answers the edit view of a translation itself.
@hooks.register("before_edit_page", order=-10)
def say_when_a_translation_is_out_of_date(request, page):
    """wagtail-localize brings an English change into a translation only when an editor syncs
    it ("Sync translated pages"), and says nothing until then: the translation's edit view
    says it is out of date, since when, and links the sync (docs/decisions/0006-spanish.md)."""
    from wagtail_localize.models import Translation

    if request.method != "GET":
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
        )
        .select_related("source__locale")
        .first()
    )
    if translation is None:
        return None
    source = translation.source
    original = (
        Page.objects.filter(translation_key=page.translation_key, locale_id=source.locale_id)
        .only("last_published_at")
        .first()
    )
    changed = original and original.last_published_at
    if not changed or changed <= source.last_updated_at:
        return None
    sync = reverse("wagtail_localize:update_translations", args=[source.pk])
    messages.warning(
        request,
        _(
            "Out of date: the %(language)s page was changed and published on %(when)s, after "
            "this translation was last synced. Sync it to bring the change here, then "
            "translate what changed."
        )
        % {
            "language": source.locale.get_display_name(),
            "when": date_format(localtime(changed), "j M Y, H:i"),
        },
        buttons=[
            messages.button(
                f"{sync}?{urlencode({'next': request.get_full_path()})}",
                _("Sync translated pages"),
            )
        ],
    )
    return None
