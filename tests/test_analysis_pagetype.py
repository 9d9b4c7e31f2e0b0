"""page_type: fixture pages built like the engines they imitate, the real
article pages of ../shared/pages, and small pages for each rule."""
from __future__ import annotations

import gzip
import json
import statistics
import time
from pathlib import Path

import pytest

from crawler.analysis.document import PageDoc
from crawler.analysis.pagetype import PAGE_TYPES, classify_page, page_type

SITES = Path(__file__).parent / "web" / "sites"
REAL_PAGES = Path(__file__).resolve().parents[2] / "shared" / "pages" / "articles"


def fixture_doc(url: str, path: str) -> PageDoc:
    """The fixture file ``path`` (under tests/web/sites) parsed as served at ``url``."""
    return PageDoc.from_html((SITES / path).read_text(encoding="utf-8"), url)


def real_pages() -> list[tuple[str, str]]:
    truth_file = REAL_PAGES / "ground-truth.json"
    if not truth_file.exists():
        return []
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    return sorted((digest, entry["url"]) for digest, entry in truth.items())


def real_doc(digest: str, url: str) -> PageDoc:
    html = gzip.decompress((REAL_PAGES / f"{digest}.html.gz").read_bytes()).decode("utf-8", "replace")
    return PageDoc.from_html(html, url)


needs_real_pages = pytest.mark.skipif(not real_pages(), reason="../shared/pages not present")


# --------------------------------------------------------------------------- fixtures

FIXTURES = [
    ("https://www.pawsandwhiskers-blog.com/2024/03/choosing-an-orthopedic-dog-bed/",
     "www.pawsandwhiskers-blog.com/2024/03/choosing-an-orthopedic-dog-bed/index.html", "article"),
    ("https://www.pawsandwhiskers-blog.com/",
     "www.pawsandwhiskers-blog.com/index.html", "homepage"),
    ("https://www.pawsandwhiskers-blog.com/category/dog-care/",
     "www.pawsandwhiskers-blog.com/category/dog-care/index.html", "listing"),
    ("https://www.pawsandwhiskers-blog.com/tag/senior-dogs/",
     "www.pawsandwhiskers-blog.com/tag/senior-dogs/index.html", "listing"),
    ("https://www.pawsandwhiskers-blog.com/search/dog+bed/",
     "www.pawsandwhiskers-blog.com/search/dog+bed/index.html", "listing"),
    ("https://www.pawsandwhiskers-blog.com/author/maggie-holt/",
     "www.pawsandwhiskers-blog.com/author/maggie-holt/index.html", "profile"),
    ("https://www.pawsandwhiskers-blog.com/contact/",
     "www.pawsandwhiskers-blog.com/contact/index.html", "other"),
    ("https://forum.aquarium-keepers.net/viewtopic.php?t=4412",
     "forum.aquarium-keepers.net/viewtopic.php", "forum"),
    ("https://www.reef-talk-community.com/members/coral_carl.4821/",
     "www.reef-talk-community.com/members/coral_carl.4821/index.html", "profile"),
    ("https://www.best-web-links-directory.com/pets/dogs/",
     "www.best-web-links-directory.com/pets/dogs/index.html", "directory"),
    ("https://www.seo-links-exchange-hub.net/partners.html",
     "www.seo-links-exchange-hub.net/partners.html", "directory"),
    ("https://www.dealhound-coupons.com/best-dog-beds-2024/",
     "www.dealhound-coupons.com/best-dog-beds-2024/index.html", "article"),
    ("https://www.snugglepup-beds.com/dog-beds/orthopedic/",
     "www.snugglepup-beds.com/dog-beds/orthopedic/index.html", "listing"),
]


@pytest.mark.parametrize("url,path,expected", FIXTURES, ids=[f[1].split("/")[0] + ":" + f[2] for f in FIXTURES])
def test_fixture_pages(url, path, expected):
    result = classify_page(fixture_doc(url, path))
    assert result.page_type == expected, result.reasons
    assert result.page_type in PAGE_TYPES


def test_every_page_type_has_a_fixture():
    assert {expected for _, _, expected in FIXTURES} == set(PAGE_TYPES)


def test_search_results_reached_by_query_string():
    """WordPress serves search results at /?s=... too: a query, not the home page."""
    doc = fixture_doc("https://www.pawsandwhiskers-blog.com/?s=dog+bed",
                      "www.pawsandwhiskers-blog.com/search/dog+bed/index.html")
    assert classify_page(doc).reasons == ("search_url",)


