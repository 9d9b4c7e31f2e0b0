"""Page-level robots directives: ``<meta name="robots">`` and ``X-Robots-Tag``.

Only the rules Google's crawler obeys count: ``<meta name="robots">`` and
``<meta name="googlebot">`` (names and values case-insensitive, any number of
tags), and ``X-Robots-Tag`` headers without a user agent or for ``googlebot``
(``X-Robots-Tag: otherbot: noindex`` does not apply). ``none`` means
``noindex, nofollow``; ``all``, ``index`` and ``follow`` never undo a
restriction: the most restrictive rule wins.

>>> sorted(parse_directives("NOINDEX, follow, max-snippet:-1"))
['follow', 'max-snippet', 'noindex']
>>> sorted(parse_directives("none"))
['nofollow', 'noindex', 'none']
>>> sorted(header_directives(["googlebot: nofollow", "otherbot: noindex"]))
['nofollow']
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from crawler.analysis.document import PageDoc

#: ``<meta name=...>`` values whose directives apply to the verifier's view.
META_NAMES: tuple[str, ...] = ("robots", "googlebot")
#: User agents of ``X-Robots-Tag: <agent>: ...`` that apply (besides no agent).
HEADER_AGENTS: frozenset[str] = frozenset({"googlebot"})

SOURCE_META = "meta"
SOURCE_HEADER = "header"

#: Directives written ``name: value``; a ``word:`` prefix that is not one of
#: these names a user agent (``X-Robots-Tag: googlebot: noindex``).
_VALUED = frozenset({
    "unavailable_after", "max-snippet", "max-image-preview", "max-video-preview",
})
_WORD = re.compile(r"[a-z][a-z0-9_-]*\Z")
_WORDS = re.compile(r"[\s;]+")
_PREFIX = re.compile(r"\s*([A-Za-z0-9_.-]+)\s*:(.*)\Z", re.S)


def parse_directives(value: str | None) -> set[str]:
    """Directive names in one robots value (a meta ``content`` or a header
    value without user agent): comma- (or, leniently, space-) separated,
    lower-cased. ``none`` adds ``noindex`` and ``nofollow``; valued
    directives keep only their name (``max-snippet:-1`` -> ``max-snippet``).
    Unknown words are kept (they never mean noindex or nofollow).
    """
    found: set[str] = set()
    for item in (value or "").split(","):
        prefix = _PREFIX.match(item)
        if prefix and prefix.group(1).lower() in _VALUED:
            found.add(prefix.group(1).lower())
            continue
        for word in _WORDS.split(item.strip().lower()):
            if _WORD.match(word):
                found.add(word)
    if "none" in found:
        found |= {"noindex", "nofollow"}
    return found


def header_directives(values: Iterable[str], agents: Iterable[str] = HEADER_AGENTS) -> set[str]:
    """Directives of ``X-Robots-Tag`` header values that apply to ``agents``.

    A ``<agent>:`` prefix scopes the rest of that header value (up to the next
    prefix) to one user agent; unscoped directives apply to every agent.
    """
    wanted = {agent.lower() for agent in agents}
    found: set[str] = set()
    for value in values:
        agent: str | None = None
        for item in value.split(","):
            prefix = _PREFIX.match(item)
            while prefix and prefix.group(1).lower() not in _VALUED:
                agent = prefix.group(1).lower()
                item = prefix.group(2)
                prefix = _PREFIX.match(item)
            if agent is None or agent in wanted:
                found |= parse_directives(item)
    return found


def meta_directives(doc: PageDoc, names: Iterable[str] = META_NAMES) -> set[str]:
    """Directives of every ``<meta name="robots">`` / ``<meta name="googlebot">``."""
    found: set[str] = set()
    for name in names:
        for content in doc.meta_content(name):
            found |= parse_directives(content)
    return found


@dataclass(frozen=True)
class RobotsDirectives:
    """What the page's robots rules say, and where each restriction came from.

    ``*_source`` is the first source that set the restriction (``"meta"``
    before ``"header"``), ``*_sources`` every source that did.
    """

    noindex: bool = False
    nofollow: bool = False
    nofollow_source: str | None = None
    noindex_source: str | None = None
    nofollow_sources: tuple[str, ...] = ()
    noindex_sources: tuple[str, ...] = ()

    @classmethod
    def from_sets(cls, meta: set[str], header: set[str]) -> "RobotsDirectives":
        """Combine meta and header directive sets (most restrictive wins)."""
        noindex = tuple(src for src, found in ((SOURCE_META, meta), (SOURCE_HEADER, header))
                        if "noindex" in found)
        nofollow = tuple(src for src, found in ((SOURCE_META, meta), (SOURCE_HEADER, header))
                         if "nofollow" in found)
        return cls(
            noindex=bool(noindex),
            nofollow=bool(nofollow),
            nofollow_source=nofollow[0] if nofollow else None,
            noindex_source=noindex[0] if noindex else None,
            nofollow_sources=nofollow,
            noindex_sources=noindex,
        )


def robots_directives(doc: PageDoc) -> RobotsDirectives:
    """The page's robots directives from its meta tags and ``X-Robots-Tag``
    headers (``doc.headers``: lower-case names -> list of values)."""
    return RobotsDirectives.from_sets(
        meta=meta_directives(doc),
        header=header_directives(doc.header("x-robots-tag")),
    )


def link_nofollow(rel_tokens: Iterable[str], directives: RobotsDirectives) -> tuple[bool, list[str]]:
    """Effective nofollow of one link and the signals behind it.

    The link is nofollow when its rel says so or the page says so; the
    signals name every rule that applies (``nofollow_rel``, ``nofollow_meta``,
    ``nofollow_header``).

    >>> link_nofollow(["nofollow"], RobotsDirectives())
    (True, ['nofollow_rel'])
    >>> link_nofollow([], RobotsDirectives.from_sets(set(), {"nofollow"}))
    (True, ['nofollow_header'])
    """
    signals = []
    if "nofollow" in {token.lower() for token in rel_tokens}:
        signals.append("nofollow_rel")
    signals.extend(f"nofollow_{source}" for source in directives.nofollow_sources)
    return bool(signals), signals
