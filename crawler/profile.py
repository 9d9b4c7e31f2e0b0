"""The link profile of every target site: tables, views, and the per-run
snapshot the scores read (README, "The link profile").

Tables (kept up to date by :func:`refresh_profile`, which the scoring
pipeline runs when a run starts and ends, and, within a run, by
:func:`record_checks` when the writer of ``checks`` calls it):

- ``link_sites``: per link, the target's site and the referring domain,
  host, TLD and country (from the URLs, public-suffix aware);
- ``link_facts``: per link, the facts of its latest *live* check (anchor,
  type, follow, language, scores, signals);
- ``scoring_thresholds``: the thresholds the views count with (the run's
  weights, see :func:`write_thresholds`);
- ``profile_state``: the last ``checks`` row :func:`refresh_profile` read.

Views, per target site: ``profile_links``, ``profile_referring_domains``,
``profile_anchors``, ``profile_anchor_types``, ``profile_new_links``,
``profile_summary``.

:class:`ProfileSnapshot` freezes the aggregates the naturalness score needs
(links per referring domain, per anchor, per language, per country, new links
per day) in temporary tables when a run scores its first record, so every
record of the run is judged against the same profile, whatever the order,
with memory bounded (one indexed lookup per record).
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta

import sqlite_utils

from crawler.scoring.anchors import normalize_anchor
from crawler.scoring.geo import country_of
from crawler.scoring.inputs import ProfileFacts
from crawler.scoring.text import language_code
from crawler.scoring.weights import DEFAULT_WEIGHTS
from crawler.urls import host_of, parse_target, registered_domain

#: Thresholds the views count with (names of weights).
VIEW_THRESHOLDS = ("natural_min", "relevant_min", "negative_below")

SCHEMA = """
CREATE TABLE IF NOT EXISTS link_sites (
    link_id INTEGER PRIMARY KEY,
    target_site TEXT NOT NULL,
    referring_domain TEXT,
    source_host TEXT,
    tld TEXT,
    country TEXT
);
CREATE INDEX IF NOT EXISTS link_sites_site ON link_sites (target_site, referring_domain);
CREATE TABLE IF NOT EXISTS link_facts (
    link_id INTEGER PRIMARY KEY,
    run_id INTEGER,
    checked_at TEXT,
    anchor_text TEXT,
    anchor_type TEXT,
    nofollow INTEGER,
    sponsored INTEGER,
    ugc INTEGER,
    position TEXT,
    context TEXT,
    language TEXT,
    naturalness INTEGER,
    relevance INTEGER,
    signals TEXT
);
CREATE TABLE IF NOT EXISTS scoring_thresholds (name TEXT PRIMARY KEY, value REAL NOT NULL);
CREATE TABLE IF NOT EXISTS profile_state (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS checks_link_status ON checks (link_id, status);

CREATE VIEW IF NOT EXISTS profile_links AS
SELECT l.id AS link_id, s.target_site, s.referring_domain, s.source_host, s.tld, s.country,
       l.source_url, l.target_url, l.status, l.reason, l.first_seen, l.last_checked, l.last_live,
       f.run_id AS last_live_run, f.anchor_text, f.anchor_type, f.nofollow, f.sponsored, f.ugc,
       f.position, f.context, f.language, f.naturalness, f.relevance, f.signals
FROM links l
JOIN link_sites s ON s.link_id = l.id
LEFT JOIN link_facts f ON f.link_id = l.id;

CREATE VIEW IF NOT EXISTS profile_referring_domains AS
SELECT target_site, referring_domain,
       COUNT(*) AS links,
       SUM(status = 'live') AS live_links,
       ROUND(1.0 * SUM(status = 'live') / COUNT(*), 3) AS live_share,
       ROUND(1.0 * SUM(status = 'live' AND nofollow = 0) / NULLIF(SUM(status = 'live'), 0), 3) AS follow_share,
       ROUND(AVG(CASE WHEN status = 'live' THEN naturalness END), 1) AS mean_naturalness,
       ROUND(AVG(CASE WHEN status = 'live' THEN relevance END), 1) AS mean_relevance,
       MIN(first_seen) AS first_seen,
       MAX(tld) AS tld,
       MAX(country) AS country,
       (SELECT f.language FROM link_sites s2 JOIN link_facts f ON f.link_id = s2.link_id
        WHERE s2.target_site = p.target_site AND s2.referring_domain IS p.referring_domain
          AND f.language IS NOT NULL
        GROUP BY f.language ORDER BY COUNT(*) DESC, f.language LIMIT 1) AS language
FROM profile_links p
GROUP BY target_site, referring_domain;

CREATE VIEW IF NOT EXISTS profile_anchors AS
SELECT target_site, LOWER(TRIM(anchor_text)) AS anchor, MIN(anchor_text) AS example,
       MAX(anchor_type) AS anchor_type,
       COUNT(*) AS links,
       ROUND(1.0 * COUNT(*) / (SELECT COUNT(*) FROM profile_links p2
                               WHERE p2.target_site = p.target_site AND p2.status = 'live'), 3) AS share,
       ROW_NUMBER() OVER (PARTITION BY target_site ORDER BY COUNT(*) DESC, LOWER(TRIM(anchor_text))) AS rank
FROM profile_links p
WHERE status = 'live'
GROUP BY target_site, LOWER(TRIM(anchor_text));

CREATE VIEW IF NOT EXISTS profile_anchor_types AS
SELECT target_site, COALESCE(anchor_type, 'unknown') AS anchor_type,
       COUNT(*) AS links,
       ROUND(1.0 * COUNT(*) / (SELECT COUNT(*) FROM profile_links p2
                               WHERE p2.target_site = p.target_site AND p2.status = 'live'), 3) AS share
FROM profile_links p
WHERE status = 'live'
GROUP BY target_site, COALESCE(anchor_type, 'unknown');

CREATE VIEW IF NOT EXISTS profile_new_links AS
SELECT target_site, SUBSTR(first_seen, 1, 10) AS day, COUNT(*) AS links
FROM profile_links
GROUP BY target_site, SUBSTR(first_seen, 1, 10);

CREATE VIEW IF NOT EXISTS profile_summary AS
SELECT target_site,
       COUNT(*) AS links,
       COUNT(DISTINCT referring_domain) AS referring_domains,
       SUM(status = 'live') AS live,
       SUM(status = 'lost') AS lost,
       SUM(status = 'error') AS error,
       SUM(status = 'live' AND nofollow = 0) AS follow,
       SUM(status = 'live' AND nofollow = 0
           AND naturalness >= (SELECT value FROM scoring_thresholds WHERE name = 'natural_min')
           AND relevance >= (SELECT value FROM scoring_thresholds WHERE name = 'relevant_min')) AS quality,
       SUM(status = 'live' AND relevance >= (SELECT value FROM scoring_thresholds WHERE name = 'relevant_min')) AS relevant,
       SUM(status = 'live' AND naturalness >= (SELECT value FROM scoring_thresholds WHERE name = 'natural_min')) AS natural,
       SUM(status = 'live' AND naturalness < (SELECT value FROM scoring_thresholds WHERE name = 'negative_below')) AS negative,
       ROUND(AVG(CASE WHEN status = 'live' THEN naturalness END), 1) AS mean_naturalness,
       ROUND(AVG(CASE WHEN status = 'live' THEN relevance END), 1) AS mean_relevance
FROM profile_links
GROUP BY target_site;
"""


# --------------------------------------------------------------- migration
def profile_migration(db: sqlite_utils.Database) -> None:
    """Create the profile tables and views, and fill them from what the
    database already holds. Safe to run twice. Register it after the core
    migrations: ``register_migration("101_profile", profile_migration)``."""
    db.conn.executescript(SCHEMA)
    write_thresholds(db, DEFAULT_WEIGHTS, only_missing=True)
    refresh_profile(db)


def write_thresholds(db: sqlite_utils.Database, weights: Mapping[str, float], *, only_missing: bool = False) -> None:
    """Store the view thresholds of ``weights`` (the run's settings)."""
    verb = "INSERT OR IGNORE" if only_missing else "INSERT OR REPLACE"
    db.conn.executemany(f"{verb} INTO scoring_thresholds (name, value) VALUES (?, ?)",
                        [(name, float(weights[name])) for name in VIEW_THRESHOLDS])


def refresh_profile(db: sqlite_utils.Database) -> None:
    """Bring ``link_sites`` and ``link_facts`` up to date with ``links`` and
    ``checks``: only the rows added since the last refresh are read (the
    last check read is kept in ``profile_state``)."""
    sync_link_sites(db)
    row = db.conn.execute("SELECT value FROM profile_state WHERE name = 'facts_check_id'").fetchone()
    last = row[0] if row else 0
    newest = db.conn.execute("SELECT COALESCE(MAX(id), 0) FROM checks").fetchone()[0]
    if newest <= last:
        return
    db.conn.execute(
        """INSERT OR REPLACE INTO link_facts
           SELECT link_id, run_id, checked_at, anchor_text, anchor_type, nofollow, sponsored, ugc,
                  position, context, language, naturalness, relevance, signals
           FROM checks
           WHERE id > ? AND id <= ? AND status = 'live' AND link_id IS NOT NULL
           ORDER BY id""", [last, newest])
    db.conn.execute("INSERT OR REPLACE INTO profile_state (name, value) VALUES ('facts_check_id', ?)", [newest])


# ------------------------------------------------------------------ writing
def link_site_row(link_id: int, source_url: str, target_url: str) -> tuple:
    """The ``link_sites`` row of a link, from its two URLs.

    >>> link_site_row(7, "https://blog.hunde.de/a", "https://www.pawsandclaws-blog.com/x")
    (7, 'pawsandclaws-blog.com', 'hunde.de', 'blog.hunde.de', 'de', 'de')
    """
    target = parse_target(target_url)
    site = (target.registered_domain or target.host) if target else (target_url or "").lower()
    domain = registered_domain(source_url) if source_url else None
    host = host_of(source_url) if source_url else None
    tld = domain.rsplit(".", 1)[-1] if domain and "." in domain else None
    return (link_id, site, domain, host, tld, country_of(domain))


def sync_link_sites(db: sqlite_utils.Database, *, batch: int = 2000) -> int:
    """Add the ``link_sites`` rows of links that have none; returns how many."""
    added = 0
    last_id = 0
    while True:
        rows = db.conn.execute(
            """SELECT l.id, l.source_url, l.target_url FROM links l
               LEFT JOIN link_sites s ON s.link_id = l.id
               WHERE s.link_id IS NULL AND l.id > ? ORDER BY l.id LIMIT ?""", [last_id, batch]).fetchall()
        if not rows:
            return added
        values = [link_site_row(*row) for row in rows]
        with _transaction(db):
            db.conn.executemany("INSERT OR IGNORE INTO link_sites VALUES (?, ?, ?, ?, ?, ?)", values)
        added += len(rows)
        last_id = rows[-1][0]


def record_checks(db: sqlite_utils.Database, rows: Iterable[Mapping]) -> None:
    """Keep the profile tables current with a batch of ``checks`` rows (as
    written by ``Store.insert_checks``; use it as, or in, its ``after_insert``).
    Live rows replace their link's ``link_facts``; every link gets its
    ``link_sites`` row."""
    facts = []
    sites = []
    for row in rows:
        link_id = row.get("link_id")
        if link_id is None:
            continue
        sites.append((link_id, row.get("source_url"), row.get("target_url")))
        if row.get("status") != "live":
            continue
        signals = row.get("signals")
        if signals is not None and not isinstance(signals, str):
            signals = json.dumps(list(signals), ensure_ascii=False)
        facts.append((
            link_id, row.get("run_id"), row.get("checked_at"), row.get("anchor_text"),
            row.get("anchor_type"), _int(row.get("nofollow")), _int(row.get("sponsored")),
            _int(row.get("ugc")), row.get("position"), row.get("context"), row.get("language"),
            row.get("naturalness"), row.get("relevance"), signals,
        ))
    if sites:
        known = {r[0] for r in _in_chunks(db, "SELECT link_id FROM link_sites WHERE link_id IN ({})",
                                          [s[0] for s in sites])}
        db.conn.executemany("INSERT OR IGNORE INTO link_sites VALUES (?, ?, ?, ?, ?, ?)",
                            [link_site_row(*s) for s in sites if s[0] not in known])
    if facts:
        db.conn.executemany(f"INSERT OR REPLACE INTO link_facts VALUES ({', '.join('?' * 14)})", facts)


@contextmanager
def _transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One transaction, unless the caller already holds one."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.execute("ROLLBACK")
        raise
    db.conn.execute("COMMIT")


def _int(value) -> int | None:
    return None if value is None else int(bool(value))


def _in_chunks(db, sql: str, ids: list, size: int = 500) -> list[tuple]:
    found = []
    for start in range(0, len(ids), size):
        chunk = ids[start:start + size]
        found.extend(db.conn.execute(sql.format(", ".join("?" * len(chunk))), chunk).fetchall())
    return found


# ----------------------------------------------------------------- snapshot
SNAPSHOT_SQL = """
DROP TABLE IF EXISTS temp.snap_domains;
DROP TABLE IF EXISTS temp.snap_anchors;
DROP TABLE IF EXISTS temp.snap_sites;
DROP TABLE IF EXISTS temp.snap_languages;
DROP TABLE IF EXISTS temp.snap_countries;
DROP TABLE IF EXISTS temp.snap_days;
CREATE TEMP TABLE snap_domains AS
    SELECT s.target_site, s.referring_domain, COUNT(*) AS links, COUNT(DISTINCT l.source_key) AS pages
    FROM link_sites s JOIN links l ON l.id = s.link_id
    GROUP BY s.target_site, s.referring_domain;
CREATE UNIQUE INDEX temp.snap_domains_key ON snap_domains (target_site, referring_domain);
CREATE TEMP TABLE snap_anchors AS
    SELECT target_site, anchor, COUNT(*) AS links FROM (
        SELECT s.target_site, bv_normalize_anchor(COALESCE(f.anchor_text, l.expected_anchor)) AS anchor
        FROM link_sites s JOIN links l ON l.id = s.link_id
        LEFT JOIN link_facts f ON f.link_id = s.link_id)
    WHERE anchor != ''
    GROUP BY target_site, anchor;
CREATE UNIQUE INDEX temp.snap_anchors_key ON snap_anchors (target_site, anchor);
CREATE TEMP TABLE snap_sites AS
    SELECT s.target_site, COUNT(*) AS links, MIN(l.first_seen_run) AS baseline_run,
           MIN(SUBSTR(l.first_seen, 1, 10)) AS baseline_day, MAX(s.link_id) AS max_link_id
    FROM link_sites s JOIN links l ON l.id = s.link_id
    GROUP BY s.target_site;
CREATE UNIQUE INDEX temp.snap_sites_key ON snap_sites (target_site);
CREATE TEMP TABLE snap_languages AS
    SELECT s.target_site, f.language, COUNT(*) AS links
    FROM link_sites s JOIN link_facts f ON f.link_id = s.link_id
    WHERE f.language IS NOT NULL
    GROUP BY s.target_site, f.language;
CREATE TEMP TABLE snap_countries AS
    SELECT target_site, country, COUNT(*) AS links FROM link_sites
    WHERE country IS NOT NULL GROUP BY target_site, country;
CREATE TEMP TABLE snap_days AS
    SELECT s.target_site, SUBSTR(l.first_seen, 1, 10) AS day, COUNT(*) AS links
    FROM link_sites s JOIN links l ON l.id = s.link_id
    JOIN snap_sites b ON b.target_site = s.target_site
    WHERE (l.first_seen_run IS NOT NULL AND l.first_seen_run > b.baseline_run)
       OR (l.first_seen_run IS NULL AND SUBSTR(l.first_seen, 1, 10) > b.baseline_day)
    GROUP BY s.target_site, SUBSTR(l.first_seen, 1, 10);
"""


@dataclass(frozen=True)
class _Site:
    links: int
    anchored: int
    languaged: int
    languages: Mapping[str, int]
    countries: Mapping[str, int]
    days: Mapping[str, int]
    bursts: frozenset[str]
    country: str | None


class ProfileSnapshot:
    """The profile aggregates of the database at one moment (a run's
    start), in temporary tables of ``db``'s connection."""

    def __init__(self, db: sqlite_utils.Database, weights: Mapping[str, float] = DEFAULT_WEIGHTS):
        self.db = db
        self.weights = weights
        self._sites: dict[str, _Site] = {}
        refresh_profile(db)
        db.conn.create_function("bv_normalize_anchor", 1, normalize_anchor, deterministic=True)
        db.conn.executescript(SNAPSHOT_SQL)
        self.max_link_id = db.conn.execute("SELECT COALESCE(MAX(link_id), 0) FROM link_sites").fetchone()[0]

    # ------------------------------------------------------------- lookups
    def facts(self, record: Mapping, *, link_id: int | None = None) -> ProfileFacts | None:
        """The :class:`ProfileFacts` of a live record (None without a target)."""
        link_id = link_id if link_id is not None else record.get("link_id")
        source_url = record.get("source_url") or ""
        target_url = record.get("target_url") or ""
        own = None
        if link_id is not None:
            own = self.db.conn.execute(
                """SELECT l.source_key, l.first_seen, s.target_site, s.referring_domain, s.country,
                          COALESCE(f.anchor_text, l.expected_anchor), f.language
                   FROM links l LEFT JOIN link_sites s ON s.link_id = l.id
                   LEFT JOIN link_facts f ON f.link_id = l.id WHERE l.id = ?""", [link_id]).fetchone()
        in_snapshot = own is not None and own[2] is not None and link_id <= self.max_link_id
        if own is not None and own[2] is not None:
            source_key, first_seen, target_site, domain, country, old_anchor, old_language = own
        else:
            _, target_site, domain, _, _, country = link_site_row(0, source_url, target_url)
            source_key, first_seen, old_anchor, old_language = None, None, None, None
        if not target_site:
            return None
        site = self._site(target_site)
        me = 0 if in_snapshot else 1     # add this link when the snapshot does not count it

        page_links = me
        if source_key is not None:
            page_links += self.db.conn.execute(
                """SELECT COUNT(*) FROM links l JOIN link_sites s ON s.link_id = l.id
                   WHERE l.source_key = ? AND s.target_site = ? AND l.id <= ?""",
                [source_key, target_site, self.max_link_id]).fetchone()[0]
        row = self.db.conn.execute(
            "SELECT links, pages FROM temp.snap_domains WHERE target_site = ? AND referring_domain IS ?",
            [target_site, domain]).fetchone()
        domain_links, domain_pages = row if row else (0, 0)
        domain_links += me
        if not in_snapshot and page_links <= 1:
            domain_pages += 1

        anchor = normalize_anchor(record.get("anchor_text"))
        old = normalize_anchor(old_anchor) if in_snapshot else ""
        anchor_links = anchored = 0
        if anchor:
            hit = self.db.conn.execute(
                "SELECT links FROM temp.snap_anchors WHERE target_site = ? AND anchor = ?",
                [target_site, anchor]).fetchone()
            anchor_links = (hit[0] if hit else 0) - (1 if old == anchor else 0) + 1
            anchored = site.anchored - (1 if old else 0) + 1

        language = language_code(record.get("language") or record.get("html_lang"))
        old_lang = language_code(old_language) if in_snapshot else ""
        language_links = 0
        languaged = site.languaged - (1 if old_lang else 0)
        if language:
            language_links = site.languages.get(language, 0) - (1 if old_lang == language else 0) + 1
            languaged += 1

        day = (first_seen or "")[:10]
        return ProfileFacts(
            target_site=target_site,
            site_links=site.links + me,
            anchor_links=anchor_links,
            anchored_links=anchored,
            page_links=page_links,
            domain_links=domain_links,
            domain_pages=domain_pages,
            language_links=language_links,
            languaged_links=languaged,
            country=country,
            target_country=site.country,
            country_links=(site.countries.get(country, 0) + me) if country else 0,
            new_links_that_day=site.days.get(day, 0),
            burst=day in site.bursts,
        )

    def _site(self, target_site: str) -> _Site:
        found = self._sites.get(target_site)
        if found is not None:
            return found
        conn = self.db.conn
        row = conn.execute("SELECT links, baseline_day FROM temp.snap_sites WHERE target_site = ?",
                           [target_site]).fetchone()
        links, baseline_day = row if row else (0, None)
        anchored = conn.execute("SELECT COALESCE(SUM(links), 0) FROM temp.snap_anchors WHERE target_site = ?",
                                [target_site]).fetchone()[0]
        languages = dict(conn.execute(
            "SELECT language, links FROM temp.snap_languages WHERE target_site = ?", [target_site]).fetchall())
        countries = dict(conn.execute(
            "SELECT country, links FROM temp.snap_countries WHERE target_site = ?", [target_site]).fetchall())
        days = dict(conn.execute(
            "SELECT day, links FROM temp.snap_days WHERE target_site = ? ORDER BY day", [target_site]).fetchall())
        site = _Site(
            links=links, anchored=anchored, languaged=sum(languages.values()),
            languages=languages, countries=countries, days=days,
            bursts=burst_days(days, baseline_day, self.weights),
            country=country_of(target_site),
        )
        if len(self._sites) >= 4096:
            self._sites.pop(next(iter(self._sites)))
        self._sites[target_site] = site
        return site


def burst_days(days: Mapping[str, int], baseline_day: str | None, weights: Mapping[str, float]) -> frozenset[str]:
    """Days whose new links are a burst: at least ``velocity_min_links``, and
    at least ``velocity_factor`` times the mean of the ``velocity_window_days``
    days before (counted from the day after the first run; one new link a
    day at least).

    >>> sorted(burst_days({"2026-03-02": 2, "2026-03-03": 1, "2026-03-10": 40}, "2026-03-01", DEFAULT_WEIGHTS))
    ['2026-03-10']
    """
    if not baseline_day:
        return frozenset()
    try:
        start = date.fromisoformat(baseline_day)
    except ValueError:
        return frozenset()
    window = int(weights["velocity_window_days"])
    counts: dict[date, int] = {}
    for day, n in days.items():
        try:
            counts[date.fromisoformat(day)] = n
        except ValueError:
            continue
    bursts = set()
    for day, n in counts.items():
        if n < weights["velocity_min_links"] or day <= start:
            continue
        span = max(1, min(window, (day - start).days - 1))
        before = sum(counts.get(day - timedelta(days=k), 0) for k in range(1, span + 1))
        mean = max(1.0, before / span)
        if n >= weights["velocity_factor"] * mean:
            bursts.add(day.isoformat())
    return frozenset(bursts)
