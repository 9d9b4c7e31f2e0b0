"""Where each link of a page sits, what kind of block holds it, whether a
reader can see it, and the text around it.

:class:`LinkLayout` is built once per page from the page's one parse
(:class:`~crawler.analysis.document.PageDoc`) and answers for every link
on it; everything it needs per page (text statistics, the content body,
the page's hiding rules) is computed once.

>>> from crawler.analysis.document import PageDoc
>>> doc = PageDoc.from_html(
...     '<body><nav><a href="/">Home</a></nav><article><div class="entry-content">'
...     '<p>We tried the <a href="https://shop.example/">shop</a> last week and liked it.</p>'
...     '</div></article><footer><a href="/about">About</a></footer></body>', "https://blog.example/")
>>> layout = LinkLayout(doc)
>>> [layout.position(a) for a in doc.anchors]
['navigation', 'content', 'footer']
>>> layout.context(doc.anchors[1])
'editorial'
>>> layout.surrounding_text(doc.anchors[1])
'We tried the shop last week and liked it.'
"""
from __future__ import annotations

from functools import cached_property

from lxml import etree

from . import context as contexts
from . import position as positions
from .document import INVISIBLE_TAGS, Anchor, PageDoc, squash
from .hidden import HidingRules
from .maintext import (TextStats, bounded_text, density_content_blocks,
                       marked_content_blocks, outermost)
from . import themes
from .themes import element_names

#: Block-level tags: surrounding text is taken from the nearest of these.
BLOCK_TAGS = frozenset({
    "p", "li", "td", "th", "dd", "dt", "div", "section", "article", "aside", "header", "footer",
    "nav", "main", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "address", "form", "fieldset", "table", "tr", "ul", "ol", "dl", "body", "center",
    "details", "summary", "caption",
})


#: A block with this many links and this share of link text is a menu.
MENU_MIN_LINKS = 4
MENU_DENSITY = 0.6

_BREAK_TAGS = frozenset({"br", "hr", "img"})

#: Quotes and embeds: a header or footer inside one belongs to the quote.
_QUOTING_TAGS = frozenset({"blockquote", "figure", "q"})


