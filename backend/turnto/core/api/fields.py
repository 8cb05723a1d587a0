"""Serializer fields for page and snippet fields that the API must hand out expanded."""

from rest_framework.fields import Field

from ..images import image_representation


class ImageRenditionField(Field):
    """An image foreign key as {url, width, height, alt, srcset}, never a bare id."""

    def get_attribute(self, instance):
        return getattr(instance, self.source)

    def to_representation(self, image):
        return image_representation(image)


class RequestAwareField(Field):
    """A read-only field computed from the whole page, with the request at hand for URLs."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    @property
    def request(self):
        return self.context.get("request")


class ChildPagesField(RequestAwareField):
    """A page's live, public children as links with their introduction, in menu order."""

    def to_representation(self, page):
        children = page.get_children().live().public().specific().order_by("path")
        return [
            {
                "id": child.pk,
                "title": child.title,
                "url": child.get_url(self.request),
                "intro": getattr(child, "intro", ""),
                # City directories say which city, so the guide can search them all.
                **({"city": child.city} if hasattr(child, "city") else {}),
            }
            for child in children
        ]


class TagsField(Field):
    """Tags as a sorted list of names, read from the tagged items (which listings prefetch)."""

    def to_representation(self, tagged_items):
        return sorted(item.tag.name for item in tagged_items.all())
