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


_TIME_JOINER = re.compile(r"[\s،,]*(?:في\s+)?(?:الساعه\s+)?(?:عند\s+)?(?:الساعه\s+)?$")


def _with_times(items: list[tuple], text: str) -> list[tuple]:
    """A day followed by a time ("6 يناير 2015، الساعة 05:16 مساءً") becomes one minute value."""
    merged: list[tuple] = []
    for item in items:
        start, end, value, grain, _ = item
        if merged and grain == "minute" and value:
            p_start, p_end, p_value, p_grain, p_calendar = merged[-1]
            single_day = p_grain == "day" and p_value and "/" not in p_value
            if single_day and _TIME_JOINER.match(text[p_end:start]):
                merged[-1] = (p_start, end, p_value + value[value.index("T") :], "minute", p_calendar)
                continue
        merged.append(item)
    # a clock time with no day before it and no reference day has no value
    return [(s, e, None if v and v.startswith("T") else v, g, c) for s, e, v, g, c in merged]


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
        resolved_items = []
        for item in found:
            direction = self._direction(folded.text, item.start, item.end)
            resolved = resolve(item, self.vocabulary, reference, direction, self.settings.calendar)
            if resolved is not None:
                resolved_items.append((item.start, item.end, *resolved))
        for item_start, item_end, value, grain, calendar in _with_times(resolved_items, folded.text):
            start, end = folded.source_span(item_start, item_end)
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
