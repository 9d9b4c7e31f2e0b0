"""Page facts (title, canonical, lang, indexable, link counts...), bot
challenges, and how pages in legacy charsets reach the analysers."""
from __future__ import annotations

import gzip
import json
import time
from pathlib import Path

import pytest
from scrapy.http import HtmlResponse

from crawler.analysis.challenge import SCAN_BYTES, is_bot_challenge
from crawler.analysis.charset import declared_encoding, header_encoding, meta_encoding, resolve_label
from crawler.analysis.document import PageDoc
from crawler.analysis.page import canonical_urls, html_lang, page_facts, page_title, primary_language

PAGES = Path(__file__).resolve().parents[2] / "shared" / "pages"

URL = "https://www.pawprint-journal.com/2024/03/crate-training-a-rescue-greyhound/"


def blog_page(head_extra: str = "", body_extra: str = "", lang: str = "en-GB",
              title: str = "Crate training a rescue greyhound: week one | Pawprint Journal") -> str:
    """A WordPress-like article with menu, post, comments and footer links."""
    return f"""<!DOCTYPE html>
<html lang="{lang}" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<meta name="description" content="What worked (and what did not) in our first week of crate training Juno.">
<meta property="og:url" content="{URL}">
<link rel="stylesheet" id="theme-css" href="/wp-content/themes/paw/style.css?ver=6.4.3" media="all">
<link rel="shortlink" href="https://www.pawprint-journal.com/?p=4182">
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"BlogPosting"}}</script>
{head_extra}
</head>
<body class="post-template-default single single-post">
<a class="skip-link" href="#content">Skip to content</a>
<header class="site-header">
  <a href="/" class="logo"><img src="/logo.svg" alt="Pawprint Journal"></a>
  <nav class="main-nav"><ul>
    <li><a href="/category/training/">Training</a></li>
    <li><a href="/category/health/">Health</a></li>
    <li><a href="https://shop.pawprint-journal.com/">Shop</a></li>
    <li><a href="javascript:void(0)" class="search-toggle">Search</a></li>
  </ul></nav>
</header>
<main id="content"><article class="post">
<h1>Crate training a rescue greyhound: week one</h1>
<p>Juno came to us from the <a href="https://www.greyhoundtrust.org.uk/rehoming/">Greyhound Trust</a>
in February. We followed the plan from
<a href="https://www.dogtrainingdiary.com/crate-basics/?utm_source=pawprint">Dog Training Diary</a>
and the <a href="//cdn.vetadvice.org/pdf/crate-guide.pdf">vet's crate guide (PDF)</a>.</p>
<p>Questions? <a href="mailto:hello@pawprint-journal.com">Email us</a> or call
<a href="tel:+441632960000">01632 960000</a>. <a href="#comments">Jump to comments</a>.</p>
{body_extra}
</article>
<section id="comments"><div class="comment"><p>Lovely post!</p>
<a href="https://lurcher-life.example.net/" rel="external nofollow ugc">Sam</a></div></section>
</main>
<footer><a href="/privacy-policy/">Privacy</a> <a href="/2024/03/">March 2024</a>
<a href="https://www.greyhoundtrust.org.uk/rehoming/">Greyhound Trust</a></footer>
</body></html>"""


def doc_of(html: str, url: str = URL, headers: dict[str, list[str]] | None = None) -> PageDoc:
    return PageDoc.from_html(html, url, headers=headers)


# --------------------------------------------------------------------------- title, lang, url facts

def test_basic_facts_of_an_article():
    facts = page_facts(doc_of(blog_page()))
    assert facts.title == "Crate training a rescue greyhound: week one | Pawprint Journal"
    assert facts.html_lang == "en"
    assert facts.referring_domain == "pawprint-journal.com"
    assert facts.https is True
    assert facts.url_depth == 3
    assert facts.canonical_url is None
    assert facts.indexable is True


def test_link_counts_every_occurrence_registered_domain_aware():
    facts = page_facts(doc_of(blog_page()))
    # internal: logo, 2 categories, shop subdomain, privacy, archive = 6
    # outbound: greyhoundtrust (twice), dogtrainingdiary, cdn.vetadvice.org (protocol-relative), lurcher = 5
    # left out: #content, javascript:, mailto:, tel:, #comments
    assert (facts.internal_links, facts.outbound_links) == (6, 5)


