"""A whole run: read the inputs, stream them through a pipeline, write the output, count what happened.

This is what ``khabar run`` does, usable from Python::

    summary = run_files(registry, pipeline, ["seeds/"], output="out.jsonl", workers=2)

- **In order, in parallel.** With ``workers`` > 1 the batches go to a pool of processes (forked, so
  each starts with the built and fitted pipeline) and come back in input order: the output is
  byte-identical to one worker's. At most two batches a worker are in flight, so memory does not
  grow with the input. The fit pass of a stage that fits in shares (``fit_part``/``fit_merge``)
  runs in such a pool too, before the pool that annotates is forked with the fitted pipeline.
- **Resumable.** A JSON Lines output file is written as ``OUT.partial``: complete lines, flushed
  after every batch and synced to disk every few seconds, renamed to ``OUT`` at the end. With
  ``resume`` a run continues such a file: a half-written last line is dropped, and the documents
  already written are read but not processed again.
- **Nothing lost.** An input item that cannot be a document is rejected with its reason (and, for a
  line, its content) to ``rejects``; a document whose id an earlier one has is renamed ``ID#2``
  (``#3`` …) with a note in its ``errors``; a document longer than ``max_chars`` is rejected whole.
"""

from __future__ import annotations

import functools
import json
import multiprocessing
import os
import shutil
import sys
import tempfile
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, TextIO

from .document import Document
from .errors import InputError
from .io import STDIN, Rejected, atomic_output, expand_inputs, read_documents
from .pipeline import PartMapper, Pipeline, _batched

#: Documents longer than this (in characters) are rejected unless the run sets another limit: a
#: news article is some thousands; a text of millions is a scraping accident, and would hold up
#: the run for minutes.
DEFAULT_MAX_CHARS = 2_000_000
#: How often the output is synced to disk, in seconds (it is flushed after every batch).
SYNC_SECONDS = 5.0


@dataclass
class RunSummary:
    """What a run did: documents written, how many carry errors, inputs rejected, time per stage."""

    documents: int = 0
    documents_with_errors: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    duplicate_ids: int = 0
    resumed: int = 0  #: documents found already written by an interrupted run, not processed again
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
    on_document: Callable[[int], None] | None = None,
    on_rejected: Callable[[Rejected], None] | None = None,
    workers: int = 1,
    resume: bool = False,
    max_chars: int | None = DEFAULT_MAX_CHARS,
) -> RunSummary:
    """Run ``pipeline`` over ``inputs`` (files, directories, ``-``) and write to ``output``.

    The output goes to standard output when ``output`` is None. ``on_document`` is called with the
    number of documents done after each one is written. Items a reader rejects are reported
    through ``on_rejected``, counted, and with ``rejects`` written there as JSON Lines. Raises
    :class:`InputError` before anything runs when an input is missing or has no reader, the output
    format is unknown, or ``resume`` cannot apply (see the module docstring).
    """
    files = expand_inputs(inputs, registry.readers)
    writer = _choose_writer(registry, output, output_format)
    resumable = output not in (None, STDIN) and writer.format == "jsonl"
    if resume and not resumable:
        raise InputError("--resume needs a JSON Lines output file (-o OUT.jsonl)")
    if workers < 1:
        raise InputError(f"workers must be at least 1, got {workers}")
    summary = RunSummary()
    started = time.perf_counter()
    with ExitStack() as cleanup:
        stdin_copy = None
        needs_fit = fit and bool(pipeline.stages_to_fit)
        if STDIN in files and needs_fit:
            # The fit pass reads the inputs twice; standard input can be read only once.
            spool = Path(cleanup.enter_context(tempfile.TemporaryDirectory())) / "stdin.jsonl"
            with open(spool, "wb") as copy:
                shutil.copyfileobj(sys.stdin.buffer, copy)
            stdin_copy = spool
        reject = cleanup.enter_context(reporting_rejects(summary, rejects, on_rejected))
        if needs_fit:
            pipeline.fit(
                lambda: read_inputs(registry, files, max_chars, stdin_copy=stdin_copy),
                state_dir,
                _fit_in_workers(pipeline, workers) if workers > 1 else None,
            )

        def count(has_errors: bool) -> None:
            summary.documents += 1
            summary.documents_with_errors += has_errors
            if on_document:
                on_document(summary.documents)

        documents = read_inputs(registry, files, max_chars, summary, reject, stdin_copy)
        if writer.format == "jsonl":  # lines are made where the documents are annotated
            with ExitStack() as outputs:
                target: Any
                if resumable:
                    target = outputs.enter_context(PartialOutput(Path(output), pipeline, resume))
                    documents = _skip_written(documents, target, summary)
                else:
                    target = outputs.enter_context(atomic_output(output))
                for batch in _process(pipeline, documents, workers, as_lines=True):
                    target.write("".join(line + "\n" for line, _ in batch))
                    for _, has_errors in batch:
                        count(has_errors)
        else:
            with atomic_output(output) as stream:

                def counted() -> Iterator[Document]:
                    for batch in _process(pipeline, documents, workers, as_lines=False):
                        for document in batch:
                            count(bool(document.errors))
                            yield document

                writer.write(counted(), stream)
    return finish_summary(summary, pipeline, started)


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


