"""The work waiting for editors, in sight: counts on the dashboard and in the Directory menu,
and a listing's open problem reports beside its edit form.

The counts cost two COUNT queries per admin page (kept on the request, so the dashboard and
the menu share them) and nothing on public pages.
"""

import copy
from urllib.parse import urlencode

from django.middleware.csrf import get_token
from django.urls import reverse

from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.side_panels import BaseSidePanel
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.snippets.views.snippets import EditView

from turnto.directory.models import ListingReport

from .verification import PERMISSION as VERIFY_PERMISSION
from .verification import stale_listings

REPORTS_PERMISSION = "directory.change_listingreport"


def plural(count, word):
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def work_counts(request):
    """{"reports": new problem reports, "stale": listings needing verification}, only for
    what the user may handle (None otherwise)."""
    if not hasattr(request, "_directory_work_counts"):
        user = request.user
        request._directory_work_counts = {
            "reports": ListingReport.objects.filter(status="new").count()
            if user.has_perm(REPORTS_PERMISSION)
            else None,
            "stale": stale_listings().count() if user.has_perm(VERIFY_PERMISSION) else None,
        }
    return request._directory_work_counts


class CountedMenuItem(MenuItem):
    """A menu item whose label ends with how much work waits there: "Problem reports (3)"."""

    count_key = None  # "reports" or "stale", see work_counts

    def __init__(self, *args, count_key=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.count_key = count_key or self.count_key

    def render_component(self, request):
        component = super().render_component(request)
        if count := work_counts(request).get(self.count_key):
            component.label = f"{self.label} ({count})"
        return component


def count_on_directory_menu(request, menu_items):
    """The Directory menu says how much waits inside it, even while closed: "Directory (5)"."""
    total = sum(count or 0 for count in work_counts(request).values())
    for index, item in enumerate(menu_items):
        if total and item.name == "directory":
            # Menu items are shared by all requests: label a copy, for this request only.
            menu_items[index] = copy.copy(item)
            menu_items[index].label = f"{item.label} ({total})"


class VerificationMenuItem(CountedMenuItem):
    """Directory › Needs verification (4)."""

    count_key = "stale"

    def is_shown(self, request):
        return request.user.has_perm(VERIFY_PERMISSION)


class WorkToDoPanel(Component):
    """Dashboard: new problem reports and listings needing verification, each with its link."""

    name = "directory_work_to_do"
    order = 50  # above Wagtail's own panels
    template_name = "directory/admin/work_to_do_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        counts = work_counts(self.request)
        rows = []
        if counts["reports"] is not None:
            rows.append(
                {
                    "text": plural(counts["reports"], "new problem report"),
                    "count": counts["reports"],
                    "url": reverse("wagtailsnippets_directory_listingreport:list") + "?status=new",
                    "action": "Read the reports",
                }
            )
        if counts["stale"] is not None:
            rows.append(
                {
                    "text": plural(counts["stale"], "listing")
                    + (" needs" if counts["stale"] == 1 else " need")
                    + " verification",
                    "count": counts["stale"],
                    "url": reverse("directory_needs_verification"),
                    "action": "Verify them",
                }
            )
        return {"rows": rows}


def add_work_to_do_panel(request, panels):
    if any(value is not None for value in work_counts(request).values()):
        panels.append(WorkToDoPanel(request))


class OpenProblemReportsSidePanel(BaseSidePanel):
    """Beside a listing's edit form: what visitors say is wrong with it, not yet resolved."""

    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = "Toggle problem reports"
        icon_name = "warning"
        counter_classname = "w-bg-critical-200"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            context["count"] = len(self.panel.reports)
            return context

    name = "problem_reports"
    title = "Problem reports"
    template_name = "directory/admin/open_problem_reports_side_panel.html"
    order = 150

    def __init__(self, object, request):
        super().__init__(object, request)
        self.reports = list(
            ListingReport.objects.filter(service=object, status="new").order_by("-created_at")
        )

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        # "Mark handled" comes back to this listing's form. A component is drawn without the
        # request's context: its form is given the CSRF token itself.
        context["csrf_token"] = get_token(self.request)
        back = urlencode({"next": self.request.get_full_path()})
        context["reports"] = [
            (
                report,
                reverse("wagtailsnippets_directory_listingreport:edit", args=[report.pk]),
                reverse("directory_resolve_report", args=[report.pk]) + "?" + back,
            )
            for report in self.reports
        ]
        return context


class ListingEditView(EditView):
    """The listing's edit view, with its open problem reports in a side panel. Opened from a
    problem report (`?next=` the report), publishing returns there."""

    def get_edit_url(self):
        # The form's own address: the way back is kept through "Save draft" and errors.
        url = super().get_edit_url()
        next_url = get_valid_next_url_from_request(self.request)
        return f"{url}?{urlencode({'next': next_url})}" if next_url else url

    def get_success_url(self):
        return get_valid_next_url_from_request(self.request) or super().get_success_url()

    def get_side_panels(self):
        side_panels = super().get_side_panels()
        # Not when the add form, autosaved, takes the edit view's side panels: the add form has
        # no place for this one (a console error: "No valid target container found").
        if self.request.user.has_perm(REPORTS_PERMISSION) and not self.hydrate_create_view:
            side_panels.append(OpenProblemReportsSidePanel(self.object, self.request))
        return side_panels
