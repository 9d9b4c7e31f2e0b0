"""Click depth for every linking page of a run: one bounded search per site.

:class:`ClickDepths` owns the run's :class:`~crawler.clickdepth.ClickDepthSearch`
objects (one per referring site, shared by all its linking pages) and drives
them with a fetch function it is given (the spider's, through Scrapy's
downloader). Every linking page of the site queued in the run is *wanted*
from the start, so the search never fetches a linking page itself: those are
fetched by the run and hand their links over. A finished search keeps only
the depths it found (memory stays small on long runs), and hands them to
``remember`` so that later runs reuse them for a while (``remembered``).
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from urllib.parse import urlsplit

from crawler.clickdepth import ClickDepthSearch
from crawler.urls import normalize_url, site_of

FetchLinks = Callable[[str], Awaitable[list[str] | None]]


def home_page(url: str) -> str:
    """The home page of ``url``'s site.

    >>> home_page("https://blog.example.com/2024/05/post/?x=1")
    'https://blog.example.com/'
    """
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


class _Finished:
    """What is left of a finished search: the depths of its wanted pages."""

    def __init__(self, search: ClickDepthSearch, wanted: Iterable[str]):
        self.depths = {key: search.depth_of(url) for key, url in wanted}

    def depth_of(self, url: str) -> int | None:
        return self.depths.get(normalize_url(url))


class ClickDepths:
    """``await depths.depth_of(page_url, links)`` for each fetched linking page."""

    def __init__(self, fetch_links: FetchLinks, pages_of_site: Callable[[str], list[str]], *,
                 max_depth: int = 3, max_pages: int = 50, parallel: int = 2,
                 remembered: Callable[[str], tuple[bool, int | None]] | None = None,
                 remember: Callable[[dict[str, int | None]], None] | None = None):
        self.fetch_links = fetch_links
        self.pages_of_site = pages_of_site
        self.remembered = remembered   # page key -> (known, depth) from an earlier run's search
        self.remember = remember       # keeps a finished search's depths for later runs
        self.max_depth = max_depth
        self.max_pages = max_pages
        self.parallel = max(1, parallel)
        self._searches: dict[str, ClickDepthSearch | _Finished] = {}
        self._wanted: dict[str, dict[str, str]] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.pages_fetched = 0

    @property
    def enabled(self) -> bool:
        return self.max_depth > 0 and self.max_pages > 0

    def _search_for(self, page_url: str) -> tuple[str, ClickDepthSearch | _Finished]:
        site = site_of(page_url)
        if site not in self._searches:
            wanted = {normalize_url(u): u for u in self.pages_of_site(site) if normalize_url(u)}
            self._wanted[site] = wanted
            self._searches[site] = ClickDepthSearch(home_page(page_url), wanted.values(),
                                                    max_depth=self.max_depth, max_pages=self.max_pages)
            self._locks[site] = asyncio.Lock()
        return site, self._searches[site]

    def page_failed(self, page_url: str) -> None:
        """A linking page the run could not fetch: its search stops waiting
        for its links."""
        search = self._searches.get(site_of(page_url))
        if isinstance(search, ClickDepthSearch):
            search.page_failed(page_url)

    async def depth_of(self, page_url: str, links: Iterable[str]) -> int | None:
        """Clicks from the site's home page to ``page_url`` (a linking page the
        run fetched, whose absolute link URLs are ``links``); None when the
        bounded search does not find it, or the search is off."""
        if not self.enabled:
            return None
        if self.remembered is not None:
            known, depth = self.remembered(normalize_url(page_url) or page_url)
            if known:
                return depth
        site, search = self._search_for(page_url)
        if isinstance(search, _Finished):
            return search.depth_of(page_url)
        async with self._locks[site]:
            search = self._searches[site]
            if isinstance(search, _Finished):
                return search.depth_of(page_url)
            key = normalize_url(page_url)
            if key and key not in self._wanted[site]:
                self._wanted[site][key] = page_url
                search.add_wanted(page_url)
            search.page_fetched_elsewhere(page_url, links)
            while search.depth_of(page_url) is None and not search.done:
                batch = search.next_requests(limit=self.parallel)
                if not batch:
                    break
                results = await asyncio.gather(*(self.fetch_links(url) for url, _ in batch))
                for (url, depth), found in zip(batch, results):
                    self.pages_fetched += 1
                    if found is None:
                        search.page_failed(url)
                    else:
                        search.add_page(url, depth, found)
            depth = search.depth_of(page_url)
            if search.done:
                finished = _Finished(search, self._wanted.pop(site).items())
                self._searches[site] = finished
                if self.remember is not None:
                    self.remember(finished.depths)
            return depth
