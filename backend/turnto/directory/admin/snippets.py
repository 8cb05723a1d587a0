"""The directory's snippets in the admin: listings, organizations, places and service types
(with problem reports) in one Directory menu, their lists and choosers searched word by word,
and choosers that can create an organization or a place on the spot."""

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import ObjectList
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.models import Site
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetCreateView,
)
from wagtail.snippets.views.snippets import (
    CreateView,
    IndexView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

import django_filters

from turnto.directory.models import Location, Organization, Service, ServiceType

from . import panels as admin_panels
from .forms import ListingForm
from .problem_reports import ProblemReportViewSet


# Admin search, in the lists and in the choosers, by the database itself: Wagtail's database
# search backend never matches these models, whose keys are UUIDs (on SQLite its index holds
# "1b4e28ba-2fa1-..." where the table holds "1b4e28ba2fa1..."), and it cannot look at the
# city of a listing's place. Every word must be in one of the fields, in any case, so
# "Columbia", "Harm Reduction" and "columbia drop" all find the Columbia drop-in.
def matching_words(queryset, words, fields):
    for word in words.split()[:10]:
        anywhere = Q()
        for field in fields:
            anywhere |= Q(**{f"{field}__icontains": word})
        queryset = queryset.filter(anywhere)
    return queryset.distinct()


class WordSearchIndexView(IndexView):
    def get_base_queryset(self):
        return with_cities(super().get_base_queryset())

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return matching_words(queryset, self.search_query, self.search_fields)


class WordSearchFilterForm(BaseFilterForm):
    q = forms.CharField(
        label="Search term",
        widget=forms.TextInput(attrs={"placeholder": "Search"}),
        required=False,
    )
    search_fields = ()

    def filter(self, objects):
        objects = super().filter(objects)
        if words := self.cleaned_data.get("q", "").strip():
            objects = matching_words(objects, words, self.search_fields)
            self.is_searching, self.search_query = True, words
        return objects


def city_of(item):
    """The city a listing, place or organization is in: five organizations may share a name,
    and editors tell them apart by where they are."""
    if isinstance(item, Location):
        return item.city
    if isinstance(item, Service):
        return item.location.city if item.location else "By phone or online"
    return ", ".join(sorted({place.city for place in item.locations.all()}))


def city_column():
    return Column("city", label="City", accessor=city_of)


# What each list and chooser reads to show the city, in one query rather than one per row.
CITY_LOOKUPS = {
    Service: ("select_related", "location", "organization"),
    Organization: ("prefetch_related", "locations"),
}


def with_cities(queryset):
    how, *fields = CITY_LOOKUPS.get(queryset.model, (None,))
    if queryset.model is Service:  # and the sites that show each listing (its "Shown on")
        queryset = queryset.prefetch_related("sites")
    return getattr(queryset, how)(*fields) if how else queryset


def sites_of(service):
    return ", ".join(sorted(site.site_name or site.hostname for site in service.sites.all()))


class WordSearchChooserMixin:
    def get_filter_form_class(self):
        fields = self.model_class.snippet_viewset.search_fields
        return type("FilterForm", (WordSearchFilterForm,), {"search_fields": fields})

    def get_object_list(self):
        return with_cities(super().get_object_list())

    @property
    def columns(self):
        columns = super().columns
        if self.model_class in (Service, Organization, Location):
            columns.insert(1, city_column())
        return columns


class PublishingCreateView(SnippetCreateView):
    """An organization or place made from a listing's chooser is published at once, with a
    first revision in its history, so the listing it is chosen for can be published too."""

    def save_form(self, form):
        item = form.save()
        item.save_revision(user=self.request.user, log_action=True).publish(user=self.request.user)
        return item


class WordSearchChooserViewSet(SnippetChooserViewSet):
    choose_view_class = type("ChooseView", (WordSearchChooserMixin, ChooseView), {})
    choose_results_view_class = type(
        "ChooseResultsView", (WordSearchChooserMixin, ChooseResultsView), {}
    )


class OrganizationField(forms.ModelChoiceField):
    """Organizations by name and city: several may have the same name."""

    def label_from_instance(self, obj):
        cities = city_of(obj)
        return f"{obj.name} ({cities})" if cities else obj.name


class PopUpForm(forms.ModelForm):
    """A form in a chooser's pop-up, over the listing form: ids of its own ("id_name" is the
    listing's), so that each label focuses its own field. The names stay as they are."""

    id_prefix = ""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", f"id_{self.id_prefix}-%s")
        super().__init__(*args, **kwargs)


class NewOrganizationForm(PopUpForm):
    id_prefix = "new_organization"

    class Meta:
        model = Organization
        fields = ["name", "website", "email", "description"]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}  # the button stays in sight


class NewLocationForm(PopUpForm):
    id_prefix = "new_location"

    organization = OrganizationField(
        queryset=Organization.objects.prefetch_related("locations"),
        help_text="Who runs this place.",
    )

    class Meta:
        model = Location
        fields = ["organization", "name", "address_1", "city", "state_province", "postal_code"]


class CreatingChooserViewSet(WordSearchChooserViewSet):
    """A chooser with a tab to create a new one without leaving the listing form."""

    create_view_class = PublishingCreateView
    create_action_label = "Create and choose"
    create_action_clicked_label = "Creating…"


