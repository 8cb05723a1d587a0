"""Which build of the front end is being served: the built index.html's name, time and size.

The page cache keys drawn pages by it (a new build names new scripts and styles), and the public
site reads index.html again when it changes (turnto.website.entry)."""

import os

from django.conf import settings


def frontend_build():
    """(path, mtime_ns, size) of the built index.html, or None when the site is not built."""
    index = settings.FRONTEND_DIST / "index.html"
    try:
        stat = os.stat(index)
    except FileNotFoundError:
        return None
    return (str(index), stat.st_mtime_ns, stat.st_size)
