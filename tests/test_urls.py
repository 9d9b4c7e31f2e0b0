"""URL normalisation and target matching (crawler/urls.py), SPEC "Input"."""
from __future__ import annotations

import doctest

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from crawler import urls
from crawler.urls import (
    Target, host_of, is_http_url, normalize_host, normalize_url, parse_target,
    registered_domain, same_page, site_of, url_depth,
)

# --------------------------------------------------------------------------- strategies

LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=10).filter(
    lambda label: label != "www")
SUFFIX = st.sampled_from(["com", "org", "net", "de", "co.uk", "com.au", "io"])
# Path and query characters: unreserved, a few reserved, some that must be escaped, non-ASCII.
SEGMENT = st.text("abcXYZ019-._~!$'()*,;:@ é€中", min_size=1, max_size=8).filter(
    lambda seg: seg not in (".", ".."))
PARAM_NAME = st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=6).filter(
    lambda name: not name.startswith("utm_") and name not in urls.TRACKING_PARAMS)
PARAM_VALUE = st.text("abcXYZ019-._~ é/?:", max_size=8)
TRACKING = st.sampled_from(["utm_source", "utm_medium", "UTM_Campaign", "utm_content", "gclid",
                            "fbclid", "mc_cid", "mc_eid", "msclkid"])


@st.composite
def url_parts(draw):
    host = ".".join(draw(st.lists(LABEL, min_size=1, max_size=3))) + "." + draw(SUFFIX)
    segments = draw(st.lists(SEGMENT, max_size=4))
    names = draw(st.lists(PARAM_NAME, max_size=3, unique=True))
    params = [(name, draw(PARAM_VALUE)) for name in names]
    return {"host": host, "segments": segments, "params": params}


def build(parts, *, scheme="https", www=False, port="", slash=False, fragment="",
          tracking=(), upper_host=False, lower_escapes=False, escape_unreserved=False):
    host = ("www." if www else "") + parts["host"]
    if upper_host:
        host = host.upper()

    def esc(text):
        out = []
        for char in text:
            if char.isascii() and (char.isalnum() or char in "-._~!$'()*,;:@"):
                out.append(f"%{ord(char):02x}" if escape_unreserved and char.isalnum() else char)
            else:
                out.extend(f"%{b:02x}" if lower_escapes else f"%{b:02X}" for b in char.encode())
        return "".join(out)

    path = "/" + "/".join(esc(seg) for seg in parts["segments"])
    if slash and not path.endswith("/"):
        path += "/"
    params = [f"{esc(name)}={esc(value)}" for name, value in parts["params"]]
    for position, (name, value) in tracking:
        params.insert(min(position, len(params)), f"{name}={value}")
    query = "?" + "&".join(params) if params else ""
    return f"{scheme}://{host}{port}{path}{query}{fragment}"


# --------------------------------------------------------------------------- properties

@given(st.text(max_size=80))
@example("http://x.com/%zz%")
@example("http://[::1]/")
@example("http://x.com:0/")
def test_never_raises_and_is_idempotent_on_any_text(text):
    key = normalize_url(text)
    assert key is None or normalize_url(key) == key
    key = normalize_url("http://" + text)
    assert key is None or normalize_url(key) == key


@given(url_parts())
def test_idempotent(parts):
    key = normalize_url(build(parts))
    assert key is not None
    assert normalize_url(key) == key


@given(url_parts(), st.data())
def test_invariant_under_ignored_variations(parts, data):
    base = normalize_url(build(parts))
    assert base is not None
    tracking = data.draw(st.lists(st.tuples(st.integers(0, 3),
                                            st.tuples(TRACKING, PARAM_VALUE.map(lambda v: v.replace(" ", "+")))),
                                  max_size=3))
    variants = {
        "scheme": build(parts, scheme="http"),
        "www": build(parts, www=True),
        "host case": build(parts, upper_host=True),
        "default port https": build(parts, port=":443"),
        "default port http": build(parts, scheme="http", port=":80"),
        "trailing slash": build(parts, slash=True),
        "fragment": build(parts, fragment="#" + data.draw(st.text("abc-_/!", max_size=6))),
        "tracking": build(parts, tracking=tracking),
        "escape case": build(parts, lower_escapes=True),
        "escaped unreserved": build(parts, escape_unreserved=True),
    }
    variants["all at once"] = build(parts, scheme="http", www=True, upper_host=True, port=":80",
                                    slash=True, fragment="#top", tracking=tracking,
                                    lower_escapes=True, escape_unreserved=True)
    for what, url in variants.items():
        assert normalize_url(url) == base, what
        assert same_page(url, build(parts)), what


