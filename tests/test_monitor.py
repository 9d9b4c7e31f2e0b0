"""crawler.monitor: link states over nightly runs, changes written in the
checks' transaction."""
from __future__ import annotations

import pytest

from crawler.db import Store, record_to_row, utcnow
from crawler.items import empty_record
from crawler.monitor import LinkUpdate, next_link_state, record_changes

N = 3  # BACKLINKS_LOST_AFTER_ERRORS


# ------------------------------------------------------------ the pure rule
def rec(status, reason=None, at="2024-05-02T02:00:00+00:00"):
    return {"status": status, "reason": reason, "checked_at": at}


def test_live_resets_everything_and_stamps_last_live():
    update = next_link_state({"status": "error", "reason": "timeout", "error_streak": 2}, rec("live"), N)
    assert update == LinkUpdate("live", None, 0, rec("live")["checked_at"], rec("live")["checked_at"])


def test_errors_count_until_the_threshold():
    link = {"status": "live", "error_streak": 0, "last_live": "t0"}
    states = []
    for _ in range(4):
        update = next_link_state(link, rec("error", "server_error"), N)
        states.append((update.status, update.error_streak, update.lost_by_errors))
        link = {"status": update.status, "reason": update.reason, "error_streak": update.error_streak,
                "last_live": update.last_live}
    assert states == [("error", 1, False), ("error", 2, False), ("lost", 3, True), ("lost", 4, False)]
    assert link["last_live"] == "t0"
    assert link["reason"] == "server_error"


@pytest.mark.parametrize("reason", ["blocked", "robots_disallowed"])
def test_blocked_and_robots_neither_count_nor_reset(reason):
    update = next_link_state({"status": "error", "error_streak": 2}, rec("error", reason), N)
    assert (update.status, update.reason, update.error_streak, update.lost_by_errors) == ("error", reason, 2, False)
    many = {"status": "error", "error_streak": 2}
    for _ in range(10):
        many = next_link_state(many, rec("error", reason), N).__dict__
    assert many["status"] == "error"


def test_confirmed_loss_resets_the_streak_and_keeps_last_live():
    update = next_link_state({"status": "error", "error_streak": 2, "last_live": "t0"}, rec("lost", "link_removed"), N)
    assert (update.status, update.reason, update.error_streak, update.last_live) == ("lost", "link_removed", 0, "t0")
    assert not update.lost_by_errors


def test_an_error_on_a_lost_link_keeps_it_lost_with_its_reason():
    update = next_link_state({"status": "lost", "reason": "link_removed", "error_streak": 0}, rec("error", "timeout"), N)
    assert (update.status, update.reason, update.lost_by_errors) == ("lost", "link_removed", False)


def test_zero_turns_loss_by_errors_off():
    update = next_link_state({"status": "error", "error_streak": 50}, rec("error", "timeout"), 0)
    assert (update.status, update.lost_by_errors) == ("error", False)


def test_new_link_first_check():
    assert next_link_state(None, rec("error", "dns_error"), 1).lost_by_errors
    assert next_link_state({}, rec("live"), N).status == "live"


# ------------------------------------------------------------ with SQLite
@pytest.fixture
def store(tmp_path):
    s = Store(str(tmp_path / "monitor.db"))
    yield s
    s.close()


def add_link(store, source, target="https://www.mytarget-shop.com/") -> int:
    cursor = store.conn.execute(
        "INSERT INTO links (source_url, target_url, source_key, first_seen) VALUES (?, ?, ?, ?)",
        [source, target, source, utcnow()],
    )
    return cursor.lastrowid


def check(link_id, status, reason=None, **fields):
    record = empty_record(status=status, reason=reason, source_url=f"https://s{link_id}.example/",
                          target_url="https://www.mytarget-shop.com/", checked_at=utcnow())
    record["link_id"] = link_id
    if status == "live":
        record.update({"nofollow": False, "anchor_text": "my shop", "position": "content",
                       "final_url": f"https://s{link_id}.example/", "indexable": True, "http_status": 200})
    record.update(fields)
    return record


def night(store, records) -> int:
    run_id = store.start_run(input=None, target=None, scope="all")
    for record in records:
        record["run_id"] = run_id
    store.insert_checks(records, after_insert=lambda rows: record_changes(store, run_id, rows, N))
    store.finish_run(run_id)
    return run_id


def changes_of(store, run_id):
    return [(r["link_id"], r["kind"], r["before"], r["after"]) for r in store.query(
        "SELECT * FROM changes WHERE run_id = ? ORDER BY id", [run_id])]


def link(store, link_id):
    return store.query("SELECT * FROM links WHERE id = ?", [link_id])[0]


