"""crawler.alerts: the webhook and the email at the end of a run, against a
local HTTP receiver and a local SMTP sink started here."""
from __future__ import annotations

import email
import email.policy
import json
import os
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from crawler.alerts import WebhookError, build_alert, format_email, parse_addresses, post_webhook
from crawler.db import Store, utcnow
from crawler.items import empty_record
from crawler.monitor import record_changes

ROOT = Path(__file__).resolve().parents[1]
TARGET = "https://www.mytarget-shop.com/"
SOURCES = {
    "removed": "https://www.pawsandclaws-alerts.com/best-dog-food/",
    "nofollow": "https://www.kibble-review-alerts.net/top-10/",
    "flaky": "https://www.petforum-alerts.org/t/42",
    "steady": "https://www.dogwalkers-alerts.co.uk/links/",
}


# ----------------------------------------------------------------- fixtures
def add_link(store, source) -> int:
    return store.conn.execute(
        "INSERT INTO links (source_url, target_url, source_key, first_seen) VALUES (?, ?, ?, ?)",
        [source, TARGET, source, utcnow()]).lastrowid


def check(link_id, source, status, reason=None, **fields):
    record = empty_record(status=status, reason=reason, source_url=source, target_url=TARGET,
                          checked_at=utcnow())
    record["link_id"] = link_id
    if status == "live":
        record.update({"nofollow": False, "anchor_text": "My Target Shop", "position": "content",
                       "final_url": source, "indexable": True, "http_status": 200})
    record.update(fields)
    return record


def night(store, records, *, finish=True) -> int:
    run_id = store.start_run(input=None, target=None, scope="all")
    for record in records:
        record["run_id"] = run_id
    store.insert_checks(records, after_insert=lambda rows: record_changes(store, run_id, rows, 3))
    if finish:
        store.finish_run(run_id)
    return run_id


def two_nights(path, *, finish_second=True) -> int:
    """Night 1 all live; night 2: one link removed, one turned nofollow, one
    page erroring (not lost), one unchanged. Returns night 2's run id."""
    store = Store(str(path))
    ids = {name: add_link(store, url) for name, url in SOURCES.items()}
    night(store, [check(ids[n], SOURCES[n], "live") for n in SOURCES])
    run = night(store, [
        check(ids["removed"], SOURCES["removed"], "lost", "link_removed", http_status=200, links_to_target=0),
        check(ids["nofollow"], SOURCES["nofollow"], "live", nofollow=True, rel="nofollow sponsored",
              sponsored=True, signals=["nofollow_rel"]),
        check(ids["flaky"], SOURCES["flaky"], "error", "server_error", http_status=503),
        check(ids["steady"], SOURCES["steady"], "live"),
    ], finish=finish_second)
    store.close()
    return run


class Receiver(ThreadingHTTPServer):
    """A webhook endpoint on 127.0.0.1, port chosen by the system."""

    def __init__(self, status=204):
        self.status = status
        self.received: list[tuple[dict, bytes]] = []
        super().__init__(("127.0.0.1", 0), _Handler)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/backlinks"


class _Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((dict(self.headers), body))
        self.send_response(self.server.status)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def receiver():
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


class _Sink:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


class _Controller(Controller):
    """aiosmtpd's controller, on a port chosen by the system (port 0)."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


@pytest.fixture
def smtp():
    sink = _Sink()
    controller = _Controller(sink, hostname="127.0.0.1", port=0, ready_timeout=5)
    controller.start()
    yield controller, sink
    controller.stop()


def refused_port() -> int:
    """A port nothing listens on."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


SPIDER = '''
import scrapy

class NightlySpider(scrapy.Spider):
    """Stands in for the verify spider: the run is already in the database."""
    name = "nightly"

    def __init__(self, run_id, **kwargs):
        super().__init__(**kwargs)
        self.run_id = int(run_id)

    async def start(self):
        return
        yield
'''


