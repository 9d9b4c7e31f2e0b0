"""Class and id vocabularies of real themes, and the one way to match them.

Every block of a page is named by its tag, ARIA ``role`` and the words of
its ``class`` and ``id``. :func:`element_names` turns those words into one
normalised string (camelCase and ``_`` become ``-``, lower case, single
spaces between tokens), and each vocabulary below is a compiled pattern over
that string. Three kinds of words:

- *token*: the whole class or id (``header`` matches ``class="header"`` but
  not ``entry-header``);
- *part*: a ``-``-bounded run inside a token (``site-header`` matches
  ``site-header-inner``; ``related`` matches ``c-related-list``);
- *sub*: a plain substring (``relatedposts`` in Jetpack's ``jp-relatedposts``).

The words come from the markup the themes and engines actually ship:
WordPress core and its default themes (twentytwenty*), Genesis, Newspaper,
Blogger's layouts, Ghost's Casper and Source, Drupal 7-10 (Olivero,
Bartik), phpBB prosilver, vBulletin 4/5, XenForo 2, Discourse, Invision
Community, SMF, and the article pages of large news publishers.

>>> bool(SITE_HEADER.search(element_names_of("site-header sticky", "masthead")))
True
>>> bool(SITE_HEADER.search(element_names_of("entry-header", "")))
False
>>> bool(RECIRCULATION.search(element_names_of("jp-relatedposts", "")))
True
"""
from __future__ import annotations

import re
from typing import Pattern

_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_SEP = re.compile(r"[_\-]+")
_SPACE = re.compile(r"\s+")


def element_names_of(class_attr: str | None, id_attr: str | None) -> str:
    """Normalised class and id words: ``"ArticleBody-articleBody"`` ->
    ``"article-body-article-body"``; ``"widget_links"`` -> ``"widget-links"``.

    >>> element_names_of("ipsComment_content  cSignature", "post_12")
    'ips-comment-content c-signature post-12'
    """
    text = f"{class_attr or ''} {id_attr or ''}"
    if not text.islower():
        text = _CAMEL.sub(r"\1-\2", text).lower()
    if "_" in text or "--" in text:
        text = _SEP.sub("-", text)
    return " ".join(filter(None, (token.strip("-") for token in text.split())))


#: ``data-role`` values that name a block as a class would (Invision Community).
DATA_ROLE_NAMES: dict[str, str] = {
    "commentcontent": "ips-comment-content",
    "membersignature": "c-signature",
}


def element_names(element) -> str:
    """:func:`element_names_of` for an lxml element (plus the theme words
    of a known ``data-role``)."""
    names = element_names_of(element.get("class"), element.get("id"))
    role = element.get("data-role")
    if role and role.lower() in DATA_ROLE_NAMES:
        names = f"{names} {DATA_ROLE_NAMES[role.lower()]}".strip()
    return names


def _alternation(words) -> str:
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def vocabulary(tokens=(), parts=(), subs=(), patterns=()) -> Pattern[str]:
    """One pattern matching any of the whole ``tokens``, ``-``-bounded
    ``parts``, raw substrings ``subs`` or regular expressions ``patterns``
    in a normalised names string."""
    branches = list(patterns)
    if tokens:
        branches.append(rf"(?:^| )(?:{_alternation(tokens)})(?= |$)")
    if parts:
        branches.append(rf"(?<![a-z0-9])(?:{_alternation(parts)})(?![a-z0-9])")
    if subs:
        branches.append(rf"(?:{_alternation(subs)})")
    return re.compile("|".join(branches) or r"(?!)")


#: Layout words that name the page's structure rather than a block of it
#: (``has-sidebar`` is on the wrapper holding content *and* sidebar).
LAYOUT_MODIFIER = vocabulary(parts=(
    "has-sidebar", "with-sidebar", "no-sidebar", "without-sidebar", "sidebar-primary-layout",
    "content-sidebar", "sidebar-content", "content-with-sidebar", "sidebar-fixed",
    "has-header", "no-header", "sticky-sidebar", "theia-sticky-sidebar", "sidebar-layout",
    "layout-sidebar", "header-style", "header-fixed", "fixed-header", "sticky-header-on",
    "footer-style", "has-footer",
))

# -- page regions -----------------------------------------------------------

