"""The record written for every backlink check (SPEC: "The record").

One shape for every outcome: an error record has the same fields as a live
one, with nulls where nothing is known.
"""
from __future__ import annotations

import scrapy

#: Every field of the record, in the SPEC's order. ``checks`` columns follow it.
RECORD_FIELDS: tuple[str, ...] = (
    "run_id", "source_url", "target_url", "checked_at", "status", "reason",
    "http_status", "final_url", "redirects", "https", "links_to_target",
    "anchor_text", "surrounding_text", "anchor_type", "rel", "nofollow", "ugc",
    "sponsored", "link_type", "rendered", "hidden", "position", "context",
    "page_type", "above_fold", "url_depth", "click_depth", "outbound_links",
    "internal_links", "language", "html_lang", "title", "canonical_url",
    "indexable", "referring_domain", "naturalness", "relevance", "signals",
)

#: Fields that describe the link itself: null unless ``status == "live"``.
LINK_FIELDS: frozenset[str] = frozenset({
    "anchor_text", "surrounding_text", "anchor_type", "rel", "nofollow", "ugc",
    "sponsored", "link_type", "hidden", "position", "context", "above_fold",
    "naturalness", "relevance",
})

#: Fields that describe the fetched page: null when the page was not fetched.
PAGE_FIELDS: frozenset[str] = frozenset({
    "http_status", "final_url", "redirects", "https", "links_to_target",
    "page_type", "url_depth", "click_depth", "outbound_links", "internal_links",
    "language", "html_lang", "title", "canonical_url", "indexable",
})

#: Fields stored as JSON arrays.
LIST_FIELDS: frozenset[str] = frozenset({"redirects", "signals"})

STATUSES = ("live", "lost", "error")
LOST_REASONS = ("link_removed", "page_gone", "page_redirected")
ERROR_REASONS = (
    "timeout", "dns_error", "connection_error", "tls_error", "server_error",
    "blocked", "robots_disallowed", "not_html", "too_large", "invalid_input",
)


class BacklinkCheck(scrapy.Item):
    """Scrapy item carrying one record; keys are exactly :data:`RECORD_FIELDS`,
    plus ``link_id`` (the ``links`` row) and ``analysis``, neither exported
    (``FEED_EXPORT_FIELDS`` is the record)."""

    link_id = scrapy.Field(export=False)
    #: what scoring needs beyond the record (a crawler.scoring.ScoringInput); not stored
    analysis = scrapy.Field(export=False)
    locals().update({name: scrapy.Field() for name in RECORD_FIELDS})


def empty_record(**values) -> BacklinkCheck:
    """A record with every field present: nulls, ``rendered=False``, empty
    ``signals``; ``redirects`` stays null until the page was fetched."""
    item = BacklinkCheck({name: None for name in RECORD_FIELDS})
    item["link_id"] = None
    item["analysis"] = None
    item["rendered"] = False
    item["signals"] = []
    for key, value in values.items():
        item[key] = value
    return item


def add_signal(item, code: str) -> None:
    """Append a signal code once."""
    if code not in item["signals"]:
        item["signals"].append(code)
