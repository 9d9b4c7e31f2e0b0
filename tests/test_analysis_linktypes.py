"""Redirect links: embedded destinations, shorteners, redirect scripts, and
which hrefs the spider follows."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

from crawler.analysis.document import PageDoc
from crawler.analysis.linktypes import (
    MAX_FOLLOW_PER_PAGE, RedirectHint, embedded_match, embedded_target, follow_url, hrefs_to_follow,
    is_redirect_script, is_shortener, redirect_hint, should_follow,
)
from crawler.urls import parse_target

SITES = Path(__file__).parent / "web" / "sites"
PAGE = "https://www.dealhound-coupons.com/best-dog-beds-2024/"
TARGET_URL = "https://www.snugglepup-beds.com/dog-beds/orthopedic/"
TARGET = parse_target(TARGET_URL)
DOMAIN = parse_target("snugglepup-beds.com")


def b64(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


# --------------------------------------------------------------------------- the fixture deals page

@pytest.fixture(scope="module")
def deals() -> PageDoc:
    html = (SITES / "www.dealhound-coupons.com/best-dog-beds-2024/index.html").read_text(encoding="utf-8")
    return PageDoc.from_html(html, PAGE)


def hint_by_text(doc: PageDoc) -> dict[str, RedirectHint | None]:
    return {anchor.text: redirect_hint(anchor.url, doc.url) for anchor in doc.anchors if anchor.url}


def test_fixture_page_hints(deals):
    hints = hint_by_text(deals)
    assert hints["Get the SnugglePup deal"] == RedirectHint("shortener")
    assert hints["snugglepup-beds.com orthopedic range"] == RedirectHint("embedded", TARGET_URL)
    assert hints["SnugglePup orthopedic dog beds"] == RedirectHint("redirect_script")
    assert hints["calming dog bed deal"] == RedirectHint(
        "embedded", "https://www.snugglepup-beds.com/dog-beds/calming/")
    assert hints["travel dog bed, 20% off"] == RedirectHint(
        "embedded", "https://www.snugglepup-beds.com/dog-beds/travel/")
    assert hints["t.co/Ab12Cd34Ef"] == RedirectHint("shortener")
    assert hints["tinyurl.com/dogbedsale24"] == RedirectHint("shortener")
    assert hints["Fetch & Frolic chew toys"] == RedirectHint("redirect_script")
    assert hints["K9 Nutrition Guide"] == RedirectHint("embedded", "https://www.k9-nutrition-guide.com/")
    assert hints["January dog bed deals"] == RedirectHint("redirect_script")
    # plain links, navigation and share buttons are not redirects
    for text in ("rope toys", "Share on Facebook", "Tweet", "DealHound", "Pets", "Affiliate disclosure"):
        assert hints[text] is None, text


def test_fixture_page_redirect_links_to_the_target(deals):
    urls = [anchor.url for anchor in deals.anchors if anchor.url]
    # known without a fetch: the embedded orthopedic URL
    assert [u for u in urls if embedded_match(u, TARGET)] == [
        "https://www.dealhound-coupons.com/out.php?url=https%3A%2F%2Fwww.snugglepup-beds.com%2Fdog-beds%2Forthopedic%2F"]
    # a domain target: every embedded snugglepup URL
    assert len([u for u in urls if embedded_match(u, DOMAIN)]) == 3
    # to fetch: shorteners and scripts, not the embedded ones (settled), not plain links
    assert hrefs_to_follow(urls, PAGE, TARGET) == [
        "https://bit.ly/3xDogBd",
        "https://www.dealhound-coupons.com/go/snugglepup/",
        "https://t.co/Ab12Cd34Ef",
        "https://tinyurl.com/dogbedsale24",
        "https://www.dealhound-coupons.com/recommends/fetch-frolic/",
        "https://www.dealhound-coupons.com/link/1432",
    ]


def test_fixture_redirects_lead_where_they_say():
    """The local web answers the fixture redirect hrefs with a Location header."""
    for path, location in [
        ("bit.ly/3xDogBd.headers", TARGET_URL),
        ("www.dealhound-coupons.com/go/snugglepup/index.html.headers",
         TARGET_URL + "?utm_source=dealhound&utm_medium=affiliate"),
    ]:
        headers = (SITES / path).read_text(encoding="utf-8").splitlines()
        assert headers[0].startswith("Status: 30")
        assert f"Location: {location}" in headers
        assert TARGET.matches(location)


# --------------------------------------------------------------------------- embedded destinations

@pytest.mark.parametrize("href,expected", [
    ("https://blog.example.com/out.php?url=https%3A%2F%2Fshop.example.com%2Fx", "https://shop.example.com/x"),
    ("https://blog.example.com/go.php?u=https://shop.example.com/x", "https://shop.example.com/x"),
    ("https://blog.example.com/r?to=https://shop.example.com/", "https://shop.example.com/"),
    ("https://blog.example.com/exit?target=https://shop.example.com/", "https://shop.example.com/"),
    ("https://blog.example.com/x?dest=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?destination=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?redirect=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?redirect_url=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?out=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?link=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?goto=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?r=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://blog.example.com/x?URL=https://shop.example.com/a", "https://shop.example.com/a"),
    ("https://www.google.com/url?sa=t&q=https://shop.example.com/&usg=x", "https://shop.example.com/"),
    ("https://www.youtube.com/redirect?event=video&q=https%3A%2F%2Fshop.example.com%2F", "https://shop.example.com/"),
    ("https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2Fa&h=AT0", "https://shop.example.com/a"),
    ("https://vk.com/away.php?to=https%3A%2F%2Fshop.example.com%2F", "https://shop.example.com/"),
    ("https://click.linksynergy.com/deeplink?id=x&mid=1&murl=https%3A%2F%2Fshop.example.com%2Fp", "https://shop.example.com/p"),
    ("https://href.li/?https://shop.example.com/", "https://shop.example.com/"),
    # twice percent-encoded
    ("https://blog.example.com/out?url=https%253A%252F%252Fshop.example.com%252Fx", "https://shop.example.com/x"),
    # base64 in a parameter and in the path
    ("https://blog.example.com/out.php?url=" + b64("https://shop.example.com/b"), "https://shop.example.com/b"),
    ("https://blog.example.com/go/" + b64("https://shop.example.com/c"), "https://shop.example.com/c"),
    # path forms, a path normaliser may have merged the slashes
    ("https://blog.example.com/out/https://shop.example.com/d", "https://shop.example.com/d"),
    ("https://blog.example.com/redirect/https:/shop.example.com/d", "https://shop.example.com/d"),
    ("https://blog.example.com/go/https%3A%2F%2Fshop.example.com%2Fe", "https://shop.example.com/e"),
    ("https://prf.hn/click/camref:1a2b/destination:https%3A%2F%2Fshop.example.com%2Ff", "https://shop.example.com/f"),
    # scheme-less destinations
    ("https://blog.example.com/go.php?url=www.shop.example.com/g", "http://www.shop.example.com/g"),
    ("https://blog.example.com/go.php?to=shop.example.com", "http://shop.example.com"),
    # nested: the innermost wins
    ("https://www.google.com/url?q=" + "https%3A%2F%2Fblog.example.com%2Fout%3Furl%3Dhttps%253A%252F%252Fshop.example.com%252F",
     "https://shop.example.com/"),
])
def test_embedded_target(href, expected):
    assert embedded_target(href) == expected


@pytest.mark.parametrize("href", [
    "https://shop.example.com/dog-beds/",
    "https://www.google.com/search?q=https://shop.example.com/",      # a search, not a redirect
    "https://www.facebook.com/sharer/sharer.php?u=https://shop.example.com/",
    "https://twitter.com/intent/tweet?url=https://shop.example.com/&text=x",
    "https://www.linkedin.com/shareArticle?mini=true&url=https://shop.example.com/",
    "https://pinterest.com/pin/create/button/?url=https://shop.example.com/",
    "https://web.archive.org/web/2019/https://shop.example.com/",
    "https://blog.example.com/wp-login.php?redirect_to=https://blog.example.com/wp-admin/",
    "https://blog.example.com/login?redirect=https://blog.example.com/account",
    "https://blog.example.com/x?link=products.html",                # not a host
    "https://blog.example.com/x?r=1&u=42",
    "https://blog.example.com/go/summer-sale/",                      # a cloak, but nothing embedded
])
def test_no_embedded_target(href):
    assert embedded_target(href) is None


# --------------------------------------------------------------------------- shorteners and scripts

@pytest.mark.parametrize("href,expected", [
    ("https://bit.ly/3abc", True), ("http://t.co/xyz", True), ("https://tinyurl.com/abc", True),
    ("https://ow.ly/abc", True), ("https://buff.ly/abc", True), ("https://rebrand.ly/abc", True),
    ("https://is.gd/abc", True), ("https://cutt.ly/abc", True), ("https://goo.gl/abc", True),
    ("https://tiny.cc/abc", True), ("https://shorturl.at/abc", True), ("https://rb.gy/abc", True),
    ("https://lnkd.in/abc", True), ("https://amzn.to/abc", True), ("https://www.bit.ly/abc", True),
    ("https://bit.ly/", False), ("https://youtu.be/dQw4w9WgXcQ", False), ("https://notbit.ly/abc", False),
])
def test_is_shortener(href, expected):
    assert is_shortener(href) is expected


@pytest.mark.parametrize("href,page,expected", [
    ("https://blog.example.com/go.php?id=12", "https://blog.example.com/p", True),
    ("https://blog.example.com/out.php?id=12", "https://other.example.org/", True),
    ("https://blog.example.com/redirect.php?l=3", "https://blog.example.com/p", True),
    ("https://blog.example.com/click.php?b=9", "https://blog.example.com/p", True),
    ("https://blog.example.com/recommends/acme/", "https://blog.example.com/p", True),
    ("https://blog.example.com/go/acme/", "https://blog.example.com/p", True),
    ("https://blog.example.com/visit/acme", "https://blog.example.com/p", True),
    ("https://blog.example.com/refer/acme/", "https://blog.example.com/p", True),
    ("https://blog.example.com/out/acme", "https://blog.example.com/p", True),
    ("https://blog.example.com/link/123", "https://blog.example.com/p", True),
    ("https://blog.example.com/click?id=9", "https://blog.example.com/p", True),
    ("https://blog.example.com/track/abc123", "https://www.blog.example.com/p", True),
    # the weak forms only on the page's own site
    ("https://blog.example.com/link/123", "https://other.example.org/", False),
    ("https://blog.example.com/click?id=9", "https://other.example.org/", False),
    # ordinary pages
    ("https://blog.example.com/links/", "https://blog.example.com/p", False),
    ("https://blog.example.com/link/about-us", "https://blog.example.com/p", False),
    ("https://blog.example.com/offers/summer-sale/", "https://blog.example.com/p", False),
    ("https://blog.example.com/index.php?id=12", "https://blog.example.com/p", False),
    ("https://blog.example.com/2024/01/go-to-the-park/", "https://blog.example.com/p", False),
])
def test_is_redirect_script(href, page, expected):
    assert is_redirect_script(href, page) is expected


# --------------------------------------------------------------------------- following

def test_should_follow():
    page = "https://blog.example.com/p"
    target = parse_target("https://shop.example.com/x")
    assert should_follow("https://bit.ly/abc", page, target)
    assert should_follow("https://blog.example.com/go/shop/", page, target)
    assert not should_follow("https://shop.example.com/x", page, target)           # direct
    assert not should_follow("https://other.example.org/x", page, target)          # plain
    assert not should_follow("https://blog.example.com/out?u=https://shop.example.com/x", page, target)  # settled: yes
    assert not should_follow("https://blog.example.com/out?u=https://else.example.org/", page, target)   # settled: no
    # an embedded shortener must be fetched, at its own URL
    wrapped = "https://www.google.com/url?q=https://bit.ly/abc"
    assert should_follow(wrapped, page, target)
    assert follow_url(wrapped) == "https://bit.ly/abc"
    assert follow_url("https://bit.ly/abc") == "https://bit.ly/abc"


def test_hrefs_to_follow_dedupes_and_bounds():
    page = "https://blog.example.com/p"
    target = parse_target("shop.example.com")
    hrefs = [f"https://bit.ly/code{i}" for i in range(15)]
    hrefs = hrefs[:3] + ["http://bit.ly/code0", "https://bit.ly/code1#x"] + hrefs[3:]
    chosen = hrefs_to_follow(hrefs, page, target)
    assert len(chosen) == MAX_FOLLOW_PER_PAGE == 10
    assert chosen[:4] == ["https://bit.ly/code0", "https://bit.ly/code1", "https://bit.ly/code2", "https://bit.ly/code3"]
    assert hrefs_to_follow(hrefs, page, target, limit=2) == chosen[:2]
    assert hrefs_to_follow(hrefs, page, target, limit=0) == []
    assert hrefs_to_follow(["mailto:x@y.z", "not a url", "https://shop.example.com/"], page, target) == []
