"""Naturalness and relevance for every live record (SPEC ``naturalness``,
``relevance``, ``signals``).

Runs before the SQLite pipeline. For a live record it reads the texts the
spider left in ``item["analysis"]`` (:class:`crawler.scoring.ScoringInput`)
and the link's place in its target's link profile (a
:class:`crawler.profile.ProfileSnapshot` taken when the run scores its first
record), and writes both scores and their signal codes. Other records keep
null scores.

Settings:

- ``BACKLINKS_SCORING_ENABLED`` (default True): False leaves every score null;
- ``BACKLINKS_WEIGHTS`` (dict, default ``{}``): weights and thresholds that
  replace the defaults of ``crawler/scoring/weights.py`` (an unknown name
  stops the run at its start);
- ``BACKLINKS_DB``: the database the profile is read from.

Stats: ``backlinks/scoring/scored``, ``backlinks/scoring/target_not_fetched``,
``backlinks/scoring/no_analysis``, ``backlinks/scoring/errors``,
``backlinks/scoring/seconds`` (time spent scoring), and
``backlinks/scoring/snapshot_seconds``.
"""
from __future__ import annotations

import logging
import time
from collections.abc import Mapping

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.db import Store
from crawler.items import add_signal
from crawler.profile import ProfileSnapshot, profile_migration, refresh_profile, write_thresholds
from crawler.scoring import Scorer, ScoringInput, make_weights

logger = logging.getLogger(__name__)


class ScoringPipeline:
    """Scores live records; see the module docstring."""

    def __init__(self, *, db_path: str | None, weights: Mapping[str, float], stats=None):
        self.db_path = db_path
        self.weights = weights
        self.stats = stats
        self.store: Store | None = None
        self.scorer: Scorer | None = None
        self.snapshot: ProfileSnapshot | None = None
        self._error_logged = False

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("BACKLINKS_SCORING_ENABLED", True):
            raise NotConfigured("scoring is off (BACKLINKS_SCORING_ENABLED = False)")
        try:
            weights = make_weights(settings.getdict("BACKLINKS_WEIGHTS"))
        except ValueError as exc:
            raise ValueError(f"BACKLINKS_WEIGHTS: {exc}") from None
        pipeline = cls(db_path=settings.get("BACKLINKS_DB"), weights=weights, stats=crawler.stats)
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    # ------------------------------------------------------------ lifecycle
    def open_spider(self) -> None:
        self.scorer = Scorer(self.weights)
        if self.db_path:
            self.store = Store(self.db_path)
            profile_migration(self.store.db)      # safe twice: the profile is there even if not registered
            write_thresholds(self.store.db, self.weights)

    def close_spider(self) -> None:
        self.snapshot = None

    def spider_closed(self) -> None:
        """Bring the profile tables up to date with the run's checks: every
        pipeline has closed (the SQLite one has written its last batch)."""
        if self.store is not None:
            refresh_profile(self.store.db)
            self.store.close()
            self.store = None

    # --------------------------------------------------------------- items
    def process_item(self, item):
        if item.get("status") != "live":
            return item
        started = time.perf_counter()
        analysis = item.get("analysis")
        if not isinstance(analysis, ScoringInput):
            analysis = None
            self._inc("backlinks/scoring/no_analysis")
        try:
            profile = self._profile(item)
            scores = self._scorer().score(item, analysis, profile)
        except Exception:  # a scoring bug must not lose the record: logged, counted, scores stay null
            self._inc("backlinks/scoring/errors")
            if not self._error_logged:
                self._error_logged = True
                logger.exception("Scoring failed for %s (further failures are only counted)",
                                 item.get("source_url"))
            return item
        item["naturalness"] = scores.naturalness.value
        item["relevance"] = scores.relevance.value
        for code in scores.signals:
            add_signal(item, code)
        self._inc("backlinks/scoring/scored")
        if "target_not_fetched" in scores.relevance.signals:
            self._inc("backlinks/scoring/target_not_fetched")
        self._inc("backlinks/scoring/seconds", time.perf_counter() - started)
        return item

    def _scorer(self) -> Scorer:
        if self.scorer is None:
            self.scorer = Scorer(self.weights)
        return self.scorer

    def _profile(self, item):
        if self.store is None:
            return None
        if self.snapshot is None:
            started = time.perf_counter()
            self.snapshot = ProfileSnapshot(self.store.db, self.weights)
            self._inc("backlinks/scoring/snapshot_seconds", time.perf_counter() - started)
        return self.snapshot.facts(item)

    def _inc(self, key: str, value: float = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, value)
