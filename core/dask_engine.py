"""Running a pipeline on a Dask cluster (``khabar run --engine dask``).

The client reads and checks the inputs exactly as a local run does (the same ids, duplicate-id
renaming, rejects and character limit: reading is cheap), runs the fit pass of corpus-level stages
(on the cluster, a partition a task, for stages that fit in shares and merge what they learned),
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
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .document import Document
from .errors import InputError
from .io import STDIN, atomic_output, expand_inputs
from .pipeline import PartMapper, Pipeline, PipelineConfig, _batched
from .runner import (
    DEFAULT_MAX_CHARS,
    RunSummary,
    add_stats,
    finish_summary,
    read_inputs,
    reporting_rejects,
    stage_stats,
    stats_since,
)

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
    to_fit = pipeline.stages_to_fit if fit else []
    for bound in to_fit:
        if not hasattr(bound.stage, "save") or not hasattr(bound.stage, "load"):
            raise InputError(
                f"stage {bound.name!r} has a fit pass but cannot save and load what it learned, "
                "so it cannot run on a cluster"
            )
    folder = Path(output)
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*.jsonl"):
        old.unlink()  # parts of an earlier run would be read as this one's
    summary = RunSummary()
    started = time.perf_counter()
    recipe = json.dumps(
        {"stages": config.stages, "settings": config.settings, "batch_size": config.batch_size}
    )
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        )
    with reporting_rejects(summary, rejects, on_rejected) as reject, Client(scheduler or cluster) as client:
        try:
            limit = 2 * max(1, len(client.scheduler_info()["workers"]))
            states: dict[str, bytes] = {}
            if to_fit:  # what was learned goes to the workers as the bytes of state files
                with tempfile.TemporaryDirectory() as state_dir:
                    map_parts = _fit_on_cluster(client, recipe, Path(state_dir), partition_documents, limit)
                    pipeline.fit(lambda: read_inputs(registry, files, max_chars), Path(state_dir), map_parts)
                    states = _states(Path(state_dir))
            key = _key(recipe, states)
            [shared_states] = client.scatter([states], broadcast=True)
            pending: deque = deque()
            documents = read_inputs(registry, files, max_chars, summary, reject)
            for index, partition in enumerate(_batched(documents, partition_documents)):
                part = str(folder / f"part-{index:05d}.jsonl")
                pending.append(
                    client.submit(
                        _annotate_partition, key, recipe, shared_states, partition, part, pure=False
                    )
                )
                if len(pending) >= limit:
                    _count(pipeline, summary, pending.popleft().result())
            while pending:
                _count(pipeline, summary, pending.popleft().result())
        finally:
            if cluster is not None:
                cluster.close()
    return finish_summary(summary, pipeline, started)


def _states(state_dir: Path) -> dict[str, bytes]:
    """The state files of the stages fitted so far, by stage name."""
    return {path.name: path.read_bytes() for path in sorted(state_dir.iterdir())}


def _key(recipe: str, states: dict[str, bytes]) -> str:
    """Which built pipeline a worker may reuse: the same configuration and fitted state."""
    digest = hashlib.blake2b(recipe.encode())
    for name, state in sorted(states.items()):
        digest.update(name.encode() + state)
    return digest.hexdigest()


def _fit_on_cluster(
    client: Any, recipe: str, state_dir: Path, partition_documents: int, limit: int
) -> PartMapper:
    """The ``map_parts`` of :meth:`Pipeline.fit` that computes the parts on the cluster, a
    partition each, with the stages fitted before (their state files in ``state_dir``)."""

    def map_parts(index: int, documents: Iterable[Document]) -> Iterator[Any]:
        states = _states(state_dir)
        key = _key(recipe, states)
        [shared_states] = client.scatter([states], broadcast=True)
        pending: deque = deque()
        for partition in _batched(documents, partition_documents):
            pending.append(
                client.submit(_fit_partition, key, recipe, shared_states, index, partition, pure=False)
            )
            if len(pending) >= limit:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()

    return map_parts


def _count(pipeline: Pipeline, summary: RunSummary, result: dict[str, Any]) -> None:
    summary.documents += result["documents"]
    summary.documents_with_errors += result["with_errors"]
    add_stats(pipeline, result["stats"])


# -- on a worker -------------------------------------------------------------------------------------

_pipelines: dict[str, Pipeline] = {}  # one built pipeline per recipe and state, per worker process


def _worker_pipeline(key: str, recipe: str, states: dict[str, bytes]) -> Pipeline:
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


def _fit_partition(
    key: str, recipe: str, states: dict[str, bytes], index: int, documents: list[Document]
) -> Any:
    """What stage ``index`` learns from one partition (see :meth:`Pipeline.fit_part`)."""
    return _worker_pipeline(key, recipe, states).fit_part(index, documents)


def _annotate_partition(
    key: str, recipe: str, states: dict[str, bytes], documents: list[Document], part: str
) -> dict:
    """Annotate one partition and write it to ``part`` (complete, or not at all)."""
    pipeline = _worker_pipeline(key, recipe, states)
    before = stage_stats(pipeline)
    with_errors = 0
    with atomic_output(part) as stream:
        for document in pipeline.run(documents):
            with_errors += bool(document.errors)
            stream.write(document.to_jsonl() + "\n")
    return {"documents": len(documents), "with_errors": with_errors, "stats": stats_since(pipeline, before)}