def test_link_counts_on_a_co_uk_site():
    html = """<html lang="en"><head><title>Vets in Leeds | Daily Pet News</title></head><body>
<nav><a href="https://www.dailypetnews.co.uk/">Home</a> <a href="/news/">News</a>
<a href="https://jobs.dailypetnews.co.uk/vacancies">Jobs</a>
<a href="http://DAILYPETNEWS.CO.UK/contact">Contact</a></nav>
<p>The <a href="https://www.leedsvets.co.uk/">Leeds Vet Clinic</a> and the
<a href="https://www.gov.uk/guidance/pet-travel">GOV.UK guidance</a> and the
<a href="https://co.uk/">bare suffix</a> and <a href="http://exa mple.com/">a broken link</a>
and <a href="https://news.bbc.co.uk/pets">BBC</a> and <a href="https://dogs.blogspot.com/">a blogspot blog</a>.</p>
</body></html>"""
    facts = page_facts(doc_of(html, "https://www.dailypetnews.co.uk/news/leeds-vets/"))
    assert facts.referring_domain == "dailypetnews.co.uk"
    # bbc.co.uk, gov.uk, leedsvets.co.uk, dogs.blogspot.com; "co.uk" itself and an
    # unparsable host count as neither
    assert (facts.internal_links, facts.outbound_links) == (4, 4)


def test_base_href_changes_what_relative_links_point_to():
    html = blog_page(head_extra='<base href="https://static.pawprint-mirror.net/archive/">')
    doc = doc_of(html)
    facts = page_facts(doc)
    privacy = next(a for a in doc.anchors if a.text == "Privacy")
    assert privacy.url == "https://static.pawprint-mirror.net/privacy-policy/"
    # /, /category/training/, /category/health/, /privacy-policy/, /2024/03/ now go to the mirror
    assert (facts.internal_links, facts.outbound_links) == (1, 10)


def test_page_on_a_subdomain_counts_the_main_site_as_internal():
    facts = page_facts(doc_of(blog_page(), "https://blog.pawprint-journal.com/p/4182"))
    assert facts.referring_domain == "pawprint-journal.com"
    # relative links now resolve to blog.pawprint-journal.com: still the same registered domain
    assert facts.internal_links == 6
    assert facts.url_depth == 2
    assert facts.https is True


def test_http_page_and_root_depth():
    facts = page_facts(doc_of(blog_page(), "http://pawprint-journal.com/"))
    assert facts.https is False
    assert facts.url_depth == 0


@pytest.mark.parametrize("title_html, expected", [
    ("<title>  Crate\n   training\t101 </title>", "Crate training 101"),
    ("<title></title>", None),
    ("<title>   </title>", None),
    ("", None),
])
def test_title(title_html, expected):
    html = f"<html><head>{title_html}<meta charset='utf-8'></head><body><p>Text</p></body></html>"
    assert page_title(doc_of(html)) == expected


def test_title_ignores_svg_titles_in_the_body():
    html = """<html><head><meta charset="utf-8"></head><body>
<svg viewBox="0 0 10 10"><title>Close icon</title><path d="M0 0L10 10"/></svg><p>Hi</p></body></html>"""
    assert page_title(doc_of(html)) is None
    html = blog_page(body_extra='<svg><title>Share icon</title></svg>')
    assert page_title(doc_of(html)).startswith("Crate training")


@pytest.mark.parametrize("lang, expected", [
    ("en-US", "en"), ("EN", "en"), ("zh-Hant-TW", "zh"), ("pt_BR", "pt"), (" de-AT ", "de"),
    ("iw", "he"), ("fil", "fil"), ("", None), ("x-klingon", None), ("i-navajo", None),
    ("english", None), ("und", None), ("1en", None), ("e", None),
])
def test_html_lang(lang, expected):
    assert html_lang(doc_of(blog_page(lang=lang))) == expected


def test_html_lang_absent_and_xml_lang():
    assert html_lang(doc_of("<html><head><title>x</title></head><body>x</body></html>")) is None
    xhtml = '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="fr-CA"><head><title>x</title></head><body>x</body></html>'
    assert html_lang(doc_of(xhtml)) == "fr"


