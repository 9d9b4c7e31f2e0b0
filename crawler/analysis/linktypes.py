"""Redirect links (SPEC ``link_type = "redirect"``): hrefs that reach the target
through a redirect rather than pointing at it.

Three kinds, told from the href alone (no fetch):

``embedded``
    the href carries the destination itself: in a query parameter
    (``/out.php?url=https%3A%2F%2Ftarget.com``, ``google.com/url?q=...``,
    ``l.facebook.com/l.php?u=...``, affiliate networks' ``ued=``/``murl=``),
    percent-encoded (once or more) or base64-encoded, as the whole query
    (``href.li/?https://target.com``) or in the path
    (``/out/https://target.com/``, ``/go/aHR0cHM6Ly90YXJnZXQuY29t``).
``shortener``
    a URL shortener's host (``bit.ly``, ``t.co``, ``tinyurl.com``...).
``redirect_script``
    a redirect script or a cloaked affiliate path (``/go.php?id=12``,
    ``/out.php``, ``/recommends/acme/``, ``/go/acme/``, ``/visit/acme``); the
    weaker forms (``/link/123``, ``/click?...``, ``/track/...``) only on the
    linking page's own site.

What the spider does with them (see :func:`should_follow`):

* an embedded URL that matches the target is a ``redirect`` link to it at
  once: the destination is written in the href, so nothing is fetched;
* an embedded URL that points elsewhere settles it too (not the target),
  unless that URL is itself a shortener or redirect script: then that URL is
  fetched (:func:`follow_url`);
* shorteners and redirect scripts are fetched, following HTTP and meta
  refresh redirects (bounded hops: Scrapy's ``REDIRECT_MAX_TIMES``), at most
  :data:`MAX_FOLLOW_PER_PAGE` distinct hrefs per page
  (``BACKLINKS_REDIRECT_LINKS_PER_PAGE``), each distinct href once per run; a
  final URL that matches the target makes the link a ``redirect`` link.

Share buttons (``facebook.com/sharer.php?u=``, ``twitter.com/intent/tweet?url=``)
and archive copies (``web.archive.org/web/.../https://...``) carry a URL but
do not lead a reader to it: they are not redirects.
"""
from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, unquote, urlsplit

from crawler.analysis.anchors import is_naked_url
from crawler.urls import Target, host_of, normalize_url, registered_domain

__all__ = [
    "EMBED_PARAMS", "MAX_FOLLOW_PER_PAGE", "SHORTENER_HOSTS", "RedirectHint", "embedded_match",
    "embedded_target", "follow_url", "hrefs_to_follow", "redirect_hint", "should_follow",
]

#: Default number of distinct redirect hrefs fetched per linking page.
MAX_FOLLOW_PER_PAGE = 10
#: How deep nested embeddings are unwrapped (``google.com/url?q=<out.php?url=...>``).
_MAX_UNWRAP = 4

#: Hosts of URL shorteners (a subdomain counts: ``www.bit.ly``). Not the
#: single-site short hosts (``youtu.be``, ``redd.it``): they cannot lead to a target.
SHORTENER_HOSTS: frozenset[str] = frozenset({
    "bit.ly", "bitly.com", "bit.do", "j.mp", "t.co", "tinyurl.com", "tiny.cc", "tiny.one",
    "ow.ly", "buff.ly", "rebrand.ly", "rebrandly.com", "is.gd", "v.gd", "cutt.ly", "cutt.us",
    "goo.gl", "shorturl.at", "shorturl.com", "rb.gy", "lnkd.in", "amzn.to", "amzn.eu", "a.co",
    "t.ly", "s.id", "shorte.st", "sh.st", "adf.ly", "bl.ink", "short.io", "short.gy", "clck.ru",
    "qps.ru", "u.to", "x.co", "soo.gd", "trib.al", "dlvr.it", "fb.me", "ift.tt", "po.st",
    "snip.ly", "su.pr", "hubs.ly", "hubs.la", "mcaf.ee", "tr.im", "cli.gs", "zpr.io", "ouo.io",
    "gg.gg", "2.gp", "n9.cl", "wp.me", "shor.by", "lnk.bio", "t2m.io", "urlz.fr", "kutt.it",
    "tinu.be", "rotf.lol", "yourls.org", "bitly.ws", "ur1.ca", "qr.net", "1url.com", "ln.run",
    "surl.li", "chilp.it", "tny.im", "dub.sh", "spoo.me", "y2u.be", "tinyurl.is",
})