# -- the parts of a run both engines share ------------------------------------------------------------


@contextmanager
def reporting_rejects(
    summary: RunSummary, rejects: str | None, on_rejected: Callable[[Rejected], None] | None
) -> Iterator[Callable[[Rejected], None]]:
    """A callback for rejected items: counted in ``summary``, written with their content to the
    file ``rejects`` as they come (replaced only when the run ends), passed to ``on_rejected``."""
    with ExitStack() as stack:
        stream = stack.enter_context(atomic_output(rejects)) if rejects else None

        def reject(item: Rejected) -> None:
            summary.rejected.append(replace(item, input=None))  # the content goes to the file only
            if stream is not None:
                stream.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
            if on_rejected:
                on_rejected(item)

        yield reject


def read_inputs(
    registry: Any,
    files: list[str],
    max_chars: int | None,
    summary: RunSummary | None = None,
    reject: Callable[[Rejected], None] | None = None,
    stdin_copy: Path | None = None,
) -> Iterator[Document]:
    """The documents of ``files`` as a run sees them: over-long texts rejected, ids made unique.
    Without ``summary`` and ``reject`` (the fit pass reads the inputs too) nothing is reported."""
    return _unique_ids(read_documents(registry, files, reject, stdin_copy, max_chars), summary)


def stage_stats(pipeline: Pipeline) -> list[tuple[int, int, float]]:
    """Documents, errors and seconds of each stage so far (to send back from a worker)."""
    return [(b.stats.documents, b.stats.errors, b.stats.seconds) for b in pipeline.stages]