def test_primary_language_doctest_cases():
    assert primary_language("ES-419") == "es"
    assert primary_language(None) is None


# --------------------------------------------------------------------------- canonical and indexable

@pytest.mark.parametrize("href", [
    URL,
    URL.rstrip("/"),                                                       # no trailing slash
    URL + "?utm_source=newsletter&utm_medium=email",                      # tracking params
    "http://pawprint-journal.com/2024/03/crate-training-a-rescue-greyhound",  # http, no www
    "/2024/03/crate-training-a-rescue-greyhound/",                        # relative
])
def test_canonical_to_self_is_indexable(href):
    facts = page_facts(doc_of(blog_page(f'<link rel="canonical" href="{href}">')))
    assert facts.canonical_url is not None
    assert facts.canonical_url.startswith(("https://", "http://"))
    assert facts.indexable is True


def test_canonical_elsewhere_is_not_indexable():
    target = "https://www.pawprint-journal.com/guides/crate-training/"
    facts = page_facts(doc_of(blog_page(f'<link rel="canonical" href="{target}">')))
    assert facts.canonical_url == target
    assert facts.indexable is False
    assert facts.robots.noindex is False


def test_canonical_with_a_different_query_is_elsewhere():
    facts = page_facts(doc_of(blog_page(f'<link rel="canonical" href="{URL}?page=2">')))
    assert facts.indexable is False


def test_canonical_relative_to_base_href():
    html = blog_page('<base href="https://www.pawprint-journal.com/guides/">'
                     '<link rel="canonical" href="crate-training/">')
    facts = page_facts(doc_of(html))
    assert facts.canonical_url == "https://www.pawprint-journal.com/guides/crate-training/"
    assert facts.indexable is False


def test_canonical_from_the_link_header():
    headers = {"link": ['</wp-json/>; rel="https://api.w.org/", '
                        '<https://www.pawprint-journal.com/guides/crate-training/>; rel="canonical"']}
    facts = page_facts(doc_of(blog_page(), headers=headers))
    assert facts.canonical_url == "https://www.pawprint-journal.com/guides/crate-training/"
    assert facts.indexable is False


def test_canonical_from_the_link_header_relative_and_unquoted():
    headers = {"link": ["</2024/03/crate-training-a-rescue-greyhound/>; rel=canonical"]}
    facts = page_facts(doc_of(blog_page(), headers=headers))
    assert facts.canonical_url == URL
    assert facts.indexable is True


def test_link_header_other_rels_are_not_canonical():
    headers = {"link": ['<https://www.pawprint-journal.com/?p=4182>; rel=shortlink',
                        '<https://fonts.example-cdn.com>; rel="preconnect"']}
    assert canonical_urls(doc_of(blog_page(), headers=headers)) == []


def test_conflicting_canonicals_are_ignored_for_indexability():
    html = blog_page('<link rel="canonical" href="https://www.pawprint-journal.com/a/">'
                     '<link rel="canonical" href="https://www.pawprint-journal.com/b/">')
    facts = page_facts(doc_of(html))
    assert facts.canonical_url == "https://www.pawprint-journal.com/a/"
    assert facts.canonical_conflict is True
    assert facts.indexable is True


def test_repeated_identical_canonicals_are_no_conflict():
    html = blog_page('<link rel="canonical" href="https://www.pawprint-journal.com/a/">'
                     '<link rel="canonical" href="https://pawprint-journal.com/a">')
    facts = page_facts(doc_of(html))
    assert facts.canonical_conflict is False
    assert facts.indexable is False


def test_canonical_in_the_body_is_ignored():
    facts = page_facts(doc_of(blog_page(
        body_extra='<link rel="canonical" href="https://elsewhere.example.org/">')))
    assert facts.canonical_url is None
    assert facts.indexable is True


def test_empty_or_non_http_canonical_is_ignored():
    html = blog_page('<link rel="canonical" href="">'
                     '<link rel="canonical" href="javascript:void(0)">')
    facts = page_facts(doc_of(html))
    assert facts.canonical_url is None and facts.indexable is True


