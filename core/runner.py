"""A whole run: read the inputs, stream them through a pipeline, write the output, count what happened.

This is what ``khabar run`` does, usable from Python::

    summary = run_files(registry, pipeline, ["seeds/"], output="out.jsonl")
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document
from .errors import InputError
from .io import STDIN, Rejected, atomic_output, expand_inputs, read_documents
from .pipeline import Pipeline


@dataclass
class RunSummary:
    """What a run did: documents written, how many carry errors, inputs rejected, time per stage."""

    documents: int = 0
    documents_with_errors: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    seconds: float = 0.0
    stage_seconds: dict[str, float] = field(default_factory=dict)
    stage_errors: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.documents_with_errors and not self.rejected


def run_files(
    registry: Any,
    pipeline: Pipeline,
    inputs: list[str],
    output: str | None = None,
    output_format: str | None = None,
    state_dir: Path | None = None,
    fit: bool = True,
    rejects: str | None = None,
    on_document: Callable[[Document], None] | None = None,
    on_rejected: Callable[[Rejected], None] | None = None,
) -> RunSummary:
    """Run ``pipeline`` over ``inputs`` (files, directories, ``-``) and write to ``output``.

    The output is written to a temporary file and renamed when complete (standard output when
    ``output`` is None). Items a reader rejects are reported through ``on_rejected``, counted,
    and with ``rejects`` written there as JSON Lines. Raises :class:`InputError` before anything
    runs when an input is missing or has no reader, or the output format is unknown.
    """
    files = expand_inputs(inputs, registry.readers)
    writer = _choose_writer(registry, output, output_format)
    summary = RunSummary()
    started = time.perf_counter()
    with ExitStack() as cleanup:
        stdin_copy = None
        needs_fit = fit and any(hasattr(b.stage, "fit") for b in pipeline.stages)
        if STDIN in files and needs_fit:
            # The fit pass reads the inputs twice; standard input can be read only once.
            spool = Path(cleanup.enter_context(tempfile.TemporaryDirectory())) / "stdin.jsonl"
            with open(spool, "wb") as copy:
                shutil.copyfileobj(sys.stdin.buffer, copy)
            stdin_copy = spool

        def reject(item: Rejected) -> None:
            summary.rejected.append(item)
            if on_rejected:
                on_rejected(item)

        def read_all(report: bool) -> Iterator[Document]:
            return read_documents(registry, files, reject if report else None, stdin_copy)

        if needs_fit:
            pipeline.fit(lambda: read_all(report=False), state_dir)

        def counted(documents: Iterator[Document]) -> Iterator[Document]:
            for document in documents:
                summary.documents += 1
                summary.documents_with_errors += bool(document.errors)
                if on_document:
                    on_document(document)
                yield document

        with atomic_output(output) as stream:
            writer.write(counted(pipeline.run(read_all(report=True))), stream)
    if rejects:
        with atomic_output(rejects) as stream:
            for item in summary.rejected:
                record = {"source": item.source, "line": item.line, "reason": item.reason}
                stream.write(json.dumps(record, ensure_ascii=False) + "\n")
    summary.seconds = time.perf_counter() - started
    for bound in pipeline.stages:
        summary.stage_seconds[bound.name] = bound.stats.seconds
        summary.stage_errors[bound.name] = bound.stats.errors
    return summary


def _choose_writer(registry: Any, output: str | None, output_format: str | None) -> Any:
    if output_format:
        if output_format not in registry.writers:
            known = ", ".join(sorted(registry.writers))
            raise InputError(f"unknown output format {output_format!r} (formats: {known})")
        return registry.writers[output_format]
    if output and output != STDIN:
        suffix = Path(output).suffix.lower()
        for writer in registry.writers.values():
            if suffix in writer.suffixes:
                return writer
        known = ", ".join(s for w in registry.writers.values() for s in w.suffixes)
        raise InputError(f"{output}: no writer for files ending in {suffix!r} (writers: {known})")
    return registry.writers["jsonl"]
