"""Naturalness: how natural a link looks, 0 to 100.

Starts at 100; every signal below takes off its weight (``weights.py``,
``docs/signals.md``), and nothing else moves the score. The record's own
fields (SPEC names) describe the link and page; :class:`SpamReport` the
page's spam vocabulary; :class:`ProfileFacts` the link's place in the
target's link profile. Missing facts (None) cost nothing.
"""
from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from crawler.scoring.anchors import commercial_terms
from crawler.scoring.geo import country_language
from crawler.scoring.inputs import ProfileFacts
from crawler.scoring.signals import Score, clamp_score
from crawler.scoring.spam import SpamReport
from crawler.scoring.text import language_code
from crawler.scoring.weights import DEFAULT_WEIGHTS

#: ``position`` -> code (``content`` costs nothing).
POSITION_CODES: Mapping[str, str] = MappingProxyType({
    "header": "header_link", "navigation": "navigation_link",
    "sidebar": "sidebar_link", "footer": "footer_link",
})
#: ``context`` -> code (``editorial`` and ``other`` cost nothing).
CONTEXT_CODES: Mapping[str, str] = MappingProxyType({
    "comment": "comment_link", "forum_post": "forum_post_link", "signature": "signature_link",
    "author_bio": "author_bio_link", "blogroll": "blogroll_link", "link_list": "link_list_link",
    "banner": "banner_link", "widget": "widget_link",
})
#: ``page_type`` -> code.
PAGE_TYPE_CODES: Mapping[str, str] = MappingProxyType({
    "directory": "link_directory", "profile": "profile_page", "listing": "listing_page",
})
#: Positions a site template repeats on every page.
TEMPLATE_POSITIONS = frozenset({"header", "navigation", "sidebar", "footer"})
#: Anchor types whose words are a chosen text (brand, URL, image, empty ones are not).
TEXT_ANCHOR_TYPES = frozenset({"exact", "partial", "generic", "other"})
#: Anchor types whose repetition looks optimised (brand and URL anchors repeat naturally).
KEYWORD_ANCHOR_TYPES = frozenset({"exact", "partial", "other"})


def score_naturalness(
    record: Mapping,
    *,
    spam: SpamReport | None = None,
    profile: ProfileFacts | None = None,
    target_language: str | None = None,
    weights: Mapping[str, float] = DEFAULT_WEIGHTS,
) -> Score:
    """Naturalness of the live link described by ``record``."""
    losses: list[tuple[str, float]] = []
    notes: list[str] = []

    def lose(code: str | None, applies: bool = True) -> None:
        if code and applies and weights[code] > 0:
            losses.append((code, float(weights[code])))

    # the link
    lose(POSITION_CODES.get(record.get("position") or ""))
    lose(CONTEXT_CODES.get(record.get("context") or ""))
    lose("hidden_link", record.get("hidden") is True)
    lose("image_link", record.get("link_type") == "image")
    lose("redirect_link", record.get("link_type") == "redirect")
    lose("sponsored_link", record.get("sponsored") is True)
    lose("ugc_link", record.get("ugc") is True)
    anchor_type = record.get("anchor_type")
    lose("exact_match_anchor", anchor_type == "exact")
    lose("commercial_anchor", anchor_type in TEXT_ANCHOR_TYPES and bool(commercial_terms(record.get("anchor_text"))))

    # the page
    outbound = record.get("outbound_links")
    if outbound is not None:
        lose("many_outbound_links", outbound >= weights["outbound_links_many"])
        lose("excessive_outbound_links", outbound >= weights["outbound_links_excessive"])
    if spam is not None:
        spammy = spam.distinct >= weights["spam_min_terms"] and spam.hits >= weights["spam_min_hits"]
        lose("spam_terms", spammy)
        lose("spam_terms_heavy", spammy and (
            spam.distinct >= weights["spam_heavy_terms"]
            or spam.per_1000_words >= weights["spam_heavy_per_1000_words"]))
        if spammy:
            notes.extend(f"spam_{category}" for category in spam.categories)
    page_type = record.get("page_type") or ""
    lose(PAGE_TYPE_CODES.get(page_type))
    listy = page_type in ("directory", "listing") or record.get("context") == "link_list"
    lose("link_farm", listy and outbound is not None and outbound >= weights["link_farm_outbound"])

    # the profile
    page_links = max(record.get("links_to_target") or 0, profile.page_links if profile else 0)
    lose("many_links_from_page", page_links >= weights["page_links_many"])
    page_language = language_code(record.get("language") or record.get("html_lang"))
    target_lang = language_code(target_language)
    lose("foreign_language_site", bool(page_language and target_lang and page_language != target_lang))
    if profile is not None:
        _profile_losses(record, profile, page_language, target_lang, weights, lose)

    total = sum(points for _, points in losses)
    return Score(clamp_score(100 - total), tuple(losses), tuple(code for code, _ in losses) + tuple(notes))


def _profile_losses(record, profile: ProfileFacts, page_language: str, target_lang: str, weights, lose) -> None:
    anchor_type = record.get("anchor_type")
    lose("repeated_anchor", anchor_type in KEYWORD_ANCHOR_TYPES
         and profile.anchor_links >= weights["repeated_anchor_min_links"]
         and profile.anchor_links >= weights["repeated_anchor_share"] * max(1, profile.anchored_links))
    sitewide = (profile.domain_pages >= weights["sitewide_min_pages"]
                and record.get("position") in TEMPLATE_POSITIONS)
    lose("sitewide_link", sitewide)
    lose("many_links_from_domain", not sitewide and profile.domain_links >= weights["domain_links_many"])

    def cluster(count: int, among: int) -> bool:
        return count >= weights["cluster_min_links"] and count >= weights["cluster_share"] * max(1, among)

    foreign_language = bool(page_language and target_lang and page_language != target_lang)
    lose("foreign_language_cluster", foreign_language and cluster(profile.language_links, profile.languaged_links))
    country = profile.country
    if profile.target_country:
        foreign_country = bool(country and country != profile.target_country)
        lose("foreign_cctld", foreign_country)
    else:
        spoken = country_language(country)
        foreign_country = bool(country and target_lang and spoken and spoken != target_lang)
    lose("foreign_cctld_cluster", foreign_country and cluster(profile.country_links, profile.site_links))
    lose("link_burst", profile.burst)