def test_canonical_rel_among_other_tokens():
    html = blog_page('<link rel="Canonical alternate" href="/guides/crate-training/">')
    assert page_facts(doc_of(html)).canonical_url == "https://www.pawprint-journal.com/guides/crate-training/"


def test_noindex_meta_is_not_indexable_even_with_self_canonical():
    html = blog_page(f'<link rel="canonical" href="{URL}"><meta name="robots" content="noindex, follow">')
    facts = page_facts(doc_of(html))
    assert facts.indexable is False
    assert facts.robots.noindex_source == "meta"


def test_googlebot_noindex_header_is_not_indexable():
    facts = page_facts(doc_of(blog_page(), headers={"x-robots-tag": ["googlebot: noindex"]}))
    assert facts.indexable is False
    assert facts.robots.noindex_source == "header"


def test_otherbot_noindex_header_stays_indexable():
    facts = page_facts(doc_of(blog_page(), headers={"x-robots-tag": ["otherbot: noindex"]}))
    assert facts.indexable is True


# --------------------------------------------------------------------------- the real pages

def real_pages():
    truth = json.loads((PAGES / "articles" / "ground-truth.json").read_text(encoding="utf-8"))
    for path in sorted((PAGES / "articles").glob("*.html.gz")):
        key = path.name.split(".")[0]
        yield key, truth[key]["url"], gzip.decompress(path.read_bytes()).decode("utf-8")


@pytest.fixture(scope="module")
def pages():
    found = list(real_pages())
    assert len(found) >= 40, f"the real pages are missing from {PAGES}"
    return found


def test_real_pages_facts(pages):
    for key, url, html in pages:
        facts = page_facts(doc_of(html, url))
        assert facts.title, key
        assert facts.internal_links > 0, key
        assert facts.referring_domain and facts.referring_domain in url, key
        assert facts.https == url.startswith("https://"), key


def test_real_pages_spot_checks(pages):
    facts = {key[:8]: page_facts(doc_of(html, url)) for key, url, html in pages}
    korean = facts["0ec95c72"]
    assert korean.title.startswith("엘제이-류화영") and korean.html_lang == "ko"
    assert korean.referring_domain == "entermedia.co.kr"
    assert facts["30b771a4"].referring_domain == "morebikes.co.uk"
    wsj = facts["042bb7b5"]
    assert wsj.indexable and wsj.canonical_url.startswith("https://www.wsj.com/articles/google-stadia")
    # wday.ru moved the article: its canonical points to the new address
    moved = facts["3c6d3381"]
    assert moved.canonical_url.startswith("https://www.wday.ru/dom-eda/")
    assert moved.indexable is False


def test_real_pages_are_not_bot_challenges(pages):
    headers = {"content-type": ["text/html; charset=utf-8"], "server": ["cloudflare"]}
    for key, _, html in pages:
        assert not is_bot_challenge(200, headers, html), key
        # even as an error page their markup carries no challenge marker
        assert not is_bot_challenge(404, headers, html), key


# --------------------------------------------------------------------------- bot challenges

CLOUDFLARE_CHALLENGE = """<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge"><meta name="robots" content="noindex,nofollow">
<meta name="viewport" content="width=device-width,initial-scale=1">
<style>*{box-sizing:border-box;margin:0;padding:0}html{line-height:1.15}</style>
<meta http-equiv="refresh" content="390"></head><body class="no-js">
<div class="main-wrapper" role="main"><div class="main-content">
<h1 class="zone-name-title h1">www.pawprint-journal.com</h1>
<h2 class="h2" id="challenge-running">Checking if the site connection is secure</h2>
<noscript><div id="challenge-error-title"><div class="h2"><span class="icon-wrapper">
<div class="heading-icon warning-icon"></div></span><span id="challenge-error-text">
Enable JavaScript and cookies to continue</span></div></div></noscript>
<div id="challenge-body-text" class="core-msg spacer">www.pawprint-journal.com needs to review the
security of your connection before proceeding.</div></div></div>
<script>(function(){window._cf_chl_opt={cvId: '2',cZone: "www.pawprint-journal.com",cType: 'managed',
cRay: '7d1c2b3a4f5e6d7c'};var cpo = document.createElement('script');
cpo.src = '/cdn-cgi/challenge-platform/h/g/orchestrate/managed/v1?ray=7d1c2b3a4f5e6d7c';
document.getElementsByTagName('head')[0].appendChild(cpo);}());</script>
<div class="footer" role="contentinfo"><div class="footer-inner"><div class="clearfix diagnostic-wrapper">
<div class="ray-id">Ray ID: <code>7d1c2b3a4f5e6d7c</code></div></div>
<div class="text-center" id="footer-text">Performance &amp; security by Cloudflare</div></div></div>
</body></html>"""

