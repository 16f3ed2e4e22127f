"""Score khabar output against hand-made gold annotations (``khabar eval``).

The gold format is the one of ``seeds/seeds.gold.json``, described in docs/evaluation.md. Each
stage is scored on its own, and every miss is kept so that ``--verbose`` can list it:

- boilerplate: per line (a line is predicted boilerplate when spans cover at least half of its
  non-space characters), precision/recall/F1 of the boilerplate class, and the share of content
  lines kept;
- language: the document's language, and each line's (the ``language_spans`` language covering
  most of it);
- dates: a predicted span matches the first gold date it overlaps; precision/recall/F1 of spans,
  and the share of gold dates found with the right ``value``;
- quotes: a gold quote is found when a predicted span covers its anchor (else overlaps it); a
  predicted span over the anchors of two gold quotes merges them and matches neither; precision
  of direct quotes; the speaker is right when a predicted name equals an alias or contains the
  full name, after a loose Arabic normal form;
- outlet: the outlet's id or name among the accepted names; credited sources found by name.

The figures equal those of the project's reference scorer (``shared/eval/score.py``), which the
test suite checks when it is at hand. An output that lacks a gold document scores zero on every
measure.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import KhabarError

__all__ = ["Evaluation", "GoldError", "Miss", "evaluate", "load_gold", "name_key"]

_NAME_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_ALEFS = re.compile("[إأآٱ]")
_NOT_WORD = re.compile(r"[^\w\s]")
_CONJUNCTION = re.compile(r"^(و|ف)(?=ال)")
_SPACES = re.compile(r"\s+")
_NAME_LETTERS = str.maketrans({"ى": "ي", "ة": "ه", "ئ": "ي", "ؤ": "و"})


def name_key(name: str | None) -> str:
    """The loose form in which speaker, outlet and source names are compared.

    NFKC, no diacritics or tatweel, one alef, ى→ي, ة→ه, ئ→ي, ؤ→و, punctuation as spaces, no
    leading و/ف before ال, single spaces.
    """
    if not name:
        return ""
    name = _NAME_MARKS.sub("", unicodedata.normalize("NFKC", name))
    name = _ALEFS.sub("ا", name).translate(_NAME_LETTERS)
    name = _CONJUNCTION.sub("", _NOT_WORD.sub(" ", name).strip())
    return _SPACES.sub(" ", name).strip()


class GoldError(KhabarError):
    """The gold file is not in the format of docs/evaluation.md."""


@dataclass(frozen=True)
class Miss:
    """One disagreement with the gold: which document, which measure, what was expected and got."""

    document: str
    stage: str
    kind: str
    detail: str

    def __str__(self) -> str:
        return f"{self.stage} {self.kind} {self.document}: {self.detail}"


@dataclass
class Evaluation:
    """The figures of one output file against one gold file."""

    measures: dict[str, float | int]
    misses: list[Miss] = field(default_factory=list)
    missing_documents: list[str] = field(default_factory=list)

    def by_stage(self) -> dict[str, dict[str, float | int]]:
        """The measures grouped by stage: ``{"dates": {"f1": 1.0, ...}, ...}``."""
        grouped: dict[str, dict[str, float | int]] = {}
        for key, value in self.measures.items():
            stage, _, measure = key.partition(".")
            grouped.setdefault(stage, {})[measure] = value
        return grouped


_GOLD_KEYS = {
    "file": str,
    "language": str,
    "boilerplate_lines": list,
    "skip_lines": list,
    "line_languages": dict,
    "dates": list,
    "quotes": list,
    "outlet": dict,
}


def load_gold(path: Path | str) -> dict[str, Any]:
    """Read and check a gold file; a :class:`GoldError` names the document and key at fault."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read the gold file: {exc}") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("documents"), list):
        raise GoldError(f"{path}: expected an object with a 'documents' list")
    for number, document in enumerate(gold["documents"], 1):
        where = f"{path}, document {number}"
        if not isinstance(document, dict):
            raise GoldError(f"{where}: expected an object")
        for key, kind in _GOLD_KEYS.items():
            if not isinstance(document.get(key), kind):
                raise GoldError(f"{where}: '{key}' must be a {kind.__name__}")
    return gold


def _spans(document: Mapping[str, Any], key: str) -> list[dict[str, Any]]:
    value = document.get(key) or []
    return [
        span
        for span in value
        if isinstance(span, dict) and isinstance(span.get("start"), int) and isinstance(span.get("end"), int)
    ]


def _line_ranges(text: str) -> list[tuple[int, int]]:
    ranges, position = [], 0
    for line in text.split("\n"):
        ranges.append((position, position + len(line)))
        position += len(line) + 1
    return ranges


def _overlap(start: int, end: int, span: Mapping[str, Any]) -> bool:
    return span["start"] < end and start < span["end"]


def _prf(true_positives: int, false_positives: int, false_negatives: int) -> tuple[float, float, float]:
    predicted = true_positives + false_positives
    expected = true_positives + false_negatives
    precision = true_positives / predicted if predicted else (1.0 if false_negatives == 0 else 0.0)
    recall = true_positives / expected if expected else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


