from django.core.management.base import BaseCommand, CommandError

from turnto.directory.hsds.import_apply import import_tabular
from turnto.directory.hsds.package import PackageError


class Command(BaseCommand):
    help = (
        "Import an HSDS 3.0 Tabular Data Package (zip). All or nothing: any bad row stops it, "
        "named by file, row and field. Records are matched by id, so re-importing updates."
    )

    def add_arguments(self, parser):
        parser.add_argument("package", help="The .zip file (CSV files and datapackage.json).")
        parser.add_argument(
            "--dry-run", action="store_true", help="Check the package and save nothing."
        )

    def handle(self, *args, package, dry_run, **options):
        try:
            with open(package, "rb") as source:
                result = import_tabular(source, dry_run=dry_run)
        except OSError as exc:
            raise CommandError(f"Cannot read {package}: {exc.strerror}") from exc
        except PackageError as exc:
            raise CommandError(f"Nothing was imported.\n{exc}") from exc
        if dry_run:
            self.stdout.write("Dry run: the package is fine; nothing was saved.")
        for line in result.lines():
            self.stdout.write(line)
