"""The target pages: fetched once per run, summarised for relevance scoring."""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import scrapy
from scrapy.http import TextResponse

from crawler.analysis.document import PageDoc
from crawler.analysis.language import page_language
from crawler.analysis.layout import LinkLayout
from crawler.analysis.page import page_title
from crawler.status import looks_binary

logger = logging.getLogger(__name__)

MAX_TEXT = 20_000


@dataclass(frozen=True)
class TargetSummary:
    """What scoring needs of a target page; ``fetched`` False when it could
    not be read (relevance then falls back to the anchor and the URL)."""

    fetched: bool
    text: str | None = None
    title: str | None = None
    language: str | None = None


NOT_FETCHED = TargetSummary(False)


def target_page_url(target_url: str) -> str:
    """The URL to fetch for a target: a bare host means its home page.

    >>> target_page_url("example.com")
    'http://example.com/'
    >>> target_page_url("https://example.com/shop/")
    'https://example.com/shop/'
    """
    if "://" in target_url:
        return target_url
    return f"http://{target_url.strip().strip('/')}/"


def summarize_target(response) -> TargetSummary:
    """The target page's main text, title and language (HTML in, facts out)."""
    if response.status >= 400 or not isinstance(response, TextResponse) or looks_binary(response.body):
        return NOT_FETCHED
    doc = PageDoc.from_selector(response.selector, response.url)
    main_text = LinkLayout(doc).main_text or doc.visible_text
    return TargetSummary(True, main_text[:MAX_TEXT], page_title(doc), page_language(doc, main_text))


async def fetch_target_summary(download: Callable[[scrapy.Request], Awaitable], target_url: str) -> TargetSummary:
    request = scrapy.Request(target_page_url(target_url), dont_filter=True,
                             meta={"handle_httpstatus_list": list(range(400, 600))})
    try:
        response = await download(request)
    except Exception as exc:  # any download failure: scoring falls back to anchor and URL
        logger.info("Target page %s could not be fetched: %s", request.url, exc)
        return NOT_FETCHED
    return summarize_target(response)