@given(url_parts(), SEGMENT, SEGMENT)
def test_sensitive_to_a_different_path(parts, one, other):
    assume(one != other)
    a = dict(parts, segments=parts["segments"] + [one])
    b = dict(parts, segments=parts["segments"] + [other])
    assert normalize_url(build(a)) != normalize_url(build(b))
    assert not same_page(build(a), build(b))


@given(url_parts(), PARAM_NAME, PARAM_VALUE, PARAM_VALUE)
def test_sensitive_to_a_different_query_value(parts, name, one, other):
    assume(one != other)
    params = [(n, v) for n, v in parts["params"] if n != name]
    a = dict(parts, params=params + [(name, one)])
    b = dict(parts, params=params + [(name, other)])
    assert normalize_url(build(a)) != normalize_url(build(b))


@given(url_parts(), LABEL)
def test_sensitive_to_a_different_host(parts, label):
    other = dict(parts, host=label + "x." + parts["host"])
    assert normalize_url(build(parts)) != normalize_url(build(other))
    assert host_of(build(parts)) != host_of(build(other))


@given(url_parts())
def test_query_order_does_not_matter(parts):
    reordered = dict(parts, params=list(reversed(parts["params"])))
    assert normalize_url(build(parts)) == normalize_url(build(reordered))


# --------------------------------------------------------------------------- examples

