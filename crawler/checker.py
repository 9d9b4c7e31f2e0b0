"""What one fetched page says about each backlink it should carry.

:class:`PageCheck` is built once per fetched page from the one parse
(:class:`PageDoc`); it computes page facts once and link facts per target.
It calls the pure analysers and knows the record's field names; it knows
nothing of Scrapy, the network or the database.
"""
from __future__ import annotations

from functools import cached_property

from crawler.analysis.anchors import anchor_type
from crawler.analysis.document import Anchor, PageDoc, squash
from crawler.analysis.language import page_language
from crawler.analysis.layout import LinkLayout
from crawler.analysis.page import page_facts
from crawler.analysis.pagetype import page_type
from crawler.analysis.rel import rel_string, rel_tokens
from crawler.analysis.robots import link_nofollow
from crawler.urls import Target, url_depth


#: Longest text handed on for scoring (characters).
MAX_TEXT = 20_000


def anchors_differ(expected: str | None, found: str | None) -> bool:
    """True when the user's expected anchor is not the one found (case and
    whitespace ignored).

    >>> anchors_differ("Best  Dog Food", "best dog food")
    False
    >>> anchors_differ("dog food", "click here")
    True
    >>> anchors_differ(None, "anything")
    False
    """
    if not expected:
        return False
    return squash(expected).casefold() != squash(found or "").casefold()


class PageCheck:
    """Facts of one fetched HTML page, and of its links to any target."""

    def __init__(self, doc: PageDoc, *, http_status: int, redirects: list[str],
                 brand_terms: tuple[str, ...] = (), rendered=None):
        self.doc = doc
        self.http_status = http_status
        self.redirects = redirects
        self.brand_terms = brand_terms
        self.rendered = rendered              #: the RenderedPage when the page came from a browser
        self.click_depth: int | None = None   #: set by the spider (site-wide search)

    @cached_property
    def facts(self):
        return page_facts(self.doc)

    @cached_property
    def layout(self) -> LinkLayout:
        return LinkLayout(self.doc)

    @cached_property
    def main_text(self) -> str:
        """The page's main content text, at most :data:`MAX_TEXT` characters."""
        return self.layout.main_text[:MAX_TEXT]

    @cached_property
    def visible_text(self) -> str:
        """All the page's visible text, at most :data:`MAX_TEXT` characters."""
        return self.doc.visible_text[:MAX_TEXT]

    @cached_property
    def page_type(self) -> str:
        return page_type(self.doc)

    @cached_property
    def language(self) -> str | None:
        return page_language(self.doc, self.layout.main_text)

    @cached_property
    def page_fields(self) -> dict:
        """Record fields shared by every backlink on this page."""
        facts = self.facts
        return {
            "http_status": self.http_status,
            "final_url": self.doc.url,
            "redirects": list(self.redirects),
            "https": self.doc.url.lower().startswith("https://"),
            "page_type": self.page_type,
            "url_depth": url_depth(self.doc.url),
            "click_depth": self.click_depth,
            "outbound_links": facts.outbound_links,
            "internal_links": facts.internal_links,
            "language": self.language,
            "html_lang": facts.html_lang,
            "title": facts.title,
            "canonical_url": facts.canonical_url,
            "indexable": facts.indexable,
        }

    @cached_property
    def page_signals(self) -> list[str]:
        """Signal codes about the page itself (noindex and where it comes from,
        conflicting canonicals)."""
        robots = self.facts.robots
        codes = [f"noindex_{source}" for source in robots.noindex_sources]
        if self.facts.canonical_conflict:
            codes.append("multiple_canonicals")
        elif self.facts.canonical_url and not self.facts.indexable and not robots.noindex:
            codes.append("canonical_elsewhere")
        return codes

    # ------------------------------------------------------------ links
    def matches(self, target: Target) -> list[Anchor]:
        """Every ``<a href>`` on the page that links to ``target``."""
        return [a for a in self.doc.anchors if a.url and target.matches(a.url)]

    def best(self, candidates: list[Anchor]) -> Anchor:
        """The link that counts when several match: visible before hidden,
        followed before nofollow, content before boilerplate, first first."""
        def key(anchor: Anchor):
            return (self.hidden(anchor),
                    "nofollow" in rel_tokens(anchor.element.get("rel")),
                    self.layout.position(anchor) != "content",
                    anchor.index)
        return min(candidates, key=key)

    def hidden(self, anchor: Anchor) -> bool:
        """Hidden by its markup, or not displayed in the rendered layout."""
        if self.layout.hidden(anchor):
            return True
        box = self.rendered.link_for(anchor.element) if self.rendered is not None else None
        return box is not None and not box.displayed

    def above_fold(self, anchor: Anchor) -> bool | None:
        """Top of the link within the first 768 px; None unless rendered."""
        if self.rendered is None:
            return None
        box = self.rendered.link_for(anchor.element)
        return box.above_fold if box is not None else False

    def link_fields(self, anchor: Anchor, *, target_url: str, link_type: str | None = None,
                    target_title: str | None = None) -> tuple[dict, list[str]]:
        """Record fields and signals of one live link."""
        tokens = rel_tokens(anchor.element.get("rel"))
        nofollow, signals = link_nofollow(tokens, self.facts.robots)
        is_image = bool(anchor.images) and not anchor.text
        text = anchor.image_alt if is_image else anchor.text
        if link_type is None:
            link_type = "image" if is_image else "text"
        fields = {
            "anchor_text": text if text is not None else "",
            "surrounding_text": self.layout.surrounding_text(anchor) or None,
            "anchor_type": anchor_type(text, is_image=is_image, target_url=target_url,
                                       target_title=target_title, brand_terms=self.brand_terms,
                                       link_url=anchor.url),
            "rel": rel_string(tokens),
            "nofollow": nofollow,
            "ugc": "ugc" in tokens,
            "sponsored": "sponsored" in tokens,
            "link_type": link_type,
            "rendered": self.rendered is not None,
            "hidden": self.hidden(anchor),
            "above_fold": self.above_fold(anchor),
            "position": self.layout.position(anchor),
            "context": self.layout.context(anchor),
        }
        return fields, list(signals)
