"""Small plugins used by the core's tests. They exercise every kind of stage khabar supports."""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from khabar import Document, StageSpec, hookimpl
from khabar.io import Writer


@dataclass(frozen=True)
class TokensSettings:
    pattern: str = r"\S+"
    min_length: int = 1


class Tokens:
    """Marks tokens as spans of the ``tokens`` layer."""

    def __init__(self, settings: TokensSettings) -> None:
        self.pattern = re.compile(settings.pattern)
        self.min_length = settings.min_length

    def process(self, document: Document) -> None:
        for match in self.pattern.finditer(document.text):
            if match.end() - match.start() >= self.min_length:
                document.add_span("tokens", match.start(), match.end())


class Count:
    """Counts the tokens another stage found: requires ``tokens``."""

    def __init__(self, settings) -> None:
        pass

    def process(self, document: Document) -> None:
        document.set("token_count", len(document.spans("tokens")))


class Explode:
    """Adds a span, then fails on any document containing BOOM (after annotating it partly)."""

    def __init__(self, settings) -> None:
        pass

    def process(self, document: Document) -> None:
        document.add_span("marks", 0, 0, note="partial")
        if "BOOM" in document.text:
            raise ValueError("cannot handle BOOM")


class Batchy:
    """A stage with a batch call that fails for a whole batch when one document has BOOM."""

    def __init__(self, settings) -> None:
        self.batch_calls = 0

    def process(self, document: Document) -> None:
        if "BOOM" in document.text:
            raise ValueError("cannot handle BOOM")
        document.set("batchy", "single")

    def process_batch(self, documents: list[Document]) -> None:
        self.batch_calls += 1
        for document in documents:
            document.set("batchy", "batch")
        if any("BOOM" in d.text for d in documents):
            raise ValueError("cannot handle BOOM")


class RewritesText:
    """A misbehaving stage that replaces the text, which khabar must refuse."""

    def __init__(self, settings) -> None:
        pass

    def process(self, document: Document) -> None:
        document.text = document.text.upper()


class FirstLines:
    """A corpus-level stage: learns which first lines repeat across the corpus (templates)."""

    def __init__(self, settings) -> None:
        self.repeated: set[str] = set()
        self.fit_calls = 0

    def fit(self, documents) -> None:
        self.fit_calls += 1
        counts = Counter(d.text.split("\n", 1)[0] for d in documents)
        self.repeated = {line for line, n in counts.items() if n > 1}

    def save(self, path: Path) -> None:
        path.write_text(json.dumps(sorted(self.repeated), ensure_ascii=False), encoding="utf-8")

    def load(self, path: Path) -> None:
        self.repeated = set(json.loads(path.read_text(encoding="utf-8")))

    def process(self, document: Document) -> None:
        first = document.text.split("\n", 1)[0]
        if first in self.repeated:
            document.add_span("template_lines", 0, len(first))


def write_ids(documents, stream) -> None:
    for document in documents:
        stream.write(document.id + "\n")


@hookimpl
def register_stages(register):
    register(StageSpec("tokens", Tokens, "1.0", provides=("tokens",), settings=TokensSettings, default=True))
    register(StageSpec("count", Count, "1.0", requires=("tokens",), provides=("token_count",), default=True))
    register(StageSpec("explode", Explode, "1.0", provides=("marks",)))
    register(StageSpec("batchy", Batchy, "1.0", provides=("batchy",)))
    register(StageSpec("rewrites_text", RewritesText, "1.0"))
    register(StageSpec("first_lines", FirstLines, "1.0", provides=("template_lines",)))
    register(StageSpec("out_of_bounds", OutOfBounds, "1.0", provides=("bad_spans",)))
    register(StageSpec("not_json", NotJson, "1.0", provides=("not_json",)))
    register(StageSpec("not_deterministic", NotDeterministic, "1.0", provides=("call_number",)))


@hookimpl
def register_writers(register):
    register(Writer("ids", (".ids",), write_ids))


@hookimpl
def register_data(register):
    register("sample.phrases", ["اقرأ المزيد", "Spread the love"])


# -- stages that break the stage contract, for the contract check's own tests ---------------------


class OutOfBounds:
    def __init__(self, settings) -> None:
        pass

    def process(self, document: Document) -> None:
        document.annotations.setdefault("bad_spans", []).append({"start": 0, "end": len(document.text) + 1})


class NotJson:
    def __init__(self, settings) -> None:
        pass

    def process(self, document: Document) -> None:
        document.set("not_json", {"words": set(document.text.split())})


class NotDeterministic:
    count = 0

    def __init__(self, settings) -> None:
        pass

    def process(self, document: Document) -> None:
        NotDeterministic.count += 1
        document.set("call_number", NotDeterministic.count)
