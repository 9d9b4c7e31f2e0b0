"""Every weight and threshold of the two scores, in one place.

Naturalness starts at 100 and each signal takes off its weight (points);
relevance is the sum of its components' points, minus penalties. Keys named
after a signal code are the points that code costs; the others are
thresholds. ``docs/signals.md`` explains each one. A user overrides any of
them with the setting ``BACKLINKS_WEIGHTS`` (a dict); an unknown key or a
non-number is an error, so a typo never passes silently.

>>> w = make_weights({"footer_link": 40})
>>> w["footer_link"], w["sidebar_link"]
(40.0, 15.0)
>>> make_weights({"footer_lnk": 1})
Traceback (most recent call last):
...
ValueError: unknown scoring weight(s): footer_lnk
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

#: Default weights (points) and thresholds.
DEFAULT_WEIGHTS: Mapping[str, float] = MappingProxyType({
    # ------------------------------------------------ naturalness: the link
    # position on the page (content costs nothing)
    "header_link": 15,
    "navigation_link": 15,
    "sidebar_link": 15,
    "footer_link": 25,
    # context of the link (editorial costs nothing)
    "comment_link": 20,
    "forum_post_link": 5,
    "signature_link": 25,
    "author_bio_link": 5,
    "blogroll_link": 20,
    "link_list_link": 20,
    "banner_link": 20,
    "widget_link": 15,
    # how it is shown and marked
    "hidden_link": 60,
    "image_link": 5,
    "redirect_link": 10,
    "sponsored_link": 20,
    "ugc_link": 10,
    # the anchor
    "exact_match_anchor": 15,
    "commercial_anchor": 10,
    # ------------------------------------------------ naturalness: the page
    "many_outbound_links": 10,
    "outbound_links_many": 60,          # threshold: outbound links on the page
    "excessive_outbound_links": 15,
    "outbound_links_excessive": 150,    # threshold
    "spam_terms": 30,
    "spam_min_terms": 2,                # distinct spam terms for spam_terms...
    "spam_min_hits": 3,                 # ...and occurrences of them
    "spam_terms_heavy": 20,
    "spam_heavy_terms": 6,              # distinct spam terms for spam_terms_heavy...
    "spam_heavy_per_1000_words": 8,     # ...or occurrences per 1,000 words
    "link_directory": 30,
    "profile_page": 15,
    "listing_page": 5,
    "link_farm": 25,
    "link_farm_outbound": 100,          # threshold: outbound links of a list page
    # ------------------------------------------------ naturalness: the profile
    "repeated_anchor": 15,
    "repeated_anchor_min_links": 5,     # links sharing the anchor...
    "repeated_anchor_share": 0.2,       # ...and their share of the site's anchored links
    "many_links_from_page": 10,
    "page_links_many": 3,               # threshold: links from one page to the site
    "many_links_from_domain": 10,
    "domain_links_many": 20,            # threshold: links from one domain to the site
    "sitewide_link": 20,
    "sitewide_min_pages": 10,           # pages of one domain linking to the site
    "foreign_language_site": 5,
    "foreign_language_cluster": 10,
    "foreign_cctld": 5,
    "foreign_cctld_cluster": 10,
    "cluster_min_links": 10,            # links in one foreign language / country...
    "cluster_share": 0.25,              # ...and their share of the site's links
    "link_burst": 10,
    "velocity_min_links": 20,           # new links in one day...
    "velocity_factor": 5,               # ...and times the mean daily new links before
    "velocity_window_days": 30,
    # ------------------------------------------------ relevance
    # the page part (relative weights): how much the linking page is about the target's subject
    "relevance_topic": 60,              # topic share of the page on the target's topics
    "relevance_text": 40,               # TF-IDF cosine of page and target (same language only)
    # the link part (relative weights): how the link itself relates to the target
    "relevance_context": 50,            # text around the link against the target
    "relevance_anchor": 50,             # anchor text against the target
    "relevance_link_share": 0.3,        # share of the page part the link part can take away
    "language_mismatch": 25,            # points off when page and target languages differ
    "no_topic_evidence": 50,            # points off when nothing can be compared (no topic words, other language)
    "text_cosine_floor": 0.02,          # cosine worth nothing...
    "text_cosine_full": 0.2,            # ...and worth every point
    "context_cosine_full": 0.12,
    "topic_min_hits": 3,                # topic words a page needs to have a topic
    "topic_group_similarity": 0.6,      # a sibling topic (dogs, cats) counts this much
    "off_topic_below": 0.25,            # topic value under which a page is off topic
    "anchor_uninformative_value": 0.5,  # share of anchor points a generic anchor keeps
    "relevance_signal_points": 5,       # points a component must lose before its code is listed
    # ------------------------------------------------ profile view thresholds
    "natural_min": 60,                  # naturalness of a "natural" link
    "relevant_min": 50,                 # relevance of a "relevant" link
    "negative_below": 30,               # naturalness below this is a "negative" link
})


def make_weights(overrides: Mapping[str, object] | None = None) -> Mapping[str, float]:
    """The defaults with ``overrides`` applied, read-only. Raises ValueError
    for an unknown key or a value that is not a non-negative number."""
    merged = {key: float(value) for key, value in DEFAULT_WEIGHTS.items()}
    unknown = sorted(set(overrides or {}) - set(merged))
    if unknown:
        raise ValueError(f"unknown scoring weight(s): {', '.join(unknown)}")
    for key, value in (overrides or {}).items():
        if isinstance(value, bool) or not isinstance(value, (int, float, str)):
            raise ValueError(f"scoring weight {key} must be a number, not {value!r}")
        try:
            number = float(value)
        except ValueError:
            raise ValueError(f"scoring weight {key} must be a number, not {value!r}") from None
        if number < 0 or number != number:
            raise ValueError(f"scoring weight {key} must be >= 0, not {value!r}")
        merged[key] = number
    return MappingProxyType(merged)