class OrganizationChooserViewSet(CreatingChooserViewSet):
    creation_form_class = NewOrganizationForm
    creation_tab_label = "New organization"


class OrganizationChosenMixin:
    """ "New location", opened from a listing whose organization is chosen, has it filled in
    (the listing form's location chooser sends it: ListingForm)."""

    def get_creation_form_kwargs(self):
        kwargs = super().get_creation_form_kwargs()
        chosen = self.request.GET.get("organization")
        if chosen and "data" not in kwargs:
            try:
                if Organization.objects.filter(pk=chosen).exists():
                    kwargs["initial"] = {"organization": chosen}
            except (ValueError, ValidationError):  # not an organization's id: nothing filled
                pass
        return kwargs


class LocationChooserViewSet(CreatingChooserViewSet):
    creation_form_class = NewLocationForm
    creation_tab_label = "New location"
    choose_view_class = type(
        "ChooseView", (OrganizationChosenMixin, WordSearchChooserMixin, ChooseView), {}
    )


class ListingCreateView(CreateView):
    """A new listing is saved by its editor's first "Save draft" or "Publish": not autosaved
    while it is being filled in, which alarmed ("Autosave is paused — There are validation
    errors") as soon as the name was typed, the other required fields still empty."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.autosave_enabled = False


class DirectorySnippetViewSet(SnippetViewSet):
    """Searched by name and city (see matching_words), in its list and its chooser."""

    index_view_class = WordSearchIndexView
    chooser_viewset_class = WordSearchChooserViewSet
    search_backend_name = None


def what_visitors_see(service):
    """The listing as a visitor meets it, in the words of the listing's own buttons: on the
    site and open or closed for now, off the site (and why), or a draft never published."""
    if not service.live:
        if service.first_published_at or service.last_published_at:
            return "Off the site (taken off)"
        return "Draft, not on the site yet"
    if service.status in ("inactive", "defunct"):
        return f"Off the site ({dict(Service.STATUS_CHOICES)[service.status].lower()})"
    if not service.organization.live:
        return "Off the site (its organization is a draft)"
    if service.location is not None and not service.location.live:
        return "Off the site (its place is a draft)"
    if not service.sites.all():
        return "Off the site (shown on no site)"
    seen = "On the site · closed for now" if service.status != "active" else "On the site · open"
    return f"{seen} · draft changes waiting" if service.has_unpublished_changes else seen


def published_column():
    """Whether visitors see it: live, draft, or live with a draft pending."""
    return LiveStatusTagColumn(label="Published")


class ServiceFilterSet(WagtailFilterSet):
    # What one site shows: the listings ticked for it.
    sites = django_filters.ModelChoiceFilter(
        queryset=Site.objects.order_by("site_name", "hostname"), label="Shown on site"
    )
    city = django_filters.CharFilter(
        field_name="location__city", lookup_expr="iexact", label="City"
    )
    service_types = django_filters.ModelChoiceFilter(
        queryset=ServiceType.objects.originals(), label="Service type"
    )
    assured_date = django_filters.DateFilter(
        lookup_expr="lt",
        label="Last verified before",
        # The browser's own date picker, so the date needs no format to be guessed.
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    class Meta:
        model = Service
        fields = ["status", "scope"]


class ServiceViewSet(DirectorySnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = "Listings"
    list_display = [
        "name",
        "organization",
        # The place's own name: its city has a column of its own.
        Column(
            "location",
            label="Location",
            accessor=lambda service: getattr(service.location, "name", ""),
        ),
        city_column(),
        Column("sites", label="Shown on", accessor=sites_of),
        Column("visitors_see", label="Visitors see", accessor=what_visitors_see),
        "assured_date",
    ]
    search_fields = ["name", "organization__name", "location__name", "location__city"]
    filterset_class = ServiceFilterSet
    edit_view_class = admin_panels.ListingEditView  # with its open problem reports
    add_view_class = ListingCreateView
    edit_handler = ObjectList(Service.panels, base_form_class=ListingForm)


class OrganizationViewSet(DirectorySnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", city_column(), "website", published_column()]
    search_fields = ["name", "locations__city"]
    chooser_viewset_class = OrganizationChooserViewSet


class LocationViewSet(DirectorySnippetViewSet):
    model = Location
    icon = "site"
    list_display = ["name", "city", "organization", published_column()]
    search_fields = ["name", "city", "address_1", "organization__name"]
    chooser_viewset_class = LocationChooserViewSet


class ServiceTypeViewSet(DirectorySnippetViewSet):
    model = ServiceType
    icon = "tag"
    menu_label = "Service types"
    # A type and its translations are rows of their own: the column says which is which.
    list_display = ["name", Column("locale", label="Language"), "slug"]
    search_fields = ["name", "slug"]


class DirectoryGroup(SnippetViewSetGroup):
    menu_label = "Directory"
    menu_icon = "folder-open-inverse"
    menu_order = 210
    submenu_hook = "register_directory_menu_item"  # extra pages in the Directory menu
    items = (
        ServiceViewSet,
        OrganizationViewSet,
        LocationViewSet,
        ServiceTypeViewSet,
        ProblemReportViewSet,
    )
