"""End to end: ``scrapy crawl verify`` against the local web (issue 2)."""
from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow

T = "https://www.happypaws-shop.com/dog-food/grain-free/"
C = "https://www.catcorner.net"


@pytest.fixture(scope="module")
def core_run(web, tmp_path_factory):
    """One crawl over every case of the taxonomy (shared by the tests below)."""
    from tests.conftest import CrawlResult, crawl_settings, run_scrapy, write_links_csv

    tmp = tmp_path_factory.mktemp("core")
    rows = [
        {"source_url": "https://www.dogtrainingdiary.com/blog/2024/05/puppy-first-week/", "target_url": T,
         "anchor": "grain-free dog food", "notes": "guest post, paid 2024"},
        # same page again with another target, and an exact duplicate row
        {"source_url": "https://www.dogtrainingdiary.com/blog/2024/05/puppy-first-week/",
         "target_url": "https://www.happypaws-shop.com/", "anchor": ""},
        {"source_url": "https://www.dogtrainingdiary.com/blog/2024/05/puppy-first-week/", "target_url": T,
         "anchor": "grain-free dog food", "notes": "duplicate row"},
        {"source_url": "https://www.dogtrainingdiary.com/blog/2024/06/leash-training/", "target_url": T},
        {"source_url": "https://www.dailypetnews.co.uk/features/best-dog-gear.html", "target_url": T},
        {"source_url": f"{C}/meta-nofollow.html", "target_url": T},
        {"source_url": f"{C}/header-nofollow.html", "target_url": T},
        {"source_url": f"{C}/googlebot-nofollow.html", "target_url": T},
        {"source_url": f"{C}/removed.html", "target_url": T},
        {"source_url": f"{C}/deleted-post/", "target_url": T},
        {"source_url": f"{C}/_/status/410", "target_url": T},
        {"source_url": f"{C}/old-post", "target_url": T},
        {"source_url": f"{C}/moved-article", "target_url": T},
        {"source_url": f"{C}/_/meta-refresh?to=/moved-post/", "target_url": T},
        {"source_url": f"{C}/files/brochure.pdf", "target_url": T},
        {"source_url": f"{C}/_/binary", "target_url": T},
        {"source_url": f"{C}/several-links.html", "target_url": T, "anchor": "grain-free kibble"},
        {"source_url": f"{C}/_/status/500", "target_url": T},
        {"source_url": f"{C}/_/status/403", "target_url": T},
        {"source_url": f"{C}/_/status/401", "target_url": T},
        {"source_url": f"{C}/_/retry-after?s=3600", "target_url": T},
        {"source_url": f"{C}/_/challenge", "target_url": T},
        {"source_url": f"{C}/_/hang", "target_url": T},
        {"source_url": f"{C}/_/loop", "target_url": T},
        {"source_url": f"{C}/_/huge?mb=12", "target_url": T},
        {"source_url": f"{C}/_/huge?mb=12&length=0", "target_url": T},
        {"source_url": f"{C}/_/gzipbomb", "target_url": T},
        {"source_url": "https://www.catcorner.net:80/tls-to-plain-port", "target_url": T},
        {"source_url": "http://blog.nxdomain.test/post", "target_url": T},
        {"source_url": "http://refused.test/post", "target_url": T},
        {"source_url": "https://www.privatepets.org/private/members.html", "target_url": T},
        {"source_url": "https://www.terrier-talk.com/forum/best-food.html", "target_url": "happypaws-shop.com",
         "anchor": "Happy Paws"},
        {"source_url": "https://www.sobaki-forum.ru/korm.html", "target_url": T},
        {"source_url": "https://www.inu-blog.jp/gohan.html", "target_url": T},
        {"source_url": "https://www.gou-blog.cn/gouliang.html", "target_url": T},
        {"source_url": "https://www.skylia-blog.gr/trofi.html", "target_url": T},
        {"source_url": "http://www.oldpetsite.com/links.htm", "target_url": T},
        {"source_url": "ftp://files.example.org/links.txt", "target_url": T},
        {"source_url": "", "target_url": T},
    ]
    csv_path = write_links_csv(tmp / "links.csv", rows)
    db = tmp / "core.db"
    web.reset()
    settings = crawl_settings(web, db, DOWNLOAD_TIMEOUT=3, BACKLINKS_RETRY_AFTER_MAX=5,
                              BACKLINKS_SCORING_ENABLED=0)
    process = run_scrapy(["crawl", "verify", "-a", f"input={csv_path}", "-O", str(tmp / "out.jsonl")],
                         settings)
    result = CrawlResult(process.returncode, process.stdout, process.stderr, db)
    result.feed = tmp / "out.jsonl"
    result.requests = list(web.requests)
    assert process.returncode == 0, process.stderr[-5000:]
    return result


def test_every_row_gets_one_record(core_run):
    checks = core_run.checks()
    # 39 rows: one exact duplicate collapses; two unusable rows still get records
    assert len(checks) == 38
    run = core_run.db.execute("SELECT finished_at, total, live, lost, error FROM runs").fetchone()
    assert run[0] is not None and run[1] == 38


