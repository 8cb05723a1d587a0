"""Build the two demo sites (the campaign and the clinic) from `turnto.demo.content`.

Safe to run again: whatever already exists (found by site hostname, page path, card title or
image title) is left as editors left it; only what is missing is created.
"""

import json
import re
import uuid
from collections import Counter

from django.core.management.base import BaseCommand
from django.db import transaction

from wagtail.models import Page, Site

from turnto.campaign.models import ContentPage, HomePage
from turnto.core.models import SiteSettings
from turnto.demo import content
from turnto.demo.images import demo_image
from turnto.demo.listings import load_listings, put_on_sites
from turnto.demo.spanish import translate_sites
from turnto.demo.spanish_directory import translate_directory
from turnto.directory.models import Service
from turnto.guide.models import CityDirectoryPage, ResourceGuidePage
from turnto.news.models import NewsIndexPage, NewsPage
from turnto.strategies.models import StrategyCard, StrategyCardPage

PAGE_TYPES = {
    "content": ContentPage,
    "resource_guide": ResourceGuidePage,
    "city": CityDirectoryPage,
    "news_index": NewsIndexPage,
    "news": NewsPage,
}
INTERNAL_LINK = re.compile(r'href="page:([^"]*)"')


def counted(n, kind):
    """The count and the word: 1 listing, 12 listings (every kind here takes a plain -s)."""
    return f"{n} {kind}" if n == 1 else f"{n} {kind}s"


