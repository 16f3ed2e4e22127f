"""Hook implementations of the example plugin. Kept light: nothing heavy is imported here."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from khabar import Document, StageSpec, hookimpl

_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


@dataclass(frozen=True)
class ParagraphSettings:
    min_chars: int = 1  # shorter blocks (lone punctuation, a bare date) are not paragraphs


class Paragraphs:
    def __init__(self, settings: ParagraphSettings) -> None:
        self.min_chars = settings.min_chars

    def process(self, document: Document) -> None:
        for match in _PARAGRAPH.finditer(document.text):
            block = match.group().strip()
            if len(block) >= self.min_chars:
                document.add_span("paragraphs", match.start(), match.end(), chars=len(block))


@hookimpl
def register_stages(register):
    register(
        StageSpec(
            name="paragraphs",
            factory=Paragraphs,
            version="0.2.0",
            provides=("paragraphs",),
            settings=ParagraphSettings,
            description="Marks paragraphs: blocks of text between blank lines.",
        )
    )


@hookimpl
def register_commands(cli):
    @cli.command(name="paragraphs")
    def count_paragraphs(path: str) -> None:
        """Print how many paragraphs a text file has."""
        document = Document(id=path, text=Path(path).read_text(encoding="utf-8"))
        Paragraphs(ParagraphSettings()).process(document)
        print(len(document.spans("paragraphs")))
