"""Demo pictures drawn locally with Pillow: nothing is downloaded, and nothing pretends to
be a photograph of a real place or person."""

import io
import random

from django.core.files.images import ImageFile

from wagtail.images import get_image_model

from PIL import Image as PILImage
from PIL import ImageDraw

WIDTH, HEIGHT = 1200, 800


def draw_abstract(colors, seed):
    """Overlapping soft circles and bands on a plain background, the same for the same seed."""
    rng = random.Random(seed)
    background, *accents = colors
    picture = PILImage.new("RGB", (WIDTH, HEIGHT), background)
    draw = ImageDraw.Draw(picture)
    for index in range(7):
        color = accents[index % len(accents)] if accents else "#888888"
        radius = rng.randint(120, 320)
        x, y = rng.randint(0, WIDTH), rng.randint(0, HEIGHT)
        draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=color)
    band = rng.randint(HEIGHT // 2, HEIGHT - 120)
    draw.rectangle((0, band, WIDTH, band + 60), fill=colors[-1])
    return picture


def demo_image(spec, on_create=None):
    """The demo image titled spec["title"], drawn and saved the first time it is asked for."""
    Image = get_image_model()
    image = Image.objects.filter(title=spec["title"]).first()
    if image:
        return image
    buffer = io.BytesIO()
    draw_abstract(spec["colors"], seed=spec["key"]).save(buffer, format="PNG", optimize=True)
    image = Image(title=spec["title"], description=spec["description"])
    image.file = ImageFile(buffer, name=f"demo-{spec['key']}.png")
    image.save()
    if on_create:
        on_create()
    return image