def test_three_nights(store):
    a, b, c = (add_link(store, f"https://www.site{i}-blog.com/post/") for i in range(3))
    r1 = night(store, [check(a, "live"), check(b, "live"), check(c, "live")])
    assert changes_of(store, r1) == [(a, "new", None, "live"), (b, "new", None, "live"), (c, "new", None, "live")]
    assert link(store, a)["status"] == "live" and link(store, a)["last_live"]

    r2 = night(store, [check(a, "lost", "link_removed"), check(b, "live", nofollow=True, rel="nofollow"),
                       check(c, "error", "server_error")])
    assert changes_of(store, r2) == [
        (a, "lost", "live", "link_removed"),
        (b, "became_nofollow", "follow", "rel=nofollow"),
        (c, "page_error", "live", "server_error"),
    ]
    assert (link(store, c)["status"], link(store, c)["error_streak"]) == ("error", 1)

    r3 = night(store, [check(a, "live"), check(b, "live", nofollow=True, rel="nofollow"), check(c, "live")])
    assert changes_of(store, r3) == [(a, "recovered", "link_removed", "live")]
    assert [link(store, i)["status"] for i in (a, b, c)] == ["live", "live", "live"]
    assert link(store, c)["error_streak"] == 0


def test_flapping_server_never_loses_the_link(store):
    a = add_link(store, "https://www.flaky-forum.net/t/1")
    statuses = []
    for n in range(8):
        run = night(store, [check(a, "error", "server_error") if n % 2 else check(a, "live")])
        statuses.extend(k for _, k, _, _ in changes_of(store, run))
    assert "lost" not in statuses
    assert statuses.count("page_error") == 4


def test_lost_after_three_failing_runs_once(store):
    a = add_link(store, "https://www.down-for-good.org/links")
    night(store, [check(a, "live")])
    kinds = []
    for _ in range(5):
        run = night(store, [check(a, "error", "timeout")])
        kinds.append([k for _, k, _, _ in changes_of(store, run)])
    assert kinds == [["page_error"], [], ["lost"], [], []]
    row = link(store, a)
    assert (row["status"], row["reason"], row["error_streak"]) == ("lost", "timeout", 5)
    # the record itself keeps its error status (SPEC)
    assert store.scalar("SELECT COUNT(*) FROM checks WHERE link_id = ? AND status = 'lost'", [a]) == 0
    run = night(store, [check(a, "live")])
    assert changes_of(store, run) == [(a, "recovered", "timeout", "live")]


def test_blocked_nights_never_make_a_loss(store):
    a = add_link(store, "https://www.cloudwall-news.com/a")
    night(store, [check(a, "live")])
    for _ in range(6):
        run = night(store, [check(a, "error", "blocked")])
    assert link(store, a)["status"] == "error"
    assert changes_of(store, run) == []


def test_attributes_compare_with_the_last_live_check_across_an_error_night(store):
    a = add_link(store, "https://www.garden-notes.co.uk/roses/")
    night(store, [check(a, "live")])
    night(store, [check(a, "error", "timeout")])
    run = night(store, [check(a, "live", position="footer")])
    assert changes_of(store, run) == [(a, "moved", "content", "footer")]


def test_duplicate_link_in_a_run_is_judged_once(store):
    a = add_link(store, "https://www.twice-listed.com/")
    night(store, [check(a, "live")])
    run = store.start_run(input=None, target=None, scope="all")
    first, second = check(a, "error", "timeout", run_id=run), check(a, "error", "timeout", run_id=run)
    store.insert_checks([first, second], after_insert=lambda rows: record_changes(store, run, rows, N))
    third = check(a, "error", "timeout", run_id=run)
    store.insert_checks([third], after_insert=lambda rows: record_changes(store, run, rows, N))
    assert changes_of(store, run) == [(a, "page_error", "live", "timeout")]
    assert link(store, a)["error_streak"] == 1


def test_rows_without_link_are_skipped(store):
    run = store.start_run(input="x.csv", target=None, scope=None)
    record = check(None, "error", "invalid_input", run_id=run)
    store.insert_checks([record], after_insert=lambda rows: record_changes(store, run, rows, N))
    assert changes_of(store, run) == []


def test_a_batch_costs_a_fixed_number_of_queries(store):
    ids = [add_link(store, f"https://www.bulk{i}-site.com/") for i in range(300)]
    night(store, [check(i, "live") for i in ids])
    statements: list[str] = []
    run = store.start_run(input=None, target=None, scope="all")
    records = [check(i, "lost", "link_removed", run_id=run) for i in ids]
    store.conn.set_trace_callback(statements.append)
    written = record_changes(store, run, [record_to_row(r) for r in records], N)
    store.conn.set_trace_callback(None)
    assert len(written) == 300
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3


def test_changes_roll_back_with_the_checks(store):
    a = add_link(store, "https://www.rollback-test.com/")
    night(store, [check(a, "live")])
    run = store.start_run(input=None, target=None, scope="all")

    def failing(rows):
        record_changes(store, run, rows, N)
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        store.insert_checks([check(a, "lost", "link_removed", run_id=run)], after_insert=failing)
    assert changes_of(store, run) == []
    assert link(store, a)["status"] == "live"
