"""The language a page is written in, detected from its text (SPEC ``language``).

Built on langdetect (a port of Google's language-detection, 55 languages),
made deterministic: langdetect draws random n-gram samples and, unless seeded,
seeds from the OS, so the same text can come out differently between calls.
Here one private :class:`~langdetect.detector_factory.DetectorFactory` is
built once, with its profiles loaded in a fixed order and a fixed seed, and
never touches langdetect's global factory.

The work per call is bounded: at most ``max_chars`` characters are sampled,
from a few windows spread across the text (not only its start, which is often
a menu or a cookie banner).
"""
from __future__ import annotations

import os
import re
from functools import cache

from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
from langdetect.lang_detect_exception import LangDetectException

from crawler.analysis.document import PageDoc

#: langdetect codes that are not ISO 639-1 -> the record's code.
_CODE_MAP = {"zh-cn": "zh", "zh-tw": "zh"}
#: Fewer letters than this: too little text to tell.
MIN_LETTERS = 20
#: The best language must have at least this probability.
MIN_PROBABILITY = 0.5
#: Main text with fewer letters than this is not enough: use the whole page.
MIN_MAIN_TEXT_LETTERS = 200
#: The main text decides alone when its best language is this likely (all of
#: langdetect's trials agree).
SURE_PROBABILITY = 0.99
#: Sample windows taken from a long text.
WINDOWS = 4
_SEED = 0
_SPACE = re.compile(r"\s")
_WIDE = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                   "\uac00-\ud7af\uf900-\ufaff]")
_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
_KANA = re.compile("[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]")


@cache
def _factory() -> DetectorFactory:
    """langdetect's profiles, loaded once, in sorted order, with a fixed seed."""
    factory = DetectorFactory()
    profiles = []
    for name in sorted(os.listdir(PROFILES_DIRECTORY)):
        with open(os.path.join(PROFILES_DIRECTORY, name), encoding="utf-8") as handle:
            profiles.append(handle.read())
    factory.load_json_profile(profiles)
    factory.set_seed(_SEED)
    return factory


def letter_count(text: str) -> int:
    """Letters in ``text``; a CJK ideograph, kana or Hangul syllable counts
    three times (one such character carries about what half a word does).

    >>> letter_count("ab1 c"), letter_count("中文")
    (3, 6)
    """
    return sum((3 if char >= "\u1100" and _WIDE.match(char) else 1)
               for char in text if char.isalpha())


def sample_text(text: str, max_chars: int = 4000, windows: int = WINDOWS) -> str:
    """Up to ``max_chars`` of ``text``: all of it when short enough, else
    ``windows`` equal windows spread evenly from start to end, each cut at
    whitespace where possible so words stay whole.

    >>> sample_text("abc", 10)
    'abc'
    >>> len(sample_text("word " * 10_000, 1000)) <= 1000
    True
    """
    if len(text) <= max_chars:
        return text
    width = max_chars // max(windows, 1)
    if width < 50 or windows < 2:
        return text[:max_chars]
    step = (len(text) - width) / (windows - 1)
    parts = []
    for index in range(windows):
        start = round(index * step)
        window = text[start:start + width]
        if start > 0:  # drop a cut word at the start
            space = _SPACE.search(window)
            if space and space.start() < width // 4:
                window = window[space.end():]
        if start + width < len(text):  # and at the end
            cut = max(window.rfind(" "), window.rfind("\n"))
            if cut > len(window) * 3 // 4:
                window = window[:cut]
        parts.append(window.strip())
    return " ".join(parts)[:max_chars]


def detect_language(text: str | None, *, max_chars: int = 4000) -> str | None:
    """ISO 639-1 code of the language of ``text`` (``zh`` for Chinese in
    either script); None when the text is too short (fewer than
    :data:`MIN_LETTERS` letters) or no language is likely enough
    (:data:`MIN_PROBABILITY`). Same text, same answer, in any process.

    >>> detect_language("Der schnelle braune Fuchs springt über den faulen Hund.")
    'de'
    >>> detect_language("ok") is None
    True
    """
    return _best(language_probabilities(text, max_chars=max_chars), MIN_PROBABILITY)


def language_probabilities(text: str | None, *, max_chars: int = 4000) -> dict[str, float]:
    """Likely languages of ``text`` (ISO 639-1 -> probability, those above
    0.1); empty when the text is too short or has nothing to go on."""
    sample = sample_text(text or "", max_chars)
    if letter_count(sample) < MIN_LETTERS:
        return {}
    factory = _factory()
    detector = factory.create()
    detector.set_max_text_length(len(sample))
    detector.set_prior_map(_script_prior(sample, factory.get_lang_list()))
    detector.append(sample)
    try:
        ranked = detector.get_probabilities()
    except LangDetectException:  # no usable n-gram (digits, symbols, unknown script)
        return {}
    totals: dict[str, float] = {}
    for candidate in ranked:
        code = _CODE_MAP.get(candidate.lang, candidate.lang)
        totals[code] = totals.get(code, 0.0) + candidate.prob
    return totals


def _best(totals: dict[str, float], minimum: float) -> str | None:
    if not totals:
        return None
    best = max(sorted(totals), key=totals.__getitem__)  # sorted: ties break the same way
    return best if totals[best] >= minimum else None


def _script_prior(sample: str, languages: list[str]) -> dict[str, float]:
    """Rule out Korean without Hangul and Japanese without kana.

    langdetect shares Han n-grams between Chinese, Japanese and Korean and
    often calls a short Chinese text Korean; a text with no Hangul cannot be
    Korean, one with no kana is not Japanese as a reader sees it.
    """
    excluded = set()
    if not _HANGUL.search(sample):
        excluded.add("ko")
    if not _KANA.search(sample):
        excluded.add("ja")
    return {lang: (0.0 if lang in excluded else 1.0) for lang in languages}


def page_language(doc: PageDoc, main_text: str | None = None, *, max_chars: int = 4000) -> str | None:
    """Language of a page: of its main text (the article body, when the
    caller extracted one) when that is clear, else of the page as a whole.

    A main text of at least :data:`MIN_MAIN_TEXT_LETTERS` letters decides
    when the detector is sure of it (:data:`SURE_PROBABILITY`): menus and
    banners in another language do not count then. When it is not sure (a
    body of names and figures, like a standings table), the main text and
    the whole page's text, in equal parts, decide together.
    """
    visible = doc.visible_text
    if main_text and letter_count(main_text[: max_chars * 2]) >= MIN_MAIN_TEXT_LETTERS:
        main = sample_text(main_text, max_chars)
        found = _best(language_probabilities(main, max_chars=max_chars), SURE_PROBABILITY)
        if found is not None:
            return found
        half = sample_text(main, max_chars // 2)
        mixed = half + "\n" + sample_text(visible, max_chars - len(half))
        return detect_language(mixed, max_chars=len(mixed))
    return detect_language(visible, max_chars=max_chars)
