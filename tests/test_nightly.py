"""Nightly monitoring end to end (issue 5): six real ``scrapy crawl verify``
runs on one database, against a local web whose pages change between nights.

The fixture web (``tests/web/sites`` plus the overlays ``night2``,
``night3`` and ``night4``, the last two layered over ``night3-4``, the
changes both nights share) has thirteen linking pages on four sites, all
linking to one product page of www.ridgeline-outdoor-gear.com:

=========== ================ ================ ================ ================ ================ ================
page        run 1 (import)   night 2          night 3          night 4          only=live        only=lost
=========== ================ ================ ================ ================ ================ ================
dolomites   live             live             link removed     link restored    live             (not checked)
reviews     live             live             rel=nofollow     nofollow         follow again     (not checked)
packing     live             live             link in footer   footer           content again    (not checked)
winter      live             live             new anchor       new anchor       old anchor       (not checked)
pad         live             live             noindex          noindex          indexable        (not checked)
ultralight  live             500 (one night)  back             live             live             (not checked)
footprints  live             live             404              500 (lost: stays (not checked)    back
                                                               lost)
bivvy       live             500              500              500: 3rd error   (not checked)    back
lagazuoi    live             live             301 to /huts/    301              (not checked)    back
margherita  live             live             301, new slug    301              old URL again    (not checked)
fanes       live             live             soft 404 (200)   soft 404         (not checked)    back
sale        live             link missing on  live             live             live             (not checked)
                             the 1st fetch
review      live             live             meta nofollow    meta nofollow    follow again     (not checked)
=========== ================ ================ ================ ================ ================ ================

Night 2 is a bad night for the forum: only transient errors, so no alert.
Night 3 loses four links and turns two nofollow: one webhook, one email.
Night 4 recovers one link and loses the forum thread that failed three runs
in a row (``BACKLINKS_LOST_AFTER_ERRORS=3``). The two last runs narrow the
re-check with ``-a only=live`` and ``-a only=lost``.

Every run happens once, in the module fixture :func:`nights`; the tests
below read what it recorded (database, requests the web saw, webhooks,
emails, ``scrapy lost`` output at the time).
"""
from __future__ import annotations

import csv
import email
import email.policy
import io
import json
import sqlite3
import subprocess
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller

from crawler.monitor import CHANGE_COLUMNS, LOST_COLUMNS
from tests.conftest import crawl_settings, run_scrapy, write_links_csv
from tests.web import OVERLAYS

pytestmark = pytest.mark.slow

T = "https://www.ridgeline-outdoor-gear.com/tents/ultralight/"
STJ = "https://www.summit-trail-journal.com"
FORUM = "https://forum.backpackers-basecamp.net"
HUTS = "https://www.alpine-hut-reviews.org"
NEWS = "https://www.tentpeg-gazette.com"

#: short name -> linking page, in the order of the import file (one site's
#: pages together, so a queue that is not interleaved shows at once)
PAGES = {
    "dolomites": f"{STJ}/2023/08/three-days-in-the-dolomites/",
    "reviews": f"{STJ}/gear/tent-reviews/",
    "packing": f"{STJ}/2023/09/packing-list-for-the-alta-via/",
    "winter": f"{STJ}/2024/01/winter-camping-basics/",
    "pad": f"{STJ}/2024/03/choosing-a-sleeping-pad/",
    "ultralight": f"{FORUM}/t/1234-best-ultralight-tent",
    "footprints": f"{FORUM}/t/877-tent-footprints",
    "bivvy": f"{FORUM}/t/990-bivvy-or-tent",
    "lagazuoi": f"{HUTS}/huts/rifugio-lagazuoi/",
    "margherita": f"{HUTS}/huts/capanna-margherita/",
    "fanes": f"{HUTS}/huts/rifugio-fanes/",
    "sale": f"{NEWS}/news/ridgeline-spring-sale/",
    "review": f"{NEWS}/reviews/ridgeline-featherlite-2-review/",
}
NAMES = {url: name for name, url in PAGES.items()}
MARGHERITA_NEW = f"{HUTS}/huts/capanna-regina-margherita/"
OLD_ANCHOR, NEW_ANCHOR = "four-season tents from Ridgeline", "Ridgeline's ultralight tent range"
RECIPIENTS = ["seo@ridgeline-outdoor-gear.com", "marta@ridgeline-outdoor-gear.com"]
MAIL_FROM = "monitor@ridgeline-outdoor-gear.com"


