"""URL normalisation and target matching: the one place that decides "same URL".

Everything that compares two URLs (does this ``<a href>`` point at the
target? did the page redirect somewhere else? is this the same linking page?)
goes through :func:`normalize_url`, so the rules live here and nowhere else
(SPEC, "Input"):

* the scheme is ignored (``http`` and ``https`` are one page);
* a leading ``www.`` is dropped, the host is lower-cased and IDNA-encoded
  (``Bücher.de`` and ``xn--bcher-kva.de`` are one host), a trailing dot too;
* the default port (80 for http, 443 for https) is dropped, user info too;
* trailing slashes are ignored (``/a/`` is ``/a``; ``x.com`` is ``x.com/``);
* ``.`` and ``..`` path segments are resolved, as a browser does;
* the fragment is dropped;
* percent-encoding is normalised (RFC 3986 6.2.2): escapes of unreserved
  characters are decoded, the others upper-cased, and characters that must be
  escaped (spaces, non-ASCII...) are escaped as UTF-8;
* tracking parameters (:data:`TRACKING_PARAMS`, any ``utm_*``) are removed;
* the remaining query parameters are **sorted by name** (stable: repeated
  names keep their relative order), because ``?a=1&b=2`` and ``?b=2&a=1``
  are the same page for every site an SEO user deals with; a ``+`` and a
  ``%20`` stay distinct, as do ``?a`` and ``?a=``.

No Scrapy import, no network: the public suffix list is tldextract's bundled
snapshot.
"""
from __future__ import annotations

import ipaddress
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal
from urllib.parse import SplitResult, unquote, unquote_plus, urlsplit

import idna
import tldextract

__all__ = [
    "TRACKING_PARAMS", "Target", "host_of", "is_http_url", "normalize_host",
    "normalize_url", "parse_target", "registered_domain", "same_page",
    "site_of", "url_depth",
]

#: Query parameters that never change the page: analytics and ad click ids.
#: ``utm_*`` (any suffix) is matched separately. Names compare case-insensitively.
TRACKING_PARAMS: frozenset[str] = frozenset({
    # the SPEC's list
    "gclid", "fbclid", "mc_cid", "mc_eid",
    # other click ids and analytics tags with the same job (ads, e-mail tools)
    "msclkid", "dclid", "gbraid", "wbraid", "yclid", "ttclid", "twclid",
    "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
})

_DEFAULT_PORTS = {"http": 80, "https": 443}
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
#: Characters left as they are in a path (pchar and "/"), RFC 3986 3.3.
_PATH_SAFE = _UNRESERVED | frozenset("!$&'()*+,;=:@/")
#: In a query name or value: pchar, "/" and "?", but not the "&"/"=" delimiters
#: when they were escaped (those arrive as ``%26``/``%3D`` and stay so).
_QUERY_SAFE = _UNRESERVED | frozenset("!$'()*+,;:@/?")
_PERCENT = re.compile(r"%([0-9A-Fa-f]{2})")
_TAB_NEWLINE = re.compile(r"[\t\n\r]")
_LABEL = re.compile(r"^[a-z0-9_-]{1,63}$")
_IPV4_LIKE = re.compile(r"^[0-9.]+$")


# --------------------------------------------------------------------------- hosts

def normalize_host(host: str) -> str | None:
    """Lower-case, IDNA (ASCII) form of a host name, without a trailing dot.

    IPv4 addresses come back as they are, IPv6 in brackets and compressed.
    None when the text cannot be a host.

    >>> normalize_host("Bücher.DE.")
    'xn--bcher-kva.de'
    >>> normalize_host("[2001:DB8::0:1]")
    '[2001:db8::1]'
    >>> normalize_host("bad host") is None
    True
    """
    host = unquote(host.strip()).rstrip(".")
    if not host:
        return None
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if ":" in host:
        try:
            return f"[{ipaddress.IPv6Address(host).compressed}]"
        except ValueError:
            return None
    if host.isascii():
        ascii_host = host.lower()
    else:
        ascii_host = _idna_encode(host)
        if ascii_host is None:
            return None
    if len(ascii_host) > 253:
        return None
    if _IPV4_LIKE.match(ascii_host):
        try:
            return str(ipaddress.IPv4Address(ascii_host))
        except ValueError:
            return None
    if not all(_LABEL.match(label) for label in ascii_host.split(".")):
        return None
    return ascii_host


