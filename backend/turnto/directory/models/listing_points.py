"""Where each kind of help is offered: one row per listing and kind of help it offers, with its
place's point. "Naloxone near me" reads one range of one index here (the kind, then the box
around the circle), instead of every place in the circle and then each place's listings and
their kinds (docs/decisions/0010-listing-points.md).

The rows are copies, kept by the database itself: triggers on the listings, their kinds of help
and their places rewrite them on every write, whoever writes (the admin, publishing, the HSDS
import, the demo, a fixture, plain SQL). Nothing in Python writes them. `install` (run after
every `migrate`) makes the triggers again, since SQLite drops a table's triggers when a
migration remakes the table, and makes any row that is not right again.
"""

from django.db import connections, models, transaction

from .listings import sphere_coordinate


def copied_key(model):
    """A key copied from the listing, its kind or its place: a plain column (see below)."""
    return models.ForeignKey(
        model, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+", editable=False
    )


class ListingPoint(models.Model):
    """A listing's kind of help at its place's point (a copy: see the module's docstring). A
    listing without a place has none; a place without coordinates has rows no box finds."""

    # Plain columns, no constraints: the triggers remove a row with what it copies, and the
    # ORM's deletions (which run before or after them) must not wait for one another.
    service = copied_key("directory.Service")
    service_type = copied_key("directory.ServiceType")
    location = copied_key("directory.Location")
    latitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, editable=False)
    longitude = models.DecimalField(max_digits=9, decimal_places=6, null=True, editable=False)
    # As Location's: the dot product with the visitor's point ranks by great-circle distance.
    sphere_x = sphere_coordinate("x")
    sphere_y = sphere_coordinate("y")
    sphere_z = sphere_coordinate("z")

    class Meta:
        indexes = [
            # The kind, then the box by latitude; longitude and the circle on the index's rows,
            # and the listing's id from the index alone.
            models.Index(
                fields=[
                    "service_type",
                    "latitude",
                    "longitude",
                    "sphere_x",
                    "sphere_y",
                    "sphere_z",
                    "service",
                ],
                name="listing_point_near",
            ),
            # What the triggers look rows up by.
            models.Index(fields=["location"], name="listing_point_of_place"),
        ]
        constraints = [
            # A kind of help at most once per listing: a trigger that copied a link twice fails
            # loudly instead of listing the place twice.
            models.UniqueConstraint(fields=["service", "service_type"], name="listing_point_once"),
        ]

    def __str__(self):
        return f"{self.service_id} / {self.service_type_id}"


POINTS = "directory_listingpoint"
KINDS = "directory_service_service_types"
LISTINGS = "directory_service"
PLACES = "directory_location"
INSERT_POINT = (
    f"INSERT INTO {POINTS} (service_id, service_type_id, location_id, latitude, longitude)"
)
# Every row there should be, as the listings, their kinds and their places say now.
EXPECTED = (
    "SELECT k.service_id, k.servicetype_id, p.id AS location_id, p.latitude, p.longitude"
    f" FROM {KINDS} k JOIN {LISTINGS} s ON s.id = k.service_id"
    f" JOIN {PLACES} p ON p.id = s.location_id"
)
SAME_ROW = (
    "e.service_id = {row}.service_id AND e.servicetype_id = {row}.service_type_id"
    " AND e.location_id = {row}.location_id"
    " AND (e.latitude = {row}.latitude OR e.latitude IS NULL AND {row}.latitude IS NULL)"
    " AND (e.longitude = {row}.longitude OR e.longitude IS NULL AND {row}.longitude IS NULL)"
)
STALE_ROWS = (
    f"DELETE FROM {POINTS} WHERE NOT EXISTS"
    f" (SELECT 1 FROM ({EXPECTED}) e WHERE {SAME_ROW.format(row=POINTS)})"
)
MISSING_ROWS = (
    f"{INSERT_POINT} SELECT * FROM ({EXPECTED}) e"
    f" WHERE NOT EXISTS (SELECT 1 FROM {POINTS} x WHERE {SAME_ROW.format(row='x')})"
)
# A trigger's statements: the rows of one link or one listing, NEW's columns in the SQL.
ROWS_OF_LINK = (
    f"{INSERT_POINT} SELECT NEW.service_id, NEW.servicetype_id, p.id, p.latitude, p.longitude"
    f" FROM {LISTINGS} s JOIN {PLACES} p ON p.id = s.location_id WHERE s.id = NEW.service_id"
)
ROWS_OF_LISTING = (
    f"{INSERT_POINT} SELECT NEW.id, k.servicetype_id, p.id, p.latitude, p.longitude"
    f" FROM {KINDS} k JOIN {PLACES} p ON p.id = NEW.location_id WHERE k.service_id = NEW.id"
)
DROP_LINK = f"DELETE FROM {POINTS} WHERE service_id = OLD.service_id"
DROP_LINK += " AND service_type_id = OLD.servicetype_id"
DROP_LISTING = f"DELETE FROM {POINTS} WHERE service_id = OLD.id"
DROP_PLACE = f"DELETE FROM {POINTS} WHERE location_id = OLD.id"
MOVE_PLACE = (
    f"UPDATE {POINTS} SET latitude = NEW.latitude, longitude = NEW.longitude"
    " WHERE location_id = NEW.id"
)

