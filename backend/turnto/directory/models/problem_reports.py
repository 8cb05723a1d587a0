"""Visitors' "Report a problem with this listing": what they say is wrong, kept for editors.

Nothing here identifies the visitor unless they choose to leave a contact: no IP address and no
user agent are stored (the rate limit in api/problem_reports.py keeps only a keyed,
daily-changing hash in the database, ReportCounter).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from .listings import Service

MESSAGE_MAX_LENGTH = 1000
CONTACT_MAX_LENGTH = 200


class ListingReport(models.Model):
    KIND_CHOICES = [
        ("wrong_hours", "Wrong opening hours"),
        ("wrong_phone", "Wrong phone number"),
        ("wrong_address", "Wrong address"),
        ("closed_permanently", "Closed for good"),
        ("service_not_offered", "Service not offered there"),
        ("other", "Something else"),
    ]
    STATUS_CHOICES = [("new", "New"), ("resolved", "Resolved")]

    service = models.ForeignKey(
        Service,
        on_delete=models.CASCADE,
        related_name="problem_reports",
        verbose_name="listing",
        help_text="The listing the visitor says is wrong.",
    )
    kind = models.CharField(
        "problem", max_length=30, choices=KIND_CHOICES, help_text="What the visitor says is wrong."
    )
    message = models.TextField(
        max_length=MESSAGE_MAX_LENGTH, blank=True, help_text="What the visitor wrote."
    )
    contact = models.CharField(
        max_length=CONTACT_MAX_LENGTH,
        blank=True,
        help_text="How to reach the visitor, only if they chose to leave it.",
    )
    created_at = models.DateTimeField(
        "received", auto_now_add=True, help_text="When the report arrived."
    )
    status = models.CharField(
        max_length=10,
        choices=STATUS_CHOICES,
        default="new",
        help_text="Mark it resolved once the listing is checked and, if needed, corrected.",
    )
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The editor who resolved it (filled in for you).",
    )
    resolved_at = models.DateTimeField(
        null=True, blank=True, help_text="When it was resolved (filled in for you)."
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "problem report"
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.service}"

    def clean(self):
        if self.kind == "other" and not self.message.strip():
            raise ValidationError({"message": "Say what is wrong when the problem is “other”."})


class ReportCounter(models.Model):
    """How many reports one client (or all clients) sent in one hour: the rate limit's counters.

    In the database rather than the cache: the cache drops entries whenever other traffic fills
    it (the file cache at random, Redis the least used), and each drop would let a limited
    client start again. The key is a keyed hash of the client's address and the day (no address
    is stored); rows outlive their hour by a minute and are deleted as new ones are made.
    """

    key = models.CharField(
        max_length=100, unique=True, help_text="Which client (a keyed hash) and which hour."
    )
    count = models.PositiveIntegerField(default=0, help_text="Reports sent in that hour.")
    expires_at = models.DateTimeField(db_index=True, help_text="When this counter is deleted.")

    class Meta:
        verbose_name = "problem report counter"

    def __str__(self):
        return f"{self.key}: {self.count}"
