"""``scrapy lost`` and ``scrapy changes``: real command lines, run from the
project directory against a database built over three nights.

The exit codes are checked in real subprocesses; the other tests run the
same command line in-process through ``scrapy.cmdline.execute`` (the code
path of the ``scrapy`` script), which is much faster."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from scrapy.cmdline import execute

from crawler.db import Store, utcnow
from crawler.items import empty_record
from crawler.monitor import CHANGE_COLUMNS, LOST_COLUMNS, record_changes

ROOT = Path(__file__).resolve().parents[1]
TARGET = "https://www.mytarget-shop.com/"
URL = {
    "a": "https://www.pawsandclaws-cmd.com/blog/best-leads/",      # lost night 2, back night 3
    "b": "https://www.kibble-cmd-review.net/top-10/",               # nofollow night 2
    "c": "https://www.petforum-cmd.org/t/42",                       # error night 2, gone night 3
    "d": "https://www.dogwalkers-cmd.co.uk/links/",                 # removed night 3
    "e": "https://www.newlisting-cmd.com/partners/",                # new in night 3, lost at once
}


def add_link(store, source) -> int:
    return store.conn.execute(
        "INSERT INTO links (source_url, target_url, source_key, first_seen) VALUES (?, ?, ?, ?)",
        [source, TARGET, source, utcnow()]).lastrowid


def check(ids, name, status, reason=None, **fields):
    record = empty_record(status=status, reason=reason, source_url=URL[name], target_url=TARGET,
                          checked_at=utcnow())
    record["link_id"] = ids[name]
    if status == "live":
        record.update({"nofollow": False, "anchor_text": "Target Shop", "position": "content",
                       "final_url": URL[name], "indexable": True, "http_status": 200})
    record.update(fields)
    return record


def night(store, records, finish=True) -> int:
    run_id = store.start_run(input=None, target=None, scope="all")
    for record in records:
        record["run_id"] = run_id
    store.insert_checks(records, after_insert=lambda rows: record_changes(store, run_id, rows, 3))
    if finish:
        store.finish_run(run_id)
    return run_id


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("cmd") / "nightly.db")
    store = Store(path)
    ids = {name: add_link(store, URL[name]) for name in "abcd"}
    night(store, [check(ids, n, "live") for n in "abcd"])
    night(store, [check(ids, "a", "lost", "link_removed"),
                  check(ids, "b", "live", nofollow=True, rel="nofollow"),
                  check(ids, "c", "error", "server_error"),
                  check(ids, "d", "live")])
    ids["e"] = add_link(store, URL["e"])
    night(store, [check(ids, "a", "live"), check(ids, "b", "live", nofollow=True, rel="nofollow"),
                  check(ids, "c", "lost", "page_gone", http_status=404),
                  check(ids, "d", "lost", "link_removed"), check(ids, "e", "lost", "page_gone")])
    # a fourth run, killed before it finished: never the default
    night(store, [check(ids, "b", "live")], finish=False)
    store.close()
    return path


@pytest.fixture(scope="module")
def quiet_db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("quiet") / "quiet.db")
    store = Store(path)
    ids = {"a": add_link(store, URL["a"])}
    night(store, [check(ids, "a", "live")])
    night(store, [check(ids, "a", "live")])
    store.close()
    return path


def subprocess_scrapy(*args, db=None) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "scrapy", *args]
    if db:
        command += ["-s", f"BACKLINKS_DB={db}"]
    env = {k: v for k, v in os.environ.items() if k != "SCRAPY_SETTINGS_MODULE"}
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def scrapy(capsys, monkeypatch):
    """``scrapy(*args, db=PATH)``: the command line, run in-process from the
    project directory; returns its exit code and output."""
    monkeypatch.chdir(ROOT)
    # what execute() would set from scrapy.cfg; monkeypatch restores the
    # environment afterwards, so later tests do not inherit it
    monkeypatch.setenv("SCRAPY_SETTINGS_MODULE", "crawler.settings")

    def run(*args, db=None) -> Done:
        argv = ["scrapy", *args] + (["-s", f"BACKLINKS_DB={db}"] if db else [])
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_:
            execute(argv)
        out, err = capsys.readouterr()
        return Done(exit_.value.code or 0, out, err)

    return run


def as_json(done) -> list[dict]:
    return json.loads(done.stdout)


# ---------------------------------------------------------------- lost
def test_exit_codes_of_the_real_command(db, quiet_db, tmp_path):
    assert subprocess_scrapy("lost", db=db).returncode == 1
    assert subprocess_scrapy("lost", db=quiet_db).returncode == 0
    assert subprocess_scrapy("changes", db=db).returncode == 0
    missing = subprocess_scrapy("lost", db=tmp_path / "typo.db")
    assert missing.returncode == 2 and "no database at" in missing.stderr


def test_lost_defaults_to_the_latest_finished_run(db, scrapy):
    done = scrapy("lost", db=db)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert re.match(r"Links lost in run 3 \(started .+, finished .+\): 2$", lines[0])
    assert lines[1].split() == list(LOST_COLUMNS)
    body = "\n".join(lines[3:])
    assert URL["c"] in body and "page_gone" in body
    assert URL["d"] in body and "link_removed" in body
    assert URL["a"] not in body  # lost on night 2, back on night 3
    assert URL["e"] not in body  # never seen live: new, not "became lost"


def test_lost_json(db, scrapy):
    done = scrapy("lost", "--format", "json", db=db)
    assert done.returncode == 1
    rows = as_json(done)
    assert [r["source_url"] for r in rows] == sorted([URL["c"], URL["d"]])
    for row in rows:
        assert set(row) == set(LOST_COLUMNS)
        assert row["lost_in_run"] == 3 and row["target_url"] == TARGET
        assert row["last_live"] and row["lost_at"] >= row["last_live"]


def test_lost_csv(db, scrapy):
    done = scrapy("lost", "--format", "csv", db=db)
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == list(LOST_COLUMNS)
    assert {r["source_url"]: r["reason"] for r in rows} == {URL["c"]: "page_gone", URL["d"]: "link_removed"}


def test_lost_in_an_earlier_run_but_back_now(db, scrapy):
    done = scrapy("lost", "--run", "2", "--format", "json", db=db)
    assert (done.returncode, as_json(done)) == (0, [])


def test_lost_since(db, scrapy):
    done = scrapy("lost", "--since", "2000-01-01", "--format", "json", db=db)
    assert done.returncode == 1
    assert sorted(r["source_url"] for r in as_json(done)) == sorted([URL["c"], URL["d"]])
    assert as_json(scrapy("lost", "--since", "1d", "--format", "json", db=db)) == as_json(done)
    future = scrapy("lost", "--since", "2999-01-01T00:00:00Z", "--format", "json", db=db)
    assert (future.returncode, as_json(future)) == (0, [])


def test_lost_all(db, scrapy):
    done = scrapy("lost", "--all", "--format", "json", db=db)
    assert done.returncode == 1
    rows = {r["source_url"]: r for r in as_json(done)}
    assert set(rows) == {URL["c"], URL["d"], URL["e"]}
    assert rows[URL["e"]]["reason"] == "page_gone" and rows[URL["e"]]["last_live"] is None
    assert rows[URL["e"]]["lost_in_run"] == 3


def test_nothing_lost_exits_0(quiet_db, scrapy):
    done = scrapy("lost", db=quiet_db)
    assert done.returncode == 0, done.stderr
    assert re.match(r"Links lost in run 2 .*: 0$", done.stdout.strip())
    assert as_json(scrapy("lost", "--format", "json", db=quiet_db)) == []
    assert scrapy("lost", "--format", "csv", db=quiet_db).stdout == ",".join(LOST_COLUMNS) + "\n"


@pytest.mark.parametrize("args, message", [
    (["--since", "last tuesday"], "--since: 'last tuesday' is not a date"),
    (["--run", "99"], "--run 99: no such run"),
    (["--all", "--since", "7d"], "not allowed with argument"),
    (["--format", "xml"], "invalid choice"),
    (["extra"], "unexpected argument"),
])
def test_lost_usage_errors(db, args, message, scrapy):
    done = scrapy("lost", *args, db=db)
    assert done.returncode == 2
    assert message in done.stderr


def test_missing_database_is_not_created(tmp_path, scrapy):
    missing = tmp_path / "typo.db"
    for command in ("lost", "changes"):
        done = scrapy(command, db=missing)
        assert done.returncode == 2
        assert "no database at" in done.stderr
    assert not missing.exists()


# ------------------------------------------------------------- changes
def test_changes_of_the_latest_finished_run(db, scrapy):
    done = scrapy("changes", "--format", "json", db=db)
    assert done.returncode == 0, done.stderr
    got = [(r["kind"], r["source_url"], r["before"], r["after"]) for r in as_json(done)]
    assert got == [
        ("recovered", URL["a"], "link_removed", "live"),
        ("lost", URL["c"], "error", "page_gone"),
        ("lost", URL["d"], "live", "link_removed"),
        ("new", URL["e"], None, "lost"),
    ]
    assert all(set(r) == set(CHANGE_COLUMNS) and r["run_id"] == 3 for r in as_json(done))


def test_changes_of_a_given_run_and_kind(db, scrapy):
    rows = as_json(scrapy("changes", "--run", "2", "--format", "json", db=db))
    assert [(r["kind"], r["source_url"]) for r in rows] == [
        ("lost", URL["a"]), ("became_nofollow", URL["b"]), ("page_error", URL["c"])]
    rows = as_json(scrapy("changes", "--run", "2", "--kind", "lost,became_nofollow", "--format", "json", db=db))
    assert [r["kind"] for r in rows] == ["lost", "became_nofollow"]
    table = scrapy("changes", "--run", "4", db=db).stdout
    assert "run 4" in table and "not finished" in table and "became_follow" in table


def test_changes_table(db, scrapy):
    done = scrapy("changes", db=db)
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Changes in run 3") and lines[0].endswith(": 4")
    assert lines[1].split() == list(CHANGE_COLUMNS)
    assert len(lines) == 3 + 4


@pytest.mark.parametrize("args, message", [
    (["--kind", "lost,vanished"], "--kind: unknown vanished"),
    (["--run", "0"], "--run 0: no such run"),
    (["--run", "two"], "invalid int value"),
])
def test_changes_usage_errors(db, args, message, scrapy):
    done = scrapy("changes", *args, db=db)
    assert done.returncode == 2
    assert message in done.stderr


# --------------------------------------------------------------- docs
@pytest.mark.parametrize("command", ["lost", "changes"])
def test_every_option_is_documented(command, scrapy):
    help_text = scrapy(command, "-h").stdout
    assert "Example: scrapy " + command in " ".join(help_text.split())
    own = help_text.split("Options\n=======")[1].split("Global Options")[0]
    options = set(re.findall(r"--[a-z][a-z-]+", own)) - {"--help"}
    assert options, help_text
    manual = (ROOT / "docs" / "monitoring.md").read_text()
    for option in options:
        assert f"scrapy {command}" in manual and option in manual, option


def test_a_database_without_finished_runs(tmp_path, scrapy):
    path = tmp_path / "fresh.db"
    Store(str(path)).close()
    for command in ("lost", "changes"):
        done = scrapy(command, db=path)
        assert (done.returncode, done.stdout.strip()) == (0, f"No finished run yet in {path}")
    assert as_json(scrapy("lost", "--format", "json", db=path)) == []
