"""Both scores for one live record: the glue between the record, the texts
(:class:`ScoringInput`), the profile (:class:`ProfileFacts`) and the pure
scores. One :class:`Scorer` per run: it holds the loaded language resources
and a bounded cache of target summaries (each target is read once).
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Mapping
from dataclasses import dataclass

from crawler.scoring.anchors import url_words
from crawler.scoring.inputs import ProfileFacts, ScoringInput
from crawler.scoring.naturalness import score_naturalness
from crawler.scoring.relevance import RelevanceInput, score_relevance
from crawler.scoring.signals import Score
from crawler.scoring.spam import SpamReport, categories_of, find_spam
from crawler.scoring.text import TextAnalyzer, TextSummary, language_code, words
from crawler.scoring.weights import DEFAULT_WEIGHTS


@dataclass(frozen=True)
class TargetSummary:
    """What scoring keeps of one target page (computed once per run)."""

    url: str
    fetched: bool
    language: str                       #: "" when unknown
    text: TextSummary                   #: main text and title (fetched), else URL words
    spam_categories: frozenset[str]     #: spam subjects of the target itself (left out on linking pages)


@dataclass(frozen=True)
class Scores:
    naturalness: Score
    relevance: Score

    @property
    def signals(self) -> tuple[str, ...]:
        """Codes of both scores, naturalness first, each once."""
        return tuple(dict.fromkeys(self.naturalness.signals + self.relevance.signals))


class Scorer:
    """Scores live records."""

    def __init__(
        self,
        weights: Mapping[str, float] = DEFAULT_WEIGHTS,
        *,
        analyzer: TextAnalyzer | None = None,
        target_cache_size: int = 2048,
    ):
        self.weights = weights
        self.analyzer = analyzer or TextAnalyzer()
        self.target_cache_size = target_cache_size
        self._targets: OrderedDict[tuple, TargetSummary] = OrderedDict()
        # The last pages seen: a page's links arrive together, and its texts
        # (summary, spam words) are the same for each of them.
        self._pages: OrderedDict[tuple, tuple[TextSummary, SpamReport]] = OrderedDict()
        self.page_cache_size = 16

    def summarize_target(
        self, url: str, *, fetched: bool, text: str | None = None, title: str | None = None,
        language: str | None = None, page_language: str | None = None,
    ) -> TargetSummary:
        """A target's summary, cached by its URL and reading language: its
        own language, or the linking page's when it is unknown (a target not
        fetched, or whose language could not be detected)."""
        lang = (language_code(language) if fetched else "") or language_code(page_language)
        key = (url, fetched, lang)
        found = self._targets.get(key)
        if found is not None:
            self._targets.move_to_end(key)
            return found
        words = " ".join(url_words(url))
        if fetched:
            summary = self.analyzer.summarize(text, lang, title=f"{title or ''} {words}")
            spam = categories_of(f"{title or ''} {text or ''}")
        else:
            summary = self.analyzer.summarize(words, lang)
            spam = frozenset()
        target = TargetSummary(url, fetched, language_code(language) if fetched else "", summary, spam)
        self._targets[key] = target
        if len(self._targets) > self.target_cache_size:
            self._targets.popitem(last=False)
        return target

    def summarize_page(self, text: str, title: str | None, visible: str | None,
                       language: str) -> tuple[TextSummary, SpamReport]:
        """The linking page's text summary and spam words, computed once for
        all the links of a page (a small cache of the last pages)."""
        key = (text, title, visible, language)
        found = self._pages.get(key)
        if found is not None:
            return found
        tokens = words(text)
        summary = self.analyzer.summarize(None, language, title=title, tokens=tokens)
        spam = find_spam(None, tokens=words(title) + (words(visible) if visible else tokens))
        self._pages[key] = (summary, spam)
        if len(self._pages) > self.page_cache_size:
            self._pages.popitem(last=False)
        return summary, spam

    def score(
        self,
        record: Mapping,
        analysis: ScoringInput | None,
        profile: ProfileFacts | None = None,
    ) -> Scores:
        """Both scores of a live ``record`` (SPEC fields)."""
        page_language = language_code(
            (analysis.page_language if analysis else None) or record.get("language") or record.get("html_lang"))
        target_url = (analysis.target_url if analysis else None) or record.get("target_url") or ""
        fetched = bool(analysis and analysis.target_fetched)
        target = self.summarize_target(
            target_url, fetched=fetched,
            text=analysis.target_text if analysis else None,
            title=analysis.target_title if analysis else None,
            language=analysis.target_language if analysis else None,
            page_language=page_language,
        )
        page_text = analysis.page_text if analysis else (record.get("surrounding_text") or "")
        page_title = (analysis.page_title if analysis else None) or record.get("title")
        visible = analysis.page_visible_text if analysis else None
        page, page_spam = self.summarize_page(page_text, page_title, visible, page_language)
        context_text = record.get("surrounding_text")
        context = self.analyzer.summarize(context_text, page_language) if context_text else None
        anchor_text = record.get("anchor_text")
        anchor = self.analyzer.summarize(anchor_text, page_language) if anchor_text else None
        described = target.text
        if not fetched and anchor is not None and record.get("anchor_type") not in ("generic", "empty"):
            # no target text: the target is what its URL and its anchor say
            described = self.analyzer.summarize(f"{' '.join(url_words(target_url))} {anchor_text}", page_language)
        relevance = score_relevance(RelevanceInput(
            page=page, target=described, anchor_reference=target.text, context=context, anchor=anchor,
            anchor_type=record.get("anchor_type"), page_language=page_language,
            target_language=target.language, target_fetched=fetched,
        ), weights=self.weights)
        spam = page_spam.without(target.spam_categories)
        naturalness = score_naturalness(
            record, spam=spam, profile=profile, target_language=target.language or None,
            weights=self.weights,
        )
        return Scores(naturalness, relevance)

