"""The syndication stage's index against the exhaustive answer: every pair of articles whose word
5-gram Jaccard is at least 0.8, found exactly (all-pairs with prefix filtering), compared with the
pairs the MinHash LSH stage reports. Prints recall, precision and times; asserts nothing.

    python benchmarks/syndication.py ../shared/corpus [--threshold 0.8]
"""

from __future__ import annotations

import argparse
import collections
import math
import time
from pathlib import Path

from khabar import Document, Pipeline, PipelineConfig, load_registry


def exhaustive_pairs(sets: dict[str, set[int]], threshold: float) -> set[tuple[str, str]]:
    """All pairs with Jaccard ≥ threshold. Prefix filtering: two sets that reach the threshold
    share one of the rarest |A| - ceil(t|A|) + 1 shingles of each, so only those are indexed."""
    frequency = collections.Counter(s for shingles in sets.values() for s in shingles)
    postings: dict[int, list[str]] = collections.defaultdict(list)
    candidates = set()
    for key, shingles in sets.items():
        ordered = sorted(shingles, key=lambda s: (frequency[s], s))
        prefix = len(ordered) - math.ceil(threshold * len(ordered)) + 1
        for shingle in ordered[:prefix]:
            for other in postings[shingle]:
                candidates.add((other, key) if other < key else (key, other))
            postings[shingle].append(key)
    pairs = set()
    for a, b in candidates:
        common = len(sets[a] & sets[b])
        if common / (len(sets[a]) + len(sets[b]) - common) >= threshold:
            pairs.add((a, b))
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    files = sorted(args.corpus.rglob("*.txt"))
    documents = [
        Document(id=str(p.relative_to(args.corpus)), text=p.read_text(encoding="utf-8")) for p in files
    ]
    registry = load_registry()
    settings = {"syndication": {"min_share": args.threshold}}
    stage = Pipeline(registry, PipelineConfig(["syndication"], settings)).stages[0].stage
    started = time.perf_counter()
    stage.fit(documents)
    for document in documents:
        stage.process(document)
    lsh_seconds = time.perf_counter() - started
    found = {
        tuple(sorted((d.id, match["id"])))
        for d in documents
        for match in d.get("syndication")
        if match["jaccard"] >= args.threshold
    }
    started = time.perf_counter()
    sets = {d.id: set(stage.shingle(d).tolist()) for d in documents}
    sets = {k: v for k, v in sets.items() if len(v) >= stage.settings.min_shingles}
    truth = exhaustive_pairs(sets, args.threshold)
    exact_seconds = time.perf_counter() - started
    right = len(found & truth)
    print(f"{len(documents)} articles; pairs with word 5-gram Jaccard >= {args.threshold}: {len(truth)}")
    print(f"LSH stage (fit + every lookup): {lsh_seconds:.1f} s; found {len(found)}, of them right {right}")
    print(
        f"recall {right / len(truth) if truth else 1:.4f}, precision {right / len(found) if found else 1:.4f}"
    )
    print(f"exhaustive all-pairs (prefix filtering): {exact_seconds:.1f} s")


if __name__ == "__main__":
    main()
