"""Page types (SPEC ``page_type``): what kind of page carries the link.

``article``, ``forum``, ``profile``, ``directory``, ``homepage``, ``listing``
or ``other``, from the markup the page already has (schema.org JSON-LD and
microdata, Open Graph, the class names of blog themes and forum engines), its
URL, and a few measures of its text and links. Pure: a :class:`PageDoc` in,
a type out.

The rules are tried in this order; the first that holds decides (the
``reasons`` of :func:`classify_page` say which):

1. ``profile``: ``ProfilePage`` schema or ``og:type=profile`` (Yoast's
   author archives); or a member or author URL (``/members/x.12/``, ``/u/x``,
   ``/author/x/``, ``memberlist.php?mode=viewprofile``...) on a page with
   profile markup (a forum engine, a member header, an author box,
   WordPress's ``author`` body class, a ``Person`` entity). An article
   under such a path (``/people/star-wins-award/``) with only an author box
   stays an article.
2. ``forum``: a forum engine's markup (phpBB, vBulletin, XenForo, Discourse,
   Invision, SMF, MyBB, bbPress, Vanilla, Flarum: its generator tag, three
   class names of its templates, or its "Powered by" line) or
   ``DiscussionForumPosting`` / ``QAPage`` schema. A forum's board index is
   ``forum`` too.
3. ``listing`` by URL: a search (``?s=``, ``/search?q=``, ``/search/x/``),
   tag, category, label, topic, archive, date archive (``/2019/11/``),
   ``/page/2/``, or a section front (``/blog/``, ``/news/``). This beats
   article markup: Yoast gives category, tag and search pages
   ``og:type=article``.
4. ``homepage``: the site's root (``/``, ``/index.php``, a language root
   such as ``/en/``; no query but tracking or language parameters) or
   WordPress's ``home`` body class.
5. ``listing`` by markup: ``CollectionPage`` / ``SearchResultsPage`` schema
   (without an Article), WordPress's ``archive`` / ``search-results`` /
   ``paged`` body classes, or ``?page=N`` (N >= 2) without article markup.
6. ``directory``, link farm: links to many different sites (25 registered
   domains or more, at least 40% of the page's links, each domain about
   once) with little text besides them (under 60 characters per domain),
   whatever markup the page carries.
7. ``article``, markup: Article-family schema (``Article``, ``NewsArticle``,
   ``BlogPosting``...; not when the page holds four Article items or more:
   those are teasers), ``og:type=article``, ``article:published_time``,
   ``itemprop=articleBody``, WordPress's ``single-post`` body class. The
   Open Graph tags do not count on a WordPress static page (``page-id-N``
   body class): SEO plugins give About and Contact pages ``og:type=article``.
8. ``directory``, declared: directory wording in the title, headings, links
   or path ("submit your site", "add URL", "web directory", "annuaire",
   "Webkatalog", "каталог сайтов"...) on a page linking to 8 domains or more
   with under 300 characters of text per domain.
9. ``article``, heuristics: five clues, or three when the page does not
   look like a list of teasers (rule 10), among a byline, a publication date
   (markup or a full numeric date in the text), an article-body container
   (``entry-content``, ``articleBody``...), an ``<article>`` holding the
   ``<h1>``, a headline (one sentence-long ``<h1>`` the ``<title>``
   repeats), an article-like URL (dated path, long slug,
   ``news_view.php?id=``), and main text of 1,200 characters (one clue) and
   2,500 (another); a WordPress static page loses one.
10. ``listing``, teasers: four ``<article>`` elements or Article items or
    more, six headings linking within the site or more, or ``ItemList``
    schema.
11. ``other``.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from urllib.parse import parse_qsl, unquote, urlsplit

from lxml import etree

from crawler.analysis.document import INVISIBLE_TAGS, PageDoc, iter_visible_text, resolve_href, squash
from crawler.urls import registered_domain

__all__ = ["PAGE_TYPES", "PageTypeResult", "classify_page", "page_type"]

#: Every value :func:`page_type` returns.
PAGE_TYPES = ("article", "forum", "profile", "directory", "homepage", "listing", "other")

ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "socialmediaposting", "report", "scholarlyarticle",
    "techarticle", "opinionnewsarticle", "reportagenewsarticle", "analysisnewsarticle",
    "backgroundnewsarticle", "reviewnewsarticle", "askpublicnewsarticle", "liveblogposting",
    "satiricalarticle", "advertisercontentarticle", "medicalscholarlyarticle", "review",
})
_FORUM_TYPES = frozenset({"discussionforumposting", "qapage"})
_LISTING_TYPES = frozenset({"collectionpage", "searchresultspage"})

#: Forum engines: generator / "powered by" names and the class or id names of their pages.
_FORUM_ENGINES: dict[str, tuple[tuple[str, ...], frozenset[str]]] = {
    "phpbb": (("phpbb",), frozenset({
        "phpbb", "postbody", "postprofile", "topic-actions", "forabg", "forumbg", "topiclist",
        "post-buttons", "postlink", "section-viewtopic", "section-viewforum", "section-index",
    })),
    "vbulletin": (("vbulletin",), frozenset({
        "vbulletin", "postbit", "postbitlegacy", "postcontainer", "postdetails", "postrow",
        "b-post", "threadbit", "forumbit_nopost", "postlist", "vbmenu_control",
    })),
    "xenforo": (("xenforo",), frozenset({
        "xf", "xenforo", "message--post", "bbwrapper", "block--messages", "messagelist",
        "messagetext", "structitem--thread", "p-body-pagecontent", "message-userdetails",
    })),
    "discourse": (("discourse",), frozenset({
        "main-outlet", "topic-body", "topic-post", "crawler-post", "post-stream",
        "topic-list", "crawler-post-meta", "discourse-tags",
    })),
    "invision": (("invision", "ips community", "ipb"), frozenset({
        "ipsapp", "ipscomment", "cpost", "ipstype_richtext", "cauthorpane", "ipsdatalist",
        "ipsbox", "cforumrow", "ipsprofile",
    })),
    "smf": (("smf", "simple machines"), frozenset({
        "post_wrapper", "windowbg", "windowbg2", "keyinfo", "poster", "forumposts",
        "smf", "quickmodform", "smfforum",
    })),
    "mybb": (("mybb",), frozenset({"post_body", "post_author", "tborder", "thead", "trow1", "trow2"})),
    "bbpress": (("bbpress",), frozenset({
        "bbpress", "bbp-reply-content", "bbp-topic-content", "bbp-body", "bbp-replies",
        "bbp-topics", "bbp-forums", "bbp-author-name",
    })),
    "vanilla": (("vanilla",), frozenset({"vanilla", "messagelist", "itemdiscussion", "datalist-discussions", "item-discussion", "discussionsbody"})),
    "flarum": (("flarum",), frozenset({"poststream", "post-body", "discussionpage", "flarum-loading"})),
}
_POWERED_BY = re.compile(
    r"powered by\s+(?:<[^>]*>\s*)*(phpbb|vbulletin|xenforo|invision|smf|simple machines|mybb|"
    r"discourse|bbpress|vanilla|flarum|punbb|fluxbb|nodebb|yabb)|forum software (?:by|from|©)\s+xenforo",
    re.I,
)

_PROFILE_URL = re.compile(
    r"/(?:members?|users?|u|profiles?|people|author|authors|community/profile|forums?/members?)"
    r"/[^/]+(?:/(?:summary|activity|about|profile|posts|page/\d+))?/?$"
    r"|/@[^/]+/?$|/member\.php/\d+[^/]*/?$",
    re.I,
)
#: Forum engines' profile scripts and the query that makes them show a profile.
_PROFILE_SCRIPT = re.compile(r"/(?:member|members|memberlist|profile|user|users|index)\.php$", re.I)
_PROFILE_QUERY = re.compile(
    r"(?:^|[&;])(?:mode=viewprofile|action=profile|u=\d+|uid=\d+|userid=\d+|showuser=\d+)(?:[&;]|$)", re.I)
_PROFILE_TOKENS = frozenset({
    "memberheader", "memberheader-main", "memberheader-name", "member_summary", "memberprofile",
    "member-profile", "userprofile", "user-profile", "profile-header", "profilepage", "profile-page",
    "profile_content", "profileview", "section-memberlist", "memberlist-viewprofile",
    "cprofileheader", "ipsprofile", "user-main", "user-profile-image", "author-info", "author-bio",
    "author-box", "author-profile", "author-description", "author-card", "archive-author",
    "h-card", "vcard", "profile-card", "user-card", "public-profile",
})

_LISTING_PATH = re.compile(
    r"/(?:search|suche|recherche|buscar|cerca|zoeken|szukaj|sok|poisk)(?:/.*)?$"
    r"|/(?:tags?|labels?|schlagwort|etiqueta|etichetta)/[^/]+/?$"
    r"|/(?:category|categories|kategorie|categorie|categoria|rubrique|rubrik)/[^/]+(?:/[^/]+){0,2}/?$"
    r"|/(?:topics?|sections?|series|tema|temas|themen)/[^/]+/?$|/archives?/?$"
    r"|/page/\d+/?$|/(?:19|20)\d\d(?:/[01]?\d(?:/[0-3]?\d)?)?/?$"
    r"|^/(?:blog|news|articles|posts|stories|latest|all-posts)/?$",
    re.I,
)
_SEARCH_PATH = re.compile(r"search|find|results|suche|recherche|busca|cerca|zoek|szukaj", re.I)
_SEARCH_KEYS = frozenset({"q", "query", "search", "keyword", "keywords", "searchword",
                          "search_query", "k", "term", "text"})
_HOME_PATH = re.compile(
    r"^/(?:(?:index|default|home|start|main)(?:\.[a-z0-9]+)?|[a-z]{2}(?:[-_][a-z]{2})?)?/?$", re.I)
_HOME_QUERY_KEYS = frozenset({"lang", "hl", "locale", "l"})

_DIRECTORY_WORDS = re.compile(
    r"submit (?:your |a |new )?(?:site|url|link|website|listing)|add (?:your |a |new )?"
    r"(?:site|url|link|website|listing)|suggest (?:a |your )?(?:site|link|url|website)|"
    r"(?:link|links|web|website|site|blog|seo|free|business) directory|link exchange|"
    r"reciprocal link|webkatalog|seite eintragen|webseite eintragen|link eintragen|"
    r"annuaire|soumettre (?:un|votre) site|ajouter (?:un|votre) site|directorio (?:web|de enlaces)|"
    r"a(?:ñ|n)adir (?:sitio|web|enlace)|directory web|aggiungi (?:sito|link)|"
    r"katalog stron|dodaj stron|добавить сайт|каталог сайтов|каталог ссылок|"
    r"webgids|linkpagina|site toevoegen|adicionar site|diretorio de sites",
    re.I,
)

_BYLINE_TOKENS = frozenset({
    "byline", "by-line", "author", "article-author", "post-author", "entry-author", "author-name",
    "authorname", "byline-author", "story-byline", "article-byline", "writer", "reporter",
    "contributor", "posted-by", "meta-author", "c-byline",
})
_DATE_TOKENS = frozenset({
    "date", "published", "post-date", "entry-date", "posted-on", "pubdate", "timestamp",
    "article-date", "publish-date", "publication-date", "date-published", "updated", "dateline",
    "story-date", "meta-date", "time", "byline-date", "c-byline__item",
})
_BODY_TOKENS = frozenset({
    "articlebody", "article-body", "article_body", "article-content", "article__content",
    "article-text", "articletext", "entry-content", "post-content", "post-body", "postbody",
    "story-body", "story-content", "storybody", "news-content", "newscontent", "news_body",
    "single-content", "blog-post-body", "article__body", "c-entry-content", "td-post-content",
    "main-content-body", "content-body", "text-body", "articlecontent",
})
_DATE_META = frozenset({"date", "pubdate", "publishdate", "publish-date", "dc.date",
                        "dc.date.issued", "dcterms.created", "article.published", "sailthru.date",
                        "parsely-pub-date", "original-publish-date"})
_DATED_URL = re.compile(r"/(?:19|20)\d\d/[01]?\d/(?:[0-3]?\d/)?[^/]+")
_ARTICLE_SCRIPT = re.compile(
    r"/(?:news|article|articles|story|view|read|detail|post|content|board)[\w-]*\.(?:php|html?|aspx?|jsp|cgi)$", re.I)
_ARTICLE_ID = re.compile(
    r"(?:^|&)(?:idx|id|no|aid|nid|sid|article_?id|news_?id|story_?id|seq|num|art|wr_id)=\w+", re.I)
#: A full numeric date in the text (2018-08-25, 25.08.2018, 2018.08.25, 2018년 8월 25일).
_TEXT_DATE = re.compile(
    r"\b(?:(?:19|20)\d\d[-./](?:0?[1-9]|1[0-2])[-./](?:[0-2]?\d|3[01])"
    r"|(?:[0-2]?\d|3[01])\.(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d"
    r"|(?:19|20)\d\d년\s*(?:0?[1-9]|1[0-2])월)\b")
_SLUG_URL = re.compile(r"/[^/]*[a-z0-9]+(?:[-_][a-z0-9]+){3,}[^/]*/?$", re.I)
_SKIP_MAIN = frozenset({"nav", "footer", "aside", "header", "form", "a", "button", "label"})
_INLINE = frozenset({"br", "b", "i", "em", "strong", "span", "font", "u", "small", "sup", "sub",
                     "mark", "abbr", "cite", "q", "code", "wbr"})


@dataclass(frozen=True)
class PageTypeResult:
    """A page type and the rule(s) that gave it (lower_snake_case codes)."""

    page_type: str
    reasons: tuple[str, ...]


def page_type(doc: PageDoc, *, main_text_chars: int | None = None) -> str:
    """The SPEC ``page_type`` of a page (see the module docstring for the rules).

    ``main_text_chars`` is the length of the page's main text when the caller
    has measured it (a content extractor); without it the page's paragraphs are
    measured here.

    >>> html = '<html><head><meta property="og:type" content="article"></head><body></body></html>'
    >>> page_type(PageDoc.from_html(html, "https://blog.example.com/2024/05/my-post/"))
    'article'
    >>> page_type(PageDoc.from_html("<html><body><p>Hi</p></body></html>", "https://example.com/"))
    'homepage'
    """
    return classify_page(doc, main_text_chars=main_text_chars).page_type


def classify_page(doc: PageDoc, *, main_text_chars: int | None = None) -> PageTypeResult:
    """:func:`page_type` with the reasons behind it."""
    facts = _Facts(doc, main_text_chars)
    for rule in (_profile, _forum, _listing_url, _homepage, _listing_markup, _link_farm,
                 _article_markup, _directory_declared, _article_heuristic, _listing_teasers):
        found = rule(facts)
        if found is not None:
            return found
    return PageTypeResult("other", ())


# --------------------------------------------------------------------------- rules

def _profile(facts: _Facts) -> PageTypeResult | None:
    if "profilepage" in facts.page_types:
        return PageTypeResult("profile", ("profile_schema",))
    if facts.og_type == "profile":
        return PageTypeResult("profile", ("og_profile",))
    if not facts.profile_url:
        return None
    strong = "author" in facts.body_classes or "person" in facts.page_types or facts.forum_engine
    if facts.article_markup and not strong:
        return None  # an article under a /people/ or /author/ path that shows an author box
    markup = strong or facts.tokens & _PROFILE_TOKENS
    return PageTypeResult("profile", ("profile_url", "profile_markup")) if markup else None


def _forum(facts: _Facts) -> PageTypeResult | None:
    if facts.page_types & _FORUM_TYPES:
        return PageTypeResult("forum", ("forum_schema",))
    if facts.forum_engine:
        return PageTypeResult("forum", (f"forum_engine_{facts.forum_engine}",))
    return None


def _listing_url(facts: _Facts) -> PageTypeResult | None:
    if facts.search_query:
        return PageTypeResult("listing", ("search_url",))
    if _LISTING_PATH.search(facts.path):
        return PageTypeResult("listing", ("listing_url",))
    return None


def _listing_markup(facts: _Facts) -> PageTypeResult | None:
    if facts.page_types & _LISTING_TYPES and not facts.page_types & ARTICLE_TYPES:
        return PageTypeResult("listing", ("listing_schema",))
    body = facts.body_classes
    if "single" not in body and (body & {"archive", "search-results", "search-no-results", "paged"} or (
            "blog" in body and "home" not in body and not facts.article_markup)):
        return PageTypeResult("listing", ("listing_body_class",))
    if facts.page_number >= 2 and not facts.article_markup:
        return PageTypeResult("listing", ("paged_url",))
    return None


def _homepage(facts: _Facts) -> PageTypeResult | None:
    if facts.home_url:
        return PageTypeResult("homepage", ("root_url",))
    if "home" in facts.body_classes and "single" not in facts.body_classes:
        return PageTypeResult("homepage", ("home_body_class",))
    return None


def _link_farm(facts: _Facts) -> PageTypeResult | None:
    domains = facts.outbound_domains
    outbound, anchors = facts.outbound_links, len(facts.doc.anchors)
    if (domains >= 25 and facts.text_outside_links / domains < 60
            and outbound >= 0.4 * anchors and domains >= 0.5 * outbound):
        return PageTypeResult("directory", ("many_outbound_domains", "little_text"))
    return None


def _article_markup(facts: _Facts) -> PageTypeResult | None:
    return PageTypeResult("article", facts.article_markup) if facts.article_markup else None


def _directory_declared(facts: _Facts) -> PageTypeResult | None:
    domains = facts.outbound_domains
    if domains >= 8 and facts.directory_wording and facts.text_outside_links / domains < 300:
        return PageTypeResult("directory", ("directory_wording", "many_outbound_domains"))
    return None


def _article_heuristic(facts: _Facts) -> PageTypeResult | None:
    reasons = facts.article_clues
    if len(reasons) >= 5 or (len(reasons) >= 3 and not facts.teasers):
        return PageTypeResult("article", reasons)
    return None


def _listing_teasers(facts: _Facts) -> PageTypeResult | None:
    if facts.teasers:
        return PageTypeResult("listing", ("teasers",))
    if "itemlist" in facts.page_types:
        return PageTypeResult("listing", ("item_list_schema",))
    return None


# --------------------------------------------------------------------------- facts

class _Facts:
    """What the rules look at, each measured once and only when asked."""

    def __init__(self, doc: PageDoc, main_text_chars: int | None) -> None:
        self.doc = doc
        self.given_main_text = main_text_chars
        try:
            parts = urlsplit(doc.url)
            self.path = unquote(parts.path) or "/"
            self.query = parts.query
        except ValueError:
            self.path, self.query = "/", ""

    # ---- markup
    @cached_property
    def _scan(self) -> tuple[frozenset[str], frozenset[str], list[str], list[etree._Element],
                             list[etree._Element]]:
        """One walk over the tree: class and id tokens, microdata types,
        ``<article>`` elements, article-body containers."""
        tokens: set[str] = set()
        itemtypes: list[str] = []
        articles: list[etree._Element] = []
        containers: list[etree._Element] = []
        for element in self.doc.root.iter():
            tag = element.tag
            if not isinstance(tag, str):
                continue
            own: list[str] = []
            classes = element.get("class")
            if classes:
                own.extend(classes.lower().split())
            ident = element.get("id")
            if ident:
                own.append(ident.strip().lower())
            if own:
                tokens.update(own)
                if not _BODY_TOKENS.isdisjoint(own):
                    containers.append(element)
            itemtype = element.get("itemtype")
            if itemtype:
                itemtypes.extend(t.rstrip("/").rsplit("/", 1)[-1].lower() for t in itemtype.split())
            if tag == "article":
                articles.append(element)
        body = self.doc.body
        body_classes = frozenset((body.get("class") or "").lower().split()) if body is not None else frozenset()
        return frozenset(tokens), body_classes, itemtypes, articles, containers

    @property
    def tokens(self) -> frozenset[str]:
        return self._scan[0]

    @property
    def body_classes(self) -> frozenset[str]:
        return self._scan[1]

    @cached_property
    def page_types(self) -> frozenset[str]:
        """schema.org types the page declares about itself: JSON-LD top-level
        and ``@graph`` nodes (and their ``mainEntity``), and microdata items."""
        found: set[str] = set(self._scan[2])
        for script in self.doc.root.iter("script"):
            if (script.get("type") or "").strip().lower() != "application/ld+json":
                continue
            found.update(_jsonld_types(script.text or ""))
        return frozenset(found)

    @cached_property
    def article_items(self) -> int:
        """Microdata Article-family items on the page."""
        return sum(1 for kind in self._scan[2] if kind in ARTICLE_TYPES)

    @cached_property
    def _metas(self) -> dict[str, str]:
        metas: dict[str, str] = {}
        for meta in self.doc.root.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").strip().lower()
            if key and key not in metas:
                metas[key] = (meta.get("content") or "").strip()
        return metas

    @property
    def og_type(self) -> str:
        return self._metas.get("og:type", "").lower()

    @cached_property
    def forum_engine(self) -> str | None:
        generator = " ".join(value.lower() for key, value in self._metas.items() if key == "generator")
        html_id = (self.doc.root.get("id") or "").lower()
        if html_id in ("xf", "xenforo"):
            return "xenforo"
        for engine, (names, _) in _FORUM_ENGINES.items():
            if any(name in generator for name in names):
                return engine
        for engine, (_, marks) in _FORUM_ENGINES.items():
            if len(self.tokens & marks) >= 3:
                return engine
        match = _POWERED_BY.search(self.doc.visible_text[-3000:])
        if match:
            name = (match.group(1) or "xenforo").lower()
            return {"simple machines": "smf"}.get(name, name)
        return None

    # ---- URL
    @cached_property
    def _query_pairs(self) -> list[tuple[str, str]]:
        return [(key.lower(), value) for key, value in parse_qsl(self.query, keep_blank_values=True)]

    @property
    def profile_url(self) -> bool:
        if _PROFILE_URL.search(self.path):
            return True
        return bool(self.query and _PROFILE_SCRIPT.search(self.path) and _PROFILE_QUERY.search(self.query))

    @property
    def search_query(self) -> bool:
        for key, value in self._query_pairs:
            if not value.strip():
                continue
            if key == "s" or (key in _SEARCH_KEYS and (self.path in ("", "/") or _SEARCH_PATH.search(self.path))):
                return True
        return False

    @property
    def page_number(self) -> int:
        for key, value in self._query_pairs:
            if key in ("page", "paged", "pg") and value.isdigit():
                return int(value)
        return 0

    @property
    def home_url(self) -> bool:
        keys = {key for key, _ in self._query_pairs if not key.startswith("utm_")}
        return bool(_HOME_PATH.match(self.path)) and keys <= _HOME_QUERY_KEYS

    # ---- links and text
    @cached_property
    def _link_measures(self) -> tuple[int, int, int]:
        """Outbound links, their distinct registered domains, characters of link text."""
        own = registered_domain(self.doc.url)
        domains: set[str] = set()
        outbound = link_chars = 0
        for anchor in self.doc.anchors:
            link_chars += len(anchor.text)
            if anchor.url is None:
                continue
            domain = registered_domain(anchor.url)
            if domain and domain != own:
                outbound += 1
                domains.add(domain)
        return outbound, len(domains), link_chars

    @property
    def outbound_links(self) -> int:
        return self._link_measures[0]

    @property
    def outbound_domains(self) -> int:
        return self._link_measures[1]

    @property
    def text_outside_links(self) -> int:
        return max(0, len(self.doc.visible_text) - self._link_measures[2])

    @cached_property
    def directory_wording(self) -> bool:
        title = " ".join(squash(t.text) for t in self.doc.root.iter("title"))
        headings = " ".join(squash(" ".join(h.itertext())) for h in self.doc.root.iter("h1", "h2"))
        links = " ".join(anchor.text for anchor in self.doc.anchors)
        return bool(_DIRECTORY_WORDS.search(f"{title} {headings} {links} {self.path}"))

    @cached_property
    def main_text(self) -> int:
        if self.given_main_text is not None:
            return self.given_main_text
        in_containers = max((len(squash(" ".join(iter_visible_text(element))))
                             for element in self._scan[4]), default=0)
        return max(_main_text_chars(self.doc.body), in_containers)

    # ---- articles
    @cached_property
    def article_markup(self) -> tuple[str, ...]:
        reasons = []
        if self.page_types & ARTICLE_TYPES and self.article_items <= 3:
            reasons.append("article_schema")
        # WordPress SEO plugins give static pages (About, Contact) og:type=article too
        if not self.wordpress_page:
            if self.og_type in ("article", "blog", "news", "newsarticle"):
                reasons.append("og_article")
            if "article:published_time" in self._metas:
                reasons.append("article_published_time")
        if "articlebody" in self._itemprops:
            reasons.append("article_body_itemprop")
        if "single-post" in self.body_classes:
            reasons.append("single_post_body_class")
        return tuple(reasons)

    @cached_property
    def _itemprops(self) -> frozenset[str]:
        return frozenset(
            prop.lower() for element in self.doc.root.xpath("//*[@itemprop]")
            for prop in (element.get("itemprop") or "").split()
        )

    @cached_property
    def article_clues(self) -> tuple[str, ...]:
        clues: list[str] = []
        tokens = self.tokens
        metas = self._metas
        if (tokens & _BYLINE_TOKENS or "author" in self._itemprops or metas.get("author")
                or self.doc.root.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' author ')]")):
            clues.append("byline")
        if (tokens & _DATE_TOKENS or self._itemprops & {"datepublished", "datecreated"}
                or _DATE_META & metas.keys() or self.doc.root.xpath("//time[@datetime or @pubdate]")
                or _TEXT_DATE.search(self.doc.visible_text[:6000])):
            clues.append("date")
        if tokens & _BODY_TOKENS:
            clues.append("article_body")
        if any(article.xpath(".//h1") for article in self._scan[3]):
            clues.append("article_heading")
        if self.headline:
            clues.append("headline")
        if (_DATED_URL.search(self.path) or _SLUG_URL.search(self.path)
                or (_ARTICLE_SCRIPT.search(self.path) and _ARTICLE_ID.search(self.query))):
            clues.append("article_url")
        if self.main_text >= 1200:
            clues.append("long_text")
        if self.main_text >= 2500:
            clues.append("very_long_text")
        if self.wordpress_page:
            clues = clues[:-1]
        return tuple(clues)

    @property
    def wordpress_page(self) -> bool:
        """A WordPress static page (About, Contact): ``page-id-N`` body class."""
        body = self.body_classes
        return "single" not in body and any(token.startswith("page-id-") for token in body)

    @cached_property
    def headline(self) -> bool:
        """The page has one ``<h1>``, sentence-long, that its ``<title>`` repeats
        (an article's headline; a listing's ``<h1>`` is a short section name)."""
        headings = [text for text in (_plain(" ".join(h.itertext())) for h in self.doc.root.iter("h1")) if text]
        if len(headings) != 1:
            return False
        heading = headings[0]
        title = _plain(" ".join(t.text or "" for t in self.doc.root.iter("title")))
        return len(heading) >= 25 and len(heading.split()) >= 4 and heading in title

    @cached_property
    def teasers(self) -> bool:
        if len(self._scan[3]) >= 4 or self.article_items >= 4:
            return True
        own = registered_domain(self.doc.url)
        linked_headings = 0
        for heading in self.doc.root.iter("h2", "h3"):
            link = next(heading.iter("a"), None)
            url = resolve_href(self.doc.base_url, (link.get("href") or "").strip()) if link is not None else None
            if url and registered_domain(url) == own:
                linked_headings += 1
        return linked_headings >= 6


def _plain(text: str) -> str:
    """Lower-case words of ``text`` joined by single spaces (quotes and punctuation dropped)."""
    return " ".join(re.findall(r"\w+", text.casefold()))


def _jsonld_types(text: str) -> Iterator[str]:
    """Lower-cased ``@type`` values of a JSON-LD block's page-level nodes; a
    block that is not valid JSON is searched for ``"@type"`` strings."""
    try:
        data = json.loads(text.strip().rstrip(";"), strict=False)
    except (json.JSONDecodeError, RecursionError):
        yield from (kind.lower() for kind in re.findall(r'"@type"\s*:\s*"([^"]+)"', text))
        return
    nodes = data if isinstance(data, list) else [data]
    for node in nodes:
        if not isinstance(node, dict):
            continue
        graph = node.get("@graph")
        members = graph if isinstance(graph, list) else [node]
        for member in members:
            if not isinstance(member, dict):
                continue
            yield from _types_of(member)
            main = member.get("mainEntity")
            for entity in (main if isinstance(main, list) else [main]):
                if isinstance(entity, dict):
                    yield from _types_of(entity)


def _types_of(node: dict) -> Iterator[str]:
    kind = node.get("@type")
    for value in (kind if isinstance(kind, list) else [kind]):
        if isinstance(value, str):
            yield value.rstrip("/").rsplit("/", 1)[-1].lower()


def _main_text_chars(body: etree._Element) -> int:
    """Characters of main text: the larger of the paragraphs' text (outside
    navigation, headers, footers, asides and forms) and the largest block of
    loose text (text split by ``<br>`` in one container)."""
    paragraphs = 0
    largest_block = 0
    for element in body.iter():
        tag = element.tag
        if not isinstance(tag, str) or tag in _SKIP_MAIN or tag in _INLINE or tag in INVISIBLE_TAGS:
            continue
        if tag == "p":
            if any(ancestor.tag in _SKIP_MAIN for ancestor in element.iterancestors()):
                continue
            length = len(squash(" ".join(element.itertext())))
            if length >= 30:
                paragraphs += length
            continue
        own = len((element.text or "").strip())
        for child in element:
            if isinstance(child.tag, str) and child.tag in _INLINE:
                own += len(squash(" ".join(child.itertext()))) + len((child.tail or "").strip())
            elif child.tail:
                own += len(child.tail.strip())
        largest_block = max(largest_block, own)
    return max(paragraphs, largest_block)
