"""Relevance: how close the linking page is to the target page's subject, 0 to 100.

Four components, each worth its weight in points (``weights.py``):

- ``relevance_topic``: soft cosine of the two topic profiles (sibling topics
  count ``topic_group_similarity``), see :mod:`crawler.scoring.topics`;
- ``relevance_text``: TF-IDF cosine of the page's and the target's main
  texts, from ``text_cosine_floor`` (nothing) to ``text_cosine_full`` (all);
- ``relevance_context``: the text around the link against the target
  (cosine up to ``context_cosine_full``, or its topic similarity, the higher);
- ``relevance_anchor``: the anchor against the target: a brand anchor is
  related by definition, an exact/partial one nearly so; otherwise the share
  of its words found in the target (title, text, URL) or its topic
  similarity; a generic, empty or URL anchor keeps
  ``anchor_uninformative_value`` of the points.

A component with nothing to measure (no topic words on one side, no text
around the link) hands its weight to the others in proportion, so the score
stays on 0..100; a note says so. A page in another language than the target
loses ``language_mismatch`` points. When the target was not fetched, the
target is described by the words of its URL and the anchor (note
``target_not_fetched``).
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
    """The summaries relevance compares (all in the page's reading)."""

    page: TextSummary                       #: main text (and title) of the linking page
    target: TextSummary                     #: main text (and title) of the target, or its URL words
    context: TextSummary | None = None      #: text around the link
    anchor: TextSummary | None = None       #: the anchor text
    anchor_type: str | None = None
    anchor_reference: TextSummary | None = None  #: what the anchor is compared with (``target`` when None)
    page_language: str = ""
    target_language: str = ""
    target_fetched: bool = True


def topic_similarity(a: Mapping[str, float], b: Mapping[str, float], group_similarity: float) -> float:
    """Soft cosine of two topic profiles: a topic matches itself fully and a
    topic of the same group by ``group_similarity``.

    >>> topic_similarity({"dogs": 1.0}, {"cats": 1.0}, 0.6)
    0.6
    >>> topic_similarity({"dogs": 1.0}, {"smartphones": 1.0}, 0.6)
    0.0
    """
    def dot(x: Mapping[str, float], y: Mapping[str, float]) -> float:
        same = sum(weight * y.get(topic, 0.0) for topic, weight in x.items())
        groups_x: dict[str, float] = {}
        groups_y: dict[str, float] = {}
        for topic, weight in x.items():
            groups_x[TOPICS[topic].group] = groups_x.get(TOPICS[topic].group, 0.0) + weight
        for topic, weight in y.items():
            groups_y[TOPICS[topic].group] = groups_y.get(TOPICS[topic].group, 0.0) + weight
        grouped = sum(weight * groups_y.get(group, 0.0) for group, weight in groups_x.items())
        return (1.0 - group_similarity) * same + group_similarity * grouped

    if not a or not b:
        return 0.0
    denominator = (dot(a, a) * dot(b, b)) ** 0.5
    return round(min(1.0, dot(a, b) / denominator), 6) if denominator else 0.0


def _ramp(value: float, floor: float, full: float) -> float:
    """0 at ``floor`` or below, 1 at ``full`` or above, linear between."""
    if full <= floor:
        return 1.0 if value >= full else 0.0
    return min(1.0, max(0.0, (value - floor) / (full - floor)))


def _anchor_value(data: RelevanceInput, weights: Mapping[str, float]) -> tuple[float, str]:
    """Share of the anchor points kept, and the code for the rest."""
    anchor_type = data.anchor_type
    if anchor_type == "brand":
        return 1.0, "anchor_unrelated"
    anchor = data.anchor
    if anchor_type in UNINFORMATIVE_ANCHORS or anchor is None or anchor.empty:
        return weights["anchor_uninformative_value"], "anchor_uninformative"
    reference = data.anchor_reference or data.target
    found = sum(1 for stem in anchor.terms if stem in reference.terms)
    value = found / len(anchor.terms)
    if anchor.topic_hits and reference.topic_hits:
        value = max(value, topic_similarity(anchor.topics, reference.topics, weights["topic_group_similarity"]))
    if anchor_type == "exact":
        value = max(value, 0.9)
    elif anchor_type == "partial":
        value = max(value, 0.7)
    return value, "anchor_unrelated"


def score_relevance(data: RelevanceInput, *, weights: Mapping[str, float] = DEFAULT_WEIGHTS) -> Score:
    """Relevance of the linking page to the target."""
    notes: list[str] = []
    group = weights["topic_group_similarity"]
    components: list[tuple[str, float, float]] = []     # (code, weight, value 0..1)

    min_hits = weights["topic_min_hits"] if data.target_fetched else 1
    if data.page.topic_hits >= weights["topic_min_hits"] and data.target.topic_hits >= min_hits:
        topic = topic_similarity(data.page.topics, data.target.topics, group)
        code = "off_topic" if topic < 0.25 else "related_topic"
        components.append((code, weights["relevance_topic"], topic))
    else:
        notes.append("no_topic_evidence")

    text = _ramp(cosine(data.page, data.target), weights["text_cosine_floor"], weights["text_cosine_full"])
    components.append(("low_text_similarity", weights["relevance_text"], text))

    context = data.context
    if context is not None and not context.empty:
        value = _ramp(cosine(context, data.target), 0.0, weights["context_cosine_full"])
        if context.topic_hits and data.target.topic_hits >= min_hits:
            value = max(value, topic_similarity(context.topics, data.target.topics, group))
        components.append(("context_unrelated", weights["relevance_context"], value))
    else:
        notes.append("no_context")

    anchor_value, anchor_code = _anchor_value(data, weights)
    components.append((anchor_code, weights["relevance_anchor"], anchor_value))

    available = sum(weight for _, weight, _ in components)
    scale = 100.0 / available if available else 0.0
    losses: list[tuple[str, float]] = []
    listed: list[str] = []
    for code, weight, value in components:
        points = weight * scale * (1.0 - value)
        if points > 0:
            losses.append((code, round(points, 2)))
            if value <= 1.0 - weights["relevance_signal_loss"]:
                listed.append(code)
    if data.page_language and data.target_language and data.page_language != data.target_language:
        if weights["language_mismatch"] > 0:
            losses.append(("language_mismatch", float(weights["language_mismatch"])))
            listed.append("language_mismatch")
    if not data.target_fetched:
        notes.insert(0, "target_not_fetched")
    total = sum(points for _, points in losses)
    return Score(clamp_score(100 - total), tuple(losses), tuple(listed) + tuple(notes))
