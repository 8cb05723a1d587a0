"""The resource directory's listings, shaped after Open Referral HSDS 3.0: organizations run
services (the listings visitors search), at locations, with phones and opening hours.

Simplification: a service is offered at one location (or none, for phone and online help), so
HSDS's service_at_location is the service itself. Editors manage everything in the admin's
Directory menu (Wagtail snippets).
"""

import uuid
from datetime import timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
from django.db.models.functions import Cast, Coalesce, Cos, Radians, Sin, Substr
from django.utils import timezone

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    RevisionMixin,
    TranslatableMixin,
    WorkflowMixin,
)
from wagtail.search import index

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail_localize.fields import SynchronizedField, TranslatableField

from turnto.core.phones import PHONE_PATTERN

DEFAULT_TIMEZONE = "America/Chicago"
# A row of opening hours has a box for each day, Monday first (ISO weekday 1 to 7).
DAY_FIELDS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def validate_timezone(value):
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValidationError(
            f"“{value}” is not a timezone. Use a name like America/Chicago."
        ) from exc


def minute_of_day(time_field):
    """A time column as minutes since midnight, seconds dropped (as the hours rules read it), in
    SQL any database computes: "open now" compares these numbers without reparsing times."""
    text = Cast(time_field, models.CharField())  # "HH:MM:SS" in SQLite and PostgreSQL alike
    hours = Cast(Substr(text, 1, 2), models.IntegerField())
    return hours * 60 + Cast(Substr(text, 4, 2), models.IntegerField())


def sphere_coordinate(axis):
    """A row's point on a unit sphere, one coordinate ("x", "y" or "z"), worked out by the
    database from its latitude and longitude columns and stored (Location, ListingPoint)."""
    latitude = Radians(Cast("latitude", models.FloatField()))
    longitude = Radians(Cast("longitude", models.FloatField()))
    expression = {
        "x": Cos(latitude) * Cos(longitude),
        "y": Cos(latitude) * Sin(longitude),
        "z": Sin(latitude),
    }[axis]
    return models.GeneratedField(
        expression=expression, output_field=models.FloatField(), db_persist=True
    )


def default_language():
    """The language listings are written in and service types are chosen in ("en")."""
    from wagtail.coreutils import get_supported_content_language_variant

    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_default_language():
    """Service types a listing can be tagged with: the default language's (a translation is
    the same kind of help, in other words, never a second tag)."""
    return models.Q(locale__language_code=default_language())


class ServiceTypeQuerySet(models.QuerySet):
    def originals(self):
        """The kinds of help themselves, one row each: the default language's."""
        return self.filter(in_default_language())

    def names_in(self, language):
        """{translation_key: name} of the types translated into `language`, in one query."""
        return dict(
            self.filter(locale__language_code=language).values_list("translation_key", "name")
        )