def stats_since(pipeline: Pipeline, before: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    return [
        tuple(a - b for a, b in zip(now, then, strict=True))
        for now, then in zip(stage_stats(pipeline), before, strict=True)
    ]


def add_stats(pipeline: Pipeline, added: list[tuple[int, int, float]]) -> None:
    """Count what a worker's stages did in this process's stages."""
    for bound, (documents, errors, seconds) in zip(pipeline.stages, added, strict=True):
        bound.stats.documents += documents
        bound.stats.errors += errors
        bound.stats.seconds += seconds


def finish_summary(summary: RunSummary, pipeline: Pipeline, started: float) -> RunSummary:
    summary.seconds = time.perf_counter() - started
    for bound in pipeline.stages:
        summary.stage_seconds[bound.name] = bound.stats.seconds
        summary.stage_errors[bound.name] = bound.stats.errors
    return summary


# -- ids -----------------------------------------------------------------------------------------


def _unique_ids(documents: Iterable[Document], summary: RunSummary | None) -> Iterator[Document]:
    """The documents, each id made unique: a repeated id gets ``#2``, ``#3`` … and an error note."""
    seen: dict[str, int] = {}
    for document in documents:
        original = document.id
        if original in seen:
            count = seen[original]
            while f"{original}#{count + 1}" in seen:
                count += 1
            seen[original] = count + 1
            document.id = f"{original}#{count + 1}"
            document.meta.setdefault("original_id", original)
            document.record_error(
                "read",
                "DuplicateId",
                f"id {original!r} was used by an earlier document; renamed {document.id!r}",
            )
            if summary is not None:
                summary.duplicate_ids += 1
        seen.setdefault(document.id, 1)
        yield document


# -- processing, in one process or several ------------------------------------------------------------

_worker_pipeline: Pipeline | None = None  # the pipeline a forked worker inherited


def _process(
    pipeline: Pipeline, documents: Iterable[Document], workers: int, as_lines: bool
) -> Iterator[list[Any]]:
    """The annotated documents, batch by batch in input order: as documents, or ``as_lines``
    as ``(JSON line, has errors)`` pairs (cheaper to send back from a worker)."""
    batches = _batched(documents, pipeline.config.batch_size)
    if workers == 1:
        for batch in batches:
            yield _output_of(list(pipeline.run(batch)), as_lines)
        return
    for result in _in_workers(pipeline, workers, functools.partial(_run_batch, as_lines=as_lines), batches):
        yield _collect(pipeline, result)


def _fit_in_workers(pipeline: Pipeline, workers: int) -> PartMapper:
    """The ``map_parts`` of :meth:`Pipeline.fit` that computes the parts in ``workers`` processes,
    a batch of documents each."""

    def map_parts(index: int, documents: Iterable[Document]) -> Iterator[Any]:
        # fitting a document costs far less than processing it: larger shares than the processing
        # batches keep the workers busy rather than waiting on the documents sent to them
        batches = _batched(documents, 2 * pipeline.config.batch_size)
        return _in_workers(pipeline, workers, functools.partial(_fit_batch, index), batches)

    return map_parts


def _in_workers(
    pipeline: Pipeline, workers: int, task: Callable[[list[Document]], Any], batches: Iterable[list[Document]]
) -> Iterator[Any]:
    """``task(batch)`` of each batch, run in ``workers`` forked processes, in input order; at most
    two batches a worker are in flight, so memory does not grow with the input."""
    global _worker_pipeline
    _worker_pipeline = pipeline
    # fork: each worker starts with the parent's built pipeline (fitted so far), nothing to rebuild
    context = multiprocessing.get_context("fork")
    with context.Pool(workers) as pool:
        pending: deque = deque()
        for batch in batches:
            pending.append(pool.apply_async(task, (batch,)))
            if len(pending) >= 2 * workers:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


def _output_of(documents: list[Document], as_lines: bool) -> list[Any]:
    return [(d.to_jsonl(), bool(d.errors)) for d in documents] if as_lines else documents


def _run_batch(batch: list[Document], as_lines: bool) -> tuple[list[Any], list[tuple[int, int, float]]]:
    """In a worker: one batch through the inherited pipeline, and what it added to each stage's stats."""
    pipeline = _worker_pipeline
    assert pipeline is not None, "a worker runs only in a pool started by _in_workers"
    before = stage_stats(pipeline)
    done = _output_of(list(pipeline.run(batch)), as_lines)
    return done, stats_since(pipeline, before)


def _fit_batch(index: int, batch: list[Document]) -> Any:
    """In a worker: what stage ``index`` of the inherited pipeline learns from one batch."""
    assert _worker_pipeline is not None, "a worker runs only in a pool started by _in_workers"
    return _worker_pipeline.fit_part(index, batch)


def _collect(pipeline: Pipeline, result: tuple[list[Any], list]) -> list[Any]:
    done, added = result
    add_stats(pipeline, added)
    return done


# -- resumable output ------------------------------------------------------------------------------


class PartialOutput:
    """A JSON Lines output written as ``OUT.partial`` and renamed to ``OUT`` when complete.

    ``written`` holds the ids of the documents a previous run wrote (with ``resume``), in order.
    """

    def __init__(self, path: Path, pipeline: Pipeline, resume: bool) -> None:
        self.path = path
        self.partial = path.with_name(path.name + ".partial")
        self.pipeline = pipeline
        self.resume = resume
        self.written: list[str] = []
        self._stream: TextIO | None = None
        self._synced = time.monotonic()

    def __enter__(self) -> PartialOutput:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.resume and not self.partial.exists() and self.path.exists():
            os.replace(self.path, self.partial)  # a finished output: every document is skipped
        if self.resume and self.partial.exists():
            self.written = self._read_written()
        else:
            self.partial.unlink(missing_ok=True)
        self._stream = open(self.partial, "a", encoding="utf-8", newline="\n")
        return self

    def _read_written(self) -> list[str]:
        """The ids of the complete lines of the partial file, which is cut after its last one."""
        with open(self.partial, "rb+") as stream:
            data = stream.read()
            complete = data.rfind(b"\n") + 1
            stream.truncate(complete)  # a half-written last line is dropped and done again
        ids = []
        runs = json.loads(json.dumps([run.to_record() for run in self.pipeline.runs]))
        for number, line in enumerate(data[:complete].splitlines(), start=1):
            try:
                record = json.loads(line)
                ids.append(record["id"])
            except (ValueError, KeyError, TypeError):
                raise InputError(
                    f"{self.partial}:{number}: cannot resume: not a khabar output line; "
                    "run without --resume to start over"
                ) from None
            if number == 1 and record.get("provenance") != runs:
                raise InputError(
                    f"{self.partial}: cannot resume: it was written by another pipeline or other settings; "
                    "run without --resume to start over"
                )
        return ids

    def write(self, lines: str) -> None:
        """Append complete lines (each ending in a newline)."""
        assert self._stream is not None
        self._stream.write(lines)
        self._stream.flush()
        if time.monotonic() - self._synced >= SYNC_SECONDS:
            os.fsync(self._stream.fileno())
            self._synced = time.monotonic()

    def __exit__(self, kind: Any, error: Any, traceback: Any) -> None:
        assert self._stream is not None
        self._stream.flush()
        os.fsync(self._stream.fileno())
        self._stream.close()
        if kind is None:
            os.replace(self.partial, self.path)


def _skip_written(
    documents: Iterable[Document], out: PartialOutput, summary: RunSummary
) -> Iterator[Document]:
    """The documents after those ``out`` already holds, checking that those are the same ones."""
    iterator = iter(documents)
    for number, written_id in enumerate(out.written, start=1):
        document = next(iterator, None)
        if document is None or document.id != written_id:
            found = "nothing more" if document is None else f"document {document.id!r}"
            raise InputError(
                f"{out.partial}:{number}: cannot resume: it holds document {written_id!r} there, the "
                f"inputs give {found}; the inputs changed — run without --resume to start over"
            )
        summary.resumed += 1
    yield from iterator
