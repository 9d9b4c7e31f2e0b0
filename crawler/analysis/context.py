"""What kind of block holds a link: the ``context`` field.

Decided from the link's ancestors (their class/id words, see
:mod:`themes`), its position (:mod:`position`) and the links around it,
first match wins:

1. ``signature``: a forum signature (phpBB/SMF ``.signature``, vBulletin
   ``.signaturecontainer``, XenForo ``.message-signature``, Invision
   ``.cSignature``);
2. ``forum_post``: a forum message (phpBB ``.postbody .content``, vBulletin
   ``.postcontent``, XenForo ``.message-body``/``.bbWrapper``, Discourse
   ``.cooked``, Invision ``.ipsComment_content``, SMF ``.inner#msg_N``);
3. ``comment``: a comment section (WordPress ``#comments``,
   ``.comment-list``, ``.comment-body``; Disqus ``#disqus_thread``; schema.org
   ``Comment``; generic ``comments`` blocks), unless it is a sidebar or
   footer widget such as "Recent comments" (on a forum thread, whose posts
   engines often call comments, it is a post);
4. ``author_bio``: an author box (``.author-bio``, ``.author-box``,
   ``.about-author``...), or a block of some text around a ``rel=author``
   link that is not a byline;
5. ``banner``: an image link in an ad or sponsor slot (``.ad``, ``.ads``,
   ``.banner``, ``.sponsor``, ids with ``ad-``...), or whose image has an
   IAB ad size (728x90, 300x250, 468x60...);
6. ``blogroll``: in a sidebar or footer, a links widget (WordPress
   ``widget_links``, ``.blogroll``, Blogger ``LinkList``/``BlogList``), a
   widget headed "Blogroll", "Links", "Friends", "Partners" (and their
   translations), or a widget listing three or more links to other sites;
7. ``link_list``: in the content, a block of five or more links that is
   mostly link text, or a content body that is mostly links (directories,
   resource pages, link farms);
8. ``widget``: any other link in a sidebar, and footer links inside a
   widget;
9. ``editorial``: any other link in the content body (an article's own
   text; also any content link of a page where no body could be found);
10. ``other``: everything else (menus, header, footer lines, a forum post's
    author box and buttons).
"""
from __future__ import annotations

from crawler.urls import registered_domain

from . import position as positions
from . import themes
from .document import resolve_href

EDITORIAL, COMMENT, FORUM_POST, SIGNATURE = "editorial", "comment", "forum_post", "signature"
AUTHOR_BIO, BLOGROLL, LINK_LIST, BANNER = "author_bio", "blogroll", "link_list", "banner"
WIDGET, OTHER = "widget", "other"
#: Every value :func:`decide_context` returns.
CONTEXTS = (EDITORIAL, COMMENT, FORUM_POST, SIGNATURE, AUTHOR_BIO, BLOGROLL, LINK_LIST,
            BANNER, WIDGET, OTHER)

#: A block with at least this many links ...
LINK_LIST_MIN_LINKS = 5
#: ... and at least this share of link text is a link list.
LINK_LIST_DENSITY = 0.6
#: A content body this link-heavy (with at least 10 links) makes every link in it a list item.
LINK_PAGE_DENSITY = 0.5
#: Text (characters) around a ``rel=author`` link that makes its block a bio.
AUTHOR_BIO_MIN_TEXT = 80

_LIST_TAGS = frozenset({"ul", "ol", "dl", "table", "tbody", "menu"})
_BLOCKISH = frozenset({"ul", "ol", "dl", "table", "tbody", "div", "section", "p", "td", "nav",
                       "aside", "article", "blockquote"})
_COMMENT_TYPES = ("schema.org/comment", "schema.org/usercomments")
_REGION_MARKERS = frozenset({positions.M_SIDEBAR, positions.M_FOOTER, positions.M_HEADER,
                             positions.M_NAV})
_SECTION_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6", "strong", "b", "span", "div", "p")


def decide_context(layout, element, position: str) -> str:
    """The context of the link ``element`` on the page ``layout``
    (:class:`~crawler.analysis.layout.LinkLayout`) given its ``position``."""
    chain = layout.chain(element)
    if any(layout.matches(el, themes.SIGNATURE) for el in chain):
        return SIGNATURE
    if any(layout.matches(el, themes.FORUM_POST) for el in chain):
        return FORUM_POST
    comment_at = next((i for i, el in enumerate(chain) if _is_comment(layout, el)), None)
    if comment_at is not None and not any(
            layout.marker(el) in _REGION_MARKERS for el in chain[comment_at + 1:]):
        return COMMENT
    if _in_author_bio(layout, chain):
        return AUTHOR_BIO
    if _is_banner(layout, element, chain):
        return BANNER
    if position in (positions.SIDEBAR, positions.FOOTER):
        widget = _widget_block(layout, chain)
        if widget is not None and _is_blogroll(layout, widget):
            return BLOGROLL
        if position == positions.SIDEBAR or widget is not None:
            return WIDGET
        return OTHER
    if position == positions.CONTENT:
        if _in_link_list(layout, element, chain):
            return LINK_LIST
        if layout.content_block_of(element) is not None or not layout.content_blocks:
            return EDITORIAL
    return OTHER


