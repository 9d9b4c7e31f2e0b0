"""Is this response a bot challenge or a firewall block page, not the page itself?

A challenge page (Cloudflare's "Just a moment...", a DataDome captcha...)
says nothing about the links on the real page, so a check that meets one is
``error/blocked``, never ``lost`` (SPEC ``reason``). Challenge pages come with
any status (403, 503, 429, sometimes 200), so the markers matter more than
the status; but the strings that show up in challenge pages also show up in
normal pages (Cloudflare injects ``/cdn-cgi/challenge-platform/`` scripts
into ordinary pages, articles talk about captchas), so:

* a challenge *header* (``cf-mitigated: challenge``, AWS WAF's
  ``x-amzn-waf-action``) decides on its own;
* a vendor's challenge-page *marker* decides when the response is an error
  (4xx/5xx, or 202 as AWS WAF sends) or the page is a small interstitial;
* a generic phrase ("verify you are human") decides only for a small
  interstitial.

Work on the body is bounded: only its first :data:`SCAN_BYTES` characters
are read.
"""
from __future__ import annotations

import re

#: Characters of the body looked at.
SCAN_BYTES = 50 * 1024
#: An interstitial is a small page: its body is shorter than this (so a body
#: the caller cut to the scanned size is never taken for one)...
INTERSTITIAL_MAX_CHARS = 40_000
#: ...with less readable text than this.
INTERSTITIAL_TEXT_CHARS = 1500

#: Header name -> values (lower-case, substring) that mark a challenge.
CHALLENGE_HEADERS: dict[str, tuple[str, ...]] = {
    "cf-mitigated": ("challenge",),
    "x-amzn-waf-action": ("challenge", "captcha"),
}

#: Markers of vendors' challenge and block pages (lower-case substrings).
VENDOR_MARKERS: tuple[str, ...] = (
    # Cloudflare
    "<title>just a moment...</title>",
    "<title>attention required! | cloudflare</title>",
    "cf-browser-verification",
    "_cf_chl_opt",
    "/cdn-cgi/challenge-platform/h/",
    "cf-challenge-running",
    # Imperva / Incapsula
    "_incapsula_resource",
    "incapsula incident id",
    # Akamai
    "errors.edgesuite.net",
    "sec-if-cpt-container",
    "/_sec/cp_challenge/",
    # DataDome
    "captcha-delivery.com",
    # PerimeterX / HUMAN
    'id="px-captcha"',
    "px-captcha-error",
    # Sucuri
    "sucuri website firewall - access denied",
    "sucuri_cloudproxy_js",
    # DDoS-Guard, AWS WAF
    "<title>ddos-guard</title>",
    "awswafintegration",
)
#: Markers that also appear in normal pages: count only on an error status.
ERROR_ONLY_MARKERS: tuple[str, ...] = ("challenge-platform",)
#: Cloudflare injects its bot-detection script into every page of some sites
#: (404 pages too): that use of ``challenge-platform`` is no challenge.
_CF_INJECTED = "challenge-platform/scripts/jsd"

#: Phrases of generic "prove you are human" interstitials.
GENERIC_PHRASES: tuple[str, ...] = (
    "verify you are human",
    "verify that you are human",
    "verify you are a human",
    "confirm you are human",
    "checking your browser before accessing",
    "checking if the site connection is secure",
    "please complete the security check to access",
    "are you a robot",
    "press & hold to confirm you are",
    "please enable js and disable any ad blocker",
    "access to this page has been denied",
    "pardon our interruption",
    "enable javascript and cookies to continue",
)

_SCRIPT_STYLE = re.compile(r"<(script|style|noscript|template)\b.*?(?:</\1\s*>|\Z)", re.S | re.I)
_TAG = re.compile(r"<[^<>]{0,2000}>")
_SPACES = re.compile(r"\s+")


def is_bot_challenge(status: int, headers: dict[str, list[str]], body_text: str | None) -> bool:
    """True when the response is a bot challenge or bot-block page.

    ``headers``: lower-case names -> values (as :class:`PageDoc` keeps them);
    ``body_text``: the decoded body (HTML), or None.
    """
    if challenge_header(headers):
        return True
    if not body_text:
        return False
    head = body_text[:SCAN_BYTES].lower()
    error = status >= 400 or status == 202
    if error and any(head.count(marker) > head.count(_CF_INJECTED) for marker in ERROR_ONLY_MARKERS):
        return True
    vendor = any(marker in head for marker in VENDOR_MARKERS)
    generic = not vendor and any(phrase in head for phrase in GENERIC_PHRASES)
    if not (vendor or generic):
        return False
    if vendor and error:
        return True
    return _is_interstitial(body_text, head)


def challenge_header(headers: dict[str, list[str]]) -> bool:
    """A response header that only challenge responses carry."""
    for name, needles in CHALLENGE_HEADERS.items():
        for value in _header_values(headers, name):
            if any(needle in value.lower() for needle in needles):
                return True
    return False


def _header_values(headers: dict[str, list[str]], name: str) -> list[str]:
    values = headers.get(name)
    if values is None:  # tolerate callers that kept the original case
        values = next((v for k, v in headers.items() if k.lower() == name), [])
    return [values] if isinstance(values, str) else list(values)


def _is_interstitial(body_text: str, head: str) -> bool:
    """A small page with little readable text: a short body that, scripts
    and tags removed, has little text left."""
    if len(body_text) >= INTERSTITIAL_MAX_CHARS:
        return False
    text = _SPACES.sub(" ", _TAG.sub(" ", _SCRIPT_STYLE.sub(" ", head))).strip()
    return len(text) < INTERSTITIAL_TEXT_CHARS
