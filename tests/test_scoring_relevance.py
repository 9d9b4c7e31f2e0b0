"""Relevance: topic and text similarity, the link's context and anchor,
language, and the target that could not be fetched."""
from __future__ import annotations

import pytest

from crawler.scoring import Scorer, ScoringInput, make_weights
from crawler.scoring.relevance import RelevanceInput, score_relevance, topic_value
from crawler.scoring.signals import NOTE_CODES, RELEVANCE_CODES

TARGET_URL = "https://www.pawsandclaws-blog.com/training/loose-leash-walking/"
TARGET_TEXT = (
    "Loose-leash walking is the skill our dog training classes are asked about most. Your dog pulls"
    " because pulling works: every time the leash goes tight and the dog moves forward, pulling is"
    " rewarded. Use a flat collar or a harness and a two-metre leash. Reward your puppy for walking next"
    " to your leg, stop like a tree when the leash tightens, and let your dog sniff as a reward. Most dogs"
    " need three to six weeks; Labradors, terriers and rescue dogs that pulled for years take longer.")

PAGES = {
    "dogs": ("Our rescue dog Max pulled so hard on the leash that walks were no fun. A trainer showed us how"
             " to reward the dog for staying at our side, with treats and a harness, and to stop whenever the"
             " leash went tight. After four weeks of practice our puppy walks calmly, even past other dogs."),
    "cats": ("Cats can learn to walk on a harness too. Our kitten first wore the harness indoors for a few"
             " minutes with treats, then we clipped on a light leash in the garden. Feline walks are slow and"
             " full of sniffing, and a scared cat should never be pulled; let the cat lead."),
    "phones": ("The new smartphone has a 6.7-inch OLED display, a fast processor and a 50-megapixel camera."
               " Battery life reaches two days, charging takes 30 minutes, and Android updates are promised"
               " for five years. Apps open quickly and games run smoothly on the bright screen."),
    "hunde": ("Unser Hund zieht an der Leine. Mit Leckerlis und Geduld lernt jeder Welpe die Leinenführigkeit;"
              " die Hundeschule empfiehlt ein Geschirr und kurze Übungen. Bleiben Sie stehen, sobald die Leine"
              " straff wird, und belohnen Sie Ihren Hund an Ihrer Seite."),
}


@pytest.fixture(scope="module")
def scorer():
    return Scorer()


def relevance(scorer, page, *, language="en", anchor="loose-leash walking guide", anchor_type="partial",
              context=None, fetched=True, target_language="en", weights=None):
    if weights is not None:
        scorer = Scorer(weights, analyzer=scorer.analyzer)
    record = {"anchor_text": anchor, "anchor_type": anchor_type, "language": language,
              "surrounding_text": context if context is not None else PAGES[page][:200], "target_url": TARGET_URL}
    analysis = ScoringInput(source_url="https://example.org/post/", target_url=TARGET_URL, page_text=PAGES[page],
                            page_language=language, target_fetched=fetched,
                            target_text=TARGET_TEXT if fetched else None,
                            target_title="Loose-Leash Walking: A Step-by-Step Guide" if fetched else None,
                            target_language=target_language if fetched else None)
    return scorer.score(record, analysis).relevance


def test_the_audit_example_dogs_cats_smartphones(scorer):
    dogs, cats, phones = (relevance(scorer, p) for p in ("dogs", "cats", "phones"))
    assert dogs.value > cats.value > phones.value
    assert dogs.value >= 70 and cats.value >= 50 and phones.value < 30
    assert "off_topic" in phones.signals and "off_topic" not in cats.signals


def test_an_off_topic_page_stays_low_whatever_its_link(scorer):
    """The link part can only take points away: a perfect anchor and context
    on a smartphone review do not make it relevant to a dog site."""
    result = relevance(scorer, "phones", anchor="Paws & Claws", anchor_type="brand",
                       context="my dog pulls on the leash; this loose-leash walking guide helped")
    assert result.value < 30


