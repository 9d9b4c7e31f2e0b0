"""Scores end to end: ``scrapy crawl verify`` over four labelled pages served
by the local web (``tests/scoring_fixtures/make_fixtures.py`` copies them
there), then the profile views."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

TARGET = "https://www.pawsandclaws-blog.com/training/loose-leash-walking/"
PAGES = {
    "editorial": "https://www.happytails-dogschool.com/blog/teaching-a-reliable-recall/",
    "smartphone": "https://www.gadgetpulse-reviews.com/reviews/nova-x5-smartphone-review/",
    "footer": "https://www.rankrocket-seo.com/services/link-building/",
    "spam": "https://www.megadeals-247shop.net/best-offers-today.html",
}


def test_scores_in_every_live_record_and_the_profile_after_the_run(verify):
    rows = [{"source_url": url, "target_url": TARGET} for url in PAGES.values()]
    rows.append({"source_url": "https://www.happytails-dogschool.com/blog/gone/", "target_url": TARGET})
    result = verify(rows)
    assert result.returncode == 0, result.stderr[-3000:]
    checks = {c["source_url"]: c for c in result.checks()}
    for url in PAGES.values():
        check = checks[url]
        assert check["status"] == "live", (url, check["status"], check["reason"])
        assert isinstance(check["naturalness"], int) and 0 <= check["naturalness"] <= 100
        assert isinstance(check["relevance"], int) and 0 <= check["relevance"] <= 100
    gone = checks["https://www.happytails-dogschool.com/blog/gone/"]
    assert gone["status"] != "live" and gone["naturalness"] is None and gone["relevance"] is None

    editorial, footer, spam = checks[PAGES["editorial"]], checks[PAGES["footer"]], checks[PAGES["spam"]]
    assert "footer_link" in footer["signals"]
    assert "spam_terms" in spam["signals"]
    assert editorial["naturalness"] > footer["naturalness"]
    assert editorial["naturalness"] > spam["naturalness"]
    # the spider hands the page and target texts over: the smartphone review is off topic
    smartphone = checks[PAGES["smartphone"]]
    assert editorial["relevance"] >= 70 and smartphone["relevance"] < 35
    assert "off_topic" in smartphone["signals"]

    summary = list(result.db.query("SELECT * FROM profile_summary"))
    assert [(s["target_site"], s["links"], s["live"]) for s in summary] == [("pawsandclaws-blog.com", 5, 4)]
    domains = {r["referring_domain"] for r in result.db.query("SELECT * FROM profile_referring_domains")}
    assert "rankrocket-seo.com" in domains
    scored = list(result.db.query("SELECT naturalness FROM profile_links WHERE status = 'live'"))
    assert len(scored) == 4 and all(r["naturalness"] is not None for r in scored)
