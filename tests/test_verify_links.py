"""End to end: links that reach the target through a redirect (issue 3)."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

T = "https://www.happypaws-shop.com/dog-food/grain-free/"
G = "https://www.gadget-deals-blog.com/posts"


@pytest.fixture(scope="module")
def redirect_run(web, tmp_path_factory):
    from tests.conftest import CrawlResult, crawl_settings, run_scrapy, write_links_csv

    tmp = tmp_path_factory.mktemp("redirects")
    rows = [{"source_url": f"{G}/pet-cameras-{kind}.html", "target_url": T}
            for kind in ("shortener", "script", "embedded", "elsewhere")]
    # a second page using the same short link: the short link is fetched once per run
    rows.append({"source_url": f"{G}/pet-cameras-shortener.html", "target_url": "happypaws-shop.com"})
    web.reset()
    process = run_scrapy(["crawl", "verify", "-a", f"input={write_links_csv(tmp / 'l.csv', rows)}"],
                         crawl_settings(web, tmp / "db.sqlite", BACKLINKS_SCORING_ENABLED=0))
    assert process.returncode == 0, process.stderr[-4000:]
    result = CrawlResult(process.returncode, process.stdout, process.stderr, tmp / "db.sqlite")
    result.requests = list(web.requests)
    return result


@pytest.mark.parametrize("kind", ["shortener", "script", "embedded"])
def test_redirect_links_are_live(redirect_run, kind):
    c = redirect_run.check(f"{G}/pet-cameras-{kind}.html", T)
    assert c["status"] == "live" and c["link_type"] == "redirect" and c["links_to_target"] == 1
    assert c["anchor_text"].startswith(("Happy Paws grain-free", "grain-free food"))


def test_redirect_elsewhere_is_lost(redirect_run):
    c = redirect_run.check(f"{G}/pet-cameras-elsewhere.html", T)
    assert c["status"] == "lost" and c["reason"] == "link_removed"


def test_each_redirect_href_fetched_once(redirect_run):
    assert sum(1 for h, p, _ in redirect_run.requests if h == "bit.ly" and p == "/hp-grainfree") == 2
    # twice: once from the shortener page, once as the last hop of /go/happypaws/
    assert sum(1 for h, p, _ in redirect_run.requests if h == "www.gadget-deals-blog.com"
               and p == "/out.php?url=https%3A%2F%2Fwww.happypaws-shop.com%2Fdog-food%2Fgrain-free%2F") == 0


def test_click_depth_search(verify, web):
    R = "https://www.trailrunning-notes.com"
    rows = [{"source_url": f"{R}/running-with-dogs/", "target_url": T},
            {"source_url": f"{R}/2023/ultra-with-a-dog/", "target_url": T},
            {"source_url": f"{R}/hidden-page/", "target_url": T}]
    web.reset()
    result = verify(rows, BACKLINKS_CLICK_DEPTH=3, BACKLINKS_CLICK_DEPTH_PAGES=50, BACKLINKS_SCORING_ENABLED=0)
    assert result.returncode == 0, result.stderr[-3000:]
    depths = {c["source_url"]: (c["click_depth"], c["url_depth"]) for c in result.checks()}
    assert depths == {f"{R}/running-with-dogs/": (1, 1), f"{R}/2023/ultra-with-a-dog/": (3, 2),
                      f"{R}/hidden-page/": (None, 1)}
    fetched = [p for h, p, _ in web.requests if h == "www.trailrunning-notes.com" and p != "/robots.txt"]
    # every page at most once: the search never fetches a linking page the run fetches
    assert sorted(fetched) == sorted(set(fetched))
    assert "/" in fetched and "/archive/2023/" in fetched


def test_click_depth_off(verify):
    R = "https://www.trailrunning-notes.com"
    result = verify([{"source_url": f"{R}/running-with-dogs/", "target_url": T}],
                    BACKLINKS_CLICK_DEPTH=0, BACKLINKS_SCORING_ENABLED=0)
    assert result.check(f"{R}/running-with-dogs/")["click_depth"] is None


def test_click_depths_are_reused_by_the_next_runs(verify, web):
    R = "https://www.trailrunning-notes.com"
    rows = [{"source_url": f"{R}/running-with-dogs/", "target_url": T},
            {"source_url": f"{R}/2023/ultra-with-a-dog/", "target_url": T}]
    first = verify(rows, BACKLINKS_CLICK_DEPTH=3, BACKLINKS_SCORING_ENABLED=0)
    assert first.returncode == 0
    web.reset()
    second = verify(None, BACKLINKS_CLICK_DEPTH=3, BACKLINKS_SCORING_ENABLED=0)
    assert {c["source_url"]: c["click_depth"] for c in second.checks()} == {
        f"{R}/running-with-dogs/": 1, f"{R}/2023/ultra-with-a-dog/": 3}
    searched = [p for h, p, _ in web.requests if h == "www.trailrunning-notes.com" and p in ("/", "/archive/2023/")]
    assert searched == []          # the search was not run again
    web.reset()
    third = verify(None, BACKLINKS_CLICK_DEPTH=3, BACKLINKS_CLICK_DEPTH_MAX_AGE=0, BACKLINKS_SCORING_ENABLED=0)
    assert third.check(f"{R}/2023/ultra-with-a-dog/")["click_depth"] == 3
    assert any(h == "www.trailrunning-notes.com" and p == "/" for h, p, _ in web.requests)