class LinkLayout:
    """Per-page layout facts for the links of one :class:`PageDoc`."""

    def __init__(self, doc: PageDoc):
        self.doc = doc
        self._names: dict = {}
        self._markers: dict = {}
        self._matches: dict = {}
        self._links: dict = {}
        self._positions: dict = {}
        self._contexts: dict = {}
        self.stats = TextStats.measure(doc.body)
        marked = marked_content_blocks(doc.body, self.names, self.stats)
        #: True when the content body was found from theme markup (not density).
        self.body_from_markup = bool(marked)
        #: The content-body blocks (article/post bodies, forum messages), in order.
        self.content_blocks: list = marked or density_content_blocks(doc.body, self.names, self.stats)
        self._blocks = set(self.content_blocks)
        #: The content blocks are forum posts (the page is a forum thread).
        self.forum = bool(marked) and all(themes.FORUM_POST.search(self.names(b)) for b in marked)
        self._wrappers: dict = {}    # element -> how many content blocks it holds
        for block in self.content_blocks:
            for anc in block.iterancestors():
                self._wrappers[anc] = self._wrappers.get(anc, 0) + 1
        self._order = {el: i for i, el in enumerate(doc.body.iter())}
        self._span = self._content_span()

    # -- public API --------------------------------------------------------

    def position(self, anchor: Anchor | etree._Element) -> str:
        """``header``, ``navigation``, ``content``, ``sidebar`` or ``footer``
        (see :mod:`crawler.analysis.position`)."""
        element = _element(anchor)
        found = self._positions.get(element)
        if found is None:
            markers, body_at, order = self._chain(element)
            menu = (body_at is None and order == "before" and not any(markers)
                    and self._in_menu(element))
            found = self._positions[element] = positions.decide_position(
                markers, body_at, order=order, menu=menu)
        return found

    def context(self, anchor: Anchor | etree._Element) -> str:
        """``editorial``, ``comment``, ``forum_post``, ``signature``,
        ``author_bio``, ``blogroll``, ``link_list``, ``banner``, ``widget``
        or ``other`` (see :mod:`crawler.analysis.context`)."""
        element = _element(anchor)
        found = self._contexts.get(element)
        if found is None:
            found = self._contexts[element] = contexts.decide_context(
                self, element, self.position(element))
        return found

    def hidden(self, anchor: Anchor | etree._Element) -> bool:
        """The link is hidden from readers (inline styles, the ``hidden``
        attribute, hiding classes or page ``<style>`` rules, on the link or
        an ancestor; see :mod:`crawler.analysis.hidden`)."""
        return self.hiding_rules.is_hidden(_element(anchor))

    def hidden_reason(self, anchor: Anchor | etree._Element) -> str | None:
        """Why the link is hidden (``display_none``, ``offscreen``,
        ``hidden_attribute``, ``hiding_class``...), or None when it is not."""
        return self.hiding_rules.reason(_element(anchor))

    @cached_property
    def hiding_rules(self) -> HidingRules:
        """The page's own hiding rules, read from its ``<style>`` once."""
        return HidingRules.from_doc(self.doc)

    def surrounding_text(self, anchor, chars: int = 200) -> str:
        """Visible text around the link: up to ``chars`` characters on each
        side (cut at a word boundary) with the anchor text between, from the
        nearest block-level container, widened to its parent blocks while
        that gives too little text."""
        element = _element(anchor)
        own = self.stats.text.get(element, 0)
        block = _nearest_block(element)
        for _ in range(3):
            if self.stats.text.get(block, 0) - own >= chars or block.tag in ("body", "html"):
                break
            parent = _nearest_block(block)
            if parent is block or parent.tag in ("body", "html") \
                    or self.stats.text.get(parent, 0) > 4 * chars:
                break   # a parent that big is a page region, not the link's paragraph
            block = parent
        before, inside, after = _split_text(block, element, chars)
        return _join(before, inside, after, chars)

    @cached_property
    def main_element(self):
        """The page's main content element (the largest content block), or None."""
        if not self.content_blocks:
            return None
        return max(outermost(self.content_blocks), key=lambda el: self.stats.text.get(el, 0))

    @cached_property
    def main_text(self) -> str:
        """The main content's visible text (at most
        :data:`~crawler.analysis.maintext.MAIN_TEXT_LIMIT` characters); the
        page's visible text when no content body was found."""
        if self.content_blocks:
            text = bounded_text(self.content_blocks)
            if text:
                return text
        return bounded_text([self.doc.body])

    # -- helpers shared with the analysers ------------------------------------

    def names(self, element) -> str:
        """Normalised class/id words of ``element`` (cached)."""
        found = self._names.get(element)
        if found is None:
            found = self._names[element] = element_names(element)
        return found

    def matches(self, element, vocab) -> bool:
        """``element``'s class/id words match the vocabulary ``vocab`` (cached)."""
        key = (element, vocab)
        found = self._matches.get(key)
        if found is None:
            names = self.names(element)
            found = self._matches[key] = bool(names) and vocab.search(names) is not None
        return found

    def marker(self, element) -> str | None:
        """The region marker of ``element`` (cached); None for blocks that
        wrap the content body."""
        if element in self._markers:
            return self._markers[element]
        found = None if element in self._wrappers else positions.element_marker(element, self.names(element))
        if found in (positions.M_HEADER, positions.M_FOOTER) and element.tag in ("header", "footer") \
                and any(anc.tag in ("article", "main") for anc in element.iterancestors()):
            found = positions.M_META      # an article's own header or footer (HTML sectioning)
        if found == positions.M_COMPLEMENT and self.forum and not (
                self.matches(element, themes.SIGNATURE) or self.matches(element, themes.AUTHOR_BIO)):
            found = positions.M_FORUM     # on a forum, "comments" are the posts
        self._markers[element] = found
        return found

    def chain(self, element) -> list:
        """``element`` and its ancestors up to (not including) ``<body>``."""
        found = [element]
        for anc in element.iterancestors():
            if anc.tag in ("body", "html"):
                break
            found.append(anc)
        return found

    def wraps_content(self, element) -> bool:
        """``element`` holds a content-body block (a page wrapper, not a region)."""
        return element in self._wrappers

    def content_block_of(self, element):
        """The nearest content-body block holding ``element``, or None."""
        for el in self.chain(element):
            if el in self._blocks:
                return el
        return None

    # -- internals -------------------------------------------------------------

    def _chain(self, element) -> tuple[list, int | None, str]:
        """Markers from ``element`` up, the index of the content body in
        them (or None) and where the element stands (``before``, ``after``,
        ``between``, ``none``): relative to the page's content, or, inside
        a body, to the middle of that body."""
        markers = []
        body_at = None
        quoted = -1       # index of the outermost blockquote/figure seen so far
        chain = self.chain(element)
        for i, el in enumerate(chain):
            if el in self._blocks:
                body_at = i
                markers.append(positions.M_MAIN)
                break
            if el.tag in _QUOTING_TAGS:
                quoted = i
            markers.append(self.marker(el))
        for i in range(quoted):
            # headers and footers inside quotes and embeds are not the page's
            if markers[i] in (positions.M_HEADER, positions.M_FOOTER, positions.M_META):
                markers[i] = None
        if body_at is None:
            return markers, None, self._order_of(element)
        block = chain[body_at]
        start = self._order.get(block, 0)
        middle = start + (self._ends[block] - start) // 2
        return markers, body_at, "before" if self._order.get(element, 0) <= middle else "after"

    def _in_menu(self, element) -> bool:
        """The nearest block holding four or more links is mostly link text."""
        for anc in self.chain(element)[1:6]:
            links = self._link_count(anc)
            if links >= MENU_MIN_LINKS:
                return self.stats.density(anc) >= MENU_DENSITY
        return False

    def _link_count(self, element) -> int:
        found = self._links.get(element)
        if found is None:
            found = self._links[element] = sum(1 for a in element.iter("a") if a.get("href") is not None)
        return found

    def _content_span(self) -> tuple[int, int] | None:
        self._ends = {block: self._order.get(block, 0) + sum(1 for _ in block.iter()) - 1
                      for block in self.content_blocks}
        if not self.content_blocks:
            return None
        return (min(self._order.get(block, 0) for block in self.content_blocks),
                max(self._ends.values()))

    def _order_of(self, element) -> str:
        if self._span is None:
            return "none"
        if self.forum and any(self._wrappers.get(anc) == 1 for anc in self.chain(element)[:12]):
            return "none"      # in a post's own box (author, date, buttons): the post
        index = self._order.get(element, 0)
        if index < self._span[0]:
            return "before"
        if index > self._span[1]:
            return "after"
        return "none" if self.forum else "between"


