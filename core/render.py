"""What the report and ``khabar show`` draw: an output record's annotations as marks over its text.

A :class:`Mark` is one annotation to draw (a boilerplate span, a quote, a date…) with the label a
reader needs (its kind, speaker, ISO value). :func:`segments` cuts the text at every mark's edges,
so that each piece carries the marks over it, overlapping or nested, and a renderer only has to
style pieces. Both renderers read output records (the JSON of docs/output.md), not documents, so
they work on any khabar output file, and on spans they do not know they draw nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

#: Every layer drawn, in the order a piece's marks are nested (outermost first).
LAYERS = ("boilerplate", "title", "quote", "speaker", "source", "evidence", "date", "language")


@dataclass(frozen=True, order=True)
class Mark:
    """One annotation over ``text[start:end]`` to draw as ``layer``, with ``label`` for the reader:
    a boilerplate span's kind, a quote's speaker, a date's ISO value, a span's language.

    ``kind`` tells a quote's ``direct`` from ``indirect``; ``number`` numbers the quotes of a
    document (1, 2…) so that a side note can refer to them.
    """

    start: int
    end: int
    layer: str
    label: str = ""
    number: int = 0
    kind: str = ""


def note(mark: Mark) -> str:
    """What a reader is told where ``mark`` ends (empty for layers with nothing to tell):
    ``navigation``, ``[1] الوزير``, ``2021-12-30``, ``en``."""
    if mark.layer == "quote":
        return f"[{mark.number}] {mark.label}"
    return mark.label if mark.layer in ("boilerplate", "date", "language") else ""


def _spans(record: Mapping[str, Any], key: str) -> list[Mapping[str, Any]]:
    value = record.get(key)
    if isinstance(value, Mapping):
        value = [value]
    if not isinstance(value, list):
        return []
    return [
        span
        for span in value
        if isinstance(span, Mapping)
        and isinstance(span.get("start"), int)
        and isinstance(span.get("end"), int)
    ]


def speaker_name(quote: Mapping[str, Any]) -> str:
    """The name a quote's speaker is shown by: canonical, else as written, else ``?``."""
    speaker = quote.get("speaker")
    if isinstance(speaker, str):
        return speaker or "?"
    if isinstance(speaker, Mapping):
        return str(speaker.get("canonical") or speaker.get("text") or speaker.get("name") or "?")
    return "?"


def outlet_name(record: Mapping[str, Any]) -> str | None:
    """The outlet's name (else its id), or None when the output names none."""
    outlet = record.get("outlet")
    if not isinstance(outlet, Mapping):
        return None
    return outlet.get("name") or outlet.get("id") or None


def marks_of(record: Mapping[str, Any]) -> list[Mark]:
    """Every mark of an output record, sorted by position; spans outside the text are dropped."""
    marks = [
        Mark(s["start"], s["end"], "boilerplate", str(s.get("kind", "")))
        for s in _spans(record, "boilerplate")
    ]
    marks += [Mark(s["start"], s["end"], "title") for s in _spans(record, "title")]
    for number, quote in enumerate(_spans(record, "quotes"), 1):
        kind = str(quote.get("kind", "direct"))
        marks.append(Mark(quote["start"], quote["end"], "quote", speaker_name(quote), number, kind))
        speaker = quote.get("speaker")
        if (
            isinstance(speaker, Mapping)
            and isinstance(speaker.get("start"), int)
            and isinstance(speaker.get("end"), int)
        ):
            marks.append(Mark(speaker["start"], speaker["end"], "speaker", speaker_name(quote), number))
    marks += [
        Mark(s["start"], s["end"], "source", str(s.get("canonical") or "")) for s in _spans(record, "sources")
    ]
    outlet = record.get("outlet")
    if isinstance(outlet, Mapping):
        marks += [
            Mark(e["start"], e["end"], "evidence", str(e.get("signal", "")))
            for e in _spans(outlet, "evidence")
        ]
    marks += [Mark(s["start"], s["end"], "date", str(s.get("value") or "?")) for s in _spans(record, "dates")]
    language = record.get("language")
    marks += [
        Mark(s["start"], s["end"], "language", str(s.get("lang")))
        for s in _spans(record, "language_spans")
        if s.get("lang") != language
    ]
    length = len(record.get("text") or "")
    return sorted(m for m in marks if 0 <= m.start < m.end <= length)


@dataclass(frozen=True)
class Piece:
    """``[start, end)`` of the text with the marks over all of it; ``ending``: those that end with it."""

    start: int
    end: int
    marks: tuple[Mark, ...]
    ending: tuple[Mark, ...]


def segments(length: int, marks: list[Mark]) -> Iterator[Piece]:
    """Cut ``range(length)`` at every mark's start and end: pieces in order, covering it all."""
    edges = sorted({0, length, *(m.start for m in marks), *(m.end for m in marks)})
    order = {layer: rank for rank, layer in enumerate(LAYERS)}
    by_start: dict[int, list[Mark]] = {}
    for mark in marks:
        by_start.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    for start, end in pairwise(edges):
        starting = tuple(by_start.get(start, ()))
        active = [m for m in active if m.end > start] + list(starting)
        active.sort(key=lambda m: (order.get(m.layer, len(order)), m.start, -m.end))
        ending = tuple(m for m in active if m.end == end)
        yield Piece(start, end, tuple(active), ending)
