"""Alerts when a run finishes with lost links or follow links turned nofollow.

Two channels, each optional:

* ``BACKLINKS_WEBHOOK_URL``: a JSON ``POST`` (body below) to any URL (Slack
  or Teams through a workflow, your own endpoint, ...).
* ``BACKLINKS_ALERT_EMAIL``: comma-separated addresses, sent through
  Scrapy's ``MailSender`` with the standard ``MAIL_HOST``, ``MAIL_PORT``,
  ``MAIL_FROM``, ``MAIL_USER``, ``MAIL_PASS``, ``MAIL_TLS``, ``MAIL_SSL``.

``BACKLINKS_ALERT_TIMEOUT`` (seconds, default 30) bounds each channel. A
failing channel is logged once and never touches the run's data: the run is
already committed when alerts are sent, and alerts only read the database.

Webhook body (``Content-Type: application/json``)::

    {
      "event": "backlinks.run_finished",
      "run": {"id": 12, "started_at": "...", "finished_at": "...", "input": null,
              "total": 120, "live": 110, "lost": 3, "error": 7},
      "database": "data/backlinks.db",
      "counts": {"lost": 2, "became_nofollow": 1},
      "lost": [{"link_id": 4, "source_url": "...", "target_url": "...",
                "reason": "link_removed", "lost_at": "...", "last_live": "..."}],
      "became_nofollow": [{"link_id": 9, "source_url": "...", "target_url": "...",
                           "before": "follow", "after": "rel=nofollow"}]
    }

``lost`` lists the links that became lost in the run (reason, when the run
found it, when last seen live); ``became_nofollow`` the follow links that
turned nofollow (``after`` says what decided it). Nothing is sent when both
are empty, nor for a run that did not finish (killed, interrupted): resuming
it finishes it and sends its alerts then.

The extension sends at ``engine_stopped``, which Scrapy fires after every
``spider_closed`` handler has returned, so the run is closed whether the
SQLite pipeline finishes it in ``close_spider`` or in a ``spider_closed``
handler. :func:`send_run_alerts` does the same work for a caller that holds
a store and a run id.
"""
from __future__ import annotations

import json
import logging
import re
import urllib.error
import urllib.request
import warnings
from dataclasses import dataclass, field
from http.client import HTTPException

from scrapy import signals
from scrapy.exceptions import NotConfigured, ScrapyDeprecationWarning
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import defer, threads

from crawler.db import Store
from crawler.monitor import changes_of_run, lost_in_runs

logger = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 30.0
_ADDRESS_SEPARATORS = re.compile(r"[,;\s]+")


class WebhookError(Exception):
    """The webhook could not be delivered (network error or non-2xx answer)."""


@dataclass
class AlertResult:
    """What :func:`send_run_alerts` did."""

    run_id: int
    payload: dict | None = None          #: the alert, None when there was nothing to say
    webhook: str = "off"                 #: ``off``, ``sent`` or ``failed``
    email: str = "off"                   #: ``off``, ``sent`` or ``failed``
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return "failed" not in (self.webhook, self.email)


# ----------------------------------------------------------- the content
def build_alert(store: Store, run_id: int) -> dict | None:
    """The alert for a finished run, or None when there is nothing to report
    (no loss, no follow link turned nofollow) or the run is not finished."""
    run = store.run(run_id)
    if run is None or not run.get("finished_at"):
        return None
    lost = lost_in_runs(store, run_id=run_id)
    nofollow = [
        {k: row[k] for k in ("link_id", "source_url", "target_url", "before", "after")}
        for row in changes_of_run(store, run_id, ["became_nofollow"])
    ]
    if not lost and not nofollow:
        return None
    return {
        "event": "backlinks.run_finished",
        "run": {k: run.get(k) for k in ("id", "started_at", "finished_at", "input",
                                        "total", "live", "lost", "error")},
        "database": store.path,
        "counts": {"lost": len(lost), "became_nofollow": len(nofollow)},
        "lost": lost,
        "became_nofollow": nofollow,
    }


