"""Where on the page a link sits: ``header``, ``navigation``, ``content``,
``sidebar`` or ``footer``.

Each block around a link gets at most one *marker* (:func:`element_marker`)
from its tag, ARIA role and theme class/id words (:mod:`themes`). The
position is then decided from the markers on the way from the link up to
``<body>`` (:func:`decide_position`):

- Inside the content body (the article or post body, a forum message, see
  :mod:`maintext`): ``content``, unless a block between the link and the
  body says otherwise: a menu, table of contents, tag list or breadcrumb
  gives ``navigation``; a related-stories, newsletter, share or ad block, an
  ``<aside>`` or a signature gives ``sidebar``; a byline or dateline gives
  ``header`` (``footer`` in the second half of the body). Headers and
  footers inside quotes and embeds (a tweet's ``<footer>``) do not count.
- Elsewhere, the page region decides, strongest first: a footer, a sidebar,
  the site header (a menu inside it is ``navigation``), a menu, a
  recirculation/share/ad block (``sidebar``; an ad slot above the content
  is ``header``), article meta such as bylines and an article's own
  ``<header>``/``<footer>`` (``header`` before the body, ``footer`` after).
- Comment sections, author boxes and signatures are *complementary* blocks
  (ARIA's word for an aside): ``sidebar``, with the context field saying
  which (``comment``, ``author_bio``, ``signature``). They are not the page's
  content: a comment link is not an in-content link. Forum posts are the
  content of a forum thread.
- A link with no marker at all is placed by document order: ``header``
  before the content body (``navigation`` when it sits in a block that is
  mostly links, the left column of an old table layout), ``footer`` after
  it, ``sidebar`` between two parts of it (``content`` between two forum
  posts: a post's author box), ``content`` when the page has no body.

Blocks that wrap the content body (``#page``, ``.site-content``,
``.has-sidebar``...) never count as regions: a region cannot contain the
content.
"""
from __future__ import annotations

import re

from . import themes

HEADER, NAVIGATION, CONTENT, SIDEBAR, FOOTER = "header", "navigation", "content", "sidebar", "footer"
#: Every value :func:`decide_position` returns.
POSITIONS = (HEADER, NAVIGATION, CONTENT, SIDEBAR, FOOTER)

# Marker kinds (internal to the analysis).
M_HEADER, M_FOOTER, M_SIDEBAR, M_NAV = "header", "footer", "sidebar", "navigation"
M_RECIRC, M_SHARE, M_AD, M_META = "recirculation", "share", "advert", "meta"
M_FORUM, M_COMPLEMENT, M_MAIN = "forum", "complement", "main"

_NAV_ROLES = frozenset({"navigation", "menubar", "menu", "tablist"})
_ROLE_MARKERS = {"banner": M_HEADER, "contentinfo": M_FOOTER, "complementary": M_SIDEBAR,
                 "main": M_MAIN, "article": M_MAIN}
_TAG_MARKERS = {"nav": M_NAV, "aside": M_SIDEBAR, "header": M_HEADER, "footer": M_FOOTER,
                "main": M_MAIN, "article": M_MAIN}
_MAIN_NAMES = themes.vocabulary(tokens=(
    "main", "main-content", "maincontent", "content", "site-content", "site-main",
    "content-area", "primary", "main-column", "main-col", "page-content", "l-main",
))
_COMPLEMENT_VOCABS = (themes.SIGNATURE, themes.COMMENTS, themes.AUTHOR_BIO)
_NAMED_MARKERS = (
    (themes.NAVIGATION, M_NAV), (themes.SITE_HEADER, M_HEADER),
    (themes.RECIRCULATION, M_RECIRC), (themes.SHARE, M_SHARE), (themes.ADVERT, M_AD),
    (themes.ARTICLE_META, M_META),
)
_REL_NAVIGATION = frozenset({"tag", "category", "prev", "next"})

#: Share-button URLs: a link to one is a share button wherever it sits.
SHARE_URL = re.compile(
    r"facebook\.com/(?:sharer|share\.php|dialog/(?:share|feed))|(?:twitter|x)\.com/(?:intent/|share\b)"
    r"|linkedin\.com/(?:shareArticle|sharing/|cws/share)|pinterest\.[a-z.]+/pin/create"
    r"|reddit\.com/submit|(?:api\.)?whatsapp\.com/send|^whatsapp:|wa\.me/\?text"
    r"|t(?:elegram)?\.me/share|tumblr\.com/(?:share|widgets/share)|vk\.com/share\.php"
    r"|blogger\.com/share-post\.g|addtoany\.com/(?:share|add_to)|getpocket\.com/(?:save|edit)"
    r"|news\.ycombinator\.com/submitlink|^mailto:\?", re.IGNORECASE)


