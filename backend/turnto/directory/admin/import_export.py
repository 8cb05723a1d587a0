"""Admin: download the directory as HSDS 3.0 (JSON or the Tabular Data Package), and upload a
Tabular Data Package to import.

Who may do what: anyone who may see listings (Wagtail's own rule for showing a model's list:
any of its add, change, delete or view permissions) may download; the download holds only what
is published, which the public HSDS API already gives everyone. An import writes only what its
user may add or change (and publish, since an import publishes): every other changed row is
refused by file and row, and nothing is imported (`hsds.import_apply.Guard`).
"""

from django import forms
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_http_methods

from wagtail.admin.menu import MenuItem
from wagtail.permission_policies import ModelPermissionPolicy

from turnto.directory.hsds.export import export_json, export_tabular
from turnto.directory.hsds.import_apply import import_tabular, what_user_may_import
from turnto.directory.hsds.package import PackageError
from turnto.directory.models import Service

MAX_UPLOAD_MB = 50


class ImportForm(forms.Form):
    package = forms.FileField(
        label="Spreadsheet bundle (.zip)",
        help_text="The zip file the “spreadsheet bundle” download above gives you, "
        "changed or not, or one from another directory in the same format.",
        widget=forms.ClearableFileInput(attrs={"accept": ".zip,application/zip"}),
    )
    dry_run = forms.BooleanField(
        required=False,
        label="Only check the file; save nothing",
        help_text="Tick to see what would change and any row to fix, before importing for real.",
    )

    def clean_package(self):
        package = self.cleaned_data["package"]
        if package.size > MAX_UPLOAD_MB * 1024 * 1024:
            raise forms.ValidationError(f"The file is larger than {MAX_UPLOAD_MB} MB.")
        return package


def may_see_listings(user):
    return ModelPermissionPolicy(Service).user_has_any_permission(
        user, ["add", "change", "delete", "view"]
    )


def listings_visible(view):
    def wrapped(request, *args, **kwargs):
        if not may_see_listings(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def allowed_lines(allowed):
    """What this user's import may touch, in the page's words."""
    lines = []
    for label, (may_add, may_change) in allowed.items():
        if may_add and may_change:
            lines.append(f"{label.capitalize()}: add, change and publish")
        elif may_change:
            lines.append(f"{label.capitalize()}: change and publish (not add)")
        elif may_add:
            lines.append(f"{label.capitalize()}: add and publish (not change)")
        else:
            lines.append(f"{label.capitalize()}: nothing (rows that would change one are refused)")
    return lines


@require_http_methods(["GET", "POST"])
@listings_visible
def import_package(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    result, problems, status = None, None, 200
    allowed = what_user_may_import(request.user)
    may_import = any(any(pair) for pair in allowed.values())
    if request.method == "POST" and not may_import:
        raise PermissionDenied
    if request.method == "POST":
        if form.is_valid():
            try:
                result = import_tabular(
                    form.cleaned_data["package"],
                    dry_run=form.cleaned_data["dry_run"],
                    user=request.user,
                )
            except PackageError as error:
                problems, status = error.problems, 400
        else:
            status = 400
    return render(
        request,
        "directory/exchange.html",
        {
            "form": form,
            "result": result,
            "problems": problems,
            "may_import": may_import,
            "allowed": allowed_lines(allowed),
        },
        status=status,
    )


def download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@listings_visible
def export_hsds_json(request):
    return download(export_json(), "application/json", "turnto-hsds.json")


@listings_visible
def export_hsds_tabular(request):
    return download(export_tabular(), "application/zip", "turnto-hsds-tabular.zip")


class ExchangeMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_listings(request.user)


admin_urls = [
    path("directory/import/", import_package, name="directory_import"),
    path("directory/export/hsds.json", export_hsds_json, name="directory_export_json"),
    path(
        "directory/export/hsds-tabular.zip",
        export_hsds_tabular,
        name="directory_export_tabular",
    ),
]
