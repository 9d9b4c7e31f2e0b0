"""The profile tables and views, and the profile facts naturalness reads."""
from __future__ import annotations

import sqlite3

import pytest

from crawler.db import Store
from crawler.profile import ProfileSnapshot, burst_days, profile_migration, record_checks, write_thresholds
from crawler.scoring import DEFAULT_WEIGHTS, make_weights
from crawler.scoring.naturalness import score_naturalness
from crawler.urls import normalize_url, site_of

TARGET = "https://www.pawsandclaws-blog.com/training/loose-leash-walking/"


class Profile:
    """A database with links added the way the spider adds them."""

    def __init__(self, path):
        self.store = Store(str(path))
        profile_migration(self.store.db)
        self.run = self.start_run()

    def start_run(self) -> int:
        self.run = self.store.start_run(input="links.csv", target=None, scope=None)
        return self.run

    def add(self, links):
        """links: (source_url, target_url, expected_anchor) triples."""
        self.store.add_links(self.run, [(s, t, normalize_url(s), site_of(s), anchor, None) for s, t, anchor in links])

    def link_id(self, source, target=TARGET) -> int:
        return self.store.scalar("SELECT id FROM links WHERE source_url = ? AND target_url = ?", [source, target])

    def check(self, source, target=TARGET, **fields):
        record = {"run_id": self.run, "link_id": self.link_id(source, target), "source_url": source,
                  "target_url": target, "checked_at": "2026-03-01T00:00:00+00:00", "status": "live",
                  "signals": [], **fields}
        self.store.insert_checks([record], after_insert=lambda rows: record_checks(self.store.db, rows))
        self.store.conn.execute("UPDATE links SET status = ? WHERE id = ?", [record["status"], record["link_id"]])
        return record

    def facts(self, source, target=TARGET, **record):
        snapshot = ProfileSnapshot(self.store.db)
        return snapshot.facts({"source_url": source, "target_url": target, "link_id": self.link_id(source, target),
                               **record})


@pytest.fixture
def profile(tmp_path):
    p = Profile(tmp_path / "backlinks.db")
    yield p
    p.store.close()