class Command(BaseCommand):
    help = "Create the demo sites, pages, strategy cards and images that are not there yet."

    def add_arguments(self, parser):
        parser.add_argument(
            "--port",
            type=int,
            default=None,
            help="Port the sites are served on (sets each demo site's port for its URLs).",
        )

    @transaction.atomic
    def handle(self, *args, port=None, **options):
        self.created = []
        images = {spec["key"]: self.image(spec) for spec in content.IMAGES}
        cards = {spec["key"]: self.card(spec, images) for spec in content.STRATEGY_CARDS}
        # Listings first: a page may show chosen ones (the clinic its own hours).
        load_listings(on_create=self.created.append)
        sites = {
            site_spec["key"]: self.site(site_spec, images, cards, port)
            for site_spec in content.SITES
        }
        put_on_sites(sites)
        # Cards link to pages, each site's own, which exist only now.
        roots = {key: site.root_page for key, site in sites.items()}
        for spec in content.STRATEGY_CARDS:
            card = cards[spec["key"]]
            if not card._new:
                continue
            for site_key, path in spec["learn_more"].items():
                if path:
                    card.learn_more_pages.add(
                        StrategyCardPage(page=self.page_at(roots[site_key], path))
                    )
            card.save()
        # Each site in Spanish (demo.spanish), once its English pages are all there.
        translate_sites(sites, on_create=self.created.append)
        translate_directory(on_create=self.created.append)
        if self.created:
            # "listing Columbia: ..." and "listing: the clinic's own" are both listings.
            kinds = Counter(item.split()[0].rstrip(":") for item in self.created)
            summary = "created " + ", ".join(counted(n, kind) for kind, n in kinds.items())
        else:
            summary = "nothing new: the demo was loaded before"
        self.stdout.write(f"Demo content: {summary}")
        if options["verbosity"] > 1:
            self.stdout.write("\n".join(self.created))

    def image(self, spec):
        return demo_image(spec, on_create=lambda: self.created.append(f"image {spec['key']}"))

    def card(self, spec, images):
        card = StrategyCard.objects.filter(title=spec["title"]).first()
        if card:
            card._new = False
            return card
        card = StrategyCard.objects.create(
            title=spec["title"],
            summary=spec["summary"],
            body=spec["body"],
            icon=spec["icon"],
            image=images.get(spec.get("image")),
            # Its description on the card, so a translation offers it to translate.
            image_alt=getattr(images.get(spec.get("image")), "description", "") or "",
        )
        card._new = True
        self.created.append(f"card {spec['key']}")
        return card

    def site(self, spec, images, cards, port):
        site = Site.objects.filter(hostname=spec["hostname"]).first()
        root = site.root_page.specific if site else None
        if not isinstance(root, HomePage):
            root = self.home(spec)
            if site is None:
                site = Site(hostname=spec["hostname"])
            old_root = site.root_page if site.pk else None
            site.root_page = root
            site.site_name = spec["site_name"]
            site.is_default_site = spec["is_default"]
            site.port = port or 80
            site.save()
            # Wagtail's "Welcome to your new Wagtail site!" page is replaced by the home page.
            if old_root and old_root.pk != root.pk and not old_root.get_children().exists():
                old_root.delete()
            self.created.append(f"site {spec['key']}")
        elif port and site.port != port:
            site.port = port
            site.save()

        new_pages = [(root, spec["home"])] if getattr(root, "_new", False) else []
        for page_spec in spec["pages"]:
            new_pages += self.page_tree(root, page_spec)
        for page, page_spec in new_pages:
            page.body = json.dumps(self.stream(page_spec.get("body", []), root, images, cards))
            if isinstance(page, HomePage):
                page.hero_image = images.get(page_spec.get("hero_image"))
                # Its description on the page, so a translation offers it to translate.
                page.hero_image_alt = getattr(page.hero_image, "description", "") or ""
                page.hero_actions = json.dumps(
                    [
                        {
                            "type": "action",
                            "value": {**action, "page": self.page_at(root, action["page"]).pk},
                            "id": str(uuid.uuid4()),
                        }
                        for action in page_spec.get("hero_actions", [])
                    ]
                )
            page.save_revision().publish()
        self.settings(site, spec["settings"], images, root)
        return site

    def home(self, spec):
        home_spec = spec["home"]
        home = HomePage(
            title=home_spec["title"],
            slug=f"{spec['key']}-home",
            hero_heading=home_spec.get("hero_heading", ""),
            intro=home_spec.get("intro", ""),
        )
        Page.get_first_root_node().add_child(instance=home)
        home._new = True
        return home

    def page_tree(self, parent, spec):
        """Create the pages of `spec` missing under `parent`; return those created."""
        page = parent.get_children().filter(slug=spec["slug"]).specific().first()
        created = []
        if page is None:
            model = PAGE_TYPES[spec["type"]]
            fields = {"title": spec["title"], "slug": spec["slug"], "intro": spec.get("intro", "")}
            if model is CityDirectoryPage:
                fields["city"] = spec["city"]
            if model is NewsPage:
                fields.update(date=spec["date"], summary=spec["summary"])
            page = model(**fields)
            page.show_in_menus = spec.get("show_in_menus", model.show_in_menus_default)
            parent.add_child(instance=page)
            if model is NewsPage and spec.get("tags"):
                page.tags.add(*spec["tags"])
            created.append((page, spec))
            self.created.append(f"page {page.url_path}")
        for child_spec in spec.get("children", []):
            created += self.page_tree(page, child_spec)
        return created

    def page_at(self, root, path):
        url_path = root.url_path + path.strip("/") + "/" if path.strip("/") else root.url_path
        return Page.objects.get(url_path=url_path)

    def stream(self, blocks, root, images, cards):
        """Turn the content's (type, value) blocks into StreamField data with real ids."""

        def rich(html):
            return INTERNAL_LINK.sub(
                lambda m: f'linktype="page" id="{self.page_at(root, m.group(1)).pk}"', html
            )

        data = []
        for block_type, value in blocks:
            if block_type == "rich_text":
                value = rich(value)
            elif block_type == "image":
                value = {**value, "image": images[value["image"]].pk}
            elif block_type == "strategy_cards":
                value = {**value, "cards": [cards[key].pk for key in value["cards"]]}
            elif block_type == "call_to_action":
                page = self.page_at(root, value["page"]) if value.get("page") else None
                value = {**value, "page": page.pk if page else None}
            elif block_type == "directory_listings" and value.get("listings"):
                chosen = Service.objects.filter(name__in=value["listings"])
                value = {**value, "listings": [str(service.pk) for service in chosen]}
            elif block_type == "listing_hours":
                listing = Service.objects.get(name=value["listing"])
                value = {**value, "listing": str(listing.pk)}
            elif block_type == "faq":
                items = [{**item, "answer": rich(item["answer"])} for item in value["items"]]
                value = {**value, "items": items}
            data.append({"type": block_type, "value": value, "id": str(uuid.uuid4())})
        return data

    def settings(self, site, spec, images, root):
        settings = SiteSettings.for_site(site)
        if settings.organisation_name:
            return
        settings.organisation_name = spec["organisation_name"]
        settings.organisation_type = spec["organisation_type"]
        settings.share_image = images[spec["share_image"]]
        settings.crisis_lines = json.dumps(
            [
                {"type": "line", "value": line, "id": str(uuid.uuid4())}
                for line in spec["crisis_lines"]
            ]
        )
        if spec.get("overdose_steps_page"):
            settings.overdose_steps_page = self.page_at(root, spec["overdose_steps_page"])
        settings.exit_url = spec["exit_url"]
        settings.exit_label = spec["exit_label"]
        settings.footer_text = spec["footer_text"]
        settings.save()
