"""Admin: download the directory as HSDS 3.0 (JSON or the Tabular Data Package), and upload a
Tabular Data Package to import, for editors who may change listings."""

from django import forms
from django.contrib.auth.decorators import permission_required
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import path
from django.views.decorators.http import require_http_methods

from wagtail.admin.menu import MenuItem

from turnto.directory.hsds.export import export_json, export_tabular
from turnto.directory.hsds.import_apply import import_tabular
from turnto.directory.hsds.package import PackageError

from .verification import PERMISSION

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


@require_http_methods(["GET", "POST"])
@permission_required(PERMISSION, raise_exception=True)
def import_package(request):
    form = ImportForm(request.POST or None, request.FILES or None)
    result, problems, status = None, None, 200
    if request.method == "POST":
        if form.is_valid():
            try:
                result = import_tabular(
                    form.cleaned_data["package"], dry_run=form.cleaned_data["dry_run"]
                )
            except PackageError as error:
                problems, status = error.problems, 400
        else:
            status = 400
    return render(
        request,
        "directory/exchange.html",
        {"form": form, "result": result, "problems": problems},
        status=status,
    )


def download(content, content_type, filename):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@permission_required(PERMISSION, raise_exception=True)
def export_hsds_json(request):
    return download(export_json(), "application/json", "turnto-hsds.json")


@permission_required(PERMISSION, raise_exception=True)
def export_hsds_tabular(request):
    return download(export_tabular(), "application/zip", "turnto-hsds-tabular.zip")


class ExchangeMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


admin_urls = [
    path("directory/import/", import_package, name="directory_import"),
    path("directory/export/hsds.json", export_hsds_json, name="directory_export_json"),
    path(
        "directory/export/hsds-tabular.zip",
        export_hsds_tabular,
        name="directory_export_tabular",
    ),
]