#: The site's own header (not an article's header).
SITE_HEADER = vocabulary(
    tokens=("header", "site-head", "topbar", "top-bar", "branding",
            "header-wrap", "header-wrapper", "header-container", "header-main", "header-top",
            "header-inner", "header-area", "header-section", "header-bar", "header-content",
            "header-nav", "headerbar", "pageheader", "page-head", "mainheader", "header-v2",
            "l-header", "app-header", "header-outer", "header-inner-wrap"),
    parts=("site-header", "masthead", "global-header", "main-header", "top-header",
           "gh-head", "header-outer", "header-wrapper", "region-header", "site-branding",
           "page-header-wrap", "navbar-header", "site-top", "top-bar", "topbar",
           "header-desktop", "header-mobile", "brand-bar", "page-masthead", "nav-header",
           "app-header", "site-head", "sticky-header", "header-container", "header-sticky",
           "header-area", "header-main", "header-row", "header-bottom", "header-top"),
)

#: The site's own footer.
SITE_FOOTER = vocabulary(
    tokens=("footer", "colophon", "footer-wrap", "footer-wrapper",
            "footer-container", "footer-inner", "footer-main", "footer-area",
            "footer-bottom", "footer-top", "footer-section", "pagefooter", "page-footer",
            "mainfooter", "footer-outer", "l-footer", "app-footer", "copyright"),
    parts=("site-footer", "colophon", "global-footer", "main-footer", "footer-outer",
           "footer-wrapper", "region-footer", "footer-widgets", "footer-widget-area",
           "site-info", "footer-menu", "footer-nav", "footer-links", "footer-bottom",
           "footer-top", "bottom-bar", "sub-footer", "subfooter", "footer-container",
           "footer-inner", "footer-area", "footer-main", "footer-copyright", "app-footer",
           "gh-foot", "page-footer", "site-foot", "footer-columns", "footer-content"),
)

#: Sidebars and widget areas beside the content.
SIDEBAR = vocabulary(
    tokens=("sidebar", "secondary", "aside", "rail", "right-rail", "left-rail", "sidecol",
            "widgets", "widget-area", "col-right", "right-col", "rightcol",
            "right-column", "left-column", "column-right", "side-bar"),
    parts=("sidebar", "widget-area", "sidebar-wrapper", "region-sidebar-first",
           "region-sidebar-second", "sidebar-first", "sidebar-second", "right-rail",
           "rail-right", "side-rail", "secondary-column", "aside-content", "sidebar-main",
           "primary-sidebar", "secondary-sidebar", "side-bar", "sidebar-container",
           "ad-rail", "l-col-sidebar", "gh-sidebar", "blog-sidebar"),
)

#: Navigation: menus, breadcrumbs, pagination, tag lists, tables of contents.
NAVIGATION = vocabulary(
    tokens=("nav", "navbar", "navigation", "menu", "menus", "mainnav", "main-nav", "topnav",
            "subnav", "sub-nav", "primary-nav", "menubar", "mega-menu", "megamenu",
            "pagination", "pager", "toc", "crumbs", "tabs", "nav-links", "page-numbers",
            "tags", "tag", "taglist", "topics", "keywords", "categories-links"),
    parts=("primary-menu", "main-menu", "menu-primary", "menu-main", "menu-main-menu",
           "main-navigation", "site-navigation", "primary-navigation", "nav-primary",
           "nav-menu", "navbar", "navigation", "breadcrumb", "breadcrumbs", "bread-crumb",
           "pagination", "post-navigation", "posts-navigation", "nav-links", "nav-previous",
           "nav-next", "skip-link", "skip-links", "skiplink", "jump-link", "table-of-contents",
           "ez-toc", "toc-container", "block-menu", "menu-block", "gh-navigation", "gh-head-menu",
           "tag-list", "tags-list", "tag-links", "tags-links", "post-tags", "entry-tags",
           "article-tags", "story-tags", "tags-container", "tag-cloud", "tagcloud",
           "cat-links", "post-categories", "entry-categories", "topic-list", "related-topics",
           "menu-item", "sub-menu", "dropdown-menu", "mobile-menu", "off-canvas-menu",
           "nav-bar", "navlinks", "nav-list", "section-nav", "pagenav", "page-nav", "pages-nav",
           "mobile-nav", "nav-wrapper", "nav-container", "menu-container", "menu-wrapper",
           "hamburger-menu", "sitemap-links", "nav-tabs", "next-prev", "prev-next", "post-nav",
           "article-navigation", "story-navigation", "tags", "field-tags", "linktree",
           "navigate-section", "pager", "blog-pager", "pagenavi", "wp-pagenavi"),
)