#: Query parameters that carry a destination URL (names compared lower-cased).
EMBED_PARAMS: frozenset[str] = frozenset({
    "url", "u", "to", "target", "dest", "destination", "redirect", "redirect_url", "redirecturl",
    "redir", "out", "link", "goto", "go", "r", "jump", "href", "uri", "ued", "murl", "adurl",
    "lp", "landing", "landing_page", "deeplink", "deep_link", "ulp", "mpre", "urllink",
    "ds_dest_url", "dest_url", "destination_url", "target_url", "targeturl", "external_url",
    "exit", "away", "outurl", "out_url", "click_url", "clickurl", "new_url", "site", "web",
})
#: ``q`` carries the destination on these redirect endpoints only (elsewhere it is a search).
_Q_ENDPOINTS = re.compile(r"/(?:url|redirect|away|link|out)(?:\.php)?/?$", re.I)

_SHARE_PATH = re.compile(
    r"shar(?:e|er)|intent/(?:tweet|post)|/submit|pin/create|/compose|/send|addtoany|"
    r"/bookmark|/login|/signin|/sign_in|/auth|/oauth|/logout|/register|/subscribe", re.I)
_NOT_REDIRECT_HOSTS = frozenset({"web.archive.org", "archive.org", "archive.ph", "archive.today",
                                 "translate.google.com", "translate.goog"})
_EMBEDDED_IN_PATH = re.compile(r"https?(?::|%3a)(?:/|%2f){1,2}", re.I)
_SCHEMELESS = re.compile(r"^(?:www\d?\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)+(?::\d+)?(?:[/?#].*)?$", re.I)
_BASE64 = re.compile(r"^[A-Za-z0-9+/_-]{12,}={0,2}$")

_SCRIPT_FILE = re.compile(
    r"/(?:go|out|redirect|redir|redirector|click|clicks|jump|away|exit|goto|outgoing|outbound|"
    r"external|leave|forward|visit|refer|referral|aff|affiliate|aff_c|track|tracking|link|url|r|"
    r"dl|count|counter|cl|ads?|banner|bannerclick|adclick|click_?through|rd|to)"
    r"\.(?:php\d?|asp|aspx|cgi|pl|jsp|cfm|do|html?)$",
    re.I,
)
_CLOAK_PATH = re.compile(
    r"^/(?:[a-z]{2}(?:-[a-z]{2})?/)?(?:go|out|goto|recommends|recommend|visit|refer|redirect|redir|"
    r"outbound|outgoing|external|exit|away|leave|aff|affiliate|affiliates|afflink|partner-link|"
    r"out-link|outlink|deal-link|jump)/[^/]+(?:/[^/]+)?/?$",
    re.I,
)
#: Weaker forms, taken only on the linking page's own site.
_LOCAL_SCRIPT_PATH = re.compile(
    r"^/(?:link|links|click|clicks|track|tracking|l|c|r|ref|xlink|extlink)(?:/[\w.-]+){0,2}/?$", re.I)
_ID = re.compile(r"\d")


@dataclass(frozen=True)
class RedirectHint:
    """Why an href is taken for a redirect, and where it says it goes."""

    kind: Literal["embedded", "shortener", "redirect_script"]
    embedded_url: str | None = None   #: the destination written in the href (kind ``embedded``)