def test_wordpress_static_page_with_og_article_is_not_an_article():
    """Yoast gives every WordPress page og:type=article; a contact page is not one."""
    result = classify_page(fixture_doc("https://www.pawsandwhiskers-blog.com/contact/",
                                       "www.pawsandwhiskers-blog.com/contact/index.html"))
    assert result.page_type == "other"


# --------------------------------------------------------------------------- real pages

@needs_real_pages
@pytest.mark.parametrize("digest,url", real_pages(), ids=[d[:8] for d, _ in real_pages()])
def test_real_article_pages_are_articles(digest, url):
    result = classify_page(real_doc(digest, url))
    assert result.page_type == "article", (url, result.reasons)


@needs_real_pages
def test_real_pages_without_markup_still_mostly_articles():
    """With JSON-LD, microdata, Open Graph and article:* metas stripped, the
    heuristic rules alone (byline, date, body container, headline, URL, text)
    still find the articles: 42 of 45 when written."""
    found = 0
    pages = real_pages()
    for digest, url in pages:
        doc = real_doc(digest, url)
        for element in doc.root.xpath('//script[@type="application/ld+json"]'
                                      '|//meta[starts-with(@property,"og:") or starts-with(@property,"article:")]'):
            element.getparent().remove(element)
        for element in doc.root.xpath("//*[@itemprop or @itemtype]"):
            element.attrib.pop("itemprop", None)
            element.attrib.pop("itemtype", None)
        body = doc.body
        body.set("class", (body.get("class") or "").replace("single-post", ""))
        found += page_type(doc) == "article"
    assert found >= 40, f"{found}/{len(pages)}"


@needs_real_pages
def test_page_type_cost_on_real_pages():
    """Median cost per page, after the shared PageDoc work (anchors, visible
    text) other analysers pay for anyway: a few ms when written (~2 ms)."""
    timings = []
    for digest, url in real_pages():
        doc = real_doc(digest, url)
        doc.anchors, doc.visible_text  # noqa: B018 - shared, computed once per page
        start = time.perf_counter()
        page_type(doc)
        timings.append((time.perf_counter() - start) * 1000)
    assert statistics.median(timings) < 25


# --------------------------------------------------------------------------- rules, small pages

def page(body: str = "", head: str = "", *, html_attrs: str = "", body_attrs: str = "") -> str:
    return f"<html {html_attrs}><head><title>T</title>{head}</head><body {body_attrs}>{body}</body></html>"


def kind(html: str, url: str, **kwargs) -> str:
    return page_type(PageDoc.from_html(html, url), **kwargs)


LONG = " ".join(["The council voted on Tuesday to keep the harbour open through the winter."] * 40)


@pytest.mark.parametrize("url", [
    "https://example.com/", "https://example.com", "https://example.com/index.php",
    "https://example.com/index.html", "https://example.com/en/", "https://example.com/de-at/",
    "https://example.com/?utm_source=newsletter", "https://example.com/?lang=fr",
])
def test_homepage_urls(url):
    assert kind(page("<p>Welcome</p>"), url) == "homepage"


@pytest.mark.parametrize("url", [
    "https://example.com/?s=dog+beds", "https://example.com/search?q=dog", "https://example.com/search/dog/",
    "https://example.com/tag/dogs/", "https://example.com/category/pets/dogs/",
    "https://example.com/blog/page/2/", "https://example.com/2023/11/", "https://example.com/2023/",
    "https://example.com/search/label/Dogs", "https://example.com/topics/climate/", "https://example.com/news/",
    "https://example.com/archive/",
])
def test_listing_urls(url):
    assert kind(page("<p>Results</p>"), url) == "listing"


def test_listing_url_beats_article_markup():
    html = page("<p>x</p>", '<meta property="og:type" content="article">')
    assert kind(html, "https://example.com/category/dogs/") == "listing"


def test_article_urls_under_category_words_stay_articles():
    html = page("<p>x</p>", '<meta property="og:type" content="article">')
    assert kind(html, "https://example.com/topics/climate/why-the-sea-is-rising-faster/") == "article"


def test_paged_query_is_listing_only_without_article_markup():
    assert kind(page("<p>x</p>"), "https://example.com/news.php?page=3") == "listing"
    html = page("<p>x</p>", '<meta property="og:type" content="article">')
    assert kind(html, "https://example.com/story.php?id=9&page=2") == "article"
    # page=1 is not a later page of a listing
    assert kind(page("<p>x</p>"), "https://example.com/news.php?page=1") == "other"


