"""The database layout, in one place (SPEC: "SQLite layout").

Tables: ``runs``, ``links``, ``checks``, ``changes`` (the contract), plus the
project's own: ``queue`` (the pages of a run, fetched from the database so
memory stays flat), ``schema_migrations``. Schema changes are ordered, named
migrations, safe to run twice. All access goes through :class:`Store`.
"""
from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import sqlite_utils

from crawler.items import LIST_FIELDS, RECORD_FIELDS

BOOL_FIELDS = ("https", "nofollow", "ugc", "sponsored", "rendered", "hidden", "above_fold", "indexable")
INT_FIELDS = ("run_id", "http_status", "links_to_target", "url_depth", "click_depth",
              "outbound_links", "internal_links", "naturalness", "relevance")


def utcnow() -> str:
    """ISO 8601 timestamp with an explicit UTC offset, second precision."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


class StoreError(Exception):
    """A problem with the database a user can act on."""


# --------------------------------------------------------------------- schema
def _m001_core(db: sqlite_utils.Database) -> None:
    check_columns = {"id": int, "link_id": int}
    for name in RECORD_FIELDS:
        if name in BOOL_FIELDS or name in INT_FIELDS:
            check_columns[name] = int
        else:
            check_columns[name] = str
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            input TEXT,
            target TEXT,
            scope TEXT,
            pid INTEGER,
            total INTEGER NOT NULL DEFAULT 0,
            live INTEGER NOT NULL DEFAULT 0,
            lost INTEGER NOT NULL DEFAULT 0,
            error INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE IF NOT EXISTS links (
            id INTEGER PRIMARY KEY,
            source_url TEXT NOT NULL,
            target_url TEXT NOT NULL,
            source_key TEXT NOT NULL,
            expected_anchor TEXT,
            extra TEXT,
            first_seen TEXT NOT NULL,
            first_seen_run INTEGER,
            last_checked TEXT,
            last_live TEXT,
            status TEXT,
            reason TEXT,
            error_streak INTEGER NOT NULL DEFAULT 0,
            UNIQUE (source_url, target_url)
        );
        CREATE INDEX IF NOT EXISTS links_source_key ON links (source_key);
        CREATE TABLE IF NOT EXISTS queue (
            run_id INTEGER NOT NULL,
            link_id INTEGER NOT NULL,
            page_key TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, link_id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS queue_page ON queue (run_id, page_key);
        CREATE TABLE IF NOT EXISTS queue_pages (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL,
            page_key TEXT NOT NULL,
            url TEXT NOT NULL,
            site TEXT NOT NULL,
            rank INTEGER,
            UNIQUE (run_id, page_key)
        );
        CREATE TABLE IF NOT EXISTS changes (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL,
            link_id INTEGER NOT NULL,
            kind TEXT NOT NULL,
            before TEXT,
            after TEXT
        );
        CREATE INDEX IF NOT EXISTS changes_run ON changes (run_id, kind);
        """
    )
    if not db["checks"].exists():
        db["checks"].create(check_columns, pk="id", column_order=["id", *RECORD_FIELDS])
    db.execute("CREATE INDEX IF NOT EXISTS checks_run ON checks (run_id, status)")
    db.execute("CREATE INDEX IF NOT EXISTS checks_link ON checks (link_id, run_id)")


def _m002_queue_order(db: sqlite_utils.Database) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS queue_pages_order ON queue_pages (run_id, rank, id)")


def _m003_queue_site(db: sqlite_utils.Database) -> None:
    db.execute("CREATE INDEX IF NOT EXISTS queue_pages_site ON queue_pages (run_id, site)")


def _m004_click_depths(db: sqlite_utils.Database) -> None:
    db.execute("""CREATE TABLE IF NOT EXISTS click_depths (
                      page_key TEXT PRIMARY KEY,
                      depth INTEGER,
                      searched_at TEXT NOT NULL)""")


def _m101_profile(db: sqlite_utils.Database) -> None:
    from crawler.profile import profile_migration  # the profile's tables and views live with it

    profile_migration(db)


