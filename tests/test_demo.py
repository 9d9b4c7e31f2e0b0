"""The README's offline demo works (it serves data/demo on loopback)."""
from __future__ import annotations

import sqlite3

import pytest

from tests.conftest import run_scrapy

pytestmark = pytest.mark.slow


def test_demo_verifies_the_example_links(tmp_path):
    db = tmp_path / "demo.db"
    process = run_scrapy(["demo"], {"BACKLINKS_DB": str(db), "BACKLINKS_RENDER": "never"}, timeout=180)
    assert process.returncode == 0, process.stderr[-3000:]
    assert "Demo run 1: 11 backlinks checked: 4 live, 3 lost, 4 error" in process.stdout
    assert f"Database: {db}" in process.stdout
    with sqlite3.connect(db) as conn:
        reasons = dict(conn.execute("SELECT source_url, coalesce(reason, status) FROM checks"))
    assert reasons["https://www.moved-magazine.com/2019/tea-article"] == "page_gone"
    assert reasons["https://www.blocked-blog.com/tea.html"] == "robots_disallowed"
    assert reasons["https://www.teatimejournal.com/_/challenge"] == "blocked"
    assert reasons["http://www.kitchen-notes.net/posts/iced-tea.html"] == "link_removed"
