"""ScoringPipeline: scores in every live record, nothing in the others, and
what it costs per record with a database of 10,000 links."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
import scrapy
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.analysis.document import PageDoc
from crawler.db import Store
from crawler.items import BacklinkCheck, empty_record
from crawler.profile import profile_migration
from crawler.scoring import ScoringInput
from crawler.urls import normalize_url, site_of
from pipelines.scoring import ScoringPipeline

FIXTURES = Path(__file__).parent / "scoring_fixtures"
TARGET = "https://www.pawsandclaws-blog.com/training/loose-leash-walking/"


class Item(BacklinkCheck):
    """The record with the spider's non-exported ``analysis`` field."""

    analysis = scrapy.Field(export=False)


def make_item(**values) -> Item:
    item = Item(empty_record(**values))
    item["analysis"] = None
    return item


def page_texts():
    texts = []
    for path in sorted((FIXTURES / "pages").glob("*.html")):
        doc = PageDoc.from_html(path.read_text(encoding="utf-8"), "https://example.org/")
        texts.append(doc.visible_text)
    return texts


@pytest.fixture
def db_path(tmp_path):
    path = str(tmp_path / "backlinks.db")
    store = Store(path)
    profile_migration(store.db)
    run = store.start_run(input=None, target=None, scope=None)
    sources = [f"https://www.site{i % 900}.{('com', 'de', 'fr')[i % 3]}/post-{i}/" for i in range(10_000)]
    targets = [TARGET, "https://www.whiskerwise.com/care/litter-box-problems/", "https://www.steadyledger.com/"]
    rows = [(s, targets[i % 3], normalize_url(s), site_of(s), f"anchor {i % 40}", None) for i, s in enumerate(sources)]
    for start in range(0, len(rows), 2000):
        store.add_links(run, rows[start:start + 2000])
    store.close()
    return path


def pipeline_for(db_path, **settings):
    crawler = get_crawler(settings_dict={"BACKLINKS_DB": db_path, **settings})
    crawler.stats.open_spider()
    pipeline = ScoringPipeline.from_crawler(crawler)
    pipeline.open_spider()
    return pipeline, crawler


def live_item(db_path, n: int, text: str) -> Item:
    store = Store(db_path)
    link = store.query("SELECT id, source_url, target_url FROM links WHERE id = ?", [n])[0]
    store.close()
    item = make_item(run_id=1, link_id=link["id"], source_url=link["source_url"], target_url=link["target_url"],
                     status="live", anchor_text="loose-leash walking guide", anchor_type="partial",
                     surrounding_text="this loose-leash walking guide explains why dogs pull",
                     position="content", context="editorial", page_type="article", outbound_links=14,
                     link_type="text", hidden=False, sponsored=False, ugc=False, language="en",
                     signals=["nofollow_rel"])
    item["analysis"] = ScoringInput(
        source_url=link["source_url"], target_url=link["target_url"], page_text=text[:20000],
        page_language="en", target_fetched=True, target_language="en",
        target_text="Loose-leash walking: dogs pull because pulling works. Reward your dog at your side.",
        target_title="Loose-Leash Walking")
    return item


def test_live_records_get_scores_and_signals(db_path):
    pipeline, crawler = pipeline_for(db_path)
    item = pipeline.process_item(live_item(db_path, 1, "My dog pulls on the leash; this training guide helped."))
    assert isinstance(item["naturalness"], int) and 0 <= item["naturalness"] <= 100
    assert isinstance(item["relevance"], int) and 0 <= item["relevance"] <= 100
    assert item["signals"][0] == "nofollow_rel"                 # the analysers' codes stay first
    assert crawler.stats.get_value("backlinks/scoring/scored") == 1
    pipeline.close_spider()
    pipeline.spider_closed()


def test_other_records_keep_null_scores(db_path):
    pipeline, _ = pipeline_for(db_path)
    for status, reason in (("lost", "link_removed"), ("error", "timeout")):
        item = pipeline.process_item(make_item(status=status, reason=reason, source_url="https://a.com/",
                                               target_url=TARGET))
        assert item["naturalness"] is None and item["relevance"] is None and item["signals"] == []
    pipeline.close_spider()
    pipeline.spider_closed()


