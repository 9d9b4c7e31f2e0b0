"""Relevance: how close the linking page is to the target page's subject, 0 to 100.

Two parts (weights in ``weights.py``, explained in ``docs/signals.md``):

**The page part** (up to 100 points): how much the linking page is about
the target's subject, a weighted mean of

- *topic* (``relevance_topic``): the share of the page's topic words that
  are on the target's topics (:func:`topic_value`; a sibling topic, cats for
  a dog site, counts ``topic_group_similarity``);
- *text* (``relevance_text``): the TF-IDF cosine of the two main texts,
  from ``text_cosine_floor`` (nothing) to ``text_cosine_full`` (all); only
  when both pages are in the same language (words of two languages cannot
  be compared; the topic words can, the taxonomy is multilingual).

**The link part** takes off up to ``relevance_link_share`` of that: the
text around the link (*context*, ``relevance_context``) and the anchor
(``relevance_anchor``) against the target. A page about another subject
stays low whatever its link looks like, as the audit wants ("a link from a
tech blog, from an article about smartphones, is irrelevant" to a dog blog).

A page in another language than the target loses ``language_mismatch``
points. A component with nothing to measure (no topic words, no text around
the link) is left out and its weight goes to the others; when neither page
component can be measured, the page part loses ``no_topic_evidence``
points (half). When the target was not fetched, the target is
described by the words of its URL and the anchor (note
``target_not_fetched``).

Every point lost is attributed to one code in ``Score.losses``; a code is
listed in the record's signals when it cost at least
``relevance_signal_points`` points.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from crawler.scoring.signals import Score, clamp_score
from crawler.scoring.text import TextSummary, cosine
from crawler.scoring.topics import TOPICS
from crawler.scoring.weights import DEFAULT_WEIGHTS

#: Anchor types that say nothing about a subject.
UNINFORMATIVE_ANCHORS = frozenset({"generic", "empty", "naked_url", "image"})


@dataclass(frozen=True)
class RelevanceInput:
    """The summaries relevance compares."""

    page: TextSummary                       #: main text (and title) of the linking page
    target: TextSummary                     #: main text (and title) of the target, or its URL words and anchor
    context: TextSummary | None = None      #: text around the link
    anchor: TextSummary | None = None       #: the anchor text
    anchor_type: str | None = None
    anchor_reference: TextSummary | None = None  #: what the anchor is compared with (``target`` when None)
    page_language: str = ""
    target_language: str = ""
    target_fetched: bool = True


def topic_value(page: Mapping[str, float], target: Mapping[str, float], group_similarity: float) -> float:
    """Share of the page's topic profile on the target's topics: each page
    topic counts by how central it is to the target (the target's main
    topic 1, a topic half as strong 0.5), a sibling topic of the same group
    by ``group_similarity`` times that.

    >>> topic_value({"dogs": 1.0}, {"dogs": 1.0}, 0.6), topic_value({"cats": 1.0}, {"dogs": 1.0}, 0.6)
    (1.0, 0.6)
    >>> topic_value({"smartphones": 0.8, "dogs": 0.2}, {"dogs": 1.0}, 0.6)
    0.2
    """
    if not page or not target:
        return 0.0
    strongest = max(target.values())
    weight = {topic: share / strongest for topic, share in target.items()}
    by_group: dict[str, float] = {}
    for topic, w in weight.items():
        group = TOPICS[topic].group
        by_group[group] = max(by_group.get(group, 0.0), w)
    value = 0.0
    for topic, share in page.items():
        affinity = max(weight.get(topic, 0.0), group_similarity * by_group.get(TOPICS[topic].group, 0.0))
        value += share * affinity
    return round(min(1.0, value), 6)


def _ramp(value: float, floor: float, full: float) -> float:
    """0 at ``floor`` or below, 1 at ``full`` or above, linear between."""
    if full <= floor:
        return 1.0 if value >= full else 0.0
    return min(1.0, max(0.0, (value - floor) / (full - floor)))


def _anchor_part(data: RelevanceInput, cross: bool, weights) -> tuple[str, float]:
    """(code, value) of the anchor against the target."""
    anchor_type = data.anchor_type
    if anchor_type == "brand":
        return "anchor_unrelated", 1.0
    anchor = data.anchor
    if anchor_type in UNINFORMATIVE_ANCHORS or anchor is None or anchor.empty:
        return "anchor_uninformative", weights["anchor_uninformative_value"]
    reference = data.anchor_reference or data.target
    values = []
    if not cross:
        values.append(sum(1 for stem in anchor.terms if stem in reference.terms) / len(anchor.terms))
    if anchor.topic_hits and reference.topic_hits:
        values.append(topic_value(anchor.topics, reference.topics, weights["topic_group_similarity"]))
    if anchor_type == "exact":
        values.append(0.9)
    elif anchor_type == "partial":
        values.append(0.7)
    if not values:     # another language and no topic word: nothing to compare
        return "anchor_uninformative", weights["anchor_uninformative_value"]
    return "anchor_unrelated", max(values)


def score_relevance(data: RelevanceInput, *, weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> Score:
    """Relevance of the linking page to the target."""
    notes: list[str] = []
    group = weights["topic_group_similarity"]
    cross = bool(data.page_language and data.target_language and data.page_language != data.target_language)
    target_min_hits = weights["topic_min_hits"] if data.target_fetched else 1

    page_parts: list[tuple[str, float, float]] = []      # (code, weight, value 0..1)
    has_topics = data.page.topic_hits >= weights["topic_min_hits"] and data.target.topic_hits >= target_min_hits
    if has_topics:
        value = topic_value(data.page.topics, data.target.topics, group)
        code = "off_topic" if value < weights["off_topic_below"] else "related_topic"
        page_parts.append((code, weights["relevance_topic"], value))
    else:
        notes.append("no_topic_evidence")
    if not cross:
        text = _ramp(cosine(data.page, data.target), weights["text_cosine_floor"], weights["text_cosine_full"])
        page_parts.append(("low_text_similarity", weights["relevance_text"], text))

    link_parts: list[tuple[str, float, float]] = []
    context = data.context
    if context is not None and not context.empty:
        values = []
        if not cross:
            values.append(_ramp(cosine(context, data.target), 0.0, weights["context_cosine_full"]))
        if context.topic_hits and data.target.topic_hits >= target_min_hits:
            values.append(topic_value(context.topics, data.target.topics, group))
        if values:
            link_parts.append(("context_unrelated", weights["relevance_context"], max(values)))
        else:
            notes.append("no_context")
    else:
        notes.append("no_context")
    code, value = _anchor_part(data, cross, weights)
    link_parts.append((code, weights["relevance_anchor"], value))

    losses: list[tuple[str, float]] = []
    page_weight = sum(w for _, w, _ in page_parts)
    if page_weight:
        page_value = sum(w * v for _, w, v in page_parts) / page_weight
        for code, w, v in page_parts:
            losses.append((code, 100.0 * w * (1.0 - v) / page_weight))
    else:
        page_value = max(0.0, 1.0 - weights["no_topic_evidence"] / 100.0)
        losses.append(("no_topic_evidence", 100.0 - 100.0 * page_value))
    share = weights["relevance_link_share"]
    link_weight = sum(w for _, w, _ in link_parts)
    if link_weight and share:
        for code, w, v in link_parts:
            losses.append((code, 100.0 * page_value * share * w * (1.0 - v) / link_weight))
    if cross and weights["language_mismatch"] > 0:
        losses.append(("language_mismatch", float(weights["language_mismatch"])))
    if not data.target_fetched:
        notes.insert(0, "target_not_fetched")

    losses = [(code, round(points, 2)) for code, points in losses if points > 0]
    listed = [code for code, points in losses if points >= weights["relevance_signal_points"]]
    total = sum(points for _, points in losses)
    return Score(clamp_score(100 - total), tuple(losses), tuple(dict.fromkeys(listed)) + tuple(notes))
