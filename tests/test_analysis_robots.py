"""Robots directives (meta robots, X-Robots-Tag) and the rel attribute."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.analysis.document import PageDoc
from crawler.analysis.rel import RelFlags, rel_string, rel_tokens
from crawler.analysis.robots import (
    RobotsDirectives,
    header_directives,
    link_nofollow,
    parse_directives,
    robots_directives,
)

URL = "https://www.pawprint-journal.com/2024/03/crate-training-a-rescue-greyhound/"


def article(head_extra: str = "", body_extra: str = "") -> str:
    """A realistic blog article: WordPress-style head, menu, post, comments, footer."""
    return f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Crate training a rescue greyhound: week one | Pawprint Journal</title>
<meta name="description" content="What worked (and what did not) in our first week of crate training Juno.">
<meta property="og:type" content="article">
<meta property="og:title" content="Crate training a rescue greyhound: week one">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/paw/style.css?ver=6.4.3" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>
{head_extra}
<link rel="alternate" type="application/rss+xml" title="Pawprint Journal &raquo; Feed" href="/feed/">
</head>
<body class="post-template-default single single-post">
<header class="site-header"><a href="/" class="logo">Pawprint Journal</a>
<nav class="main-nav"><ul><li><a href="/category/training/">Training</a></li>
<li><a href="/category/health/">Health</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<main id="content"><article class="post">
<h1>Crate training a rescue greyhound: week one</h1>
<p>Juno came to us from the <a href="https://www.greyhoundtrust.org.uk/">Greyhound Trust</a> in
February. Ex-racers know crates from the kennels, which helps, but a crate in a living room is a
different thing. We followed the plan from <a href="https://www.dogtrainingdiary.com/crate-basics/"
rel="noopener">Dog Training Diary</a> and adapted it.</p>
<p>Day three was the hardest: she whined for forty minutes. Day five she walked in on her own.</p>
{body_extra}
</article>
<section class="comments"><h2>2 comments</h2>
<div class="comment"><p>Lovely post! We did the same with our lurcher.</p>
<a href="https://lurcher-life.example.net/" rel="external nofollow ugc" class="url">Sam</a></div>
</section></main>
<footer><p>&copy; 2024 Pawprint Journal</p><a href="/privacy-policy/">Privacy</a></footer>
</body></html>"""


def doc_of(html: str, headers: dict[str, list[str]] | None = None) -> PageDoc:
    return PageDoc.from_html(html, URL, headers=headers)


# --------------------------------------------------------------------------- rel

@pytest.mark.parametrize("value, tokens", [
    (None, []),
    ("", []),
    ("   ", []),
    ("nofollow", ["nofollow"]),
    ("NoFollow NOOPENER", ["nofollow", "noopener"]),
    ("nofollow,noopener", ["nofollow", "noopener"]),
    ("ugc, nofollow ,, sponsored", ["nofollow", "sponsored", "ugc"]),
    ("nofollow\tnoreferrer\nnofollow", ["nofollow", "noreferrer"]),
    ("external nofollow ugc", ["external", "nofollow", "ugc"]),
])
def test_rel_tokens_split_on_spaces_and_commas(value, tokens):
    assert rel_tokens(value) == tokens


def test_rel_string_is_sorted_space_separated_or_none():
    assert rel_string(rel_tokens("Sponsored,NOFOLLOW")) == "nofollow sponsored"
    assert rel_string(["UGC", "nofollow", "ugc"]) == "nofollow ugc"
    assert rel_string(rel_tokens(" , ")) is None
    assert rel_string([]) is None


def test_rel_flags():
    assert RelFlags.from_tokens(rel_tokens("external nofollow ugc")) == RelFlags(True, True, False)
    assert RelFlags.from_tokens(rel_tokens("sponsored")) == RelFlags(False, False, True)
    # "nofollowed" or "no-follow" are not the nofollow token
    assert RelFlags.from_tokens(rel_tokens("nofollowed no-follow")) == RelFlags(False, False, False)


