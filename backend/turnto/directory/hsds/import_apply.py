"""HSDS Tabular Data Packages imported: read and checked (`hsds.package`), planned
(`hsds.import_plan`), then saved in one transaction, or with dry_run only counted.
"""

import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from wagtail.models import DraftStateMixin, Site

from turnto.directory.models import (
    Closure,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceType,
)

from .import_plan import field_values, plan_import
from .package import PackageError, Problems, read_package

# What an import writes, by the label of its summary. Phones, hours and closures belong to
# their listing: changing them is changing the listing.
IMPORTED = {
    "service types": ServiceType,
    "organizations": Organization,
    "locations": Location,
    "listings": Service,
}


def actions_needed(model, new):
    """The permissions a new or changed record of this model needs: an import publishes what
    it writes, so publish too where the model has drafts."""
    actions = ["add" if new else "change"]
    if issubclass(model, DraftStateMixin):
        actions.append("publish")
    return actions


def may(user, model, action):
    return user.has_perm(f"{model._meta.app_label}.{action}_{model._meta.model_name}")


def what_user_may_import(user):
    """{label: (may add, may change)} for the admin page; each includes publish."""
    return {
        label: tuple(
            all(may(user, model, action) for action in actions_needed(model, new))
            for new in (True, False)
        )
        for label, model in IMPORTED.items()
    }


class Guard:
    """Refuses, by file and row, each record the user may not add or change (and publish).
    No user (the management commands, run by an operator): everything is allowed."""

    def __init__(self, user, plan):
        self.user, self.plan, self.problems = user, plan, Problems()

    def check(self, label, instance, original, changed):
        if self.user is None or not (original is None or changed):
            return
        model, new = IMPORTED[label], original is None
        if all(may(self.user, model, action) for action in actions_needed(model, new)):
            return
        row = self.plan.rows.get(id(instance))
        verb = "add" if new else "change"
        message = f"your account may not {verb} {label}, so this row cannot be imported"
        if row is None:
            self.problems.add(label, message=message)
        else:
            self.problems.at(row, message=message)


@dataclass
class ImportResult:
    counts: dict = field(default_factory=dict)  # label -> {"new": n, "updated": n, ...}
    children: dict = field(default_factory=dict)  # label -> how many the listings now have
    notes: list = field(default_factory=list)
    dry_run: bool = False

    def count(self, label, original, changed):
        tally = self.counts.setdefault(label, {"new": 0, "updated": 0, "unchanged": 0})
        tally["new" if original is None else "updated" if changed else "unchanged"] += 1

    def lines(self):
        lines = [
            f"{sum(tally.values())} {label}: "
            + ", ".join(f"{number} {state}" for state, number in tally.items())
            for label, tally in self.counts.items()
        ]
        if self.children:
            lines.append(
                "On these listings: "
                + ", ".join(f"{total} {label}" for label, total in self.children.items())
            )
        return lines + self.notes


def save_service_types(plan, result, guard):
    planned_ids = {str(service_type.pk) for service_type, _ in plan.service_types}
    others = {
        service_type.slug: service_type
        for service_type in ServiceType.objects.originals().exclude(pk__in=planned_ids)
    }
    # Free the slugs the package hands out first, so that codes can move or swap between terms.
    for service_type, original in plan.service_types:
        if original and original["slug"] != service_type.slug:
            ServiceType.objects.filter(pk=service_type.pk).update(
                slug=f"import-{uuid.UUID(str(service_type.pk)).hex}"
            )
    links = Service.service_types.through.objects
    for service_type, original in plan.service_types:
        changed = original != field_values(service_type)
        if twin := others.get(service_type.slug):
            # Same code, another id (a fresh install seeds its own types): the package's id
            # wins, and the listings tagged with the old one keep their tag.
            ServiceType.objects.filter(pk=twin.pk).update(slug=f"import-{twin.pk.hex}")
            service_type.save()
            tagged = links.filter(servicetype_id=service_type.pk).values("service_id")
            links.filter(servicetype_id=twin.pk, service_id__in=tagged).delete()
            links.filter(servicetype_id=twin.pk).update(servicetype_id=service_type.pk)
            original, changed = field_values(twin), True
            twin.delete()
        elif changed:
            service_type.save()
        guard.check("service types", service_type, original, changed)
        result.count("service types", original, changed)


