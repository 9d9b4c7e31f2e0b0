"""Naturalness and relevance scores (pure: no Scrapy, no database).

- :mod:`.weights`: every weight and threshold, overridable;
- :mod:`.text`, :mod:`.topics`: language-aware text vectors and the topic taxonomy;
- :mod:`.spam`, :mod:`.anchors`, :mod:`.geo`: vocabularies and small facts;
- :mod:`.naturalness`, :mod:`.relevance`: the two scores;
- :mod:`.signals`: every signal code, and the :class:`Score` result;
- :mod:`.scorer`: both scores for one record, with the run's caches.

``docs/signals.md`` explains every code and weight.
"""
from crawler.scoring.inputs import ProfileFacts, ScoringInput
from crawler.scoring.scorer import Scorer, Scores, TargetSummary
from crawler.scoring.signals import ALL_CODES, Score
from crawler.scoring.weights import DEFAULT_WEIGHTS, make_weights

__all__ = [
    "ALL_CODES", "DEFAULT_WEIGHTS", "ProfileFacts", "Score", "Scorer", "Scores",
    "ScoringInput", "TargetSummary", "make_weights",
]