def crawl(tmp_path, run_id, db, **settings) -> subprocess.CompletedProcess:
    """``scrapy runspider`` with the RunAlerts extension, outside the project
    (only the settings given here)."""
    spider = tmp_path / "nightly.py"
    spider.write_text(SPIDER)
    base = {
        "BACKLINKS_DB": str(db), "EXTENSIONS": json.dumps({"crawler.alerts.RunAlerts": 500}),
        "TELNETCONSOLE_ENABLED": "False", "LOG_LEVEL": "INFO", "BACKLINKS_ALERT_TIMEOUT": "5",
        "MAIL_FROM": "monitor@mytarget-shop.com",
    }
    base.update(settings)
    command = [sys.executable, "-m", "scrapy", "runspider", str(spider), "-a", f"run_id={run_id}"]
    for name, value in base.items():
        command += ["-s", f"{name}={value}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60)


def table_counts(db) -> tuple:
    store = Store(str(db))
    try:
        return tuple(store.scalar(f"SELECT COUNT(*) FROM {t}") for t in ("runs", "links", "checks", "changes"))
    finally:
        store.close()


# ------------------------------------------------------------ the content
def test_alert_body(tmp_path):
    run = two_nights(tmp_path / "b.db")
    store = Store(str(tmp_path / "b.db"))
    alert = build_alert(store, run)
    store.close()
    assert alert["event"] == "backlinks.run_finished"
    assert alert["run"]["id"] == run and alert["run"]["finished_at"]
    assert (alert["run"]["live"], alert["run"]["lost"], alert["run"]["error"]) == (2, 1, 1)
    assert alert["counts"] == {"lost": 1, "became_nofollow": 1}
    [lost] = alert["lost"]
    assert (lost["source_url"], lost["target_url"], lost["reason"]) == (SOURCES["removed"], TARGET, "link_removed")
    assert lost["last_live"] and lost["lost_at"] and lost["lost_in_run"] == run
    [nofollow] = alert["became_nofollow"]
    assert (nofollow["source_url"], nofollow["before"], nofollow["after"]) == (
        SOURCES["nofollow"], "follow", "rel=nofollow sponsored")
    # the flaky page is at risk, not lost: not in the alert
    assert SOURCES["flaky"] not in json.dumps(alert)
    subject, body = format_email(alert)
    assert subject == f"[backlinks] run {run}: 1 lost, 1 turned nofollow"
    assert SOURCES["removed"] in body and "reason: link_removed" in body and SOURCES["nofollow"] in body


def test_no_alert_for_a_quiet_or_unfinished_run(tmp_path):
    store = Store(str(tmp_path / "q.db"))
    a = add_link(store, SOURCES["steady"])
    night(store, [check(a, SOURCES["steady"], "live")])
    quiet = night(store, [check(a, SOURCES["steady"], "live")])
    assert build_alert(store, quiet) is None
    store.close()
    unfinished = two_nights(tmp_path / "u.db", finish_second=False)
    store = Store(str(tmp_path / "u.db"))
    assert build_alert(store, unfinished) is None
    store.close()


def test_addresses():
    assert parse_addresses("seo@a.com, owner@b.org;x@c.net") == ["seo@a.com", "owner@b.org", "x@c.net"]
    assert parse_addresses("") == [] and parse_addresses(None) == []


def test_post_webhook(receiver):
    assert post_webhook(receiver.url, {"x": "é"}, timeout=5, user_agent="BacklinkVerifier/0.1") == 204
    headers, body = receiver.received[0]
    assert json.loads(body) == {"x": "é"}
    assert headers["Content-Type"].startswith("application/json")
    assert headers["User-Agent"] == "BacklinkVerifier/0.1"


def test_post_webhook_errors(receiver):
    with pytest.raises(WebhookError, match="refused"):
        post_webhook(f"http://127.0.0.1:{refused_port()}/hook", {}, timeout=5)
    receiver.status = 500
    with pytest.raises(WebhookError, match="HTTP 500"):
        post_webhook(receiver.url, {}, timeout=5)


# ------------------------------------------------ the extension, for real
def test_run_end_sends_webhook_and_email(tmp_path, receiver, smtp):
    controller, sink = smtp
    db = tmp_path / "nightly.db"
    run = two_nights(db)
    done = crawl(tmp_path, run, db, BACKLINKS_WEBHOOK_URL=receiver.url,
                 BACKLINKS_ALERT_EMAIL="seo@mytarget-shop.com, owner@mytarget-shop.com",
                 MAIL_HOST="127.0.0.1", MAIL_PORT=str(controller.port))
    assert done.returncode == 0, done.stderr
    [(headers, body)] = receiver.received
    alert = json.loads(body)
    assert alert["run"]["id"] == run
    assert alert["counts"] == {"lost": 1, "became_nofollow": 1}
    assert [r["source_url"] for r in alert["lost"]] == [SOURCES["removed"]]
    assert [r["source_url"] for r in alert["became_nofollow"]] == [SOURCES["nofollow"]]

    [(mail_from, rcpt_tos, content)] = sink.messages
    assert mail_from == "monitor@mytarget-shop.com"
    assert rcpt_tos == ["seo@mytarget-shop.com", "owner@mytarget-shop.com"]
    message = email.message_from_bytes(content, policy=email.policy.default)
    assert message["Subject"] == f"[backlinks] run {run}: 1 lost, 1 turned nofollow"
    text = message.get_content()
    assert SOURCES["removed"] in text and "link_removed" in text and SOURCES["nofollow"] in text
    assert "alert webhook sent" in done.stderr


def test_failing_webhook_and_mail_server_are_logged_and_harmless(tmp_path):
    db = tmp_path / "nightly.db"
    run = two_nights(db)
    before = table_counts(db)
    port = refused_port()
    done = crawl(tmp_path, run, db, BACKLINKS_WEBHOOK_URL=f"http://127.0.0.1:{port}/hook",
                 BACKLINKS_ALERT_EMAIL="seo@mytarget-shop.com", MAIL_HOST="127.0.0.1", MAIL_PORT=str(port))
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("alert webhook to") == 1
    assert "failed" in done.stderr and "refused" in done.stderr.lower()
    assert done.stderr.count("Unable to send mail") == 1
    assert "Traceback" not in done.stderr
    assert table_counts(db) == before


def test_unfinished_run_sends_nothing(tmp_path, receiver):
    db = tmp_path / "nightly.db"
    run = two_nights(db, finish_second=False)
    done = crawl(tmp_path, run, db, BACKLINKS_WEBHOOK_URL=receiver.url)
    assert done.returncode == 0, done.stderr
    assert receiver.received == []
    assert "did not finish: no alerts" in done.stderr


def test_extension_is_off_without_a_channel(tmp_path):
    db = tmp_path / "nightly.db"
    run = two_nights(db)
    done = crawl(tmp_path, run, db)
    assert done.returncode == 0, done.stderr
    assert "crawler.alerts.RunAlerts" not in done.stderr.split("Enabled extensions:")[1].split("]")[0]


# ------------------------------------- with the real spider and pipeline
GREENTHUMB = "https://www.greenthumb-supply.com/raised-beds/"
SUNNYSIDE = "https://www.sunnyside-garden-journal.com"


@pytest.mark.slow
def test_two_real_nights_send_one_alert(web, verify, receiver, smtp):
    """Night 1 all live: nothing sent. Night 2 (overlay ``alerts-night2``) the
    article dropped the link and the blogroll made it nofollow: one webhook
    and one email, sent after the pipeline closed the run."""
    controller, sink = smtp
    alerts = {"EXTENSIONS": {"crawler.alerts.RunAlerts": 500}, "BACKLINKS_WEBHOOK_URL": receiver.url,
              "BACKLINKS_ALERT_EMAIL": "seo@greenthumb-supply.com", "MAIL_HOST": "127.0.0.1",
              "MAIL_PORT": controller.port, "MAIL_FROM": "monitor@greenthumb-supply.com",
              "BACKLINKS_ALERT_TIMEOUT": 5}
    rows = [{"source_url": f"{SUNNYSIDE}/2019/06/raised-bed-soil-mix/", "target_url": GREENTHUMB},
            {"source_url": f"{SUNNYSIDE}/links/", "target_url": GREENTHUMB}]
    first = verify(rows, **alerts)
    assert first.returncode == 0, first.stderr[-3000:]
    assert {c["status"] for c in first.checks()} == {"live"}, first.stderr[-3000:]
    assert receiver.received == [] and sink.messages == []

    web.overlay = "alerts-night2"
    try:
        second = verify(None, **alerts)
    finally:
        web.overlay = None
    assert second.returncode == 0, second.stderr[-3000:]
    run_id = second.db.execute("SELECT max(id) FROM runs").fetchone()[0]
    [(_, body)] = receiver.received
    alert = json.loads(body)
    assert alert["run"]["id"] == run_id and alert["run"]["finished_at"]
    assert [(r["source_url"], r["reason"]) for r in alert["lost"]] == [
        (f"{SUNNYSIDE}/2019/06/raised-bed-soil-mix/", "link_removed")]
    assert [(r["source_url"], r["after"]) for r in alert["became_nofollow"]] == [
        (f"{SUNNYSIDE}/links/", "rel=nofollow sponsored")]
    [(_, rcpt_tos, content)] = sink.messages
    assert rcpt_tos == ["seo@greenthumb-supply.com"]
    assert f"run {run_id}: 1 lost, 1 turned nofollow" in content.decode()