# SQLite: a trigger's body is its statements; one trigger per event.
SQLITE_TRIGGERS = {
    "listing_points_link_added": f"AFTER INSERT ON {KINDS} BEGIN {ROWS_OF_LINK}; END",
    "listing_points_link_removed": f"AFTER DELETE ON {KINDS} BEGIN {DROP_LINK}; END",
    "listing_points_link_changed": (
        f"AFTER UPDATE ON {KINDS} BEGIN {DROP_LINK}; {ROWS_OF_LINK}; END"
    ),
    "listing_points_listing_moved": (
        f"AFTER UPDATE OF location_id ON {LISTINGS}"
        " WHEN OLD.location_id IS NOT NEW.location_id"
        f" BEGIN {DROP_LISTING}; {ROWS_OF_LISTING}; END"
    ),
    "listing_points_listing_deleted": f"AFTER DELETE ON {LISTINGS} BEGIN {DROP_LISTING}; END",
    "listing_points_place_moved": (
        f"AFTER UPDATE OF latitude, longitude ON {PLACES}"
        " WHEN OLD.latitude IS NOT NEW.latitude OR OLD.longitude IS NOT NEW.longitude"
        f" BEGIN {MOVE_PLACE}; END"
    ),
    "listing_points_place_deleted": f"AFTER DELETE ON {PLACES} BEGIN {DROP_PLACE}; END",
}

# PostgreSQL: a function per table, its trigger for every event on that table.
POSTGRES_FUNCTIONS = {
    KINDS: f"""
        IF TG_OP <> 'INSERT' THEN {DROP_LINK}; END IF;
        IF TG_OP <> 'DELETE' THEN {ROWS_OF_LINK}; END IF;""",
    LISTINGS: f"""
        IF TG_OP = 'DELETE' THEN {DROP_LISTING};
        ELSIF OLD.location_id IS DISTINCT FROM NEW.location_id THEN
            {DROP_LISTING}; {ROWS_OF_LISTING};
        END IF;""",
    PLACES: f"""
        IF TG_OP = 'DELETE' THEN {DROP_PLACE};
        ELSIF OLD.latitude IS DISTINCT FROM NEW.latitude
            OR OLD.longitude IS DISTINCT FROM NEW.longitude THEN {MOVE_PLACE};
        END IF;""",
}
POSTGRES_EVENTS = {
    KINDS: "INSERT OR UPDATE OR DELETE",
    LISTINGS: "UPDATE OF location_id OR DELETE",
    PLACES: "UPDATE OF latitude, longitude OR DELETE",
}


def install(using="default"):
    """The triggers, made again, and the rows made right: those no longer true deleted, those
    missing added (none, when the triggers were there all along; a table rebuilt from scratch
    on every migrate would leave PostgreSQL's index without its visibility map until a vacuum).
    In one transaction; safe to run at any time. Returns how many rows it changed."""
    connection = connections[using]
    if POINTS not in connection.introspection.table_names():
        return 0  # migrated back to before the table
    with transaction.atomic(using=using), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table, body in POSTGRES_FUNCTIONS.items():
                function = f"{table}_listing_points"
                cursor.execute(
                    f"CREATE OR REPLACE FUNCTION {function}() RETURNS trigger"
                    f" LANGUAGE plpgsql AS $$ BEGIN {body} RETURN NULL; END $$"
                )
                cursor.execute(
                    f"CREATE OR REPLACE TRIGGER listing_points AFTER {POSTGRES_EVENTS[table]}"
                    f" ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
                )
        else:
            for name, definition in SQLITE_TRIGGERS.items():
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")
                cursor.execute(f"CREATE TRIGGER {name} {definition}")
        cursor.execute(STALE_ROWS)
        changed = cursor.rowcount
        cursor.execute(MISSING_ROWS)
        return changed + cursor.rowcount


def uninstall(using="default"):
    """The triggers gone (before the table, when its migration is undone: a trigger writing
    to a table that is not there would make every later write of a listing fail)."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            for table in POSTGRES_FUNCTIONS:
                cursor.execute(f"DROP TRIGGER IF EXISTS listing_points ON {table}")
                cursor.execute(f"DROP FUNCTION IF EXISTS {table}_listing_points()")
        else:
            for name in SQLITE_TRIGGERS:
                cursor.execute(f"DROP TRIGGER IF EXISTS {name}")


def installed_triggers(using="default"):
    """The names of the triggers that keep the rows, as the database lists them."""
    connection = connections[using]
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "SELECT event_object_table FROM information_schema.triggers"
                " WHERE trigger_name = 'listing_points'"
            )
            return {f"{table}_listing_points" for (table,) in cursor.fetchall()}
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")
        return {name for (name,) in cursor.fetchall() if name.startswith("listing_points_")}
