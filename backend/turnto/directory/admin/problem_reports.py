"""The editors' inbox of visitors' problem reports (Directory › Problem reports).

Reports come only from visitors: editors read them, follow the link to fix the listing and mark
the report resolved. The admin cannot create reports, and only the status can be changed.
"""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_POST

from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, ObjectList, Panel
from wagtail.admin.ui.components import MediaContainer
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views.snippets import EditView, SnippetViewSet

from turnto.directory.models import ListingReport

from .panels import REPORTS_PERMISSION, CountedMenuItem


class ProblemReportForm(WagtailAdminModelForm):
    def save(self, commit=True):
        report = self.instance
        if "status" in self.changed_data:
            if report.status == "resolved":
                report.resolved_at = timezone.now()
                report.resolved_by = self.for_user
            else:
                report.resolved_at = report.resolved_by = None
        return super().save(commit=commit)


class ProblemReportsComeFromVisitors(ModelPermissionPolicy):
    """The model's Django permissions, except that nobody adds a report in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a != "add"])

    def users_with_permission(self, action):
        if action == "add":
            return super().users_with_permission("add").none()
        return super().users_with_permission(action)


register_permission_policy(ListingReport, ProblemReportsComeFromVisitors(ListingReport))


def listing_with_city(service):
    """ "Naloxone kits (Columbia)": five listings may share a name, their cities tell them apart."""
    city = service.location.city if service.location_id else "by phone or online"
    return f"{service.name} ({city})"


def report_edit_url(report):
    return reverse("wagtailsnippets_directory_listingreport:edit", args=[report.pk])


def listing_edit_url(report):
    """The listing's edit form, which returns to the report once the listing is published."""
    url = AdminURLFinder().get_edit_url(report.service)
    return f"{url}?{urlencode({'next': report_edit_url(report)})}" if report.pk else url


def resolve(report, user):
    report.status = "resolved"
    report.resolved_at = timezone.now()
    report.resolved_by = user
    report.save(update_fields=["status", "resolved_at", "resolved_by"])


@require_POST
def resolve_report(request, pk):
    """ "Mark handled", from the listing's "Open problem reports" panel: back to the listing."""
    if not request.user.has_perm(REPORTS_PERMISSION):
        raise PermissionDenied
    report = get_object_or_404(ListingReport.objects.select_related("service"), pk=pk)
    if report.status != "resolved":
        resolve(report, request.user)
    messages.success(request, f"Problem report about “{report.service.name}” marked handled.")
    next_url = get_valid_next_url_from_request(request)
    return redirect(next_url or AdminURLFinder().get_edit_url(report.service))


class ListingLinkPanel(Panel):
    """The listing the report is about, with its city, as a link to its edit form."""

    class BoundPanel(Panel.BoundPanel):
        def render_html(self, parent_context=None):
            return format_html(
                '<a href="{}" data-report-listing-link>{}</a> — open it to check and correct it; '
                "publishing it brings you back here.",
                listing_edit_url(self.instance),
                listing_with_city(self.instance.service),
            )


class ProblemReportEditView(EditView):
    def get_side_panels(self):
        # A report is not published content, and nothing uses it: Wagtail's status panel
        # ("Live", "Used 0 times") would only puzzle editors.
        return MediaContainer([])


class ProblemReportViewSet(SnippetViewSet):
    model = ListingReport
    icon = "warning"
    menu_label = "Problem reports"
    copy_view_enabled = False
    edit_view_class = ProblemReportEditView
    list_display = [
        "kind",
        TitleColumn(
            "service",
            label="Listing",
            accessor=lambda report: listing_with_city(report.service),
            get_url=listing_edit_url,  # and back to the report once it is published
        ),
        Column("created_at", label="Received"),
        "status",
    ]
    list_filter = ["status", "kind"]
    ordering = ["-created_at"]
    search_fields = ["message", "service__name", "service__location__city"]
    edit_handler = ObjectList(
        [
            ListingLinkPanel(heading="Listing"),
            FieldRowPanel(
                [
                    FieldPanel("kind", read_only=True),
                    FieldPanel("created_at", read_only=True, heading="Received"),
                ]
            ),
            FieldPanel("message", read_only=True),
            FieldPanel("contact", read_only=True),
            FieldPanel("status", help_text="Mark it resolved once the listing is fixed."),
            FieldRowPanel(
                [
                    FieldPanel("resolved_by", read_only=True),
                    FieldPanel("resolved_at", read_only=True),
                ]
            ),
        ],
        base_form_class=ProblemReportForm,
    )

    def get_queryset(self, request):
        return ListingReport.objects.select_related("service__location")

    @property
    def menu_item_class(self):
        """The menu says how many reports are new: "Problem reports (3)"."""
        return type(
            "ProblemReportMenuItem",
            (CountedMenuItem, super().menu_item_class),
            {"count_key": "reports"},
        )
