"""The link state machine of nightly monitoring.

Each check of a link moves its ``links`` row (``status``, ``reason``,
``error_streak``, ``last_checked``, ``last_live``) and may write rows to
``changes``. :func:`next_link_state` is the pure rule; :func:`record_changes`
applies it to a batch of freshly inserted ``checks`` rows, inside the
transaction of :meth:`crawler.db.Store.insert_checks`.

States of a link (``links.status``):

* ``live``: the last check found the link.
* ``error``: at risk: the page could not be checked (timeout, 5xx, ...) and
  the link has not been confirmed lost.
* ``lost``: confirmed lost (the spider re-fetched the page before saying so),
  or ``BACKLINKS_LOST_AFTER_ERRORS`` consecutive failing runs. A lost link
  stays lost, whatever error later checks meet, until it is seen live again;
  its ``reason`` is the latest lost reason (an error on a lost link keeps it).

The error streak counts consecutive runs whose record is an error. ``blocked``
and ``robots_disallowed`` tell nothing about the link: they neither count nor
reset the streak. A ``live`` or ``lost`` record resets it. With
``lost_after_errors <= 0`` errors never make a link lost.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from crawler.changes import Change, diff_checks
from crawler.db import row_to_record

#: Error reasons that never count towards a loss (SPEC, ``reason`` row).
NEUTRAL_ERRORS = frozenset({"blocked", "robots_disallowed"})

#: Link ids per ``IN (...)`` query.
_CHUNK = 500


@dataclass(frozen=True)
class LinkUpdate:
    """The new state of a ``links`` row after one check."""

    status: str
    reason: str | None
    error_streak: int
    last_checked: str | None
    last_live: str | None
    #: the error streak reached the threshold with this check: a ``lost``
    #: change is due although the record itself says ``error``.
    lost_by_errors: bool = False


def next_link_state(link_row: dict | None, record: dict, lost_after_errors: int) -> LinkUpdate:
    """The ``links`` row after ``record`` (a check of that link).

    ``link_row`` holds the link's current ``status``, ``reason``,
    ``error_streak`` and ``last_live`` (None or empty for a link never checked).

    >>> next_link_state({"status": "live", "error_streak": 2}, {"status": "error",
    ...     "reason": "timeout", "checked_at": "t3"}, 3).lost_by_errors
    True
    """
    link_row = link_row or {}
    was = link_row.get("status")
    streak = int(link_row.get("error_streak") or 0)
    last_live = link_row.get("last_live")
    checked_at = record.get("checked_at")
    status, reason = record.get("status"), record.get("reason")

    if status == "live":
        return LinkUpdate("live", None, 0, checked_at, checked_at or last_live)
    if status == "lost":
        return LinkUpdate("lost", reason, 0, checked_at, last_live)
    # an error record
    if reason not in NEUTRAL_ERRORS:
        streak += 1
    if was == "lost":
        return LinkUpdate("lost", link_row.get("reason") or reason, streak, checked_at, last_live)
    if reason not in NEUTRAL_ERRORS and 0 < lost_after_errors <= streak:
        return LinkUpdate("lost", reason, streak, checked_at, last_live, lost_by_errors=True)
    return LinkUpdate("error", reason, streak, checked_at, last_live)


def changes_for(
    link_row: dict | None,
    previous: dict | None,
    last_live: dict | None,
    record: dict,
    update: LinkUpdate,
) -> list[Change]:
    """The changes one check produces: :func:`crawler.changes.diff_checks`
    plus the ``lost`` a long error streak makes due."""
    changes = diff_checks(previous, record, link=link_row if link_row and link_row.get("status") else None,
                          last_live=last_live)
    if update.lost_by_errors and not any(c.kind == "lost" for c in changes):
        before = (previous or {}).get("status") or (link_row or {}).get("status")
        changes.append(Change("lost", before, record.get("reason")))
    return changes


def record_changes(store, run_id: int, rows: list[dict], lost_after_errors: int) -> list[dict]:
    """Write ``changes`` and update ``links`` for a batch of ``checks`` rows.

    Meant as the ``after_insert`` callback of ``Store.insert_checks``: it runs
    in that transaction, so checks, changes and link states are written
    together or not at all. ``rows`` are ``checks`` rows (as
    :func:`crawler.db.record_to_row` builds them, with ``link_id``); rows
    without a ``link_id`` are skipped. A link checked twice in one run (the
    same row twice in the input) is moved by its first check only.

    Three queries per batch whatever its size (links, previous checks, checks
    already in this run), then one ``executemany`` per table. Returns the
    ``changes`` rows written.
    """
    records = [row_to_record(row) for row in rows if row.get("link_id") is not None]
    if not records:
        return []
    link_ids = sorted({r["link_id"] for r in records})
    links = _links(store, link_ids)
    previous, last_live = _previous_checks(store, run_id, link_ids)
    in_run = _checks_in_run(store, run_id, link_ids)
    in_batch: dict[int, int] = {}
    for record in records:
        in_batch[record["link_id"]] = in_batch.get(record["link_id"], 0) + 1

    written: list[dict] = []
    updates: list[tuple] = []
    handled: set[int] = set()
    for record in records:
        link_id = record["link_id"]
        if link_id in handled or in_run.get(link_id, 0) > in_batch[link_id]:
            continue  # this run already judged the link
        handled.add(link_id)
        link_row = links.get(link_id)
        update = next_link_state(link_row, record, lost_after_errors)
        for change in changes_for(link_row, previous.get(link_id), last_live.get(link_id), record, update):
            written.append({"run_id": run_id, "link_id": link_id, **change.as_dict()})
        updates.append((update.status, update.reason, update.error_streak,
                        update.last_checked, update.last_live, link_id))

    if written:
        store.conn.executemany(
            "INSERT INTO changes (run_id, link_id, kind, before, after) VALUES (?, ?, ?, ?, ?)",
            [(c["run_id"], c["link_id"], c["kind"], c["before"], c["after"]) for c in written],
        )
    store.conn.executemany(
        "UPDATE links SET status = ?, reason = ?, error_streak = ?, last_checked = ?, last_live = ?"
        " WHERE id = ?",
        updates,
    )
    return written


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start:start + _CHUNK]


def _marks(ids: list[int]) -> str:
    return ", ".join("?" * len(ids))


def _links(store, link_ids: list[int]) -> dict[int, dict]:
    found: dict[int, dict] = {}
    for ids in _chunks(link_ids):
        for row in store.query(
            f"SELECT id, status, reason, error_streak, last_live FROM links WHERE id IN ({_marks(ids)})", ids
        ):
            found[row["id"]] = row
    return found


def _previous_checks(store, run_id: int, link_ids: list[int]) -> tuple[dict[int, dict], dict[int, dict]]:
    """Per link: its latest check before ``run_id``, and its latest live one."""
    previous: dict[int, dict] = {}
    last_live: dict[int, dict] = {}
    for ids in _chunks(link_ids):
        sql = f"""
            SELECT * FROM (
                SELECT c.*,
                       ROW_NUMBER() OVER (PARTITION BY link_id ORDER BY run_id DESC, id DESC) AS _latest,
                       ROW_NUMBER() OVER (PARTITION BY link_id, status = 'live'
                                          ORDER BY run_id DESC, id DESC) AS _latest_of_kind
                FROM checks c
                WHERE link_id IN ({_marks(ids)}) AND run_id < ?
            )
            WHERE _latest = 1 OR (status = 'live' AND _latest_of_kind = 1)
        """
        for row in store.query(sql, [*ids, run_id]):
            latest = row.pop("_latest") == 1
            row.pop("_latest_of_kind")
            record = row_to_record(row)
            if latest:
                previous[record["link_id"]] = record
            if record["status"] == "live":
                last_live[record["link_id"]] = record
    return previous, last_live


def _checks_in_run(store, run_id: int, link_ids: list[int]) -> dict[int, int]:
    counts: dict[int, int] = {}
    for ids in _chunks(link_ids):
        for link_id, n in store.conn.execute(
            f"SELECT link_id, COUNT(*) FROM checks WHERE run_id = ? AND link_id IN ({_marks(ids)})"
            " GROUP BY link_id",
            [run_id, *ids],
        ):
            counts[link_id] = n
    return counts


# ------------------------------------------------------- reading the result
#: Columns of a lost-link report (``scrapy lost``, alerts).
LOST_COLUMNS: tuple[str, ...] = (
    "link_id", "source_url", "target_url", "reason", "lost_in_run", "lost_at", "last_live",
)
#: Columns of a change report (``scrapy changes``, alerts).
CHANGE_COLUMNS: tuple[str, ...] = (
    "run_id", "link_id", "kind", "source_url", "target_url", "before", "after",
)

_LOST_SELECT = """
    SELECT l.id AS link_id, l.source_url, l.target_url, {reason} AS reason,
           {run} AS lost_in_run,
           (SELECT c.checked_at FROM checks c WHERE c.link_id = l.id AND c.run_id = {run}
            ORDER BY c.id LIMIT 1) AS lost_at,
           l.last_live
