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


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest()


class TemplateLines:
    """Learns template lines with :meth:`add` per document and :meth:`finish`; ``line in templates``."""

    def __init__(self, min_documents: int = 5, max_tracked: int = 2_000_000) -> None:
        self.min_documents = min_documents
        self.max_tracked = max_tracked
        self.lines: set[str] = set()
        self._counts: dict[str, list] = {}  # line -> [documents, at an edge, set of story digests]

    def __contains__(self, folded_line: str) -> bool:
        return folded_line in self.lines

    def __len__(self) -> int:
        return len(self.lines)

    def add(self, folded_lines: list[str]) -> None:
        """Count one document's (folded, non-blank) lines."""
        if not folded_lines:
            return
        story = _digest(max(folded_lines, key=len))
        last = len(folded_lines) - EDGE_LINES
        seen: set[str] = set()
        for index, line in enumerate(folded_lines):
            if line in seen:
                continue
            seen.add(line)
            counts = self._counts.get(line)
            if counts is None:
                counts = self._counts[line] = [0, 0, set()]
            counts[0] += 1
            counts[1] += index < EDGE_LINES or index >= last
            if len(counts[2]) < self.min_documents:
                counts[2].add(story)
        if len(self._counts) > self.max_tracked:
            self._counts = {k: v for k, v in self._counts.items() if v[0] > 1}

    def finish(self) -> None:
        """Decide which counted lines are templates, and free the counts."""
        self.lines = {
            line
            for line, (documents, at_edge, stories) in self._counts.items()
            if line and len(stories) >= self.min_documents and at_edge >= MIN_EDGE_SHARE * documents
        }
        self._counts = {}

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
