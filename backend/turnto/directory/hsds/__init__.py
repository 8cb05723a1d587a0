"""Open Referral HSDS 3.0: the read-only API (/api/hsds/), and export and import of listings as a
tabular data package."""
