"""A run killed with SIGKILL leaves a sound database, and can be resumed."""
from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import crawl_settings, kill_group, run_scrapy, start_scrapy, wait_for, write_links_csv

pytestmark = pytest.mark.slow

T = "https://www.happypaws-shop.com/dog-food/grain-free/"


def checks_in(db_path, run_id=1) -> int:
    try:
        with sqlite3.connect(db_path, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM checks WHERE run_id = ?", [run_id]).fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_sigkill_then_resume(web, tmp_path):
    rows = [{"source_url": f"https://slow{i % 6}.catcorner.net/_/delay?s=0.4&page={i}", "target_url": T}
            for i in range(120)]
    links = write_links_csv(tmp_path / "links.csv", rows)
    db = tmp_path / "db.sqlite"
    settings = crawl_settings(web, db, BACKLINKS_BATCH_SIZE=5, BACKLINKS_BATCH_SECONDS=0.5,
                              BACKLINKS_CONFIRM_LOST=0, BACKLINKS_SCORING_ENABLED=0)
    web.reset()
    process = start_scrapy(["crawl", "verify", "-a", f"input={links}"], settings)
    try:
        assert wait_for(lambda: checks_in(db) >= 20, timeout=90), process.stdout.read() if process.poll() else ""
    finally:
        kill_group(process)

    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finished, = conn.execute("SELECT finished_at FROM runs WHERE id = 1").fetchone()
        assert finished is None
        written = conn.execute("SELECT count(*) FROM checks WHERE run_id = 1").fetchone()[0]
        assert 20 <= written < 120
        # every written check is marked done in the queue, and nothing else is
        done = conn.execute("SELECT count(*) FROM queue WHERE run_id = 1 AND done = 1").fetchone()[0]
        assert done == written
        checked_pages = {row[0] for row in conn.execute("SELECT source_url FROM checks WHERE run_id = 1")}

    web.reset()
    resumed = run_scrapy(["crawl", "verify", "-a", "resume=latest"], settings)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
        assert conn.execute("SELECT finished_at FROM runs WHERE id = 1").fetchone()[0] is not None
        per_link = conn.execute(
            "SELECT link_id, count(*) FROM checks WHERE run_id = 1 GROUP BY link_id").fetchall()
        assert len(per_link) == 120 and all(n == 1 for _, n in per_link)
    refetched = [path for host, path, _ in web.requests
                 if f"https://{host}{path}" in checked_pages]
    assert refetched == []


def test_second_run_on_same_database_refuses(web, tmp_path):
    rows = [{"source_url": f"https://slow{i}.catcorner.net/_/delay?s=2&p={i}", "target_url": T} for i in range(4)]
    links = write_links_csv(tmp_path / "links.csv", rows)
    db = tmp_path / "db.sqlite"
    settings = crawl_settings(web, db, BACKLINKS_SCORING_ENABLED=0, BACKLINKS_CONFIRM_LOST=0)
    first = start_scrapy(["crawl", "verify", "-a", f"input={links}"], settings)
    try:
        assert wait_for(lambda: (tmp_path / "db.sqlite.lock").exists() and checks_in(db) == 0, timeout=30)
        second = run_scrapy(["crawl", "verify", "-a", f"input={links}"], settings, timeout=60)
        assert second.returncode != 0
        assert "another verify run" in second.stderr + second.stdout
    finally:
        first.wait(timeout=60)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_jobdir_stop_and_restart(web, tmp_path):
    """Scrapy's JOBDIR: a run stopped gracefully (here by CLOSESPIDER_PAGECOUNT,
    as by one Ctrl-C) goes on when the same command runs again."""
    rows = [{"source_url": f"https://slow{i % 4}.catcorner.net/_/delay?s=0.2&job={i}", "target_url": T}
            for i in range(40)]
    links = write_links_csv(tmp_path / "links.csv", rows)
    db = tmp_path / "db.sqlite"
    settings = crawl_settings(web, db, JOBDIR=str(tmp_path / "job"), BACKLINKS_SCORING_ENABLED=0)
    web.reset()
    first = run_scrapy(["crawl", "verify", "-a", f"input={links}"], {**settings, "CLOSESPIDER_PAGECOUNT": "10"})
    assert first.returncode == 0, first.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT finished_at FROM runs").fetchall() == [(None,)]
        done_first = conn.execute("SELECT count(*) FROM checks").fetchone()[0]
    assert done_first < 40  # the first looks found no link: their records wait for the second look
    assert (tmp_path / "job" / "spider.state").exists()
    second = run_scrapy(["crawl", "verify", "-a", f"input={links}"], settings)
    assert second.returncode == 0, second.stderr[-3000:]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
        assert conn.execute("SELECT finished_at IS NOT NULL FROM runs").fetchone()[0] == 1
        per_link = conn.execute("SELECT link_id, count(*) FROM checks GROUP BY link_id").fetchall()
    assert len(per_link) == 40 and all(n == 1 for _, n in per_link)
    # each page: one first look and one confirmation (the pages have no link), never more
    fetched = [path for host, path, _ in web.requests if "job=" in path]
    assert max(fetched.count(path) for path in set(fetched)) <= 2
    # a third run with the same JOBDIR is a new run, not a resumed one
    third = run_scrapy(["crawl", "verify"], settings)
    assert third.returncode == 0
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*), count(finished_at) FROM runs").fetchone() == (2, 2)
