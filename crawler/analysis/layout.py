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

from . import context as contexts
from . import position as positions
from .document import INVISIBLE_TAGS, Anchor, PageDoc, squash
from .hidden import HidingRules
from .maintext import (TextStats, bounded_text, density_content_blocks,
                       marked_content_blocks, outermost)
from .themes import element_names

#: Block-level tags: surrounding text is taken from the nearest of these.
BLOCK_TAGS = frozenset({
    "p", "li", "td", "th", "dd", "dt", "div", "section", "article", "aside", "header", "footer",
    "nav", "main", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6",
    "pre", "address", "form", "fieldset", "table", "tr", "ul", "ol", "dl", "body", "center",
    "details", "summary", "caption",
})


#: Quotes and embeds: a header or footer inside one belongs to the quote.
_QUOTING_TAGS = frozenset({"blockquote", "figure", "q"})


class LinkLayout:
    """Per-page layout facts for the links of one :class:`PageDoc`."""

    def __init__(self, doc: PageDoc):
        self.doc = doc
        self._names: dict = {}
        self._markers: dict = {}
        self._matches: dict = {}
        self.stats = TextStats.measure(doc.body)
        marked = marked_content_blocks(doc.body, self.names, self.stats)
        #: True when the content body was found from theme markup (not density).
        self.body_from_markup = bool(marked)
        #: The content-body blocks (article/post bodies, forum messages), in order.
        self.content_blocks: list = marked or density_content_blocks(doc.body, self.names, self.stats)
        self._blocks = set(self.content_blocks)
        self._wrappers = {anc for block in self.content_blocks for anc in block.iterancestors()}
        self._order = {el: i for i, el in enumerate(doc.body.iter())}
        self._span = self._content_span()
        self._rules = HidingRules.from_doc(doc)

    # -- public API --------------------------------------------------------

    def position(self, anchor) -> str:
        """``header``, ``navigation``, ``content``, ``sidebar`` or ``footer``."""
        markers, body_at, order = self._chain(_element(anchor))
        return positions.decide_position(markers, body_at, strict_body=self.body_from_markup,
                                         order=order)

    def context(self, anchor) -> str:
        """``editorial``, ``comment``, ``forum_post``, ``signature``,
        ``author_bio``, ``blogroll``, ``link_list``, ``banner``, ``widget``
        or ``other`` (see :mod:`crawler.analysis.context`)."""
        return contexts.decide_context(self, _element(anchor), self.position(anchor))

    def hidden(self, anchor) -> bool:
        """The link is hidden from readers (inline styles, the ``hidden``
        attribute, hiding classes or page ``<style>`` rules, on the link or
        an ancestor; see :mod:`crawler.analysis.hidden`)."""
        return self._rules.is_hidden(_element(anchor))

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
        return squash(" ".join(filter(None, (_tail_words(before, chars), inside,
                                              _head_words(after, chars)))))

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
        index = self._order.get(element, 0)
        if index < self._span[0]:
            return "before"
        if index > self._span[1]:
            return "after"
        return "between"


def _element(anchor):
    return anchor.element if isinstance(anchor, Anchor) else anchor


def _nearest_block(element):
    for anc in element.iterancestors():
        if anc.tag in BLOCK_TAGS:
            return anc
    return element


def _split_text(block, target, chars: int) -> tuple[str, str, str]:
    """Visible text of ``block`` before, inside and after ``target``: at
    least ``chars`` characters of each side when the block has them, read
    outwards from the target (not the whole block)."""
    inside = squash("".join(_iter_text(target)))
    return (squash("".join(reversed(_text_before(block, target, chars)))), inside,
            squash("".join(_text_after(block, target, chars))))


def _text_before(block, target, chars: int) -> list[str]:
    """Text chunks before ``target`` inside ``block``, nearest first."""
    found: list[str] = []
    size = 0
    el = target
    while el is not block and size < chars:
        sibling = el.getprevious()
        while sibling is not None and size < chars:
            if sibling.tail:
                found.append(sibling.tail)
                size += len(sibling.tail)
            for chunk in _iter_text_backwards(sibling):
                found.append(chunk)
                size += len(chunk)
                if size >= chars:
                    break
            sibling = sibling.getprevious()
        parent = el.getparent()
        if parent is None:
            break
        if size < chars and parent.text:
            found.append(parent.text)
            size += len(parent.text)
        el = parent
    return found


def _text_after(block, target, chars: int) -> list[str]:
    """Text chunks after ``target`` inside ``block``, in reading order."""
    found: list[str] = []
    size = 0
    el = target
    while el is not block and size < chars:
        if el.tail:
            found.append(el.tail)
            size += len(el.tail)
        sibling = el.getnext()
        while sibling is not None and size < chars:
            for chunk in _bounded_text(sibling, chars):
                found.append(chunk)
                size += len(chunk)
            if sibling.tail:
                found.append(sibling.tail)
                size += len(sibling.tail)
            sibling = sibling.getnext()
        el = el.getparent()
        if el is None:
            break
    return found


def _iter_text(element):
    """Visible text chunks of ``element`` (not its tail), with a space for
    every block-level boundary and ``<br>`` (inline boundaries add none:
    ``<b>Happy</b>Paws`` reads ``HappyPaws``)."""
    if not isinstance(element.tag, str) or element.tag in INVISIBLE_TAGS:
        return
    block = element.tag in BLOCK_TAGS or element.tag in ("br", "img", "hr")
    if block:
        yield " "
    if element.text:
        yield element.text
    for child in element:
        yield from _iter_text(child)
        if child.tail:
            yield child.tail
    if block:
        yield " "


def _iter_text_backwards(element):
    """:func:`_iter_text` from the end: the chunks nearest the end first."""
    if not isinstance(element.tag, str) or element.tag in INVISIBLE_TAGS:
        return
    block = element.tag in BLOCK_TAGS or element.tag in ("br", "img", "hr")
    if block:
        yield " "
    for child in reversed(element):
        if child.tail:
            yield child.tail
        yield from _iter_text_backwards(child)
    if element.text:
        yield element.text
    if block:
        yield " "


def _bounded_text(element, chars: int):
    """Visible text chunks of ``element`` (not its tail), stopping once
    ``chars`` characters have come."""
    size = 0
    for chunk in _iter_text(element):
        yield chunk
        size += len(chunk)
        if size >= chars:
            return


def _tail_words(text: str, chars: int) -> str:
    if len(text) <= chars:
        return text
    cut = text[-chars:]
    space = cut.find(" ")
    return cut[space + 1:] if 0 <= space < chars // 3 else cut


def _head_words(text: str, chars: int) -> str:
    if len(text) <= chars:
        return text
    cut = text[:chars]
    space = cut.rfind(" ")
    return cut[:space] if space > chars * 2 // 3 else cut
