"""Language-aware text vectors: words, stop words, stems, weights, topics.

A text becomes a :class:`TextSummary`: its terms (Snowball stems) weighted by
TF-IDF, and its topic profile (see :mod:`crawler.scoring.topics`).

- Words: runs of two or more letters (with their combining marks, so
  Devanagari words stay whole), lower-cased; digits dropped.
- Stop words: the ``stop-words`` package's list for the text's language, plus
  a short list of web boilerplate words (``cookie``, ``reply``, ``share``...).
- Stems: PyStemmer (the C build of the Snowball stemmers), per language.
- Weights: ``tf`` is ``1 + ln(count)``; ``idf`` comes from wordfreq's word
  frequencies for the language (a frequency list built from large corpora
  stands in for document frequencies): ``ln(0.01 / max(f, 1e-6))``, at least
  0.2. Words wordfreq does not know (names, rare terms) weigh the most.
- Topics: keyword hits per topic, stemmed the same way.

Libraries rather than hand-made lists: the three are maintained, offline,
and fast (a 20,000-character page takes about 2 ms). Everything that is
loaded (stemmers, lists, the topic index) lives in a :class:`TextAnalyzer`
instance, built once per run.
"""
from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

import regex
import Stemmer
import stop_words
import wordfreq

from crawler.scoring.topics import TOPICS

#: ISO 639-1 code -> Snowball algorithm.
STEMMER_LANGUAGES: Mapping[str, str] = MappingProxyType({
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german",
    "el": "greek", "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish",
    "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "nb": "norwegian",
    "ne": "nepali", "nl": "dutch", "no": "norwegian", "pl": "polish", "pt": "portuguese",
    "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil",
    "tr": "turkish", "yi": "yiddish",
})

#: Words of page furniture that say nothing about a page's subject.
WEB_STOP_WORDS: frozenset[str] = frozenset(
    "cookie cookies privacy policy login logout sign subscribe newsletter menu search home"
    " share tweet like reply replies comment comments posted post posts read more click"
    " here www http https com html email mail contact copyright reserved rights terms"
    " page next previous prev archive archives category categories tag tags skip content"
    " impressum datenschutz anmelden abonnieren antworten kommentar kommentare teilen weiterlesen"
    " mentions légales connexion partager répondre commentaire commentaires lire suite"
    " aviso legal iniciar sesión compartir responder comentario comentarios leer más"
    .split()
)

_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]+")

#: A word's frequency at which its idf weight is 0 (before the floor) ...
_IDF_REFERENCE = 1e-2
#: ... and the frequency assumed for a word wordfreq does not know.
_IDF_UNKNOWN = 1e-6
_IDF_MIN = 0.2
_IDF_MAX = math.log(_IDF_REFERENCE / _IDF_UNKNOWN)
#: Shortest stem a topic keyword is matched by (shorter ones: the word itself).
MIN_TOPIC_STEM = 5


def words(text: str | None) -> list[str]:
    """Lower-cased runs of two or more letters.

    >>> words("Loose-leash walking: 3 tips for Über-excited dogs!")
    ['loose', 'leash', 'walking', 'tips', 'for', 'über', 'excited', 'dogs']
    """
    return _WORD.findall((text or "").lower())


def language_code(language: str | None) -> str:
    """The primary subtag, lower-cased; ``""`` when unknown.

    >>> language_code("pt-BR"), language_code(None)
    ('pt', '')
    """
    return (language or "").strip().lower().replace("_", "-").split("-")[0]


@dataclass(frozen=True)
class TextSummary:
    """What scoring needs of one text."""

    language: str                      #: ISO 639-1 code the text was read as ("" unknown)
    terms: Mapping[str, float]         #: stem -> TF-IDF weight (the heaviest terms)
    norm: float                        #: Euclidean norm of ``terms``
    topics: Mapping[str, float]        #: topic -> share of the topic hits (sums to 1)
    topic_hits: int                    #: keyword occurrences found
    word_count: int                    #: words read (stop words included)

    @property
    def empty(self) -> bool:
        return not self.terms


