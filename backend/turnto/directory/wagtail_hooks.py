"""Wagtail finds this module by its name: it registers the directory's admin, which lives in
`directory.admin` (snippets, verification, import and export, problem reports, panels)."""

import copy

from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.search import SearchArea
from wagtail.snippets.models import register_snippet

from .admin import import_export, problem_reports, verification
from .admin import panels as admin_panels  # `panels` is a hook's argument below
from .admin.snippets import DirectoryGroup, matching_words
from .models import Location, Organization, Service

register_snippet(DirectoryGroup)


@hooks.register("register_admin_urls")
def register_verification_urls():
    return [
        path(
            "directory/needs-verification/",
            verification.needs_verification,
            name="directory_needs_verification",
        ),
        path(
            "directory/needs-verification/<uuid:pk>/verify/",
            verification.verify_listing,
            name="directory_verify",
        ),
        path(
            "directory/problem-reports/<int:pk>/resolve/",
            problem_reports.resolve_report,
            name="directory_resolve_report",
        ),
    ]


@hooks.register("register_directory_menu_item")
def register_verification_report():
    # In the Directory menu, with the number of listings waiting: "Needs verification (4)".
    return admin_panels.VerificationMenuItem(
        "Needs verification",
        reverse("directory_needs_verification"),
        icon_name="warning",
        order=800,
    )


@hooks.register("register_admin_urls")
def register_exchange_urls():
    return import_export.admin_urls


@hooks.register("register_directory_menu_item")
def register_exchange_menu_item():
    return import_export.ExchangeMenuItem(
        "Import and export", reverse("directory_import"), icon_name="download", order=900
    )


@hooks.register("construct_homepage_panels")
def add_directory_work_to_do(request, panels):
    admin_panels.add_work_to_do_panel(request, panels)


@hooks.register("construct_main_menu")
def count_work_on_directory_menu(request, menu_items):
    admin_panels.count_on_directory_menu(request, menu_items)


@hooks.register("construct_snippet_action_menu")
def take_off_the_site_and_put_back(menu_items, request, context):
    """One way to take a listing off the site, in an editor's words: the footer's "Take off
    the site" (Wagtail's unpublish, which keeps the listing and its history), and "Put back on
    the site" to publish it again."""
    if context.get("model") is not Service:
        return
    instance = context.get("instance")
    for index, item in enumerate(menu_items):
        if item.name == "action-unpublish":
            menu_items[index] = copy.copy(item)
            menu_items[index].label = "Take off the site"
        elif (
            item.name == "action-publish"
            and instance is not None
            and instance.pk
            and not instance.live
            and instance.first_published_at
        ):
            menu_items[index] = copy.copy(item)
            menu_items[index].label = "Put back on the site"
            menu_items[index].template_name = "directory/admin/put_back_action.html"


class DirectorySearchArea(SearchArea):
    """The admin's search (the sidebar's box) finds listings, organizations and places too:
    beside "Sorry, no pages match", "Listings (2)" leads to the matching listings."""

    def __init__(self, viewset, label, **kwargs):
        self.viewset = viewset
        super().__init__(label, reverse(viewset.get_url_name("list")), **kwargs)

    def is_shown(self, request):
        model = self.viewset.model
        return any(
            request.user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")
            for action in ("view", "change")
        )

    def render_html(self, request, query, current=None):
        area = self
        if query and query.strip():
            count = matching_words(
                self.viewset.model.objects.all(), query[:200], self.viewset.search_fields
            ).count()
            # A copy for this request: the registered area is shared by every request.
            area = copy.copy(self)
            area.label = f"{self.label} ({count})"
        return SearchArea.render_html(area, request, query, current)


def directory_search_area(model, label, icon, order):
    def register():
        return DirectorySearchArea(
            model.snippet_viewset,
            label,
            name=f"directory-{label.lower()}",
            icon_name=icon,
            order=order,
        )

    return register


for _model, _label, _icon, _order in (
    (Service, "Listings", "list-ul", 110),
    (Organization, "Organizations", "group", 120),
    (Location, "Places", "site", 130),
):
    hooks.register(
        "register_admin_search_area", directory_search_area(_model, _label, _icon, _order)
    )
