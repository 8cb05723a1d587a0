import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from turnto.directory.hsds.export import export_json, export_tabular


class Command(BaseCommand):
    help = (
        "Export the directory as Open Referral HSDS 3.0: JSON (a service package) or the "
        "Tabular Data Package (a zip of CSV files and datapackage.json)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json", "tabular"], default="tabular")
        parser.add_argument(
            "--output", default="-", help="The file to write; - (the default) for stdout."
        )

    def handle(self, *args, format, output, **options):
        content = export_json() if format == "json" else export_tabular()
        if output == "-":
            sys.stdout.buffer.write(content)
            sys.stdout.flush()
        else:
            Path(output).write_bytes(content)
            self.stderr.write(f"Wrote {len(content)} bytes to {output}")
