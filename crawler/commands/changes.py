"""``scrapy changes``: every change the monitor recorded in one run."""
from __future__ import annotations

import argparse
from typing import Any, ClassVar

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.changes import CHANGE_KINDS
from crawler.commands._output import add_format_option, describe_run, open_store, pick_run, print_rows
from crawler.monitor import CHANGE_COLUMNS, changes_of_run


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False
    default_settings: ClassVar[dict[str, Any]] = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return "[--run N] [--kind KIND[,KIND...]] [--format table|csv|json]"

    def short_desc(self) -> str:
        return "List the changes of a run (new, lost, recovered, became_nofollow, ...)"

    def long_desc(self) -> str:
        return (
            "List every change between each link's check in a run and its previous check: "
            + ", ".join(CHANGE_KINDS)
            + ". Default: the latest finished run. The exit code is 0. "
            "Example: scrapy changes --kind lost,became_nofollow --format json -s BACKLINKS_DB=data/nightly.db"
        )

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        super().add_options(parser)
        parser.add_argument("--run", type=int, metavar="N", help="run N (default: latest finished run)")
        parser.add_argument("--kind", metavar="KIND[,KIND...]", help="only these kinds of change")
        add_format_option(parser)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args:
            raise UsageError(f"unexpected argument(s): {' '.join(args)}")
        kinds = parse_kinds(opts.kind)
        assert self.settings is not None
        store = open_store(self.settings)
        try:
            if (run := pick_run(store, opts.run)) is None:
                rows, title = [], f"No finished run yet in {store.path}"
            else:
                rows = changes_of_run(store, run["id"], kinds)
                title = f"Changes in {describe_run(run)}: {len(rows)}"
        finally:
            store.close()
        print_rows(rows, CHANGE_COLUMNS, opts.format, title=title)


def parse_kinds(value: str | None) -> list[str]:
    """``--kind lost,moved`` as a list; a UsageError naming the valid kinds."""
    if not value:
        return []
    kinds = [k.strip() for k in value.split(",") if k.strip()]
    unknown = [k for k in kinds if k not in CHANGE_KINDS]
    if unknown:
        raise UsageError(f"--kind: unknown {', '.join(unknown)}; choose from {', '.join(CHANGE_KINDS)}",
                         print_help=False)
    return kinds
