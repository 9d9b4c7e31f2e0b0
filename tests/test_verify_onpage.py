"""On-page analysis end to end (issue 3): the themed fixture pages served by
the local web and crawled by ``scrapy crawl verify`` give the values a human
gave them in the analysers' unit tests."""
from __future__ import annotations

import pytest

from crawler.analysis.document import PageDoc
from crawler.urls import parse_target
from tests.conftest import CrawlResult, crawl_settings, run_scrapy, write_links_csv
from tests.test_analysis_context import CONTEXT_CASES
from tests.test_analysis_hidden import HIDDEN_CASES, HIDDEN_PAGE
from tests.test_analysis_pagetype import FIXTURES as PAGE_TYPES
from tests.test_analysis_position import POSITION_CASES, SHOP, fixture_file

pytestmark = pytest.mark.slow

ISSUE3_FIELDS = ("position", "context", "page_type", "link_type", "anchor_type", "hidden", "url_depth")


def target_of(href: str) -> str:
    return href if "://" in href else SHOP + href.lstrip("/")


def only_link_to(url: str, target: str) -> bool:
    """The page has exactly one link matching ``target`` after normalisation
    (tracking-only variants of the home page collapse, so they are left out)."""
    doc = PageDoc.from_html(fixture_file(url).read_text(encoding="utf-8"), url)
    parsed = parse_target(target)
    return sum(1 for a in doc.anchors if a.url and parsed.matches(a.url)) == 1


CASES: dict[tuple[str, str], dict] = {}
for url, href, position in POSITION_CASES:
    CASES.setdefault((url, target_of(href)), {})["position"] = position
for url, href, context in CONTEXT_CASES:
    CASES.setdefault((url, target_of(href)), {})["context"] = context
for ref, reason in HIDDEN_CASES.items():
    CASES.setdefault((HIDDEN_PAGE, f"{SHOP}?ref={ref}"), {})["hidden"] = reason is not None
CASES = {key: value for key, value in CASES.items() if only_link_to(*key)}


@pytest.fixture(scope="module")
def onpage_run(web, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("onpage")
    rows = [{"source_url": url, "target_url": target} for url, target in CASES]
    rows += [{"source_url": url, "target_url": "https://www.nowhere-linked-shop.com/"} for url, _, _ in PAGE_TYPES]
    settings = crawl_settings(web, tmp / "db.sqlite", BACKLINKS_SCORING_ENABLED=0, BACKLINKS_CONFIRM_LOST=0)
    process = run_scrapy(["crawl", "verify", "-a", f"input={write_links_csv(tmp / 'l.csv', rows)}"], settings)
    assert process.returncode == 0, process.stderr[-3000:]
    return CrawlResult(0, process.stdout, process.stderr, tmp / "db.sqlite")


def test_enough_cases():
    assert len(CASES) >= 80


def test_every_issue3_field_is_filled_on_every_live_link(onpage_run):
    live = [c for c in onpage_run.checks() if c["status"] == "live"]
    assert len(live) == len(CASES)
    for check in live:
        assert all(check[field] is not None for field in ISSUE3_FIELDS), check


def test_human_values_end_to_end(onpage_run):
    checks = {(c["source_url"], c["target_url"]): c for c in onpage_run.checks()}
    wrong = [(key, field, checks[key][field], value) for key, expected in CASES.items()
             for field, value in expected.items() if checks[key][field] != value]
    assert wrong == []


def test_page_types_end_to_end(onpage_run):
    checks = {c["source_url"]: c for c in onpage_run.checks()
              if c["target_url"] == "https://www.nowhere-linked-shop.com/"}
    assert {url: checks[url]["page_type"] for url, _, _ in PAGE_TYPES} == {url: kind for url, _, kind in PAGE_TYPES}
