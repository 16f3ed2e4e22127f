"""Settings of the ``boilerplate`` stage: light, so that listing and checking pipelines stays fast."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class BoilerplateSettings:
    """Settings of the ``boilerplate`` stage (``[stages.boilerplate]`` in a pipeline file)."""

    #: A file of template lines saved by ``khabar boilerplate learn``; without it the stage learns
    #: them from the run's own inputs in a fit pass (when ``learn`` is on).
    templates: Path | None = None
    #: Learn template lines from the inputs before processing (a corpus-level fit pass).
    learn: bool = True
    #: A line is a template when it opens or closes at least this many documents of different stories.
    min_template_documents: int = 5
    #: More phrases, as {kind, phrase, match, edges_only} tables (match: lines, starts or inline).
    extra_phrases: list[dict[str, Any]] = field(default_factory=list)
    #: A line with at least this many words, mostly running prose, is a body paragraph.
    min_paragraph_words: int = 8
    #: A title has at least this many words.
    min_title_words: int = 3
    #: A title has at most this many words.
    max_title_words: int = 25
    #: Lines of at most this many words at the head, lead and tail are site chrome, not article.
    max_chrome_words: int = 6
    #: Normalization profile used to match phrases (see docs/arabic.md).
    normalization: str = "search"
