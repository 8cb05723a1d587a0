"""Serializer fields of the directory's pages."""

from turnto.core.api.fields import RequestAwareField


class ServiceTypesField(RequestAwareField):
    """The directory's service types, for a city page's filters, named in the page's language
    (the translation's name, else the default language's)."""

    def to_representation(self, page):
        from turnto.core.page_tree import content_language
        from turnto.directory.models import ServiceType

        types = ServiceType.objects.originals()
        names = {}
        if (language := content_language()) != types.model.default_language():
            names = ServiceType.objects.names_in(language)
        named = [{"slug": t.slug, "name": names.get(t.translation_key, t.name)} for t in types]
        # In the order of the names the visitor reads (the default language's are ordered
        # by the database already).
        return sorted(named, key=lambda t: t["name"].casefold()) if names else named
