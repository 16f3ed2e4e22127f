"""The dates stage: date and time expressions, normalized to ISO 8601 at their own grain.

The text is folded with the ``search`` normalization — so diacritics, tatweel, hamza forms,
Arabic-Indic and Persian digits and bidi marks are handled once, for every pattern — and the
grammar runs over it in one pass; each match is mapped back to raw offsets through the view's
offset map, and matches inside boilerplate are dropped. Relative expressions are resolved
against ``meta.published`` (a day or a full timestamp) or, failing that, a date at the head of
the article (its dateline).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from khabar import Document

from .grammar import Grammar, load_vocabulary
from .resolve import resolve
from .settings import DatesSettings

_FUTURE_PREFIX = re.compile(r"(?<![^\W\d_])(?:و|ف)?س[يتن][^\W\d_]{2,}")
_WORDS_BEFORE, _WORDS_AFTER = 60, 30  # characters of context read for tense cues
_DATELINE_CHARS = 300


def parse_reference(value: Any) -> dt.date | None:
    """``meta.published`` as a day: ``YYYY-MM-DD`` or any ISO 8601 timestamp starting with one."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


class DatesStage:
    """Adds the ``dates`` layer. See the module docstring."""

    def __init__(self, settings: DatesSettings) -> None:
        self.settings = settings

    def setup(self, registry: Any) -> None:
        self.normalizer = registry.normalizer("search")
        self.vocabulary = load_vocabulary(self.normalizer.fold)
        self.grammar = Grammar(self.vocabulary)

    def process(self, document: Document) -> None:
        folded = self.normalizer(document.text)
        found = self.grammar.find(folded.text)
        if not self.settings.include_boilerplate:
            found = self._outside(found, folded, document.spans("boilerplate"))
        reference = parse_reference(document.meta.get("published"))
        if reference is None and self.settings.dateline_reference:
            reference = self._dateline(found, folded.text)
            if reference is not None:
                document.meta.setdefault("reference_date", reference.isoformat())
        for item in found:
            direction = self._direction(folded.text, item.start, item.end)
            resolved = resolve(item, self.vocabulary, reference, direction)
            if resolved is None:
                continue
            value, grain, calendar = resolved
            start, end = folded.source_span(item.start, item.end)
            attributes = {"text": document.text[start:end], "value": value, "grain": grain}
            if calendar:
                attributes["calendar"] = calendar
            document.add_span("dates", start, end, **attributes)

    @staticmethod
    def _outside(found: list, folded: Any, boilerplate: list[dict]) -> list:
        """The expressions that do not overlap a boilerplate span."""
        if not boilerplate:
            return found
        spans = [(s["start"], s["end"]) for s in boilerplate]
        kept = []
        for item in found:
            start, end = folded.source_span(item.start, item.end)
            if not any(s < end and start < e for s, e in spans):
                kept.append(item)
        return kept

    def _dateline(self, found: list, text: str) -> dt.date | None:
        """The first full date at the head of the article, as the reference day."""
        for item in found:
            if item.start > _DATELINE_CHARS:
                break
            if item.kind in ("numeric", "iso", "hijri_date", "hijri_numeric") or (
                item.kind == "day_month" and "dmy" in item.fields
            ):
                value, _, _ = resolve(item, self.vocabulary, None, "nearest") or (None, None, None)
                if value:
                    return dt.date.fromisoformat(value[:10])
        return None

    def _direction(self, text: str, start: int, end: int) -> str:
        """The setting's direction, turned by tense cues around the expression."""
        direction = self.settings.direction
        if not self.settings.tense_cues or direction != "nearest":
            return direction
        window = text[max(0, start - _WORDS_BEFORE) : start] + " " + text[end : end + _WORDS_AFTER]
        words = set(window.split())
        future = bool(words & self.vocabulary.future_cues) or bool(_FUTURE_PREFIX.search(window))
        past = bool(words & self.vocabulary.past_cues)
        if future and not past:
            return "future_or_today"
        if past and not future:
            return "past_or_today"
        return direction
