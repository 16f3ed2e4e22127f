"""Date normalization against the peers' suites, and its speed beside dateparser's.

    python benchmarks/dates.py [--report FILE] [--no-speed]

Suites (from ../shared/external): Duckling's Arabic time corpus (value cases, run with direction
``future`` as Duckling reads bare weekdays; day/week/month/year compared at the case's grain, the
rest reported), its negative cases, the Hijri/Gregorian pairs mined from SaudiNewsNet (rows marked
consistent), and dateparser's Arabic absolute and Hijri cases. Speed: the dates stage and
``dateparser.search.search_dates`` on the same seed articles, side by side (dateparser only if
installed). Figures only; asserts nothing.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import time
from pathlib import Path

from khabar import Document, Pipeline, PipelineConfig, load_registry

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = ROOT.parent / "shared" / "external"
CORE_GRAINS = ("day", "week", "month", "year")


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _dates(pipeline: Pipeline, text: str, published: str | None) -> list[dict]:
    meta = {"published": published} if published else {}
    [document] = pipeline.run([Document(id="case", text=text, meta=meta)])
    return document.spans("dates")


def _longest(spans: list[dict]) -> dict | None:
    return max(spans, key=lambda s: (s["end"] - s["start"], -s["start"]), default=None)


def at_grain(value: str, grain: str) -> str:
    """An ISO timestamp cut to a grain: 2013-02-18T00:00 at week is 2013-W08."""
    if grain == "week":
        year, week, _ = dt.date.fromisoformat(value[:10]).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return value[: {"year": 4, "month": 7, "day": 10, "hour": 13, "minute": 16}.get(grain, 16)]


def duckling(registry, data: Path = EXTERNAL / "duckling_ar_time") -> dict:
    pipeline = Pipeline(registry, PipelineConfig(["dates"], {"dates": {"direction": "future"}}))
    results: dict[str, list[int]] = {}
    misses = []
    for case in _lines(data / "cases.jsonl"):
        group = case["grain"] if case["expected_type"] == "value" else f"interval-{case['grain']}"
        span = _longest(_dates(pipeline, case["text"], case["reference_time"]))
        got = span.get("value") if span else None
        if case["expected_type"] == "value":
            want = at_grain(case["expected"], case["grain"])
            # a week may be given as the week itself (2013-W07) or as a day in it
            ok = got is not None and (
                got == want or (len(got) >= 10 and at_grain(got, case["grain"]) == want)
            )
        else:
            ok = False
            want = case["expected"]
        results.setdefault(group, [0, 0])
        results[group][0] += ok
        results[group][1] += 1
        if not ok and group in CORE_GRAINS:
            misses.append((case["text"], want, got))
    core = [sum(results.get(g, [0, 0])[i] for g in CORE_GRAINS) for i in (0, 1)]
    negatives = _lines(data / "negative_cases.jsonl")
    false_finds = sum(bool(_dates(pipeline, c["text"], c["reference_time"])) for c in negatives)
    return {
        "core_accuracy": core[0] / core[1],
        "core": core,
        "by_grain": results,
        "misses": misses,
        "negative_cases": len(negatives),
        "negative_found": false_finds,
    }


def hijri_pairs(registry, data: Path = EXTERNAL / "hijri_gregorian_pairs") -> dict:
    pipeline = Pipeline(registry, PipelineConfig(["dates"]))
    rows = [c for c in _lines(data / "cases.jsonl") if c["consistent"]]
    misses, umm_al_qura = [], 0
    for case in rows:
        span = _longest(_dates(pipeline, case["hijri_text"], None))
        got = span.get("value") if span else None
        umm_al_qura += got == case["umm_al_qura_gregorian"]
        if got != case["expected_gregorian"]:
            misses.append((case["hijri_text"], case["expected_gregorian"], got))
    return {
        "consistent": len(rows),
        "exact": len(rows) - len(misses),
        "umm_al_qura": umm_al_qura,
        "stated_equals_umm_al_qura": sum(c["delta_days_stated_minus_uq"] == 0 for c in rows),
        "misses": misses,
    }


def dateparser_cases(registry, data: Path = EXTERNAL / "dateparser_ar") -> dict:
    results = {}
    for case in _lines(data / "cases.jsonl"):
        if case["kind"] not in ("absolute", "hijri"):
            continue
        settings = {"calendar": "hijri"} if case["kind"] == "hijri" else {}
        pipeline = Pipeline(registry, PipelineConfig(["dates"], {"dates": settings}))
        span = _longest(_dates(pipeline, case["text"].strip(), None))
        expected = (
            case["expected"][:16] if not case["expected"].endswith("T00:00:00") else case["expected"][:10]
        )
        got = span.get("value") if span else None
        results.setdefault(case["kind"], []).append((case["text"].strip(), expected, got, got == expected))
    return {
        kind: {"passed": sum(r[3] for r in rows), "cases": len(rows), "rows": rows}
        for kind, rows in results.items()
    }


def speed(registry, repeat: int = 5) -> dict:
    seeds = [
        json.loads(line)
        for line in (ROOT / "seeds" / "seeds.input.jsonl").read_text(encoding="utf-8").splitlines()
    ]
    pipeline = Pipeline(registry, PipelineConfig(["dates"]))
    stage = pipeline.stages[0].stage
    documents = [Document(id=s["id"], text=s["text"], meta=s["meta"]) for s in seeds]
    khabar_runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        for document in documents:
            document.annotations["dates"] = []
            stage.process(document)
        khabar_runs.append((time.perf_counter() - started) / len(documents))
    result = {"khabar_ms": 1000 * min(khabar_runs)}
    try:
        from dateparser.search import search_dates
    except ImportError:
        result["dateparser_ms"] = None
        return result
    search_dates(seeds[0]["text"][:200], languages=["ar"])  # load its data before timing
    dateparser_runs = []
    for _ in range(max(1, repeat // 2)):
        started = time.perf_counter()
        for seed in seeds:
            base = dt.datetime.fromisoformat(seed["meta"]["published"])
            search_dates(seed["text"], languages=["ar"], settings={"RELATIVE_BASE": base})
        dateparser_runs.append((time.perf_counter() - started) / len(seeds))
    result["dateparser_ms"] = 1000 * min(dateparser_runs)
    result["speedup"] = result["dateparser_ms"] / result["khabar_ms"]
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--report", type=Path)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--misses", action="store_true", help="list every miss")
    args = parser.parse_args()
    if not EXTERNAL.is_dir():
        raise SystemExit(f"{EXTERNAL} is not there: this benchmark needs ../shared beside the checkout")
    registry = load_registry()
    report = {
        "duckling": duckling(registry),
        "hijri_pairs": hijri_pairs(registry),
        "dateparser": dateparser_cases(registry),
    }
    d = report["duckling"]
    print(
        f"duckling day/week/month/year: {d['core_accuracy']:.3f} ({d['core'][0]}/{d['core'][1]}); "
        f"negative cases found: {d['negative_found']}/{d['negative_cases']}"
    )
    for group, (ok, total) in sorted(d["by_grain"].items()):
        print(f"  {group:<16} {ok}/{total}")
    h = report["hijri_pairs"]
    print(
        f"hijri pairs (consistent rows): {h['exact']}/{h['consistent']} equal the newspaper's date "
        f"({h['stated_equals_umm_al_qura']} rows where it agrees with Umm al-Qura), "
        f"{h['umm_al_qura']}/{h['consistent']} equal Umm al-Qura"
    )
    for kind, r in report["dateparser"].items():
        print(f"dateparser {kind}: {r['passed']}/{r['cases']}")
    if args.misses:
        for miss in d["misses"] + h["misses"]:
            print("  miss:", miss)
        for r in report["dateparser"].values():
            for row in r["rows"]:
                if not row[3]:
                    print("  miss:", row[:3])
    if not args.no_speed:
        s = report["speed"] = speed(registry)
        line = f"speed per seed article: khabar {s['khabar_ms']:.2f} ms"
        if s.get("dateparser_ms"):
            line += f", dateparser.search_dates {s['dateparser_ms']:.1f} ms: {s['speedup']:.0f}x faster"
        print(line)
    if args.report:
        args.report.write_text(
            json.dumps(report, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
