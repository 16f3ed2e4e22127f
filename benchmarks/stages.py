"""Documents per second of one stage (or a pipeline) on seed-sized articles, on one core.

    python benchmarks/stages.py boilerplate [--documents 2000] [--repeat 3] [--corpus DIR]

The articles are the five seeds, repeated to the requested count (and, with --corpus, real corpus
articles instead). They go through the stages batch by batch, as in a run (the pipeline's
``batch_size``): the stages before the measured one (its requirements) process a batch untimed, then
the measured stage is timed on it, so it finds what the stages before it left in the shared memos
(a document's normalized views, its distinct words) as it does in a run.
Prints figures and asserts nothing: a benchmark, not a test. It names the module the measured
stage runs from: ``khabar.plugins.quotes._stage_c`` is the quotes stage compiled at install
(``KHABAR_PURE_PYTHON=1`` runs ``khabar.plugins.quotes.stage``, the Python module, instead).
"""

from __future__ import annotations

import argparse
import copy
import json
import statistics
import time
from pathlib import Path

from khabar import Document, Pipeline, PipelineConfig, load_registry

ROOT = Path(__file__).resolve().parent.parent


def seed_documents(count: int) -> list[Document]:
    lines = (ROOT / "seeds" / "seeds.input.jsonl").read_text(encoding="utf-8").splitlines()
    seeds = [Document.from_record(json.loads(line)) for line in lines]
    # a copy of the text for each document, as a real run reads them: normalizers remember the views
    # of the texts they saw last (by identity), and five shared texts would be normalized only once
    return [
        Document(id=f"{i}", text=_copy(seeds[i % len(seeds)].text), meta=dict(seeds[i % len(seeds)].meta))
        for i in range(count)
    ]


def _copy(text: str) -> str:
    return text[:1] + text[1:]


def corpus_documents(folder: Path, count: int) -> list[Document]:
    files = sorted(folder.rglob("*.txt"))
    files = files[:: max(1, len(files) // count)][:count]
    return [Document(id=str(p), text=p.read_text(encoding="utf-8")) for p in files]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stages", nargs="+", help="the stage to time (and the stages before it, in order)")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--corpus", type=Path)
    parser.add_argument(
        "--settings", default="{}", help='JSON settings per stage, e.g. {"boilerplate": {"learn": false}}'
    )
    args = parser.parse_args()
    registry = load_registry()
    settings = json.loads(args.settings)
    documents = (
        corpus_documents(args.corpus, args.documents) if args.corpus else seed_documents(args.documents)
    )
    pipeline = Pipeline(registry, PipelineConfig(args.stages, settings))
    before, measured = pipeline.stages[:-1], pipeline.stages[-1]
    size = pipeline.config.batch_size
    chars = statistics.mean(len(d.text) for d in documents)
    rates = []
    for _ in range(args.repeat):
        batch_documents = copy.deepcopy(documents)
        elapsed = 0.0
        for first in range(0, len(batch_documents), size):
            batch = batch_documents[first : first + size]
            for bound in before:
                for document in batch:
                    bound.stage.process(document)
            started = time.perf_counter()
            for document in batch:
                measured.stage.process(document)
            elapsed += time.perf_counter() - started
        rates.append(len(batch_documents) / elapsed)
    best, median = max(rates), statistics.median(rates)
    print(
        f"stage {measured.name} ({type(measured.stage).__module__}): "
        f"{len(documents)} documents of {chars:,.0f} characters on average"
    )
    print(
        f"  {median:,.0f} documents/s median, {best:,.0f} best of {args.repeat}; "
        f"{1000 / median:.3f} ms per document"
    )


if __name__ == "__main__":
    main()
