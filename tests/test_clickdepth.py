"""ClickDepthSearch on synthetic site graphs: breadth-first depths, cycles,
unreachable pages, budgets, sharing fetches with the verify spider."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.clickdepth import ClickDepthSearch
from crawler.urls import normalize_url

HOME = "https://www.dogs.example/"
SITES = Path(__file__).parent / "web" / "sites"


def u(path: str) -> str:
    return "https://www.dogs.example" + path


def crawl(search: ClickDepthSearch, site: dict[str, list[str]], *, batch: int | None = None,
          fail: frozenset[str] = frozenset()) -> list[str]:
    """Drive the search like the spider: fetch what it asks for, in batches,
    answer each request; return the URLs requested, in order."""
    requested: list[str] = []
    while not search.done:
        wave = search.next_requests(limit=batch)
        if not wave:
            break
        for url, depth in wave:
            requested.append(url)
            if url in fail or url not in site:
                search.page_failed(url)
            else:
                search.add_page(url, depth, site[url])
    return requested


SITE = {
    u("/"): [u("/"), u("/about/"), u("/blog/"), "https://twitter.example/dogs", "mailto:hi@dogs.example"],
    u("/about/"): [u("/"), u("/team/")],
    u("/blog/"): [u("/"), u("/blog/post-1/"), u("/blog/post-2/"), u("/blog/page/2/")],
    u("/blog/page/2/"): [u("/blog/"), u("/blog/post-3/")],
    u("/blog/post-1/"): [u("/blog/"), u("/blog/post-2/")],
    u("/blog/post-3/"): [u("/blog/post-4/")],
    u("/team/"): [u("/about/")],
}


def test_depths_breadth_first():
    wanted = [u("/blog/post-1/"), u("/blog/post-3/")]
    search = ClickDepthSearch(HOME, wanted)
    crawl(search, SITE)
    assert search.done
    assert search.depth_of(HOME) == 0
    assert search.depth_of(u("/blog/")) == 1
    assert search.depth_of(u("/blog/post-1/")) == 2
    assert search.depth_of(u("/blog/post-3/")) == 3


def test_keys_are_normalised():
    search = ClickDepthSearch("http://dogs.example", [u("/blog/post-1/")])
    crawl(search, {**SITE, "http://dogs.example": SITE[u("/")]})
    assert search.depth_of("https://dogs.example/blog/post-1") == 2
    assert search.depth_of("http://www.dogs.example/blog/post-1/?utm_source=x#top") == 2
    assert search.depth_of("http://dogs.example") == 0


def test_stops_as_soon_as_every_wanted_page_is_found():
    search = ClickDepthSearch(HOME, [u("/blog/")])
    requested = crawl(search, SITE)
    assert requested == [HOME]
    assert search.done and search.depth_of(u("/blog/")) == 1


def test_wanted_home_page_needs_no_fetch():
    search = ClickDepthSearch(HOME, ["https://dogs.example"])
    assert search.done
    assert search.next_requests() == []
    assert search.depth_of(HOME) == 0


def test_no_wanted_pages_is_done():
    search = ClickDepthSearch(HOME, [])
    assert search.done and search.next_requests() == []


def test_cycles_never_request_a_page_twice():
    site = {
        u("/"): [u("/a"), u("/b")],
        u("/a"): [u("/b"), u("/"), u("/a/")],
        u("/b"): [u("/a"), u("/c")],
        u("/c"): [u("/"), u("/a"), u("/b")],
    }
    search = ClickDepthSearch(HOME, [u("/missing")], max_depth=10, max_pages=100)
    requested = crawl(search, site)
    keys = [normalize_url(url) for url in requested]
    assert len(keys) == len(set(keys)) == 4
    assert search.done
    assert search.depth_of(u("/missing")) is None
    assert search.depth_of(u("/c")) == 2


def test_unreachable_wanted_page():
    search = ClickDepthSearch(HOME, [u("/orphan/")])
    requested = crawl(search, SITE)
    assert search.done
    assert search.depth_of(u("/orphan/")) is None
    # pages of depth 3 (the limit) are never fetched: their links would be deeper
    assert u("/blog/post-3/") not in requested
    assert set(requested) == {HOME, u("/about/"), u("/blog/"), u("/team/"), u("/blog/post-1/"),
                              u("/blog/post-2/"), u("/blog/page/2/")}


def test_max_depth_bounds_the_depths():
    search = ClickDepthSearch(HOME, [u("/blog/post-4/")], max_depth=3)
    crawl(search, SITE)
    assert search.depth_of(u("/blog/post-4/")) is None  # it is 4 clicks away
    search = ClickDepthSearch(HOME, [u("/blog/post-4/")], max_depth=4)
    crawl(search, SITE)
    assert search.depth_of(u("/blog/post-4/")) == 4


def test_max_depth_one_fetches_only_the_home_page():
    search = ClickDepthSearch(HOME, [u("/blog/post-1/")], max_depth=1)
    assert crawl(search, SITE) == [HOME]
    assert search.depth_of(u("/blog/")) == 1
    assert search.depth_of(u("/blog/post-1/")) is None


@pytest.mark.parametrize("max_depth", [0, -1])
def test_max_depth_zero_turns_the_search_off(max_depth):
    search = ClickDepthSearch(HOME, [u("/blog/")], max_depth=max_depth)
    assert not search.enabled
    assert search.done
    assert search.next_requests() == []
    assert search.depth_of(HOME) is None
    search.page_fetched_elsewhere(HOME, [u("/blog/")])
    assert search.depth_of(u("/blog/")) is None
    assert not search.wants(HOME)


def test_budget_is_never_exceeded():
    # a wide site: the home page links to 30 pages that each link to 30 more
    site = {u("/"): [u(f"/s{i}/") for i in range(30)]}
    for i in range(30):
        site[u(f"/s{i}/")] = [u(f"/s{i}/p{j}") for j in range(30)]
    search = ClickDepthSearch(HOME, [u("/s29/p29")], max_pages=10)
    requested = crawl(search, site, batch=4)
    assert len(requested) == 10 == search.pages_requested
    assert search.done
    assert search.depth_of(u("/s29/p29")) is None  # not reached within the budget
    assert search.depth_of(u("/s29/")) == 1        # but its parent's depth is known
    assert search.next_requests() == []


def test_budget_zero_fetches_nothing():
    search = ClickDepthSearch(HOME, [u("/blog/")], max_pages=0)
    assert search.next_requests() == []
    assert search.done
    assert search.depth_of(u("/blog/")) is None


def test_levels_are_released_only_when_the_level_above_is_answered():
    search = ClickDepthSearch(HOME, [u("/blog/post-3/")])
    assert search.next_requests() == [(HOME, 0)]
    assert search.next_requests() == []          # the home page is pending
    search.add_page(HOME, 0, SITE[HOME])
    first = search.next_requests(limit=1)
    assert first == [(u("/about/"), 1)]
    second = search.next_requests()
    assert second == [(u("/blog/"), 1)]          # same level: released at once
    search.add_page(u("/about/"), 1, SITE[u("/about/")])
    assert search.next_requests() == []          # /blog/ (depth 1) still pending
    search.page_failed(u("/blog/"))
    assert search.next_requests() == [(u("/team/"), 2)]


def test_links_out_of_order_only_shorten_depths():
    search = ClickDepthSearch(HOME, [u("/deep")], max_depth=5)
    # a page the run fetched elsewhere, not yet connected to the home page
    search.page_fetched_elsewhere(u("/x/y"), [u("/deep")])
    assert search.depth_of(u("/deep")) is None
    search.page_fetched_elsewhere(u("/x"), [u("/x/y")])
    search.add_page(HOME, 0, [u("/x")])
    assert [search.depth_of(u(p)) for p in ("/x", "/x/y", "/deep")] == [1, 2, 3]
    # a shorter path found later wins
    search.page_fetched_elsewhere(u("/shortcut"), [u("/deep")])
    search.page_fetched_elsewhere(u("/about"), [u("/deep")])  # not connected: no change
    assert search.depth_of(u("/deep")) == 3
    search2 = ClickDepthSearch(HOME, [u("/deep")], max_depth=5)
    search2.page_fetched_elsewhere(u("/x/y"), [u("/deep")])
    search2.page_fetched_elsewhere(u("/x"), [u("/x/y")])
    search2.add_page(HOME, 0, [u("/x"), u("/x/y")])
    assert search2.depth_of(u("/deep")) == 2


def test_pages_fetched_elsewhere_are_never_requested():
    search = ClickDepthSearch(HOME, [u("/blog/post-3/")])
    assert search.wants(HOME)
    search.page_fetched_elsewhere(HOME, SITE[HOME])   # the verify spider fetched the home page
    assert not search.wants(HOME)
    requested = crawl(search, SITE)
    assert HOME not in requested
    assert search.depth_of(u("/blog/post-3/")) == 3
    assert search.pages_requested == len(requested) == len(set(requested))


def test_wanted_pages_are_left_to_the_verify_spider():
    wanted = [u("/blog/"), u("/blog/post-3/")]
    search = ClickDepthSearch(HOME, wanted)
    requested = crawl(search, SITE)
    assert u("/blog/") not in requested
    assert search.depth_of(u("/blog/")) == 1
    # nothing left to request, but the search waits for the linking page's links
    assert search.next_requests() == [] and not search.done
    assert search.wants(u("/blog/")) and search.is_wanted(u("/blog"))
    search.page_fetched_elsewhere(u("/blog/"), SITE[u("/blog/")])
    crawl(search, SITE)
    assert search.depth_of(u("/blog/post-3/")) == 3
    assert search.done


def test_a_failed_linking_page_stops_the_wait():
    search = ClickDepthSearch(HOME, [u("/blog/"), u("/blog/post-3/")])
    crawl(search, SITE)
    assert not search.done
    search.page_failed(u("/blog/"))
    assert search.done
    assert search.depth_of(u("/blog/post-3/")) is None


def test_wanted_pages_added_later():
    search = ClickDepthSearch(HOME, [u("/blog/")])
    crawl(search, SITE)
    assert search.done
    search.add_wanted(u("/blog/post-1/"))
    search.add_wanted("https://elsewhere.example/x")   # another site: ignored
    assert not search.is_wanted("https://elsewhere.example/x")
    assert not search.done
    search.page_fetched_elsewhere(u("/blog/"), SITE[u("/blog/")])  # the verify spider's fetch
    crawl(search, SITE)
    assert search.depth_of(u("/blog/post-1/")) == 2 and search.done


def test_only_internal_page_links_are_followed():
    site = {
        u("/"): [
            u("/a"), "https://shop.dogs.example/cart",      # a subdomain is the same site
            "https://cats.example/", "ftp://www.dogs.example/file", "javascript:void(0)",
            u("/img/logo.png"), u("/docs/guide.pdf"), u("/feed.xml"),
        ],
        u("/a"): [], "https://shop.dogs.example/cart": [],
    }
    search = ClickDepthSearch(HOME, [u("/nothing")])
    requested = crawl(search, site)
    assert set(requested) == {HOME, u("/a"), "https://shop.dogs.example/cart"}
    assert search.depth_of("https://cats.example/") is None
    assert search.depth_of(u("/img/logo.png")) is None


def test_wanted_file_links_still_get_a_depth():
    search = ClickDepthSearch(HOME, [u("/docs/guide.pdf")])
    crawl(search, {u("/"): [u("/docs/guide.pdf")]})
    assert search.depth_of(u("/docs/guide.pdf")) == 1


def test_failed_pages_are_not_retried():
    search = ClickDepthSearch(HOME, [u("/blog/post-1/")])
    requested = crawl(search, SITE, fail=frozenset({u("/blog/")}))
    assert requested.count(u("/blog/")) == 1
    assert search.depth_of(u("/blog/post-1/")) is None
    assert search.done


def test_unusable_home_url():
    search = ClickDepthSearch("not a url", [u("/")])
    assert not search.enabled and search.done and search.depth_of(u("/")) is None


def test_fixture_blog_site_depths():
    """The WordPress fixture site: an article linked from the home page is one
    click deep, the tag archive (sidebar) one, its posts two at most."""
    root = SITES / "www.pawsandwhiskers-blog.com"
    site = {}
    for file in root.rglob("index.html"):
        relative = file.parent.relative_to(root).as_posix()
        url = "https://www.pawsandwhiskers-blog.com" + ("/" if relative == "." else f"/{relative}/")
        site[url] = re.findall(r'href="(https://www\.pawsandwhiskers-blog\.com/[^"]*)"', file.read_text(encoding="utf-8"))
    article = "https://www.pawsandwhiskers-blog.com/2024/03/choosing-an-orthopedic-dog-bed/"
    search = ClickDepthSearch("https://www.pawsandwhiskers-blog.com/", [article, "https://www.pawsandwhiskers-blog.com/author/maggie-holt/"])
    crawl(search, site)
    assert search.depth_of(article) == 1
    assert search.depth_of("https://www.pawsandwhiskers-blog.com/author/maggie-holt/") == 1
    assert search.depth_of("https://www.pawsandwhiskers-blog.com/tag/senior-dogs/") == 1