CLOUDFLARE_BLOCK = """<!DOCTYPE html><!--[if lt IE 7]> <html class="no-js ie6 oldie" lang="en-US"> <![endif]-->
<html class="no-js" lang="en-US"><head><title>Attention Required! | Cloudflare</title>
<meta charset="UTF-8" /><meta name="robots" content="noindex, nofollow" />
<link rel="stylesheet" id="cf_styles-css" href="/cdn-cgi/styles/cf.errors.css" /></head>
<body><div id="cf-wrapper"><div id="cf-error-details" class="cf-error-details-wrapper">
<h1 data-translate="block_headline">Sorry, you have been blocked</h1>
<h2 class="cf-subheadline">You are unable to access pawprint-journal.com</h2>
<p>This website is using a security service to protect itself from online attacks.</p>
</div></div></body></html>"""

IMPERVA_INTERSTITIAL = """<html style="height:100%"><head><META NAME="ROBOTS" CONTENT="NOINDEX, NOFOLLOW">
<meta name="format-detection" content="telephone=no"><meta name="viewport" content="initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"></head><body style="margin:0px;height:100%">
<iframe id="main-iframe" src="/_Incapsula_Resource?CWUDNSAI=24&xinfo=11-9614390-0%200NNN%20RT%281700000000%29&incident_id=1234-5678&edet=15"
frameborder=0 width="100%" height="100%" marginheight="0px" marginwidth="0px">Request unsuccessful.
Incapsula incident ID: 1234-5678</iframe></body></html>"""

DATADOME = """<html><head><title>pawprint-journal.com</title><style>#cmsg{animation: A 1.5s;}</style></head>
<body style="margin:0"><p id="cmsg">Please enable JS and disable any ad blocker</p>
<script data-cfasync="false">var dd={'rt':'c','cid':'AHrlqAAAAAMA','hsh':'2211F522B61E269B',
't':'fe','s':17434,'e':'abc','host':'geo.captcha-delivery.com'}</script>
<script data-cfasync="false" src="https://ct.captcha-delivery.com/c.js"></script></body></html>"""

