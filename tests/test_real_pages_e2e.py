"""Real article pages (../shared/pages) served end to end under their own URLs.

For each page, one link whose text stands in the human-annotated article body
(a ``content`` link) and one link outside it (menus, footers, related stories)
become backlinks to verify; the crawl must find both live, put the first in
``content`` and the second elsewhere, call every page an ``article`` and tell
its language.
"""
from __future__ import annotations

import gzip
import json
from urllib.parse import urlsplit

import pytest

from crawler.analysis.document import PageDoc
from crawler.analysis.language import detect_language
from crawler.localweb import LocalWeb
from crawler.urls import normalize_url
from tests.conftest import SHARED, CrawlResult, crawl_settings, run_scrapy, write_links_csv

pytestmark = pytest.mark.slow

ARTICLES = SHARED / "pages" / "articles"
#: Pages whose annotated body is not in the language a reader sees: the
#: autoracing.com.br standings are mostly drivers' names, around Portuguese.
LANGUAGE_SEEN = {"www.autoracing.com.br": "pt"}


def pick_links(html: str, url: str, body: str) -> tuple[str | None, str | None]:
    """(a content link's URL, a boilerplate link's URL) of a page, by the
    annotation: long anchor texts inside / outside the article body, whose
    URL appears on the page only with that role."""
    doc = PageDoc.from_html(html, url)
    body = " ".join(body.split())
    roles: dict[str, set[bool]] = {}
    order: list[str] = []
    for anchor in doc.anchors:
        if not anchor.url or normalize_url(anchor.url) == normalize_url(url):
            continue
        if len(anchor.text) < 15:
            roles.setdefault(anchor.url, set()).add(None)
            continue
        roles.setdefault(anchor.url, set()).add(anchor.text in body)
        order.append(anchor.url)
    content = next((u for u in order if roles[u] == {True}), None)
    boiler = next((u for u in order if roles[u] == {False}), None)
    return content, boiler


@pytest.fixture(scope="module")
def real_run(tmp_path_factory):
    truth = json.loads((ARTICLES / "ground-truth.json").read_text())
    pages, rows, expected = {}, [], {}
    for digest, info in truth.items():
        url = info["url"]
        parts = urlsplit(url)
        path = ARTICLES / f"{digest}.html.gz"
        pages[parts.hostname + (parts.path or "/")] = path
        html = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        content, boiler = pick_links(html, url, info["articleBody"])
        language = LANGUAGE_SEEN.get(parts.hostname) or detect_language(info["articleBody"])
        for target, role in ((content, "content"), (boiler, "other")):
            if target:
                rows.append({"source_url": url, "target_url": target})
                expected[(url, target)] = (role, language)
    tmp = tmp_path_factory.mktemp("real")
    web = LocalWeb([tmp], pages=pages).start()
    try:
        settings = crawl_settings(web, tmp / "db.sqlite", ROBOTSTXT_OBEY=0, BACKLINKS_CONFIRM_LOST=0,
                                  BACKLINKS_SCORING_ENABLED=0, DOWNLOAD_TIMEOUT=10)
        process = run_scrapy(["crawl", "verify", "-a", f"input={write_links_csv(tmp / 'l.csv', rows)}"],
                             settings, timeout=300)
    finally:
        web.stop()
    assert process.returncode == 0, process.stderr[-3000:]
    return CrawlResult(0, process.stdout, process.stderr, tmp / "db.sqlite"), expected


def test_every_real_link_is_live_in_an_article(real_run):
    result, expected = real_run
    checks = {(c["source_url"], c["target_url"]): c for c in result.checks()}
    assert len(checks) == len(expected) >= 60
    assert all(c["status"] == "live" for c in checks.values()), \
        [(k, c["status"], c["reason"]) for k, c in checks.items() if c["status"] != "live"]
    assert [k for k, c in checks.items() if c["page_type"] != "article"] == []
    assert [(k, c["language"], expected[k][1]) for k, c in checks.items() if c["language"] != expected[k][1]] == []


def test_position_on_real_pages(real_run):
    result, expected = real_run
    right = 0
    for check in result.checks():
        role = expected[(check["source_url"], check["target_url"])][0]
        right += (check["position"] == "content") == (role == "content")
    accuracy = right / len(expected)
    print(f"position accuracy on real pages, end to end: {accuracy:.1%} of {len(expected)} links")
    assert accuracy >= 0.85
