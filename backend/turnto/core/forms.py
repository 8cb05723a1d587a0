from django import forms
from django.core.exceptions import NON_FIELD_ERRORS

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import TabbedInterface

# Addresses the single-page site and the server use themselves; a page there would be hidden.
RESERVED_TOP_LEVEL_SLUGS = {
    "admin",
    "api",
    "static",
    "media",
    "documents",
    "preview",
    "search",
    "safety",
}


class TurnToPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        slug = cleaned_data.get("slug")
        # Site home pages sit at depth 2; their children are the site's top-level addresses.
        if slug in RESERVED_TOP_LEVEL_SLUGS and self.parent_page.depth == 2:
            self.add_error(
                "slug",
                forms.ValidationError(
                    f"“/{slug}/” is used by the site itself. Choose another address (slug)."
                ),
            )
        return cleaned_data

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
