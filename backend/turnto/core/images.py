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


# Link previews (og:image): one size every chat app and social site shows whole (1.91:1), as
# JPEG, which all of them read (not all read WebP).
SHARE_SPEC = "fill-1200x630|format-jpeg"


def page_image(page):
    """A page's own picture: its hero image, its image field, else the first image block of
    its body; with the page's own description of it where it gives one (in the page's
    language: a hero's `hero_image_alt`, an image block's alt text), else None. (None, None)
    when it has none."""
    for name in ("hero_image", "image"):
        image = getattr(page, name, None)
        if image is not None:
            return image, (getattr(page, f"{name}_alt", "") or "").strip() or None
    for block in getattr(page, "body", None) or ():
        if block.block_type == "image" and block.value and block.value.get("image"):
            return block.value["image"], (block.value.get("alt_text") or "").strip() or None
    return None, None


def share_image(page, site_settings):
    """The picture a link to `page` shows: its own, else the one its site's settings name (for
    `page` None, a page of the front end's own); as {url, width, height, alt} of its share
    rendition, or None."""
    image, alt = page_image(page) if page is not None else (None, None)
    if image is None:
        image = site_settings.share_image
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_SPEC)
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or image.default_alt_text,
    }
