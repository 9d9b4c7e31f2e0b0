"""``scrapy crawl``: Scrapy's own command, which checks the ``verify``
spider's ``-a`` arguments and its database before anything starts, so a
mistake is a short usage error (exit 2), not a traceback."""
from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from crawler.arguments import VerifyArguments
from crawler.db import Store, StoreError


class Command(ScrapyCrawlCommand):
    def process_options(self, args, opts):
        super().process_options(args, opts)
        if args[:1] != ["verify"]:
            return
        arguments = VerifyArguments.from_kwargs(**opts.spargs)
        try:
            store = Store(self.settings.get("BACKLINKS_DB"))
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        try:
            store.lock_for_run()  # only a look: the spider takes the lock for the run
            store.unlock()
            if arguments.resume and store.run_to_resume(arguments.resume) is None:
                raise UsageError(f"-a resume={arguments.resume}: no unfinished run to resume in "
                                 f"{store.path}")
        except StoreError as exc:
            raise UsageError(str(exc)) from None
        finally:
            store.close()
