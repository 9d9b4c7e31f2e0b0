"""Downloader middlewares of the verifier."""
from __future__ import annotations

import asyncio
import email.utils
import logging
import time

from scrapy.downloadermiddlewares.retry import get_retry_request

logger = logging.getLogger(__name__)


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds a ``Retry-After`` header asks for (delta-seconds or an HTTP
    date); None when absent or unreadable.

    >>> retry_after_seconds("120")
    120.0
    >>> retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0)
    10.0
    >>> retry_after_seconds("soon") is None
    True
    """
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class RetryAfterMiddleware:
    """429 Too Many Requests: wait what ``Retry-After`` asks (at most
    ``BACKLINKS_RETRY_AFTER_MAX`` seconds), then retry within Scrapy's
    ``RETRY_TIMES``. A longer wait, or retries exhausted, lets the 429 through
    (the record says ``blocked``)."""

    def __init__(self, crawler, max_wait: float):
        self.crawler = crawler
        self.max_wait = max_wait

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("BACKLINKS_RETRY_AFTER_MAX"))

    async def process_response(self, request, response):
        if response.status != 429 or request.meta.get("dont_retry"):
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After", b"").decode("latin-1"))
        if wait is None:
            wait = 1.0
        if wait > self.max_wait:
            self.crawler.stats.inc_value("backlinks/retry_after/too_long")
            return response
        retry = get_retry_request(request, spider=self.crawler.spider, reason="429 Retry-After")
        if retry is None:
            return response
        self.crawler.stats.inc_value("backlinks/retry_after/waited")
        await asyncio.sleep(wait)
        return retry