def _idna_encode(host: str) -> str | None:
    """UTS 46 (IDNA 2008, as browsers do); the stdlib's IDNA 2003 for the
    names IDNA 2008 refuses but browsers still resolve (emoji domains)."""
    try:
        return idna.encode(host, uts46=True, transitional=False).decode("ascii").lower()
    except idna.IDNAError:
        pass
    try:
        return host.encode("idna").decode("ascii").lower()
    except UnicodeError:
        return None


def _strip_www(host: str) -> str:
    """``www.example.com`` -> ``example.com``; ``www.com`` stays."""
    if host.startswith("www.") and "." in host[4:]:
        return host[4:]
    return host


def _split(url: str) -> SplitResult | None:
    """``urlsplit`` of an http(s) or scheme-relative URL; None otherwise."""
    if not isinstance(url, str):
        return None
    url = _TAB_NEWLINE.sub("", url.strip())
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme not in ("http", "https", ""):
        return None
    if parts.scheme == "" and not url.startswith("//"):
        return None
    return parts


def _host_and_port(parts: SplitResult) -> tuple[str, int | None] | None:
    """The normalised host and the port, or None when either is unusable."""
    try:
        hostname = parts.hostname  # user info left out
        port = parts.port
    except ValueError:  # a port that is not a number, or out of range
        return None
    if not hostname:
        return None
    host = normalize_host(hostname)
    return None if host is None else (host, port)


# --------------------------------------------------------------------------- percent-encoding

def _normalize_escapes(text: str, safe: frozenset[str]) -> str:
    """Decode escapes of unreserved characters, upper-case the other escapes,
    escape (UTF-8) whatever is not in ``safe``; a lone ``%`` becomes ``%25``."""
    if "%" not in text and all(char in safe for char in text):
        return text
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "%":
            match = _PERCENT.match(text, i)
            if match:
                decoded = chr(int(match.group(1), 16))
                out.append(decoded if decoded in _UNRESERVED else "%" + match.group(1).upper())
                i += 3
                continue
            out.append("%25")
        elif char in safe:
            out.append(char)
        else:
            out.extend(f"%{byte:02X}" for byte in char.encode("utf-8", "surrogatepass"))
        i += 1
    return "".join(out)


