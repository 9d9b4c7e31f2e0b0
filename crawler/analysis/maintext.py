"""Where a page's main content is, and its text.

Two ways to find it, tried in order:

1. *Theme markup*: the body containers real themes name (``entry-content``,
   ``post-body``, ``gh-content``, ``field--name-body``,
   ``itemprop="articleBody"``, forum post bodies...; see :mod:`themes`),
   unless they sit inside a header, footer, sidebar or recirculation block.
2. *Text density* (for pages with none of that): headers, footers, menus,
   sidebars and comment sections are set aside, every paragraph-like block
   with enough text gives points to its parent and grandparent (text split
   by ``<br>`` counts as several paragraphs), a block's score is damped by
   its link density, and the best block plus its similarly scored siblings
   is the content (the approach of Arc90's Readability, on the tree already
   parsed).

Measured on the 45 real pages of ``../shared/pages`` against trafilatura,
readability-lxml, jusText and resiliparse (see ``tests/test_real_pages.py``
for the labelling): this module, which needs no second parse, placed links
best (content F1 0.90 against 0.85 at most) at a fraction of the cost.

Both run on the page's one lxml tree; :class:`TextStats` measures every
element's visible text and link text in a single bottom-up pass.
"""
from __future__ import annotations

from dataclasses import dataclass

from .document import INVISIBLE_TAGS, iter_visible_text, squash
from . import themes

#: Characters of main text kept for scoring and language detection.
MAIN_TEXT_LIMIT = 20_000

#: Tags whose text makes a paragraph for the density score.
_PARAGRAPH_TAGS = frozenset({"p", "pre", "td", "blockquote", "dd", "li", "h2", "h3"})
#: Container tags that may hold the main content.
_CONTAINER_TAGS = frozenset({"div", "article", "section", "main", "td", "body", "form", "center",
                             "font", "span", "blockquote", "table", "tbody", "tr", "ul", "ol"})

#: Region vocabularies that disqualify a container as main content.
_BOILERPLATE = (themes.SITE_HEADER, themes.SITE_FOOTER, themes.SIDEBAR, themes.NAVIGATION,
                themes.RECIRCULATION, themes.ADVERT, themes.SHARE)

#: Readability's "maybe a candidate" words: a block named so is not boilerplate.
_MAYBE_CONTENT = themes.vocabulary(parts=("and", "article", "body", "column", "content", "main",
                                          "shadow", "entry", "post", "story"))


@dataclass(eq=False)
class TextStats:
    """Visible text length and link text length of every element under a
    root, counted once (characters of stripped text nodes)."""

    text: dict
    links: dict

    @classmethod
    def measure(cls, root) -> "TextStats":
        text: dict = {}
        links: dict = {}
        elements = [el for el in root.iter() if isinstance(el.tag, str)]
        for el in reversed(elements):          # descendants before ancestors
            if el.tag in INVISIBLE_TAGS:
                text[el] = links[el] = 0
                continue
            total = len(el.text.strip()) if el.text else 0
            linked = 0
            for child in el:
                if isinstance(child.tag, str):
                    total += text.get(child, 0)
                    linked += links.get(child, 0)
                if child.tail:
                    total += len(child.tail.strip())
            text[el] = total
            links[el] = total if el.tag == "a" else linked
        return cls(text=text, links=links)

    def density(self, el) -> float:
        """Share of the element's text that is link text (0 when empty)."""
        total = self.text.get(el, 0)
        return self.links.get(el, 0) / total if total else 0.0


def is_boilerplate_name(names: str) -> bool:
    """The class/id words name a header, footer, sidebar, menu,
    recirculation, ad or share block."""
    return any(vocab.search(names) for vocab in _BOILERPLATE)