def test_migration_is_safe_twice_and_creates_the_views(profile):
    profile_migration(profile.store.db)
    names = {r["name"] for r in profile.store.query("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"profile_links", "profile_referring_domains", "profile_anchors", "profile_anchor_types",
            "profile_new_links", "profile_summary"} <= names


def test_migration_fills_the_tables_of_an_existing_database(tmp_path):
    store = Store(str(tmp_path / "old.db"))
    run = store.start_run(input=None, target=None, scope=None)
    source = "https://blog.hundefreunde.de/leine/"
    store.add_links(run, [(source, TARGET, normalize_url(source), site_of(source), None, None)])
    link_id = store.scalar("SELECT id FROM links")
    store.insert_checks([{"run_id": run, "link_id": link_id, "source_url": source, "target_url": TARGET,
                          "status": "live", "anchor_text": "Leinenführigkeit", "anchor_type": "other",
                          "nofollow": False, "language": "de", "naturalness": 80, "relevance": 70,
                          "signals": []}])
    profile_migration(store.db)
    row = store.query("SELECT * FROM profile_links")[0]
    assert (row["target_site"], row["referring_domain"], row["country"]) == ("pawsandclaws-blog.com", "hundefreunde.de", "de")
    assert (row["anchor_text"], row["language"], row["naturalness"]) == ("Leinenführigkeit", "de", 80)
    store.close()


def test_views_count_as_the_audit_does(profile):
    sources = [f"https://www.dogwalkers{i}.com/post/" for i in range(6)]
    profile.add([(s, TARGET, None) for s in sources])
    profile.check(sources[0], anchor_text="Paws & Claws", anchor_type="brand", nofollow=False, language="en",
                  naturalness=90, relevance=85)                                 # quality
    profile.check(sources[1], anchor_text="Paws & Claws", anchor_type="brand", nofollow=True, language="en",
                  naturalness=90, relevance=85)                                 # natural, relevant, nofollow
    profile.check(sources[2], anchor_text="best dog leash", anchor_type="exact", nofollow=False, language="en",
                  naturalness=20, relevance=10)                                 # negative
    profile.check(sources[3], anchor_text="click here", anchor_type="generic", nofollow=False, language="en",
                  naturalness=70, relevance=30)                                 # natural, not relevant
    profile.check(sources[4], status="lost", reason="link_removed")
    profile.check(sources[5], status="error", reason="timeout")
    summary = profile.store.query("SELECT * FROM profile_summary")[0]
    assert summary["target_site"] == "pawsandclaws-blog.com"
    assert (summary["links"], summary["live"], summary["lost"], summary["error"]) == (6, 4, 1, 1)
    assert (summary["quality"], summary["natural"], summary["relevant"], summary["negative"]) == (1, 3, 2, 1)
    assert summary["follow"] == 3 and summary["referring_domains"] == 6

    types = {r["anchor_type"]: (r["links"], r["share"]) for r in profile.store.query("SELECT * FROM profile_anchor_types")}
    assert types == {"brand": (2, 0.5), "exact": (1, 0.25), "generic": (1, 0.25)}
    top = profile.store.query("SELECT * FROM profile_anchors ORDER BY rank")[0]
    assert (top["anchor"], top["links"], top["rank"]) == ("paws & claws", 2, 1)

    domain = profile.store.query("SELECT * FROM profile_referring_domains WHERE referring_domain = 'dogwalkers1.com'")[0]
    assert (domain["links"], domain["live_links"], domain["follow_share"], domain["language"]) == (1, 1, 0.0, "en")


def test_view_thresholds_follow_the_settings(profile):
    source = "https://www.dogwalkers.com/a/"
    profile.add([(source, TARGET, None)])
    profile.check(source, anchor_text="x", anchor_type="other", nofollow=False, naturalness=55, relevance=55)
    assert profile.store.scalar("SELECT natural FROM profile_summary") == 0
    write_thresholds(profile.store.db, make_weights({"natural_min": 50}))
    assert profile.store.scalar("SELECT natural FROM profile_summary") == 1


def test_lost_links_keep_their_last_live_facts(profile):
    source = "https://www.dogwalkers.com/a/"
    profile.add([(source, TARGET, None)])
    profile.check(source, anchor_text="Paws & Claws", anchor_type="brand", nofollow=False, naturalness=90)
    profile.check(source, status="lost", reason="link_removed")
    row = profile.store.query("SELECT status, anchor_text, naturalness FROM profile_links")[0]
    assert row == {"status": "lost", "anchor_text": "Paws & Claws", "naturalness": 90}


def test_sitewide_links_from_one_domain(profile):
    pages = [f"https://blog.dogtoys-shop.com/page-{i}/" for i in range(12)]
    profile.add([(p, TARGET, None) for p in pages])
    facts = profile.facts(pages[0], anchor_text="Paws & Claws")
    assert (facts.domain_links, facts.domain_pages, facts.page_links) == (12, 12, 1)
    footer = score_naturalness({"position": "footer", "context": "link_list"}, profile=facts)
    content = score_naturalness({"position": "content", "context": "editorial"}, profile=facts)
    assert "sitewide_link" in footer.signals and "many_links_from_domain" not in footer.signals
    assert "sitewide_link" not in content.signals and "many_links_from_domain" not in content.signals


def test_many_links_from_one_domain_and_one_page(profile):
    pages = [f"https://www.dogforum.net/thread-{i}/" for i in range(25)]
    targets = [TARGET, "https://www.pawsandclaws-blog.com/", "https://www.pawsandclaws-blog.com/about/"]
    profile.add([(p, TARGET, None) for p in pages] + [(pages[0], t, None) for t in targets[1:]])
    facts = profile.facts(pages[0])
    assert (facts.domain_links, facts.domain_pages, facts.page_links) == (27, 25, 3)
    score = score_naturalness({"position": "content", "context": "forum_post"}, profile=facts)
    assert {"many_links_from_domain", "many_links_from_page"} <= set(score.signals)


def test_repeated_keyword_anchor(profile):
    sources = [f"https://www.site{i}.com/p/" for i in range(20)]
    profile.add([(s, TARGET, "best dog leash" if i < 8 else f"Paws & Claws {i}") for i, s in enumerate(sources)])
    facts = profile.facts(sources[0], anchor_text="Best  Dog Leash")
    assert (facts.anchor_links, facts.anchored_links) == (8, 20)
    assert "repeated_anchor" in score_naturalness({"anchor_type": "exact"}, profile=facts).signals
    # brand anchors repeat naturally
    assert "repeated_anchor" not in score_naturalness({"anchor_type": "brand"}, profile=facts).signals
    # the checked anchor replaces the expected one, and the link counts once
    profile.check(sources[0], anchor_text="Paws & Claws", anchor_type="brand")
    facts = profile.facts(sources[0], anchor_text="best dog leash")
    assert (facts.anchor_links, facts.anchored_links) == (8, 20)
    facts = profile.facts(sources[0], anchor_text="Paws & Claws")
    assert facts.anchor_links == 1


def test_foreign_country_and_language_clusters(profile):
    target = "https://www.hundeschule-berlin.de/kurse/"
    ru = [f"https://www.sobaki{i}.ru/stat/" for i in range(12)]
    de = [f"https://www.hunde{i}.de/blog/" for i in range(18)]
    profile.add([(s, target, None) for s in ru + de])
    for s in ru:
        profile.check(s, target, language="ru", anchor_text="x", anchor_type="other")
    for s in de:
        profile.check(s, target, language="de", anchor_text="x", anchor_type="other")
    facts = profile.facts(ru[0], target, language="ru")
    assert (facts.country, facts.target_country, facts.country_links, facts.site_links) == ("ru", "de", 12, 30)
    assert (facts.language_links, facts.languaged_links) == (12, 30)
    score = score_naturalness({"language": "ru"}, profile=facts, target_language="de")
    assert {"foreign_cctld", "foreign_cctld_cluster", "foreign_language_site", "foreign_language_cluster"} <= set(score.signals)
    german = score_naturalness({"language": "de"}, profile=profile.facts(de[0], target, language="de"), target_language="de")
    assert not {"foreign_cctld", "foreign_cctld_cluster", "foreign_language_site"} & set(german.signals)


def test_a_single_foreign_link_is_no_cluster(profile):
    target = "https://www.hundeschule-berlin.de/kurse/"
    sources = [f"https://www.hunde{i}.de/blog/" for i in range(20)] + ["https://www.dogs.co.uk/x/"]
    profile.add([(s, target, None) for s in sources])
    score = score_naturalness({"language": "en"}, profile=profile.facts(sources[-1], target, language="en"),
                              target_language="de")
    assert "foreign_cctld" in score.signals and "foreign_cctld_cluster" not in score.signals


def test_link_burst_after_the_first_run(profile):
    profile.add([(f"https://www.base{i}.com/", TARGET, None) for i in range(200)])      # first import: no burst
    conn = profile.store.conn
    conn.execute("UPDATE links SET first_seen = '2026-03-01T10:00:00+00:00'")
    steady_run = profile.start_run()
    for day in range(2, 12):
        profile.add([(f"https://www.steady{day}-{i}.com/", TARGET, None) for i in range(2)])
        conn.execute("UPDATE links SET first_seen = ? WHERE first_seen_run = ? AND first_seen > '2026-04'",
                     [f"2026-03-{day:02d}T10:00:00+00:00", steady_run])
    burst_run = profile.start_run()
    profile.add([(f"https://www.burst{i}.com/", TARGET, None) for i in range(40)])
    conn.execute("UPDATE links SET first_seen = '2026-03-12T09:00:00+00:00' WHERE first_seen_run = ?", [burst_run])
    assert profile.facts("https://www.burst0.com/").burst
    assert not profile.facts("https://www.steady5-0.com/").burst
    assert not profile.facts("https://www.base0.com/").burst
    assert "link_burst" in score_naturalness({}, profile=profile.facts("https://www.burst3.com/")).signals


def test_burst_days_rule():
    w = DEFAULT_WEIGHTS
    assert burst_days({"2026-03-05": 19}, "2026-03-01", w) == frozenset()          # below the minimum
    assert burst_days({"2026-03-05": 20}, "2026-03-01", w) == {"2026-03-05"}
    steady = {f"2026-03-{d:02d}": 10 for d in range(2, 20)}
    assert burst_days({**steady, "2026-03-20": 30}, "2026-03-01", w) == frozenset()  # 3x the usual rate
    assert burst_days({**steady, "2026-03-20": 60}, "2026-03-01", w) == {"2026-03-20"}
    assert burst_days({"2026-03-01": 500}, "2026-03-01", w) == frozenset()         # the first import
    assert burst_days({"2026-03-05": 99}, None, w) == frozenset()


def test_the_snapshot_does_not_move_during_the_run(profile):
    sources = [f"https://www.site{i}.com/p/" for i in range(10)]
    profile.add([(s, TARGET, None) for s in sources])
    snapshot = ProfileSnapshot(profile.store.db)
    record = {"source_url": sources[0], "target_url": TARGET, "link_id": profile.link_id(sources[0]),
              "anchor_text": "best dog leash", "language": "en"}
    before = snapshot.facts(record)
    for s in sources[1:]:      # the run writes its checks meanwhile
        profile.check(s, anchor_text="best dog leash", anchor_type="exact", language="en")
    profile.add([("https://www.late.com/", TARGET, None)])
    assert snapshot.facts(record) == before
    assert before.anchor_links == 1 and before.site_links == 10


def test_a_link_unknown_to_the_database_still_gets_facts(profile):
    profile.add([("https://www.site0.com/p/", TARGET, None), ("https://www.site1.com/p/", TARGET, None)])
    snapshot = ProfileSnapshot(profile.store.db)
    facts = snapshot.facts({"source_url": "https://new.example.org/x", "target_url": TARGET, "link_id": None})
    assert facts.target_site == "pawsandclaws-blog.com"
    assert (facts.site_links, facts.domain_links, facts.domain_pages, facts.page_links) == (3, 1, 1, 1)


def test_snapshot_of_ten_thousand_links_is_fast(profile):
    import time
    rows = [(f"https://www.site{i % 700}.com/page-{i}/", f"https://www.target{i % 3}.com/", f"anchor {i % 50}")
            for i in range(10_000)]
    profile.add(rows)
    started = time.perf_counter()
    snapshot = ProfileSnapshot(profile.store.db)
    built = time.perf_counter() - started
    started = time.perf_counter()
    links = profile.store.query("SELECT id, source_url, target_url FROM links LIMIT 500")
    for link in links:
        snapshot.facts({"link_id": link["id"], "source_url": link["source_url"], "target_url": link["target_url"],
                        "anchor_text": "anchor 7", "language": "en"})
    per_item = (time.perf_counter() - started) / len(links)
    assert built < 5.0 and per_item < 0.002, (built, per_item)


def test_profile_tables_are_plain_sqlite(profile, tmp_path):
    """Other tools read the views without the verifier's Python functions."""
    source = "https://www.dogwalkers.com/a/"
    profile.add([(source, TARGET, None)])
    profile.check(source, anchor_text="Paws & Claws", anchor_type="brand", nofollow=False)
    conn = sqlite3.connect(profile.store.path)
    assert conn.execute("SELECT COUNT(*) FROM profile_anchors").fetchone()[0] == 1
    conn.close()


def test_refresh_reads_only_new_checks(profile):
    from crawler.profile import refresh_profile
    source = "https://www.dogwalkers.com/a/"
    profile.add([(source, TARGET, None)])
    link_id = profile.link_id(source)
    write = profile.store.insert_checks          # written without record_checks
    write([{"run_id": profile.run, "link_id": link_id, "source_url": source, "target_url": TARGET,
            "status": "live", "anchor_text": "first", "anchor_type": "other", "signals": []}])
    write([{"run_id": profile.run, "link_id": link_id, "source_url": source, "target_url": TARGET,
            "status": "live", "anchor_text": "second", "anchor_type": "other", "signals": []}])
    write([{"run_id": profile.run, "link_id": link_id, "source_url": source, "target_url": TARGET,
            "status": "lost", "reason": "link_removed", "signals": []}])
    refresh_profile(profile.store.db)
    assert profile.store.scalar("SELECT anchor_text FROM link_facts WHERE link_id = ?", [link_id]) == "second"
    last = profile.store.scalar("SELECT value FROM profile_state WHERE name = 'facts_check_id'")
    assert last == profile.store.scalar("SELECT MAX(id) FROM checks")
    profile.store.conn.execute("UPDATE link_facts SET anchor_text = 'kept'")
    refresh_profile(profile.store.db)             # nothing new: nothing re-read
    assert profile.store.scalar("SELECT anchor_text FROM link_facts") == "kept"
