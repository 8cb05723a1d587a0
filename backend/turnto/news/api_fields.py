"""Serializer fields of the news pages."""

from turnto.core.api.fields import RequestAwareField
from turnto.core.images import image_representation, rendition_prefetch


class NewsTeasersField(RequestAwareField):
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