# The Spanish notes beside a phone's or a closure's (docs/decisions/0006-spanish.md).
TRANSLATED_NOTES = ("description_es", "note_es")


def save_children(model, service, objects):
    """The service's phones, hours or closures become exactly these, matched by hsds_id, in
    this order. Returns whether anything changed."""
    deleted, _ = (
        model.objects.filter(service=service)
        .exclude(hsds_id__in=[item.hsds_id for item in objects])
        .delete()
    )
    stored = {
        row.hsds_id: row
        for row in model.objects.filter(hsds_id__in=[item.hsds_id for item in objects])
    }
    changed = bool(deleted)
    for order, item in enumerate(objects):
        item.service, item.sort_order = service, order
        item.pk = getattr(stored.get(uuid.UUID(str(item.hsds_id))), "pk", None)
        if item.pk is None:
            changed = True
        else:
            before = stored[uuid.UUID(str(item.hsds_id))]
            # A note's words in another language are not HSDS's (it has no field for them):
            # a package that updates the row keeps them.
            for name in TRANSLATED_NOTES:
                if hasattr(item, name) and not getattr(item, name):
                    setattr(item, name, getattr(before, name))
            # A row saved without a position (sort_order None) is not changed by getting one.
            leave_out = ("sort_order",) if before.sort_order is None else ()
            changed |= field_values(before, leave_out) != field_values(item, leave_out)
    if changed:  # then every row gets its position, so the order is the package's
        for item in objects:
            if item.pk is not None:
                item.save()
        model.objects.bulk_create([item for item in objects if item.pk is None])
    return changed


def save_plan(plan, result, guard):
    save_service_types(plan, result, guard)
    for label, pairs in (("organizations", plan.organizations), ("locations", plan.locations)):
        for instance, original in pairs:
            changed = original != field_values(instance)
            if changed:
                instance.save()
            guard.check(label, instance, original, changed)
            result.count(label, original, changed)
    for step in plan.services:
        service, original = step.service, step.original
        changed = original != field_values(service)
        if step.types is not None:
            changed |= {str(t.pk) for t in step.types} != step.original_types
            service.service_types = step.types
        if original is None:
            # A new listing is put on every site, as listings were before sites were chosen:
            # an import never hides what it brings. Editors then untick the sites it is not
            # for; importing again leaves its sites as they left them.
            service.sites = list(Site.objects.all())
            service.save()
        children_changed = False
        for model, objects in (
            (Phone, step.phones),
            (Schedule, step.schedules),
            (Closure, step.closures),
        ):
            if objects is not None:
                children_changed |= save_children(model, service, objects)
        if original is not None and (changed or children_changed):
            service.save()  # after its children, so search and references see them
        if step.last_modified and (
            changed or children_changed or step.last_modified != step.original_updated_at
        ):
            # Keep the package's last_modified (auto_now would say "just now").
            Service.objects.filter(pk=service.pk).update(updated_at=step.last_modified)
            changed = True
        guard.check("listings", service, original, changed or children_changed)
        result.count("listings", original, changed or children_changed)
    imported = [step.service.pk for step in plan.services]
    for label, model in (("phones", Phone), ("opening hours", Schedule), ("closures", Closure)):
        result.children[label] = model.objects.filter(service__in=imported).count()


def import_tabular(source, dry_run=False, user=None):
    """Import an HSDS Tabular Data Package (a zip: path or file object); all or nothing.
    With a user, only what that user may add or change (and publish); a row beyond it is a
    problem like any other, and nothing is imported.

    Returns an ImportResult; raises PackageError naming file, row and field of each problem.
    """
    tables = read_package(source)
    result = ImportResult(dry_run=dry_run)
    try:
        with transaction.atomic():
            plan = plan_import(tables)
            result.notes = plan.ignored
            guard = Guard(user, plan)
            save_plan(plan, result, guard)
            guard.problems.raise_if_any()  # inside the transaction: rolls everything back
            if dry_run:
                transaction.set_rollback(True)
    except (IntegrityError, ValidationError) as exc:  # checked above; a last safety net
        raise PackageError(
            [f"The package could not be saved, nothing was imported: {exc}"]
        ) from exc
    return result
