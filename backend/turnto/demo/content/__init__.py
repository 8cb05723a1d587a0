"""Demo content for Turn To: two example sites, written as plain Python data.

Everything here is the project's own wording. It covers the same pages and the same kinds of
facts as two public harm reduction sites (a Missouri campaign and a walk-in clinic), but
none of their sentences are copied.

Content rules these files keep:

* The only statistics are three national figures and one table, each with its source.
* The only real phone lines are national ones (911, 988, SAMHSA, Never Use Alone and
  Poison Control), each written once in blocks.py. Any other number uses the 555-01xx range
  and says it is an example.
* No real local organisations, addresses or opening hours. The clinic is fictional.
* News posts say plainly that they are examples of what a campaign or clinic might post.

Where things are:

* library.py: IMAGES and STRATEGY_CARDS, which both sites choose from by "key".
* blocks.py: what repeats, written once: the national lines and the blocks built from them.
* campaign.py, with cities.py for its city pages, and clinic.py: one site each.

Shapes:

* SITES: one dict per site, with settings, a home page and the pages below it in menu order.
* Page bodies are lists of (block type, value) tuples. Internal links in rich text are
  written as href="page:/path/" and point at a page of the same site.
"""

from turnto.demo.content.campaign import CAMPAIGN
from turnto.demo.content.clinic import CLINIC
from turnto.demo.content.library import IMAGES, STRATEGY_CARDS

SITES = [CAMPAIGN, CLINIC]

__all__ = ["IMAGES", "SITES", "STRATEGY_CARDS"]
