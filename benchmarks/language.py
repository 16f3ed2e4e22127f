"""Language identification accuracy on lingua's test data, each line detected alone.

    python benchmarks/language.py [--lines 300] [--backend langdetect] [--report FILE]

Reads ../shared/external/lingua_testdata (ar, fa, ur, en, ru, fr, de, tr; sentences, word pairs,
single words), runs the ``language`` stage on every line as a document of its own, and prints the
accuracy per language and overall, with the time per line. Figures only; asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from khabar import Document, Pipeline, PipelineConfig, load_registry

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "external" / "lingua_testdata"
LANGUAGES = ("ar", "fa", "ur", "en", "ru", "fr", "de", "tr")
KINDS = ("sentences", "word-pairs", "single-words")


def evaluate(pipeline: Pipeline, kind: str, lines: int, data: Path = DATA, step: int = 1) -> dict:
    """Accuracy on the first ``lines`` lines of each file (every ``step``-th of them)."""
    per_language, total, correct, seconds = {}, 0, 0, 0.0
    for language in LANGUAGES:
        texts = [
            t.strip() for t in (data / kind / f"{language}.txt").read_text(encoding="utf-8").splitlines()
        ]
        texts = [t for t in texts if t][:lines:step]
        documents = [Document(id=f"{language}-{i}", text=t) for i, t in enumerate(texts)]
        started = time.perf_counter()
        found = [d.get("language") for d in pipeline.run(documents)]
        seconds += time.perf_counter() - started
        hits = sum(f == language for f in found)
        per_language[language] = hits / len(texts)
        total, correct = total + len(texts), correct + hits
    return {
        "kind": kind,
        "accuracy": correct / total,
        "per_language": per_language,
        "ms_per_line": 1000 * seconds / total,
        "lines": total,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=300, help="lines per language and kind")
    parser.add_argument("--backend", default="langdetect")
    parser.add_argument("--report", type=Path, help="also write the figures here as JSON")
    args = parser.parse_args()
    if not DATA.is_dir():
        raise SystemExit(f"{DATA} is not there: this benchmark needs ../shared beside the checkout")
    registry = load_registry()
    pipeline = Pipeline(registry, PipelineConfig(["language"], {"language": {"backend": args.backend}}))
    results = [evaluate(pipeline, kind, args.lines) for kind in KINDS]
    for result in results:
        languages = "  ".join(f"{k} {v:.3f}" for k, v in result["per_language"].items())
        print(
            f"{result['kind']:<13} {result['accuracy']:.4f}  ({result['lines']} lines, "
            f"{result['ms_per_line']:.3f} ms/line)  {languages}"
        )
    if args.report:
        args.report.write_text(json.dumps({"backend": args.backend, "results": results}, indent=2) + "\n")


if __name__ == "__main__":
    main()
