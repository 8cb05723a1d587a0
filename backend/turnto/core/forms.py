from django import forms

from wagtail.admin.forms import WagtailAdminPageForm

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