@pytest.mark.parametrize("a, b", [
    ("http://example.com", "https://example.com/"),
    ("https://www.example.com/a/", "http://example.com/a"),
    ("https://EXAMPLE.com/a", "https://example.com/a"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:80/a", "http://example.com/a"),
    ("https://example.com/a#section", "https://example.com/a"),
    ("https://example.com/a?utm_source=x&utm_medium=y", "https://example.com/a"),
    ("https://example.com/a?id=3&gclid=abc&fbclid=def&mc_cid=1&mc_eid=2", "https://example.com/a?id=3"),
    ("https://example.com/caf%c3%a9", "https://example.com/café"),
    ("https://example.com/%7Euser", "https://example.com/~user"),
    ("https://example.com/a/./b/../c", "https://example.com/a/c"),
    ("https://example.com/a?b=2&a=1", "https://example.com/a?a=1&b=2"),
    ("https://user:secret@example.com/a", "https://example.com/a"),
    ("  https://example.com/a\n", "https://example.com/a"),
    ("https://example.com./a", "https://example.com/a"),
    ("http://bücher.de/", "http://xn--bcher-kva.de/"),
    ("http://BÜCHER.de/", "http://www.xn--bcher-kva.de"),
    ("http://例え.テスト/パス", "http://xn--r8jz45g.xn--zckzah/%E3%83%91%E3%82%B9"),
    ("http://127.0.0.1:80/", "https://127.0.0.1"),
    ("http://[2001:DB8::1]/", "http://[2001:db8:0::1]/"),
])
def test_same_after_normalisation(a, b):
    assert normalize_url(a) is not None
    assert normalize_url(a) == normalize_url(b)
    assert same_page(a, b)


@pytest.mark.parametrize("a, b", [
    ("https://example.com/a", "https://example.com/A"),            # path case counts
    ("https://example.com/a", "https://example.com/b"),
    ("https://example.com/a?id=1", "https://example.com/a?id=2"),
    ("https://example.com/a?id=1", "https://example.com/a"),
    ("https://example.com/", "https://example.org/"),
    ("https://example.com/", "https://blog.example.com/"),
    ("https://www2.example.com/", "https://example.com/"),          # only "www." is dropped
    ("https://example.com:8443/", "https://example.com/"),
    ("http://example.com:443/", "http://example.com/"),             # 443 is not http's port
    ("https://example.com/a%2Fb", "https://example.com/a/b"),       # escaped "/" is not "/"
    ("https://example.com/?q=a%26b", "https://example.com/?q=a&b"),
    ("https://www.com/", "https://com/"),
])
def test_different_after_normalisation(a, b):
    assert normalize_url(a) != normalize_url(b)
    assert not same_page(a, b)


def test_key_shape():
    assert normalize_url("HTTPS://www.Example.com:443/a/b/?utm_source=x&b=2&a=1#top") == "//example.com/a/b?a=1&b=2"
    assert normalize_url("http://example.com") == "//example.com/"
    assert normalize_url("http://example.com:8080/x/") == "//example.com:8080/x"
    assert normalize_url("http://example.com/a b") == "//example.com/a%20b"
    assert normalize_url("http://example.com/100%") == "//example.com/100%25"


@pytest.mark.parametrize("bad", [
    "", "   ", "example.com/page", "ftp://example.com/", "mailto:a@example.com",
    "javascript:void(0)", "http://", "http:///path", "http://exa mple.com/",
    "http://example.com:99999/", "http://example.com:port/", "http://[::1/",
    "http://999.1.1.1/", "http://a..b.com/", "data:text/html,hi", None, 42,
])
def test_unusable_urls(bad):
    assert normalize_url(bad) is None
    assert not is_http_url(bad)
    assert not same_page(bad, bad)


def test_is_http_url():
    assert is_http_url("https://example.com/x")
    assert is_http_url("HTTP://EXAMPLE.COM")
    assert not is_http_url("//example.com/x")   # a key, not an absolute URL


def test_host_of_and_site_of():
    assert host_of("https://WWW.Example.com:8443/x") == "www.example.com"
    assert host_of("https://münchen.de/") == "xn--mnchen-3ya.de"
    assert host_of("http://[::1]:8080/") == "[::1]"
    assert host_of("mailto:x@example.com") is None
    assert site_of("https://www.Dogblog.com/post/1") == "dogblog.com"
    assert site_of("https://blog.dogblog.com/") == "blog.dogblog.com"
    assert site_of("not a url") == ""


@pytest.mark.parametrize("url, depth", [
    ("https://example.com", 0), ("https://example.com/", 0), ("https://example.com/a", 1),
    ("https://example.com/a/b/", 2), ("https://example.com/a/b", 2),
    ("https://example.com/a//b/?x=/c/d", 2), ("https://example.com/a/../b/c", 2),
    ("https://example.com/index.html", 1),
])
def test_url_depth(url, depth):
    assert url_depth(url) == depth


def test_normalize_host():
    assert normalize_host("Bücher.DE.") == "xn--bcher-kva.de"
    assert normalize_host("foo_bar.example.com") == "foo_bar.example.com"
    assert normalize_host("☃.net") == "xn--n3h.net"
    assert normalize_host("[2001:DB8::0:1]") == "[2001:db8::1]"
    assert normalize_host("bad host") is None
    assert normalize_host("") is None
    assert normalize_host("a" * 64 + ".com") is None


# --------------------------------------------------------------------------- registered domains

@pytest.mark.parametrize("given_, expected", [
    ("https://www.example.com/a", "example.com"),
    ("https://blog.shop.example.co.uk/x", "example.co.uk"),
    ("example.co.uk", "example.co.uk"),
    ("www.bbc.co.uk:8080", "bbc.co.uk"),
    ("https://alice.github.io/project/", "alice.github.io"),
    ("https://x.alice.github.io/", "alice.github.io"),
    ("https://someone.blogspot.com/2024/01/post.html", "someone.blogspot.com"),
    ("https://example.com.au/", "example.com.au"),
    ("https://bücher.de/", "xn--bcher-kva.de"),
    ("http://127.0.0.1:8000/", "127.0.0.1"),
    ("http://[::1]/", "[::1]"),
    ("localhost", "localhost"),
    ("http://localhost:8000/x", "localhost"),
    ("intranet.corp.internal-tld", "corp.internal-tld"),
    ("co.uk", None),
    ("github.io", None),
    ("mailto:x@example.com", None),
    ("", None),
])
def test_registered_domain(given_, expected):
    assert registered_domain(given_) == expected


def test_public_suffix_list_is_the_bundled_snapshot(monkeypatch):
    """No network and no disk cache: building the extractor must not fetch."""
    import requests
    import tldextract.cache

    def no_fetch(*args, **kwargs):
        raise AssertionError("tried to fetch the public suffix list")

    monkeypatch.setattr(tldextract.cache.DiskCache, "cached_fetch_url", no_fetch)
    monkeypatch.setattr(requests.Session, "send", no_fetch)
    urls._extractor.cache_clear()
    urls._registered_domain_of_host.cache_clear()
    assert registered_domain("https://news.example.co.uk/") == "example.co.uk"


# --------------------------------------------------------------------------- targets

def test_bare_domain_target_matches_subdomains_only():
    target = parse_target("example.com")
    assert target == Target(text="example.com", kind="domain", key="example.com", host="example.com")
    for url in ["https://example.com/", "http://www.example.com/page", "https://blog.example.com/x?y=1",
                "https://a.b.EXAMPLE.com:8080/", "https://example.com./"]:
        assert target.matches(url), url
    for url in ["https://notexample.com/", "https://example.com.evil.net/", "https://example.org/",
                "https://evil.net/?u=https://example.com/", "https://evil.net/example.com",
                "mailto:info@example.com", "ftp://example.com/"]:
        assert not target.matches(url), url


@pytest.mark.parametrize("text", ["www.example.com", "example.com/", "EXAMPLE.COM", " example.com ",
                                  "*.example.com", "www.example.com/"])
def test_bare_host_spellings(text):
    target = parse_target(text)
    assert target.kind == "domain" and target.key == "example.com"
    assert target.matches("https://shop.example.com/")


def test_subdomain_target_covers_its_own_subdomains():
    target = parse_target("blog.example.com")
    assert target.matches("https://blog.example.com/post")
    assert target.matches("https://www.blog.example.com/post")
    assert target.matches("https://eu.blog.example.com/post")
    assert not target.matches("https://shop.example.com/")
    assert not target.matches("https://example.com/")
    assert target.registered_domain == "example.com"


def test_public_suffix_targets():
    assert parse_target("co.uk") is None
    assert parse_target("github.io") is None
    uk = parse_target("example.co.uk")
    assert uk.matches("https://www.example.co.uk/") and not uk.matches("https://other.co.uk/")
    pages = parse_target("alice.github.io")
    assert pages.matches("https://alice.github.io/project/")
    assert not pages.matches("https://bob.github.io/")


def test_idn_and_ip_targets():
    target = parse_target("bücher.de")
    assert target.key == "xn--bcher-kva.de"
    assert target.matches("https://www.xn--bcher-kva.de/")
    assert target.matches("https://shop.Bücher.de/")
    ip = parse_target("192.0.2.10")
    assert ip.kind == "domain"
    assert ip.matches("http://192.0.2.10:8080/x")
    assert not ip.matches("http://192.0.2.100/")


def test_url_target():
    target = parse_target("https://www.example.com/pricing/")
    assert target.kind == "url" and target.key == "//example.com/pricing" and target.host == "example.com"
    for url in ["http://example.com/pricing", "https://www.example.com/pricing/?utm_source=news#plans",
                "https://EXAMPLE.com:443/pricing"]:
        assert target.matches(url), url
    for url in ["https://example.com/pricing/team", "https://example.com/", "https://blog.example.com/pricing",
                "https://example.com/pricing?plan=pro"]:
        assert not target.matches(url), url


def test_url_target_without_scheme_and_homepage_url():
    assert parse_target("example.com/page").key == "//example.com/page"
    assert parse_target("example.com:8080").key == "//example.com:8080/"
    home = parse_target("https://example.com")
    assert home.kind == "url"
    assert home.matches("http://www.example.com/") and not home.matches("https://example.com/about")


@pytest.mark.parametrize("bad", ["", "  ", "mailto:me@example.com", "ftp://example.com/file",
                                 "javascript:void(0)", "http://", "exa mple.com", "http://exa mple.com/",
                                 None])
def test_unusable_targets(bad):
    assert parse_target(bad) is None


def test_doctests():
    result = doctest.testmod(urls)
    assert result.attempted > 10 and result.failed == 0


@settings(max_examples=200)
@given(url_parts())
def test_url_target_agrees_with_same_page(parts):
    url = build(parts)
    target = parse_target(url)
    assert target.kind == "url"
    assert target.matches(build(parts, scheme="http", www=True, slash=True, fragment="#x"))
    assert parse_target(parts["host"]).matches(url)