#: Ordered, named migrations. Append only; each must be safe to run twice.
MIGRATIONS: list[tuple[str, Callable[[sqlite_utils.Database], None]]] = [
    ("001_core", _m001_core),
    ("002_queue_order", _m002_queue_order),
    ("003_queue_site", _m003_queue_site),
    ("004_click_depths", _m004_click_depths),
    ("101_profile", _m101_profile),
]


def register_migration(name: str, function: Callable[[sqlite_utils.Database], None]) -> None:
    """Let a feature module add its tables or views (run after the core ones)."""
    if name not in {n for n, _ in MIGRATIONS}:
        MIGRATIONS.append((name, function))


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations not applied yet; returns their names."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in db.execute("SELECT name FROM schema_migrations").fetchall()}
    applied = []
    for name, function in MIGRATIONS:
        if name in done:
            continue
        # DDL scripts commit as they go: a migration killed half-way is simply
        # run again next time, which is why each one must be safe to run twice.
        function(db)
        db.execute("INSERT OR REPLACE INTO schema_migrations VALUES (?, ?)", [name, utcnow()])
        applied.append(name)
    return applied


# ------------------------------------------------------------------ encoding
def record_to_row(record) -> dict:
    """A record (item or dict) as a ``checks`` row: JSON lists, 0/1 booleans."""
    row = {}
    for name in RECORD_FIELDS:
        value = record.get(name)
        if name in LIST_FIELDS and value is not None:
            value = json.dumps(list(value), ensure_ascii=False)
        elif isinstance(value, bool):
            value = int(value)
        row[name] = value
    row["link_id"] = record.get("link_id")
    return row


def row_to_record(row: dict) -> dict:
    """A ``checks`` row back as a record (the inverse of :func:`record_to_row`)."""
    record = dict(row)
    for name in LIST_FIELDS:
        if record.get(name) is not None:
            record[name] = json.loads(record[name])
    for name in BOOL_FIELDS:
        if record.get(name) is not None:
            record[name] = bool(record[name])
    return record


