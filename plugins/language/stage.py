"""The language stage: the language of the article body and of each run of text in it.

1. **Script first.** Each body paragraph (a line, less any boilerplate on it) is cut into runs of
   one script in one regular-expression pass. A short run of another script inside a paragraph —
   a name, an acronym, a handle — stays part of the paragraph's run.
2. **Within a script**, the backend tells the candidate languages apart; for Arabic script the
   letters only some languages use (پ ی ک for Persian, ٹ ں ے for Urdu, ي ك ة for Arabic…) add
   their evidence. A script written by one candidate language needs no backend at all.
3. **Context for what cannot be judged alone**: runs with too few letters, and runs the backend is
   unsure of, take the language of their neighbours or of the document, with a lower score.

``language`` is the language with the most letters in the body; ``language_score`` its share;
``language_spans`` cover every paragraph (boilerplate too: a share button is in English all the
same), each with ``lang``, ``score`` and ``script``.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

from khabar import Document

from .arabic_script import NOT_ARABIC, letter_evidence
from .scripts import SINGLE_LANGUAGE_SCRIPTS, Run, script_of, script_runs
from .settings import LanguageSettings

_PRIOR = 2.5  # log-odds given to the document's language when a run is not clear on its own
_UNSURE = 0.75
_LETTERS_DECIDE = 6.0  # log-odds from distinctive letters that settle a run without the backend
_CASED_SCRIPTS = frozenset({"Latn", "Cyrl", "Grek"})
_DIGIT = re.compile(r"\d")
_ARABIC_ONLY_MIN_CHARS = 200  # below this, a document is too short to rule the other languages out


@dataclass(slots=True)
class Judged:
    run: Run
    lang: str | None
    score: float
    log_scores: dict[str, float] | None = None


class LanguageStage:
    """Sets ``language``, ``language_score`` and ``language_spans``. See the module docstring."""

    def __init__(self, settings: LanguageSettings) -> None:
        self.settings = settings
        if not settings.languages:
            raise ValueError("languages must name at least one language")
        self.by_script: dict[str, list[str]] = {}
        for language in settings.languages:
            self.by_script.setdefault(script_of(language), []).append(language)

    def setup(self, registry: Any) -> None:
        backends = {backend.name: backend for backend in registry.data("language.backends")}
        if self.settings.backend not in backends:
            known = ", ".join(sorted(backends)) or "none registered"
            raise ValueError(f"unknown language backend {self.settings.backend!r} (backends: {known})")
        self.backend = backends[self.settings.backend]
        self.fold = registry.normalizer("match").fold
        if hasattr(self.backend, "prepare"):  # load data now, not inside the first document
            self.backend.prepare(self.settings.languages)

    # -- per document --------------------------------------------------------------------------------

    def process(self, document: Document) -> None:
        paragraphs = [
            (in_body, self._runs(document.text, start, end))
            for start, end, in_body in paragraphs_of(document)
        ]
        # A document of some length with no letter that only Persian, Urdu, Pashto or Kurdish use
        # gives them no evidence anywhere: its Arabic-script runs are Arabic, without scoring each.
        only_arabic = (
            "ar" in self.by_script.get("Arab", ())
            and len(document.text) >= _ARABIC_ONLY_MIN_CHARS
            and not NOT_ARABIC.search(document.text)
        )
        judged = [[self.judge(document.text, run, only_arabic) for run in runs] for _, runs in paragraphs]
        language, share = self._document_language(
            document.text, [items for items, (in_body, _) in zip(judged, paragraphs, strict=True) if in_body]
        )
        for paragraph in judged:
            self._settle(paragraph, language)
            for lang, score, script, start, end in _merge(paragraph):
                document.add_span(
                    "language_spans", start, end, lang=lang, score=round(score, 3), script=script
                )
        document.set("language", language)
        document.set("language_score", round(share, 3))

    def _runs(self, text: str, start: int, end: int) -> list[Run]:
        """Script runs of a paragraph, short runs of a minority script absorbed into their neighbours."""
        runs = script_runs(text, start, end)
        if len(runs) < 2:
            return runs
        letters = Counter()
        for run in runs:
            letters[run.script] += run.letters
        dominant = letters.most_common(1)[0][0]
        kept: list[Run] = []
        for index, run in enumerate(runs):
            at_edge_with_number = index in (0, len(runs) - 1) and _DIGIT.search(text, run.start, run.end)
            if (
                run.script != dominant
                and run.letters < self.settings.min_run_letters
                and not at_edge_with_number
            ):
                if kept:
                    kept[-1].end = run.end
                    continue
                run.script = dominant  # a leading name: the run that follows takes it in
            if kept and kept[-1].script == run.script:
                kept[-1].end, kept[-1].letters = run.end, kept[-1].letters + run.letters
                kept[-1].words += run.words
            else:
                kept.append(run)
        return kept

    def judge(self, text: str, run: Run, only_arabic: bool = False) -> Judged:
        """The language of one run on its own, or ``lang=None`` when it cannot be judged alone."""
        if run.script in SINGLE_LANGUAGE_SCRIPTS:
            return Judged(run, SINGLE_LANGUAGE_SCRIPTS[run.script], 0.99)
        candidates = self.by_script.get(run.script, [])
        if not candidates or run.letters < self.settings.min_judged_letters:
            return Judged(run, None, 0.0)
        if len(candidates) == 1 or (only_arabic and run.script == "Arab"):
            language = "ar" if only_arabic and run.script == "Arab" else candidates[0]
            return Judged(run, language, 0.95 if run.letters >= 20 else 0.8)
        words = self.fold(text[run.start : run.end]).split()[: self.settings.max_scored_words]
        sample = " ".join(words)
        log_scores = dict.fromkeys(candidates, 0.0)
        if run.script == "Arab":
            log_scores = letter_evidence(sample, candidates)
        ranked = sorted(log_scores.values(), reverse=True)
        if not (run.script == "Arab" and len(words) >= 2 and ranked[0] - ranked[1] >= _LETTERS_DECIDE):
            # the letters do not settle it (Persian against Urdu, Latin, Cyrillic): ask the backend
            probabilities = self.backend.scores(sample, candidates)
            for lang in candidates:
                log_scores[lang] += math.log(max(probabilities.get(lang, 0.0), 1e-12))
        best, confidence = _best(log_scores)
        return Judged(run, best, confidence, log_scores)

    def _prose(self, text: str, run: Run, language: str) -> int:
        """How many of the run's words are the language's commonest words (a set intersection).
        In scripts with capitals only lower-case words count: menus and headlines are Title Case."""
        common = getattr(self.backend, "common_words", None)
        if common is None:
            return 0
        words = text[run.start : run.end].split()
        if run.script in _CASED_SCRIPTS:
            words = [w for w in words if not w[:1].isupper()]
        return len(common(language).intersection(words))

    def _document_language(self, text: str, judged: list[list[Judged]]) -> tuple[str | None, float]:
        """The language of the running prose: most function words, then most letters."""
        letters: Counter = Counter()
        for paragraph in judged:
            for item in paragraph:
                if item.lang is not None:
                    letters[item.lang] += item.run.letters
        if len(letters) < 2:  # one language or none: nothing to weigh
            return (next(iter(letters)), 1.0) if letters else (None, 0.0)
        prose: Counter = Counter()
        for paragraph in judged:
            for item in paragraph:
                if item.lang is not None:
                    prose[item.lang] += self._prose(text, item.run, item.lang)
        weights = prose if sum(prose.values()) else letters
        language = max(weights, key=lambda lang: (weights[lang], letters[lang], lang))
        return language, weights[language] / sum(weights.values())

    def _settle(self, paragraph: list[Judged], language: str | None) -> None:
        """Give runs that cannot be judged alone the language of their context."""
        if all(
            item.lang is not None and (item.log_scores is None or item.score >= _UNSURE) for item in paragraph
        ):
            return  # the common case: every run was clear on its own
        for item in paragraph:
            if item.log_scores is not None and item.score < _UNSURE and language in item.log_scores:
                leaning = dict(item.log_scores)
                leaning[language] += _PRIOR
                item.lang, item.score = _best(leaning)
        for index, item in enumerate(paragraph):
            if item.lang is None:
                neighbours = [
                    j for j in (index - 1, index + 1) if 0 <= j < len(paragraph) and paragraph[j].lang
                ]
                source = paragraph[neighbours[0]] if neighbours else None
                item.lang = source.lang if source else language
                item.score = 0.5 * (source.score if source else 1.0) if item.lang else 0.0


def _best(log_scores: dict[str, float]) -> tuple[str, float]:
    top = max(log_scores.values())
    weights = {lang: math.exp(score - top) for lang, score in log_scores.items()}
    best = max(weights, key=weights.get)
    return best, weights[best] / sum(weights.values())


def _merge(paragraph: list[Judged]) -> list[tuple[str | None, float, str, int, int]]:
    """Adjacent runs of the same language become one span (its score: the letter-weighted mean)."""
    spans: list[list] = []
    for item in paragraph:
        if item.lang is None:
            continue
        if spans and spans[-1][0] == item.lang:
            span = spans[-1]
            total = span[5] + item.run.letters
            span[1] = (span[1] * span[5] + item.score * item.run.letters) / max(total, 1)
            span[4], span[5] = item.run.end, total
        else:
            spans.append(
                [item.lang, item.score, item.run.script, item.run.start, item.run.end, item.run.letters]
            )
    return [(lang, score, script, start, end) for lang, score, script, start, end, _ in spans]


def paragraphs_of(document: Document) -> list[tuple[int, int, bool]]:
    """``(start, end, in_body)`` for each paragraph: a non-blank line, cut where boilerplate
    begins or ends on it, trimmed of spaces. Boilerplate pieces get spans too (a share button is
    in English all the same) but do not count towards the document's language."""
    text = document.text
    boilerplate = sorted((s["start"], s["end"]) for s in document.spans("boilerplate"))
    paragraphs = []
    position = 0
    first = 0  # boilerplate spans ending before the current line are never looked at again
    for line in text.split("\n"):
        start, end = position, position + len(line)
        position = end + 1
        while first < len(boilerplate) and boilerplate[first][1] <= start:
            first += 1
        touching = []
        for s, e in boilerplate[first:]:
            if s >= end:
                break
            touching.append((s, e))
        if not touching:  # the common case: a line with no boilerplate on it
            stripped = line.strip()
            if stripped:
                a = start + len(line) - len(line.lstrip())
                paragraphs.append((a, a + len(stripped), True))
            continue
        cuts = sorted({start, end} | {x for s, e in touching for x in (s, e) if start <= x <= end})
        for a, b in itertools.pairwise(cuts):
            in_body = not any(s <= a and b <= e for s, e in touching)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                paragraphs.append((a, b, in_body))
    return paragraphs