EMPTY_SUMMARY = TextSummary("", MappingProxyType({}), 0.0, MappingProxyType({}), 0, 0)


def cosine(a: TextSummary, b: TextSummary) -> float:
    """Cosine similarity of two summaries' term vectors (0 when either is empty)."""
    if not a.norm or not b.norm:
        return 0.0
    small, large = (a.terms, b.terms) if len(a.terms) <= len(b.terms) else (b.terms, a.terms)
    dot = sum(weight * large[stem] for stem, weight in small.items() if stem in large)
    return min(1.0, dot / (a.norm * b.norm))


class TextAnalyzer:
    """Turns texts into :class:`TextSummary` objects; keeps the loaded
    stemmers, stop-word sets, frequency lists and topic indexes."""

    def __init__(self, *, max_terms: int = 300, max_words: int = 4000, title_boost: int = 3):
        self.max_terms = max_terms
        self.max_words = max_words
        self.title_boost = title_boost
        self._stemmers: dict[str, object] = {}
        self._stop: dict[str, frozenset[str]] = {}
        self._freq: dict[str, Mapping[str, float]] = {}
        self._freq_languages: frozenset[str] | None = None
        self._idf: dict[str, dict[str, float]] = {}
        self._topic_index: dict[str, tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]] = {}

    # ------------------------------------------------------------ resources
    def stop_words(self, language: str) -> frozenset[str]:
        """Stop words of ``language`` plus :data:`WEB_STOP_WORDS`."""
        if language not in self._stop:
            found: set[str] = set(WEB_STOP_WORDS)
            if language in stop_words.LANGUAGE_MAPPING:
                found.update(word.lower() for word in stop_words.get_stop_words(language))
            self._stop[language] = frozenset(found)
        return self._stop[language]

    def stem_words(self, tokens: list[str], language: str) -> list[str]:
        """Snowball stems of ``tokens`` (the tokens themselves for a language
        without a stemmer)."""
        algorithm = STEMMER_LANGUAGES.get(language)
        if algorithm is None:
            return list(tokens)
        if language not in self._stemmers:
            self._stemmers[language] = Stemmer.Stemmer(algorithm)
        return self._stemmers[language].stemWords(tokens)

    def frequencies(self, language: str) -> Mapping[str, float]:
        """wordfreq's word frequencies for ``language`` (English when it has none)."""
        found = self._freq.get(language)
        if found is None:
            if self._freq_languages is None:
                self._freq_languages = frozenset(wordfreq.available_languages("small"))
            code = language if language in self._freq_languages else "en"
            found = self._freq.get(code) or wordfreq.get_frequency_dict(code, wordlist="small")
            self._freq[code] = self._freq[language] = found
        return found

    def idf(self, word: str, language: str) -> float:
        """Weight of a word: high for rare words, low for common ones (the
        formula :meth:`summarize` applies).

        >>> analyzer = TextAnalyzer()
        >>> analyzer.idf("the", "en") < analyzer.idf("dog", "en") < analyzer.idf("leash", "en")
        True
        """
        return self.idf_table(language).get(word, _IDF_MAX)

    def idf_table(self, language: str) -> Mapping[str, float]:
        """Word -> idf for every word wordfreq lists in ``language`` (a word
        it does not list weighs :data:`_IDF_MAX`)."""
        table = self._idf.get(language)
        if table is None:
            log = math.log
            table = {word: max(_IDF_MIN, log(_IDF_REFERENCE / max(frequency, _IDF_UNKNOWN)))
                     for word, frequency in self.frequencies(language).items()}
            self._idf[language] = table
        return table

    def topic_index(self, language: str) -> tuple[Mapping[str, tuple[str, ...]], Mapping[str, tuple[str, ...]]]:
        """(word -> topics, stem -> topics) from the taxonomy's keywords in
        ``language`` (every language's words, and no stems, when the language
        is unknown). A keyword is matched by its stem when the stem has at
        least :data:`MIN_TOPIC_STEM` letters, else (or when written
        ``=word``) by the word itself."""
        if language not in self._topic_index:
            exact: dict[str, list[str]] = {}
            stemmed: dict[str, list[str]] = {}
            for topic in TOPICS.values():
                texts = [topic.keywords.get(language, "")] if language else list(topic.keywords.values())
                for keyword in " ".join(texts).split():
                    forced = keyword.startswith("=")
                    for word in words(keyword):
                        stem = self.stem_words([word], language)[0] if language else word
                        if forced or not language or len(stem) < MIN_TOPIC_STEM:
                            table, key = exact, word
                        else:
                            table, key = stemmed, stem
                        topics = table.setdefault(key, [])
                        if topic.name not in topics:
                            topics.append(topic.name)
            self._topic_index[language] = (
                MappingProxyType({k: tuple(v) for k, v in exact.items()}),
                MappingProxyType({k: tuple(v) for k, v in stemmed.items()}),
            )
        return self._topic_index[language]

    # ------------------------------------------------------------ summaries
    def summarize(self, text: str | None, language: str | None, *, title: str | None = None,
                  tokens: list[str] | None = None) -> TextSummary:
        """The summary of ``text`` (or of its ``tokens``, from :func:`words`,
        when the caller has them) read as ``language``; the ``title``'s
        words count :attr:`title_boost` times."""
        lang = language_code(language)
        all_words = (tokens if tokens is not None else words(text))[: self.max_words]
        counts = Counter(all_words)
        for word in words(title):
            counts[word] += self.title_boost
        for word in self.stop_words(lang).intersection(counts):
            del counts[word]
        if not counts:
            return TextSummary(lang, MappingProxyType({}), 0.0, MappingProxyType({}), 0, len(all_words))
        unique = list(counts)
        stems = self.stem_words(unique, lang)
        idf = self.idf_table(lang).get
        log = math.log
        stem_tf: dict[str, int] = {}
        stem_idf: dict[str, float] = {}
        for word, stem in zip(unique, stems):
            stem_tf[stem] = stem_tf.get(stem, 0) + counts[word]
            weight = idf(word, _IDF_MAX)
            if weight > stem_idf.get(stem, 0.0):
                stem_idf[stem] = weight
        weighted = {stem: (1.0 + log(tf)) * stem_idf[stem] for stem, tf in stem_tf.items()}
        if len(weighted) > self.max_terms:
            weighted = dict(heapq.nlargest(self.max_terms, weighted.items(), key=lambda item: (item[1], item[0])))
        norm = math.sqrt(sum(w * w for w in weighted.values()))
        topics, hits = self._topics(unique, stems, counts, lang)
        return TextSummary(lang, MappingProxyType(weighted), norm, MappingProxyType(topics), hits, len(all_words))

    def _topics(self, unique: list[str], stems: list[str], counts: Mapping[str, int],
                language: str) -> tuple[dict[str, float], int]:
        exact, stemmed = self.topic_index(language)
        matched: dict[str, tuple[tuple[str, ...], int]] = {}   # keyword (word or stem) -> topics, count
        hits = 0
        for word, stem in zip(unique, stems):
            key, topics = (word, exact[word]) if word in exact else (stem, stemmed.get(stem))
            if topics:
                matched[key] = (topics, matched.get(key, ((), 0))[1] + counts[word])
                hits += counts[word]
        scores: dict[str, float] = {}
        for topics, tf in matched.values():
            share = (1.0 + math.log(tf)) / len(topics)
            for topic in topics:
                scores[topic] = scores.get(topic, 0.0) + share
        total = sum(scores.values())
        if not total:
            return {}, 0
        return {topic: score / total for topic, score in sorted(scores.items())}, hits
