"""Running a pipeline on a Dask cluster (``khabar run --engine dask``).

The client reads and checks the inputs exactly as a local run does (the same ids, duplicate-id
renaming, rejects and character limit: reading is cheap), runs the fit pass of corpus-level stages,
and sends the documents in partitions to the cluster, where each worker builds the pipeline once
from the same configuration and the fitted state, annotates a partition, and writes it as
``OUT/part-NNNNN.jsonl`` (to a temporary name, renamed when complete). The parts, read in order,
are the local run's output line for line. At most two partitions a worker are in flight, so the
client's memory does not grow with the input.

Without a scheduler address a local cluster of ``workers`` processes is started. On a real cluster
the output folder must be storage every worker can write (a shared file system), and every worker
needs khabar and the pipeline's plugins installed; see ``docs/scale.md``.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from collections import deque
from pathlib import Path
from typing import Any

from .document import Document
from .errors import InputError
from .io import STDIN, Rejected, atomic_output, expand_inputs, read_documents
from .pipeline import Pipeline, PipelineConfig, _batched
from .runner import DEFAULT_MAX_CHARS, RunSummary, _unique_ids

#: Documents a partition holds (a part file of the output).
PARTITION_DOCUMENTS = 1024


def run_on_dask(
    registry: Any,
    config: PipelineConfig,
    inputs: list[str],
    output: str,
    scheduler: str | None = None,
    workers: int = 2,
    fit: bool = True,
    rejects: str | None = None,
    max_chars: int | None = DEFAULT_MAX_CHARS,
    on_rejected: Any = None,
    partition_documents: int = PARTITION_DOCUMENTS,
) -> RunSummary:
    """Run the pipeline of ``config`` over ``inputs`` on a Dask cluster; write ``output/part-*.jsonl``."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise InputError("--engine dask needs Dask: pip install 'khabar[dask]'") from None
    files = expand_inputs(inputs, registry.readers)
    if STDIN in files:
        raise InputError("--engine dask reads files, not standard input")
    pipeline = Pipeline(registry, config)
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.jsonl"):
        old.unlink()  # parts of an earlier run would be read as this one's
    summary = RunSummary()
    started = time.perf_counter()
    rejected: list[Rejected] = []

    def reject(item: Rejected) -> None:
        rejected.append(item)
        summary.rejected.append(Rejected(item.source, item.line, item.reason))
        if on_rejected:
            on_rejected(item)

    def read_all(report: bool):
        documents = read_documents(registry, files, reject if report else None, None, max_chars)
        return _unique_ids(documents, summary if report else None)

    if fit and any(hasattr(b.stage, "fit") for b in pipeline.stages):
        pipeline.fit(lambda: read_all(report=False))
    states = _fitted_states(pipeline)
    recipe = json.dumps(
        {"stages": config.stages, "settings": config.settings, "batch_size": config.batch_size}
    )

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
        )
    with Client(scheduler or cluster) as client:
        try:
            [shared_states] = client.scatter([states], broadcast=True)
            limit = 2 * max(1, len(client.scheduler_info()["workers"]))
            pending: deque = deque()
            partitions = _batched(read_all(report=True), partition_documents)
            for index, documents in enumerate(partitions):
                part = str(folder / f"part-{index:05d}.jsonl")
                pending.append(
                    client.submit(_annotate_partition, recipe, shared_states, documents, part, pure=False)
                )
                if len(pending) >= limit:
                    _count(pipeline, summary, pending.popleft().result())
            while pending:
                _count(pipeline, summary, pending.popleft().result())
        finally:
            if cluster is not None:
                cluster.close()
    if rejects:
        with atomic_output(rejects) as stream:
            for item in rejected:
                stream.write(json.dumps(item.to_record(), ensure_ascii=False) + "\n")
    summary.seconds = time.perf_counter() - started
    for bound in pipeline.stages:
        summary.stage_seconds[bound.name] = bound.stats.seconds
        summary.stage_errors[bound.name] = bound.stats.errors
    return summary


def _fitted_states(pipeline: Pipeline) -> dict[str, bytes]:
    """What each fitted stage learned, as the bytes of its state file, to send to the workers."""
    states = {}
    with tempfile.TemporaryDirectory() as folder:
        for bound in pipeline.stages:
            if not hasattr(bound.stage, "fit") or getattr(bound.stage, "is_fitted", False):
                continue
            if not hasattr(bound.stage, "save") or not hasattr(bound.stage, "load"):
                raise InputError(
                    f"stage {bound.name!r} has a fit pass but cannot save and load what it learned, "
                    "so it cannot run on a cluster"
                )
            path = Path(folder) / bound.name
            bound.stage.save(path)
            states[bound.name] = path.read_bytes()
    return states


def _count(pipeline: Pipeline, summary: RunSummary, result: dict[str, Any]) -> None:
    summary.documents += result["documents"]
    summary.documents_with_errors += result["with_errors"]
    for bound, (documents, errors, seconds) in zip(pipeline.stages, result["stats"], strict=True):
        bound.stats.documents += documents
        bound.stats.errors += errors
        bound.stats.seconds += seconds


# -- on a worker -------------------------------------------------------------------------------------

_pipelines: dict[str, Pipeline] = {}  # one built pipeline per recipe and state, per worker process


def _worker_pipeline(recipe: str, states: dict[str, bytes]) -> Pipeline:
    key = hashlib.blake2b(
        recipe.encode() + b"".join(name.encode() + state for name, state in sorted(states.items()))
    ).hexdigest()
    if key not in _pipelines:
        from .registry import load_registry

        spec = json.loads(recipe)
        pipeline = Pipeline(
            load_registry(), PipelineConfig(spec["stages"], spec["settings"], spec["batch_size"])
        )
        with tempfile.TemporaryDirectory() as folder:
            for bound in pipeline.stages:
                if bound.name in states:
                    path = Path(folder) / bound.name
                    path.write_bytes(states[bound.name])
                    bound.stage.load(path)
        _pipelines[key] = pipeline
    return _pipelines[key]


def _annotate_partition(recipe: str, states: dict[str, bytes], documents: list[Document], part: str) -> dict:
    """Annotate one partition and write it to ``part`` (complete, or not at all)."""
    pipeline = _worker_pipeline(recipe, states)
    before = [(b.stats.documents, b.stats.errors, b.stats.seconds) for b in pipeline.stages]
    with_errors = 0
    temporary = f"{part}.{os.getpid()}.tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
        for document in pipeline.run(documents):
            with_errors += bool(document.errors)
            stream.write(document.to_jsonl() + "\n")
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, part)
    after = [(b.stats.documents, b.stats.errors, b.stats.seconds) for b in pipeline.stages]
    return {
        "documents": len(documents),
        "with_errors": with_errors,
        "stats": [(a[0] - b[0], a[1] - b[1], a[2] - b[2]) for a, b in zip(after, before, strict=True)],
    }