def redirect_hint(link_url: str, page_url: str) -> RedirectHint | None:
    """How ``link_url`` (an absolute href on ``page_url``) redirects, or None
    when it looks like a plain link.

    >>> redirect_hint("https://blog.example/out.php?url=https%3A%2F%2Fshop.example%2Fx", "https://blog.example/p")
    RedirectHint(kind='embedded', embedded_url='https://shop.example/x')
    >>> redirect_hint("https://bit.ly/3abcDEF", "https://blog.example/p")
    RedirectHint(kind='shortener', embedded_url=None)
    >>> redirect_hint("https://blog.example/recommends/acme/", "https://blog.example/p")
    RedirectHint(kind='redirect_script', embedded_url=None)
    >>> redirect_hint("https://shop.example/dog-toys/", "https://blog.example/p") is None
    True
    """
    embedded = embedded_target(link_url)
    if embedded is not None:
        return RedirectHint("embedded", embedded)
    if is_shortener(link_url):
        return RedirectHint("shortener")
    if is_redirect_script(link_url, page_url):
        return RedirectHint("redirect_script")
    return None


def embedded_target(link_url: str) -> str | None:
    """The destination URL ``link_url`` carries (innermost when nested), or None.

    >>> embedded_target("https://www.google.com/url?sa=t&q=https://shop.example/&usg=x")
    'https://shop.example/'
    >>> embedded_target("https://site.example/go/aHR0cHM6Ly9zaG9wLmV4YW1wbGUvYQ")
    'https://shop.example/a'
    >>> embedded_target("https://www.facebook.com/sharer/sharer.php?u=https://shop.example/") is None
    True
    """
    found = None
    url = link_url
    for _ in range(_MAX_UNWRAP):
        inner = _embedded_once(url)
        if inner is None or inner == url:
            break
        found = url = inner
    return found


def embedded_match(link_url: str, target: Target) -> bool:
    """The href carries a URL that matches ``target``: a redirect link to it,
    known without a fetch (the destination is written in the href)."""
    embedded = embedded_target(link_url)
    return embedded is not None and target.matches(embedded)


def should_follow(link_url: str, page_url: str, target: Target) -> bool:
    """Must ``link_url`` be fetched to know whether it reaches ``target``?

    False for a direct link to the target, for an href whose embedded URL
    settles the question (it is or is not the target), and for plain links;
    True for shorteners and redirect scripts, and for an embedded URL that is
    itself one (fetch :func:`follow_url` then).

    >>> from crawler.urls import parse_target
    >>> shop = parse_target("https://shop.example/dog-toys/")
    >>> should_follow("https://bit.ly/3abc", "https://blog.example/p", shop)
    True
    >>> should_follow("https://blog.example/out?url=https://shop.example/dog-toys/", "https://blog.example/p", shop)
    False
    """
    if target.matches(link_url):
        return False
    hint = redirect_hint(link_url, page_url)
    if hint is None:
        return False
    if hint.kind != "embedded":
        return True
    inner = hint.embedded_url or ""
    if target.matches(inner):
        return False
    return is_shortener(inner) or is_redirect_script(inner, page_url)


def follow_url(link_url: str) -> str:
    """The URL to request to see where ``link_url`` leads: its innermost
    embedded URL when it carries one (no need to pass the tracker), else itself."""
    return embedded_target(link_url) or link_url


def hrefs_to_follow(link_urls: Iterable[str], page_url: str, target: Target,
                    *, limit: int = MAX_FOLLOW_PER_PAGE) -> list[str]:
    """The page's hrefs to fetch (:func:`should_follow`), distinct (by
    normalised URL), in page order, at most ``limit``.

    >>> from crawler.urls import parse_target
    >>> hrefs_to_follow(["https://bit.ly/a", "http://bit.ly/a", "https://t.co/b", "https://x.example/"],
    ...                 "https://blog.example/p", parse_target("shop.example"), limit=10)
    ['https://bit.ly/a', 'https://t.co/b']
    """
    chosen: list[str] = []
    seen: set[str] = set()
    for url in link_urls:
        if len(chosen) >= limit:
            break
        key = normalize_url(url)
        if key is None or key in seen:
            continue
        seen.add(key)
        if should_follow(url, page_url, target):
            chosen.append(url)
    return chosen