PERIMETERX = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Access to this page has been denied.</title></head><body>
<section class="px-block"><h1>Access to this page has been denied.</h1>
<p>Press &amp; Hold to confirm you are a human (and not a bot).</p><div id="px-captcha"></div>
<p>Reference ID 0f2e1d3c-0000-11ee-9a3b-0242ac120002</p></section>
<script>window._pxAppId = 'PXabc123';</script></body></html>"""

AKAMAI = """<HTML><HEAD>
<TITLE>Access Denied</TITLE>
</HEAD><BODY>
<H1>Access Denied</H1>
You don't have permission to access "http&#58;&#47;&#47;www&#46;pawprint&#45;journal&#46;com&#47;" on this server.<P>
Reference&#32;&#35;18&#46;5f3c1002&#46;1700000000&#46;1a2b3c4d
<P>https&#58;&#47;&#47;errors&#46;edgesuite&#46;net&#47;18&#46;5f3c1002
</BODY>
</HTML>"""

AKAMAI_PLAIN = AKAMAI.replace("errors&#46;edgesuite&#46;net", "errors.edgesuite.net")

SUCURI = """<!DOCTYPE html><html lang="en"><head><title>Sucuri WebSite Firewall - Access Denied</title>
<link rel="stylesheet" href="https://cdn.sucuri.net/sucuri-firewall-block.css"></head><body>
<div id="main-container"><h2>Access Denied - Sucuri Website Firewall</h2>
<p>Block reason: Access from your Country was disabled by the administrator.</p></div></body></html>"""

GENERIC = """<!DOCTYPE html><html><head><title>Security check</title></head><body>
<div class="box"><h1>One more step</h1><p>Please verify you are human to continue to
www.pawprint-journal.com.</p><form method="post"><div class="g-recaptcha" data-sitekey="6Lc"></div>
<button>Continue</button></form></div></body></html>"""


@pytest.mark.parametrize("status, body", [
    (403, CLOUDFLARE_CHALLENGE),
    (503, CLOUDFLARE_CHALLENGE),
    (200, CLOUDFLARE_CHALLENGE),
    (403, CLOUDFLARE_BLOCK),
    (200, IMPERVA_INTERSTITIAL),
    (403, DATADOME),
    (403, PERIMETERX),
    (403, AKAMAI_PLAIN),
    (403, SUCURI),
    (200, GENERIC),
    (429, GENERIC),
])
def test_challenge_pages(status, body):
    assert is_bot_challenge(status, {"content-type": ["text/html"]}, body)


def test_cf_mitigated_header_alone():
    assert is_bot_challenge(403, {"cf-mitigated": ["challenge"]}, None)
    assert is_bot_challenge(200, {"cf-mitigated": ["challenge"]}, "<html></html>")
    assert is_bot_challenge(403, {"CF-Mitigated": "challenge"}, "")  # lenient about case and shape


def test_aws_waf_challenge_header():
    assert is_bot_challenge(202, {"x-amzn-waf-action": ["challenge"]}, "")


def test_plain_errors_are_not_challenges():
    nginx_503 = ("<html><head><title>503 Service Temporarily Unavailable</title></head><body>"
                 "<center><h1>503 Service Temporarily Unavailable</h1></center><hr><center>nginx</center>"
                 "</body></html>")
    assert not is_bot_challenge(503, {"server": ["nginx"]}, nginx_503)
    assert not is_bot_challenge(404, {}, blog_page(title="Page not found | Pawprint Journal"))
    assert not is_bot_challenge(403, {"cf-mitigated": ["none"]}, None)
    assert not is_bot_challenge(200, {}, None)


def test_normal_page_with_cloudflare_bot_script_is_not_a_challenge():
    injected = ("<script>(function(){var a=document.createElement('script');"
                "a.src='/cdn-cgi/challenge-platform/scripts/jsd/main.js';"
                "document.head.appendChild(a)})();</script>")
    assert not is_bot_challenge(200, {"server": ["cloudflare"]}, blog_page(body_extra=injected))
    not_found = blog_page(title="Page not found | Pawprint Journal", body_extra=injected)
    assert not is_bot_challenge(404, {"server": ["cloudflare"]}, not_found)
    # the challenge's own scripts on an error response are
    challenge_script = "<script src='/cdn-cgi/challenge-platform/orchestrate/chl_page/v1'></script>"
    assert is_bot_challenge(403, {"server": ["cloudflare"]}, not_found + challenge_script)


def test_article_about_captchas_is_not_a_challenge():
    paragraph = ("<p>Sites ask you to verify you are human with a CAPTCHA; are you a robot? Cloudflare's "
                 "'Just a moment...' screen and DataDome pages at captcha-delivery.com are the usual "
                 "ones, says the Sucuri WebSite Firewall - Access Denied FAQ.</p>")
    assert not is_bot_challenge(200, {}, blog_page(body_extra=paragraph * 10))


def test_challenge_scan_is_bounded():
    huge = blog_page(body_extra="<p>" + "lorem ipsum dolor sit amet " * 400_000 + "</p>")
    marker_late = huge + "<title>Just a moment...</title>"
    started = time.perf_counter()
    assert not is_bot_challenge(200, {}, marker_late)
    assert not is_bot_challenge(403, {}, marker_late)  # the marker is beyond the scanned part
    assert time.perf_counter() - started < 0.5
    assert len(huge) > 20 * SCAN_BYTES


def test_a_long_page_cut_by_the_caller_is_not_an_interstitial():
    # a big page, mostly inline scripts, with a generic phrase in its first
    # 50,000 characters; the spider passes only those
    scripts = "<script>" + "var x = 1;" * 4400 + "</script>"
    widget = "<script>" + "window.ads.push({slot: 1});" * 1000 + "</script>"
    page = blog_page(head_extra=scripts, body_extra="<p>Are you a robot? Take our quiz.</p>" + widget)
    cut = page[:50_000]
    assert "are you a robot" in cut.lower() and len(page) > 60_000
    assert not is_bot_challenge(200, {}, page)
    assert not is_bot_challenge(200, {}, cut)


# --------------------------------------------------------------------------- charsets

#: (charset label, Python codec used to write the bytes, title, first anchor text)
LEGACY_PAGES = [
    ("windows-1251", "cp1251", "Новости собаководства — Собачий форум",
     "Как приучить щенка к поводку"),
    ("Shift_JIS", "cp932", "犬のしつけ日記｜いぬブログ", "子犬のトイレトレーニング①～③"),
    ("ISO-8859-2", "iso8859-2", "Wiadomości dla miłośników psów - Łódź", "Żółć, gęś i jaźń: szczeniak w domu"),
    ("ISO-8859-7", "iso8859-7", "Ειδήσεις για σκύλους και γάτες", "Πώς να εκπαιδεύσετε το κουτάβι"),
    ("GB2312", "gb2312", "狗狗博客 - 宠物新闻", "如何训练小狗上厕所"),
    # declared GB2312, but written with characters GB2312 lacks (GBK/GB18030 only):
    # browsers decode gb2312 as gb18030, so must the crawler
    ("GB2312", "gb18030", "朱镕基与喆的狗", "堃的狗狗博客"),
    ("x-cp1251", "cp1251", "Форум о собаках", "Ссылка на породу"),
    ("iso-8859-8-i", "iso8859-8", "חדשות כלבים", "איך לאלף גור"),
    ("ks_c_5601-1987", "cp949", "강아지 뉴스 똠방각하", "강아지 훈련 방법"),
    ("koi8-r", "koi8-r", "Собачьи новости", "Дрессировка щенка"),
]


def legacy_page(title: str, anchor: str, meta: str = "") -> str:
    return f"""<!DOCTYPE html>
