"""What the reporting commands share: the ``--format`` option, printing rows
as a table, CSV or JSON, opening the database and reading dates.

Not a command itself (Scrapy only picks up ``ScrapyCommand`` subclasses).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from typing import TextIO

from scrapy.exceptions import UsageError

from crawler.db import Store

FORMATS = ("table", "csv", "json")

#: Widest cell of a table; longer values are cut with an ellipsis
#: (CSV and JSON always carry the whole value).
TABLE_CELL_MAX = 100

_RELATIVE = re.compile(r"^(\d+)\s*([dh])$", re.IGNORECASE)


def add_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format", choices=FORMATS, default="table",
        help="output format: table (default), csv or json (an array of objects)",
    )


def print_rows(rows: Sequence[dict], columns: Sequence[str], fmt: str, *,
               stream: TextIO | None = None, title: str | None = None) -> None:
    """Write ``rows`` (only ``columns``, in that order) to ``stream``.

    ``table``: aligned columns, ``-`` for nulls, ``title`` on the first line;
    ``csv``: a header row then the rows (empty cells for nulls);
    ``json``: an array of objects (nulls kept), UTF-8 unescaped.
    """
    stream = stream or sys.stdout
    if fmt == "json":
        json.dump([{c: row.get(c) for c in columns} for row in rows], stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    elif fmt == "csv":
        writer = csv.writer(stream, lineterminator="\n")
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    elif fmt == "table":
        if title:
            stream.write(title + "\n")
        if rows:
            stream.write(format_table(rows, columns))
    else:
        raise ValueError(f"unknown format {fmt!r}")


def format_table(rows: Sequence[dict], columns: Sequence[str]) -> str:
    """Rows as left-aligned text columns under a header and a rule.

    >>> print(format_table([{"a": "x", "b": None}], ["a", "b"]), end="")
    a  b
    -  -
    x  -
    """
    cells = [[_cell(row.get(c)) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(line[i]) for line in cells]) for i, c in enumerate(columns)]
    lines = [columns, ["-" * w for w in widths], *cells]
    return "".join("  ".join(v.ljust(w) for v, w in zip(line, widths)).rstrip() + "\n" for line in lines)


def _cell(value) -> str:
    if value is None:
        return "-"
    text = " ".join(str(value).split())
    return text if len(text) <= TABLE_CELL_MAX else text[: TABLE_CELL_MAX - 1] + "\u2026"


def open_store(settings) -> Store:
    """The database named by ``BACKLINKS_DB``; a friendly error when it does
    not exist (a typo must not create an empty database)."""
    path = settings.get("BACKLINKS_DB") or "data/backlinks.db"
    if not os.path.exists(path):
        raise UsageError(f"no database at {path!r} (set it with -s BACKLINKS_DB=PATH)", print_help=False)
    return Store(path)


def parse_since(value: str, *, now: datetime | None = None) -> str:
    """A ``--since`` value as an ISO 8601 UTC timestamp comparable with
    ``runs.started_at``. Accepts a date (``2024-05-01``), a date and time
    (``2024-05-01T06:00``, ``...+02:00``, ``...Z``; naive means UTC), or a
    span back from now (``7d``, ``36h``).

    >>> parse_since("2024-05-01")
    '2024-05-01T00:00:00+00:00'
    >>> parse_since("2024-05-01T08:30+02:00")
    '2024-05-01T06:30:00+00:00'
    >>> parse_since("2d", now=datetime(2024, 5, 3, 12, tzinfo=timezone.utc))
    '2024-05-01T12:00:00+00:00'
    """
    text = value.strip()
    relative = _RELATIVE.match(text)
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2).lower()
        span = timedelta(days=amount) if unit == "d" else timedelta(hours=amount)
        moment = (now or datetime.now(timezone.utc)) - span
    else:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise UsageError(
                f"--since: {value!r} is not a date (2024-05-01), a date and time "
                "(2024-05-01T06:00:00Z) or a span (7d, 24h)", print_help=False,
            ) from None
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def pick_run(store: Store, run: int | None) -> dict | None:
    """Run ``run`` (a UsageError when it does not exist), or the latest
    finished run (None when there is none yet)."""
    if run is None:
        return store.latest_run(finished=True)
    row = store.run(run)
    if row is None:
        raise UsageError(f"--run {run}: no such run in {store.path!r}", print_help=False)
    return row


def describe_run(run: dict) -> str:
    """``run 12 (started 2024-05-02T02:00:00+00:00, finished ...)``."""
    finished = run.get("finished_at")
    state = f"finished {finished}" if finished else "not finished"
    return f"run {run['id']} (started {run['started_at']}, {state})"