def is_shortener(url: str) -> bool:
    """The URL is on a URL shortener's host and has a short code.

    >>> is_shortener("https://bit.ly/3abc"), is_shortener("https://bit.ly/")
    (True, False)
    """
    host = host_of(url)
    if host is None:
        return False
    if not any(host == name or host.endswith("." + name) for name in SHORTENER_HOSTS):
        return False
    return urlsplit(url).path.strip("/") != ""


def is_redirect_script(url: str, page_url: str) -> bool:
    """The URL's path is a redirect script or a cloaked affiliate link (the
    weaker forms only on ``page_url``'s own site).

    >>> is_redirect_script("https://blog.example/go.php?id=12", "https://other.example/")
    True
    >>> is_redirect_script("https://blog.example/link/123", "https://blog.example/post")
    True
    >>> is_redirect_script("https://blog.example/link/123", "https://other.example/")
    False
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    path = parts.path or "/"
    if _SCRIPT_FILE.search(path):
        return True
    if _CLOAK_PATH.match(path):
        return True
    if _LOCAL_SCRIPT_PATH.match(path) and (_ID.search(path) or parts.query):
        same_site = registered_domain(url) is not None and registered_domain(url) == registered_domain(page_url)
        return same_site
    return False


# --------------------------------------------------------------------------- helpers

def _embedded_once(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").lower()
    if host in _NOT_REDIRECT_HOSTS or host.endswith(".translate.goog") or _SHARE_PATH.search(parts.path):
        return None
    query = parts.query
    if query:
        whole = _as_url(query, loose=False)
        if whole is not None:
            return whole
        for name, value in parse_qsl(query, keep_blank_values=False):
            name = name.lower()
            if name in EMBED_PARAMS or (name == "q" and _Q_ENDPOINTS.search(parts.path)):
                found = _as_url(value, loose=True)
                if found is not None:
                    return found
    path = parts.path
    match = _EMBEDDED_IN_PATH.search(path)
    if match and match.start() > 0:
        rest = path[match.start():]
        if parts.query:
            rest += "?" + parts.query
        found = _as_url(rest, loose=False)
        if found is not None:
            return found
    if _CLOAK_PATH.match(path) or _SCRIPT_FILE.search(path):
        for segment in path.strip("/").split("/")[1:]:
            found = _from_base64(segment)
            if found is not None:
                return found
    return None


def _as_url(value: str, *, loose: bool) -> str | None:
    """An http(s) URL read from a parameter value: as it is, percent-decoded
    (up to three times) or base64-decoded; with ``loose``, a bare host with an
    optional path (``www.shop.example/x``) too."""
    text = value.strip()
    for _ in range(3):
        if text.lower().startswith(("http://", "https://")):
            return _repair(text)
        if text.lower().startswith(("http:/", "https:/")):  # slashes merged by a path normaliser
            return _repair(text.replace(":/", "://", 1))
        decoded = unquote(text)
        if decoded == text:
            break
        text = decoded.strip()
    if text.startswith("//") and _SCHEMELESS.match(text[2:]):
        return "http:" + text
    decoded64 = _from_base64(text)
    if decoded64 is not None:
        return decoded64
    if loose and _SCHEMELESS.match(text) and is_naked_url(text):
        return _repair("http://" + text)
    return None


def _from_base64(text: str) -> str | None:
    if not _BASE64.match(text):
        return None
    padded = text + "=" * (-len(text) % 4)
    for decode in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            raw = decode(padded)
        except (binascii.Error, ValueError):
            continue
        try:
            decoded = raw.decode("utf-8").strip()
        except UnicodeDecodeError:
            continue
        if decoded.lower().startswith(("http://", "https://")) and normalize_url(decoded) is not None:
            return decoded
    return None


def _repair(url: str) -> str | None:
    """The URL when it is a usable http(s) URL, else None."""
    return url if normalize_url(url) is not None else None
