from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

import django_filters

from . import exchange_views, views
from .listings import Location, Organization, Service, ServiceType
from .reports_admin import ListingReportViewSet


class ServiceFilterSet(WagtailFilterSet):
    city = django_filters.CharFilter(
        field_name="location__city", lookup_expr="iexact", label="City"
    )
    service_types = django_filters.ModelChoiceFilter(
        queryset=ServiceType.objects.all(), label="Service type"
    )
    assured_date = django_filters.DateFilter(lookup_expr="lt", label="Last verified before")

    class Meta:
        model = Service
        fields = ["status", "scope"]


class ServiceViewSet(SnippetViewSet):
    model = Service
    icon = "list-ul"
    menu_label = "Listings"
    list_display = ["name", "organization", "location", "status", "assured_date"]
    filterset_class = ServiceFilterSet


class OrganizationViewSet(SnippetViewSet):
    model = Organization
    icon = "group"
    list_display = ["name", "website"]


class LocationViewSet(SnippetViewSet):
    model = Location
    icon = "site"
    list_display = ["name", "city", "organization"]


class ServiceTypeViewSet(SnippetViewSet):
    model = ServiceType
    icon = "tag"
    menu_label = "Service types"
    list_display = ["name", "slug"]


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
        ListingReportViewSet,
    )


register_snippet(DirectoryGroup)


@hooks.register("register_admin_urls")
def register_verification_urls():
    return [
        path(
            "directory/needs-verification/",
            views.needs_verification,
            name="directory_needs_verification",
        ),
        path(
            "directory/needs-verification/<uuid:pk>/verify/",
            views.verify_listing,
            name="directory_verify",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_verification_report():
    return MenuItem(
        "Listings needing verification",
        reverse("directory_needs_verification"),
        icon_name="warning",
        order=1000,
    )


@hooks.register("register_admin_urls")
def register_exchange_urls():
    return exchange_views.admin_urls


@hooks.register("register_directory_menu_item")
def register_exchange_menu_item():
    return exchange_views.ExchangeMenuItem(
        "Import and export", reverse("directory_import"), icon_name="download", order=900
    )
