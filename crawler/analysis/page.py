"""Facts about the linking page itself (SPEC: the page fields of the record).

One pure function, :func:`page_facts`, turns a :class:`PageDoc` into a frozen
:class:`PageFacts`: title, canonical URL, declared language, robots rules,
indexability, link counts, referring domain, https and URL depth.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from crawler.analysis.document import PageDoc, squash
from crawler.analysis.rel import rel_tokens
from crawler.analysis.robots import RobotsDirectives, robots_directives
from crawler.urls import is_http_url, normalize_url, registered_domain, same_page, url_depth

#: A primary language subtag: 2 or 3 letters (BCP 47; 4-8 letters are
#: reserved or registered-but-unused, ``x-``/``i-`` are private/grandfathered).
_PRIMARY_SUBTAG = re.compile(r"[a-z]{2,3}\Z")
#: Deprecated ISO 639-1 codes still seen in ``lang`` attributes -> current ones
#: (what language detection returns).
_DEPRECATED_LANG = {"iw": "he", "in": "id", "ji": "yi", "jw": "jv", "mo": "ro"}
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})

#: ``<uri>; param; param`` items of an HTTP ``Link`` header (RFC 8288).
_LINK_ITEM = re.compile(r"<([^>]*)>((?:\s*;\s*[^;,]*)*)")
_LINK_REL = re.compile(r"""(?:^|;)\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))""", re.I)


@dataclass(frozen=True)
class PageFacts:
    """The record's page fields for one fetched page."""

    title: str | None                 #: ``<title>``, whitespace squashed; None if absent/empty
    canonical_url: str | None         #: absolute; ``<link rel=canonical>`` first, else the ``Link`` header
    canonical_conflict: bool          #: several canonicals that disagree (search engines ignore them all)
    html_lang: str | None             #: ``<html lang>`` primary subtag, lower-cased
    indexable: bool                   #: not noindex, canonical absent or pointing to the page
    robots: RobotsDirectives
    outbound_links: int               #: ``<a href>`` to another registered domain
    internal_links: int               #: ``<a href>`` to the page's registered domain
    referring_domain: str | None      #: registered domain of the page's URL
    https: bool                       #: the page's (final) URL is https
    url_depth: int | None             #: path segments of the page's URL


def page_facts(doc: PageDoc) -> PageFacts:
    """Every page-level fact of ``doc`` (``doc.url`` is the final URL)."""
    robots = robots_directives(doc)
    canonicals = canonical_urls(doc)
    canonical = canonicals[0] if canonicals else None
    conflict = len({normalize_url(url) for url in canonicals}) > 1
    # Conflicting canonicals are ignored by search engines: the page stays
    # indexable unless noindex says otherwise.
    points_elsewhere = canonical is not None and not conflict and not same_page(canonical, doc.url)
    outbound, internal = link_counts(doc)
    return PageFacts(
        title=page_title(doc),
        canonical_url=canonical,
        canonical_conflict=conflict,
        html_lang=html_lang(doc),
        indexable=not robots.noindex and not points_elsewhere,
        robots=robots,
        outbound_links=outbound,
        internal_links=internal,
        referring_domain=registered_domain(doc.url),
        https=urlsplit(doc.url).scheme.lower() == "https",
        url_depth=_url_depth(doc.url),
    )


def page_title(doc: PageDoc) -> str | None:
    """The document's ``<title>`` (the one in ``<head>``, else the first one
    outside inline SVG), whitespace squashed; None when absent or blank."""
    titles = doc.root.xpath("//head/title") or doc.root.xpath("//title[not(ancestor::svg)]")
    if not titles:
        return None
    return squash(" ".join(titles[0].itertext())) or None


def canonical_urls(doc: PageDoc) -> list[str]:
    """Absolute canonical URLs the page declares, in order: ``<link
    rel="canonical">`` in the head (resolved against ``<base href>``), then
    the HTTP ``Link: <...>; rel="canonical"`` header (resolved against the
    page URL). Search engines ignore a canonical link in the body; so does this.
    """
    found: list[str] = []
    for link in doc.root.xpath("//head//link[@rel][@href]"):
        if "canonical" in rel_tokens(link.get("rel")):
            _add_url(found, doc.base_url, link.get("href"))
    for value in doc.header("link"):
        for target, params in _LINK_ITEM.findall(value):
            for rel in _LINK_REL.finditer(params):
                if "canonical" in rel_tokens(rel.group(1) or rel.group(2)):
                    _add_url(found, doc.url, target)
    return found


def _add_url(found: list[str], base: str, href: str | None) -> None:
    href = (href or "").strip()
    if not href:
        return
    try:
        url = urljoin(base, href)
    except ValueError:
        return
    if is_http_url(url):
        found.append(url)


def html_lang(doc: PageDoc) -> str | None:
    """Primary subtag of ``<html lang>`` (or ``xml:lang``), lower-cased:
    ``en-US`` -> ``en``, ``zh-Hant-TW`` -> ``zh``, ``pt_BR`` -> ``pt``;
    deprecated codes mapped (``iw`` -> ``he``); None when absent, invalid or
    "no language" (``und``, ``zxx``...)."""
    root = doc.root
    value = root.get("lang")
    if not (value or "").strip():
        value = root.get("xml:lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    return primary_language(value)


def primary_language(tag: str | None) -> str | None:
    """Primary subtag of a BCP 47 language tag; None when it is not one.

    >>> primary_language("zh-Hant-TW"), primary_language(" EN_us "), primary_language("x-klingon")
    ('zh', 'en', None)
    """
    primary = re.split(r"[-_]", (tag or "").strip().lower(), maxsplit=1)[0]
    if not _PRIMARY_SUBTAG.match(primary) or primary in _NO_LANGUAGE:
        return None
    return _DEPRECATED_LANG.get(primary, primary)


def link_counts(doc: PageDoc) -> tuple[int, int]:
    """``(outbound, internal)``: every ``<a href>`` occurrence whose resolved
    URL's registered domain differs from / equals the page's. Links that go
    nowhere (``javascript:``, ``mailto:``, ``tel:``, fragment-only) and links
    whose host cannot be parsed count as neither."""
    own = registered_domain(doc.url)
    outbound = internal = 0
    for anchor in doc.anchors:
        if anchor.url is None:
            continue
        domain = registered_domain(anchor.url)
        if domain is None:
            continue
        if domain == own:
            internal += 1
        else:
            outbound += 1
    return outbound, internal


def _url_depth(url: str) -> int | None:
    try:
        return url_depth(url)
    except ValueError:
        return None
