"""crawler.changes: what changed between two checks of one backlink."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crawler.changes import CHANGE_KINDS, MAX_VALUE_CHARS, Change, diff_checks


def live(**fields) -> dict:
    record = {
        "status": "live", "reason": None, "nofollow": False, "rel": None, "signals": [],
        "anchor_text": "dog grooming tips", "position": "content",
        "final_url": "https://www.dogblog.com/post/", "indexable": True, "canonical_url": None,
    }
    record.update(fields)
    return record


def lost(reason="link_removed", **fields) -> dict:
    return {"status": "lost", "reason": reason, **fields}


def error(reason="server_error") -> dict:
    return {"status": "error", "reason": reason}


def kinds(changes: list[Change]) -> list[str]:
    return [c.kind for c in changes]


def test_first_check_is_new_whatever_its_status():
    assert diff_checks(None, live()) == [Change("new", None, "live")]
    assert diff_checks(None, lost()) == [Change("new", None, "lost")]
    assert diff_checks(None, error("timeout")) == [Change("new", None, "error")]


def test_identical_live_checks_change_nothing():
    assert diff_checks(live(), live()) == []


def test_live_to_lost_is_lost_with_the_reason():
    assert diff_checks(live(), lost("page_gone")) == [Change("lost", "live", "page_gone")]


def test_error_to_lost_is_lost():
    assert diff_checks(error(), lost()) == [Change("lost", "error", "link_removed")]


def test_lost_stays_lost_without_a_new_change():
    assert diff_checks(lost(), lost("page_gone")) == []
    assert diff_checks(lost(), error("timeout")) == []


def test_live_to_error_is_a_page_error_not_a_loss():
    assert diff_checks(live(), error("timeout")) == [Change("page_error", "live", "timeout")]


def test_error_to_error_changes_nothing():
    assert diff_checks(error("timeout"), error("server_error")) == []


def test_lost_to_live_is_recovered():
    assert diff_checks(lost("page_gone"), live()) == [Change("recovered", "page_gone", "live")]


def test_error_to_live_is_not_recovered_unless_the_link_was_lost():
    assert diff_checks(error(), live()) == []
    link = {"status": "lost", "reason": "server_error"}
    assert diff_checks(error(), live(), link=link) == [Change("recovered", "server_error", "live")]


def test_lost_link_state_suppresses_a_second_lost():
    link = {"status": "lost", "reason": "timeout"}
    assert diff_checks(error("timeout"), lost("page_gone"), link=link) == []


def test_page_error_is_not_reported_for_a_link_already_lost():
    # previous check live is impossible with a lost link in practice, but the
    # link state wins: a lost link cannot be "at risk"
    assert diff_checks(live(), error(), link={"status": "lost", "reason": "x"}) == []


@pytest.mark.parametrize(
    "before, after, expected",
    [
        (live(nofollow=False), live(nofollow=True, rel="nofollow", signals=["nofollow_rel"]),
         Change("became_nofollow", "follow", "rel=nofollow")),
        (live(nofollow=False), live(nofollow=True, signals=["nofollow_meta"]),
         Change("became_nofollow", "follow", "nofollow_meta")),
        (live(nofollow=True, rel="nofollow ugc"), live(nofollow=False),
         Change("became_follow", "rel=nofollow ugc", "follow")),
        (live(anchor_text="dog grooming tips"), live(anchor_text="click here"),
         Change("anchor_changed", "dog grooming tips", "click here")),
        (live(position="content"), live(position="footer"), Change("moved", "content", "footer")),
        (live(final_url="https://a.com/x"), live(final_url="https://a.com/y"),
         Change("moved", "https://a.com/x", "https://a.com/y")),
        (live(indexable=True), live(indexable=False), Change("became_noindex", "indexable", "noindex")),
        (live(indexable=True), live(indexable=False, canonical_url="https://a.com/other"),
         Change("became_noindex", "indexable", "canonical https://a.com/other")),
        (live(indexable=False), live(indexable=True), Change("became_indexable", "noindex", "indexable")),
    ],
)
def test_attribute_changes_between_live_checks(before, after, expected):
    assert diff_checks(before, after) == [expected]


def test_anchor_whitespace_is_not_a_change():
    assert diff_checks(live(anchor_text="dog  grooming\ntips"), live()) == []


def test_unknown_values_are_not_changes():
    assert diff_checks(live(position=None, indexable=None), live(position="footer", indexable=False)) == []


def test_several_changes_at_once():
    after = live(nofollow=True, position="footer", anchor_text="here")
    assert kinds(diff_checks(live(), after)) == ["became_nofollow", "anchor_changed", "moved"]


def test_after_an_error_night_attributes_compare_with_the_last_live_check():
    changes = diff_checks(error(), live(nofollow=True), last_live=live(nofollow=False))
    assert kinds(changes) == ["became_nofollow"]


def test_a_recovered_link_that_came_back_nofollow_says_both():
    changes = diff_checks(lost(), live(nofollow=True, position="sidebar"), last_live=live())
    assert kinds(changes) == ["recovered", "became_nofollow", "moved"]


def test_long_anchors_are_shortened():
    change = diff_checks(live(), live(anchor_text="word " * 200))[0]
    assert change.kind == "anchor_changed"
    assert len(change.after) == MAX_VALUE_CHARS


statuses = st.sampled_from(["live", "lost", "error"])
records = st.builds(
    lambda status, nofollow, position, anchor, indexable: {
        "status": status,
        "reason": None if status == "live" else "link_removed" if status == "lost" else "timeout",
        "nofollow": nofollow if status == "live" else None,
        "position": position if status == "live" else None,
        "anchor_text": anchor if status == "live" else None,
        "indexable": indexable, "final_url": "https://a.com/", "signals": [],
    },
    statuses, st.booleans(), st.sampled_from(["content", "footer", None]),
    st.sampled_from(["a", "b", None]), st.sampled_from([True, False, None]),
)


@given(records, records, st.sampled_from([None, "live", "lost", "error"]))
def test_properties(previous, current, link_status):
    link = {"status": link_status, "reason": "timeout"} if link_status else None
    changes = diff_checks(previous, current, link=link)
    assert all(c.kind in CHANGE_KINDS for c in changes)
    assert all(isinstance(v, (str, type(None))) for c in changes for v in (c.before, c.after))
    assert diff_checks(current, current) == []
    state = link_status or previous["status"]
    # a loss is only ever reported for a link that was not already lost
    assert ("lost" in kinds(changes)) == (current["status"] == "lost" and state != "lost")
    assert ("recovered" in kinds(changes)) == (current["status"] == "live" and state == "lost")
    # never a loss from an error record (the streak is the monitor's job)
    if current["status"] == "error":
        assert set(kinds(changes)) <= {"page_error"}