class _Scorer:
    """Counts over all documents; one method a stage, each reading one document."""

    def __init__(self) -> None:
        self.misses: list[Miss] = []
        self.boilerplate = [0, 0, 0]  # true positives, false positives, false negatives (lines)
        self.content_lines = self.content_kept = 0
        self.doc_language = [0, 0]  # right, total
        self.line_language = [0, 0]
        self.dates = [0, 0, 0]
        self.date_values = [0, 0]
        self.quotes_found = {"direct": [0, 0], "indirect": [0, 0]}  # found, gold
        self.attribution = {"easy": [0, 0], "hard": [0, 0]}  # right, gold
        self.direct_predicted = self.direct_unmatched = 0
        self.outlet = [0, 0]
        self.sources = [0, 0]

    def miss(self, document: str, stage: str, kind: str, detail: str) -> None:
        self.misses.append(Miss(document, stage, kind, detail))

    def score_boilerplate(self, name, gold, text, lines, output) -> None:
        spans = [(span["start"], span["end"]) for span in _spans(output, "boilerplate")]
        for index in range(min(gold.get("lines", len(lines)), len(lines))):
            number = index + 1
            start, end = lines[index]
            letters = [k for k in range(start, end) if not text[k].isspace()]
            if not letters or number in gold["skip_lines"]:
                continue
            covered = sum(1 for k in letters if any(s <= k < e for s, e in spans))
            predicted = covered * 2 >= len(letters)
            expected = number in gold["boilerplate_lines"]
            line = f"line {number}: {text[start:end][:50]}"
            if predicted and expected:
                self.boilerplate[0] += 1
            elif predicted:
                self.boilerplate[1] += 1
                self.miss(name, "boilerplate", "false positive", line)
            elif expected:
                self.boilerplate[2] += 1
                self.miss(name, "boilerplate", "false negative", line)
            if not expected:
                self.content_lines += 1
                self.content_kept += not predicted

    def score_language(self, name, gold, text, lines, output) -> None:
        self.doc_language[1] += 1
        self.doc_language[0] += output.get("language") == gold["language"]
        spans = _spans(output, "language_spans")
        for index, (start, end) in enumerate(lines):
            number = index + 1
            line = text[start:end].strip()
            if len(line) < 2 or not any(c.isalpha() for c in line):
                continue
            if number in gold["skip_lines"] and str(number) not in gold["line_languages"]:
                continue
            expected = gold["line_languages"].get(str(number), gold["language"])
            best, best_overlap = None, 0
            for span in spans:
                overlap = max(0, min(end, span["end"]) - max(start, span["start"]))
                if overlap > best_overlap:
                    best, best_overlap = span.get("lang"), overlap
            self.line_language[1] += 1
            self.line_language[0] += best == expected
            if best != expected:
                self.miss(name, "language", "line", f"line {number} want {expected} got {best}: {line[:40]}")

    def score_dates(self, name, gold, text, output) -> None:
        gold_dates = gold["dates"]
        matched: set[int] = set()
        for span in _spans(output, "dates"):
            said = text[span["start"] : span["end"]]
            hits = [k for k, y in enumerate(gold_dates) if _overlap(y["start"], y["end"], span)]
            if not hits:
                self.dates[1] += 1
                self.miss(name, "dates", "false positive", f"{said!r} -> {span.get('value')}")
                continue
            k = hits[0]
            if gold_dates[k].get("optional") or k in matched:
                continue
            matched.add(k)
            self.dates[0] += 1
            want, got = gold_dates[k]["value"], span.get("value")
            self.date_values[0] += got == want
            if got != want:
                self.miss(name, "dates", "value", f"{said!r} got {got} want {want}")
        for k, expected in enumerate(gold_dates):
            if expected.get("optional"):
                continue
            self.date_values[1] += 1
            if k not in matched:
                self.dates[2] += 1
                self.miss(name, "dates", "false negative", f"{expected['text']!r} {expected['value']}")

    def score_quotes(self, name, gold, text, output) -> None:
        spans = _spans(output, "quotes")
        gold_quotes = gold["quotes"]

        def anchors_covered(span):
            return sum(1 for y in gold_quotes if _overlap(y["anchor_start"], y["anchor_end"], span))

        # a predicted span over the anchors of two gold quotes merges them: it matches none
        spans = [span if anchors_covered(span) <= 1 else {**span, "start": -2, "end": -1} for span in spans]
        matched: set[int] = set()
        for expected in gold_quotes:
            kind = expected["kind"]
            self.quotes_found[kind][1] += 1
            group = "hard" if expected.get("hard") else "easy"
            self.attribution[group][1] += 1
            start, end = expected["anchor_start"], expected["anchor_end"]
            candidates = [j for j, x in enumerate(spans) if x["start"] <= start and end <= x["end"] + 2]
            if not candidates:
                candidates = [j for j, x in enumerate(spans) if _overlap(start, end, x)]
            if not candidates:
                self.miss(name, "quotes", "missed", f"[{kind}] {expected['anchor']}")
                continue
            best = min(candidates, key=lambda j: spans[j]["end"] - spans[j]["start"])
            matched.update(candidates)
            self.quotes_found[kind][0] += 1
            speaker = spans[best].get("speaker") or {}
            if isinstance(speaker, str):
                speaker = {"text": speaker}
            names = {name_key(speaker.get(key)) for key in ("canonical", "text", "name")} - {""}
            full = name_key(expected["speaker"])
            aliases = {name_key(alias) for alias in expected.get("aliases", [])} | {full}
            right = bool(names & aliases) or any(f" {full} " in f" {n} " for n in names)
            self.attribution[group][0] += right
            if not right:
                self.miss(
                    name, "quotes", "speaker", f"{expected['anchor'][:30]} got {sorted(names)} want {full}"
                )
        for j, span in enumerate(spans):
            if span.get("kind", "direct") != "direct":
                continue
            self.direct_predicted += 1
            if j not in matched:
                self.direct_unmatched += 1
                self.miss(name, "quotes", "false positive", repr(text[span["start"] : span["end"]][:50]))

    def score_outlet(self, name, gold, output) -> None:
        accepted = gold["outlet"].get("names") or []
        if accepted:
            self.outlet[1] += 1
            outlet = output.get("outlet") or {}
            got = {name_key(outlet.get("id")).lower(), name_key(outlet.get("name")).lower()} - {""}
            right = bool(got & {name_key(n).lower() for n in accepted})
            self.outlet[0] += right
            if not right:
                self.miss(name, "outlet", "wrong", f"got {sorted(got)} want {accepted[0]}")
        credited = {
            name_key(source.get("name") if isinstance(source, dict) else source)
            for source in output.get("sources") or []
        }
        for source in gold["outlet"].get("credited_sources", []):
            self.sources[1] += 1
            wanted = name_key(source)
            found = any(wanted in n or n in wanted for n in credited if n)
            self.sources[0] += found
            if not found:
                self.miss(name, "sources", "missed", source)

    def measures(self, missing: int) -> dict[str, float | int]:
        bp_precision, bp_recall, bp_f1 = _prf(*self.boilerplate)
        dt_precision, dt_recall, dt_f1 = _prf(*self.dates)
        direct_gold = self.quotes_found["direct"][1]
        if self.direct_predicted:
            direct_precision = (self.direct_predicted - self.direct_unmatched) / self.direct_predicted
        else:
            direct_precision = 1.0 if not direct_gold else 0.0
        easy, hard = self.attribution["easy"], self.attribution["hard"]
        return {
            "documents.missing": missing,
            "boilerplate.precision": bp_precision,
            "boilerplate.recall": bp_recall,
            "boilerplate.f1": bp_f1,
            "boilerplate.content_kept": _share(self.content_kept, self.content_lines),
            "language.doc_accuracy": _share(*self.doc_language),
            "language.line_accuracy": _share(*self.line_language),
            "dates.precision": dt_precision,
            "dates.recall": dt_recall,
            "dates.f1": dt_f1,
            "dates.value_accuracy": _share(*self.date_values),
            "quotes.direct_recall": _share(*self.quotes_found["direct"]),
            "quotes.indirect_recall": _share(*self.quotes_found["indirect"]),
            "quotes.direct_precision": direct_precision,
            "quotes.attribution_accuracy": _share(easy[0] + hard[0], easy[1] + hard[1]),
            "quotes.attribution_accuracy_easy": _share(*easy),
            "quotes.attribution_accuracy_hard": _share(*hard),
            "outlet.accuracy": _share(*self.outlet),
            "sources.recall": _share(*self.sources),
        }


