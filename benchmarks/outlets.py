"""How well the outlets stage names the publisher of articles it has not seen: k-fold cross-validation
over a labelled corpus (learn on k-1 folds, run the boilerplate and outlets stages with that model
on the held-out fold). An abstention (id null) counts as wrong. Prints figures; asserts nothing.

    python benchmarks/outlets.py ../shared/corpus/labelled.csv [--folds 5]
"""

from __future__ import annotations

import argparse
import collections
import random
import tempfile
import time
from pathlib import Path

from khabar import Document, Pipeline, PipelineConfig, load_registry
from khabar.plugins.outlets.labels import read_labelled
from khabar.plugins.outlets.model import learn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("labels", type=Path, nargs="+")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--min-score", type=float, default=0.2)
    args = parser.parse_args()
    texts, outlets, names = read_labelled(args.labels)
    order = list(range(len(texts)))
    random.Random(0).shuffle(order)
    registry = load_registry()
    right = abstained = 0
    by_signal: collections.Counter = collections.Counter()
    confusions: collections.Counter = collections.Counter()
    started = time.perf_counter()
    for fold in range(args.folds):
        held = set(order[fold :: args.folds])
        train = [i for i in range(len(texts)) if i not in held]
        model = learn([texts[i] for i in train], [outlets[i] for i in train], names, folds=3)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "model.json"
            model.save(path)
            settings = {"outlets": {"model": str(path), "min_score": args.min_score}}
            pipeline = Pipeline(registry, PipelineConfig(["boilerplate", "outlets"], settings))
            for i in sorted(held):
                document = Document(id=str(i), text=texts[i])
                for bound in pipeline.stages:
                    bound.stage.process(document)
                outlet = document.get("outlet")
                signal = "registry" if any(e["signal"] != "model" for e in outlet["evidence"]) else "model"
                if outlet["id"] is None:
                    abstained += 1
                elif outlet["id"] == outlets[i]:
                    right += 1
                    by_signal[signal] += 1
                else:
                    confusions[(outlets[i], outlet["id"], signal)] += 1
        print(f"fold {fold + 1}/{args.folds}: {right} right so far", flush=True)
    total = len(texts)
    print(
        f"articles {total}, outlets {len(set(outlets))}, {args.folds}-fold, "
        f"{time.perf_counter() - started:.0f} s"
    )
    print(f"accuracy (abstentions wrong) {right / total:.4f}; abstained {abstained / total:.4f}")
    print(f"right by registry signals {by_signal['registry']}, by the model alone {by_signal['model']}")
    print("most frequent confusions (gold, named, by):", confusions.most_common(8))


if __name__ == "__main__":
    main()
