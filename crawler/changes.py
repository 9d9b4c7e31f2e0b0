"""What changed for one backlink between two checks (SPEC: ``changes``).

Pure: two records (dicts shaped like the SPEC's record, booleans as
``bool``) in, a list of :class:`Change` out. No database, no Scrapy.

The rules, in the order they are applied:

========================  =========================================  ==================  ==================
kind                      when                                       ``before``          ``after``
========================  =========================================  ==================  ==================
``new``                   no previous check                          null                current status
``lost``                  previous live (or error), current lost;    previous status     lost reason
                          not emitted again while the link is lost
``recovered``             current live and the link was lost         lost reason         ``live``
``page_error``            previous live, current error               ``live``            error reason
``became_nofollow``       follow -> nofollow                         ``follow``          what decided it
``became_follow``         nofollow -> follow                         what decided it     ``follow``
``anchor_changed``        anchor text differs                        old anchor          new anchor
``moved``                 ``position`` differs                       old position        new position
``moved``                 ``final_url`` differs                      old final URL       new final URL
``became_noindex``        indexable true -> false                    ``indexable``       ``noindex`` or
                                                                                         ``canonical <url>``
``became_indexable``      indexable false -> true                    same as above       ``indexable``
========================  =========================================  ==================  ==================

Decisions (where the SPEC is silent):

* An error is never a loss here: live -> error is ``page_error`` (the link
  is at risk). The loss after ``BACKLINKS_LOST_AFTER_ERRORS`` failing runs
  is decided by :mod:`crawler.monitor`, which knows the streak.
* error -> error, lost -> lost and lost -> error give no change.
* error -> live gives ``recovered`` only when the link's state was
  ``lost`` (``link``); a page that failed for a night and came back
  is not news.
* A new link reports ``new`` only, whatever its first status: "lost" means
  "was live, is gone", which a first check cannot say.
* Link attributes (follow, anchor, position, URL, indexability) are compared
  with the last *live* check: after error -> live or lost -> live the
  comparison is with how the link looked when it was last seen, so a link
  that comes back nofollow still raises ``became_nofollow``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

#: Every change kind, in the SPEC's order.
CHANGE_KINDS: tuple[str, ...] = (
    "new", "lost", "recovered", "became_nofollow", "became_follow",
    "anchor_changed", "moved", "became_noindex", "became_indexable", "page_error",
)

#: Longest ``before``/``after`` text kept (anchors can be paragraphs).
MAX_VALUE_CHARS = 200

_NOFOLLOW_SIGNALS = ("nofollow_rel", "nofollow_meta", "nofollow_header")


@dataclass(frozen=True)
class Change:
    """One row of ``changes`` (without ``run_id``/``link_id``)."""

    kind: str
    before: str | None = None
    after: str | None = None

    def as_dict(self) -> dict:
        return asdict(self)


def diff_checks(
    previous: dict | None,
    current: dict,
    *,
    link: dict | None = None,
    last_live: dict | None = None,
) -> list[Change]:
    """Changes between a link's ``previous`` check and its ``current`` one.

    ``link`` is the link's state before this check (the ``links`` row, or
    any dict with ``status`` and ``reason``): a link marked lost after
    repeated errors has an ``error`` previous check but a ``lost`` state. By
    default the state is the previous check's.
    ``last_live`` is the link's latest live check before this one, used to
    compare the link's attributes when ``previous`` is not live.

    >>> diff_checks(None, {"status": "live"})
    [Change(kind='new', before=None, after='live')]
    >>> diff_checks({"status": "live"}, {"status": "error", "reason": "timeout"})
    [Change(kind='page_error', before='live', after='timeout')]
    >>> diff_checks({"status": "lost", "reason": "link_removed"}, {"status": "live"})
    [Change(kind='recovered', before='link_removed', after='live')]
    """
    if previous is None:
        return [Change("new", None, current.get("status"))]
    before_status = previous.get("status")
    state = (link or {}).get("status") or before_status
    status = current.get("status")
    if status == "lost":
        if state == "lost":
            return []
        return [Change("lost", before_status, current.get("reason"))]
    if status == "error":
        if before_status == "live" and state != "lost":
            return [Change("page_error", "live", current.get("reason"))]
        return []
    if status != "live":
        return []
    changes: list[Change] = []
    if state == "lost":
        lost_reason = (link or {}).get("reason") or previous.get("reason")
        changes.append(Change("recovered", lost_reason, "live"))
    reference = previous if before_status == "live" else last_live
    if reference is not None and reference.get("status") == "live":
        changes.extend(_attribute_changes(reference, current))
    return changes


def _attribute_changes(before: dict, after: dict) -> list[Change]:
    """Differences between two live checks of one link."""
    changes: list[Change] = []
    was, now = before.get("nofollow"), after.get("nofollow")
    if was is False and now is True:
        changes.append(Change("became_nofollow", "follow", _nofollow_cause(after)))
    elif was is True and now is False:
        changes.append(Change("became_follow", _nofollow_cause(before), "follow"))
    old_anchor, new_anchor = _text(before.get("anchor_text")), _text(after.get("anchor_text"))
    if old_anchor != new_anchor:
        changes.append(Change("anchor_changed", _short(old_anchor), _short(new_anchor)))
    if _differs(before.get("position"), after.get("position")):
        changes.append(Change("moved", before.get("position"), after.get("position")))
    if _differs(before.get("final_url"), after.get("final_url")):
        changes.append(Change("moved", _short(before.get("final_url")), _short(after.get("final_url"))))
    was_indexable, now_indexable = before.get("indexable"), after.get("indexable")
    if was_indexable is True and now_indexable is False:
        changes.append(Change("became_noindex", "indexable", _why_not_indexable(after)))
    elif was_indexable is False and now_indexable is True:
        changes.append(Change("became_indexable", _why_not_indexable(before), "indexable"))
    return changes


def _differs(old, new) -> bool:
    """Both known and different (a field that was not measured is no change)."""
    return old is not None and new is not None and old != new


def _text(value: str | None) -> str:
    return " ".join((value or "").split())


def _short(value: str | None) -> str | None:
    if value is None or len(value) <= MAX_VALUE_CHARS:
        return value
    return value[: MAX_VALUE_CHARS - 1] + "\u2026"


def _nofollow_cause(record: dict) -> str:
    """What made a link nofollow: the rel tokens, or the page-level rule."""
    rel = record.get("rel") or ""
    if "nofollow" in rel.split():
        return f"rel={rel}"
    signals = record.get("signals") or []
    for code in _NOFOLLOW_SIGNALS:
        if code in signals:
            return code
    return "nofollow"


def _why_not_indexable(record: dict) -> str:
    """``canonical <url>`` when the page names another canonical, else ``noindex``."""
    canonical = record.get("canonical_url")
    final = record.get("final_url")
    if canonical and final and canonical.rstrip("/") != final.rstrip("/"):
        return _short(f"canonical {canonical}")
    return "noindex"