@pytest.mark.parametrize("schema", ["Article", "NewsArticle", "BlogPosting", "ReportageNewsArticle"])
def test_article_schema_types(schema):
    html = page("<p>x</p>", f'<script type="application/ld+json">{{"@context":"https://schema.org","@type":"{schema}"}}</script>')
    assert kind(html, "https://example.com/x") == "article"


def test_article_schema_in_graph_and_as_list():
    graph = {"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, {"@type": ["Article", "Thing"]}]}
    html = page("<p>x</p>", f'<script type="application/ld+json">{json.dumps(graph)}</script>')
    assert kind(html, "https://example.com/x") == "article"


def test_broken_json_ld_still_read():
    html = page("<p>x</p>", '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x",}</script>')
    assert kind(html, "https://example.com/x") == "article"


def test_many_article_items_are_teasers_not_an_article():
    teasers = "".join(
        f'<div itemscope itemtype="https://schema.org/BlogPosting"><h2><a href="/p{i}">Post {i}</a></h2></div>'
        for i in range(6))
    assert kind(page(teasers), "https://example.com/blog-index.html") == "listing"


def test_article_by_heuristics_without_markup():
    body = f"""<div class="news_title"><h1>Harbour stays open through the winter, council decides</h1></div>
    <div class="byline">By Ana Ortiz</div><div class="date">2023-11-08 14:02</div>
    <div id="articleBody">{LONG}</div>"""
    html = f"<html><head><title>Harbour stays open through the winter, council decides - Coast News</title></head><body>{body}</body></html>"
    assert kind(html, "https://example.com/news_view.html?idx=8576") == "article"


def test_short_page_without_clues_is_other():
    assert kind(page("<h1>About us</h1><p>We are a small team.</p>"), "https://example.com/about-us") == "other"


def test_main_text_chars_from_the_caller_is_used():
    body = '<div class="byline">By Ana</div><h1>x</h1><p>short</p>'
    url = "https://example.com/some/page"
    assert kind(page(body), url) == "other"
    assert kind(page(body), url, main_text_chars=3000) == "article"  # byline + long + very long


def test_wordpress_static_page_loses_a_point():
    body = f'<div class="entry-content"><p>{LONG}</p></div>'
    assert kind(page(body, body_attrs='class="page-template-default page page-id-7"'),
                "https://example.com/about/") == "other"
    assert kind(page(body, body_attrs='class="post-template-default single"'),
                "https://example.com/about/") == "article"


@pytest.mark.parametrize("head,body,html_attrs,body_attrs", [
    ('<meta name="generator" content="Discourse 3.2.0 - https://github.com/discourse/discourse">',
     '<div id="main-outlet"><div class="topic-body crawler-post">Hi</div></div>', "", ""),
    ("", '<div id="postlist"><div class="postbitlegacy postcontainer"><div class="postdetails">x</div></div></div>', "", ""),
    ("", '<div id="forumposts"><div class="windowbg"><div class="post_wrapper"><div class="poster">a</div>'
         '<div class="keyinfo">b</div></div></div></div>', "", ""),
    ("", '<div class="ipsComment"><div class="cAuthorPane">a</div><div class="ipsType_richText">b</div></div>', "", 'class="ipsApp"'),
    ("", '<article class="message message--post"><div class="bbWrapper">x</div></article>', 'id="XF"', ""),
    ("", '<div class="post">x</div><div class="copyright">Powered by MyBB, &copy; 2002-2024 MyBB Group</div>', "", ""),
    ('<script type="application/ld+json">{"@type": "DiscussionForumPosting", "headline": "x"}</script>', "<p>x</p>", "", ""),
    ('<script type="application/ld+json">{"@type": "QAPage", "mainEntity": {"@type": "Question"}}</script>', "<p>x</p>", "", ""),
])
def test_forum_engines(head, body, html_attrs, body_attrs):
    html = page(body, head, html_attrs=html_attrs, body_attrs=body_attrs)
    assert kind(html, "https://talk.example.com/t/some-topic/123") == "forum"


def test_forum_board_index_at_root_is_forum():
    html = page('<div class="forabg"><ul class="topiclist forums"><li>x</li></ul></div>', body_attrs='id="phpbb" class="section-index"')
    assert kind(html, "https://forum.example.com/") == "forum"


@pytest.mark.parametrize("url,body,body_attrs", [
    ("https://forum.example.com/memberlist.php?mode=viewprofile&u=812", '<div class="postbody">x</div><div class="postprofile">y</div><div class="topiclist">z</div>', 'id="phpbb" class="section-memberlist"'),
    ("https://talk.example.com/u/sam/summary", '<div class="user-main"><div class="user-profile-image">x</div></div>', ""),
    ("https://www.example.com/author/jane-doe/", '<div class="author-bio">Jane writes.</div>', 'class="archive author author-jane-doe"'),
    ("https://community.example.com/profile/1234-sam/", '<div id="elProfileHeader" class="cProfileHeader">x</div>', 'class="ipsApp"'),
])
def test_profiles(url, body, body_attrs):
    assert kind(page(body, body_attrs=body_attrs), url) == "profile"


@pytest.mark.parametrize("url,expected", [
    ("https://forum.example.com/member.php?u=77", "profile"),
    ("https://forum.example.com/member.php/77-DrTetra", "profile"),
    ("https://forum.example.com/index.php?action=profile;u=12", "profile"),
    ("https://forum.example.com/index.php?showuser=5", "profile"),
    ("https://forum.example.com/viewtopic.php?t=5&u=12", "forum"),
    ("https://forum.example.com/index.php?topic=12.0", "forum"),
])
def test_forum_profile_urls(url, expected):
    html = page('<div class="windowbg"><div class="poster">a</div><div class="keyinfo">b</div></div>')
    assert kind(html, url) == expected


def test_og_profile_is_profile():
    assert kind(page("<p>x</p>", '<meta property="og:type" content="profile">'), "https://example.com/people/x") == "profile"


def test_article_under_people_path_with_author_box_stays_article():
    html = page('<div class="author-bio">Jane writes.</div>', '<meta property="og:type" content="article">')
    assert kind(html, "https://example.com/people/celebrity-wins-award-at-gala/") == "article"


def link_farm(domains: int, text: str = "", head: str = "") -> str:
    links = "".join(f'<li><a href="https://site{i}-example.com/">Site {i}</a></li>' for i in range(domains))
    return page(f"<h2>Partners</h2><ul>{links}</ul><p>{text}</p>", head)


def test_link_farm_even_with_article_markup():
    html = link_farm(40, head='<meta property="og:type" content="article">')
    assert kind(html, "https://blog.example.com/resources/") == "directory"


def test_many_outbound_links_with_real_text_is_not_a_link_farm():
    html = link_farm(40, text=LONG * 2, head='<meta property="og:type" content="article">')
    assert kind(html, "https://blog.example.com/resources/") == "article"


def test_few_outbound_domains_is_not_a_link_farm():
    assert kind(link_farm(12), "https://blog.example.com/resources/") != "directory"


def test_declared_directory_needs_outbound_links():
    html = page('<h1>Web Directory</h1><a href="/submit.php">Submit your site</a>'
                '<ul><li><a href="/cat/1">Cat 1</a></li></ul>')
    assert kind(html, "https://dir.example.com/arts/") == "other"
    links = "".join(f'<li><a href="https://site{i}-example.com/">Site {i}</a> A site about things number {i}.</li>'
                    for i in range(10))
    html = page(f'<h1>Annuaire</h1><a href="/soumettre.php">Soumettre un site</a><ul>{links}</ul>')
    assert kind(html, "https://annuaire.example.fr/animaux/chiens/") == "directory"


@pytest.mark.parametrize("path,expected", [
    ("www.pawsandwhiskers-blog.com/category/dog-care/index.html", "listing"),
    ("www.pawsandwhiskers-blog.com/tag/senior-dogs/index.html", "listing"),
    ("www.pawsandwhiskers-blog.com/search/dog+bed/index.html", "listing"),
    ("www.pawsandwhiskers-blog.com/author/maggie-holt/index.html", "profile"),
    ("www.pawsandwhiskers-blog.com/2024/03/choosing-an-orthopedic-dog-bed/index.html", "article"),
    ("forum.aquarium-keepers.net/viewtopic.php", "forum"),
])
def test_fixture_markup_decides_without_url_hints(path, expected):
    """The same pages at a URL that says nothing: their markup alone decides."""
    host = path.split("/")[0]
    assert page_type(fixture_doc(f"https://{host}/p/view", path)) == expected