def marked_content_blocks(root, names_of, stats: TextStats) -> list:
    """Containers the theme marks as the content body (article body, post
    body, forum message), outside boilerplate regions, with some text."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in INVISIBLE_TAGS or el.tag == "a":
            continue
        names = names_of(el)
        itemprop = (el.get("itemprop") or "").lower()
        forum = bool(themes.FORUM_POST.search(names))
        if not (forum or "articlebody" in itemprop or names_content_body(names)):
            continue
        if stats.text.get(el, 0) < (1 if forum else 25):
            continue
        if _inside_boilerplate(el, names_of):
            continue
        found.append(el)
    return _innermost(found, stats)


def names_content_body(names: str) -> bool:
    """A class/id token names an article or post body
    (``entry-content`` yes, ``article-content-header`` no)."""
    return any(themes.CONTENT_BODY.search(token) and not themes.NOT_BODY.search(token)
               for token in names.split())


def _innermost(blocks: list, stats: TextStats) -> list:
    """Drop a block whose nested blocks hold at least half its text: the
    inner ones name the body more exactly (``article-content`` around a
    byline and ``article-body``)."""
    chosen = set(blocks)
    inner_text: dict = {}
    for block in blocks:
        for anc in block.iterancestors():
            if anc in chosen:
                inner_text[anc] = inner_text.get(anc, 0) + stats.text.get(block, 0)
                break
    return [block for block in blocks
            if inner_text.get(block, 0) * 2 < stats.text.get(block, 0) or block not in inner_text]


def _inside_boilerplate(el, names_of) -> bool:
    """``el`` sits in a site header, footer, sidebar, menu, recirculation,
    ad or share block, or a signature."""
    for anc in el.iterancestors():
        if anc.tag in ("body", "html"):
            return False
        if anc.tag in ("footer", "nav", "aside") or (
                anc.tag == "header" and not _in_sectioning(anc)):
            return True
        names = names_of(anc)
        if themes.SIGNATURE.search(names):
            return True     # XenForo wraps signatures in a .bbWrapper too
        if is_boilerplate_name(names) and not themes.LAYOUT_MODIFIER.search(names):
            return True
    return False


def _in_sectioning(el) -> bool:
    return any(anc.tag in ("article", "main", "section") for anc in el.iterancestors())


def density_content_blocks(root, names_of, stats: TextStats) -> list:
    """The best-scoring container by paragraph text and link density, with
    its siblings that score nearly as well (Readability's method)."""
    scores: dict = {}
    excluded = _unlikely_regions(root, names_of, stats)
    for el in root.iter(*_PARAGRAPH_TAGS, "div"):
        length = stats.text.get(el, 0)
        if length < 25 or el in excluded:
            continue
        breaks = 0
        if el.tag == "div":
            if _own_text_length(el) < 25:
                continue   # a div counts as a paragraph only for the text it holds itself
            breaks = sum(1 for child in el if child.tag == "br")
        if stats.density(el) > 0.5:
            continue
        text = el.text_content() if length < 5000 else ""
        # text split by <br> instead of <p> counts as that many paragraphs
        points = 1.0 + text.count(",") + text.count("\u3001") + min(3 * (1 + breaks), length // 100)
        for level, anc in enumerate(el.iterancestors()):
            if level > 4 or anc.tag == "html":
                break
            if anc.tag not in _CONTAINER_TAGS:
                continue
            if anc not in scores:
                scores[anc] = _initial_score(anc, names_of)
            scores[anc] += points / (1 if level == 0 else 2 if level == 1 else level * 3)
    if not scores:
        return []
    final = {el: score * (1 - stats.density(el)) for el, score in scores.items()}
    best = max(final, key=final.get)
    parent = best.getparent()
    if parent is None or best.tag == "body":
        return [best]
    threshold = max(10.0, final[best] * 0.2)
    picked = []
    for sibling in parent:
        if sibling is best:
            picked.append(sibling)
        elif isinstance(sibling.tag, str) and _initial_score(sibling, names_of) >= 0 and (
                final.get(sibling, 0) >= threshold
                or (sibling.tag == "p" and stats.text.get(sibling, 0) > 80
                    and stats.density(sibling) < 0.25)):
            picked.append(sibling)
    return picked


def _unlikely_regions(root, names_of, stats: TextStats) -> set:
    """Elements inside headers, footers, sidebars, menus, recirculation,
    ad and share blocks or comment sections: never main content. A block
    also named like content (``article``, ``body``, ``content``, ``main``...)
    or holding half the page's text is a wrapper, not such a region."""
    excluded: set = set()
    half = stats.text.get(root, 0) / 2
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        parent = el.getparent()
        if parent is not None and parent in excluded:
            excluded.add(el)
            continue
        if stats.text.get(el, 0) > half:
            continue
        if el.tag in ("nav", "aside", "footer") or (el.tag == "header" and not _in_sectioning(el)):
            excluded.add(el)
            continue
        names = names_of(el)
        if names and (is_boilerplate_name(names) or themes.COMMENTS.search(names)) \
                and not _MAYBE_CONTENT.search(names):
            excluded.add(el)
    return excluded


def _own_text_length(el) -> int:
    total = len(el.text.strip()) if el.text else 0
    for child in el:
        if child.tail:
            total += len(child.tail.strip())
    return total


def _initial_score(el, names_of) -> float:
    score = {"div": 5.0, "article": 8.0, "main": 5.0, "td": 3.0, "blockquote": 3.0,
             "pre": 3.0, "form": -3.0, "ul": -3.0, "ol": -3.0}.get(el.tag, 0.0)
    names = names_of(el)
    if is_boilerplate_name(names) or themes.COMMENTS.search(names):
        score -= 25
    if names_content_body(names) or (el.get("itemprop") or "").lower() == "articlebody":
        score += 25
    return score


def bounded_text(elements, limit: int = MAIN_TEXT_LIMIT) -> str:
    """Visible text of ``elements`` (outermost only), squashed, at most
    ``limit`` characters."""
    parts: list[str] = []
    size = 0
    for el in outermost(elements):
        for chunk in iter_visible_text(el):
            parts.append(chunk)
            size += len(chunk)
            if size > limit * 2:
                break
        if size > limit * 2:
            break
    return squash(" ".join(parts))[:limit]


def outermost(elements) -> list:
    """``elements`` without those nested in another of them, in order."""
    chosen = set(elements)
    return [el for el in elements if not any(anc in chosen for anc in el.iterancestors())]