def test_live_follow_link_in_content(core_run):
    c = core_run.check("https://www.dogtrainingdiary.com/blog/2024/05/puppy-first-week/", T)
    assert c["status"] == "live" and c["reason"] is None
    assert c["http_status"] == 200 and c["https"] is True and c["redirects"] == []
    assert c["anchor_text"] == "grain-free dog food"
    assert c["nofollow"] is False and c["rel"] is None and c["ugc"] is False and c["sponsored"] is False
    assert c["links_to_target"] == 1 and c["link_type"] == "text" and c["rendered"] is False
    assert c["title"] == "Our puppy's first week at home" and c["html_lang"] == "en"
    assert c["language"] == "en" and c["referring_domain"] == "dogtrainingdiary.com"
    assert c["url_depth"] == 4 and c["indexable"] is True
    assert "anchor_mismatch" not in c["signals"]
    assert c["checked_at"].endswith("+00:00")
    # the same page's other target: checked from the same response
    home = core_run.check("https://www.dogtrainingdiary.com/blog/2024/05/puppy-first-week/",
                          "https://www.happypaws-shop.com/")
    assert home["status"] == "lost" and home["reason"] == "link_removed" and home["links_to_target"] == 0


def test_each_linking_page_fetched_once_plus_confirmation(core_run):
    fetches = [r for r in core_run.requests if r[0] == "www.dogtrainingdiary.com"
               and r[1] == "/blog/2024/05/puppy-first-week/"]
    # one fetch for both targets, one more to confirm the missing home-page link
    assert len(fetches) == 2
    leash = [r for r in core_run.requests if r[1] == "/blog/2024/06/leash-training/"]
    assert len(leash) == 1
    assert all("BacklinkVerifier" in r[2] for r in core_run.requests)


def test_rel_tokens_commas_and_case(core_run):
    c = core_run.check("https://www.dailypetnews.co.uk/features/best-dog-gear.html", T)
    assert c["status"] == "live"
    assert c["rel"] == "nofollow sponsored" and c["sponsored"] is True and c["nofollow"] is True
    assert "nofollow_rel" in c["signals"] and c["referring_domain"] == "dailypetnews.co.uk"
    ugc = core_run.check("https://www.dogtrainingdiary.com/blog/2024/06/leash-training/", T)
    assert ugc["rel"] == "nofollow ugc" and ugc["ugc"] is True and ugc["nofollow"] is True


@pytest.mark.parametrize("page, signal, indexable", [
    ("meta-nofollow.html", "nofollow_meta", False),
    ("header-nofollow.html", "nofollow_header", True),
    ("googlebot-nofollow.html", "nofollow_meta", True),
])
def test_page_level_nofollow(core_run, page, signal, indexable):
    c = core_run.check(f"{C}/{page}", T)
    assert c["status"] == "live" and c["nofollow"] is True and c["rel"] is None
    assert signal in c["signals"] and "nofollow_rel" not in c["signals"]
    assert c["indexable"] is indexable


@pytest.mark.parametrize("source, status, reason, http_status", [
    (f"{C}/removed.html", "lost", "link_removed", 200),
    (f"{C}/deleted-post/", "lost", "page_gone", 404),
    (f"{C}/_/status/410", "lost", "page_gone", 410),
    (f"{C}/old-post", "lost", "page_redirected", 200),
    (f"{C}/files/brochure.pdf", "error", "not_html", 200),
    (f"{C}/_/binary", "error", "not_html", 200),
    (f"{C}/_/status/500", "error", "server_error", 500),
    (f"{C}/_/status/403", "error", "blocked", 403),
    (f"{C}/_/status/401", "error", "blocked", 401),
    (f"{C}/_/retry-after?s=3600", "error", "blocked", 429),
    (f"{C}/_/challenge", "error", "blocked", 403),
    (f"{C}/_/hang", "error", "timeout", None),
    (f"{C}/_/loop", "error", "server_error", None),
    (f"{C}/_/huge?mb=12", "error", "too_large", None),
    (f"{C}/_/huge?mb=12&length=0", "error", "too_large", None),
    (f"{C}/_/gzipbomb", "error", "too_large", None),
    ("https://www.catcorner.net:80/tls-to-plain-port", "error", "tls_error", None),
    ("http://blog.nxdomain.test/post", "error", "dns_error", None),
    ("http://refused.test/post", "error", "connection_error", None),
    ("https://www.privatepets.org/private/members.html", "error", "robots_disallowed", None),
])
def test_taxonomy(core_run, source, status, reason, http_status):
    c = core_run.check(source, T)
    assert (c["status"], c["reason"], c["http_status"]) == (status, reason, http_status)
    for field in ("anchor_text", "rel", "nofollow", "position", "naturalness", "relevance"):
        assert c[field] is None
    if http_status is None:
        assert c["final_url"] is None and c["redirects"] is None and c["links_to_target"] is None


def test_server_errors_are_retried(core_run):
    assert sum(1 for r in core_run.requests if r[1] == "/_/status/500") == 2  # RETRY_TIMES=1