#: Blocks that send readers elsewhere on the site: related stories, "more
#: from", trending, most read, recommendations, newsletters. Not content.
RECIRCULATION = vocabulary(
    tokens=("popular", "trending", "recommended", "latest", "latest-news",
            "most-read", "most-popular", "read-next", "up-next", "outbrain", "taboola",
            "promo", "promos", "teasers", "newsletter", "signup", "subscribe", "cta",
            "recirc", "recirculation", "also-read", "see-also", "continue-reading"),
    parts=("related", "more-from", "more-stories", "more-news", "more-articles", "more-on",
           "more-in", "read-more-links", "trending", "most-read", "most-popular",
           "most-viewed", "popular-posts", "popular-stories", "recent-posts", "recent-news",
           "latest-posts", "latest-news", "latest-stories", "top-stories", "recommended",
           "recommendations", "you-may-like", "you-might-like", "also-like", "read-next",
           "read-also", "also-read", "up-next", "next-article", "next-story", "recirc",
           "recirculation", "outbrain", "taboola", "ob-widget", "zergnet", "newsletter",
           "newsletter-signup", "subscribe-box", "subscription", "signup-box",
           "promo-box", "in-article-promo", "related-content", "story-package", "tout",
           "teaser-list", "news-feed", "editor-picks", "editors-picks", "featured-posts",
           "post-grid", "card-list", "article-list", "story-list", "headlines"),
    subs=("relatedposts", "relatedarticles", "relatedstories", "relatedlinks", "morestories",
          "mostread", "mostpopular", "yarpp", "crp-list", "jp-related"),
)

#: Share bars and social buttons.
SHARE = vocabulary(
    tokens=("share", "sharing", "social", "socials", "shares", "addthis", "sharethis",
            "share-buttons", "share-bar", "social-share", "social-links", "social-icons",
            "follow", "follow-us"),
    parts=("share", "sharing", "sharedaddy", "addtoany", "a2a", "addthis", "sharethis",
           "social-share", "social-links", "social-icons", "social-buttons",
           "social-bar", "social-list", "follow-us", "share-tools", "share-bar", "sharebar",
           "jp-sharing", "shariff", "social-sharing", "socials"),
)

#: Advertising and sponsor slots.
ADVERT = vocabulary(
    tokens=("ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising",
            "banner", "banners", "sponsor", "sponsors", "sponsored", "ad-slot", "adslot",
            "adsbygoogle", "dfp", "gpt-ad", "commercial", "partner-ads", "promoted"),
    parts=("ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising",
           "ad-slot", "ad-unit", "ad-container", "ad-wrapper", "ad-banner", "banner-ad",
           "ad-block", "ad-zone", "ad-box", "adsense", "adsbygoogle", "dfp", "gpt",
           "sponsor", "sponsors", "sponsored", "sponsor-box", "sponsored-links", "banner",
           "banners", "leaderboard", "skyscraper", "billboard", "mpu", "native-ad",
           "widget-ads", "ad-728x90", "ad-300x250", "adspot", "adzone", "adbox"),
    subs=("advertisement", "adsbygoogle", "google-ad", "doubleclick"),
)

# -- the main content -------------------------------------------------------

