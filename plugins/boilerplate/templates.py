"""Template lines: lines a site repeats around many different articles, learned from a corpus.

A line is a template when it stands among the first or last lines of at least ``min_documents``
documents that tell different stories (their longest lines differ) and it mostly stands there:
a wire story syndicated to many sites repeats its paragraphs too, but always with the same
story around them, and a body line such as ``وأضاف:`` recurs across stories but in the middle.

Counting is exact up to ``max_tracked`` distinct lines; beyond that, lines seen only once are
dropped (lossy counting), so memory stays bounded on corpora of millions of pages.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

FORMAT = "khabar.boilerplate.templates/1"
EDGE_LINES = 3  # lines counted as "opening" or "closing" a document
MIN_EDGE_SHARE = 0.8


# the packed counts of a line of one story: story digest (32 bits), documents and edges (24 bits each)
_STORY_MASK = (1 << 32) - 1
_COUNT_MASK = (1 << 24) - 1
_ONE_DOCUMENT = 1 << 32
_ONE_EDGE = 1 << 56


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


class TemplateLines:
    """Learns template lines with :meth:`add` per document and :meth:`finish`; ``line in templates``."""

    def __init__(self, min_documents: int = 5, max_tracked: int = 2_000_000) -> None:
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
            if line in seen:
                continue
            seen.add(line)
            key = _digest(line)
            at_edge = index < EDGE_LINES or index >= last
            counts = self._many.get(key)
            if counts is not None:
                counts[1] += 1
                counts[2] += at_edge
                if len(counts[3]) < self.min_documents:
                    counts[3].add(story)
                continue
            before = self._once.get(key)
            packed = (story if before is None else before) + _ONE_DOCUMENT + at_edge * _ONE_EDGE
            if before is None or packed & _STORY_MASK == story:  # first seen, or the same story again
                self._once[key] = packed
            else:
                del self._once[key]
                documents, at_edges = (packed >> 32) & _COUNT_MASK, packed >> 56
                self._many[key] = [line, documents, at_edges, {packed & _STORY_MASK, story}]
        if len(self._once) + len(self._many) > self.max_tracked:
            self._once = {}  # lossy counting: forget the lines seen in one document only

    def finish(self) -> None:
        """Decide which counted lines are templates, and free the counts."""
        self.lines = {
            line
            for line, documents, at_edge, stories in self._many.values()
            if line and len(stories) >= self.min_documents and at_edge >= MIN_EDGE_SHARE * documents
        }
        self._once, self._many = {}, {}

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