def format_email(alert: dict) -> tuple[str, str]:
    """Subject and plain-text body of the alert email."""
    counts, run = alert["counts"], alert["run"]
    parts = []
    if counts["lost"]:
        parts.append(f"{counts['lost']} lost")
    if counts["became_nofollow"]:
        parts.append(f"{counts['became_nofollow']} turned nofollow")
    subject = f"[backlinks] run {run['id']}: {', '.join(parts)}"
    lines = [f"Run {run['id']} started {run['started_at']}, finished {run['finished_at']}: "
             f"{run['total']} checked, {run['live']} live, {run['lost']} lost, {run['error']} error.", ""]
    if alert["lost"]:
        lines.append(f"Lost links ({counts['lost']}):")
        for row in alert["lost"]:
            lines.append(f"- {row['source_url']} -> {row['target_url']}")
            lines.append(f"  reason: {row['reason']}; last seen live: {row['last_live'] or 'never'}")
        lines.append("")
    if alert["became_nofollow"]:
        lines.append(f"Follow links turned nofollow ({counts['became_nofollow']}):")
        for row in alert["became_nofollow"]:
            lines.append(f"- {row['source_url']} -> {row['target_url']} ({row['after']})")
        lines.append("")
    lines.append(f"Details: scrapy changes --run {run['id']} -s BACKLINKS_DB={alert['database']}")
    return subject, "\n".join(lines) + "\n"


def parse_addresses(value: str | list | None) -> list[str]:
    """``"a@x.com, b@y.com"`` (or a list) as a list of addresses."""
    if not value:
        return []
    if isinstance(value, (list, tuple)):
        value = ",".join(value)
    return [a for a in _ADDRESS_SEPARATORS.split(value) if a]


