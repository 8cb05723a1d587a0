"""The addresses of the HSDS API, under /api/hsds/ (turnto/urls.py)."""

from django.urls import path, re_path

from .views import (
    OrganizationsView,
    OrganizationView,
    RootView,
    ServiceAtLocationsView,
    ServiceAtLocationView,
    ServicesView,
    ServiceView,
    TaxonomiesView,
    TaxonomyTermsView,
    TaxonomyTermView,
    TaxonomyView,
    not_found,
)

app_name = "hsds"
urlpatterns = [
    path("", RootView.as_view(), name="root"),
    path("services", ServicesView.as_view(), name="services"),
    # Any string as id (the reference's ids are strings): a JSON 404 when it is not one of ours.
    path("services/<path:pk>", ServiceView.as_view(), name="service"),
    path("organizations", OrganizationsView.as_view(), name="organizations"),
    path("organizations/<path:pk>", OrganizationView.as_view(), name="organization"),
    path("service_at_locations", ServiceAtLocationsView.as_view(), name="service_at_locations"),
    path(
        "service_at_locations/<path:pk>",
        ServiceAtLocationView.as_view(),
        name="service_at_location",
    ),
    path("taxonomies", TaxonomiesView.as_view(), name="taxonomies"),
    path("taxonomies/<path:pk>", TaxonomyView.as_view(), name="taxonomy"),
    path("taxonomy_terms", TaxonomyTermsView.as_view(), name="taxonomy_terms"),
    path("taxonomy_terms/<path:pk>", TaxonomyTermView.as_view(), name="taxonomy_term"),
    re_path(r"^(?P<rest>.*)$", not_found),
]
