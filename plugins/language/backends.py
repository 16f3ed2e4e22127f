"""Language-identification backends: tell apart the languages that share a script.

A backend is an object with a ``name`` and ``scores(text, candidates) -> dict[str, float]``: a
probability for each candidate language (they share one script; the stage has settled the script
already). Backends are contributed with ``register_data("language.backends", [backend, ...])``;
khabar's own are registered that way too. Heavy data loads on first use, never at import.

- ``langdetect`` (the default): langdetect's character n-gram profiles, scored **exhaustively and
  deterministically** — every 1-, 2- and 3-gram of the text, no random sampling, so the same text
  always gets the same answer — and restricted to the candidate languages, plus word evidence from
  wordfreq's frequency lists, which is what decides two-word snippets.
- ``langdetect-sampling``: langdetect's own ``detect_langs`` with a fixed seed (its stock algorithm).
- ``lingua``: lingua-py, when the optional ``lingua-language-detector`` package is installed.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import cached_property
from importlib import resources
from itertools import repeat

# ISO codes khabar uses that the data sources spell differently.
_LANGDETECT_CODES = {"zh": "zh-cn"}
_WORD_FLOOR = math.log(1e-7)  # an unknown word: rarer than anything a frequency list keeps
_WORD_WEIGHT = 4.0  # words against characters: measured on held-out data, see docs/language.md
_CHARACTERS_BELOW_WORDS = 6  # character n-grams are scored for snippets of fewer words than this
_UNMODELLED = 1e-6
_COMMON = math.log(1e-3)  # a word at least this frequent is a function word, in effect
_STRIP = ".,;:!?()[]{}\"'«»“”„،؛؟…-–—_/|*#@"


def _softmax(log_scores: dict[str, float]) -> dict[str, float]:
    top = max(log_scores.values())
    weights = {lang: math.exp(score - top) for lang, score in log_scores.items()}
    total = sum(weights.values())
    return {lang: weight / total for lang, weight in weights.items()}


class ProfileBackend:
    """Exhaustive naive-Bayes scoring on langdetect's profiles, with wordfreq word evidence."""

    name = "langdetect"
    description = "langdetect's n-gram profiles scored exhaustively (deterministic), plus wordfreq words"

    def __init__(self) -> None:
        self._profiles: dict[str, tuple[dict[str, float], list[float]] | None] = {}
        self._words: dict[str, dict[str, float] | None] = {}
        self._common: dict[str, frozenset[str]] = {}

    def _profile(self, language: str) -> tuple[dict[str, float], list[float]] | None:
        if language not in self._profiles:
            code = _LANGDETECT_CODES.get(language, language)
            try:
                raw = resources.files("langdetect").joinpath("profiles", code).read_text(encoding="utf-8")
            except (FileNotFoundError, OSError):
                self._profiles[language] = None
                return None
            profile = json.loads(raw)
            totals = profile["n_words"]
            log_probability = {g: math.log(c / totals[len(g) - 1]) for g, c in profile["freq"].items()}
            # The profiles keep only each language's most frequent n-grams: an n-gram that is not
            # listed is rarer than the rarest listed one, in that language's own terms.
            floors = []
            for n in (1, 2, 3):
                rarest = min((c for g, c in profile["freq"].items() if len(g) == n), default=1)
                floors.append(math.log(0.1 * rarest / totals[n - 1]))
            self._profiles[language] = (log_probability, floors)
        return self._profiles[language]

    def _word_list(self, language: str) -> dict[str, float] | None:
        if language not in self._words:
            from wordfreq import available_languages, get_frequency_dict

            if language in available_languages("small"):
                frequencies = get_frequency_dict(language, "small")
                self._words[language] = {w: math.log(f) for w, f in frequencies.items()}
            else:
                self._words[language] = None
        return self._words[language]

    def prepare(self, languages: Sequence[str]) -> None:
        """Load the profiles and word lists of ``languages`` (otherwise loaded on first use)."""
        for language in languages:
            self._profile(language)
            self._word_list(language)

    def common_words(self, language: str) -> frozenset[str]:
        """The language's most frequent words (its function words, in effect): running prose
        is full of them, menus, headers and names are not."""
        if language not in self._common:
            table = self._word_list(language) or {}
            self._common[language] = frozenset(
                w for w, log_f in table.items() if log_f >= _COMMON and not w.isdigit()
            )
        return self._common[language]

    def scores(self, text: str, candidates: Sequence[str]) -> dict[str, float]:
        lowered = text.lower()
        words = [w.strip(_STRIP) for w in lowered.split()]
        words = [w for w in words if w and not w.isdigit()]
        modelled = [lang for lang in candidates if self._profile(lang) and self._word_list(lang)]
        if not modelled:
            return {lang: 1 / len(candidates) for lang in candidates}
        log_scores = dict.fromkeys(modelled, 0.0)
        if len(words) < _CHARACTERS_BELOW_WORDS:  # characters decide short snippets; words, the rest
            padded = f" {' '.join(words)} "
            grams_by_length = [
                [g for g in (padded[i : i + n] for i in range(len(padded) - n + 1)) if not g.isspace()]
                for n in (1, 2, 3)
            ]
            for lang in modelled:
                table, floors = self._profile(lang)
                log_scores[lang] += sum(  # map with a default runs the look-ups in C
                    sum(map(table.get, grams, repeat(floor, len(grams))))
                    for grams, floor in zip(grams_by_length, floors, strict=True)
                )
        for lang in modelled:
            table = self._word_list(lang)
            log_scores[lang] += _WORD_WEIGHT * sum(map(table.get, words, repeat(_WORD_FLOOR, len(words))))
        probabilities = _softmax(log_scores)
        # A candidate this backend has no data for keeps a small probability, so that the letters
        # only it uses (Pashto's ښ, Sorani's ڵ) can still win it the span.
        return {lang: probabilities.get(lang, _UNMODELLED) for lang in candidates}