# ---------------------------------------------------------- the channels
def post_webhook(url: str, alert: dict, *, timeout: float, user_agent: str | None = None) -> int:
    """POST ``alert`` as JSON (blocking; run it in a thread). Returns the HTTP
    status; raises :class:`WebhookError` on a network error or non-2xx."""
    body = json.dumps(alert, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8"}
    if user_agent:
        headers["User-Agent"] = user_agent
    request = urllib.request.Request(url, data=body, headers=headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status
    except urllib.error.HTTPError as error:
        raise WebhookError(f"HTTP {error.code} {error.reason}") from None
    except urllib.error.URLError as error:
        raise WebhookError(str(error.reason)) from None
    except (OSError, HTTPException, ValueError) as error:  # timeouts, resets, bad URL
        raise WebhookError(f"{type(error).__name__}: {error}") from None


def mail_sender(settings):
    """Scrapy's ``MailSender`` configured from the ``MAIL_*`` settings (the
    same mapping as ``MailSender.from_crawler``)."""
    with warnings.catch_warnings():
        # scrapy.mail warns on import that it will be replaced some day
        warnings.simplefilter("ignore", ScrapyDeprecationWarning)
        from scrapy.mail import MailSender
    return MailSender(
        smtphost=settings.get("MAIL_HOST", "localhost"),
        mailfrom=settings.get("MAIL_FROM", "scrapy@localhost"),
        smtpuser=settings.get("MAIL_USER"),
        smtppass=settings.get("MAIL_PASS"),
        smtpport=settings.getint("MAIL_PORT", 25),
        smtptls=settings.getbool("MAIL_TLS", False),
        smtpssl=settings.getbool("MAIL_SSL", False),
    )


async def send_run_alerts(store: Store, run_id: int, settings, *, mailer=None) -> AlertResult:
    """Send the alerts of a finished run through the configured channels.

    ``settings`` is a Scrapy ``Settings``; ``mailer`` a ``MailSender`` (by
    default built from the ``MAIL_*`` settings). Must run under the Twisted
    reactor (the asyncio one or any other). Never raises for a delivery
    problem: each failure is logged once and reported in the result.
    """
    result = AlertResult(run_id)
    url = settings.get("BACKLINKS_WEBHOOK_URL") or ""
    recipients = parse_addresses(settings.get("BACKLINKS_ALERT_EMAIL"))
    if not url and not recipients:
        return result
    alert = build_alert(store, run_id)
    if alert is None:
        logger.debug("Run %s: nothing to alert about", run_id)
        return result
    result.payload = alert
    timeout = settings.getfloat("BACKLINKS_ALERT_TIMEOUT", DEFAULT_TIMEOUT)
    if url:
        await _send_webhook(result, url, alert, timeout, settings.get("USER_AGENT"))
    if recipients:
        await _send_email(result, mailer or mail_sender(settings), recipients, alert, timeout)
    return result


async def _send_webhook(result: AlertResult, url: str, alert: dict, timeout: float, user_agent) -> None:
    try:
        status = await maybe_deferred_to_future(
            threads.deferToThread(post_webhook, url, alert, timeout=timeout, user_agent=user_agent))
    except WebhookError as error:
        result.webhook = "failed"
        result.errors.append(f"webhook: {error}")
        logger.error("Run %s: alert webhook to %s failed: %s (the run's data is saved)",
                     result.run_id, url, error)
        return
    result.webhook = "sent"
    logger.info("Run %s: alert webhook sent to %s (HTTP %s): %d lost, %d turned nofollow",
                result.run_id, url, status, alert["counts"]["lost"], alert["counts"]["became_nofollow"])


async def _send_email(result: AlertResult, mailer, recipients: list[str], alert: dict, timeout: float) -> None:
    subject, body = format_email(alert)
    deferred = mailer.send(to=recipients, subject=subject, body=body, charset="utf-8")
    if deferred is None:  # MailSender(debug=True) only logs
        result.email = "sent"
        return
    deferred.addTimeout(timeout, _reactor())
    try:
        await maybe_deferred_to_future(deferred)
    except defer.TimeoutError:
        result.email = "failed"
        result.errors.append(f"email: no answer from the mail server in {timeout:g} s")
        logger.error("Run %s: alert email to %s timed out after %g s (the run's data is saved)",
                     result.run_id, ", ".join(recipients), timeout)
        return
    except Exception as error:  # noqa: BLE001 - any SMTP/network failure ends here, once
        # MailSender already logged "Unable to send mail: ..." with the reason
        result.email = "failed"
        result.errors.append(f"email: {type(error).__name__}: {error}")
        return
    result.email = "sent"


def _reactor():
    from twisted.internet import reactor

    return reactor


# ---------------------------------------------------------- the extension
class RunAlerts:
    """Scrapy extension: sends the run's alerts once the run is closed.

    Enabled by listing it in ``EXTENSIONS``; raises ``NotConfigured`` when
    neither ``BACKLINKS_WEBHOOK_URL`` nor ``BACKLINKS_ALERT_EMAIL`` is set.
    Reads the run id from the spider's ``run_id`` attribute.
    """

    def __init__(self, settings, db_path: str, mailer=None):
        self.settings = settings
        self.db_path = db_path
        self.mailer = mailer
        self.run_id: int | None = None
        self.result: AlertResult | None = None

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.get("BACKLINKS_WEBHOOK_URL") and not parse_addresses(settings.get("BACKLINKS_ALERT_EMAIL")):
            raise NotConfigured("no BACKLINKS_WEBHOOK_URL or BACKLINKS_ALERT_EMAIL")
        extension = cls(settings, settings.get("BACKLINKS_DB") or "data/backlinks.db")
        if parse_addresses(settings.get("BACKLINKS_ALERT_EMAIL")):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ScrapyDeprecationWarning)
                from scrapy.mail import MailSender
            extension.mailer = MailSender.from_crawler(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def spider_closed(self, spider, reason):
        self.run_id = getattr(spider, "run_id", None)

    async def engine_stopped(self):
        if self.run_id is None:
            return
        store = Store(self.db_path)
        try:
            run = store.run(self.run_id)
            if run is None or not run.get("finished_at"):
                logger.info("Run %s did not finish: no alerts (they are sent when it is resumed and finishes)",
                            self.run_id)
                return
            self.result = await send_run_alerts(store, self.run_id, self.settings, mailer=self.mailer)
        finally:
            store.close()