class ServiceType(TranslatableMixin, models.Model):
    """A kind of help (naloxone, syringe services...): the directory's taxonomy, editable.
    Translatable: the listings, the filters and HSDS name the default language's row; a page
    or an API answer in another language shows its translation's name when there is one."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=100, help_text="The kind of help, e.g. “Naloxone”.")
    # The same in every language (wagtail-localize keeps a translation's slug in step): a
    # filter's address names a kind of help once, whatever the page's language.
    slug = models.SlugField(
        help_text="Short name used in web addresses and filters, e.g. “naloxone”."
    )
    description = models.TextField(blank=True, help_text="Optional: what this kind of help is.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    # What editors translate with wagtail-localize's "Translate": the words. The slug is the
    # filters' name for the kind of help, the same in every language.
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]

    # A translation is its own row, with its own id (a UUID: Wagtail's copy would keep it).
    exclude_fields_in_copy = ["id"]

    objects = ServiceTypeQuerySet.as_manager()
    default_language = staticmethod(default_language)

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = "service type"
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="service_type_slug_per_locale")
        ]

    def __str__(self):
        return self.name


class PublishedQuerySet(models.QuerySet):
    def published(self):
        """What visitors may see: published, never an editor's unfinished draft. (A live record
        with a pending draft keeps its published values in the row; the draft is a revision.)"""
        return self.filter(live=True)


class Organization(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, models.Model
):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(max_length=200, help_text="The organization's name.")
    description = models.TextField(blank=True, help_text="Optional: what the organization does.")
    website = models.URLField(
        "web address", blank=True, help_text="Optional: the organization's website."
    )
    email = models.EmailField(blank=True, help_text="Optional: a public email address.")

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("website"),
        FieldPanel("email"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Location(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="locations",
        help_text="Who runs this place.",
    )
    name = models.CharField(max_length=200, help_text="The place's name, e.g. “Main office”.")
    address_1 = models.CharField(max_length=200, blank=True, help_text="Street address.")
    city = models.CharField(max_length=100, help_text="The city, as the directory pages name it.")
    state_province = models.CharField(max_length=50, default="MO", help_text="State.")
    postal_code = models.CharField(max_length=20, blank=True, help_text="ZIP code.")
    latitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="Optional: for “near me” and maps. Between -90 and 90.",
    )
    longitude = models.DecimalField(
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        help_text="Optional: for “near me” and maps. Between -180 and 180.",
    )
    accessibility = models.TextField(
        blank=True, help_text="Optional: step-free access, accessible toilets..."
    )
    transportation = models.TextField(blank=True, help_text="Optional: bus lines, parking...")
    timezone = models.CharField(
        max_length=64,
        default=DEFAULT_TIMEZONE,
        validators=[validate_timezone],
        help_text="The timezone the opening hours are in. Missouri is America/Chicago.",
    )
    is_example = models.BooleanField(
        "this address is an example",
        default=False,
        help_text="Tick for a made-up place (demo or training listings). Visitors still read "
        "the address, but get no directions and no map: nobody is sent to a real street.",
    )
    # The place as a point on a unit sphere, kept by the database: "near" filters and orders by
    # the dot product with the visitor's point (plain arithmetic, no trigonometry per row), which
    # ranks exactly as the great-circle distance does.
    sphere_x = sphere_coordinate("x")
    sphere_y = sphere_coordinate("y")
    sphere_z = sphere_coordinate("z")

    panels = [
        FieldPanel("organization"),
        FieldPanel("name"),
        MultiFieldPanel(
            [
                FieldPanel("address_1"),
                FieldRowPanel(
                    [FieldPanel("city"), FieldPanel("state_province"), FieldPanel("postal_code")]
                ),
            ],
            heading="Address",
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("is_example"),
        FieldPanel("accessibility"),
        FieldPanel("transportation"),
        FieldPanel("timezone"),
    ]

    objects = PublishedQuerySet.as_manager()

    class Meta:
        ordering = ["city", "name"]
        indexes = [
            # "near": the box around the circle, and the circle itself, read from the index
            # alone (it holds everything the filter, the join and the hours' timezone need;
            # INCLUDE is PostgreSQL's, SQLite keeps the key columns).
            models.Index(
                fields=["latitude", "longitude", "sphere_x", "sphere_y", "sphere_z", "id"],
                include=["timezone"],
                name="location_near",
            ),
            # "open now": the timezones in use, read per request.
            models.Index(fields=["timezone"], name="location_timezone"),
            # "near" again: each listing's place by its id, with what the circle, the order and
            # the hours read, from the index alone.
            models.Index(
                fields=["id"],
                include=["latitude", "longitude", "sphere_x", "sphere_y", "sphere_z", "timezone"],
                name="location_near_by_id",
            ),
            # The few unpublished places, which listings' published() leaves out: found without
            # reading every place.
            models.Index(
                fields=["id"], condition=models.Q(live=False), name="location_unpublished"
            ),
        ]

    def __str__(self):
        return f"{self.name}, {self.city}"

    def clean(self):
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError("Give both latitude and longitude, or neither.")
        if self.latitude is not None and not -90 <= self.latitude <= 90:
            raise ValidationError({"latitude": "Latitude must be between -90 and 90."})
        if self.longitude is not None and not -180 <= self.longitude <= 180:
            raise ValidationError({"longitude": "Longitude must be between -180 and 180."})


# Listings never shown to visitors: stopped for good, or no longer offered.
HIDDEN_STATUSES = ["inactive", "defunct"]


class ServiceQuerySet(PublishedQuerySet):
    def published(self):
        """Published listings of published organizations, at a published place or none: a
        listing never shows a draft's name or address through what it links to."""
        if connections[self.db].vendor != "postgresql":
            # SQLite plans the joins better (NOT EXISTS turns its "near" plan around).
            return super().published().filter(organization__live=True).exclude(location__live=False)
        # On PostgreSQL NOT EXISTS, not joins: the few unpublished organizations and places are
        # found once (by index: location_unpublished), rather than every listing's organization
        # and place read to count 12,000 listings. A listing with no place is kept, as before.
        unpublished_organization = Organization.objects.filter(
            pk=models.OuterRef("organization_id"), live=False
        )
        unpublished_place = Location.objects.filter(pk=models.OuterRef("location_id"), live=False)
        return (
            super()
            .published()
            .exclude(models.Exists(unpublished_organization))
            .exclude(models.Exists(unpublished_place))
        )

    def for_site(self, site):
        """Published listings shown on `site` (a Wagtail Site): those an editor ticked it
        for. None (no site for the request's host) shows none."""
        if site is None:
            return self.none()
        # One row per listing: a listing is linked to a site at most once.
        return self.published().filter(sites=site)

    def visible(self, site):
        """Listings a visitor of `site` may see: published, shown on that site, and not
        stopped for good or no longer offered."""
        return self.for_site(site).exclude(status__in=HIDDEN_STATUSES)

    def matching(self, words, language=None):
        """Listings whose name, description or organization's name contains `words`; in
        another language (`language`), as a visitor reads them there (words_condition)."""
        if language is None or language == default_language():
            return self.filter(
                models.Q(name__icontains=words)
                | models.Q(description__icontains=words)
                | models.Q(organization__name__icontains=words)
            )
        return self.filter(words_condition(words, language))

    def with_details(self):
        """Listings with what every representation of them reads, in a fixed number of queries."""
        return self.select_related("organization", "location").prefetch_related(
            "phones", "schedules", "closures", "service_types"
        )