def test_scoring_off(db_path):
    with pytest.raises(NotConfigured):
        pipeline_for(db_path, BACKLINKS_SCORING_ENABLED=False)


def test_weights_from_settings(db_path):
    with pytest.raises(ValueError, match="footer_lnk"):
        pipeline_for(db_path, BACKLINKS_WEIGHTS={"footer_lnk": 5})
    pipeline, _ = pipeline_for(db_path, BACKLINKS_WEIGHTS=json.dumps({"footer_link": 0, "natural_min": 75}))
    item = live_item(db_path, 4, "dog leash training")
    item["position"] = "footer"
    item = pipeline.process_item(item)
    assert "footer_link" not in item["signals"]
    assert pipeline.store.scalar("SELECT value FROM scoring_thresholds WHERE name = 'natural_min'") == 75
    pipeline.close_spider()
    pipeline.spider_closed()


def test_a_record_without_analysis_is_scored_from_its_fields(db_path):
    pipeline, crawler = pipeline_for(db_path)
    item = live_item(db_path, 7, "")
    item["analysis"] = None
    item = pipeline.process_item(item)
    assert item["naturalness"] is not None and item["relevance"] is not None
    assert "target_not_fetched" in item["signals"]
    assert crawler.stats.get_value("backlinks/scoring/no_analysis") == 1
    pipeline.close_spider()
    pipeline.spider_closed()


def test_a_scoring_failure_keeps_the_record(db_path, monkeypatch, caplog):
    pipeline, crawler = pipeline_for(db_path)
    monkeypatch.setattr(pipeline.scorer, "score", lambda *a, **k: 1 / 0)
    for n in (1, 2):
        item = pipeline.process_item(live_item(db_path, n, "dogs"))
        assert item["naturalness"] is None and item["status"] == "live"
    assert crawler.stats.get_value("backlinks/scoring/errors") == 2
    assert sum("Scoring failed" in r.message for r in caplog.records) == 1
    pipeline.close_spider()
    pipeline.spider_closed()


def test_same_record_same_scores(db_path):
    pipeline, _ = pipeline_for(db_path)
    text = page_texts()[3]
    first = pipeline.process_item(live_item(db_path, 9, text))
    again = pipeline.process_item(live_item(db_path, 9, text))
    assert (first["naturalness"], first["relevance"], first["signals"]) == \
           (again["naturalness"], again["relevance"], again["signals"])
    pipeline.close_spider()
    pipeline.spider_closed()


def test_cost_per_record_with_ten_thousand_links(db_path):
    """Scoring cost (texts, profile lookups) per live record: the budget is
    a few milliseconds (a run spends far more per page on fetching and
    parsing); the measured figure is in docs/signals.md."""
    texts = page_texts()
    items = [live_item(db_path, n, texts[n % len(texts)]) for n in range(1, 401)]
    pipeline, _ = pipeline_for(db_path)
    pipeline.process_item(items[0])            # the snapshot and the language resources load once
    started = time.perf_counter()
    for item in items[1:]:
        pipeline.process_item(item)
    per_item = (time.perf_counter() - started) / (len(items) - 1)
    pipeline.close_spider()
    pipeline.spider_closed()
    assert per_item < 0.010, f"{per_item * 1000:.2f} ms per record"


def test_the_profile_is_current_after_the_run(db_path):
    pipeline, _ = pipeline_for(db_path)
    item = pipeline.process_item(live_item(db_path, 5, "My dog pulls on the leash; this guide helped."))
    store = Store(db_path)
    store.insert_checks([item])                   # what the SQLite pipeline does, before scoring closes
    store.close()
    pipeline.close_spider()
    pipeline.spider_closed()
    store = Store(db_path)
    row = store.query("SELECT naturalness, relevance, anchor_type FROM profile_links WHERE link_id = 5")[0]
    assert row == {"naturalness": item["naturalness"], "relevance": item["relevance"], "anchor_type": "partial"}
    assert store.scalar("SELECT links FROM profile_summary WHERE target_site = 'pawsandclaws-blog.com'") > 3000
    store.close()
