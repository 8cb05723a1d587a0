"""The language of a request's own words (docs/decisions/0006-spanish.md): the server's strings
(API messages, the report's thanks, the status line, the offline page) come from Django's
translation with the .po files of turnto/locale.

The language is in the address, and only there:
- under /api/, the `locale` query parameter (`?locale=es`), as /api/v2/site/ has it: an answer
  cached for one address is in one language;
- a page of the site, its path's prefix ("/es/..." is Spanish);
- anything else (the admin: Wagtail picks its user's language itself) is left alone.

No cookie, no Accept-Language."""

from django.conf import settings
from django.utils import translation

from .page_tree import default_language

LANGUAGE_PARAMETER = "locale"
# Addresses whose words are not a visitor's: the admin chooses its own language.
NOT_VISITORS = ("/admin/", "/documents/", "/static/", "/media/")


def languages():
    return [code for code, _ in settings.LANGUAGES]


def path_language(pathname):
    """The language a site path's prefix names ("/es/..." -> "es"), else the default's."""
    for code in languages():
        if code != default_language() and (
            pathname == f"/{code}" or pathname.startswith(f"/{code}/")
        ):
            return code
    return default_language()


def query_language(request):
    """`?locale=` when it is one of the site's languages, else the default (an endpoint that
    knows the parameter refuses another value with a 400 itself)."""
    asked = request.GET.get(LANGUAGE_PARAMETER, "")
    return asked if asked in languages() else default_language()


def request_language(request):
    """The language of the request's own words, None where it is not ours to choose."""
    path = request.path_info
    if path.startswith("/api/"):
        return query_language(request)
    if path.startswith(NOT_VISITORS):
        return None
    return path_language(path)


class LanguageMiddleware:
    """Each visitor's request in its address's language, and only that request (Django keeps
    an activated language on the thread: the language is put back after)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = request_language(request)
        if language is None:
            return self.get_response(request)
        with translation.override(language):
            return self.get_response(request)