def evaluate(gold: Mapping[str, Any], outputs: Iterable[Mapping[str, Any]]) -> Evaluation:
    """Score output documents against ``gold`` (as read by :func:`load_gold`).

    Output documents are matched to gold documents by the file name of ``meta.source`` (else by
    ``id``): ``000_b0e30f7200a0ed57.txt`` matches ``data/000_b0e30f7200a0ed57.txt``.
    """
    by_file = {}
    for output in outputs:
        source = (output.get("meta") or {}).get("source") or output.get("id") or ""
        by_file[source.split("/")[-1]] = output
    scorer = _Scorer()
    missing = []
    for gold_document in gold["documents"]:
        name = gold_document["file"]
        output = by_file.get(name)
        if output is None:
            missing.append(name)
            output = {}
        text = output.get("text") or ""
        lines = _line_ranges(text)
        scorer.score_boilerplate(name, gold_document, text, lines, output)
        scorer.score_language(name, gold_document, text, lines, output)
        scorer.score_dates(name, gold_document, text, output)
        scorer.score_quotes(name, gold_document, text, output)
        scorer.score_outlet(name, gold_document, output)
    measures = scorer.measures(len(missing))
    if missing:  # an output that drops documents scores nothing
        measures = {key: len(missing) if key == "documents.missing" else 0.0 for key in measures}
    return Evaluation(measures, scorer.misses, missing)