def test_redirects_followed_and_listed(core_run):
    moved = core_run.check(f"{C}/moved-article", T)
    assert moved["status"] == "live" and moved["final_url"] == f"{C}/moved-post/"
    assert moved["redirects"] == [f"{C}/moved-article"]
    refresh = core_run.check(f"{C}/_/meta-refresh?to=/moved-post/", T)
    assert refresh["status"] == "live" and refresh["redirects"][0].endswith("/_/meta-refresh?to=/moved-post/")
    away = core_run.check(f"{C}/old-post", T)
    assert away["final_url"] == f"{C}/blog/new-topic/" and away["redirects"] == [f"{C}/old-post"]
    loop = core_run.check(f"{C}/_/loop", T)
    assert "redirect_loop" in loop["signals"]


def test_best_of_several_links_and_counts(core_run):
    c = core_run.check(f"{C}/several-links.html", T)
    assert c["status"] == "live" and c["links_to_target"] == 2
    assert c["anchor_text"] == "grain-free kibble" and c["nofollow"] is False and c["hidden"] is False
    assert "several_links" in c["signals"] and "anchor_mismatch" not in c["signals"]
    # outbound: 2x happypaws, wikipedia, wordpress.org; internal: brand + 4 menu + 2 recent posts + blog subdomain
    assert c["outbound_links"] == 4
    assert c["internal_links"] == 8
    assert c["canonical_url"] == "https://www.catcorner.net/keep-a-dog-busy/" and c["indexable"] is False


def test_bare_domain_target_and_anchor_mismatch(core_run):
    c = core_run.check("https://www.terrier-talk.com/forum/best-food.html", "happypaws-shop.com")
    assert c["status"] == "live" and c["links_to_target"] == 2
    assert c["anchor_text"] in ("this raw food shop", "Happy Paws")
    assert ("anchor_mismatch" in c["signals"]) == (c["anchor_text"] != "Happy Paws")


@pytest.mark.parametrize("source, anchor, lang", [
    ("https://www.sobaki-forum.ru/korm.html", "беззерновой корм для собак", "ru"),
    ("https://www.inu-blog.jp/gohan.html", "グレインフリーのドッグフード", "ja"),
    ("https://www.gou-blog.cn/gouliang.html", "无谷狗粮", "zh"),
    ("https://www.skylia-blog.gr/trofi.html", "τροφή χωρίς σιτηρά", "el"),
])
def test_charsets(core_run, source, anchor, lang):
    c = core_run.check(source, T)
    assert c["status"] == "live" and c["anchor_text"] == anchor
    assert c["language"] == lang and c["html_lang"] == lang


def test_malformed_markup(core_run):
    c = core_run.check("http://www.oldpetsite.com/links.htm", T)
    assert c["status"] == "live" and c["anchor_text"].startswith("Happy Paws grain free food")


def test_invalid_rows(core_run):
    bad = [c for c in core_run.checks() if c["reason"] == "invalid_input"]
    assert {c["source_url"] for c in bad} == {"ftp://files.example.org/links.txt", ""}
    for c in bad:
        assert c["status"] == "error" and c["http_status"] is None and c["final_url"] is None
    assert "row" in core_run.stderr and "skipped" in core_run.stderr


def test_feed_export_has_the_record_fields(core_run):
    from crawler.items import RECORD_FIELDS

    lines = [json.loads(line) for line in core_run.feed.read_text().splitlines()]
    assert len(lines) == 38
    assert all(list(line) == list(RECORD_FIELDS) for line in lines)


def test_summary_in_log(core_run):
    assert "live" in core_run.stderr and "Database:" in core_run.stderr


def test_progress_and_summary_lines(verify):
    rows = [{"source_url": f"https://slow{i}.catcorner.net/_/delay?s=1.5&p={i}", "target_url": T} for i in range(3)]
    result = verify(rows, BACKLINKS_PROGRESS_INTERVAL=0.5, BACKLINKS_SCORING_ENABLED=0, BACKLINKS_CONFIRM_LOST=0)
    assert result.returncode == 0
    progress = [line for line in result.stderr.splitlines() if "Progress:" in line]
    assert progress and all("/3 pages" in line and "pages/s" in line for line in progress)
    summary = [line for line in result.stderr.splitlines() if "Run 1 finished:" in line]
    assert summary and "3 checked, 0 live, 3 lost, 0 error" in summary[0]
    assert "lost/page_gone: 3" in summary[0] and f"Database: {result.db_path}" in summary[0]


def test_429_waits_for_retry_after_then_checks(verify, web):
    source = f"{C}/_/retry-after?s=1&times=1&key=patient&link={T}"
    web.reset()
    result = verify([{"source_url": source, "target_url": T}], BACKLINKS_SCORING_ENABLED=0)
    c = result.check(source)
    assert (c["status"], c["http_status"]) == ("live", 200)
    assert sum(1 for h, p, _ in web.requests if "key=patient" in p) == 2   # the 429, then the page
