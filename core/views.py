"""Derived views of a document's text that remember where every character came from.

Stages often want to search a cleaner text than the raw one: the body without boilerplate, or a
normalized form without diacritics. A :class:`TextView` is such a text together with an offset
map back to its source, so a match in the view is reported as raw offsets with
:meth:`TextView.source_span`. Views compose: a view of a view maps straight back to the raw text.

Each view character came from a half-open source range ``[starts[i], ends[i])``. One source
character may become several view characters (an NFKC ligature expands) and several source
characters may become one (a run of spaces collapses); deleted source characters simply have no
view character.

The map is stored sparsely, as :class:`Piece` runs: most of a normalized text is copied one for
one, and one run stands for all of it. Building a view costs time in the number of edits, not in
the length of the text (a dense map of a 5,000-character article is 10,000 Python integers, which
took longer to allocate than the normalization itself), and a look-up is a binary search.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from .document import Document


class Piece(NamedTuple):
    """View characters ``[view_start, view_end)`` came from source ``[source_start, source_end)``.

    ``aligned``: character by character (equal lengths: view character ``view_start + k`` came
    from source character ``source_start + k``); otherwise every view character of the piece came
    from the whole source range (a replacement, a collapse, or an insertion when the range is empty).
    """

    view_start: int
    view_end: int
    source_start: int
    source_end: int
    aligned: bool


def _append(pieces: list[Piece], view_start: int, view_end: int, start: int, end: int, aligned: bool) -> None:
    """Add a piece, merged with the one before when together they are one run."""
    if view_end <= view_start:
        return
    if not aligned and view_end - view_start == 1 and end - start == 1:
        aligned = True  # one character for one: the same thing
    if pieces:
        last = pieces[-1]
        if aligned and last.aligned and last.view_end == view_start and last.source_end == start:
            pieces[-1] = Piece(last.view_start, view_end, last.source_start, end, True)
            return
        if not aligned and not last.aligned and (last.source_start, last.source_end) == (start, end):
            pieces[-1] = Piece(last.view_start, view_end, start, end, False)
            return
    pieces.append(Piece(view_start, view_end, start, end, aligned))


@dataclass(frozen=True, slots=True, eq=False)
class TextView:
    """A text plus, for each of its characters, the source range it came from.

    ``pieces`` cover the text in order (see :class:`Piece`); ``source_length`` is the length of the
    text this view was derived from, so that an empty span at the very end of the view maps to the
    end of the source. Build views with :meth:`identity`, :meth:`from_map` or :class:`ViewBuilder`.
    """

    text: str
    pieces: tuple[Piece, ...]
    source_length: int
    _view_starts: tuple[int, ...] = field(init=False, repr=False)
    _source_starts: tuple[int, ...] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        position = 0
        for piece in self.pieces:
            if piece.view_start != position or piece.view_end <= piece.view_start:
                raise ValueError(
                    f"the pieces of a TextView must cover its text in order; {piece} at {position}"
                )
            if piece.aligned and piece.view_end - piece.view_start != piece.source_end - piece.source_start:
                raise ValueError(f"an aligned piece needs equal lengths: {piece}")
            position = piece.view_end
        if position != len(self.text):
            raise ValueError(f"the pieces cover {position} characters of a text of {len(self.text)}")
        object.__setattr__(self, "_view_starts", tuple(p.view_start for p in self.pieces))
        object.__setattr__(self, "_source_starts", tuple(p.source_start for p in self.pieces))

    def __eq__(self, other: object) -> bool:
        """Views are equal when their texts and maps are (the same map may be cut into pieces
        differently: two characters from one source character are two pieces or one)."""
        if not isinstance(other, TextView):
            return NotImplemented
        return (self.text, self.source_length) == (other.text, other.source_length) and (
            self.pieces == other.pieces or (self.starts, self.ends) == (other.starts, other.ends)
        )

    def __hash__(self) -> int:
        return hash((self.text, self.source_length))

    @classmethod
    def identity(cls, text: str) -> TextView:
        """The view of ``text`` as it is: every character maps to itself."""
        n = len(text)
        return cls(text, (Piece(0, n, 0, n, True),) if n else (), n)

    @classmethod
    def from_map(cls, text: str, starts: Sequence[int], ends: Sequence[int], source_length: int) -> TextView:
        """A view from its dense map: view character ``i`` came from ``[starts[i], ends[i])``."""
        if not (len(text) == len(starts) == len(ends)):
            raise ValueError("a TextView needs exactly one source range per character")
        pieces: list[Piece] = []
        for i, (start, end) in enumerate(zip(starts, ends, strict=True)):
            _append(pieces, i, i + 1, start, end, end - start == 1)
        return cls(text, tuple(pieces), source_length)

    @property
    def starts(self) -> tuple[int, ...]:
        """Where each view character's source range starts (expanded from the pieces)."""
        return tuple(self._start(i) for i in range(len(self.text)))

    @property
    def ends(self) -> tuple[int, ...]:
        """Where each view character's source range ends (expanded from the pieces)."""
        return tuple(self._end(i) for i in range(len(self.text)))

    def _piece(self, index: int) -> Piece:
        return self.pieces[bisect_right(self._view_starts, index) - 1]

    def _start(self, index: int) -> int:
        piece = self._piece(index)
        return piece.source_start + (index - piece.view_start if piece.aligned else 0)

    def _end(self, index: int) -> int:
        piece = self._piece(index)
        return piece.source_start + index - piece.view_start + 1 if piece.aligned else piece.source_end

    def source_offset(self, index: int) -> int:
        """The source offset where view position ``index`` (0 ≤ index ≤ len(text)) starts."""
        if index < len(self.text):
            return self._start(index)
        return self.pieces[-1].source_end if self.pieces else self.source_length

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
        # _start(start) and _end(end - 1), written out: stages map every span they find through here
        view_starts, pieces = self._view_starts, self.pieces
        view_start, view_end, source_start, source_end, aligned = pieces[bisect_right(view_starts, start) - 1]
        first = source_start + start - view_start if aligned else source_start
        last = end - 1
        if last >= view_end:  # most spans lie in one piece
            view_start, _, source_start, source_end, aligned = pieces[bisect_right(view_starts, last) - 1]
        return first, source_start + last - view_start + 1 if aligned else source_end

    def view_offset(self, source_offset: int) -> int:
        """The view position of a source offset: the first view character that came from at or
        after it (deleted source characters map to where their neighbours went)."""
        first = max(0, bisect_left(self._source_starts, source_offset) - 1)
        for piece in self.pieces[first:]:
            if source_offset < piece.source_end or source_offset <= piece.source_start:
                if source_offset <= piece.source_start:
                    return piece.view_start
                return (
                    piece.view_start + source_offset - piece.source_start if piece.aligned else piece.view_end
                )
        return len(self.text)

    def view_span(self, start: int, end: int) -> tuple[int, int]:
        """The view span of source span ``[start, end)`` (the inverse of :meth:`source_span`)."""
        return self.view_offset(start), self.view_offset(end)

    def then(self, derived: TextView) -> TextView:
        """Compose: ``derived`` is a view of this view's text; the result maps to this view's source."""
        if derived.source_length != len(self.text):
            raise ValueError("the derived view was not made from this view's text")
        pieces: list[Piece] = []
        for piece in derived.pieces:
            if not piece.aligned:  # every character maps to the whole range, in this view's source
                start, end = (
                    self.source_span(piece.source_start, piece.source_end)
                    if piece.source_end > piece.source_start
                    else (self.source_offset(piece.source_start),) * 2
                )
                _append(pieces, piece.view_start, piece.view_end, start, end, False)
                continue
            # an aligned run crosses this view's pieces: split it where they split
            index = bisect_right(self._view_starts, piece.source_start) - 1
            position = piece.source_start
            while position < piece.source_end:
                inner = self.pieces[index]
                stop = min(inner.view_end, piece.source_end)
                view_start = piece.view_start + position - piece.source_start
                view_end = view_start + stop - position
                if inner.aligned:
                    offset = inner.source_start - inner.view_start
                    _append(pieces, view_start, view_end, position + offset, stop + offset, True)
                else:
                    _append(pieces, view_start, view_end, inner.source_start, inner.source_end, False)
                position, index = stop, index + 1
        return TextView(derived.text, tuple(pieces), self.source_length)


class ViewBuilder:
    """Builds a :class:`TextView` piece by piece, in source order.

    ``keep(a, b)`` copies source ``[a, b)`` unchanged; ``replace(a, b, text)`` puts ``text`` in
    place of source ``[a, b)`` (every character of ``text`` maps to the whole range); skipping a
    range drops it.
    """

    def __init__(self, source: str) -> None:
        self.source = source
        self._parts: list[str] = []
        self._pieces: list[Piece] = []
        self._length = 0

    def keep(self, start: int, end: int) -> None:
        self._parts.append(self.source[start:end])
        _append(self._pieces, self._length, self._length + end - start, start, end, True)
        self._length += max(0, end - start)

    def replace(self, start: int, end: int, text: str) -> None:
        self._parts.append(text)
        _append(self._pieces, self._length, self._length + len(text), start, end, False)
        self._length += len(text)

    def build(self) -> TextView:
        return TextView("".join(self._parts), tuple(self._pieces), len(self.source))


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