#: The body of an article or post: where editorial links live.
CONTENT_BODY = vocabulary(
    tokens=("entry", "entry-content", "post-content", "post-body", "postbody", "post-entry",
            "article-body", "articlebody", "article-content", "article-text", "articletext",
            "story-body", "story-content", "story-text", "storybody", "body-text", "bodytext",
            "body-copy", "text-copy", "the-content", "single-content", "post-text",
            "entry-body", "article-body-content", "content-body", "rich-text",
            "article-fulltext", "news-content", "news-text", "article-main-body",
            "article-entry", "main-text", "content-text", "td-post-content", "wysiwyg",
            "c-entry-content", "gh-content", "post-full-content", "node-content",
            "node-body", "field-body", "article-wrap-body", "wsw", "prose", "article-detail",
            "post-single-content", "blog-content", "blog-post-content", "story-main"),
    parts=("entry-content", "post-content", "post-body", "post-entry", "postbody",
           "article-body", "articlebody", "article-content", "article-text", "article-copy",
           "article-fulltext", "story-body", "story-content", "story-text", "rich-text-body",
           "rich-text-article-body", "gh-content", "post-full-content", "field-name-body",
           "field-body", "node-content", "node-body", "c-entry-content", "td-post-content",
           "article-body-text", "article-body-content", "article-main-body",
           "body-text", "text-copy", "body-copy", "entry-body", "article-entry", "content-article",
           "caas-body", "zn-body", "story-body-companion-column", "article-main-text",
           "main-article-body", "post-single-content", "single-post-content",
           "news-article-body", "inner-post-entry", "art-content", "article-section-body"),
)

#: Forum posts (the message text of each post), engine by engine.
FORUM_POST = vocabulary(
    tokens=("postbody", "postcontent", "message-body", "bb-wrapper", "cooked",
            "message-content", "message-user-content", "ips-comment-content",
            "bbcode-container", "js-post-content-text", "post-content-text"),
    parts=("postbody", "postcontent", "message-body", "message-user-content", "bb-wrapper",
           "cooked", "ips-comment-content", "js-post-body", "js-post-content-text",
           "forum-post-body", "topic-post-body", "crawler-post"),
    patterns=(r"(?:^| )inner(?: [a-z0-9-]+)* msg-[0-9]+(?: |$)",      # SMF: .inner#msg_123
              r"(?:^| )post-message-[0-9]+(?: |$)"),                   # vBulletin 3: #post_message_123
)

#: Words that make a token naming a body part something else
#: (``article-content-header`` is a header, not the body).
NOT_BODY = vocabulary(parts=(
    "header", "head", "footer", "meta", "title", "author", "byline", "sidebar", "nav", "related",
    "share", "sharing", "comments", "comment", "ad", "ads", "promo", "tags", "teaser", "excerpt",
    "summary", "list", "card", "info", "date", "top", "bottom", "rail",
))

#: Forum signatures.
SIGNATURE = vocabulary(
    tokens=("signature", "sig", "signaturecontainer", "c-signature", "post-signature",
            "message-signature", "ips-signature", "user-signature"),
    parts=("signature", "signaturecontainer", "c-signature", "message-signature",
           "post-signature", "sig-container", "user-signature", "ips-signature"),
)

#: Comment sections (WordPress, Disqus, generic).
COMMENTS = vocabulary(
    tokens=("comments", "comment", "commentlist", "comment-list", "comment-body",
            "comment-content", "comments-area", "respond", "responses", "replies",
            "disqus-thread", "discussion", "talkback", "reader-comments"),
    parts=("comments", "comment", "commentlist", "comment-list", "comment-body",
           "comment-content", "comment-text", "comments-area", "comment-respond",
           "disqus-thread", "dsq", "disqus", "fb-comments", "comment-section",
           "user-comments", "reader-comments", "wp-block-comments", "commentlist"),
)

#: Author boxes ("about the author").
AUTHOR_BIO = vocabulary(
    tokens=("author-box", "author-bio", "about-author", "author-info", "author-description",
            "author-details", "byline-bio", "about-the-author"),
    parts=("author-bio", "author-box", "about-author", "author-info", "author-description",
           "author-details", "author-profile", "author-card", "author-about", "authorbox",
           "author-block", "author-section", "post-author-bio",
           "author-meta-box", "saboxplugin", "abh-box", "molongui-author", "ts-fab",
           "author-bio-box", "gh-author", "author-information", "bio-box", "contributor-bio"),
)

#: Blogrolls and link widgets.
BLOGROLL = vocabulary(
    tokens=("blogroll", "xoxo-blogroll", "linkcat", "link-list-widget", "link-list", "blog-list"),
    parts=("blogroll", "widget-links", "linkcat", "widget-link-list", "block-links",
           "friends-links", "friend-links", "partner-links", "links-widget", "widget-blog-list"),
    # Blogger gadgets: class "LinkList"/"BlogList", id "LinkList1"
    patterns=(r"(?:^| )(?:link|blog)-list[0-9]+(?: |$)",),
)