<html><head>{meta}<title>{title}</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body><div id="top"><a href="/">{anchor}</a></div>
<ul class="menu"><li><a href="/forum/">Forum</a></li><li><a href="/news/">News</a></li></ul>
<p>{title}. {anchor}.</p></body></html>"""


def decoded_by_spider(url: str, body: bytes, headers: dict) -> PageDoc:
    """What the spider does: Scrapy decodes, corrected by declared_encoding."""
    response = HtmlResponse(url, body=body, headers=headers)
    encoding = declared_encoding(response.headers.get("Content-Type"), response.body)
    if encoding is not None and encoding != response.encoding:
        response = response.replace(encoding=encoding)
    return PageDoc.from_selector(response.selector, response.url)


@pytest.mark.parametrize("label, codec, title, anchor", LEGACY_PAGES)
@pytest.mark.parametrize("declared_by", ["meta", "http-equiv", "header"])
def test_legacy_charset_pages_decode(label, codec, title, anchor, declared_by):
    meta = {"meta": f'<meta charset="{label}">',
            "http-equiv": f'<meta http-equiv="Content-Type" content="text/html; charset={label}">',
            "header": ""}[declared_by]
    headers = {"Content-Type": f"text/html; charset={label}" if declared_by == "header" else "text/html"}
    body = legacy_page(title, anchor, meta).encode(codec)
    doc = decoded_by_spider("https://www.sobaki-news.ru/", body, headers)
    assert doc.anchors[0].text == anchor
    assert page_title(doc) == title


@pytest.mark.parametrize("label, codec, title, anchor", [
    case for case in LEGACY_PAGES if case[0] in {"windows-1251", "Shift_JIS", "ISO-8859-2", "ISO-8859-7", "GB2312"}
])
def test_scrapy_alone_decodes_the_common_labels(label, codec, title, anchor):
    """The common labels need no help: Scrapy's own decoding is right."""
    for headers, meta in (({"Content-Type": f"text/html; charset={label}"}, ""),
                          ({"Content-Type": "text/html"}, f'<meta charset="{label}">')):
        response = HtmlResponse("https://www.sobaki-news.ru/",
                                body=legacy_page(title, anchor, meta).encode(codec), headers=headers)
        assert f"<title>{title}</title>" in response.text
        doc = PageDoc.from_html(response.text, response.url)
        assert doc.anchors[0].text == anchor
        assert page_title(doc) == title


