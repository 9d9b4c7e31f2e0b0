"""Write every record to SQLite (``checks``), in batched transactions.

Each batch is one transaction: the records, their queue marks, the ``links``
rows and the ``changes`` they cause are written together or not at all, so
a run killed at any moment leaves a consistent database holding every batch
written so far (at most ``BACKLINKS_BATCH_SECONDS`` old). ``runs.finished_at``
is set only when the run ends normally.
"""
from __future__ import annotations

import asyncio
import logging
import time

from scrapy import signals

from crawler.monitor import record_changes
from crawler.profile import record_checks

logger = logging.getLogger(__name__)


class SQLitePipeline:
    def __init__(self, *, batch_size: int = 200, batch_seconds: float = 2.0, lost_after_errors: int = 3):
        self.batch_size = batch_size
        self.batch_seconds = batch_seconds
        self.lost_after_errors = lost_after_errors
        self.pending: list = []
        self.last_flush = time.monotonic()
        self.crawler = None
        self._ticker: asyncio.Task | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        pipeline = cls(batch_size=settings.getint("BACKLINKS_BATCH_SIZE"),
                       batch_seconds=settings.getfloat("BACKLINKS_BATCH_SECONDS"),
                       lost_after_errors=settings.getint("BACKLINKS_LOST_AFTER_ERRORS"))
        pipeline.crawler = crawler
        crawler.signals.connect(pipeline.run_ended, signal=signals.spider_closed)
        return pipeline

    @property
    def spider(self):
        return self.crawler.spider

    async def open_spider(self):
        self._ticker = asyncio.get_running_loop().create_task(self._tick())

    async def _tick(self):
        while True:
            await asyncio.sleep(self.batch_seconds)
            if self.pending and time.monotonic() - self.last_flush >= self.batch_seconds:
                self.flush()

    def process_item(self, item):
        stats = self.crawler.stats
        status, reason = item.get("status"), item.get("reason")
        stats.inc_value(f"backlinks/{status}")
        if reason:
            stats.inc_value(f"backlinks/{status}/{reason}")
        item["analysis"] = None   # scored already: the texts need not wait for the batch
        self.pending.append(item)
        if len(self.pending) >= self.batch_size or time.monotonic() - self.last_flush >= self.batch_seconds:
            self.flush()
        return item

    def flush(self) -> None:
        batch, self.pending = self.pending, []
        self.last_flush = time.monotonic()
        if not batch:
            return
        spider = self.spider
        spider.store.insert_checks(batch, after_insert=lambda rows: self.after_insert(spider, rows))

    def after_insert(self, spider, rows: list[dict]) -> None:
        """In the batch's transaction: the changes it makes, the link states,
        the link profile."""
        record_changes(spider.store, spider.run_id, rows, self.lost_after_errors)
        record_checks(spider.store.db, rows)

    async def close_spider(self):
        if self._ticker is not None:
            self._ticker.cancel()
        self.flush()

    def run_ended(self, spider, reason):
        """After every record is written: close the run (only when it ran to
        its end) and log the summary. Alerts follow, at ``engine_stopped``
        (crawler/alerts.py), once the run is closed."""
        if spider.run_id is None:
            return
        store = spider.store
        if reason == "finished":
            counts = store.finish_run(spider.run_id)
            state = "finished"
        else:
            counts = store.run_counts(spider.run_id)
            state = f"interrupted ({reason}); resume with -a resume={spider.run_id}"
        self.log_summary(spider.run_id, counts, state, store)

    def log_summary(self, run_id: int, counts: dict, state: str, store) -> None:
        reasons = store.query(
            "SELECT status, reason, count(*) AS n FROM checks WHERE run_id = ? "
            "GROUP BY status, reason ORDER BY status, n DESC", [run_id])
        detail = ", ".join(f"{r['status']}/{r['reason']}: {r['n']}" for r in reasons if r["reason"])
        logger.info(
            "Run %s %s: %d checked, %d live, %d lost, %d error%s. Database: %s",
            run_id, state, counts["total"], counts["live"], counts["lost"], counts["error"],
            f" ({detail})" if detail else "", store.path,
        )

