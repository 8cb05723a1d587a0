"""Serializer fields of the directory's pages."""

from turnto.core.api.fields import RequestAwareField


class ServiceTypesField(RequestAwareField):
    """The directory's service types, for a city page's filters."""

    def to_representation(self, page):
        from turnto.directory.models import ServiceType

        return [{"slug": t.slug, "name": t.name} for t in ServiceType.objects.all()]
