"""One parsed page, shared by every analyser.

A page is parsed once (by parsel/lxml, the same tree Scrapy's
``response.selector`` holds); analysers take a :class:`PageDoc` and return
facts. No Scrapy import here: HTML in, facts out.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import urljoin

from lxml import etree
from parsel import Selector

#: Elements whose text a reader never sees.
INVISIBLE_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link",
    "svg", "iframe", "object", "embed", "select", "option",
})

_SKIPPED_SCHEMES = ("javascript:", "mailto:", "tel:", "data:", "sms:", "callto:", "about:")
_WS = re.compile(r"\s+")


def squash(text: str | None) -> str:
    """Collapse runs of whitespace and strip: ``" a \\n b "`` -> ``"a b"``."""
    return _WS.sub(" ", text or "").strip()


@dataclass(eq=False)
class Anchor:
    """One ``<a href>`` element of the page."""

    element: etree._Element
    href: str            #: the raw ``href`` attribute, stripped
    url: str | None      #: absolute URL, or None for javascript:/mailto:/tel:/fragment-only
    index: int           #: order on the page, 0-based

    @cached_property
    def text(self) -> str:
        """Visible text of the anchor, whitespace squashed."""
        return squash(" ".join(self.element.itertext()))

    @cached_property
    def images(self) -> list[etree._Element]:
        return [el for el in self.element.iter("img")]

    @cached_property
    def image_alt(self) -> str | None:
        """``alt`` of the first image inside the link, when it has one."""
        for img in self.images:
            alt = img.get("alt")
            if alt is not None:
                return squash(alt)
        return None

    def ancestors(self):
        """The link's ancestors, nearest first (lxml elements)."""
        return self.element.iterancestors()


@dataclass(eq=False)
class PageDoc:
    """A parsed HTML page: its URL, lxml root and links."""

    url: str                          #: final URL of the page
    root: etree._Element              #: lxml root (``<html>``)
    headers: dict[str, list[str]] = field(default_factory=dict)  #: lower-case name -> values

    @classmethod
    def from_html(cls, html: str, url: str, headers: dict[str, list[str]] | None = None) -> "PageDoc":
        """Parse ``html`` (already decoded text)."""
        return cls(url=url, root=Selector(text=html or "<html></html>").root, headers=headers or {})

    @classmethod
    def from_selector(cls, selector: Selector, url: str, headers=None) -> "PageDoc":
        """Reuse a tree parsel already built (``response.selector``): no second parse."""
        return cls(url=url, root=selector.root, headers=headers or {})

    def header(self, name: str) -> list[str]:
        return self.headers.get(name.lower(), [])

    @cached_property
    def base_url(self) -> str:
        for base in self.root.iter("base"):
            href = (base.get("href") or "").strip()
            if href:
                return urljoin(self.url, href)
        return self.url

    @cached_property
    def anchors(self) -> list[Anchor]:
        """Every ``<a>`` with an ``href``, in document order."""
        found = []
        for element in self.root.iter("a"):
            href = element.get("href")
            if href is None:
                continue
            href = href.strip()
            url = resolve_href(self.base_url, href)
            found.append(Anchor(element=element, href=href, url=url, index=len(found)))
        return found

    @cached_property
    def body(self):
        bodies = self.root.xpath("//body")
        return bodies[0] if bodies else self.root

    @cached_property
    def visible_text(self) -> str:
        """The page's readable text (scripts, styles and the head left out)."""
        return squash(" ".join(iter_visible_text(self.body)))

    def meta_content(self, name: str) -> list[str]:
        """Contents of ``<meta name=...>`` (name matched case-insensitively)."""
        name = name.lower()
        return [m.get("content") or "" for m in self.root.iter("meta")
                if (m.get("name") or "").strip().lower() == name]


def resolve_href(base_url: str, href: str) -> str | None:
    """Absolute http(s) URL of an ``href``; None for links that go nowhere else
    (``javascript:``, ``mailto:``, ``tel:``, fragment-only, empty)."""
    if not href or href.startswith("#"):
        return None
    lowered = href.lower()
    if lowered.startswith(_SKIPPED_SCHEMES):
        return None
    try:
        url = urljoin(base_url, href)
    except ValueError:
        return None
    if not url.lower().startswith(("http://", "https://")):
        return None
    return url


def iter_visible_text(element, skip=None):
    """Text nodes under ``element`` a reader can see (no script, style...);
    ``skip(element) -> bool`` leaves out more subtrees (menus, footers...)."""
    if not isinstance(element.tag, str):  # comments: the parent yields the tail
        return
    if element.tag in INVISIBLE_TAGS or (skip is not None and skip(element)):
        return
    if element.text:
        yield element.text
    for child in element:
        yield from iter_visible_text(child, skip)
        if child.tail:
            yield child.tail
