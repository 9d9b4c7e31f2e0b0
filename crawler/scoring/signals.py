"""Reasons -> signal codes: every code the scores can give, and the result type.

A score is explained by its *losses*: ``(code, points)`` pairs, in the order
they were applied, plus *notes* (codes that cost nothing but say how the
score was computed, such as ``target_not_fetched``). ``docs/signals.md``
documents every code listed here (a test checks it).
"""
from __future__ import annotations

from dataclasses import dataclass

#: Codes that take points off naturalness (the weight has the same name).
NATURALNESS_CODES: tuple[str, ...] = (
    "header_link", "navigation_link", "sidebar_link", "footer_link",
    "comment_link", "forum_post_link", "signature_link", "author_bio_link", "blogroll_link",
    "link_list_link", "banner_link", "widget_link",
    "hidden_link", "image_link", "redirect_link", "sponsored_link", "ugc_link",
    "exact_match_anchor", "commercial_anchor",
    "many_outbound_links", "excessive_outbound_links", "spam_terms", "spam_terms_heavy",
    "link_directory", "profile_page", "listing_page", "link_farm",
    "repeated_anchor", "many_links_from_page", "many_links_from_domain", "sitewide_link",
    "foreign_language_site", "foreign_language_cluster", "foreign_cctld", "foreign_cctld_cluster",
    "link_burst",
)

#: Codes that take points off relevance.
RELEVANCE_CODES: tuple[str, ...] = (
    "off_topic", "related_topic", "low_text_similarity", "context_unrelated",
    "anchor_unrelated", "anchor_uninformative", "language_mismatch", "no_topic_evidence",
)

#: Spam categories, named in ``spam_<category>`` notes.
SPAM_CATEGORIES: tuple[str, ...] = (
    "pharma", "gambling", "loans", "adult", "replica", "scam", "link_selling", "warez",
)

#: Codes that cost nothing: how a score was computed, or a detail of another code.
NOTE_CODES: tuple[str, ...] = (
    "target_not_fetched", "no_context",
    *(f"spam_{category}" for category in SPAM_CATEGORIES),
)

ALL_CODES: frozenset[str] = frozenset(NATURALNESS_CODES + RELEVANCE_CODES + NOTE_CODES)


@dataclass(frozen=True)
class Score:
    """One score (0 to 100) and why it is not 100."""

    value: int
    losses: tuple[tuple[str, float], ...] = ()   #: (code, points lost), in order
    signals: tuple[str, ...] = ()                #: codes listed in the record's ``signals``

    def lost(self, code: str) -> float:
        """Points lost to ``code`` (0 when it did not apply)."""
        return sum(points for name, points in self.losses if name == code)


def clamp_score(value: float) -> int:
    """Round half up and keep within 0..100.

    >>> clamp_score(72.5), clamp_score(-4), clamp_score(130.2)
    (73, 0, 100)
    """
    return int(min(100, max(0, int(value + 0.5) if value >= 0 else 0)))
