"""Pages a check needs besides the linking page, each fetched at most once per run.

* where a redirect link (shortener, tracking URL, redirect script) leads;
* the target page (its text, for relevance and exact-match anchors);
* a site's pages for the click-depth search.

They are downloaded through Scrapy's downloader and its middlewares
(robots.txt, retries, redirects, politeness) but outside the page queue, so
the check that needs them can wait for them.
"""
from __future__ import annotations

import logging

import scrapy
from scrapy.http import TextResponse

from crawler.analysis.document import Anchor, PageDoc
from crawler.analysis.linktypes import embedded_match, follow_url, hrefs_to_follow
from crawler.fetchonce import OncePerRun
from crawler.status import looks_binary
from crawler.targets import TargetSummary, fetch_target_summary, target_page_url
from crawler.urls import Target, normalize_url

logger = logging.getLogger(__name__)

#: Error statuses handed back rather than raised.
ERROR_STATUSES = list(range(400, 600))


class SideFetches:
    """Built with the crawler (its engine downloads, its stats count); the
    engine and stats are looked up when used, as they exist only once the
    crawl runs."""

    def __init__(self, crawler, *, redirect_links_per_page: int = 10):
        self.crawler = crawler
        self.redirect_links_per_page = redirect_links_per_page
        self.redirect_ends: OncePerRun[str | None] = OncePerRun()
        self.targets: OncePerRun[TargetSummary] = OncePerRun(max_entries=2_000)

    async def download(self, request: scrapy.Request):
        return await self.crawler.engine.download_async(request)

    @property
    def stats(self):
        return self.crawler.stats

    # ------------------------------------------------------- redirect links
    async def redirect_matches(self, doc: PageDoc, target: Target) -> list[Anchor]:
        """Links of ``doc`` that reach ``target`` through a redirect: the
        destination written in the href, or found by following shorteners and
        redirect scripts (a few per page, each distinct href once per run)."""
        anchors = [a for a in doc.anchors if a.url]
        found = [a for a in anchors if embedded_match(a.url, target)]
        if found:
            return found
        hrefs = hrefs_to_follow([a.url for a in anchors], doc.url, target, limit=self.redirect_links_per_page)
        reaching = set()
        for href in hrefs:
            url = follow_url(href)
            end = await self.redirect_ends.get(url, lambda: self.final_url_of(url))
            if end and target.matches(end):
                reaching.add(href)
        return [a for a in anchors if a.url in reaching]

    async def final_url_of(self, url: str) -> str | None:
        """Where ``url`` leads after HTTP and meta-refresh redirects (None when
        it cannot be fetched)."""
        self.stats.inc_value("backlinks/redirect_links_followed")
        response = await self._get(url, "Redirect link")
        return response.url if response is not None and response.status < 400 else None

    # ---------------------------------------------------------- target pages
    async def target_summary(self, target_url: str) -> TargetSummary:
        """The target page's text, title and language."""
        key = normalize_url(target_page_url(target_url)) or target_url
        return await self.targets.get(key, lambda: fetch_target_summary(self.download, target_url))

    # ------------------------------------------------------------ click depth
    async def links_of_page(self, url: str) -> list[str] | None:
        """Absolute link URLs of a page (None when it cannot be fetched or is
        not HTML)."""
        self.stats.inc_value("backlinks/click_depth/pages")
        response = await self._get(url, "Click depth")
        if (response is None or response.status >= 400 or not isinstance(response, TextResponse)
                or looks_binary(response.body)):
            return None
        doc = PageDoc.from_selector(response.selector, response.url)
        return [a.url for a in doc.anchors if a.url]

    async def _get(self, url: str, purpose: str):
        request = scrapy.Request(url, meta={"handle_httpstatus_list": ERROR_STATUSES}, dont_filter=True)
        try:
            return await self.download(request)
        except Exception as exc:  # any download failure: that page tells nothing, the check goes on
            logger.debug("%s %s: %s", purpose, url, exc)
            return None
