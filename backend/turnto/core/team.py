"""The roles a campaign needs on day one, as Wagtail groups: "Editors", "Directory editors" and
"Moderators", each with a plain description shown on its page in the admin.

They are put in line after every `migrate` (a post_migrate handler, as Django creates the
permissions themselves): a fresh install has them, and a new model's permissions reach them
with the migration that adds it. A permission listed here is given back if removed; a role an
administrator wants otherwise is a group of its own. Permissions are named by their codename,
so `core` imports none of the apps above it.
"""

from django.apps import apps
from django.contrib.auth.management import create_permissions
from django.db.models.signals import post_migrate

# What each app's models let a role do. Drafts: publish; the directory's listings, their
# organizations and places; problem reports come from visitors (never added in the admin).
LISTINGS = [
    f"directory.{action}_{model}"
    for model in ("service", "organization", "location")
    for action in ("add", "change", "delete", "publish", "lock", "unlock")
] + ["directory.view_servicetype"]
REPORTS = ["directory.view_listingreport", "directory.change_listingreport"]
CARDS = [f"strategies.{action}_strategycard" for action in ("add", "change", "delete")]
SERVICE_TYPES = [f"directory.{action}_servicetype" for action in ("add", "change", "delete")]
SITE_SETTINGS = ["core.change_sitesettings"]
# wagtail-localize's "Translate" (a page or snippet into Spanish); editing a translation is
# then a change of the page or snippet, which the role already may.
TRANSLATE = ["wagtail_localize.submit_translation"]

PAGE_EDIT = ["add_page", "change_page", "lock_page", "unlock_page"]
PAGE_PUBLISH = PAGE_EDIT + ["publish_page", "bulk_delete_page"]
MEDIA = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]
MEDIA_DELETE = MEDIA + ["delete_image", "delete_document"]

ADMIN = ["wagtailadmin.access_admin"]

TEAM = {
    "Editors": {
        "description": "Write, change and translate pages (a moderator publishes them), and "
        "keep the directory: listings, organizations, places, problem reports, strategy cards, "
        "images and documents. They publish listings and cards themselves unless a workflow "
        "asks for approval.",
        "permissions": ADMIN + LISTINGS + REPORTS + CARDS + TRANSLATE,
        "pages": PAGE_EDIT,
        "collections": MEDIA,
    },
    "Directory editors": {
        "description": "Keep the listings only: add, change and publish listings, their "
        "organizations and places, and handle problem reports. No pages, cards or settings.",
        "permissions": ADMIN + LISTINGS + REPORTS,
        "pages": [],
        "collections": [],
    },
    "Moderators": {
        "description": "Publish and approve: everything editors do, plus publishing pages, "
        "approving what editors submit for moderation (workflow tasks), service types and "
        "the site settings (crisis lines, footer, exit link).",
        "permissions": ADMIN
        + LISTINGS
        + REPORTS
        + CARDS
        + SERVICE_TYPES
        + SITE_SETTINGS
        + TRANSLATE,
        "pages": PAGE_PUBLISH,
        "collections": MEDIA_DELETE,
    },
}


def description(group_name):
    return TEAM.get(group_name, {}).get("description", "")


def permission(Permission, name):
    app_label, codename = name.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def set_up_team(using="default", **kwargs):
    from django.contrib.auth.models import Group, Permission

    from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

    # Every app's permissions exist first, whatever order post_migrate reached them in.
    for app_config in apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using)
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()
    for name, role in TEAM.items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        group.permissions.add(*(permission(Permission, p) for p in role["permissions"]))
        for codename in role["pages"] if root_page else []:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=root_page,
                permission=Permission.objects.get(
                    content_type__app_label="wagtailcore", codename=codename
                ),
            )
        for codename in role["collections"] if root_collection else []:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            GroupCollectionPermission.objects.get_or_create(
                group=group,
                collection=root_collection,
                permission=Permission.objects.get(
                    content_type__app_label=app_label, codename=codename
                ),
            )


def after_migrate(sender, using="default", **kwargs):
    # post_migrate is sent once per app; the team is set up once, after the last one.
    if sender is list(apps.get_app_configs())[-1]:
        set_up_team(using=using)


def connect():
    post_migrate.connect(after_migrate, dispatch_uid="turnto.core.team")
