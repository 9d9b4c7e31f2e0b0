"""Click depth (SPEC ``click_depth``): clicks from a site's home page to a page,
found by a bounded breadth-first search over the site's internal links.

:class:`ClickDepthSearch` is the search's state, with no I/O: the spider asks
it which pages to fetch (:meth:`~ClickDepthSearch.next_requests`), hands back
each page's links (:meth:`~ClickDepthSearch.add_page`), and reads the depths
(:meth:`~ClickDepthSearch.depth_of`). One search per referring site and run,
shared by every linking page of that site (the *wanted* pages).

Pages are keyed by :func:`crawler.urls.normalize_url` (scheme, ``www.``,
trailing slash, tracking parameters ignored), so no page is requested twice.
Internal links are http(s) links whose registered domain is the home page's
(subdomains included); links to files that are not pages (images, PDFs,
archives...) are left out.

Sharing fetches with the verify spider (SPEC: "the click-depth search reuses
the linking pages the run fetched, and they reuse its"):

* the search never requests a wanted page: the verify spider fetches every
  linking page anyway and must answer for each one, with
  :meth:`~ClickDepthSearch.page_fetched_elsewhere` (its links) or
  :meth:`~ClickDepthSearch.page_failed`; until it does, a wanted page the
  search has reached keeps the search from being :attr:`done` (its links may
  lead to the others). Any other page of the site the run fetched can be
  handed over the same way (:meth:`~ClickDepthSearch.wants` says whether
  the search can use it);
* :meth:`is_wanted` tells the spider a page it fetched for the search is also
  a linking page to verify.

Order and budget: pages are requested level by level (all of depth *d*
before any of depth *d + 1*; a level is released when the search's own
requests of the level above have been answered by :meth:`add_page` or
:meth:`page_failed`), at most ``max_pages`` requests, and only pages whose
links can still be within ``max_depth`` (depth below ``max_depth``). Links
arriving out of order only ever shorten depths: each depth is the shortest
path over every link the search has seen. The search is :attr:`done` when
every wanted page has a depth, or nothing is left to request and nothing is
pending (nor awaited from the verify spider). ``max_depth=0`` turns the
search off: every depth is None.
"""
from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable
from urllib.parse import urlsplit

from crawler.urls import normalize_url, registered_domain

__all__ = ["ClickDepthSearch"]

#: Links to files that are not HTML pages: never requested by the search.
_NOT_PAGES = re.compile(
    r"\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|pdf|docx?|xlsx?|pptx?|odt|ods|zip|rar|7z|"
    r"gz|tgz|bz2|xz|tar|dmg|exe|msi|apk|iso|mp3|mp4|m4a|m4v|mov|avi|wmv|webm|ogg|wav|flac|"
    r"css|js|json|xml|rss|atom|txt|csv|woff2?|ttf|eot)$",
    re.I,
)