#: Widgets in general (sidebar and footer boxes, Drupal blocks, Blogger gadgets).
WIDGET = vocabulary(
    tokens=("widget", "block", "module", "box", "panel", "gadget"),
    parts=("widget", "wp-block-widget", "block-views", "block-block", "sidebar-box",
           "sidebar-block", "sidebar-widget", "footer-widget", "widget-container",
           "widget-content", "module-box", "side-box", "sidebox"),
)

#: Article meta: bylines, dates, categories, article headers and footers.
ARTICLE_META = vocabulary(
    tokens=("byline", "dateline", "meta", "entry-meta", "post-meta", "article-meta",
            "postmeta", "post-info", "entry-footer", "post-footer", "article-footer",
            "entry-header", "post-header", "article-header", "story-header",
            "article-head", "entry-title", "post-title", "article-title", "headline",
            "page-title", "timestamp"),
    parts=("byline", "entry-meta", "post-meta", "article-meta", "story-meta", "post-info",
           "entry-footer", "post-footer", "article-footer", "story-footer", "entry-header",
           "post-header", "article-header", "story-header", "article-head", "entry-title",
           "post-title", "article-title", "story-title", "posted-on", "post-date",
           "entry-date", "article-date", "publish-date", "timestamp", "dateline",
           "article-info", "article-byline", "story-byline", "author-name", "meta-info",
           "entry-byline", "post-byline", "article-source", "headline"),
)

#: Utility classes that hide an element from sighted readers.
HIDING_CLASSES = vocabulary(
    tokens=("screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden",
            "element-invisible", "hidden", "d-none", "hide", "is-hidden", "u-hidden",
            "invisible", "offscreen", "off-screen", "screen-reader-only", "a11y-hidden",
            "assistive-text", "ui-helper-hidden-accessible", "hide-text", "hidden-text",
            "clip-hidden", "u-visually-hidden", "vh", "sr-text"),
)

#: Responsive helpers: the element is shown at some viewport width.
RESPONSIVE_SHOW = vocabulary(
    parts=("d-sm-block", "d-md-block", "d-lg-block", "d-xl-block", "d-sm-flex", "d-md-flex",
           "d-lg-flex", "d-xl-flex", "d-sm-inline", "d-md-inline", "d-lg-inline",
           "d-sm-inline-block", "d-md-inline-block", "d-lg-inline-block", "visible-xs",
           "visible-sm", "visible-md", "visible-lg", "show-for-small", "show-for-medium",
           "show-for-large", "hidden-xs", "hidden-sm", "hidden-md", "hidden-lg",
           "hide-for-small", "hide-for-medium", "hide-for-large", "md-block", "lg-block"),
)

#: ARIA landmark roles mapped to the region they name.
ROLE_REGIONS: dict[str, str] = {
    "banner": "header",
    "navigation": "navigation",
    "menubar": "navigation",
    "menu": "navigation",
    "main": "main",
    "article": "main",
    "complementary": "sidebar",
    "contentinfo": "footer",
}

#: Headings of sidebar widgets that hold a blogroll, in the major languages.
BLOGROLL_HEADINGS = re.compile(
    r"\b(?:blogroll|blog ?roll|links?|liens|enlaces|collegamenti|partners?|partenaires"
    r"|friends?|amis|amigos|freunde|my favou?rite (?:blogs|sites)|blogs? i (?:read|follow)"
    r"|other blogs|recommended (?:blogs|sites)|resources|useful links|link exchange"
    r"|partnerseiten|linktipps|weblinks|blogs amis|sites amis|enlaces de interés)\b",
    re.IGNORECASE,
)

#: Image sizes (width, height) of the IAB standard ad units.
IAB_SIZES: frozenset[tuple[int, int]] = frozenset({
    (728, 90), (300, 250), (336, 280), (300, 600), (160, 600), (120, 600), (468, 60),
    (320, 50), (320, 100), (970, 90), (970, 250), (250, 250), (200, 200), (180, 150),
    (125, 125), (234, 60), (120, 240), (120, 90), (120, 60), (88, 31), (300, 100),
    (300, 50), (980, 120), (930, 180), (240, 400), (250, 360), (580, 400), (750, 100),
    (750, 200), (750, 300), (300, 1050), (320, 480), (480, 320),
})