def host_path(url: str) -> tuple[str, str]:
    rest = url.split("://", 1)[1]
    host, _, path = rest.partition("/")
    return host, "/" + path


PAGE_OF_REQUEST = {host_path(url): name for name, url in PAGES.items()}


# ------------------------------------------------------------ receivers
class Receiver(ThreadingHTTPServer):
    """A webhook endpoint on 127.0.0.1, port chosen by the system."""

    def __init__(self):
        self.received: list[tuple[dict, bytes]] = []
        super().__init__(("127.0.0.1", 0), _Hook)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks/backlinks"


class _Hook(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.server.received.append((dict(self.headers), body))
        self.send_response(204)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


class _Sink:
    """aiosmtpd handler keeping every message."""

    def __init__(self):
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


class _Controller(Controller):
    """aiosmtpd's controller on a port chosen by the system (port 0)."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


# ------------------------------------------------------------ the nights
@dataclass
class Night:
    """What one run left behind, captured right after it."""

    name: str
    run_id: int
    crawl: subprocess.CompletedProcess
    requests: list[tuple[str, str]]                  #: (host, path) the web saw, in order
    webhooks: list[tuple[dict, dict]] = field(default_factory=list)   #: (headers, body)
    emails: list[tuple[str, list[str], email.message.EmailMessage]] = field(default_factory=list)
    links: dict[str, dict] = field(default_factory=dict)             #: name -> links row
    lost: dict[str, subprocess.CompletedProcess] = field(default_factory=dict)  #: scrapy lost, by format

    def fetches(self, name: str) -> int:
        return self.requests.count(host_path(PAGES[name]))

    def first_fetches(self) -> list[str]:
        """Linking pages in the order of their first request this run."""
        seen: list[str] = []
        for request in self.requests:
            name = PAGE_OF_REQUEST.get(request)
            if name and name not in seen:
                seen.append(name)
        return seen


@contextmanager
def first_fetch_variant(web, url: str, variant: Path):
    """Serve ``variant`` for the first request of ``url`` only (a cache node
    answering with a stale copy once), then the page itself."""
    host, path = host_path(url)
    original = web.find
    lock = threading.Lock()
    served = []

    def find(request_host, request_path):
        if (request_host, request_path) == (host, path):
            with lock:
                first = not served
                served.append(request_path)
            if first:
                return variant, 200, []
        return original(request_host, request_path)

    web.find = find
    try:
        yield served
    finally:
        del web.find


def query(db: Path, sql: str, params=()) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, list(params))]
    finally:
        conn.close()


def scrapy_cmd(db: Path, *args: str) -> subprocess.CompletedProcess:
    return run_scrapy(list(args), {"BACKLINKS_DB": str(db)}, timeout=60)


@pytest.fixture(scope="module")
def nights(web, tmp_path_factory):
    """Run the six nights once; returns (database path, {name: Night})."""
    tmp = tmp_path_factory.mktemp("nightly")
    db = tmp / "nightly.db"
    links_csv = write_links_csv(tmp / "links.csv", [{"source_url": url, "target_url": T} for url in PAGES.values()])

    receiver = Receiver()
    threading.Thread(target=receiver.serve_forever, daemon=True).start()
    sink = _Sink()
    smtp = _Controller(sink, hostname="127.0.0.1", port=0, ready_timeout=5)
    smtp.start()
    settings = crawl_settings(
        web, db,
        CONCURRENT_REQUESTS=1,               # the web sees requests in the spider's order
        BACKLINKS_LOST_AFTER_ERRORS=3,
        BACKLINKS_SCORING_ENABLED=0,
        BACKLINKS_WEBHOOK_URL=receiver.url,
        BACKLINKS_ALERT_EMAIL=", ".join(RECIPIENTS),
        MAIL_HOST="127.0.0.1", MAIL_PORT=smtp.port, MAIL_FROM=MAIL_FROM,
        BACKLINKS_ALERT_TIMEOUT=5,
    )
    plan = [
        ("import", None, ["-a", f"input={links_csv}"]),
        ("night2", "night2", []),
        ("night3", ("night3", "night3-4"), []),
        ("night4", ("night4", "night3-4"), []),
        ("only_live", None, ["-a", "only=live"]),
        ("only_lost", None, ["-a", "only=lost"]),
    ]
    results: dict[str, Night] = {}
    try:
        for name, overlay, args in plan:
            hooks, mails, seen = len(receiver.received), len(sink.messages), len(web.requests)
            web.overlay = overlay
            try:
                if name == "night2":
                    variant = OVERLAYS / "night2-first-fetch" / "www.tentpeg-gazette.com" / \
                        "news/ridgeline-spring-sale/index.html"
                    with first_fetch_variant(web, PAGES["sale"], variant):
                        crawl = run_scrapy(["crawl", "verify", *args], settings, timeout=120)
                else:
                    crawl = run_scrapy(["crawl", "verify", *args], settings, timeout=120)
            finally:
                web.overlay = None
            assert crawl.returncode == 0, crawl.stderr[-4000:]
            run_id = query(db, "SELECT max(id) AS id FROM runs")[0]["id"]
            night = Night(name, run_id, crawl, [(h, p) for h, p, _ in web.requests[seen:]])
            night.webhooks = [(headers, json.loads(body)) for headers, body in receiver.received[hooks:]]
            night.emails = [(sender, rcpt, email.message_from_bytes(content, policy=email.policy.default))
                            for sender, rcpt, content in sink.messages[mails:]]
            night.links = {NAMES[row["source_url"]]: row for row in query(db, "SELECT * FROM links")}
            for fmt in ("table", "json"):
                night.lost[fmt] = scrapy_cmd(db, "lost", "--format", fmt)
            if name == "night3":
                night.lost["csv"] = scrapy_cmd(db, "lost", "--format", "csv")
            if name == "night4":
                night.lost["all"] = scrapy_cmd(db, "lost", "--all", "--format", "json")
                night.lost["since"] = scrapy_cmd(db, "lost", "--since", "1d", "--format", "json")
            results[name] = night
    finally:
        web.overlay = None
        smtp.stop()
        receiver.shutdown()
        receiver.server_close()
    return db, results


# ------------------------------------------------------------ helpers
def changes(db: Path, run_id: int) -> list[tuple]:
    """(page, kind, before, after) of a run, sorted."""
    rows = query(db, "SELECT l.source_url, ch.kind, ch.before, ch.after FROM changes ch"
                     " JOIN links l ON l.id = ch.link_id WHERE ch.run_id = ?", [run_id])
    return sorted((NAMES[r["source_url"]], r["kind"], r["before"], r["after"]) for r in rows)


def check_of(db: Path, run_id: int, name: str) -> dict:
    [row] = query(db, "SELECT * FROM checks WHERE run_id = ? AND source_url = ?", [run_id, PAGES[name]])
    return row


def expected_lost(db: Path, run_id: int, names: list[str], reasons: dict[str, str]) -> list[dict]:
    """The lost rows the SPEC promises, rebuilt from ``checks``: the check of
    the run that found the link lost, and the link's latest live check before."""
    rows = []
    for name in sorted(names, key=lambda n: PAGES[n]):
        lost_check = check_of(db, run_id, name)
        [live] = query(db, "SELECT max(checked_at) AS at FROM checks WHERE link_id = ? AND status = 'live'"
                           " AND run_id < ?", [lost_check["link_id"], run_id])
        rows.append({"link_id": lost_check["link_id"], "source_url": PAGES[name], "target_url": T,
                     "reason": reasons[name], "lost_in_run": run_id, "lost_at": lost_check["checked_at"],
                     "last_live": live["at"]})
    return rows


def table_rows(output: str) -> tuple[str, list[str], list[list[str]]]:
    """(title, header, rows) of a ``--format table`` output (no cell has spaces here)."""
    lines = output.splitlines()
    if len(lines) == 1:
        return lines[0], [], []
    title, header, rule, *rows = lines
    assert set(rule.replace(" ", "")) == {"-"}
    return title, header.split(), [row.split() for row in rows]


def rounds(sequence: list[str], site_of) -> list[set[str]]:
    """Cut a page sequence into the rounds of a site-interleaved queue: as
    long as the next page's site is new in the current round, it belongs to it."""
    result: list[set[str]] = []
    for page in sequence:
        if not result or site_of(page) in result[-1]:
            result.append(set())
        result[-1].add(site_of(page))
    return result


def site(name: str) -> str:
    return host_path(PAGES[name])[0]


# ------------------------------------------------------------ run 1: the import
def test_import_reports_only_new_links(nights):
    db, n = nights
    night = n["import"]
    assert changes(db, night.run_id) == sorted((name, "new", None, "live") for name in PAGES)
    assert {row["status"] for row in query(db, "SELECT status FROM checks WHERE run_id = ?", [night.run_id])} \
        == {"live"}, night.crawl.stderr[-3000:]
    assert all(night.fetches(name) == 1 for name in PAGES), Counter(night.requests)
    assert night.webhooks == [] and night.emails == []
    assert night.lost["json"].returncode == 0 and json.loads(night.lost["json"].stdout) == []
    title, header, rows = table_rows(night.lost["table"].stdout)
    assert night.lost["table"].returncode == 0
    assert title.startswith(f"Links lost in run {night.run_id} (") and title.endswith(": 0") and rows == []


# ------------------------------------------------------------ night 2: a bad night
def test_bad_night_is_at_risk_not_lost(nights):
    db, n = nights
    night = n["night2"]
    assert changes(db, night.run_id) == [
        ("bivvy", "page_error", "live", "server_error"),
        ("ultralight", "page_error", "live", "server_error"),
    ]
    for name in ("bivvy", "ultralight"):
        check = check_of(db, night.run_id, name)
        assert (check["status"], check["reason"], check["http_status"]) == ("error", "server_error", 500)
        link = night.links[name]
        assert (link["status"], link["reason"], link["error_streak"]) == ("error", "server_error", 1)
        # still remembered as last seen live in the import run
        assert link["last_live"] == check_of(db, n["import"].run_id, name)["checked_at"]
    # only transient errors: nothing to alert about, nothing lost
    assert night.webhooks == [] and night.emails == []
    assert night.lost["json"].returncode == 0 and json.loads(night.lost["json"].stdout) == []
    assert night.lost["table"].returncode == 0


def test_link_missing_on_first_fetch_only_is_confirmed_live(nights):
    """The stale copy lacks the link; the confirming re-fetch finds it: live,
    no change, no alert."""
    db, n = nights
    night = n["night2"]
    assert night.fetches("sale") == 2
    check = check_of(db, night.run_id, "sale")
    assert (check["status"], check["reason"], check["links_to_target"]) == ("live", None, 1)
    assert [c for c in changes(db, night.run_id) if c[0] == "sale"] == []
    # the pages whose link was there were fetched once
    assert all(night.fetches(name) == 1 for name in PAGES if name not in ("sale", "bivvy", "ultralight"))


# ------------------------------------------------------------ night 3: the big night
def test_night3_changes(nights):
    db, n = nights
    night = n["night3"]
    assert changes(db, night.run_id) == sorted([
        ("dolomites", "lost", "live", "link_removed"),
        ("reviews", "became_nofollow", "follow", "rel=nofollow noopener"),
        ("packing", "moved", "content", "footer"),
        ("winter", "anchor_changed", OLD_ANCHOR, NEW_ANCHOR),
        ("pad", "became_noindex", "indexable", "noindex"),
        ("footprints", "lost", "live", "page_gone"),
        ("lagazuoi", "lost", "live", "page_redirected"),
        ("margherita", "moved", PAGES["margherita"], MARGHERITA_NEW),
        ("fanes", "lost", "live", "page_gone"),
        ("review", "became_nofollow", "follow", "nofollow_meta"),
        # ultralight came back after one bad night: not news; bivvy failed again: still at risk
    ]), night.crawl.stderr[-3000:]
    assert (night.links["bivvy"]["status"], night.links["bivvy"]["error_streak"]) == ("error", 2)
    assert (night.links["ultralight"]["status"], night.links["ultralight"]["error_streak"]) == ("live", 0)
    # one record per link, although some pages were fetched twice
    per_link = query(db, "SELECT link_id, count(*) AS n FROM checks WHERE run_id = ? GROUP BY link_id",
                     [night.run_id])
    assert len(per_link) == len(PAGES) and {row["n"] for row in per_link} == {1}


def test_removed_link_is_confirmed_by_a_second_fetch(nights):
    db, n = nights
    night = n["night3"]
    assert night.fetches("dolomites") == 2          # fetched, then fetched again to confirm
    assert night.fetches("lagazuoi") == 2            # redirected away: confirmed as well
    assert night.fetches("fanes") == 2               # a soft 404 lacks the link too
    assert night.fetches("footprints") == 1          # a 404 needs no confirmation
    for name in ("reviews", "packing", "winter", "pad", "margherita", "sale", "ultralight", "review"):
        assert night.fetches(name) == 1, name        # the link was there: once
    check = check_of(db, night.run_id, "dolomites")
    assert (check["status"], check["reason"], check["http_status"], check["links_to_target"]) == (
        "lost", "link_removed", 200, 0)


def test_confirming_fetch_comes_after_the_first_pass(nights):
    """"Fetched again later in the same run": after every linking page had
    its first fetch, so a passing glitch (a stale cache node, a rotating
    block) has time to pass."""
    _, n = nights
    for name, confirmed in (("night2", ["sale"]), ("night3", ["dolomites", "lagazuoi", "fanes"])):
        requests = [PAGE_OF_REQUEST.get(request) for request in n[name].requests]
        last_first_fetch = max(requests.index(page) for page in PAGES)
        for page in confirmed:
            second = [i for i, seen in enumerate(requests) if seen == page][1]
            assert second > last_first_fetch, (name, page, requests)


def test_night3_lost_command(nights):
    db, n = nights
    night = n["night3"]
    reasons = {"dolomites": "link_removed", "footprints": "page_gone", "lagazuoi": "page_redirected",
               "fanes": "page_gone"}
    expected = expected_lost(db, night.run_id, list(reasons), reasons)
    assert [row["last_live"] for row in expected] == [
        check_of(db, n["night2"].run_id, name)["checked_at"] for name in sorted(reasons, key=PAGES.get)]

    as_json = night.lost["json"]
    assert as_json.returncode == 1, as_json.stderr
    assert json.loads(as_json.stdout) == expected

    as_csv = night.lost["csv"]
    assert as_csv.returncode == 1
    parsed = list(csv.reader(io.StringIO(as_csv.stdout)))
    assert parsed[0] == list(LOST_COLUMNS)
    assert parsed[1:] == [["" if row[c] is None else str(row[c]) for c in LOST_COLUMNS] for row in expected]

    table = night.lost["table"]
    assert table.returncode == 1
    title, header, rows = table_rows(table.stdout)
    assert title.startswith(f"Links lost in run {night.run_id} (") and title.endswith(": 4")
    assert header == list(LOST_COLUMNS)
    assert rows == [[str(row[c]) for c in LOST_COLUMNS] for row in expected]


def test_night3_alerts(nights, web):
    db, n = nights
    night = n["night3"]
    reasons = {"dolomites": "link_removed", "footprints": "page_gone", "lagazuoi": "page_redirected",
               "fanes": "page_gone"}
    [(headers, body)] = night.webhooks
    assert headers["Content-Type"].startswith("application/json")
    assert body["event"] == "backlinks.run_finished"
    [run] = query(db, "SELECT * FROM runs WHERE id = ?", [night.run_id])
    assert body["run"] == {"id": night.run_id, "started_at": run["started_at"], "finished_at": run["finished_at"],
                           "input": None, "total": 13, "live": 8, "lost": 4, "error": 1}
    assert body["database"] == str(db)
    assert body["counts"] == {"lost": 4, "became_nofollow": 2}
    assert body["lost"] == expected_lost(db, night.run_id, list(reasons), reasons)
    assert sorted(body["became_nofollow"], key=lambda r: r["source_url"]) == [
        {"link_id": night.links[name]["id"], "source_url": PAGES[name], "target_url": T,
         "before": "follow", "after": after}
        for name, after in sorted([("reviews", "rel=nofollow noopener"), ("review", "nofollow_meta")],
                                  key=lambda pair: PAGES[pair[0]])]

    [(sender, rcpt, message)] = night.emails
    assert sender == MAIL_FROM and rcpt == RECIPIENTS
    assert message["Subject"] == f"[backlinks] run {night.run_id}: 4 lost, 2 turned nofollow"
    text = message.get_content()
    for name, reason in reasons.items():
        assert PAGES[name] in text and f"reason: {reason}" in text
    assert PAGES["reviews"] in text and "rel=nofollow noopener" in text
    assert PAGES["review"] in text and "nofollow_meta" in text
    # pages at risk, or merely changed, are no alert
    for name in ("bivvy", "ultralight", "packing", "winter", "pad", "margherita"):
        assert PAGES[name] not in text and PAGES[name] not in json.dumps(body)


def test_soft_404_is_page_gone(nights):
    db, n = nights
    check = check_of(db, n["night3"].run_id, "fanes")
    assert (check["status"], check["reason"], check["http_status"]) == ("lost", "page_gone", 200)
    assert "soft_404" in json.loads(check["signals"])


# ------------------------------------------------------------ night 4
def test_night4_recovery_and_loss_after_repeated_errors(nights):
    db, n = nights
    night = n["night4"]
    assert changes(db, night.run_id) == [
        ("bivvy", "lost", "error", "server_error"),
        ("dolomites", "recovered", "link_removed", "live"),
    ], night.crawl.stderr[-3000:]
    # the record keeps its error; the link is lost
    check = check_of(db, night.run_id, "bivvy")
    assert (check["status"], check["reason"]) == ("error", "server_error")
    link = night.links["bivvy"]
    assert (link["status"], link["reason"], link["error_streak"]) == ("lost", "server_error", 3)
    assert link["last_live"] == check_of(db, n["import"].run_id, "bivvy")["checked_at"]
    # the deleted thread now errors: it stays lost, for the reason it was lost, with no change
    check = check_of(db, night.run_id, "footprints")
    assert (check["status"], check["reason"]) == ("error", "server_error")
    assert (night.links["footprints"]["status"], night.links["footprints"]["reason"]) == ("lost", "page_gone")
    assert (night.links["dolomites"]["status"], night.links["dolomites"]["reason"]) == ("live", None)
    assert night.links["dolomites"]["last_live"] == check_of(db, night.run_id, "dolomites")["checked_at"]


def test_night4_lost_command_and_alerts(nights):
    db, n = nights
    night = n["night4"]
    expected = expected_lost(db, night.run_id, ["bivvy"], {"bivvy": "server_error"})
    assert night.lost["json"].returncode == 1
    assert json.loads(night.lost["json"].stdout) == expected
    title, _, rows = table_rows(night.lost["table"].stdout)
    assert night.lost["table"].returncode == 1 and title.endswith(": 1") and len(rows) == 1

    [(_, body)] = night.webhooks
    assert body["run"]["id"] == night.run_id
    assert (body["run"]["live"], body["run"]["lost"], body["run"]["error"]) == (9, 2, 2)
    assert body["counts"] == {"lost": 1, "became_nofollow": 0}
    assert body["lost"] == expected and body["became_nofollow"] == []
    [(_, _, message)] = night.emails
    assert message["Subject"] == f"[backlinks] run {night.run_id}: 1 lost"
    text = message.get_content()
    assert PAGES["bivvy"] in text and "reason: server_error" in text
    assert PAGES["dolomites"] not in text     # recovered is no alert


def test_lost_all_and_since(nights):
    db, n = nights
    night = n["night4"]
    night3 = n["night3"].run_id
    everything = night.lost["all"]
    assert everything.returncode == 1
    rows = json.loads(everything.stdout)
    assert [(NAMES[r["source_url"]], r["reason"], r["lost_in_run"]) for r in rows] == [  # by URL
        ("footprints", "page_gone", night3), ("bivvy", "server_error", night.run_id),
        ("fanes", "page_gone", night3), ("lagazuoi", "page_redirected", night3)]
    since = night.lost["since"]
    assert since.returncode == 1
    # lost in the last day and still lost: the recovered Dolomites post is not
    assert json.loads(since.stdout) == rows


# ------------------------------------------------------------ narrowing
def test_only_live_rechecks_live_links_only(nights):
    db, n = nights
    night = n["only_live"]
    live = ["dolomites", "reviews", "packing", "winter", "pad", "ultralight", "margherita", "sale", "review"]
    assert sorted(night.first_fetches()) == sorted(live)
    assert sorted(NAMES[r["source_url"]] for r in query(
        db, "SELECT source_url FROM checks WHERE run_id = ?", [night.run_id])) == sorted(live)
    assert changes(db, night.run_id) == sorted([
        ("reviews", "became_follow", "rel=nofollow noopener", "follow"),
        ("packing", "moved", "footer", "content"),
        ("winter", "anchor_changed", NEW_ANCHOR, OLD_ANCHOR),
        ("pad", "became_indexable", "noindex", "indexable"),
        ("margherita", "moved", MARGHERITA_NEW, PAGES["margherita"]),
        ("review", "became_follow", "nofollow_meta", "follow"),
    ])
    assert night.webhooks == [] and night.emails == []
    assert night.lost["json"].returncode == 0 and json.loads(night.lost["json"].stdout) == []
    # the lost links were not touched
    for name in ("footprints", "bivvy", "lagazuoi", "fanes"):
        assert night.links[name]["status"] == "lost"
        assert night.links[name]["last_checked"] == n["night4"].links[name]["last_checked"]


def test_only_lost_rechecks_lost_links_only(nights):
    db, n = nights
    night = n["only_lost"]
    lost = ["bivvy", "fanes", "footprints", "lagazuoi"]
    assert sorted(night.first_fetches()) == lost
    assert changes(db, night.run_id) == [
        ("bivvy", "recovered", "server_error", "live"),
        ("fanes", "recovered", "page_gone", "live"),
        ("footprints", "recovered", "page_gone", "live"),
        ("lagazuoi", "recovered", "page_redirected", "live"),
    ]
    assert {row["status"] for row in night.links.values()} == {"live"}
    assert night.webhooks == [] and night.emails == []
    assert night.lost["json"].returncode == 0 and json.loads(night.lost["json"].stdout) == []


# ------------------------------------------------------------ politeness
@pytest.mark.parametrize("name", ["import", "night2"])
def test_linking_pages_are_site_interleaved(nights, name):
    """Every site's first page, then every site's second page...: the blog's
    five posts are spread over the run, not fetched back to back."""
    _, n = nights
    order = n[name].first_fetches()
    assert sorted(order) == sorted(PAGES)
    per_site = Counter(site(page) for page in PAGES)           # 5, 3, 3, 2
    expected_sizes = [sum(1 for count in per_site.values() if count > k) for k in range(max(per_site.values()))]
    assert [len(r) for r in rounds(order, site)] == expected_sizes, order
    assert rounds(order, site)[0] == set(per_site)


# ------------------------------------------------------------ scrapy changes
def test_changes_command(nights):
    db, n = nights
    night3 = n["night3"].run_id
    table = scrapy_cmd(db, "changes", "--run", str(night3))
    assert table.returncode == 0, table.stderr
    # cells with spaces, as one word each, to split the table's columns
    words = {OLD_ANCHOR: "OLD", NEW_ANCHOR: "NEW", "rel=nofollow noopener": "REL"}
    text = table.stdout
    for value, word in words.items():
        text = text.replace(value, word)
    title, header, rows = table_rows(text)
    assert title.startswith(f"Changes in run {night3} (") and title.endswith(": 10")
    assert header == list(CHANGE_COLUMNS)
    assert sorted((NAMES[r[3]], r[2], r[5], r[6]) for r in rows) == sorted(
        (page, kind, words.get(before, before), words.get(after, after))
        for page, kind, before, after in changes(db, night3))

    as_json = scrapy_cmd(db, "changes", "--run", str(night3), "--format", "json")
    assert as_json.returncode == 0
    listed = json.loads(as_json.stdout)
    assert all(set(row) == set(CHANGE_COLUMNS) and row["run_id"] == night3 and row["target_url"] == T
               for row in listed)
    assert sorted((NAMES[r["source_url"]], r["kind"], r["before"], r["after"]) for r in listed) == \
        changes(db, night3)
    assert all(r["link_id"] == n["night3"].links[NAMES[r["source_url"]]]["id"] for r in listed)

    only_lost = scrapy_cmd(db, "changes", "--run", str(n["night4"].run_id), "--kind", "lost", "--format", "csv")
    assert only_lost.returncode == 0
    parsed = list(csv.reader(io.StringIO(only_lost.stdout)))
    assert parsed[0] == list(CHANGE_COLUMNS)
    assert [(row[2], row[3], row[5], row[6]) for row in parsed[1:]] == [
        ("lost", PAGES["bivvy"], "error", "server_error")]

    latest = scrapy_cmd(db, "changes", "--format", "json")      # the latest finished run: only=lost
    assert latest.returncode == 0
    assert sorted((NAMES[r["source_url"]], r["kind"]) for r in json.loads(latest.stdout)) == [
        ("bivvy", "recovered"), ("fanes", "recovered"), ("footprints", "recovered"), ("lagazuoi", "recovered")]