def _remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4 for a path that starts with ``/``."""
    out: list[str] = []
    segments = path.split("/")[1:]
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        if segment == ".":
            if last:
                out.append("")
        elif segment == "..":
            if out:
                out.pop()
            if last:
                out.append("")
        else:
            out.append(segment)
    return "/" + "/".join(out)


def _is_tracking(name: str) -> bool:
    name = unquote_plus(name).strip().lower()
    return name.startswith("utm_") or name in TRACKING_PARAMS


def _normalize_query(query: str) -> str:
    params = []
    for pair in query.split("&"):
        if not pair:
            continue
        name, sep, value = pair.partition("=")
        if _is_tracking(name):
            continue
        name = _normalize_escapes(name, _QUERY_SAFE)
        value = _normalize_escapes(value, _QUERY_SAFE | {"="})
        params.append((name, f"{name}{sep}{value}"))
    params.sort(key=lambda param: param[0])
    return "&".join(text for _, text in params)


# --------------------------------------------------------------------------- public API

def normalize_url(url: str) -> str | None:
    """The comparison key of a URL: equal keys mean "same page".

    The key is a scheme-relative URL (``//host[:port]/path[?query]``): no
    scheme, because http and https are one page. It is a key to compare, not a
    URL to fetch. A scheme-relative input is accepted (so normalising a key
    gives the key back). None for anything but an http(s) URL with a valid host.

    >>> normalize_url("HTTPS://www.Example.com:443/a/b/?utm_source=x&b=2&a=1#top")
    '//example.com/a/b?a=1&b=2'
    >>> normalize_url("http://example.com")
    '//example.com/'
    >>> normalize_url("http://bücher.de/caf%c3%a9/%7euser")
    '//xn--bcher-kva.de/caf%C3%A9/~user'
    >>> normalize_url("mailto:someone@example.com") is None
    True
    """
    parts = _split(url)
    if parts is None:
        return None
    host_port = _host_and_port(parts)
    if host_port is None:
        return None
    host, port = host_port
    host = _strip_www(host)
    if port is not None and port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{port}"
    path = _remove_dot_segments("/" + _normalize_escapes(parts.path.lstrip("/"), _PATH_SAFE))
    path = path.rstrip("/") or "/"
    query = _normalize_query(parts.query)
    return f"//{host}{path}?{query}" if query else f"//{host}{path}"


def is_http_url(url: str) -> bool:
    """An absolute ``http:``/``https:`` URL with a usable host.

    >>> is_http_url("https://example.com/x"), is_http_url("ftp://example.com/")
    (True, False)
    """
    parts = _split(url)
    return parts is not None and parts.scheme != "" and _host_and_port(parts) is not None


def host_of(url: str) -> str | None:
    """The URL's host: lower-case, IDNA (ASCII), ``www.`` kept, no port.

    >>> host_of("https://WWW.Example.com:8443/x")
    'www.example.com'
    """
    parts = _split(url)
    if parts is None:
        return None
    try:
        hostname = parts.hostname
    except ValueError:
        return None
    if not hostname:
        return None
    return normalize_host(hostname)


def site_of(url: str) -> str:
    """The host used for politeness and interleaving: ``host_of`` without a
    leading ``www.``; ``""`` when the URL has no usable host.

    >>> site_of("https://www.Dogblog.com/post/1")
    'dogblog.com'
    """
    host = host_of(url)
    return _strip_www(host) if host else ""


def same_page(a: str, b: str) -> bool:
    """Both are http(s) URLs and equal after normalisation.

    >>> same_page("http://www.example.com/a/", "https://example.com/a#x")
    True
    """
    key = normalize_url(a)
    return key is not None and key == normalize_url(b)


def url_depth(url: str) -> int:
    """Path segments of the URL (SPEC ``url_depth``): ``/`` is 0, ``/a/b/`` and
    ``/a/b`` are 2; empty segments (``//``) do not count. Raises ValueError
    for a URL ``urlsplit`` cannot parse.

    >>> url_depth("https://example.com/"), url_depth("https://example.com/blog/post/")
    (0, 2)
    """
    path = _remove_dot_segments("/" + urlsplit(url.strip()).path.lstrip("/"))
    return sum(1 for segment in path.split("/") if segment)


@cache
def _extractor() -> tldextract.TLDExtract:
    """The public suffix list from tldextract's bundled snapshot: no network,
    no disk cache. Private suffixes (``github.io``, ``blogspot.com``) count as
    suffixes: ``alice.github.io`` and ``bob.github.io`` are different owners."""
    return tldextract.TLDExtract(
        suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True,
        include_psl_private_domains=True,
    )


def registered_domain(url_or_host: str) -> str | None:
    """The registered domain (public suffix + one label), IDNA (ASCII).

    Takes a URL (``https://blog.example.co.uk/x``) or a host
    (``blog.example.co.uk``, with or without a port). An IP address or a
    one-label host (``localhost``) is its own registered domain; a host under
    a suffix the list does not know gets its last two labels; a public suffix
    itself (``co.uk``, ``github.io``) has none: None.

    >>> registered_domain("https://shop.example.co.uk/basket")
    'example.co.uk'
    >>> registered_domain("alice.github.io"), registered_domain("github.io")
    ('alice.github.io', None)
    """
    text = url_or_host.strip()
    if "://" in text or text.startswith("//"):
        host = host_of(text)
    elif re.match(r"^[^/?#@\s]+$", text):  # a host, maybe with a port
        host = host_of("//" + text)
    else:
        return None
    if host is None:
        return None
    return _registered_domain_of_host(host)


@lru_cache(maxsize=65536)
def _registered_domain_of_host(host: str) -> str | None:
    if host.startswith("[") or _IPV4_LIKE.match(host) or "." not in host:
        return host
    extracted = _extractor()(host)
    if extracted.top_domain_under_public_suffix:
        return extracted.top_domain_under_public_suffix
    if extracted.suffix:  # the host is a public suffix
        return None
    return ".".join(host.split(".")[-2:])


# --------------------------------------------------------------------------- targets

_BARE_HOST = re.compile(r"^(?:\*\.|\.)?(?P<host>[^/:?#\s@\[\]]+)/?$")


@dataclass(frozen=True)
class Target:
    """What the input says a link must point at (SPEC ``target_url``).

    ``kind="domain"`` (a bare host was given): any link to that host or one of
    its subdomains counts; ``example.com`` (or ``www.example.com``) covers
    ``blog.example.com`` but not ``notexample.com`` or
    ``example.com.evil.net``; ``blog.example.com`` covers its own subdomains.
    ``kind="url"``: a link counts when its :func:`normalize_url` key equals
    ``key``.
    """

    text: str                          #: as given
    kind: Literal["domain", "url"]
    key: str                           #: the host (domain) or the normalised key (url)
    host: str                          #: host without ``www.`` (IDNA), both kinds

    def matches(self, url: str) -> bool:
        """Does an absolute href URL point at this target?"""
        if self.kind == "url":
            return normalize_url(url) == self.key
        host = host_of(url)
        if host is None:
            return False
        host = _strip_www(host)
        if host == self.key:
            return True
        is_ip = self.key.startswith("[") or _IPV4_LIKE.match(self.key)
        return not is_ip and host.endswith("." + self.key)

    @property
    def registered_domain(self) -> str | None:
        """Registered domain of the target's host (``blog.example.com`` -> ``example.com``)."""
        return registered_domain(self.host)


def parse_target(text: str) -> Target | None:
    """Read a ``target_url`` cell.

    A bare host (``example.com``, ``www.example.com``, ``example.com/``,
    ``*.example.com``) gives a domain target; a URL gives a url target; a URL
    without a scheme but with a path (``example.com/page``) is taken as
    ``http://example.com/page``. None for anything else (another scheme, an
    unusable host, a bare public suffix such as ``co.uk``).

    >>> parse_target("www.Example.com").key, parse_target("www.Example.com").kind
    ('example.com', 'domain')
    >>> parse_target("https://example.com/pricing/").key
    '//example.com/pricing'
    """
    if not isinstance(text, str):
        return None
    given = text
    text = text.strip()
    if not text:
        return None
    lowered = text.lower()
    has_scheme = lowered.startswith(("http://", "https://", "//"))
    if not has_scheme:
        bare = _BARE_HOST.match(text)
        if bare:
            host = normalize_host(bare.group("host"))
            if host is None:
                return None
            host = _strip_www(host)
            if "." in host and not host.startswith("[") and not _IPV4_LIKE.match(host) \
                    and _registered_domain_of_host(host) is None:
                return None  # a public suffix on its own
            return Target(text=given, kind="domain", key=host, host=host)
        if re.match(r"^[a-z][a-z0-9+.-]*:", lowered) and not re.match(r"^[^/]+:\d+(/|$)", lowered):
            return None  # another scheme (mailto:, ftp:, javascript:...)
        text = "http://" + text
    key = normalize_url(text)
    if key is None or not text.lower().startswith(("http://", "https://", "//")):
        return None
    host = _strip_www(host_of(text) or "")
    return Target(text=given, kind="url", key=key, host=host)