# --------------------------------------------------------------------- store
class Store:
    """The verifier's database: plain-English verbs over sqlite-utils."""

    def __init__(self, path: str, *, timeout: float = 30.0):
        self.path = path
        directory = os.path.dirname(os.path.abspath(path))
        os.makedirs(directory, exist_ok=True)
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None, check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        migrate(self.db)

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def atomic(self) -> Iterator[None]:
        """One transaction: all or nothing, even if the process is killed."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def query(self, sql: str, params: Iterable = ()) -> list[dict]:
        return list(self.db.query(sql, list(params)))

    def scalar(self, sql: str, params: Iterable = ()):
        row = self.conn.execute(sql, list(params)).fetchone()
        return row[0] if row else None

    # runs ------------------------------------------------------------------
    def start_run(self, *, input: str | None, target: str | None, scope: str | None) -> int:
        with self.atomic():
            cursor = self.conn.execute(
                "INSERT INTO runs (started_at, input, target, scope, pid) VALUES (?, ?, ?, ?, ?)",
                [utcnow(), input, target, scope, os.getpid()],
            )
        return cursor.lastrowid

    def run(self, run_id: int) -> dict | None:
        rows = self.query("SELECT * FROM runs WHERE id = ?", [run_id])
        return rows[0] if rows else None

    def latest_run(self, *, finished: bool | None = None) -> dict | None:
        where = {None: "", True: "WHERE finished_at IS NOT NULL", False: "WHERE finished_at IS NULL"}[finished]
        rows = self.query(f"SELECT * FROM runs {where} ORDER BY id DESC LIMIT 1")
        return rows[0] if rows else None

    def run_to_resume(self, which: str) -> dict | None:
        """The unfinished run ``-a resume=`` names: "latest" or a run id."""
        run = self.latest_run(finished=False) if which == "latest" else self.run(int(which))
        return run if run is not None and not run["finished_at"] else None

    def run_counts(self, run_id: int) -> dict:
        counts = {"live": 0, "lost": 0, "error": 0}
        for status, n in self.conn.execute(
            "SELECT status, COUNT(*) FROM checks WHERE run_id = ? GROUP BY status", [run_id]
        ):
            counts[status] = n
        counts["total"] = sum(counts.values())
        return counts

    def finish_run(self, run_id: int) -> dict:
        """Set ``finished_at`` and the counts; only called when a run ends."""
        counts = self.run_counts(run_id)
        with self.atomic():
            self.conn.execute(
                "UPDATE runs SET finished_at = ?, total = ?, live = ?, lost = ?, error = ? WHERE id = ?",
                [utcnow(), counts["total"], counts["live"], counts["lost"], counts["error"], run_id],
            )
        return counts

    # checks ----------------------------------------------------------------
    def insert_checks(self, records: list, *, after_insert: Callable[[list[dict]], None] | None = None) -> None:
        """Write a batch of records and update their ``links`` rows, in one
        transaction. ``after_insert`` runs inside it (changes, profile...)."""
        if not records:
            return
        rows = [record_to_row(r) for r in records]
        with self.atomic():
            self.db["checks"].insert_all(rows, batch_size=500)
            self.conn.executemany(
                "UPDATE queue SET done = 1 WHERE run_id = ? AND link_id = ?",
                [(row["run_id"], row["link_id"]) for row in rows if row["link_id"] is not None],
            )
            if after_insert is not None:
                after_insert(rows)

    def previous_check(self, link_id: int, before_run: int) -> dict | None:
        rows = self.query(
            "SELECT * FROM checks WHERE link_id = ? AND run_id < ? ORDER BY run_id DESC, id DESC LIMIT 1",
            [link_id, before_run],
        )
        return row_to_record(rows[0]) if rows else None

    def checks_of_run(self, run_id: int) -> Iterator[dict]:
        for row in self.db.query("SELECT * FROM checks WHERE run_id = ? ORDER BY id", [run_id]):
            yield row_to_record(row)

    # queue -----------------------------------------------------------------
    def add_links(self, run_id: int, rows: list[tuple]) -> None:
        """Add input rows to ``links`` and to the run's queue, in one
        transaction. ``rows``: (source_url, target_url, page_key, site,
        expected_anchor, extra_json). Duplicates collapse (one link, one check)."""
        if not rows:
            return
        now = utcnow()
        with self.atomic():
            self.conn.executemany(
                """INSERT INTO links (source_url, target_url, source_key, expected_anchor, extra,
                                      first_seen, first_seen_run)
                   VALUES (?, ?, ?, ?, ?, ?, ?)
                   ON CONFLICT (source_url, target_url) DO UPDATE SET
                       expected_anchor = coalesce(excluded.expected_anchor, links.expected_anchor),
                       extra = coalesce(excluded.extra, links.extra)""",
                [(s, t, key, anchor, extra, now, run_id) for s, t, key, _site, anchor, extra in rows],
            )
            self.conn.executemany(
                """INSERT OR IGNORE INTO queue (run_id, link_id, page_key)
                   SELECT ?, id, source_key FROM links WHERE source_url = ? AND target_url = ?""",
                [(run_id, s, t) for s, t, *_ in rows],
            )
            self.conn.executemany(
                "INSERT OR IGNORE INTO queue_pages (run_id, page_key, url, site) VALUES (?, ?, ?, ?)",
                [(run_id, key, s, site) for s, _t, key, site, *_ in rows],
            )

    def enqueue_known_links(self, run_id: int, *, only: str | None, site_of: Callable[[str], str]) -> int:
        """Queue every link already in the database (the nightly re-check);
        ``only`` narrows to links whose current status is "live" or "lost"."""
        where, params = "", []
        if only:
            where, params = "WHERE status = ?", [only]
        with self.atomic():
            self.conn.execute(
                f"INSERT OR IGNORE INTO queue (run_id, link_id, page_key) "
                f"SELECT ?, id, source_key FROM links {where}", [run_id, *params])
            self.conn.create_function("site_of", 1, site_of, deterministic=True)
            self.conn.execute(
                f"""INSERT OR IGNORE INTO queue_pages (run_id, page_key, url, site)
                    SELECT ?, source_key, min(source_url), site_of(min(source_url))
                    FROM links {where} GROUP BY source_key""", [run_id, *params])
        return self.scalar("SELECT count(*) FROM queue WHERE run_id = ?", [run_id])

    def rank_queue(self, run_id: int) -> None:
        """Order the run's pages so that sites are interleaved: every site's
        first page, then every site's second page, and so on."""
        with self.atomic():
            self.conn.execute(
                """UPDATE queue_pages SET rank = ranked.n
                   FROM (SELECT id, row_number() OVER (PARTITION BY site ORDER BY id) AS n
                         FROM queue_pages WHERE run_id = ?) AS ranked
                   WHERE queue_pages.id = ranked.id""", [run_id])

    def pending_pages(self, run_id: int, *, after: tuple[int, int] | None = None,
                      batch: int = 500) -> Iterator[dict]:
        """The run's pages not done yet, site-interleaved, read in batches
        (keyset pagination: no cursor stays open, memory stays flat);
        ``after`` a (rank, id) position, to go on from there."""
        last_rank, last_id = after or (-1, -1)
        while True:
            rows = self.query(
                """SELECT id, page_key, url, site, rank FROM queue_pages
                   WHERE run_id = ? AND (rank, id) > (?, ?)
                     AND EXISTS (SELECT 1 FROM queue INDEXED BY queue_page
                                 WHERE queue.run_id = queue_pages.run_id
                                 AND queue.page_key = queue_pages.page_key AND queue.done = 0)
                   ORDER BY rank, id LIMIT ?""",
                [run_id, last_rank, last_id, batch])
            if not rows:
                return
            yield from rows
            last_rank, last_id = rows[-1]["rank"], rows[-1]["id"]

    def page_links(self, run_id: int, page_key: str) -> list[dict]:
        """The links of one page still to check in this run."""
        return self.query(
            """SELECT links.* FROM queue INDEXED BY queue_page JOIN links ON links.id = queue.link_id
               WHERE queue.run_id = ? AND queue.page_key = ? AND queue.done = 0
               ORDER BY links.id""", [run_id, page_key])

    def pages_of_site(self, run_id: int, site: str) -> list[str]:
        """URLs of the run's linking pages on one site."""
        return [row[0] for row in self.conn.execute(
            "SELECT url FROM queue_pages WHERE run_id = ? AND site = ?", [run_id, site])]

    # click depths ------------------------------------------------------------
    def remembered_click_depth(self, page_key: str, max_age_days: float) -> tuple[bool, int | None]:
        """(known, depth) of a linking page from a search at most
        ``max_age_days`` old; depth None means the search did not find it."""
        if max_age_days <= 0:
            return False, None
        row = self.conn.execute(
            "SELECT depth FROM click_depths WHERE page_key = ? AND searched_at >= ?",
            [page_key, (datetime.now(timezone.utc) - timedelta(days=max_age_days)).replace(
                microsecond=0).isoformat()]).fetchone()
        return (True, row[0]) if row else (False, None)

    def remember_click_depths(self, depths: dict[str, int | None]) -> None:
        if not depths:
            return
        now = utcnow()
        with self.atomic():
            self.conn.executemany(
                "INSERT OR REPLACE INTO click_depths (page_key, depth, searched_at) VALUES (?, ?, ?)",
                [(key, depth, now) for key, depth in depths.items()])

    def queue_size(self, run_id: int) -> tuple[int, int]:
        """(pages, links) queued for the run."""
        return (self.scalar("SELECT count(*) FROM queue_pages WHERE run_id = ?", [run_id]) or 0,
                self.scalar("SELECT count(*) FROM queue WHERE run_id = ?", [run_id]) or 0)

    # lock ------------------------------------------------------------------
    def lock_for_run(self) -> None:
        """Take the database for one run; a second run on the same database
        refuses at once with a clear message. The lock dies with the process
        (even on SIGKILL)."""
        import fcntl

        handle = open(self.path + ".lock", "a+")
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "?"
            handle.close()
            raise StoreError(
                f"another verify run (pid {holder}) is using {self.path}; wait for it to "
                f"finish, or use another database with -s BACKLINKS_DB=...") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._lock_handle = handle

    def unlock(self) -> None:
        handle = getattr(self, "_lock_handle", None)
        if handle is not None:
            handle.close()
            self._lock_handle = None