class Service(
    WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, index.Indexed, ClusterableModel
):
    """A listing: help someone can get, where, when, and who last checked it."""

    STATUS_CHOICES = [
        ("active", "Active"),
        ("temporarily closed", "Temporarily closed"),
        ("inactive", "Inactive"),
        ("defunct", "Closed for good"),
    ]
    SCOPE_CHOICES = [
        ("local", "In its city"),
        ("statewide", "Across Missouri"),
        ("national", "Across the country"),
    ]

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.CASCADE,
        related_name="services",
        help_text="Who offers this help.",
    )
    location = models.ForeignKey(
        Location,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="services",
        help_text="Where people go. Leave empty for help by phone, text or online only: the "
        "listing then shows no address and no walk-in, and its opening hours are the hours "
        "people can call, text or go online.",
    )
    name = models.CharField(max_length=200, help_text="What people can get, e.g. “Free naloxone”.")
    description = models.TextField(help_text="What happens there, in plain words.")
    status = models.CharField(
        max_length=20,
        choices=STATUS_CHOICES,
        default="active",
        help_text="Only active listings are shown to visitors as open.",
    )
    scope = models.CharField(
        max_length=20,
        choices=SCOPE_CHOICES,
        default="local",
        help_text="Who it serves: its city, the whole state or the whole country.",
    )
    # The sites that show this listing: one list of ticks, every site named, rather than an
    # "every site" switch beside it that would silently override the ticks. A national line
    # (988) is ticked on each site; a new site starts with none, and its editors tick what
    # it shows (Listings, filtered by site, lists what another site has).
    sites = ParentalManyToManyField(
        "wagtailcore.Site",
        related_name="listings",
        verbose_name="shown on",
        help_text="The sites that show this listing. Tick every site for a national line "
        "such as 988.",
    )
    service_types = ParentalManyToManyField(
        ServiceType,
        blank=True,
        limit_choices_to=in_default_language,
        related_name="services",
        help_text="The kinds of help offered; visitors filter by these.",
    )
    eligibility_description = models.TextField(
        blank=True, help_text="Optional: who can use it, e.g. “Anyone 18 or older”."
    )
    minimum_age = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Optional: the youngest age served."
    )
    maximum_age = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Optional: the oldest age served."
    )
    is_free = models.BooleanField(default=False, help_text="Tick if it costs nothing.")
    fees_description = models.TextField(
        blank=True, help_text="Optional: what it costs, if anything."
    )
    languages = models.CharField(
        max_length=100,
        default="en",
        help_text="Languages spoken, as short codes separated by commas, e.g. “en, es”.",
    )
    interpretation_services = models.CharField(
        max_length=200, blank=True, help_text="Optional: interpreters available, e.g. by phone."
    )
    application_process = models.TextField(
        blank=True,
        help_text="Optional: how to get it, e.g. “Walk in and ask at the desk”. Whether people "
        "can walk in is set on each row of the opening hours.",
    )
    url = models.URLField(
        "web address", blank=True, help_text="Optional: a web page about this service."
    )
    # HSDS's assured_date; editors know it as the day it was last verified.
    assured_date = models.DateField(
        "last verified on",
        null=True,
        blank=True,
        help_text="The day a person last checked these details with the service.",
    )
    assurer = models.CharField(
        "verified by", max_length=120, blank=True, help_text="Who checked them (a name or a role)."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = ServiceQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("organization"),
        FieldPanel("location"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("scope")]),
        FieldPanel("sites", widget=forms.CheckboxSelectMultiple),
        FieldPanel("service_types", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("eligibility_description"),
                FieldRowPanel([FieldPanel("minimum_age"), FieldPanel("maximum_age")]),
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("fees_description")]),
                FieldRowPanel([FieldPanel("languages"), FieldPanel("interpretation_services")]),
                FieldPanel("application_process"),
                FieldPanel("url"),
            ],
            heading="Who, what it costs, how",
        ),
        InlinePanel(
            "translations",
            heading="Words in other languages",
            label="Language",
            help_text="Optional: the listing's words for visitors reading another language "
            "(Spanish pages show them). Hours, closures, phones and the address are entered "
            "once, above and below, and shown in every language; a word left empty here is "
            "shown in English.",
        ),
        InlinePanel("phones", heading="Phone numbers", label="Phone"),
        InlinePanel(
            "schedules",
            heading="Opening hours",
            label="Opening hours",
            help_text="One row per span of hours, with the days it applies to: Mon–Fri "
            "9:00–17:00 is one row. Whether people can walk in or need an "
            "appointment is set on each row (“Walk in or appointment”), so a listing can take "
            "walk-ins in the morning and appointments in the afternoon.",
        ),
        InlinePanel("closures", heading="Closures and holiday hours", label="Closure"),
        MultiFieldPanel(
            [FieldRowPanel([FieldPanel("assured_date"), FieldPanel("assurer")])],
            heading="Last verified",
        ),
    ]
    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "listing"
        indexes = [
            # "near": from each place in the circle to its listings, with what the filters and
            # the order read, without visiting the table.
            models.Index(
                fields=["location", "status", "name", "id"],
                include=["organization", "live"],
                name="service_by_place",
            ),
            # Everywhere else the page is in name order: the database walks this index and stops
            # at the page's last listing, instead of sorting every match (the count is a query
            # of its own). Partial: only what visible() can keep.
            models.Index(
                fields=["name", "id"],
                condition=models.Q(live=True) & ~models.Q(status__in=HIDDEN_STATUSES),
                name="service_listed_by_name",
            ),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        errors = {}
        if self.minimum_age and self.maximum_age and self.minimum_age > self.maximum_age:
            errors["maximum_age"] = "The oldest age served is below the youngest."
        codes = [code.strip() for code in self.languages.split(",") if code.strip()]
        if not codes or any(not code.isalpha() or len(code) not in (2, 3) for code in codes):
            errors["languages"] = "Use two- or three-letter language codes, e.g. “en, es”."
        if errors:
            raise ValidationError(errors)
        self.languages = ", ".join(code.lower() for code in codes)

    @property
    def language_codes(self):
        return [code.strip() for code in self.languages.split(",") if code.strip()]

    def is_stale(self, today=None):
        """Whether nobody has checked this listing for longer than the allowed age."""
        if self.assured_date is None:
            return True
        today = today or timezone.localdate()
        return today - self.assured_date > timedelta(days=settings.DIRECTORY_STALE_AFTER_DAYS)

    @property
    def in_person(self):
        """Whether people go to a place for it. A listing with no place is help by phone, text
        or online: nobody walks in, and its hours are the hours it answers."""
        return self.location_id is not None

    def hours(self, language=None):
        """Opening hours in the form turnto.directory.hours.rules (and the browser) read. A
        span's attendance is "remote" for help with no place, whatever its row says. A
        closure's note in `language` where the editor gave it."""
        zone = self.location.timezone if self.location else DEFAULT_TIMEZONE
        spans = [span for schedule in self.schedules.all() for span in schedule.as_spans()]
        if not self.in_person:
            spans = [{**span, "attendance": "remote"} for span in spans]
        return {
            "timezone": zone,
            "weekly": spans,
            "exceptions": [closure.as_exception(language) for closure in self.closures.all()],
        }

    def walk_in(self):
        return self.in_person and any(
            schedule.attendance == "walk_in" for schedule in self.schedules.all()
        )


def in_language(record, field, language):
    """A phone's or closure's note in `language`: its `<field>_<language>` where there is one
    and the editor filled it in, else the default language's."""
    if language and language != default_language():
        translated = (getattr(record, f"{field}_{language}", "") or "").strip()
        if translated:
            return translated
    return getattr(record, field)


def other_languages():
    return [(code, name) for code, name in settings.LANGUAGES if code != default_language()]


# The words of a listing a visitor reads, as ListingWords translates them.
LISTING_WORDS = [
    "name",
    "description",
    "eligibility_description",
    "fees_description",
    "application_process",
]


class ListingWords(Orderable):
    """A listing's words in another language, beside the one record: the name, description,
    who it is for, what it costs and how to get it. Everything that is a fact in every language
    (hours, closures, phones, the place, last verified) stays on the listing, entered once, so
    a translation cannot say another time or number. Saved, reviewed and published with the
    listing (a child of its revisions)."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="translations")
    language = models.CharField(
        max_length=10, choices=other_languages, help_text="The language of these words."
    )
    name = models.CharField(
        max_length=200, blank=True, help_text="The listing's name in this language."
    )
    description = models.TextField(blank=True, help_text="What happens there, in plain words.")
    eligibility_description = models.TextField(blank=True, help_text="Who can use it.")
    fees_description = models.TextField(blank=True, help_text="What it costs, if anything.")
    application_process = models.TextField(blank=True, help_text="How to get it.")

    panels = [
        FieldPanel("language"),
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("eligibility_description"),
        FieldPanel("fees_description"),
        FieldPanel("application_process"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "words in another language"
        verbose_name_plural = "words in other languages"
        constraints = [
            models.UniqueConstraint(
                fields=["service", "language"], name="listing_words_one_per_language"
            )
        ]

    def __str__(self):
        return f"{self.service_id} ({self.language})"


class Phone(Orderable):
    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="phones")
    # Its id in HSDS exports and imports, stable across databases (the pk is not).
    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    number = models.CharField(max_length=40, help_text="The number, e.g. 573-555-0142.")
    kind = models.CharField(
        max_length=10,
        choices=[("voice", "Call"), ("text", "Text")],
        default="voice",
        help_text="Whether people call or text this number.",
    )
    description = models.CharField(
        max_length=200, blank=True, help_text="Optional: e.g. “After hours line”."
    )
    # The note on Spanish pages (the number is one for every language: docs/decisions/0006).
    description_es = models.CharField(
        "description (Spanish)",
        max_length=200,
        blank=True,
        help_text="Optional: the same note in Spanish, e.g. “Línea fuera de horario”. "
        "Empty: the English note.",
    )

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("kind")]),
        FieldPanel("description"),
        FieldPanel("description_es"),
    ]

    def clean(self):
        if not PHONE_PATTERN.match(self.number.strip()):
            raise ValidationError({"number": "Use digits, spaces or dashes, e.g. 573-555-0142."})


class Schedule(Orderable):
    """Weekly opening hours: one span of hours and the days it applies to ("Mon–Fri 9–17")."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="schedules")
    # Its id in HSDS exports and imports, stable across databases (the pk is not).
    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    monday = models.BooleanField("Mon", default=False)
    tuesday = models.BooleanField("Tue", default=False)
    wednesday = models.BooleanField("Wed", default=False)
    thursday = models.BooleanField("Thu", default=False)
    friday = models.BooleanField("Fri", default=False)
    saturday = models.BooleanField("Sat", default=False)
    sunday = models.BooleanField("Sun", default=False)
    open_all_day = models.BooleanField(default=False, help_text="Tick if open 24 hours those days.")
    opens_at = models.TimeField(null=True, blank=True, help_text="Opening time, e.g. 9:00.")
    closes_at = models.TimeField(null=True, blank=True, help_text="Closing time, e.g. 17:00.")
    closes_after_midnight = models.BooleanField(
        default=False, help_text="Tick if it closes after midnight, e.g. 10 PM to 2 AM."
    )
    # Kept by the database for "open now" (turnto.directory.hours.open_at_sql).
    opens_minute = models.GeneratedField(
        expression=minute_of_day("opens_at"), output_field=models.IntegerField(), db_persist=True
    )
    closes_minute = models.GeneratedField(
        expression=minute_of_day("closes_at"), output_field=models.IntegerField(), db_persist=True
    )
    attendance = models.CharField(
        "walk in or appointment",
        max_length=20,
        choices=[("walk_in", "Walk in"), ("appointment", "By appointment only")],
        default="walk_in",
        help_text="Whether people can just turn up during these hours. The listing shows "
        "“Walk in” when any of its hours take walk-ins. A listing with no place (help by phone, "
        "text or online) ignores this: its hours are when people can call.",
    )

    panels = [
        FieldRowPanel(
            [FieldPanel(day) for day in DAY_FIELDS],
            heading="Days",
            help_text="Tick every day with these hours: Monday to Friday 9:00–17:00 is one row.",
        ),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldRowPanel([FieldPanel("open_all_day"), FieldPanel("closes_after_midnight")]),
        FieldPanel("attendance"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "opening hours"

    @property
    def weekdays(self):
        """The ISO weekdays (1 = Monday) ticked on this row, in order."""
        return [number for number, day in enumerate(DAY_FIELDS, 1) if getattr(self, day)]

    def clean(self):
        if not self.weekdays:
            raise ValidationError(
                {"monday": "Tick the days these hours apply to, e.g. Mon to Fri."}
            )
        if self.open_all_day:
            return
        if self.opens_at is None or self.closes_at is None:
            raise ValidationError("Give an opening and a closing time, or tick “open 24 hours”.")
        if self.closes_at == self.opens_at:
            raise ValidationError(
                {
                    "closes_at": "Closing time is the same as opening time. If it never closes "
                    "those days, tick “open 24 hours”."
                }
            )
        if self.closes_at < self.opens_at and not self.closes_after_midnight:
            raise ValidationError(
                {
                    "closes_at": "Closing time is before opening time. If it stays open past "
                    "midnight, tick “closes after midnight”."
                }
            )
        if self.closes_at > self.opens_at and self.closes_after_midnight:
            raise ValidationError(
                {
                    "closes_after_midnight": "Closing time is after opening time on the same day, "
                    "so it does not close after midnight. Untick it."
                }
            )

    def times(self):
        """(opens, closes) as "HH:MM", "00:00" to "24:00" for a whole day; None if unset."""
        if self.open_all_day:
            return "00:00", "24:00"
        if self.opens_at is None or self.closes_at is None:
            return None
        return self.opens_at.strftime("%H:%M"), self.closes_at.strftime("%H:%M")

    def as_spans(self):
        """The row as the hours rules read it: a span for each of its days."""
        times = self.times()
        if times is None:
            return []
        opens, closes = times
        return [
            {"weekday": day, "opens": opens, "closes": closes, "attendance": self.attendance}
            for day in self.weekdays
        ]


class Closure(Orderable):
    """A closure or special hours over some dates: a holiday, a move, bad weather."""

    service = ParentalKey(Service, on_delete=models.CASCADE, related_name="closures")
    # Its id in HSDS exports and imports, stable across databases (the pk is not).
    hsds_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    valid_from = models.DateField(help_text="The first day.")
    valid_to = models.DateField(help_text="The last day (the same as the first for one day).")
    closed = models.BooleanField(
        default=True, help_text="Closed on these days. Untick to give special hours instead."
    )
    opens_at = models.TimeField(null=True, blank=True, help_text="Special opening time.")
    closes_at = models.TimeField(null=True, blank=True, help_text="Special closing time.")
    # Kept by the database for "open now" (turnto.directory.hours.open_at_sql).
    opens_minute = models.GeneratedField(
        expression=minute_of_day("opens_at"), output_field=models.IntegerField(), db_persist=True
    )
    closes_minute = models.GeneratedField(
        expression=minute_of_day("closes_at"), output_field=models.IntegerField(), db_persist=True
    )
    note = models.CharField(max_length=200, blank=True, help_text="Optional: e.g. “Thanksgiving”.")
    note_es = models.CharField(
        "note (Spanish)",
        max_length=200,
        blank=True,
        help_text="Optional: the same note in Spanish, e.g. “Día de Acción de Gracias”. "
        "Empty: the English note.",
    )

    panels = [
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_to")]),
        FieldPanel("closed"),
        FieldRowPanel([FieldPanel("opens_at"), FieldPanel("closes_at")]),
        FieldPanel("note"),
        FieldPanel("note_es"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = "closure"

    def clean(self):
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValidationError({"valid_to": "The last day is before the first day."})
        if not self.closed and (self.opens_at is None or self.closes_at is None):
            raise ValidationError("Give the special opening and closing times, or tick “closed”.")

    def as_exception(self, language=None):
        exception = {"from": self.valid_from.isoformat(), "to": self.valid_to.isoformat()}
        note = in_language(self, "note", language)
        if note:
            exception["note"] = note  # the listing card says why: "Closed Thu 25 Dec — …"
        if self.closed:
            return {**exception, "closed": True}
        return {
            **exception,
            "hours": [
                {
                    "opens": self.opens_at.strftime("%H:%M"),
                    "closes": self.closes_at.strftime("%H:%M"),
                }
            ],
        }


def said_in(field, language):
    """A listing's ListingWords `field` in `language` where it is filled in (a word left empty
    is shown in the default language's)."""
    return ListingWords.objects.filter(service=models.OuterRef("pk"), language=language).exclude(
        **{field: ""}
    )


def said_contains(field, words, language):
    """The listing's `field` as a visitor of `language` reads it contains `words`: its words
    there, else the default language's where that one is not translated."""
    there = said_in(field, language)
    return models.Exists(there.filter(**{f"{field}__icontains": words})) | (
        models.Q(**{f"{field}__icontains": words}) & ~models.Exists(there)
    )


def types_named(words, language):
    """The listings offering a kind of help whose name in `language` (its translation's, else
    the default language's) contains `words`: one subquery, whatever the number of kinds."""
    translated = ServiceType.objects.filter(
        locale__language_code=language, translation_key=models.OuterRef("translation_key")
    ).exclude(name="")
    named = ServiceType.objects.originals().filter(
        models.Exists(translated.filter(name__icontains=words))
        | (models.Q(name__icontains=words) & ~models.Exists(translated))
    )
    links = Service.service_types.through.objects.filter(servicetype__in=named)
    return models.Q(pk__in=links.values("service_id"))


def words_condition(words, language):
    """A listing a visitor of `language` finds by `words`: in its name or description as they
    read them there, its organization's name, or the name of a kind of help it offers there
    ("jeringas" finds the syringe services of a Spanish page; docs/decisions/0006-spanish.md)."""
    return (
        said_contains("name", words, language)
        | said_contains("description", words, language)
        | models.Q(organization__name__icontains=words)
        | types_named(words, language)
    )


def shown_name(language):
    """What to order listings by for a visitor of `language`: the name they read, the
    translated one where there is one (the default language's otherwise)."""
    if language is None or language == default_language():
        return models.F("name")
    return Coalesce(models.Subquery(said_in("name", language).values("name")[:1]), models.F("name"))
