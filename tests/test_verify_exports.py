"""Every export format in tests/exports goes through a real crawl (issue 2)."""
from __future__ import annotations

from pathlib import Path

import pytest

from crawler.inputs import InvalidRow, read_backlinks

pytestmark = pytest.mark.slow

EXPORTS = Path(__file__).resolve().parent / "exports"
LIVE = ("https://www.urbanplotmagazine.com/raised-bed-ideas/", "https://www.greenleaf-gardening.com/raised-beds/")


@pytest.mark.parametrize("name, args", [
    ("ahrefs.csv", ()),
    ("semrush.csv", ()),
    ("majestic.csv", ()),
    ("moz.csv", ()),
    ("gsc_en.csv", ("-a", "target=https://www.greenleaf-gardening.com/raised-beds/")),
    ("gsc_de.csv", ("-a", "target=https://www.greenleaf-gardening.com/raised-beds/")),
    ("gsc_fr.csv", ("-a", "target=greenleaf-gardening.com")),
    ("generic_semicolon_cp1252.csv", ()),
])
def test_export_is_verified_row_by_row(verify, name, args):
    path = EXPORTS / name
    target = dict(a.split("=", 1) for a in args[1::2]).get("target")
    rows = list(read_backlinks(str(path), default_target=target))
    valid = {(r.source_url, r.target_url) for r in rows if not isinstance(r, InvalidRow)}
    invalid = [r for r in rows if isinstance(r, InvalidRow)]
    result = verify(str(path), *args, BACKLINKS_SCORING_ENABLED=0, BACKLINKS_CONFIRM_LOST=0)
    assert result.returncode == 0, result.stderr[-3000:]
    checks = result.checks()
    assert len(checks) == len(valid) + len(invalid)
    assert {(c["source_url"], c["target_url"]) for c in checks if c["reason"] != "invalid_input"} == valid
    for row in invalid:
        assert f"row {row.row_number} skipped" in result.stderr
    urbanplot = [c for c in checks if c["source_url"] == LIVE[0]]
    for check in urbanplot:
        assert check["status"] == "live" and check["anchor_text"] == "Greenleaf Gardening"
