"""Images leave the API as renditions with their size and alt text, never as bare ids."""

from wagtail.images import get_image_model
from wagtail.images.models import Filter

# One large rendition for the image itself and one small for `srcset` on cheap phones.
RENDITION_SPECS = {
    "large": "max-1200x1200|format-webp",
    "small": "max-600x600|format-webp",
}


def images_with_renditions():
    """Image queryset that fetches the API's renditions in the same round trip."""
    return get_image_model().objects.prefetch_renditions(*RENDITION_SPECS.values())


def rendition_prefetch(lookup):
    """Prefetch of the API's renditions for images reached through `lookup` (e.g. "image")."""
    from django.db.models import Prefetch

    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{lookup}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=RENDITION_SPECS.values()),
        to_attr="prefetched_renditions",
    )


def image_representation(image, alt=None):
    """The API shape of an image: url, width, height and alt text, plus a smaller source."""
    if image is None:
        return None
    renditions = image.get_renditions(*(Filter(spec) for spec in RENDITION_SPECS.values()))
    large = renditions[RENDITION_SPECS["large"]]
    small = renditions[RENDITION_SPECS["small"]]
    return {
        "id": image.pk,
        "url": large.url,
        "width": large.width,
        "height": large.height,
        "alt": image.default_alt_text if alt is None else alt,
        "srcset": f"{small.url} {small.width}w, {large.url} {large.width}w",
    }
