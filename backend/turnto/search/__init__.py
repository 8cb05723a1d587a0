"""Site search: the pages of a site, by every word a visitor reads on them (their StreamField
text and the strategy cards and listings chosen into them), and the site's places (listings),
each with a line of context around the words found. `GET /api/v2/search/?q=` (views.py)."""
