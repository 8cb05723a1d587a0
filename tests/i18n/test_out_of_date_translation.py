"""An English change marks its Spanish translation out of date in the admin: wagtail-localize
brings a change over only when an editor syncs it, and says nothing until then, so the
translation's edit view says so and links the sync (core.wagtail_hooks). The whole round in a
real browser: tests/e2e/test_translate_in_admin_in_browser.py."""

import pytest

pytestmark = pytest.mark.django_db

STIGMA = "/campaign-home/news/lets-end-the-stigma/"


def translated(url_path):
    """The page and its Spanish translation, made as wagtail-localize's "Translate" makes it."""
    from wagtail.models import Locale, Page

    from wagtail_localize.models import Translation
    from wagtail_localize.operations import TranslationCreator

    english = Page.objects.get(url_path=url_path).specific
    spanish_locale = Locale.objects.get(language_code="es")
    TranslationCreator(None, [spanish_locale]).create_translations(english)
    Translation.objects.get(source__object_id=english.translation_key).save_target(publish=True)
    return english, english.get_translation(spanish_locale)


def edit_view(editor, page):
    response = editor.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_english_edit_marks_the_translation_out_of_date_until_it_is_synced(editor):
    from wagtail_localize.models import TranslationSource

    english, spanish = translated(STIGMA)
    assert "Out of date" not in edit_view(editor, spanish)

    english.title = "Launching “Let's end the stigma” in every city"
    english.save_revision().publish()
    shown = edit_view(editor, spanish)
    assert "Out of date: the English page was changed and published on" in shown
    source = TranslationSource.objects.get(object_id=english.translation_key)
    assert f"/admin/localize/update/{source.pk}/" in shown
    # The English edit view, and a page that is not a translation, say nothing of it.
    assert "Out of date" not in edit_view(editor, english)

    response = editor.post(
        f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"}, follow=True
    )
    assert response.status_code == 200
    assert "Out of date" not in edit_view(editor, spanish)
    spanish.refresh_from_db()
    assert spanish.title == english.title  # synced: untranslated, it shows the English for now
