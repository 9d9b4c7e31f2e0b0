"""What kind of block holds a link (``context``): the themed fixture pages
of ``tests/web/sites`` and small pages built for one rule each."""
from __future__ import annotations

import pytest

from crawler.analysis.context import CONTEXTS
from tests.test_analysis_position import (
    BLOGGER, DISCOURSE, DISCOURSE_RENDERED, DRUPAL, GHOST, INVISION, LINKS_PAGE, NEWS, PHPBB,
    SHOP, SMF, TABLES, VBULLETIN, WP_BLOCK, WP_CLASSIC, XENFORO, html_layout, link, page)

CONTEXT_CASES = [
    (WP_BLOCK, "toys/indestructible-chew-ring", "editorial"),
    (WP_BLOCK, "?ref=comment-author", "comment"),
    (WP_BLOCK, "toys/rope-tug?ref=comment-body", "comment"),
    (WP_BLOCK, "?ref=pawprint-menu", "other"),
    (WP_BLOCK, "?ref=pawprint-footer", "other"),
    (WP_CLASSIC, "cat-food/senior-salmon", "editorial"),
    (WP_CLASSIC, "cats/senior/?ref=kk-resources", "link_list"),
    (WP_CLASSIC, "?ref=author-bio", "author_bio"),
    (WP_CLASSIC, "?ref=kk-comment-author", "comment"),
    (WP_CLASSIC, "cat-food/senior-chicken?ref=kk-comment", "comment"),
    (WP_CLASSIC, "?utm_source=kittenkorner&utm_medium=banner", "banner"),
    (WP_CLASSIC, "?ref=kk-recent-comments", "widget"),
    (WP_CLASSIC, "?ref=kk-blogroll", "blogroll"),
    (WP_CLASSIC, "?ref=kk-text-widget", "widget"),
    (WP_CLASSIC, "?ref=kk-footer-credit", "other"),
    (BLOGGER, "coats/fleece-lined-winter-coat", "editorial"),
    (BLOGGER, "?ref=blogger-comment-author", "comment"),
    (BLOGGER, "care/paw-balm?ref=blogger-comment", "comment"),
    (BLOGGER, "?ref=blogger-linklist", "blogroll"),
    (BLOGGER, "?ref=blogger-html-widget", "widget"),
    (BLOGGER, "?ref=blogger-header", "other"),
    (GHOST, "training/clicker-kit", "editorial"),
    (GHOST, "training/treat-pouch", "editorial"),
    (GHOST, "?ref=ghost-read-more", "widget"),
    (GHOST, "?ref=ghost-nav", "other"),
    (GHOST, "?ref=ghost-footer", "other"),
    (DRUPAL, "health/vaccination-record-booklet", "editorial"),
    (DRUPAL, "?ref=drupal-partners", "blogroll"),
    (DRUPAL, "?ref=drupal-footer", "widget"),
    (DRUPAL, "?ref=drupal-menu", "other"),
    (PHPBB, "aquarium/led-reef-light-pro", "forum_post"),
    (PHPBB, "?ref=phpbb-signature", "signature"),
    (PHPBB, "?ref=phpbb-footer", "other"),
    (VBULLETIN, "?utm_source=birdwatchers&utm_medium=leaderboard", "banner"),
    (VBULLETIN, "birding/8x42-binoculars-roof-prism", "forum_post"),
    (VBULLETIN, "?ref=vb-signature", "signature"),
    (XENFORO, "small-pets/hamster-cage-xl-100cm", "forum_post"),
    (XENFORO, "?ref=xf-signature", "signature"),
    (XENFORO, "?ref=xf-sidebar-sponsor", "banner"),
    (XENFORO, "?ref=xf-footer", "other"),
    (DISCOURSE, "equine/slow-feeder-hay-net-small-holes", "forum_post"),
    (DISCOURSE_RENDERED, "equine/slow-feeder-hay-net-small-holes", "forum_post"),
    (DISCOURSE_RENDERED, "equine/?ref=discourse-sidebar", "widget"),
    (INVISION, "ferrets/high-back-corner-litter-tray", "forum_post"),
    (INVISION, "?ref=ips-signature", "signature"),
    (SMF, "rabbits/second-cut-timothy-hay", "forum_post"),
    (SMF, "?ref=smf-signature", "signature"),
    (NEWS, "new-owners/starter-kit", "editorial"),
    (NEWS, "?utm_source=petnewsherald&utm_medium=display&utm_campaign=leaderboard", "banner"),
    (NEWS, "?utm_source=petnewsherald&utm_medium=display&utm_campaign=mpu", "banner"),
    (NEWS, "?ref=petnews-author-bio", "author_bio"),
    (NEWS, "new-owners/?ref=petnews-related", "widget"),
    (NEWS, "?ref=petnews-newsletter-box", "widget"),
    (NEWS, "?ref=petnews-nav", "other"),
    (NEWS, "?ref=petnews-footer", "other"),
    (TABLES, "fish/goldfish-sinking-pellets", "editorial"),
    (TABLES, "?ref=oldschool-left-column", "other"),
    (LINKS_PAGE, "dogs/?ref=oldschool-links", "link_list"),
    (LINKS_PAGE, "cats/?ref=oldschool-links", "link_list"),
]


