"""Naturalness: every factor moves the score in its documented direction,
by its weight, with its code; nothing else moves it."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.scoring import DEFAULT_WEIGHTS, ProfileFacts, make_weights
from crawler.scoring.naturalness import CONTEXT_CODES, PAGE_TYPE_CODES, POSITION_CODES, score_naturalness
from crawler.scoring.signals import NATURALNESS_CODES, NOTE_CODES
from crawler.scoring.spam import find_spam

CLEAN = {
    "position": "content", "context": "editorial", "hidden": False, "link_type": "text",
    "sponsored": False, "ugc": False, "nofollow": False, "anchor_type": "brand", "anchor_text": "Paws & Claws",
    "outbound_links": 12, "page_type": "article", "links_to_target": 1, "language": "en",
}


def score(record=None, **kwargs):
    return score_naturalness({**CLEAN, **(record or {})}, target_language="en", **kwargs)


def test_a_clean_editorial_link_is_fully_natural():
    result = score()
    assert (result.value, result.losses, result.signals) == (100, (), ())


@pytest.mark.parametrize("field,value,code", [
    *[("position", p, c) for p, c in POSITION_CODES.items()],
    *[("context", k, c) for k, c in CONTEXT_CODES.items()],
    *[("page_type", k, c) for k, c in PAGE_TYPE_CODES.items()],
    ("hidden", True, "hidden_link"),
    ("link_type", "image", "image_link"),
    ("link_type", "redirect", "redirect_link"),
    ("sponsored", True, "sponsored_link"),
    ("ugc", True, "ugc_link"),
    ("anchor_type", "exact", "exact_match_anchor"),
    ("outbound_links", 60, "many_outbound_links"),
    ("links_to_target", 3, "many_links_from_page"),
    ("language", "zh", "foreign_language_site"),
])
def test_each_link_factor_costs_its_weight(field, value, code):
    result = score({field: value})
    assert result.signals == (code,)
    assert result.value == 100 - DEFAULT_WEIGHTS[code]


def test_the_order_of_position_is_content_sidebar_footer():
    values = [score({"position": p}).value for p in ("content", "sidebar", "footer")]
    assert values == sorted(values, reverse=True) and len(set(values)) == 3


def test_editorial_beats_comment_and_signature():
    assert score().value > score({"context": "comment"}).value > score({"context": "signature"}).value


def test_outbound_links_in_two_steps():
    assert score({"outbound_links": 59}).signals == ()
    assert score({"outbound_links": 149}).signals == ("many_outbound_links",)
    assert score({"outbound_links": 150}).signals == ("many_outbound_links", "excessive_outbound_links")


def test_commercial_anchor_in_many_languages():
    for anchor in ("buy cheap dog leash", "Hundeleine günstig kaufen", "laisse chien meilleur prix",
                   "comprar correa barata", "купить поводок"):
        assert "commercial_anchor" in score({"anchor_type": "other", "anchor_text": anchor}).signals, anchor
    assert "commercial_anchor" not in score({"anchor_type": "other", "anchor_text": "loose-leash walking"}).signals
    # a brand that happens to contain a shop word is still a brand
    assert "commercial_anchor" not in score({"anchor_type": "brand", "anchor_text": "Paws Shop"}).signals


def test_exact_match_commercial_anchor_costs_both():
    result = score({"anchor_type": "exact", "anchor_text": "cheap dog leash"})
    assert result.signals == ("exact_match_anchor", "commercial_anchor")
    assert result.value == 100 - 15 - 10


def test_spam_vocabulary_on_the_page():
    spam = find_spam("Cheap viagra without prescription, online casino free spins and payday loans! Viagra.")
    result = score(spam=spam)
    assert {"spam_terms", "spam_pharma", "spam_gambling", "spam_loans"} <= set(result.signals)
    assert result.lost("spam_terms") == 30
    one = find_spam("We walked past the casino in Monte Carlo and the casino lights were beautiful.")
    assert "spam_terms" not in score(spam=one).signals


def test_heavy_spam_costs_more():
    heavy = find_spam("viagra cialis tramadol xanax online casino free spins payday loans replica watches " * 3)
    assert {"spam_terms", "spam_terms_heavy"} <= set(score(spam=heavy).signals)


def test_link_farm_needs_a_list_page_with_many_outbound_links():
    assert "link_farm" in score({"page_type": "directory", "outbound_links": 160}).signals
    assert "link_farm" in score({"context": "link_list", "outbound_links": 100}).signals
    assert "link_farm" not in score({"page_type": "article", "outbound_links": 160}).signals
    assert "link_farm" not in score({"page_type": "directory", "outbound_links": 40}).signals


def test_missing_facts_cost_nothing():
    result = score_naturalness({"status": "live"})
    assert (result.value, result.signals) == (100, ())


def test_weights_override_and_zero_weight_drops_the_code():
    weights = make_weights({"footer_link": 40, "link_list_link": 0})
    result = score({"position": "footer", "context": "link_list"}, weights=weights)
    assert (result.value, result.signals) == (60, ("footer_link",))


def test_the_score_never_goes_below_zero():
    worst = {"position": "footer", "context": "signature", "hidden": True, "link_type": "redirect",
             "sponsored": True, "ugc": True, "anchor_type": "exact", "anchor_text": "buy cheap pills",
             "outbound_links": 500, "page_type": "directory", "links_to_target": 9, "language": "ru"}
    result = score(worst)
    assert result.value == 0 and sum(p for _, p in result.losses) > 100


def test_profile_signals_need_profile_facts():
    facts = ProfileFacts(target_site="pawsandclaws-blog.com", site_links=100, anchor_links=30, anchored_links=90,
                         domain_links=40, domain_pages=30, burst=True)
    result = score({"position": "footer", "anchor_type": "exact"}, profile=facts)
    assert {"repeated_anchor", "sitewide_link", "link_burst"} <= set(result.signals)
    assert not {"repeated_anchor", "sitewide_link", "link_burst"} & set(score({"position": "footer"}).signals)


FIELDS = {
    "position": st.sampled_from([None, "header", "navigation", "content", "sidebar", "footer"]),
    "context": st.sampled_from([None, *CONTEXT_CODES, "editorial", "other"]),
    "hidden": st.sampled_from([None, True, False]),
    "link_type": st.sampled_from([None, "text", "image", "redirect"]),
    "sponsored": st.booleans(), "ugc": st.booleans(),
    "anchor_type": st.sampled_from([None, "brand", "exact", "partial", "generic", "naked_url", "image", "empty", "other"]),
    "anchor_text": st.sampled_from([None, "", "Paws", "cheap leash", "click here"]),
    "outbound_links": st.one_of(st.none(), st.integers(0, 400)),
    "page_type": st.sampled_from([None, "article", "forum", "profile", "directory", "homepage", "listing", "other"]),
    "links_to_target": st.one_of(st.none(), st.integers(0, 6)),
    "language": st.sampled_from([None, "en", "de", "zh"]),
}


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries(FIELDS), st.sampled_from(sorted(FIELDS)))
def test_every_lost_point_has_a_code_and_bad_facts_never_help(record, field):
    result = score_naturalness(record, target_language="en")
    assert set(result.signals) <= set(NATURALNESS_CODES) | set(NOTE_CODES)
    assert [code for code, _ in result.losses] == [c for c in result.signals if c in NATURALNESS_CODES]
    assert result.value == max(0, min(100, int(100 - sum(p for _, p in result.losses) + 0.5)))
    assert score_naturalness(dict(record), target_language="en") == result          # deterministic
    # removing a fact (unknown) never lowers the score
    assert score_naturalness({**record, field: None}, target_language="en").value >= result.value
