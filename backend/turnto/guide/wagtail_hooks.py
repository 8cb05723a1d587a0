"""Adding a city where the editor is: "Add a city" on the Resource guide (its row in the page
explorer, its header's menu) and in the Directory menu, straight to a new city's form; a new
city takes its alphabetical place among the cities, before any other page of the guide."""

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.widgets import Button
from wagtail.models import Locale

from .models import CityDirectoryPage, ResourceGuidePage


def add_city_url(guide):
    return reverse("wagtailadmin_pages:add", args=["guide", "citydirectorypage", guide.pk])


def guides_for(user):
    """The resource guides this user may add a city to: in the default language (a city in
    another language is a translation of an English city, made with Translate)."""
    return [
        guide
        for guide in ResourceGuidePage.objects.filter(locale=Locale.get_default()).order_by("path")
        if guide.permissions_for_user(user).can_add_subpage()
    ]


def add_city(request):
    """Directory › Add a city: the city form under the resource guide (a choice if several)."""
    guides = guides_for(request.user)
    if len(guides) == 1:
        return redirect(add_city_url(guides[0]))
    if not guides:
        messages.error(request, "You may not add a city: ask the campaign lead for the role.")
        return redirect("wagtailadmin_home")
    choices = [(guide, add_city_url(guide)) for guide in guides]
    return TemplateResponse(request, "guide/choose_guide.html", {"choices": choices})


@hooks.register("register_admin_urls")
def register_add_city_url():
    return [path("guide/add-city/", add_city, name="guide_add_city")]


class AddCityMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(guides_for(request.user))


@hooks.register("register_directory_menu_item")
def register_add_city_menu_item():
    return AddCityMenuItem("Add a city", reverse("guide_add_city"), icon_name="plus", order=50)


class AddCityButton(PageMenuItem):
    label = "Add a city"
    icon_name = "plus"

    @property
    def url(self):
        return add_city_url(self.page)

    def is_shown(self, user):
        return self.page.permissions_for_user(user).can_add_subpage()


@hooks.register("register_page_header_buttons")
def add_city_in_guide_header(page, user, view_name, next_url=None):
    if page.specific_class is ResourceGuidePage:
        yield AddCityButton(page=page, priority=12)


@hooks.register("register_page_listing_buttons")
def add_city_on_guide_row(page, user, next_url=None):
    # The row of the Resource guide in the page explorer, beside its title.
    if (
        page.specific_class is ResourceGuidePage
        and page.permissions_for_user(user).can_add_subpage()
    ):
        yield Button(
            "Add a city",
            add_city_url(page),
            # A small button of its own, in words (an icon alone is drawn at full size there);
            # its box grows with its words where a phone's narrow column wraps them.
            classname="button button-small button-secondary",
            attrs={"data-add-city": "", "style": "height: auto; min-height: 1.5rem"},
            priority=5,
        )


def alphabetical_place(city):
    """Put a new city among its sibling cities in alphabetical order, before the guide's other
    pages ("Additional resources"). Only the new page moves: an order the editors set by hand
    ("Sort menu order") stays as it is, the new city goes before the first city after it."""
    siblings = [
        page
        for page in city.get_siblings(inclusive=False).order_by("path").specific()
        if page.pk != city.pk
    ]
    key = city.title.casefold()
    cities = [page for page in siblings if isinstance(page, CityDirectoryPage)]
    after = next((page for page in cities if page.title.casefold() > key), None)
    if after is not None:
        return after, "left"
    if cities:
        return cities[-1], "right"
    others = [page for page in siblings if not isinstance(page, CityDirectoryPage)]
    return (others[0], "left") if others else (None, None)


@hooks.register("after_create_page")
def put_new_city_in_its_place(request, page):
    if not isinstance(page, CityDirectoryPage):
        return
    target, position = alphabetical_place(page)
    if target is not None:
        page.move(target, pos=position, user=request.user)
        page.refresh_from_db(fields=["path"])
