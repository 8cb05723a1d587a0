from django import forms
from django.conf import settings
from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import TabbedInterface
from wagtail.models import Page

# Addresses the single-page site and the server use themselves; a page there would be hidden.
# A language's code is one too: "/es/" is the Spanish home (core.page_tree).
RESERVED_TOP_LEVEL_SLUGS = {
    "admin",
    "api",
    "static",
    "media",
    "documents",
    "preview",
    "search",
    "safety",
    "offline",
    "report-a-problem",
    # The same pages under /es/ (website.entry.LOCAL_PAGES).
    "seguridad",
    "buscar",
    "informar-de-un-problema",
}


def reserved_top_level_slugs():
    return RESERVED_TOP_LEVEL_SLUGS | {code for code, _name in settings.LANGUAGES}


def address_from_title(title):
    """The address (slug) Wagtail's editor writes for a title as it is typed."""
    return slugify(title, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True))


class TurnToPageForm(WagtailAdminPageForm):
    # Shown under the title of a published page (BasePage.content_panels): Wagtail changes a
    # published page's address only on the Promote tab, so a renamed page kept its old one.
    rename_address = forms.BooleanField(
        required=False,
        label="Change the address to match the title",
        help_text="Tick this when you rename the page. The old address keeps leading here.",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        page = self.instance
        # Only a published page has an address visitors may know; a new page's follows its
        # title as it is typed. A site's home page is its site's "/": it has no address to change.
        if not (page.pk and page.live) or page.depth <= 2:
            self.fields.pop("rename_address", None)
        else:
            self.fields["rename_address"].help_text = (
                f"Its address now ends in “/{page.slug}/”. Tick this when you rename the page: "
                "the address follows the new title, and the old address keeps leading here."
            )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("rename_address") and cleaned_data.get("title"):
            self.address_follows_title(cleaned_data)
        slug = cleaned_data.get("slug")
        # Site home pages sit at depth 2; their children are the site's top-level addresses.
        if slug in reserved_top_level_slugs() and self.parent_page.depth == 2:
            self.add_error(
                "slug",
                forms.ValidationError(
                    f"“/{slug}/” is used by the site itself. Choose another address (slug)."
                ),
            )
        return cleaned_data

    def address_follows_title(self, cleaned_data):
        new_slug = address_from_title(cleaned_data["title"])
        if not new_slug or new_slug == cleaned_data.get("slug"):
            return
        if not Page._slug_is_available(new_slug, self.parent_page, self.instance):
            self.add_error(
                "rename_address",
                forms.ValidationError(
                    f"Another page beside this one already has the address “/{new_slug}/”. "
                    "Choose another on the Promote tab (For search engines › Slug)."
                ),
            )
            return
        cleaned_data["slug"] = new_slug
        self.instance.slug = new_slug  # the form's own check of the address reads the page

    def full_clean(self):
        super().full_clean()
        # Wagtail opens the page editor on its first tab, and a mistake on another (a missing
        # address on Promote) was announced only as "validation errors". Say which tab.
        if self.is_bound and self._errors:
            tabs = self.tabs_with_errors()
            if tabs:
                self.add_error(None, tab_error_message(tabs))
                # First in the list of errors Wagtail shows at the top of the page.
                for name in [name for name in self._errors if name != NON_FIELD_ERRORS]:
                    self._errors[name] = self._errors.pop(name)

    def tabs_with_errors(self):
        edit_handler = type(self.instance).get_edit_handler()
        if not isinstance(edit_handler, TabbedInterface):
            return []
        fields = set(self._errors) - {NON_FIELD_ERRORS}
        tabs = []
        for tab in edit_handler.children:
            if fields & set(tab.get_form_options().get("fields", [])):
                tabs.append(str(tab.heading))  # a lazy translation: str.join refuses it
        return tabs


def tab_error_message(tabs):
    if len(tabs) == 1:
        return f"Open the {tabs[0]} tab: a field there needs a change (marked in red)."
    names = ", ".join(tabs[:-1]) + f" and {tabs[-1]}"
    return f"Open the {names} tabs: fields there need a change (marked in red)."