def test_rel_of_links_on_a_page():
    doc = doc_of(article())
    by_text = {anchor.text: rel_string(rel_tokens(anchor.element.get("rel"))) for anchor in doc.anchors}
    assert by_text["Sam"] == "external nofollow ugc"
    assert by_text["Dog Training Diary"] == "noopener"
    assert by_text["Greyhound Trust"] is None


# --------------------------------------------------------------------------- directive parsing

@pytest.mark.parametrize("value, expected", [
    ("noindex", {"noindex"}),
    ("NOINDEX, NOFOLLOW", {"noindex", "nofollow"}),
    ("noindex,follow", {"noindex", "follow"}),
    ("index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1",
     {"index", "follow", "max-snippet", "max-image-preview", "max-video-preview"}),
    ("none", {"none", "noindex", "nofollow"}),
    ("all", {"all"}),
    ("noindex nofollow", {"noindex", "nofollow"}),  # space-separated: lenient
    ("unavailable_after: 25 Jun 2010 15:00:00 PST", {"unavailable_after"}),
    # a date with a comma: its second half is left over as a harmless unknown word
    ("unavailable_after: Friday, 25-Jun-2010 15:00:00 GMT", {"unavailable_after", "gmt"}),
    ("", set()),
    (None, set()),
])
def test_parse_directives(value, expected):
    assert parse_directives(value) == expected


def test_unavailable_after_is_not_noindex():
    found = header_directives(["unavailable_after: 25 Jun 2010 15:00:00 PST"])
    assert "noindex" not in found and "nofollow" not in found


@pytest.mark.parametrize("values, expected", [
    (["noindex"], {"noindex"}),
    (["googlebot: nofollow"], {"nofollow"}),
    (["otherbot: noindex, nofollow"], set()),
    (["googlebot: nofollow", "otherbot: noindex, nofollow"], {"nofollow"}),
    (["GoogleBot: noindex, nofollow"], {"noindex", "nofollow"}),
    # a prefix scopes the rest of that header value...
    (["googlebot: noindex, bingbot: nofollow"], {"noindex"}),
    (["bingbot: noindex, googlebot: nofollow"], {"nofollow"}),
    # ...but not the next header
    (["bingbot: noindex", "nofollow"], {"nofollow"}),
    (["googlebot: unavailable_after: 25 Jun 2010 15:00:00 PST"], {"unavailable_after"}),
    (["none"], {"none", "noindex", "nofollow"}),
    (["googlebot-news: noindex"], set()),
    ([], set()),
])
def test_header_directives_user_agents(values, expected):
    assert header_directives(values) == expected


# --------------------------------------------------------------------------- whole pages

def test_plain_page_is_indexable_and_followed():
    robots = robots_directives(doc_of(article(
        '<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1">')))
    assert robots == RobotsDirectives(noindex=False, nofollow=False)


def test_several_robots_metas_most_restrictive_wins():
    head = """
<meta name="robots" content="index, follow">
<meta name="Robots" content="max-image-preview:large">
<meta name="ROBOTS" content="NOFOLLOW">
"""
    robots = robots_directives(doc_of(article(head)))
    assert robots.nofollow and not robots.noindex
    assert robots.nofollow_source == "meta"
    assert robots.nofollow_sources == ("meta",)
    assert robots.noindex_source is None


def test_googlebot_only_noindex():
    head = """
<meta name="robots" content="index, follow">
<meta name="googlebot" content="noindex">
<meta name="bingbot" content="nofollow">
<meta name="googlebot-news" content="nofollow">
"""
    robots = robots_directives(doc_of(article(head)))
    assert robots.noindex and robots.noindex_source == "meta"
    assert not robots.nofollow  # bingbot and googlebot-news do not speak for Google search


def test_meta_none_means_noindex_nofollow():
    robots = robots_directives(doc_of(article('<meta name="robots" content="none">')))
    assert robots.noindex and robots.nofollow


def test_meta_name_with_spaces_and_odd_case():
    robots = robots_directives(doc_of(article('<meta name=" Robots " content=" NoIndex ">')))
    assert robots.noindex


