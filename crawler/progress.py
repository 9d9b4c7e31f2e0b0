"""Progress in the log at a steady interval: pages done of total, rate, ETA."""
from __future__ import annotations

import logging
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured
from twisted.internet import task

logger = logging.getLogger(__name__)


def progress_line(done: int, total: int, elapsed: float) -> str:
    """``"120/1000 pages (12.0%), 4.0 pages/s, ETA 3m40s"``

    >>> progress_line(120, 1000, 30.0)
    '120/1000 pages (12.0%), 4.0 pages/s, ETA 3m40s'
    >>> progress_line(0, 0, 5.0)
    '0/0 pages, 0.0 pages/s'
    """
    rate = done / elapsed if elapsed > 0 else 0.0
    line = f"{done}/{total} pages"
    if total:
        line += f" ({100.0 * done / total:.1f}%)"
    line += f", {rate:.1f} pages/s"
    if total and rate > 0 and done < total:
        eta = int((total - done) / rate)
        line += f", ETA {eta // 60}m{eta % 60:02d}s"
    return line


class Progress:
    """Logs :func:`progress_line` every ``BACKLINKS_PROGRESS_INTERVAL`` seconds."""

    def __init__(self, stats, interval: float):
        self.stats = stats
        self.interval = interval
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("BACKLINKS_PROGRESS_INTERVAL")
        if interval <= 0:
            raise NotConfigured("BACKLINKS_PROGRESS_INTERVAL is 0")
        extension = cls(crawler.stats, interval)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.log)
        self.loop.start(self.interval, now=False)

    def log(self):
        done = self.stats.get_value("backlinks/pages_done", 0)
        total = self.stats.get_value("backlinks/pages_total", 0)
        logger.info("Progress: %s", progress_line(done, total, time.monotonic() - self.started))

    def spider_closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
