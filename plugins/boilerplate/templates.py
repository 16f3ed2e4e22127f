"""Template lines: lines a site repeats around many different articles, learned from a corpus.

A line is a template when it is short (``MAX_LINE_CHARS``: a menu, a footer, a share widget, not
a paragraph) and stands among the first or last lines of at least ``min_documents`` documents
that tell different stories (their longest lines differ) and it mostly stands there:
a wire story syndicated to many sites repeats its paragraphs too, but always with the same
story around them, and a body line such as ``وأضاف:`` recurs across stories but in the middle.

Counting is exact up to ``max_tracked`` distinct lines; beyond that, lines seen only once are
dropped (lossy counting), so memory stays bounded on corpora of millions of pages.

Counts of shares of a corpus merge (:meth:`TemplateLines.merge`), so worker processes or a cluster
can count a share each: the merged counts decide the same template lines as counting the whole
corpus in one place (up to lossy counting, which drops different lines in different shares).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

FORMAT = "khabar.boilerplate.templates/1"
EDGE_LINES = 3  # lines counted as "opening" or "closing" a document
MIN_EDGE_SHARE = 0.8
MAX_LINE_CHARS = 200  # longer lines are an article's paragraphs, never a site's template


# the packed counts of a line of one story: story digest (32 bits), documents and edges (24 bits each)
_STORY_MASK = (1 << 32) - 1
_COUNT_MASK = (1 << 24) - 1
_ONE_DOCUMENT = 1 << 32
_ONE_EDGE = 1 << 56


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class TemplateLines:
    """Learns template lines with :meth:`add` per document and :meth:`finish`; ``line in templates``."""

    def __init__(self, min_documents: int = 5, max_tracked: int = 2_000_000, mergeable: bool = False) -> None:
        if min_documents < 2:
            raise ValueError(f"a template line must open at least 2 documents, not {min_documents}")
        self.min_documents = min_documents
        self.max_tracked = max_tracked
        self.lines: set[str] = set()
        # Most lines belong to one story only (an article's own sentences, in every copy of it):
        # for them a 64-bit key and one packed int (story, documents, at an edge) are kept, not the
        # line, so the counts stay small however many documents pass. A line seen in a second
        # story moves to _many with its text: [line, documents, at an edge, set of story digests].
        self._once: dict[int, int] = {}
        self._many: dict[int, list] = {}
        # Counts that will be merged also keep the text of each line of _once seen at an edge: a
        # line that is one story's in every share moves to _many only when the shares merge, and
        # a template line stands at an edge somewhere, so its text is there. None: not kept.
        self._edge_texts: dict[int, str] | None = {} if mergeable else None

    def __contains__(self, folded_line: str) -> bool:
        return folded_line in self.lines

    def __len__(self) -> int:
        return len(self.lines)

    def add(self, folded_lines: list[str]) -> None:
        """Count one document's (folded, non-blank) lines."""
        if not folded_lines:
            return
        story = _digest(max(folded_lines, key=len)) & _STORY_MASK
        last = len(folded_lines) - EDGE_LINES
        seen: set[str] = set()
        for index, line in enumerate(folded_lines):
            if line in seen or len(line) > MAX_LINE_CHARS:
                continue
            seen.add(line)
            key = _digest(line)
            at_edge = index < EDGE_LINES or index >= last
            counts = self._many.get(key)
            if counts is not None:
                counts[1] += 1
                counts[2] += at_edge
                if at_edge and not counts[0]:  # merged in from a share that met it off the edges
                    counts[0] = line
                if len(counts[3]) < self.min_documents:
                    counts[3].add(story)
                continue
            before = self._once.get(key)
            packed = (story if before is None else before) + _ONE_DOCUMENT + at_edge * _ONE_EDGE
            if before is None or packed & _STORY_MASK == story:  # first seen, or the same story again
                self._once[key] = packed
                if at_edge and self._edge_texts is not None:
                    self._edge_texts.setdefault(key, line)
            else:
                self._to_many(key, line, packed, {story})
        self._bound()

    def merge(self, other: TemplateLines) -> None:
        """Add the counts of ``other``, made over other documents, to these (both made with
        ``mergeable=True``). :meth:`finish` then decides the same lines as if every document had
        been counted here. ``other`` is consumed: do not use it afterwards."""
        if self._edge_texts is None or other._edge_texts is None:
            raise ValueError("only counts made with mergeable=True can be merged")
        for key, (line, documents, at_edges, stories) in other._many.items():
            counts = self._many.get(key)
            if counts is None:
                if key not in self._once:
                    self._many[key] = [line, documents, at_edges, stories]
                    continue
                counts = self._to_many(key, line, self._once[key], set())
            self._add_to_many(counts, line, documents, at_edges, stories)
        for key, packed in other._once.items():
            story, text = packed & _STORY_MASK, other._edge_texts.get(key, "")
            counts = self._many.get(key)
            if counts is None:
                before = self._once.get(key)
                if before is None or before & _STORY_MASK == story:  # new here, or the same story
                    self._once[key] = packed if before is None else before + (packed - story)
                    if text:
                        self._edge_texts.setdefault(key, text)
                    continue
                counts = self._to_many(key, text, before, set())
            self._add_to_many(counts, text, (packed >> 32) & _COUNT_MASK, packed >> 56, {story})
        self._bound()

    def _to_many(self, key: int, line: str, packed: int, stories: set[int]) -> list:
        """Move a line of one story (its ``packed`` counts) to the lines of several stories."""
        self._once.pop(key, None)
        documents, at_edges = (packed >> 32) & _COUNT_MASK, packed >> 56
        if self._edge_texts is not None:
            line = self._edge_texts.pop(key, None) or line
        counts = self._many[key] = [line, documents, at_edges, stories | {packed & _STORY_MASK}]
        return counts

    def _add_to_many(self, counts: list, line: str, documents: int, at_edges: int, stories: set[int]) -> None:
        counts[0] = counts[0] or line  # a line first met away from the edges has no text yet
        counts[1] += documents
        counts[2] += at_edges
        for story in stories:  # up to min_documents stories: all the decision needs
            if len(counts[3]) >= self.min_documents:
                break
            counts[3].add(story)

    def _bound(self) -> None:
        if len(self._once) + len(self._many) > self.max_tracked:
            self._once = {}  # lossy counting: forget the lines seen in one document only
            if self._edge_texts is not None:
                self._edge_texts = {}

    def finish(self) -> None:
        """Decide which counted lines are templates, and free the counts."""
        self.lines = {
            line
            for line, documents, at_edge, stories in self._many.values()
            if line and len(stories) >= self.min_documents and at_edge >= MIN_EDGE_SHARE * documents
        }
        self._once, self._many = {}, {}
        self._edge_texts = None

    def save(self, path: Path) -> None:
        record = {"format": FORMAT, "min_documents": self.min_documents, "lines": sorted(self.lines)}
        Path(path).write_text(json.dumps(record, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> TemplateLines:
        try:
            record = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise ValueError(f"{path}: cannot read template lines: {exc}") from None
        if not isinstance(record, dict) or record.get("format") != FORMAT:
            raise ValueError(f"{path}: not a khabar template file (expected format {FORMAT!r})")
        templates = cls(int(record.get("min_documents", 5)))
        templates.lines = set(record["lines"])
        return templates
