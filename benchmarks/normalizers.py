"""How long the Arabic normalizers take per kilobyte of real article text.

    python benchmarks/normalizers.py [--corpus ../shared/corpus/labelled] [--limit 500]

Prints, for each built-in profile, the mean time per article and per kilobyte (UTF-8) over the
seed articles and, when it is there, a sample of the corpus. A benchmark, not a test: it prints
figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from khabar.arabic import BUILTIN_PROFILES, normalizer

ROOT = Path(__file__).resolve().parent.parent


def load_texts(corpus: Path | None, limit: int) -> dict[str, list[str]]:
    sets = {"seeds": [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]}
    if corpus and corpus.is_dir():
        files = sorted(corpus.rglob("*.txt"))
        files = files[:: max(1, len(files) // limit)][:limit]  # spread over every outlet
        sets[f"corpus ({len(files)} articles)"] = [
            p.read_text(encoding="utf-8", errors="replace") for p in files
        ]
    return sets


def measure(profile: str, texts: list[str], repeat: int) -> tuple[float, float]:
    normalize = normalizer(profile)
    for text in texts:  # warm up: compile once, as a pipeline does
        normalize(text)
    # a normalizer remembers the views of the last str objects it read (a pipeline's stages share
    # them): each run reads new copies, or it would time the look-up and not the normalization
    copies = [[(text + " ")[:-1] for text in texts] for _ in range(repeat)]
    runs = []
    for run in copies:
        started = time.perf_counter()
        for text in run:
            normalize(text)
        runs.append(time.perf_counter() - started)
    seconds = statistics.median(runs)
    kilobytes = sum(len(t.encode("utf-8")) for t in texts) / 1024
    return 1000 * seconds / len(texts), 1000 * seconds / kilobytes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "labelled")
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    for name, texts in load_texts(args.corpus, args.limit).items():
        chars = statistics.mean(len(t) for t in texts)
        print(f"{name}: {len(texts)} texts, mean {chars:,.0f} characters")
        for profile in BUILTIN_PROFILES:
            per_article, per_kb = measure(profile, texts, args.repeat)
            print(f"  {profile:<14} {per_article:7.3f} ms/article  {per_kb:6.4f} ms/KB")


if __name__ == "__main__":
    main()
