"""Serializer fields for page and snippet fields that the API must hand out expanded."""

from rest_framework.fields import Field

from .images import image_representation, rendition_prefetch


class ImageRenditionField(Field):
    """An image foreign key as {url, width, height, alt, srcset}, never a bare id."""

    def get_attribute(self, instance):
        return getattr(instance, self.source)

    def to_representation(self, image):
        return image_representation(image)


class _RequestAwareField(Field):
    """A read-only field computed from the whole page, with the request at hand for URLs."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    @property
    def request(self):
        return self.context.get("request")


class ChildPagesField(_RequestAwareField):
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


class NewsTeasersField(_RequestAwareField):
    """A news index's posts, newest first, with what a list of posts shows."""

    def to_representation(self, page):
        posts = (
            page.live_posts().select_related("image").prefetch_related(rendition_prefetch("image"))
        )
        return [
            {
                "id": post.pk,
                "title": post.title,
                "url": post.get_url(self.request),
                "date": post.date.isoformat(),
                "summary": post.summary,
                "image": image_representation(post.image),
            }
            for post in posts
        ]


class TagsField(Field):
    """Tags as a sorted list of names, read from the tagged items (which listings prefetch)."""

    def to_representation(self, tagged_items):
        return sorted(item.tag.name for item in tagged_items.all())


class ServiceTypesField(_RequestAwareField):
    """The directory's service types, for a city page's filters."""

    def to_representation(self, page):
        from turnto.directory.listings import ServiceType

        return [{"slug": t.slug, "name": t.name} for t in ServiceType.objects.all()]