class SamplingBackend:
    """langdetect's own algorithm (random n-gram sampling), made deterministic with a fixed seed."""

    name = "langdetect-sampling"
    description = "langdetect.detect_langs with a fixed seed"

    @cached_property
    def _factory(self):
        from langdetect import DetectorFactory, detector_factory

        DetectorFactory.seed = 0
        detector_factory.init_factory()
        return detector_factory._factory

    def scores(self, text: str, candidates: Sequence[str]) -> dict[str, float]:
        from langdetect.lang_detect_exception import LangDetectException

        detector = self._factory.create()
        detector.append(text)
        try:
            found = {p.lang: p.prob for p in detector.get_probabilities()}
        except LangDetectException:
            found = {}
        probabilities = {lang: found.get(_LANGDETECT_CODES.get(lang, lang), 0.0) for lang in candidates}
        total = sum(probabilities.values())
        if total == 0:
            return {lang: 1 / len(candidates) for lang in candidates}
        return {lang: p / total for lang, p in probabilities.items()}


class LinguaBackend:
    """lingua-py (optional: ``pip install lingua-language-detector``)."""

    name = "lingua"
    description = "lingua-py, restricted to the candidate languages (optional dependency)"

    def __init__(self) -> None:
        self._detectors: dict[tuple[str, ...], object] = {}

    def scores(self, text: str, candidates: Sequence[str]) -> dict[str, float]:
        from lingua import IsoCode639_1, IsoCode639_3, Language, LanguageDetectorBuilder

        key = tuple(sorted(candidates))
        if key not in self._detectors:
            languages = []
            for code in key:
                iso = IsoCode639_1.from_str(code) if len(code) == 2 else IsoCode639_3.from_str(code)
                from_iso = Language.from_iso_code_639_1 if len(code) == 2 else Language.from_iso_code_639_3
                languages.append(from_iso(iso))
            builder = LanguageDetectorBuilder.from_languages(*languages) if len(languages) > 1 else None
            self._detectors[key] = builder.build() if builder else None
        detector = self._detectors[key]
        if detector is None:
            return {candidates[0]: 1.0}
        values = detector.compute_language_confidence_values(text)
        found = {v.language.iso_code_639_1.name.lower(): v.value for v in values}
        return {lang: found.get(lang, 0.0) for lang in candidates}


def lingua_available() -> bool:
    try:
        import lingua  # noqa: F401
    except ImportError:
        return False
    return True
