"""The blocks that show directory listings (page bodies are put together in `turnto.pages`)."""

from django.core.exceptions import ValidationError

from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.snippets.blocks import SnippetChooserBlock


class ListingChooserBlock(SnippetChooserBlock):
    """Chooses a directory listing. Listings have UUID keys, which StreamField must store as
    text, and Wagtail's bulk lookup would compare that text with UUIDs and find nothing."""

    def __init__(self, **kwargs):
        super().__init__("directory.Service", **kwargs)

    def get_prep_value(self, value):
        # Stored as text: StreamField's JSON has no UUID type.
        return None if value is None else str(value.pk)

    def get_form_state(self, value):
        state = super().get_form_state(value)
        if isinstance(state, dict) and state.get("id") is not None:
            state = {**state, "id": str(state["id"])}
        return state

    def bulk_to_python(self, values):
        to_key = self.model_class._meta.pk.to_python
        return super().bulk_to_python([to_key(value) if value else value for value in values])

    def get_searchable_content(self, value):
        # A chosen listing shows its name and what it offers on the page.
        return [value.name, value.description] if value is not None else []

    def deconstruct(self):
        return ("turnto.directory.blocks.ListingChooserBlock", (), self._constructor_args[1])


def shown_site(context):
    """The site of the request a block is drawn for (its host, or the API's `?site=`); None
    outside a request or for a `?site=` the page's own view refuses."""
    from django.http import Http404

    from turnto.core.page_tree import request_pages, site_for_request

    request = (context or {}).get("request") or request_pages().request
    if request is None:
        return None
    try:
        return site_for_request(request)
    except (ValueError, Http404):
        return None


class DirectoryListingsBlock(blocks.StructBlock):
    """Listings from the resource directory shown on a page: chosen ones (a clinic's own
    hours), or those not tied to one city (statewide and national lines, help by phone and
    online). They leave the API with the page, expanded, with whether each is open now."""

    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the listings."
    )
    listings = blocks.ListBlock(
        ListingChooserBlock(),
        default=[],
        help_text=(
            "Optional: choose listings to show, e.g. your own organisation's, with its "
            "opening hours. When you choose any, the “which listings” choice below is ignored."
        ),
    )
    scope = blocks.MultipleChoiceBlock(
        choices=[("statewide", "Across Missouri"), ("national", "Across the country")],
        default=["statewide", "national"],
        required=False,
        help_text="Which listings to show when none are chosen above.",
    )
    limit = blocks.IntegerBlock(
        default=20, min_value=1, max_value=50, help_text="At most this many listings."
    )

    def clean(self, value):
        value = super().clean(value)
        if not value.get("listings") and not value.get("scope"):
            raise StructBlockValidationError(
                {"scope": ValidationError("Choose some listings above, or which ones to show.")}
            )
        return value

    def get_api_representation(self, value, context=None):
        from django.utils import timezone

        from .api.representation import Words, listing_representation, listings_queryset
        from .models.listings import shown_name

        # Only listings of the site that shows the page, chosen ones too: a listing chosen
        # into a page of another site is left out there.
        site = shown_site(context)
        words = Words.of_page()  # the page's language, else the default's
        chosen = [listing.pk for listing in value.get("listings") or [] if listing]
        if chosen:
            found = listings_queryset(site, words).in_bulk(chosen)
            listings = [found[pk] for pk in chosen if pk in found][: value["limit"]]
        else:
            # By the name a visitor of the page's language reads.
            listings = (
                listings_queryset(site, words)
                .filter(scope__in=value["scope"])
                .order_by(shown_name(words.language), "pk")[: value["limit"]]
            )
        now = timezone.now()
        return {
            "heading": value["heading"],
            "listings": [listing_representation(listing, now, words=words) for listing in listings],
        }

    class Meta:
        icon = "list-ul"
        label = "Directory listings"


class ListingHoursBlock(blocks.StructBlock):
    """A listing's opening hours drawn on a page (a post about the clinic's hours): the hours
    are the listing's, so the page and the directory can never say different things."""

    heading = blocks.CharBlock(
        required=False, max_length=120, help_text="Optional heading above the hours."
    )
    listing = ListingChooserBlock(
        help_text="The listing whose hours to show. Change its hours in the listing itself "
        "(Directory › Listings): every page showing them follows."
    )

    def get_searchable_content(self, value):
        # What the block shows in words: its heading, the listing's name and how to get in.
        listing = value.get("listing")
        words = [value.get("heading") or ""]
        return words + ([listing.name, listing.application_process] if listing else [])

    def get_api_representation(self, value, context=None):
        from .api.representation import Words, listings_queryset

        words = Words.of_page()
        chosen = value.get("listing")
        listing = (
            chosen and listings_queryset(shown_site(context), words).filter(pk=chosen.pk).first()
        )
        said = words.of(listing) if listing else {}
        return {
            "heading": value.get("heading") or "",
            # A listing this site's visitors may not see (a draft, closed for good, another
            # site's) shows no hours.
            "listing": listing
            and {
                "id": str(listing.id),
                "name": said["name"],
                "application_process": said["application_process"],
                "hours": listing.hours(words.language),
            },
        }

    class Meta:
        icon = "time"
        label = "Opening hours of a listing"
