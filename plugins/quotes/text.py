"""Positions in an article's folded text, for the quotes stage: quotation marks and how they pair,
the word before a position, and matches kept in text order to be looked up by position."""

from __future__ import annotations

import re
from bisect import bisect_left

QUOTE_MARKS = '"“”«»„‟'
_OPENERS, _CLOSERS = "“«„‘", "”»‟’"


def first_within(positions: list[int], start: int, end: int) -> int | None:
    """The first of sorted ``positions`` that lies in ``[start, end)``, if any."""
    index = bisect_left(positions, start)
    return positions[index] if index < len(positions) and positions[index] < end else None


def heads(phrases: set[str]) -> list[str]:
    """Texts to look for the phrases by (each phrase begins with one): a phrase's first word, and
    after a word of three letters or fewer (found inside many longer words: على) the space and the
    next word's first letter too; a head that begins with another is left out."""
    found = set()
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        found.add(f"{first} {rest[0]}" if len(first) <= 3 and rest else first)
    return sorted(h for h in found if not any(h != other and h.startswith(other) for other in found))


def short_name(text: str, opening: int, closing: int) -> bool:
    """Whether the quotation between the marks at ``opening`` and ``closing`` is short enough to be
    a name (four words, 40 characters at most)."""
    return closing - opening <= 40 and len(text[opening + 1 : closing].split()) <= 4


_PHRASE_OPENINGS = {"في", "من", "علي", "الي", "عن", "مع", "دون", "لا", "لن", "لم"}  # folded
_LIST_JOINT = re.compile(r"\s*[،,]?\s*و?\s*")  # what joins two items of a list: "، " or " و"


def in_lists(text: str, pairs: list[tuple[int, int]]) -> set[int]:
    """The indexes of the short quotations (names) that stand in a list with another one, joined by
    و or a comma: "الفالق" و"هضبة رمضة"، «بقعة دم على شجرة» و«سيرة فبراير»."""
    listed = set()
    for index in range(len(pairs) - 1):
        (opening, closing), (next_opening, next_closing) = pairs[index], pairs[index + 1]
        joint = _LIST_JOINT.match(text, closing + 1, next_opening)
        if (
            joint is not None
            and joint.end() == next_opening
            and short_name(text, opening, closing)
            and short_name(text, next_opening, next_closing)
            and not any(  # "في أي وقت يريدون"، و"من دون شروط": phrases of what was said
                (text[o + 1 : c].split() or [""])[0] in _PHRASE_OPENINGS
                for o, c in (pairs[index], pairs[index + 1])
            )
        ):
            listed.update((index, index + 1))
    return listed


def pair_marks(text: str, marks: list[int], start: int, end: int) -> list[tuple[int, int]]:
    """The quotation marks of a paragraph (``marks``: their positions in the text) paired left to
    right, by what they are: « and “ open, » and ” close, " does both; a closer with nothing open
    opens (machine-translated pages use ” both ways), an opener while one is open closes it. A
    quote left open runs to the paragraph's end."""
    pairs, opened = [], None
    for index in marks[bisect_left(marks, start) : bisect_left(marks, end)]:
        mark = text[index]
        if opened is None:
            if mark != "»":
                opened = index
        elif mark in _CLOSERS or mark == '"' or (mark in _OPENERS and text[opened] in _CLOSERS):
            pairs.append((opened, index))
            opened = None
        else:  # another opener: the first quote was left open just before it
            pairs.append((opened, index))
            opened = index
    if opened is not None:
        pairs.append((opened, end))
    return pairs


def word_before(text: str, position: int) -> str:
    """The word that ends just before ``position`` (spaces between), or "" at a paragraph's start."""
    end = position
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return text[word_start(text, end) : end]


def word_start(text: str, end: int) -> int:
    """Where the word that ends at ``end`` begins: after the last space or line break before it
    (the line break is looked for only after the space, not back to the paragraph's start)."""
    space = text.rfind(" ", 0, end)
    return max(space, text.rfind("\n", space + 1, end)) + 1


class Matches:
    """Matches of one kind in a text (speech verbs, source phrases, إن/أن), in text order, looked
    up by position."""

    __slots__ = ("ends", "matches", "starts")

    def __init__(self, matches: list[re.Match]) -> None:
        self.matches = matches
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]  # read at every look-up: kept once, not asked each time

    def within(self, start: int, end: int) -> list[re.Match]:
        """The cues that lie inside ``[start, end)``."""
        first = stop = bisect_left(self.starts, start)
        ends = self.ends
        while stop < len(ends) and ends[stop] <= end:
            stop += 1
        return self.matches[first:stop]

    def first(self, start: int, end: int) -> re.Match | None:
        """The first cue that starts at or after ``start``, if it ends by ``end``."""
        index = bisect_left(self.starts, start)
        return self.matches[index] if index < len(self.ends) and self.ends[index] <= end else None

    def ending_at(self, position: int) -> re.Match | None:
        """The last cue that starts before ``position``, if it ends right there."""
        index = bisect_left(self.starts, position) - 1
        return self.matches[index] if index >= 0 and self.ends[index] == position else None

    def at(self, position: int) -> re.Match | None:
        """The cue that starts at ``position``, if any."""
        index = bisect_left(self.starts, position)
        return self.matches[index] if index < len(self.starts) and self.starts[index] == position else None
