"""Draws the home-screen icons (frontend/public/icon-192.png, icon-512.png) from the shapes of
frontend/public/icon.svg: a teal rounded square with a yellow heart. Run again if the icon
changes: `.venv/bin/python scripts/make_icons.py`."""

from pathlib import Path

from PIL import Image, ImageDraw

PUBLIC = Path(__file__).resolve().parents[1] / "frontend" / "public"
TEAL = (11, 79, 92)
YELLOW = (244, 185, 66)


def icon(size):
    scale = 4  # drawn large, then reduced: smooth edges
    big = size * scale
    unit = big / 32
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    # A full square (a phone rounds the corners itself; "maskable" needs the edge filled).
    draw.rectangle((0, 0, big, big), fill=TEAL)
    # The heart: two circles and a triangle, as the SVG's path (centre 16, 8 to 24 wide).
    r = 4.2 * unit
    for cx in (12.1, 19.9):
        draw.ellipse((cx * unit - r, 13.6 * unit - r, cx * unit + r, 13.6 * unit + r), fill=YELLOW)
    draw.polygon(
        [(8.1 * unit, 15 * unit), (23.9 * unit, 15 * unit), (16 * unit, 25 * unit)], fill=YELLOW
    )
    return image.resize((size, size), Image.LANCZOS)


if __name__ == "__main__":
    for size in (192, 512):
        icon(size).save(PUBLIC / f"icon-{size}.png", optimize=True)