def test_meta_after_the_first_4_kib():
    title, anchor = "Форум о собаках", "Дрессировка щенка"
    meta = "<style>" + ".menu li{margin:0 4px}\n" * 400 + "</style><meta charset=\"windows-1251\">"
    body = legacy_page(title, anchor, meta).encode("cp1251")
    assert body.index(b"charset") > 4096
    assert meta_encoding(body) == "cp1251"
    doc = decoded_by_spider("https://www.sobaki-news.ru/", body, {"Content-Type": "text/html"})
    assert doc.anchors[0].text == anchor


def test_meta_utf16_on_an_ascii_compatible_page_means_utf8():
    title, anchor = "Café des chiens – “Bonjour”", "Dressage du chiot"
    body = legacy_page(title, anchor, '<meta charset="utf-16">').encode("utf-8")
    assert declared_encoding("text/html", body) == "utf-8"
    doc = decoded_by_spider("https://www.chiens.example.fr/", body, {"Content-Type": "text/html"})
    assert page_title(doc) == title


def test_header_wins_over_meta_and_bom_wins_over_both():
    body = legacy_page("Собаки", "Щенки", '<meta charset="koi8-r">').encode("cp1251")
    assert declared_encoding("text/html; charset=windows-1251", body) == "cp1251"
    assert declared_encoding(b"text/html; charset=\"Windows-1251\"", body) == "cp1251"
    assert declared_encoding("text/html", body) == "koi8-r"
    utf8 = b"\xef\xbb\xbf" + legacy_page("Собаки", "Щенки").encode("utf-8")
    assert declared_encoding("text/html; charset=windows-1251", utf8) == "utf-8"


def test_unknown_labels_fall_through():
    body = legacy_page("Dogs", "Puppies", '<meta charset="utf8mb4-bogus"><meta charset="iso-8859-2">').encode("ascii")
    assert header_encoding("text/html; charset=none") is None
    assert declared_encoding("text/html; charset=none", body) == "iso8859-2"
    assert declared_encoding("text/html", b"<html><head><title>x</title></head><body>x</body></html>") is None


def test_meta_after_body_start_does_not_count():
    body = b"<html><head><title>x</title></head><body><p>text</p><meta charset='koi8-r'></body></html>"
    assert meta_encoding(body) is None


def test_meta_inside_a_comment_does_not_count():
    body = b"<html><head><!-- <meta charset='koi8-r'> --><meta charset='iso-8859-7'></head></html>"
    assert meta_encoding(body) == "iso8859-7"


def test_http_equiv_other_than_content_type_does_not_count():
    body = b'<meta name="description" content="charset=koi8-r is old"><meta http-equiv="refresh" content="5; charset=koi8-r">'
    assert meta_encoding(body) is None


@pytest.mark.parametrize("label, codec", [
    ("utf-8", "utf-8"), ("UTF8", "utf-8"), ("unicode-1-1-utf-8", "utf-8"), ("latin1", "cp1252"),
    ("iso-8859-1", "cp1252"), ("ascii", "cp1252"), ("gbk", "gb18030"), ("x-gbk", "gb18030"),
    ("gb_2312", "gb18030"), ("shift_jis", "cp932"), ("x-sjis", "cp932"), ("euc-kr", "cp949"),
    ("windows-949", "cp949"), ("big5", "big5hkscs"), ("x-x-big5", "big5hkscs"), ("koi8-ru", "koi8-u"),
    ("x-mac-cyrillic", "mac-cyrillic"), ("iso-8859-8-i", "iso8859-8"), ("logical", "iso8859-8"),
    ("x-cp1255", "cp1255"), ("windows-874", "cp874"), ("utf-16", "utf-16-le"), ("bogus", None), ("", None),
])
def test_resolve_label(label, codec):
    assert resolve_label(label) == codec
