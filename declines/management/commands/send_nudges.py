"""`manage.py send_nudges`: email each due reminder once. Run it from cron every few minutes, on as
many machines as you like (see declines/reminders.py for why that is safe), or with --loop where
there is no cron."""

import logging
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import close_old_connections

from declines import services
from declines.reminders import BATCH_SIZE, send_due_nudges

logger = logging.getLogger(__name__)


class Command(BaseCommand):
    help = (
        "Email each due reminder to the decline's owner, at most once per decline and kind. "
        "Prints one summary line; 'skipped' counts candidates with nothing to send now."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="List what would be sent; send nothing and write nothing.",
        )
        parser.add_argument(
            "--loop",
            type=int,
            metavar="SECONDS",
            help="Keep running, starting a new round SECONDS after the last one ended.",
        )
        parser.add_argument(
            "--batch-size", type=int, default=BATCH_SIZE, help="Declines per batch."
        )

    def handle(self, *args, dry_run=False, loop=None, batch_size=BATCH_SIZE, **options):
        if loop is not None and loop < 1:
            raise CommandError("--loop needs a positive number of seconds.")
        if loop is None:
            self._round(dry_run, batch_size)
            return
        try:
            while True:
                self._round_in_loop(dry_run, batch_size)
                time.sleep(loop)
        except KeyboardInterrupt:
            self.stdout.write("stopped")

    def _round(self, dry_run: bool, batch_size: int) -> None:
        summary = send_due_nudges(dry_run=dry_run, batch_size=batch_size)
        for planned in summary.planned:
            self.stdout.write(
                f"would send {planned.kind} to {planned.email} "
                f"for decline {planned.decline_id} ({planned.company})"
            )
        self.stdout.write(summary.line(dry_run=dry_run))
        if not dry_run:  # one scheduled job keeps the visitors' drafts tidy too
            purged = services.visitor_drafts_purge()
            if purged:
                self.stdout.write(f"visitor drafts deleted: {purged}")

    def _round_in_loop(self, dry_run: bool, batch_size: int) -> None:
        # A long-running process must not keep a connection the database has since dropped.
        close_old_connections()
        try:
            self._round(dry_run, batch_size)
        except Exception:
            # A database restart or a mail outage ends this round, not the loop; the claims of an
            # interrupted round are retried once they go stale.
            logger.exception("send_nudges round failed; trying again next round")
        finally:
            close_old_connections()
