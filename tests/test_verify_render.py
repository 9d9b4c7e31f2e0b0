"""End to end with a real Chromium: links inserted by script, above the fold (issue 6)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from crawler.render import RenderConfig, browser_available
from tests.conftest import CrawlResult, crawl_settings, run_scrapy, write_links_csv

S = "https://www.mytarget-store.com"

pytestmark = [pytest.mark.slow, pytest.mark.browser]
HAVE_BROWSER = browser_available(RenderConfig(browser_path="/usr/bin/chromium"
                                              if os.path.exists("/usr/bin/chromium") else None))[0]
needs_browser = pytest.mark.skipif(not HAVE_BROWSER, reason="no Chromium: apt-get install chromium")


def crawl(web, tmp: Path, rows, **settings) -> CrawlResult:
    db = tmp / "db.sqlite"
    process = run_scrapy(["crawl", "verify", "-a", f"input={write_links_csv(tmp / 'links.csv', rows)}"],
                         crawl_settings(web, db, BACKLINKS_SCORING_ENABLED=0, BACKLINKS_RENDER_SETTLE_MS=2000,
                                        BACKLINKS_RENDER_TIMEOUT=6, **settings), timeout=300)
    assert process.returncode == 0, process.stderr[-4000:]
    return CrawlResult(process.returncode, process.stdout, process.stderr, db)


def browsers_of(web) -> list[str]:
    """Command lines of live Chromium processes started for this test web."""
    found = []
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            cmdline = (proc / "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
            state = (proc / "stat").read_text().split()[2]
        except OSError:
            continue
        if "chrom" in cmdline and web.ip in cmdline and state != "Z":
            found.append(cmdline[:120])
    return found


@pytest.fixture(scope="module")
def auto_run(web, tmp_path_factory):
    rows = [
        {"source_url": "https://app.gardenplanner-spa.com/", "target_url": f"{S}/raised-beds/"},
        {"source_url": "https://www.slowscript-recipes.com/", "target_url": f"{S}/dutch-oven-5l"},
        {"source_url": "https://www.lazycomments-travel.com/", "target_url": f"{S}/travel-adapters/"},
        {"source_url": "https://www.longread-hiking.com/guides/cairngorms", "target_url": f"{S}/boots/"},
        {"source_url": "https://www.longread-hiking.com/guides/cairngorms", "target_url": f"{S}/never-linked/"},
        {"source_url": "https://www.catcorner.net/removed.html", "target_url": f"{S}/never-linked/"},
    ]
    result = crawl(web, tmp_path_factory.mktemp("auto"), rows, BACKLINKS_RENDER="auto")
    result.browsers_left = browsers_of(web)
    return result


@needs_browser
@pytest.mark.parametrize("source, target", [
    ("https://app.gardenplanner-spa.com/", f"{S}/raised-beds/"),
    ("https://www.slowscript-recipes.com/", f"{S}/dutch-oven-5l"),
    ("https://www.lazycomments-travel.com/", f"{S}/travel-adapters/"),
])
def test_script_inserted_links_are_live_and_rendered(auto_run, source, target):
    c = auto_run.check(source, target)
    assert (c["status"], c["rendered"]) == ("live", True)
    assert c["above_fold"] is not None and c["hidden"] is False


@needs_browser
def test_lazy_comment_link_keeps_its_rel(auto_run):
    c = auto_run.check("https://www.lazycomments-travel.com/", f"{S}/travel-adapters/")
    assert c["nofollow"] is True and c["ugc"] is True and c["above_fold"] is False


@needs_browser
def test_raw_html_links_are_not_rendered_in_auto(auto_run):
    c = auto_run.check("https://www.longread-hiking.com/guides/cairngorms", f"{S}/boots/")
    assert (c["status"], c["rendered"], c["above_fold"]) == ("live", False, None)


@needs_browser
def test_missing_links_are_lost_only_after_a_look(auto_run):
    static = auto_run.check("https://www.catcorner.net/removed.html", f"{S}/never-linked/")
    assert static["status"] == "lost" and "not_rendered" not in static["signals"]


@needs_browser
def test_no_browser_outlives_the_run(auto_run):
    assert auto_run.browsers_left == []


@needs_browser
def test_always_mode_above_fold_hidden_and_timeouts(web, tmp_path):
    rows = [
        {"source_url": "https://www.abovefold-petnews.com/", "target_url": f"{S}/cat-toys/"},
        {"source_url": "https://www.longread-hiking.com/guides/cairngorms", "target_url": f"{S}/boots/"},
        {"source_url": "https://www.invisible-links-forum.com/thread/42", "target_url": f"{S}/headphones/clip-path"},
        {"source_url": "https://www.invisible-links-forum.com/thread/42", "target_url": f"{S}/headphones/visible"},
        {"source_url": "https://www.neverloads-crafts.com/busy-loop/", "target_url": f"{S}/hooks/"},
        {"source_url": "https://www.neverloads-crafts.com/hanging-iframe/", "target_url": f"{S}/fabric/"},
    ]
    result = crawl(web, tmp_path, rows, BACKLINKS_RENDER="always")
    top = result.check("https://www.abovefold-petnews.com/")
    assert (top["status"], top["rendered"], top["above_fold"]) == ("live", True, True)
    deep = result.check("https://www.longread-hiking.com/guides/cairngorms")
    assert (deep["status"], deep["above_fold"]) == ("live", False)
    clipped = result.check("https://www.invisible-links-forum.com/thread/42", f"{S}/headphones/clip-path")
    assert clipped["status"] == "live" and clipped["hidden"] is True
    shown = result.check("https://www.invisible-links-forum.com/thread/42", f"{S}/headphones/visible")
    assert shown["hidden"] is False
    loop = result.check("https://www.neverloads-crafts.com/busy-loop/")
    assert (loop["status"], loop["reason"]) == ("error", "timeout") and "render_failed" in loop["signals"]
    iframe = result.check("https://www.neverloads-crafts.com/hanging-iframe/")
    assert iframe["status"] == "live"
    assert browsers_of(web) == []


def test_without_a_browser_links_are_not_rendered(web, tmp_path):
    rows = [{"source_url": "https://app.gardenplanner-spa.com/", "target_url": f"{S}/raised-beds/"}]
    result = crawl(web, tmp_path, rows, BACKLINKS_RENDER="auto", BACKLINKS_BROWSER_PATH="/nonexistent/chromium")
    c = result.check("https://app.gardenplanner-spa.com/")
    assert c["status"] == "lost" and "not_rendered" in c["signals"] and c["rendered"] is False
    assert result.stderr.count("apt-get install chromium") == 2  # at start, and once with the first such page
