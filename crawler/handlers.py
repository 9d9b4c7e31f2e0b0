"""Download handlers: Scrapy's own, with idle connections closed sooner.

A verify run touches thousands of sites once each. Twisted's connection pool
keeps every idle keep-alive connection for 240 s, so a long run holds
thousands of useless sockets (memory, file descriptors). These handlers keep
them ``BACKLINKS_KEEPALIVE_SECONDS`` (default 15) instead, enough for the
few requests a run makes to one site in a row.
"""
from __future__ import annotations

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler


def _shorten(handler, crawler) -> None:
    handler._pool.cachedConnectionTimeout = crawler.settings.getfloat("BACKLINKS_KEEPALIVE_SECONDS")


class HTTPDownloadHandler(HTTP11DownloadHandler):
    def __init__(self, crawler):
        super().__init__(crawler)
        _shorten(self, crawler)


try:
    from scrapy_playwright.handler import ScrapyPlaywrightDownloadHandler
except ImportError:  # pragma: no cover - scrapy-playwright is a dependency
    ScrapyPlaywrightDownloadHandler = None
else:
    class PlaywrightDownloadHandler(ScrapyPlaywrightDownloadHandler):
        """scrapy-playwright's handler (rendering on request), same pool policy
        for the requests it downloads without a browser."""

        def __init__(self, crawler):
            super().__init__(crawler)
            _shorten(self, crawler)