class ClickDepthSearch:
    """Bounded breadth-first search for the click depth of ``wanted`` pages
    from ``home_url`` (the home page has depth 0).

    >>> site = {"https://dogs.example/": ["/about", "/blog/"],
    ...         "https://dogs.example/blog/": ["/blog/post-1/"]}
    >>> search = ClickDepthSearch("https://dogs.example/", ["https://dogs.example/blog/post-1/"])
    >>> while not search.done:
    ...     for url, depth in search.next_requests():
    ...         search.add_page(url, depth, ["https://dogs.example" + href if href.startswith("/") else href
    ...                                      for href in site.get(url, [])])
    >>> search.depth_of("https://dogs.example/blog/post-1")
    2
    """

    def __init__(self, home_url: str, wanted: Iterable[str] = (), *, max_depth: int = 3,
                 max_pages: int = 50) -> None:
        self.home_url = home_url
        self.max_depth = max(0, max_depth)
        self.max_pages = max(0, max_pages)
        self._home = normalize_url(home_url)
        self._site = registered_domain(home_url)
        self._urls: dict[str, str] = {}         # key -> the URL to request for it
        self._links: dict[str, list[str]] = {}  # key -> its internal link keys (links known)
        self._depths: dict[str, int] = {}       # key -> shortest depth found (<= max_depth)
        self._order: dict[str, int] = {}        # key -> discovery order (ties within a level)
        self._requested: set[str] = set()       # handed out by next_requests
        self._pending: set[str] = set()         # handed out, not answered yet
        self._failed: set[str] = set()          # fetched elsewhere and failed: no links to wait for
        self._wanted: set[str] = set()
        if self.enabled:
            self._urls[self._home] = home_url
            self._set_depth(self._home, 0)
        for url in wanted:
            self.add_wanted(url)

    # ----------------------------------------------------------------- state
    @property
    def enabled(self) -> bool:
        """The search runs: ``max_depth`` above 0 and a usable home URL."""
        return self.max_depth > 0 and self._home is not None and self._site is not None

    @property
    def pages_requested(self) -> int:
        """Requests handed out so far (the budget spent)."""
        return len(self._requested)

    @property
    def done(self) -> bool:
        """Every wanted page has a depth; or nothing is left to request, no
        request is pending and no wanted page the search reached is waiting
        for its links from the verify spider (frontier exhausted or budget
        spent). Always True when the search is off."""
        if not self.enabled:
            return True
        if self._all_found():
            return True
        return not self._pending and not self._awaited() and not self._frontier()

    def depth_of(self, url: str) -> int | None:
        """Clicks from the home page to ``url``; None when not found (yet), off
        the site, or the search is off."""
        if not self.enabled:
            return None
        key = normalize_url(url)
        return self._depths.get(key) if key is not None else None

    def is_wanted(self, url: str) -> bool:
        """``url`` is one of the pages whose depth is searched (a linking page)."""
        key = normalize_url(url)
        return key is not None and key in self._wanted

    def wants(self, url: str) -> bool:
        """Would the links of ``url`` (fetched by someone else) help the search?
        True for a page of the site whose links the search does not have yet,
        while the search is not done."""
        key = self._internal_key(url)
        return key is not None and key not in self._links and not self._all_found()

    # ----------------------------------------------------------------- input
    def add_wanted(self, url: str) -> None:
        """Search the depth of ``url`` too (a linking page of this site that
        arrived later in the run). Pages of another site are ignored."""
        key = self._internal_key(url)
        if key is None:
            return
        self._wanted.add(key)
        self._urls.setdefault(key, url)

    def next_requests(self, limit: int | None = None) -> list[tuple[str, int]]:
        """Pages to fetch now, with their depth: never a page requested before,
        never a wanted page (the verify spider fetches those), never beyond
        ``max_pages`` requests in all, only pages of depth below
        ``max_depth``, shallowest first, one level at a time; at most
        ``limit`` when given. Empty when the search is done."""
        if self.done:
            return []
        budget = self.max_pages - len(self._requested)
        if limit is not None:
            budget = min(budget, limit)
        if budget <= 0:
            return []
        frontier = self._frontier()
        if not frontier:
            return []
        ceiling = min((self._depths[key] for key in self._pending if key in self._depths), default=None)
        chosen = []
        for key in frontier:
            depth = self._depths[key]
            if ceiling is not None and depth > ceiling:
                break
            ceiling = depth if ceiling is None else ceiling
            chosen.append((self._urls[key], depth))
            self._requested.add(key)
            self._pending.add(key)
            if len(chosen) >= budget:
                break
        return chosen

    def add_page(self, url: str, depth: int, links: Iterable[str]) -> None:
        """A page the search requested was fetched: ``url`` as handed out by
        :meth:`next_requests`, ``depth`` as handed out (depths are recomputed
        from the links, so it is informative only), ``links`` the page's
        absolute link URLs (anything; only internal page links are kept)."""
        key = normalize_url(url)
        if key is None:
            return
        self._pending.discard(key)
        self._record_links(key, links)

    def page_failed(self, url: str) -> None:
        """A page could not be fetched: one the search requested (it is
        answered: the next level may go; never requested again), or a wanted
        page the verify spider failed to fetch (the search stops waiting for
        its links)."""
        key = normalize_url(url)
        if key is None:
            return
        if key in self._pending:
            self._pending.discard(key)
        else:
            self._failed.add(key)

    def page_fetched_elsewhere(self, url: str, links: Iterable[str]) -> None:
        """The run fetched ``url`` for another purpose (a linking page): use its
        links, and never request it."""
        key = self._internal_key(url)
        if key is None:
            return
        self._urls.setdefault(key, url)
        self._pending.discard(key)
        self._record_links(key, links)

    # ----------------------------------------------------------------- internals
    def _internal_key(self, url: str) -> str | None:
        if not self.enabled or not isinstance(url, str):
            return None
        if not url.strip().lower().startswith(("http://", "https://")):
            return None
        key = normalize_url(url)
        if key is None or registered_domain(url) != self._site:
            return None
        return key

    def _record_links(self, key: str, links: Iterable[str]) -> None:
        if not self.enabled or key in self._links:
            return
        keys: list[str] = []
        for link in links:
            link_key = self._internal_key(link)
            if link_key is None or link_key == key:
                continue
            path = urlsplit(link).path
            if _NOT_PAGES.search(path) and link_key not in self._wanted:
                continue
            self._urls.setdefault(link_key, link)
            self._order.setdefault(link_key, len(self._order))
            keys.append(link_key)
        self._links[key] = keys
        if key in self._depths:
            self._relax(key)

    def _set_depth(self, key: str, depth: int) -> bool:
        if depth > self.max_depth or self._depths.get(key, depth + 1) <= depth:
            return False
        self._depths[key] = depth
        self._order.setdefault(key, len(self._order))
        return True

    def _relax(self, start: str) -> None:
        """Spread a page's depth to the pages it links to, and on through
        every page whose links are known (breadth-first: shortest paths)."""
        queue = deque([start])
        while queue:
            key = queue.popleft()
            child_depth = self._depths[key] + 1
            if child_depth > self.max_depth:
                continue
            for child in self._links.get(key, ()):
                if self._set_depth(child, child_depth) and child in self._links:
                    queue.append(child)

    def _all_found(self) -> bool:
        return all(key in self._depths for key in self._wanted)

    def _awaited(self) -> bool:
        """A wanted page the search reached, close enough for its links to
        count, whose links the verify spider has not handed over yet."""
        return any(
            key in self._depths and self._depths[key] < self.max_depth
            and key not in self._links and key not in self._failed
            for key in self._wanted
        )

    def _frontier(self) -> list[str]:
        """Pages worth requesting, shallowest first, then in discovery order."""
        if len(self._requested) >= self.max_pages:
            return []
        found = [
            key for key, depth in self._depths.items()
            if depth < self.max_depth and key not in self._links and key not in self._requested
            and key not in self._wanted
        ]
        found.sort(key=lambda key: (self._depths[key], self._order[key]))
        return found
