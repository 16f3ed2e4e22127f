"""Throughput and peak memory of the default pipeline, with 1 and 2 worker processes.

    python benchmarks/scale.py [--sizes 1000 10000] [--workers 1 2] [--repeat 3] [--corpus DIR]
                               [--results benchmarks/results/scale.json]

Each configuration runs ``khabar run`` in a fresh process (so that its peak memory is its own) on
JSON Lines made from the seed articles — seed-sized articles, the bars' unit — and, when
``--corpus`` is given (``../shared/corpus`` by default, when present), on as many real corpus
articles. Prints documents per second (over the whole run, fit pass included, start-up not) and
per CPU-second of all its processes (steadier on a shared machine), peak
resident memory (the parent's and its workers'), and each stage's share of the stage time; writes
the figures to ``--results``. A benchmark: it asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def make_input(path: Path, count: int, corpus: Path | None) -> None:
    """``count`` documents: the seeds repeated, or real corpus articles (repeated if too few)."""
    if corpus is None:
        seeds = [
            json.loads(line)
            for line in (ROOT / "seeds" / "seeds.input.jsonl").read_text("utf-8").splitlines()
        ]
        records = ({**seeds[i % len(seeds)], "id": f"seed-{i}"} for i in range(count))
    else:
        files = sorted(corpus.rglob("*.txt"))
        records = (
            {"id": f"corpus-{i}", "text": files[i % len(files)].read_text(encoding="utf-8")}
            for i in range(count)
        )
    with open(path, "w", encoding="utf-8") as stream:
        for record in records:
            stream.write(json.dumps(record, ensure_ascii=False) + "\n")


def run_once(source: Path, workers: int) -> dict:
    """One ``khabar run`` in a child process; what it measured of itself."""
    script = f"""
import json, resource, sys, time
started = time.perf_counter()
from khabar import load_registry
from khabar.pipeline import Pipeline, default_pipeline
from khabar.runner import run_files
registry = load_registry()
pipeline = Pipeline(registry, default_pipeline(registry))
ready = time.perf_counter()
output = {str(source) + ".out.jsonl"!r}
def cpu():
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime
cpu_before = cpu()
summary = run_files(registry, pipeline, [{str(source)!r}], output=output, workers={workers})
cpu_seconds = cpu() - cpu_before
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({{
    "documents": summary.documents, "startup_seconds": ready - started, "seconds": summary.seconds,
    "cpu_seconds": cpu_seconds, "peak_rss_mib": own / 1024, "worker_peak_rss_mib": workers / 1024,
    "stage_seconds": summary.stage_seconds,
}}))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3, help="runs per configuration; the best is kept")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS if DEFAULT_CORPUS.exists() else None)
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results" / "scale.json")
    args = parser.parse_args()
    if args.corpus is not None and not any(args.corpus.rglob("*.txt")):
        print(f"{args.corpus}: no .txt articles there; measuring the seeds only")
        args.corpus = None
    corpora = {"seeds": None} | ({"corpus": args.corpus} if args.corpus else {})
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for corpus_name, corpus in corpora.items():
            for size in args.sizes:
                source = Path(folder) / f"{corpus_name}-{size}.jsonl"
                make_input(source, size, corpus)
                for workers in args.workers:
                    runs = [run_once(source, workers) for _ in range(args.repeat)]
                    best = min(runs, key=lambda r: r["seconds"])
                    stage_total = sum(best["stage_seconds"].values()) or 1.0
                    row = {
                        "corpus": corpus_name,
                        "documents": size,
                        "workers": workers,
                        "documents_per_second": round(size / best["seconds"], 1),
                        "median_documents_per_second": round(
                            statistics.median(size / r["seconds"] for r in runs), 1
                        ),
                        # documents per CPU-second (all processes): steadier than wall time on a
                        # shared machine, and with one worker what one core does
                        "documents_per_cpu_second": round(size / min(r["cpu_seconds"] for r in runs), 1),
                        "startup_seconds": round(best["startup_seconds"], 2),
                        "peak_rss_mib": round(max(r["peak_rss_mib"] for r in runs), 1),
                        "worker_peak_rss_mib": round(max(r["worker_peak_rss_mib"] for r in runs), 1),
                        "stage_share": {
                            k: round(v / stage_total, 3) for k, v in best["stage_seconds"].items()
                        },
                    }
                    results.append(row)
                    shares = ", ".join(f"{k} {v:.0%}" for k, v in row["stage_share"].items())
                    speed, median = row["documents_per_second"], row["median_documents_per_second"]
                    memory, worker_memory = row["peak_rss_mib"], row["worker_peak_rss_mib"]
                    per_cpu = row["documents_per_cpu_second"]
                    print(
                        f"{corpus_name:7} {size:>6} docs, {workers} worker{'s' if workers > 1 else ' '}: "
                        f"{speed:7.1f} docs/s (median {median:.1f}; {per_cpu:.1f} per CPU-second), "
                        f"peak {memory:.0f} MiB (workers {worker_memory:.0f} MiB); {shares}",
                        flush=True,
                    )
    args.results.parent.mkdir(parents=True, exist_ok=True)
    record = {
        "benchmark": "benchmarks/scale.py",
        "date": time.strftime("%Y-%m-%d"),
        "machine": {"cpus": _cpus(), "python": platform.python_version(), "system": platform.platform()},
        "results": results,
    }
    args.results.write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.results}")


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


if __name__ == "__main__":
    resource.getrusage(resource.RUSAGE_SELF)  # fails early where resource is missing (not POSIX)
    main()
