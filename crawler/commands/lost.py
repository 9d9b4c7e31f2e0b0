"""``scrapy lost``: the backlinks that became lost; exit code 1 when any."""
from __future__ import annotations

import argparse
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.commands._output import (
    add_format_option, describe_run, open_store, parse_since, pick_run, print_rows,
)
from crawler.monitor import LOST_COLUMNS, lost_in_runs, lost_now


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--since DATE | --all | --run N] [--format table|csv|json]"

    def short_desc(self) -> str:
        return "List backlinks that became lost (exit code 1 when there are any)"

    def long_desc(self) -> str:
        return (
            "List the backlinks that became lost in the latest finished run and are still "
            "lost, with the reason and when each was last seen live. --since lists those "
            "lost in any run started since a date, --all every link lost now. The exit code "
            "is 1 when the list is not empty, so cron can alert on it. "
            "Example: scrapy lost --since 7d --format csv -s BACKLINKS_DB=data/nightly.db"
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        which = parser.add_mutually_exclusive_group()
        which.add_argument("--since", metavar="DATE",
                           help="lost in runs started since DATE (2024-05-01, 2024-05-01T06:00Z, 7d, 24h)")
        which.add_argument("--all", action="store_true", help="every link lost now")
        which.add_argument("--run", type=int, metavar="N", help="lost in run N (default: latest finished run)")
        add_format_option(parser)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError(f"unexpected argument(s): {' '.join(args)}")
        assert self.settings is not None
        store = open_store(self.settings)
        try:
            if opts.all:
                rows = lost_now(store)
                title = f"Links lost now: {len(rows)}"
            elif opts.since:
                since = parse_since(opts.since)
                rows = lost_in_runs(store, since=since)
                title = f"Links lost since {since}, still lost: {len(rows)}"
            elif (run := pick_run(store, opts.run)) is None:
                rows, title = [], f"No finished run yet in {store.path}"
            else:
                rows = lost_in_runs(store, run_id=run["id"])
                title = f"Links lost in {describe_run(run)}: {len(rows)}"
        finally:
            store.close()
        print_rows(rows, LOST_COLUMNS, opts.format, title=title)
        self.exitcode = 1 if rows else 0