def element_marker(element, names: str) -> str | None:
    """The region kind one element announces, or None.

    ``names`` is :func:`themes.element_names` of the element. Footer and
    sidebar words come first (``footer-menu`` is a footer), then blocks of
    user content (comments, forum posts, signatures, author boxes), then
    the tag or ARIA role, then the other theme words.
    """
    tag = element.tag
    clean = _strip_layout(names) if names and themes.LAYOUT_MODIFIER.search(names) else names
    if clean:
        if themes.SITE_FOOTER.search(clean):
            return M_FOOTER
        if themes.SIDEBAR.search(clean):
            return M_SIDEBAR
        if any(vocab.search(clean) for vocab in _COMPLEMENT_VOCABS):
            return M_COMPLEMENT
        if themes.FORUM_POST.search(clean):
            return M_FORUM
    roles = (element.get("role") or "").lower().split()
    for role in roles:
        if role in _NAV_ROLES:
            return M_NAV
        if role in _ROLE_MARKERS:
            return _ROLE_MARKERS[role]
    if tag in _TAG_MARKERS:
        return _TAG_MARKERS[tag]
    if tag == "a":
        rel = (element.get("rel") or "").lower().replace(",", " ").split()
        if any(token in _REL_NAVIGATION for token in rel):
            return M_NAV
        if SHARE_URL.search(element.get("href") or ""):
            return M_SHARE
    if clean:
        for vocab, marker in _NAMED_MARKERS:
            if vocab.search(clean):
                return marker
        if _MAIN_NAMES.search(clean):
            return M_MAIN
    return None


def _strip_layout(names: str) -> str:
    return " ".join(token for token in names.split() if not themes.LAYOUT_MODIFIER.search(token))


def decide_position(markers: list[str | None], body_at: int | None, *, order: str,
                    menu: bool = False) -> str:
    """The position of a link from the markers of its ancestors.

    ``markers`` are nearest first (the link itself, its parent, ... up to
    ``<body>``), with None for unmarked blocks and for blocks that wrap the
    content. ``body_at`` is the index of the nearest content-body block in
    that list (None when the link is outside the body). ``order`` says where an unplaced link stands relative to the content:
    ``"before"``, ``"after"``, ``"between"`` (two parts of an article) or
    ``"none"`` (no body found, or between two forum posts). ``menu`` is
    true when the link sits in a block that is mostly links: unmarked, such
    a block before the content is the navigation of an old table layout.

    >>> decide_position([None, None, "main"], 1, order="between")
    'content'
    >>> decide_position([None, "recirculation", None], 2, order="between")
    'sidebar'
    >>> decide_position([None, "navigation", "header"], None, order="before")
    'navigation'
    >>> decide_position([None, "share", "footer"], None, order="after")
    'footer'
    """
    if body_at is not None:
        return _inside_body(markers[:body_at], order)
    kind = M_COMPLEMENT if M_COMPLEMENT in markers else M_FORUM if M_FORUM in markers else None
    if kind is not None:
        # a comment, signature, author box or post: its own header/footer do
        # not count; a signature inside a post is still a signature
        outer = markers[markers.index(kind) + 1:]
        for region in (M_FOOTER, M_SIDEBAR, M_HEADER):
            if region in outer:
                return region
        return CONTENT if kind == M_FORUM else SIDEBAR
    if M_FOOTER in markers:
        return FOOTER
    if M_SIDEBAR in markers:
        return SIDEBAR
    if M_HEADER in markers:
        header = markers.index(M_HEADER)
        return NAVIGATION if M_NAV in markers[:header] else HEADER
    if M_NAV in markers:
        return NAVIGATION
    if M_AD in markers and order == "before":
        return HEADER            # a leaderboard above the page
    if M_RECIRC in markers or M_SHARE in markers or M_AD in markers:
        return SIDEBAR
    if M_META in markers:
        return FOOTER if order == "after" else HEADER
    if menu and order == "before":
        return NAVIGATION
    return _by_order(order)


def _inside_body(inner: list[str | None], order: str) -> str:
    for marker in inner:
        if marker == M_NAV:
            return NAVIGATION
        if marker in (M_SIDEBAR, M_RECIRC, M_SHARE, M_AD, M_COMPLEMENT):
            return SIDEBAR
        if marker == M_FORUM:
            return CONTENT
        if marker == M_META:
            return FOOTER if order == "after" else HEADER
        if marker == M_HEADER:
            return HEADER
        if marker == M_FOOTER:
            return FOOTER
    return CONTENT


def _by_order(order: str) -> str:
    return {"before": HEADER, "after": FOOTER, "between": SIDEBAR}.get(order, CONTENT)
