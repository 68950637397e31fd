"""Delete the declines visitors wrote without an account, once nobody has touched them for 14
days. send_nudges runs it too, so one scheduled job is enough."""

from django.core.management.base import BaseCommand

from declines import services
from declines.owners import VISITOR_DAYS


class Command(BaseCommand):
    help = f"Delete visitors' drafts nobody claimed and nobody touched for {VISITOR_DAYS} days."

    def handle(self, *args, **options):
        deleted = services.visitor_drafts_purge()
        self.stdout.write(f"visitor drafts deleted: {deleted}")