def _is_comment(layout, element) -> bool:
    if layout.forum:
        return False     # on a forum, "comments" are the posts
    if layout.matches(element, themes.COMMENTS):
        return True
    itemtype = (element.get("itemtype") or "").lower()
    return any(kind in itemtype for kind in _COMMENT_TYPES) or element.get("itemprop") == "comment"


def _in_author_bio(layout, chain) -> bool:
    if any(layout.matches(el, themes.AUTHOR_BIO) for el in chain):
        return True
    rel = (chain[0].get("rel") or "").lower().split()
    if "author" not in rel:
        return False
    # a rel=author link in a block with real text (not just a byline)
    for el in chain[1:4]:
        if layout.matches(el, themes.ARTICLE_META):
            return False
        own = layout.stats.text.get(el, 0) - layout.stats.links.get(el, 0)
        if own >= AUTHOR_BIO_MIN_TEXT:
            return True
    return False


def _is_banner(layout, element, chain) -> bool:
    images = list(element.iter("img"))
    if not images:
        return False
    if layout.stats.text.get(element, 0) > 40:
        return False       # a text link with an icon, not an image link
    if any(layout.matches(el, themes.ADVERT) for el in chain):
        return True
    if any("ad-" in (el.get("id") or "").lower() for el in chain):
        return True
    return any(_iab_sized(img) for img in images)


def _iab_sized(img) -> bool:
    width, height = _int(img.get("width")), _int(img.get("height"))
    if width and height and (width, height) in themes.IAB_SIZES:
        return True
    src = (img.get("src") or "").lower()
    return any(f"{w}x{h}" in src for w, h in themes.IAB_SIZES if w >= 120)


def _int(value: str | None) -> int | None:
    if not value:
        return None
    digits = value.strip().lower().removesuffix("px")
    return int(digits) if digits.isdigit() else None


def _widget_block(layout, chain):
    """The nearest block above the link that is a widget: named so, or the
    child of the sidebar region that holds the link. None for menus, and in
    a footer outside any widget."""
    for i, el in enumerate(chain[1:], start=1):
        marker = layout.marker(el)
        if marker == positions.M_NAV or layout.wraps_content(el):
            return None      # a menu; or Blogger's "Blog1" widget, which holds the post
        if layout.matches(el, themes.WIDGET) or layout.matches(el, themes.BLOGROLL):
            return el
        if marker == positions.M_SIDEBAR:
            return chain[i - 1] if i >= 2 else el
        if marker == positions.M_FOOTER:
            return None
    return None


def _is_blogroll(layout, widget) -> bool:
    if layout.matches(widget, themes.BLOGROLL) or any(
            layout.matches(el, themes.BLOGROLL) for el in widget.iter("ul", "ol", "div")):
        return True
    heading = _widget_heading(widget)
    if heading and themes.BLOGROLL_HEADINGS.search(heading):
        return True
    return _external_list(layout, widget)


def _widget_heading(widget) -> str:
    for el in widget.iter(*_SECTION_HEADINGS):
        cls = (el.get("class") or "").lower()
        if el.tag.startswith("h") or "title" in cls or "heading" in cls:
            text = " ".join("".join(el.itertext()).split())
            if text:
                return text[:80]
    return ""


def _external_list(layout, widget) -> bool:
    """Three or more links in a list, at least two thirds of them to other
    sites (registered domains)."""
    if not any(True for _ in widget.iter("ul", "ol")):
        return False
    urls = [resolve_href(layout.doc.base_url, (a.get("href") or "").strip())
            for a in widget.iter("a") if a.get("href") is not None]
    urls = [url for url in urls if url]
    if len(urls) < 3:
        return False
    own = registered_domain(layout.doc.url)
    external = sum(1 for url in urls if registered_domain(url) not in (None, own))
    return external * 3 >= len(urls) * 2


def _in_link_list(layout, element, chain) -> bool:
    stats = layout.stats
    block = layout.content_block_of(element)
    if block is None and not layout.content_blocks:
        block = layout.doc.body          # no body found: is the whole page links?
    if block is not None and stats.density(block) >= LINK_PAGE_DENSITY and \
            _count_links(block) >= 10:
        return True
    for el in chain[1:6]:
        if el is block:
            break
        if el.tag not in _BLOCKISH:
            continue
        if stats.text.get(el, 0) and _count_links(el) >= LINK_LIST_MIN_LINKS \
                and stats.density(el) >= LINK_LIST_DENSITY:
            return True
        if el.tag in _LIST_TAGS or el.tag in ("p", "div", "section"):
            break   # the nearest list or paragraph decides
    return False


def _count_links(el) -> int:
    return sum(1 for a in el.iter("a") if a.get("href") is not None)
