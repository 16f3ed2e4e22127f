"""Derived views of a document's text that remember where every character came from.

Stages often want to search a cleaner text than the raw one: the body without boilerplate, or a
normalized form without diacritics. A :class:`TextView` is such a text together with an offset
map back to its source, so a match in the view is reported as raw offsets with
:meth:`TextView.source_span`. Views compose: a view of a view maps straight back to the raw text.

The map stores, for each view character, the half-open source range ``[starts[i], ends[i])`` it
came from. One source character may become several view characters (an NFKC ligature expands)
and several source characters may become one (a run of spaces collapses); deleted source
characters simply have no view character.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .document import Document


@dataclass(frozen=True, slots=True)
class TextView:
    """A text plus, for each of its characters, the source range it came from.

    ``source_length`` is the length of the text this view was derived from, so that an empty
    span at the very end of the view maps to the end of the source.
    """

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    source_length: int

    def __post_init__(self) -> None:
        if not (len(self.text) == len(self.starts) == len(self.ends)):
            raise ValueError("a TextView needs exactly one source range per character")

    @classmethod
    def identity(cls, text: str) -> TextView:
        """The view of ``text`` as it is: every character maps to itself."""
        n = len(text)
        return cls(text, tuple(range(n)), tuple(range(1, n + 1)), n)

    def source_offset(self, index: int) -> int:
        """The source offset where view position ``index`` (0 ≤ index ≤ len(text)) starts."""
        if index < len(self.text):
            return self.starts[index]
        return self.ends[-1] if self.text else self.source_length

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span ``[a, b)`` covering view span ``[start, end)``.

        A non-empty view span maps to the smallest source span containing every source character
        its characters came from.
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"view span [{start}, {end}) outside a view of length {len(self.text)}")
        if start == end:
            offset = self.source_offset(start)
            return offset, offset
        return self.starts[start], self.ends[end - 1]

    def then(self, derived: TextView) -> TextView:
        """Compose: ``derived`` is a view of this view's text; the result maps to this view's source."""
        if derived.source_length != len(self.text):
            raise ValueError("the derived view was not made from this view's text")
        if all(map(int.__lt__, derived.starts, derived.ends)):  # no insertions: look-ups in C
            starts = tuple(map(self.starts.__getitem__, derived.starts))
            ends = tuple(map(self.ends.__getitem__, map((-1).__add__, derived.ends)))
            return TextView(derived.text, starts, ends, self.source_length)
        starts_list, ends_list = [], []
        for a, b in zip(derived.starts, derived.ends, strict=True):
            starts_list.append(self.starts[a] if a < len(self.text) else self.source_offset(a))
            ends_list.append(self.ends[b - 1] if b > a else starts_list[-1])
        return TextView(derived.text, tuple(starts_list), tuple(ends_list), self.source_length)


class ViewBuilder:
    """Builds a :class:`TextView` piece by piece, in source order.

    ``keep(a, b)`` copies source ``[a, b)`` unchanged; ``replace(a, b, text)`` puts ``text`` in
    place of source ``[a, b)`` (every character of ``text`` maps to the whole range); skipping a
    range drops it.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []

    def keep(self, start: int, end: int) -> None:
        self._parts.append(self.source[start:end])
        self._starts.extend(range(start, end))
        self._ends.extend(range(start + 1, end + 1))

    def replace(self, start: int, end: int, text: str) -> None:
        self._parts.append(text)
        self._starts.extend([start] * len(text))
        self._ends.extend([end] * len(text))

    def build(self) -> TextView:
        return TextView("".join(self._parts), tuple(self._starts), tuple(self._ends), len(self.source))


def excluding(text: str, spans: Iterable[tuple[int, int]]) -> TextView:
    """The view of ``text`` without the (possibly overlapping) source ``spans``."""
    builder = ViewBuilder(text)
    position = 0
    for start, end in sorted(spans):
        if start > position:
            builder.keep(position, start)
        position = max(position, end)
    if position < len(text):
        builder.keep(position, len(text))
    return builder.build()


def body_view(document: Document, exclude: Iterable[str] = ("boilerplate",)) -> TextView:
    """The document's text without the spans of the ``exclude`` layers (by default, boilerplate)."""
    spans = [(s["start"], s["end"]) for layer in exclude for s in document.spans(layer)]
    return excluding(document.text, spans) if spans else TextView.identity(document.text)