def test_meta_robots_in_the_body_counts():
    robots = robots_directives(doc_of(article(body_extra='<meta name="robots" content="noindex">')))
    assert robots.noindex


def test_x_robots_tag_headers_with_user_agents():
    headers = {"x-robots-tag": ["otherbot: noindex", "googlebot: nofollow", "max-snippet: 50"]}
    robots = robots_directives(doc_of(article(), headers))
    assert robots.nofollow and not robots.noindex
    assert robots.nofollow_source == "header"
    assert robots.nofollow_sources == ("header",)


def test_x_robots_tag_for_another_bot_only_is_ignored():
    headers = {"x-robots-tag": ["otherbot: noindex, nofollow", "bingbot: none"]}
    assert robots_directives(doc_of(article(), headers)) == RobotsDirectives()


def test_meta_and_header_both_nofollow_name_both_sources():
    headers = {"x-robots-tag": ["noindex, nofollow"]}
    robots = robots_directives(doc_of(article('<meta name="robots" content="nofollow">'), headers))
    assert robots.nofollow_sources == ("meta", "header")
    assert robots.nofollow_source == "meta"
    assert robots.noindex_sources == ("header",)
    assert robots.noindex_source == "header"


def test_index_in_header_does_not_undo_meta_noindex():
    headers = {"x-robots-tag": ["all"]}
    robots = robots_directives(doc_of(article('<meta name="robots" content="noindex">'), headers))
    assert robots.noindex and robots.noindex_sources == ("meta",)


# --------------------------------------------------------------------------- effective nofollow of a link

def test_link_nofollow_from_rel_only():
    assert link_nofollow(rel_tokens("external nofollow ugc"), RobotsDirectives()) == (True, ["nofollow_rel"])
    assert link_nofollow(rel_tokens("noopener"), RobotsDirectives()) == (False, [])


def test_link_nofollow_from_page_rules():
    doc = doc_of(article('<meta name="googlebot" content="nofollow">'),
                 {"x-robots-tag": ["googlebot: nofollow"]})
    robots = robots_directives(doc)
    dofollow_link = next(a for a in doc.anchors if a.text == "Greyhound Trust")
    assert link_nofollow(rel_tokens(dofollow_link.element.get("rel")), robots) == (
        True, ["nofollow_meta", "nofollow_header"])
    comment_link = next(a for a in doc.anchors if a.text == "Sam")
    assert link_nofollow(rel_tokens(comment_link.element.get("rel")), robots) == (
        True, ["nofollow_rel", "nofollow_meta", "nofollow_header"])


def test_link_nofollow_noindex_alone_does_not_nofollow():
    robots = robots_directives(doc_of(article('<meta name="robots" content="noindex, follow">')))
    assert link_nofollow([], robots) == (False, [])


# --------------------------------------------------------------------------- properties
_REL_TEXT = st.text(alphabet=st.sampled_from(list("nofolwugcspredNOFW ,\t")), max_size=40)
_ROBOTS_TEXT = st.text(alphabet=st.sampled_from(list("noindexfwlaug:bt ,;-_1")), max_size=60)


@given(_REL_TEXT)
def test_rel_string_is_canonical(value):
    text = rel_string(rel_tokens(value))
    assert text is None or (text == text.strip().lower() and "," not in text and "  " not in text)
    assert rel_string(rel_tokens(text)) == text  # idempotent
    assert ("nofollow" in rel_tokens(value)) == RelFlags.from_tokens(rel_tokens(value)).nofollow


@given(st.lists(_ROBOTS_TEXT, max_size=4))
def test_header_directives_never_more_than_unscoped(values):
    scoped = header_directives(values)
    unscoped = set().union(*(parse_directives(value.replace(":", " ")) for value in values))
    # an agent prefix can only take directives away, never add noindex/nofollow
    for restriction in ("noindex", "nofollow"):
        if restriction in scoped:
            assert restriction in unscoped or "none" in unscoped
