"""Fetch a URL at most once per run, however many records need it.

Used for the extra pages a check needs besides the linking page: target
pages (relevance), redirect links (shorteners, tracking URLs). Concurrent
callers of the same key wait for the one download; results are kept, bounded
(least recently used dropped first), so memory stays flat on long runs.
"""
from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class OncePerRun(Generic[T]):
    """``await cache.get(key, produce)``: ``produce()`` runs once per key."""

    def __init__(self, max_entries: int = 20_000):
        self.max_entries = max_entries
        self._entries: OrderedDict[str, asyncio.Future] = OrderedDict()
        self.hits = 0
        self.misses = 0

    async def get(self, key: str, produce: Callable[[], Awaitable[T]]) -> T:
        future = self._entries.get(key)
        if future is not None:
            self.hits += 1
            self._entries.move_to_end(key)
            return await asyncio.shield(future)
        self.misses += 1
        future = asyncio.get_running_loop().create_future()
        self._entries[key] = future
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)
        try:
            result = await produce()
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: no "never retrieved" warning
            raise
        future.set_result(result)
        return result

    def __len__(self) -> int:
        return len(self._entries)

