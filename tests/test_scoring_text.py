"""Text vectors, the topic taxonomy, the spam vocabulary and the weights."""
from __future__ import annotations

import pytest

from crawler.scoring import DEFAULT_WEIGHTS, make_weights
from crawler.scoring.anchors import commercial_terms, normalize_anchor, url_words
from crawler.scoring.geo import country_of
from crawler.scoring.spam import SPAM_VOCABULARY, categories_of, find_spam
from crawler.scoring.text import TextAnalyzer, cosine, language_code, words
from crawler.scoring.topics import GROUPS, TOPICS


@pytest.fixture(scope="module")
def analyzer():
    return TextAnalyzer()


def test_words_keep_letters_of_every_script():
    assert words("Über 3 Hunde, naïve chiens — собаки и नमस्ते x") == ["über", "hunde", "naïve", "chiens", "собаки", "नमस्ते"]


def test_stop_words_and_stems_per_language(analyzer):
    de = analyzer.summarize("Die Hunde und der Hund ziehen an der Leine", "de")
    assert "hund" in de.terms and "die" not in de.terms and "und" not in de.terms
    en = analyzer.summarize("The dogs and the dog pull on the leash", "en")
    assert set(en.terms) == {"dog", "pull", "leash"}


def test_rare_words_weigh_more(analyzer):
    summary = analyzer.summarize("people leash people leash", "en")
    assert summary.terms["leash"] > summary.terms["peopl"]


def test_cosine_is_symmetric_and_bounded(analyzer):
    a = analyzer.summarize("dog training leash puppy treats", "en")
    b = analyzer.summarize("puppy leash walking with treats and a harness", "en")
    assert cosine(a, b) == pytest.approx(cosine(b, a))
    assert 0 < cosine(a, b) < 1 and cosine(a, a) == pytest.approx(1.0)
    assert cosine(a, analyzer.summarize("", "en")) == 0.0


def test_topics_in_four_languages(analyzer):
    for text, language in (("Our puppy learns to walk on a leash", "en"), ("Unser Welpe lernt an der Leine zu gehen", "de"),
                           ("Notre chiot apprend à marcher en laisse", "fr"), ("Nuestro cachorro aprende a ir con correa", "es")):
        summary = analyzer.summarize(text, language)
        assert max(summary.topics, key=summary.topics.get) == "dogs", text


def test_short_stems_and_marked_words_match_only_whole_words(analyzer):
    """``fitness`` stems to ``fit`` and ``marketing`` to ``market``: those
    keywords match only themselves, so "fit" and "market" are no topic words."""
    assert analyzer.summarize("the plan will fit and the market was busy", "en").topic_hits == 0
    assert analyzer.summarize("fitness and marketing", "en").topic_hits == 2


def test_unknown_language_uses_every_language_unstemmed(analyzer):
    summary = analyzer.summarize("hund katze chien chat", None)
    assert summary.language == "" and set(summary.topics) == {"dogs", "cats"}


def test_every_topic_has_keywords_in_nine_languages():
    assert 20 <= len(TOPICS) <= 40 and len(GROUPS) >= 10
    for topic in TOPICS.values():
        assert set(topic.keywords) >= {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru"}, topic.name
        assert len(topic.keywords["en"].split()) >= 5, topic.name


def test_language_code():
    assert language_code("en-GB") == "en" and language_code("PT_br") == "pt" and language_code("") == ""


def test_summaries_are_deterministic(analyzer):
    text = "Sourdough bread needs flour, water, salt and an active starter. " * 20
    assert analyzer.summarize(text, "en") == TextAnalyzer().summarize(text, "en")


# -------------------------------------------------------------------- spam
@pytest.mark.parametrize("language,text", [
    ("en", "Buy viagra online, no prescription. Online casino with free spins. Payday loans, fast cash!"),
    ("de", "Potenzmittel ohne Rezept bestellen! Online Casino mit Freispiele. Kredit ohne Schufa sofort."),
    ("fr", "Viagra sans ordonnance, casino en ligne avec tours gratuits et prêt rapide sans justificatif."),
    ("es", "Comprar viagra sin receta, casino online con giros gratis y préstamos rápidos al instante."),
    ("it", "Viagra senza ricetta, casinò online con giri gratis e prestiti veloci senza busta paga."),
    ("pt", "Viagra sem receita, cassino online com rodadas grátis e empréstimo rápido sem consulta."),
    ("nl", "Viagra zonder recept, online casino met gratis spins en snel lenen zonder BKR."),
    ("pl", "Viagra bez recepty, kasyno online z darmowe spiny i chwilówki bez BIK."),
    ("ru", "Виагра без рецепта, онлайн казино с фриспины и микрозаймы онлайн."),
])
def test_spam_vocabulary_in_nine_languages(language, text):
    report = find_spam(text)
    assert report.distinct >= 3 and len(report.categories) >= 2, (language, report)


def test_spam_phrases_match_whole_words_and_the_longest_phrase():
    assert find_spam("viagrafalls pornography").terms == {"pornography": 1}
    assert find_spam("no deposit bonus").terms == {"no deposit bonus": 1}
    assert find_spam("Machines-à-sous gratuites").terms == {"machines sous": 1}    # one-letter words drop out


def test_the_targets_own_subject_is_not_spam():
    report = find_spam("online casino reviews: free spins, no deposit bonus, roulette, blackjack and viagra")
    assert categories_of("Our online casino guide compares free spins and welcome bonus offers.") == {"gambling"}
    assert set(report.without({"gambling"}).categories) == {"pharma"}


def test_every_category_is_listed():
    from crawler.scoring.signals import SPAM_CATEGORIES
    assert set(SPAM_VOCABULARY) == set(SPAM_CATEGORIES)


# ---------------------------------------------------------- small helpers
def test_anchor_helpers():
    assert commercial_terms("Hundeleine günstig kaufen") == {"günstig", "kaufen"}
    assert normalize_anchor(" Paws  &  Claws ") == "paws & claws"
    assert url_words("https://www.techlupa.es/analisis/mejores-moviles-gama-media/") == \
        ["techlupa", "analisis", "mejores", "moviles", "gama", "media"]


def test_country_of():
    assert [country_of(d) for d in ("a.de", "b.com", "c.co.uk", "d.io", "e.com.au", None)] == ["de", None, "gb", None, "au", None]


# ----------------------------------------------------------------- weights
def test_weights_override_and_validation():
    weights = make_weights({"footer_link": "40", "natural_min": 70})
    assert weights["footer_link"] == 40.0 and weights["sidebar_link"] == DEFAULT_WEIGHTS["sidebar_link"]
    with pytest.raises(TypeError):
        weights["footer_link"] = 1                                  # read-only
    for bad in ({"footer_link": -1}, {"footer_link": "lots"}, {"footer_link": True}, {"footer_link": [1]}):
        with pytest.raises(ValueError):
            make_weights(bad)