def _element(anchor: Anchor | etree._Element) -> etree._Element:
    return anchor.element if isinstance(anchor, Anchor) else anchor


def _nearest_block(element):
    for anc in element.iterancestors():
        if anc.tag in BLOCK_TAGS:
            return anc
    return element


def _is_break(element) -> bool:
    return element.tag in BLOCK_TAGS or element.tag in _BREAK_TAGS


def _split_text(block, target, chars: int) -> tuple[str, str, str]:
    """Visible text of ``block`` before, inside and after ``target``, raw
    (whitespace kept): at least ``chars`` characters of each side when the
    block has them, read outwards from the target, not the whole block."""
    before = "".join(reversed(_text_before(block, target, chars)))
    return before, "".join(_iter_text(target)), "".join(_text_after(block, target, chars))


def _text_before(block, target, chars: int) -> list[str]:
    """Text chunks before ``target`` inside ``block``, nearest first."""
    found: list[str] = []
    size = 0
    el = target
    while el is not block and size < chars:
        if el is not target and _is_break(el):
            found.append(" ")
        sibling = el.getprevious()
        while sibling is not None and size < chars:
            if sibling.tail:
                found.append(sibling.tail)
                size += len(sibling.tail)
            for chunk in _iter_text(sibling, backwards=True):
                found.append(chunk)
                size += len(chunk)
                if size >= chars:
                    break
            sibling = sibling.getprevious()
        el = el.getparent()
        if el is None:
            break
        if size < chars and el.text:
            found.append(el.text)
            size += len(el.text)
    return found


def _text_after(block, target, chars: int) -> list[str]:
    """Text chunks after ``target`` inside ``block``, in reading order."""
    found: list[str] = []
    size = 0
    el = target
    while el is not block and size < chars:
        if el is not target and _is_break(el):
            found.append(" ")
        if el.tail:
            found.append(el.tail)
            size += len(el.tail)
        sibling = el.getnext()
        while sibling is not None and size < chars:
            for chunk in _iter_text(sibling):
                found.append(chunk)
                size += len(chunk)
                if size >= chars:
                    break
            if sibling.tail:
                found.append(sibling.tail)
                size += len(sibling.tail)
            sibling = sibling.getnext()
        el = el.getparent()
        if el is None:
            break
    return found


def _iter_text(element, backwards: bool = False):
    """Visible text chunks of ``element`` (not its tail), with a space for
    every block-level boundary and ``<br>`` (inline boundaries add none:
    ``<b>Happy</b>Paws`` reads ``HappyPaws``); last chunk first when
    ``backwards``. A generator (callers stop reading once they have
    enough) walking an explicit stack, so deep trees cannot overflow."""
    stack = [(element, False)]
    while stack:
        el, closing = stack.pop()
        visible = isinstance(el.tag, str) and el.tag not in INVISIBLE_TAGS
        if closing:
            if backwards and el.text:
                yield el.text
            if _is_break(el):
                yield " "
            if not backwards and el is not element and el.tail:
                yield el.tail
            continue
        if backwards and el is not element and el.tail:
            yield el.tail
        if not visible:
            if not backwards and el is not element and el.tail:
                yield el.tail
            continue
        if _is_break(el):
            yield " "
        if not backwards and el.text:
            yield el.text
        stack.append((el, True))
        children = list(el)
        stack.extend((child, False) for child in (children if backwards else reversed(children)))


def _join(before: str, inside: str, after: str, chars: int) -> str:
    """``before`` (its last ``chars`` characters, from a word start),
    ``inside`` and ``after`` (its first ``chars``, to a word end), squashed,
    keeping whether whitespace separated them (``"Paws, which"`` stays)."""
    left, right = squash(before), squash(after)
    if len(left) > chars:
        cut = left[-chars:]
        space = cut.find(" ")
        left = cut[space + 1:] if 0 <= space < chars // 3 else cut
    if len(right) > chars:
        cut = right[:chars]
        space = cut.rfind(" ")
        right = cut[:space] if space > chars * 2 // 3 else cut
    text = left
    if inside:
        text += (" " if left and before[-1:].isspace() else "") + squash(inside)
    if right:
        text += (" " if text and (after[:1].isspace() or not inside) else "") + right
    return text.strip()
