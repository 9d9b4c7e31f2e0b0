"""Where links sit (``position``), the text around them and the page's main
text: :class:`crawler.analysis.layout.LinkLayout` on the themed fixture
pages of ``tests/web/sites`` and on small pages built for one rule each."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from crawler.analysis.document import PageDoc
from crawler.analysis.layout import LinkLayout
from crawler.analysis.position import POSITIONS, decide_position

SITES = Path(__file__).parent / "web" / "sites"
SHOP = "https://www.happy-paws-shop.com/"

WP_BLOCK = "https://www.pawprint-diaries.com/2024/03/best-dog-toys-heavy-chewers/"
WP_CLASSIC = "https://www.kittenkorner-blog.com/caring-for-senior-cats/"
BLOGGER = "https://dogwalkers-journal.blogspot.com/2024/02/winter-walks-with-older-dogs.html"
GHOST = "https://www.tailwagger-notes.com/puppy-training-first-four-weeks/"
DRUPAL = "https://www.petcare-association.org/news/vaccination-guide-new-pet-owners"
PHPBB = "https://forum.reefkeepers-hub.net/led-vs-t5-for-a-mixed-reef-t1234.html"
VBULLETIN = "https://www.birdwatchers-lounge.com/forum/showthread.php/4521-Best-binoculars-for-beginners"
XENFORO = "https://www.hamster-haven-forum.com/threads/cage-size-question.8812/"
DISCOURSE = "https://community.horsekeepers-forum.org/t/hay-feeder-recommendations/5521"
DISCOURSE_RENDERED = "https://community.horsekeepers-forum.org/rendered/t/hay-feeder-recommendations/5521"
INVISION = "https://www.ferret-friends-community.com/topic/3321-litter-training-tips/"
SMF = "https://www.rabbit-owners-forum.net/index.php/topic,1200.0.html"
NEWS = "https://www.petnews-herald.com/news/2024/05/12/shelter-adoptions-rise-as-rents-fall/"
TABLES = "https://www.oldschool-petlinks.com/articles/feeding-goldfish.html"
LINKS_PAGE = "https://www.oldschool-petlinks.com/links.html"


def fixture_file(url: str) -> Path:
    """The file the local test web serves for ``url`` (docs/DEVELOPING.md)."""
    parts = urlsplit(url)
    base = SITES / parts.hostname
    path = unquote(parts.path).lstrip("/")
    if not path or path.endswith("/"):
        return base / path / "index.html"
    for candidate in (base / path, base / f"{path}.html", base / path / "index.html"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(url)


@lru_cache(maxsize=None)
def page(url: str) -> tuple[PageDoc, LinkLayout]:
    """The fixture page at ``url``, parsed once, and its layout."""
    doc = PageDoc.from_html(fixture_file(url).read_text(encoding="utf-8"), url)
    return doc, LinkLayout(doc)


def link(url: str, href: str):
    """The one link on page ``url`` whose resolved URL is ``href`` (a path is
    taken relative to the shop)."""
    doc, _ = page(url)
    wanted = href if "://" in href else SHOP + href.lstrip("/")
    found = [a for a in doc.anchors if a.url == wanted]
    assert len(found) == 1, f"{len(found)} links to {wanted} on {url}"
    return found[0]


def html_layout(body: str, head: str = "") -> tuple[PageDoc, LinkLayout]:
    doc = PageDoc.from_html(f"<html><head>{head}</head><body>{body}</body></html>",
                            "https://www.example-blog.com/post/")
    return doc, LinkLayout(doc)


PROSE = ("<p>Our old terrier has slowed down a lot this winter, so we changed his walks, his "
         "bed and his food, and we wrote down everything that helped him along the way.</p>") * 3

POSITION_CASES = [
    # WordPress block theme (twentytwentyfour markup)
    (WP_BLOCK, "?ref=pawprint-menu", "navigation"),
    (WP_BLOCK, "toys/indestructible-chew-ring", "content"),
    (WP_BLOCK, "?ref=comment-author", "sidebar"),
    (WP_BLOCK, "toys/rope-tug?ref=comment-body", "sidebar"),
    (WP_BLOCK, "?ref=pawprint-footer", "footer"),
    (WP_BLOCK, "https://www.pawprint-diaries.com/author/jenna/", "header"),
    (WP_BLOCK, "https://www.pawprint-diaries.com/tag/chew-toys/", "navigation"),
    (WP_BLOCK, "https://www.pawprint-diaries.com/2024/02/crate-training-week-one/", "navigation"),
    # WordPress classic theme (twentysixteen markup) with a widget sidebar
    (WP_CLASSIC, "cat-food/senior-salmon", "content"),
    (WP_CLASSIC, "cats/senior/?ref=kk-resources", "content"),
    (WP_CLASSIC, "?ref=author-bio", "sidebar"),
    (WP_CLASSIC, "?ref=kk-comment-author", "sidebar"),
    (WP_CLASSIC, "cat-food/senior-chicken?ref=kk-comment", "sidebar"),
    (WP_CLASSIC, "?utm_source=kittenkorner&utm_medium=banner", "sidebar"),
    (WP_CLASSIC, "?ref=kk-recent-comments", "sidebar"),
    (WP_CLASSIC, "?ref=kk-blogroll", "sidebar"),
    (WP_CLASSIC, "?ref=kk-text-widget", "sidebar"),
    (WP_CLASSIC, "?ref=kk-footer-credit", "footer"),
    (WP_CLASSIC, "https://www.kittenkorner-blog.com/category/food/", "navigation"),
    (WP_CLASSIC, "https://www.kittenkorner-blog.com/tag/senior-cats/", "navigation"),
    # Blogger (Simple template)
    (BLOGGER, "?ref=blogger-header", "header"),
    (BLOGGER, "coats/fleece-lined-winter-coat", "content"),
    (BLOGGER, "?ref=blogger-comment-author", "sidebar"),
    (BLOGGER, "care/paw-balm?ref=blogger-comment", "sidebar"),
    (BLOGGER, "?ref=blogger-linklist", "sidebar"),
    (BLOGGER, "?ref=blogger-html-widget", "sidebar"),
    (BLOGGER, "?ref=blogger-footer", "footer"),
    (BLOGGER, "https://dogwalkers-journal.blogspot.com/search/label/winter", "navigation"),
    (BLOGGER, "https://dogwalkers-journal.blogspot.com/2024/02/muddy-paws.html", "navigation"),
    # Ghost (Casper)
    (GHOST, "?ref=ghost-nav", "navigation"),
    (GHOST, "training/clicker-kit", "content"),
    (GHOST, "training/treat-pouch", "content"),
    (GHOST, "?ref=ghost-read-more", "sidebar"),
    (GHOST, "?ref=ghost-footer", "footer"),
    (GHOST, "https://unsplash.com/@annaphoto", "header"),
    # Drupal (Bartik)
    (DRUPAL, "?ref=drupal-menu", "navigation"),
    (DRUPAL, "health/vaccination-record-booklet", "content"),
    (DRUPAL, "?ref=drupal-partners", "sidebar"),
    (DRUPAL, "?ref=drupal-footer", "footer"),
    (DRUPAL, "https://www.petcare-association.org/taxonomy/term/4", "navigation"),
    (DRUPAL, "https://www.petcare-association.org/user/3", "header"),
    # forums
    (PHPBB, "aquarium/led-reef-light-pro", "content"),
    (PHPBB, "?ref=phpbb-signature", "sidebar"),
    (PHPBB, "?ref=phpbb-footer", "footer"),
    (PHPBB, "https://forum.reefkeepers-hub.net/app.php/help/faq", "navigation"),
    (VBULLETIN, "?utm_source=birdwatchers&utm_medium=leaderboard", "header"),
    (VBULLETIN, "?ref=vb-navbar", "navigation"),
    (VBULLETIN, "birding/8x42-binoculars-roof-prism", "content"),
    (VBULLETIN, "?ref=vb-signature", "sidebar"),
    (VBULLETIN, "?ref=vb-footer", "footer"),
    (XENFORO, "small-pets/?ref=xf-nav", "navigation"),
    (XENFORO, "small-pets/hamster-cage-xl-100cm", "content"),
    (XENFORO, "?ref=xf-signature", "sidebar"),
    (XENFORO, "?ref=xf-sidebar-sponsor", "sidebar"),
    (XENFORO, "?ref=xf-footer", "footer"),
    (DISCOURSE, "equine/slow-feeder-hay-net-small-holes", "content"),
    (DISCOURSE, "?ref=discourse-footer", "footer"),
    (DISCOURSE, "https://community.horsekeepers-forum.org/tag/feeding", "navigation"),
    (DISCOURSE_RENDERED, "equine/slow-feeder-hay-net-small-holes", "content"),
    (DISCOURSE_RENDERED, "equine/?ref=discourse-sidebar", "sidebar"),
    (INVISION, "ferrets/?ref=ips-nav", "navigation"),
    (INVISION, "ferrets/high-back-corner-litter-tray", "content"),
    (INVISION, "?ref=ips-signature", "sidebar"),
    (INVISION, "?ref=ips-footer", "footer"),
    (SMF, "rabbits/?ref=smf-menu", "navigation"),
    (SMF, "rabbits/second-cut-timothy-hay", "content"),
    (SMF, "?ref=smf-signature", "sidebar"),
    (SMF, "?ref=smf-footer", "footer"),
    # a news article: related stories, trending, newsletter, share bar, ads
    (NEWS, "?utm_source=petnewsherald&utm_medium=display&utm_campaign=leaderboard", "header"),
    (NEWS, "?ref=petnews-nav", "navigation"),
    (NEWS, "https://www.petnews-herald.com/news/2024/05/10/heatwave-dog-walks/", "header"),
    (NEWS, "new-owners/starter-kit", "content"),
    (NEWS, "https://www.petnews-herald.com/news/2024/04/02/tenancy-reform-pets/", "sidebar"),
    (NEWS, "?ref=petnews-newsletter-box", "sidebar"),
    (NEWS, "https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.petnews-herald.com"
           "%2Fnews%2F2024%2F05%2F12%2Fshelter-adoptions-rise-as-rents-fall%2F", "sidebar"),
    (NEWS, "https://www.petnews-herald.com/topics/adoption/", "navigation"),
    (NEWS, "?ref=petnews-author-bio", "sidebar"),
    (NEWS, "new-owners/?ref=petnews-related", "sidebar"),
    (NEWS, "?utm_source=petnewsherald&utm_medium=display&utm_campaign=mpu", "sidebar"),
    (NEWS, "?ref=petnews-footer", "footer"),
    # no semantic markup at all: a table layout, and a page of links
    (TABLES, "?ref=oldschool-top", "header"),
    (TABLES, "?ref=oldschool-left-column", "navigation"),
    (TABLES, "fish/goldfish-sinking-pellets", "content"),
    (TABLES, "?ref=oldschool-bottom", "footer"),
    (LINKS_PAGE, "dogs/?ref=oldschool-links", "content"),
]


@pytest.mark.parametrize("url, href, expected", POSITION_CASES)
def test_position_on_themed_pages(url, href, expected):
    _, layout = page(url)
    assert layout.position(link(url, href)) == expected


def test_every_link_of_every_fixture_gets_a_position():
    for url in {case[0] for case in POSITION_CASES}:
        doc, layout = page(url)
        assert {layout.position(a) for a in doc.anchors} <= set(POSITIONS)


@pytest.mark.parametrize("url, body_class", [
    (WP_BLOCK, "entry-content"), (WP_CLASSIC, "entry-content"), (BLOGGER, "post-body"),
    (GHOST, "gh-content"), (DRUPAL, "field--name-body"), (NEWS, "article-body"),
])
def test_main_element_is_the_theme_body(url, body_class):
    _, layout = page(url)
    assert layout.body_from_markup
    assert body_class in layout.main_element.get("class").split()


def test_forum_threads_take_their_posts_as_content():
    for url in (PHPBB, VBULLETIN, XENFORO, DISCOURSE, INVISION, SMF):
        _, layout = page(url)
        assert layout.forum, url
    assert not page(NEWS)[1].forum


def test_table_layout_found_by_text_density():
    doc, layout = page(TABLES)
    assert not layout.body_from_markup
    assert "overfeeding is the number one cause of cloudy water" in layout.main_text
    assert "Your guide to pets on the web" not in layout.main_text


def test_aria_roles_without_semantic_tags():
    doc, layout = html_layout(
        '<div role="banner"><a href="/logo">Logo</a></div>'
        '<div role="navigation"><a href="/a">A</a> <a href="/b">B</a></div>'
        f'<div role="main"><div class="copy">{PROSE}<p>See <a href="{SHOP}x">the shop</a>.</p></div></div>'
        '<div role="complementary"><a href="/c">C</a></div>'
        '<div role="contentinfo"><a href="/d">D</a></div>')
    assert [layout.position(a) for a in doc.anchors] == [
        "header", "navigation", "navigation", "content", "sidebar", "footer"]


def test_a_wrapper_named_after_its_sidebar_is_not_a_sidebar():
    doc, layout = html_layout(
        f'<div class="content-sidebar-wrap has-sidebar"><main class="content"><article>'
        f'<div class="entry-content">{PROSE}<p>We buy from <a href="{SHOP}a">Happy Paws</a>.</p>'
        f'</div></article></main><aside class="sidebar"><a href="{SHOP}b">Shop</a></aside></div>')
    assert [layout.position(a) for a in doc.anchors] == ["content", "sidebar"]


def test_headers_and_footers_inside_quotes_stay_content():
    doc, layout = html_layout(
        f'<div class="post-body">{PROSE}<blockquote class="twitter-tweet"><p>So true '
        f'<a href="{SHOP}t">pic</a></p><footer>&mdash; Someone <a href="{SHOP}u">(@someone)</a>'
        '</footer></blockquote></div>')
    assert [layout.position(a) for a in doc.anchors] == ["content", "content"]


def test_share_and_related_blocks_inside_the_body_are_not_content():
    doc, layout = html_layout(
        f'<article><div class="entry-content">{PROSE}'
        f'<div class="sharedaddy sd-sharing-enabled"><a href="{SHOP}s">Share</a></div>'
        f'<div id="jp-relatedposts" class="jp-relatedposts"><a href="{SHOP}r">Related post</a></div>'
        f'<p>Read <a href="{SHOP}e">our review</a>.</p></div></article>')
    assert [layout.position(a) for a in doc.anchors] == ["sidebar", "sidebar", "content"]


def test_density_finds_the_text_among_unnamed_divs():
    doc, layout = html_layout(
        '<div><div><a href="/1">One</a> <a href="/2">Two</a> <a href="/3">Three</a> '
        '<a href="/4">Four</a></div>'
        f'<div><div>{PROSE}<p>Try <a href="{SHOP}d">this bed</a> for old dogs, it helped.</p></div></div>'
        '<div>&copy; 2024 <a href="/imprint">Imprint</a></div></div>')
    positions = [layout.position(a) for a in doc.anchors]
    assert positions == ["navigation"] * 4 + ["content", "footer"]


def test_page_without_any_body_text_keeps_links_as_content():
    doc, layout = html_layout('<a href="/a">A</a> <a href="/b">B</a>')
    assert layout.main_element is None
    assert {layout.position(a) for a in doc.anchors} == {"content"}


def test_decide_position_precedence():
    # a footer around a share bar wins; a menu inside the header is navigation
    assert decide_position([None, "share", None, "footer"], None,
                           order="after") == "footer"
    assert decide_position([None, "navigation", "header"], None,
                           order="before") == "navigation"
    # a signature inside a forum post is still the post's complement
    assert decide_position([None, "forum", "complement"], None,
                           order="none") == "sidebar"
    # unmarked links go by where they stand relative to the content
    assert decide_position([None, None], None, order="before") == "header"
    assert decide_position([None, None], None, order="after") == "footer"
    assert decide_position([None, None], None, order="before",
                           menu=True) == "navigation"


# -- surrounding text ------------------------------------------------------------

def test_surrounding_text_is_the_paragraph_around_the_link():
    _, layout = page(WP_BLOCK)
    text = layout.surrounding_text(link(WP_BLOCK, "toys/indestructible-chew-ring"))
    assert text.startswith("The clear winner was the natural rubber chew ring from Happy Paws, which")
    assert "Biscuit is a three-year-old" not in text       # the paragraph before is not read


def test_surrounding_text_is_bounded_on_each_side():
    doc, layout = html_layout(
        "<p>" + "word " * 300 + f'<a href="{SHOP}m">middle link</a>' + " more" * 300 + "</p>")
    text = layout.surrounding_text(doc.anchors[0], chars=100)
    before, _, after = text.partition("middle link")
    assert 60 <= len(before.strip()) <= 100 and 60 <= len(after.strip()) <= 100
    assert before.strip().startswith("word") and after.strip().endswith("more")


def test_surrounding_text_widens_a_bare_list_item_and_skips_scripts():
    doc, layout = html_layout(
        f'<div class="widget"><h2>Friends of the blog</h2><ul><li><a href="{SHOP}f">Happy Paws</a>'
        '</li><li><a href="/x">Another blog</a><script>var x = 1;</script></li></ul></div>')
    assert layout.surrounding_text(doc.anchors[0]) == "Friends of the blog Happy Paws Another blog"


def test_surrounding_text_keeps_inline_words_together():
    doc, layout = html_layout(f'<p>Buy at <a href="{SHOP}h"><b>Happy</b>Paws</a>, today.</p>')
    assert layout.surrounding_text(doc.anchors[0]) == "Buy at HappyPaws, today."


# -- main text -------------------------------------------------------------------

def test_main_text_is_the_body_without_boilerplate():
    _, layout = page(NEWS)
    assert layout.main_text.startswith("Animal shelters across the country")
    for boilerplate in ("Most read", "Pet News Herald Ltd", "Trending", "Why older dogs"):
        assert boilerplate not in layout.main_text


def test_main_text_is_bounded():
    doc, layout = html_layout('<div class="entry-content">' + PROSE * 200 + "</div>")
    assert 15_000 <= len(layout.main_text) <= 20_000


def test_layout_accepts_anchor_or_element():
    doc, layout = page(GHOST)
    anchor = link(GHOST, "training/clicker-kit")
    assert layout.position(anchor.element) == layout.position(anchor) == "content"
    assert layout.context(anchor.element) == "editorial"
