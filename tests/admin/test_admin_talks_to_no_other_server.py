"""The admin asks nothing of another server, and the add-listing form, once autosaved, is
sent only the side panels it has a place for."""

from django.conf import settings

from wagtail.users.utils import get_gravatar_url

import pytest

from turnto.directory.models import Service

pytestmark = pytest.mark.django_db


def test_no_upgrade_check_and_no_gravatar(editor):
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert get_gravatar_url("editor@example.org") is None
    dashboard = editor.get("/admin/").content.decode()
    assert "gravatar.com" not in dashboard
    assert "releases.wagtail.org" not in dashboard
    assert "w-upgrade" not in dashboard


def test_the_autosaved_add_form_is_not_sent_the_problem_reports_panel(editor):
    listing = Service.objects.first()
    edit = f"/admin/snippets/directory/service/edit/{listing.pk}/"
    assert 'data-side-panel="problem_reports"' in editor.get(edit).content.decode()
    hydrate = editor.get(edit, {"_w_hydrate_create_view": "1"})
    assert hydrate.status_code == 200
    assert "problem_reports" not in hydrate.content.decode()


def test_the_admin_speaks_plainly_and_spells_organization_one_way(editor):
    listing = Service.objects.first()
    history = editor.get(f"/admin/snippets/directory/service/history/{listing.pk}/")
    text = history.content.decode()
    assert "model log entr" not in text and " changes" in text
    delete = editor.get(f"/admin/snippets/directory/service/delete/{listing.pk}/")
    text = delete.content.decode()
    assert "is referenced" not in text and "Places that use this listing:" in text
    site_settings = editor.get("/admin/settings/core/sitesettings/", follow=True).content.decode()
    assert "Organization name" in site_settings and "Organisation name" not in site_settings
