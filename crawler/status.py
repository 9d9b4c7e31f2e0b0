"""Status and reason of a fetch, per the SPEC's taxonomy.

Two entry points: :func:`classify_failure` for a download that produced no
response (the errback's failure), :func:`classify_response` for a response.
A page is never called lost because of an error or a bot wall.
"""
from __future__ import annotations

from dataclasses import dataclass

from twisted.internet import error as twisted_errors
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from scrapy import exceptions as scrapy_errors

#: HTTP statuses that are a bot wall or an access refusal, never a loss.
BLOCKED_STATUSES = frozenset({401, 403, 429})


@dataclass(frozen=True)
class Outcome:
    """What a fetch says about the page before its links are looked at."""

    status: str | None          #: "lost"/"error", or None: the page can be analysed
    reason: str | None
    signal: str | None = None   #: an extra signal code (e.g. "redirect_loop")


OK = Outcome(None, None)


def _is_tls(value) -> bool:
    try:
        from OpenSSL import SSL
    except ImportError:  # pragma: no cover - pyOpenSSL is a Scrapy dependency
        return False
    if isinstance(value, SSL.Error):
        return True
    text = f"{type(value).__name__} {value}".lower()
    return "ssl" in text or "tls" in text or "certificate" in text or "handshake" in text


def _wrapped(exception) -> list:
    """The failures a Twisted web error carries (ResponseNeverReceived...)."""
    reasons = getattr(exception, "reasons", None) or []
    return [getattr(reason, "value", reason) for reason in reasons]


def classify_exception(exception: BaseException) -> Outcome:
    """Reason for a download that failed with ``exception``."""
    message = str(exception)
    if isinstance(exception, scrapy_errors.IgnoreRequest):
        if "robots.txt" in message:
            return Outcome("error", "robots_disallowed")
        if "DOWNLOAD_MAXSIZE" in message or "max size" in message:
            return Outcome("error", "too_large")
        if "max redirections" in message:
            return Outcome("error", "server_error", "redirect_loop")
        return Outcome("error", "connection_error")
    if isinstance(exception, scrapy_errors.DownloadCancelledError) or "download max size" in message:
        return Outcome("error", "too_large")
    if isinstance(exception, (twisted_errors.DNSLookupError, scrapy_errors.CannotResolveHostError)):
        return Outcome("error", "dns_error")
    if isinstance(exception, (twisted_errors.TimeoutError, twisted_errors.TCPTimedOutError,
                              scrapy_errors.DownloadTimeoutError, TimeoutError)):
        return Outcome("error", "timeout")
    if isinstance(exception, (ResponseNeverReceived, ResponseFailed)):
        if any(_is_tls(inner) for inner in _wrapped(exception)):
            return Outcome("error", "tls_error")
        return Outcome("error", "connection_error")
    if _is_tls(exception):
        return Outcome("error", "tls_error")
    return Outcome("error", "connection_error")


def classify_failure(failure) -> Outcome:
    """Reason for an errback's Twisted ``failure``."""
    return classify_exception(failure.value)


def classify_response(http_status: int, *, is_html: bool, challenge: bool) -> Outcome:
    """Outcome of a final response: a bot wall or refusal is ``blocked``, a
    gone page is ``lost``/``page_gone``, 5xx is ``server_error``, a non-HTML
    body ``not_html``; anything else can be analysed (:data:`OK`)."""
    if challenge or http_status in BLOCKED_STATUSES:
        return Outcome("error", "blocked")
    if http_status >= 500:
        return Outcome("error", "server_error")
    if 400 <= http_status < 500:
        return Outcome("lost", "page_gone")
    if 300 <= http_status < 400:  # a redirect that could not be followed
        return Outcome("error", "server_error", "broken_redirect")
    if not is_html:
        return Outcome("error", "not_html")
    return OK


def looks_binary(body: bytes, *, sample: int = 2048) -> bool:
    """True when the start of a body served as HTML is not text.

    >>> looks_binary(b"<html><body>Hi</body></html>")
    False
    >>> looks_binary(bytes(range(256)) * 8)
    True
    """
    head = body[:sample]
    if not head:
        return False
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 BOM: text
        return False
    if b"\x00" in head:
        return True
    control = sum(1 for byte in head if byte < 9 or 13 < byte < 32)
    return control / len(head) > 0.05