def test_the_link_part_matters_on_a_relevant_page(scorer):
    good = relevance(scorer, "dogs", anchor="Paws & Claws", anchor_type="brand")
    vague = relevance(scorer, "dogs", anchor="click here", anchor_type="generic")
    unrelated = relevance(scorer, "dogs", anchor="cheap smartphone deals", anchor_type="other",
                          context="cheap smartphone deals and phone cases with fast shipping")
    assert good.value > vague.value > unrelated.value
    assert "anchor_uninformative" in vague.signals
    assert {"anchor_unrelated", "context_unrelated"} <= set(unrelated.signals)


def test_another_language_lowers_relevance_but_keeps_the_topic(scorer):
    german = relevance(scorer, "hunde", language="de", anchor="Anleitung", anchor_type="other")
    assert "language_mismatch" in german.signals
    assert german.lost("language_mismatch") == 25
    assert german.value > relevance(scorer, "phones").value         # same topic in German beats an English smartphone page
    assert german.value < relevance(scorer, "dogs").value


def test_target_not_fetched_uses_its_url_and_anchor(scorer):
    dogs = relevance(scorer, "dogs", fetched=False)
    phones = relevance(scorer, "phones", fetched=False)
    assert "target_not_fetched" in dogs.signals and "target_not_fetched" in phones.signals
    assert "language_mismatch" not in dogs.signals
    assert dogs.value > phones.value + 30


def test_nothing_to_compare(scorer):
    """A German page without topic words against an English target: neither
    the words nor the topics can be compared."""
    scorer_ = scorer
    record = {"anchor_text": "hier", "anchor_type": "generic", "language": "de", "target_url": TARGET_URL}
    analysis = ScoringInput(source_url="https://example.de/", target_url=TARGET_URL,
                            page_text="Das ist eine kurze Seite ohne besonderes Thema, nur ein paar Worte.",
                            page_language="de", target_fetched=True, target_text=TARGET_TEXT, target_language="en")
    result = scorer_.score(record, analysis).relevance
    assert "no_topic_evidence" in result.signals and result.lost("no_topic_evidence") == 50


def test_every_point_lost_has_a_code(scorer):
    for page in PAGES:
        for anchor_type in ("brand", "generic", "partial", "other"):
            result = relevance(scorer, page, anchor_type=anchor_type, language="de" if page == "hunde" else "en")
            assert set(result.signals) <= set(RELEVANCE_CODES) | set(NOTE_CODES)
            assert result.value == max(0, min(100, int(100 - sum(p for _, p in result.losses) + 0.5)))
            assert all(code in RELEVANCE_CODES for code, _ in result.losses)


def test_weights_change_the_balance(scorer):
    no_link = make_weights({"relevance_link_share": 0})
    a = relevance(scorer, "dogs", anchor="click here", anchor_type="generic", weights=no_link)
    b = relevance(scorer, "dogs", anchor="Paws & Claws", anchor_type="brand", weights=no_link)
    assert a.value == b.value
    lenient = relevance(scorer, "hunde", language="de", anchor="Anleitung", anchor_type="other",
                        weights=make_weights({"language_mismatch": 0}))
    assert "language_mismatch" not in lenient.signals


def test_topic_value():
    assert topic_value({"dogs": 0.5, "cats": 0.5}, {"dogs": 1.0}, 0.6) == pytest.approx(0.8)
    assert topic_value({"travel": 1.0}, {"dogs": 0.7, "travel": 0.3}, 0.6) == pytest.approx(0.3 / 0.7, abs=1e-6)
    assert topic_value({}, {"dogs": 1.0}, 0.6) == 0.0


def test_same_inputs_same_score(scorer):
    first = relevance(scorer, "cats")
    assert all(relevance(Scorer(), "cats") == first for _ in range(2))


def test_relevance_input_directly():
    from crawler.scoring.text import TextAnalyzer
    analyzer = TextAnalyzer()
    page = analyzer.summarize(PAGES["dogs"], "en")
    target = analyzer.summarize(TARGET_TEXT, "en")
    result = score_relevance(RelevanceInput(page=page, target=target, page_language="en", target_language="en"))
    assert result.value > 70 and "no_context" in result.signals