"""


def lost_in_runs(store, *, run_id: int | None = None, since: str | None = None) -> list[dict]:
    """Links that became lost in run ``run_id``, or in any run started at or
    after ``since`` (ISO 8601 UTC), and are still lost; one row per link
    (its latest loss), columns :data:`LOST_COLUMNS`, sorted by URL."""
    if (run_id is None) == (since is None):
        raise ValueError("give run_id or since")
    where, params = ("ch.run_id = ?", [run_id]) if run_id is not None else (
        "ch.run_id IN (SELECT id FROM runs WHERE started_at >= ?)", [since])
    sql = _LOST_SELECT.format(reason="ch.after", run="ch.run_id") + f"""
        FROM changes ch JOIN links l ON l.id = ch.link_id
        WHERE ch.kind = 'lost' AND l.status = 'lost' AND {where}
          AND ch.run_id = (SELECT MAX(c3.run_id) FROM changes c3 WHERE c3.link_id = ch.link_id
                           AND c3.kind = 'lost')
        ORDER BY l.source_url, l.target_url
    """
    return store.query(sql, params)


def lost_now(store) -> list[dict]:
    """Every link lost now, with the run that found it lost (its latest
    ``lost`` change, else the run that first saw it), sorted by URL."""
    run = ("COALESCE((SELECT MAX(ch.run_id) FROM changes ch WHERE ch.link_id = l.id AND ch.kind = 'lost'),"
           " l.first_seen_run, (SELECT MIN(c.run_id) FROM checks c WHERE c.link_id = l.id))")
    sql = _LOST_SELECT.format(reason="l.reason", run=run) + """
        FROM links l WHERE l.status = 'lost' ORDER BY l.source_url, l.target_url
    """
    return store.query(sql)


def changes_of_run(store, run_id: int, kinds: Iterable[str] | None = None) -> list[dict]:
    """Every change of a run (columns :data:`CHANGE_COLUMNS`), in the order written."""
    kinds = list(kinds or [])
    where = f" AND ch.kind IN ({_marks(kinds)})" if kinds else ""
    return store.query(
        "SELECT ch.run_id, ch.link_id, ch.kind, l.source_url, l.target_url, ch.before, ch.after"
        " FROM changes ch JOIN links l ON l.id = ch.link_id"
        f" WHERE ch.run_id = ?{where} ORDER BY ch.id",
        [run_id, *kinds],
    )