@pytest.mark.parametrize("url, href, expected", CONTEXT_CASES)
def test_context_on_themed_pages(url, href, expected):
    _, layout = page(url)
    assert layout.context(link(url, href)) == expected


def test_every_value_is_exercised_by_the_fixtures():
    assert {case[2] for case in CONTEXT_CASES} == set(CONTEXTS)


def test_every_link_of_every_fixture_gets_a_context():
    for url in {case[0] for case in CONTEXT_CASES}:
        doc, layout = page(url)
        assert {layout.context(a) for a in doc.anchors} <= set(CONTEXTS)


PROSE = ("<p>We switched our spaniel to a raw diet last spring. It took three weeks, a lot of "
         "patience and a freezer full of minced chicken, but her coat has never looked better.</p>") * 3


def test_disqus_thread_is_a_comment_section():
    # the Disqus WordPress plugin's server-side copy of the comments
    doc, layout = html_layout(
        f'<article><div class="entry-content">{PROSE}</div></article>'
        '<div id="disqus_thread"><div id="dsq-content"><ul id="dsq-comments">'
        '<li class="comment" id="dsq-comment-4711"><div id="dsq-comment-header-4711" '
        'class="dsq-comment-header"><cite id="dsq-cite-4711"><a id="dsq-author-user-4711" '
        f'href="{SHOP}a" target="_blank" rel="nofollow">Happy Paws</a></cite></div>'
        '<div id="dsq-comment-body-4711" class="dsq-comment-body"><div id="dsq-comment-message-4711" '
        f'class="dsq-comment-message"><p>Thanks! <a href="{SHOP}d">our beds</a></p></div></div></li>'
        '</ul></div><noscript><p><a href="https://disqus.com/?ref_noscript">Please enable JavaScript '
        'to view the comments powered by Disqus.</a></p></noscript></div>')
    assert [layout.context(a) for a in doc.anchors] == ["comment"] * 3
    assert [layout.position(a) for a in doc.anchors] == ["sidebar"] * 3


def test_schema_org_comment_is_a_comment():
    doc, layout = html_layout(
        f'<div class="story">{PROSE}</div><section><div itemscope itemtype="https://schema.org/Comment">'
        f'<span itemprop="text">Nice one, see <a href="{SHOP}c">my shop</a></span></div></section>')
    assert layout.context(doc.anchors[0]) == "comment"


def test_byline_author_link_is_not_an_author_bio():
    doc, layout = html_layout(
        f'<article><div class="byline">By <a rel="author" href="/authors/kim">Kim Lee</a></div>'
        f'<div class="entry-content">{PROSE}</div>'
        '<div class="about"><p>Kim Lee has trained gun dogs for twenty years and writes about working '
        f'spaniels and retrievers. <a rel="author" href="{SHOP}k">Kim\'s shop</a></p></div></article>')
    assert [layout.context(a) for a in doc.anchors] == ["other", "author_bio"]


def test_text_link_in_an_ad_slot_is_not_a_banner_but_an_image_is():
    doc, layout = html_layout(
        f'<div class="entry-content">{PROSE}</div><aside class="sidebar"><div class="sponsor">'
        f'<a href="{SHOP}t">Happy Paws – spring sale on beds and crates</a>'
        f'<a href="{SHOP}i"><img src="/ads/paws.gif" alt="Happy Paws"></a></div></aside>')
    assert [layout.context(a) for a in doc.anchors] == ["widget", "banner"]


def test_iab_sized_image_is_a_banner_anywhere():
    doc, layout = html_layout(
        f'<div class="entry-content">{PROSE}<p><a href="{SHOP}b"><img src="/img/promo.jpg" '
        'width="468" height="60" alt="Happy Paws"></a></p></div>')
    assert layout.context(doc.anchors[0]) == "banner"


def test_sidebar_list_of_external_sites_is_a_blogroll_internal_one_a_widget():
    sites = "".join(f'<li><a href="https://www.friend-{i}.example/">Friend {i}</a></li>' for i in range(4))
    own = "".join(f'<li><a href="/category/{i}/">Category {i}</a></li>' for i in range(4))
    doc, layout = html_layout(
        f'<div class="entry-content">{PROSE}</div><div id="sidebar">'
        f'<div class="module"><h3>Good reads</h3><ul>{sites}</ul></div>'
        f'<div class="module"><h3>Categories</h3><ul>{own}</ul></div></div>')
    contexts = [layout.context(a) for a in doc.anchors]
    assert contexts == ["blogroll"] * 4 + ["widget"] * 4


def test_blogroll_heading_in_another_language():
    doc, layout = html_layout(
        f'<div class="entry-content">{PROSE}</div><aside><section class="widget">'
        f'<h2 class="widget-title">Enlaces</h2><p><a href="{SHOP}e">Happy Paws</a></p></section></aside>')
    assert layout.context(doc.anchors[0]) == "blogroll"


def test_paragraph_link_next_to_a_list_is_editorial():
    items = "".join(f'<li><a href="https://www.r{i}.example/">Resource {i}</a></li>' for i in range(6))
    doc, layout = html_layout(
        f'<div class="entry-content">{PROSE}<p>The <a href="{SHOP}p">Happy Paws guide</a> says '
        f'the same.</p><ul>{items}</ul></div>')
    contexts = [layout.context(a) for a in doc.anchors]
    assert contexts == ["editorial"] + ["link_list"] * 6
