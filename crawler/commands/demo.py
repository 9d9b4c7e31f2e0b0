"""``scrapy demo``: verify the example backlinks of ``data/demo`` offline.

Serves the project's small demo web (``data/demo/sites``) on a loopback
address under its real host names, runs the ``verify`` spider on
``data/demo/links.csv`` against it, and prints a short summary.
"""
from __future__ import annotations

import json
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

from crawler.db import Store
from crawler.localweb import LocalWeb

DEMO = Path(__file__).resolve().parents[2] / "data" / "demo"


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "[options]"

    def short_desc(self) -> str:
        return "Verify the demo backlinks against the built-in demo web (no internet needed)"

    def long_desc(self) -> str:
        return (self.short_desc() + ".\n\nExample: scrapy demo -s BACKLINKS_DB=/tmp/demo.db\n"
                "Ports 80 and 443 of a loopback address are used: run as root "
                "(or with CAP_NET_BIND_SERVICE).")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        for name, value in (("BACKLINKS_DB", "data/demo.db"), ("LOG_LEVEL", "WARNING")):
            if self.settings.getpriority(name) < 40:  # not given on the command line
                self.settings.set(name, value, priority="cmdline")
        try:
            self.web = LocalWeb([DEMO / "sites"]).start()
        except PermissionError:
            raise UsageError("the demo web serves ports 80 and 443 on a loopback address: "
                             "run 'scrapy demo' as root (or give python CAP_NET_BIND_SERVICE)") from None
        self.settings.set("BACKLINKS_HOSTS", json.dumps({"*": self.web.ip}), priority="cmdline")
        self.settings.set("BACKLINKS_HOSTS_ONLY", True, priority="cmdline")
        self.settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
        self.settings.set("BACKLINKS_PROGRESS_INTERVAL", 0, priority="cmdline")
        self.settings.set("DOWNLOAD_TIMEOUT", 10, priority="cmdline")

    def run(self, args, opts):
        try:
            self.crawler_process.crawl("verify", input=str(DEMO / "links.csv"))
            self.crawler_process.start()
        finally:
            self.web.stop()
        path = self.settings.get("BACKLINKS_DB")
        store = Store(path)
        run = store.latest_run()
        rows = store.query(
            "SELECT status, coalesce(reason, '') AS reason, count(*) AS n FROM checks "
            "WHERE run_id = ? GROUP BY status, reason ORDER BY status, reason", [run["id"]])
        counts = store.run_counts(run["id"])
        print(f"Demo run {run['id']}: {counts['total']} backlinks checked: "
              f"{counts['live']} live, {counts['lost']} lost, {counts['error']} error")
        for row in rows:
            print(f"  {row['status']:<5} {row['reason'] or '-':<18} {row['n']}")
        print(f"Database: {Path(path).resolve()}  (try: scrapy lost -s BACKLINKS_DB={path})")
        store.close()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
