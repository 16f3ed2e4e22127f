"""The learned outlet fingerprint: a linear model over :mod:`.features`, kept as plain JSON.

``khabar outlets learn`` fits it with scikit-learn (a linear support-vector machine, the standard
tool for many sparse features and few thousand documents) and calibrates a softmax temperature on
cross-validated decision values, so that ``score`` reads as a probability. The saved model is
JSON: weights per feature, readable and diffable, loaded and applied here in plain Python, so
running the stage needs neither scikit-learn nor pickles.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .features import features

FORMAT = "khabar.outlets.model/1"


def _normalized(found: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in found.values())) or 1.0
    return {k: v / norm for k, v in found.items()}


@dataclass
class OutletModel:
    """Weights per feature and class, a bias per class and the calibrated temperature."""

    classes: list[str]
    names: dict[str, str]
    weights: dict[str, list[float]]
    bias: list[float]
    temperature: float
    report: dict[str, Any]

    def probabilities(self, text: str) -> dict[str, float]:
        """Each outlet's probability of having published ``text`` (they sum to 1)."""
        scores = list(self.bias)
        for feature, value in _normalized(features(text)).items():
            row = self.weights.get(feature)
            if row is not None:
                for index, weight in enumerate(row):
                    scores[index] += value * weight
        return dict(zip(self.classes, _softmax(scores, self.temperature), strict=True))

    def save(self, path: Path) -> None:
        record = {
            "format": FORMAT,
            "classes": self.classes,
            "names": self.names,
            "temperature": self.temperature,
            "bias": self.bias,
            "report": self.report,
            "weights": dict(sorted(self.weights.items())),
        }
        Path(path).write_text(json.dumps(record, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> OutletModel:
        record = json.loads(Path(path).read_text(encoding="utf-8"))
        if record.get("format") != FORMAT:
            raise ValueError(f"{path}: not an outlet model saved by `khabar outlets learn` ({FORMAT})")
        return cls(
            record["classes"],
            record["names"],
            record["weights"],
            record["bias"],
            record["temperature"],
            record.get("report", {}),
        )


def learn(
    texts: Sequence[str],
    labels: Sequence[str],
    names: dict[str, str] | None = None,
    *,
    regularization: float = 1.0,
    folds: int = 5,
    seed: int = 0,
    min_documents: int = 2,
) -> OutletModel:
    """Fit the model on labelled texts; with ``folds`` > 1, cross-validate it first and calibrate
    its temperature on the held-out decision values (the report gives the accuracy). Features of
    fewer than ``min_documents`` articles are left out (they only memorise)."""
    import numpy
    from sklearn.feature_extraction import DictVectorizer  # heavy: only when learning
    from sklearn.model_selection import StratifiedKFold, cross_val_predict
    from sklearn.svm import LinearSVC

    found = [features(t) for t in texts]
    seen = Counter(feature for f in found for feature in f)  # a feature of one article is noise
    kept = [_normalized({k: v for k, v in f.items() if seen[k] >= min_documents}) for f in found]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(kept).tocsr()
    matrix.indices, matrix.indptr = (
        matrix.indices.astype("int32"),
        matrix.indptr.astype("int32"),
    )  # LinearSVC wants 32-bit
    classifier = LinearSVC(C=regularization, random_state=seed)
    report: dict[str, Any] = {"documents": len(texts), "features": matrix.shape[1]}
    temperature = 1.0
    if folds > 1:
        split = StratifiedKFold(folds, shuffle=True, random_state=seed)
        decisions = cross_val_predict(classifier, matrix, labels, cv=split, method="decision_function")
        classes = sorted(set(labels))
        gold = [classes.index(label) for label in labels]
        if decisions.ndim == 1:  # two outlets: one decision value, positive for the second
            decisions = numpy.stack([-decisions, decisions], axis=1)
        predicted = decisions.argmax(axis=1)
        report["cross_validation"] = {
            "folds": folds,
            "accuracy": round(
                float(sum(int(p == g) for p, g in zip(predicted, gold, strict=True)) / len(gold)), 4
            ),
        }
        temperature = _calibrate(decisions.tolist(), gold)
        report["cross_validation"]["by_threshold"] = _coverage(decisions.tolist(), gold, temperature)
    classifier.fit(matrix, labels)
    vocabulary = vectorizer.get_feature_names_out()
    coefficients, intercepts = classifier.coef_, classifier.intercept_
    if len(classifier.classes_) == 2:  # one hyperplane: as two opposite scores
        coefficients, intercepts = (
            numpy.vstack([-coefficients, coefficients]),
            numpy.hstack([-intercepts, intercepts]),
        )
    coefficients = coefficients.T  # one row per feature
    weights = {
        feature: [round(float(w), 4) for w in row]
        for feature, row in zip(vocabulary, coefficients, strict=True)
        if abs(row).max() >= 1e-4
    }
    return OutletModel(
        [str(c) for c in classifier.classes_],
        dict(names or {}),
        weights,
        [round(float(b), 5) for b in intercepts],
        temperature,
        report,
    )


def _softmax(row: list[float], temperature: float) -> list[float]:
    top = max(row)
    exps = [math.exp((s - top) / temperature) for s in row]
    total = sum(exps)
    return [e / total for e in exps]


def _calibrate(decisions: list[list[float]], gold: list[int]) -> float:
    """The softmax temperature with the least log loss on held-out decision values."""

    def loss(temperature: float) -> float:
        return -sum(
            math.log(max(1e-12, _softmax(r, temperature)[g])) for r, g in zip(decisions, gold, strict=True)
        )

    candidates = [round(0.02 * 1.15**i, 4) for i in range(40)]
    return min(candidates, key=loss)


def _coverage(decisions: list[list[float]], gold: list[int], temperature: float) -> list[dict[str, float]]:
    """Accuracy (an abstention counted wrong) and precision of the named outlet, per score threshold."""
    rows = []
    scored = [
        (max(p := _softmax(r, temperature)), p.index(max(p)) == g)
        for r, g in zip(decisions, gold, strict=True)
    ]
    for threshold in (0.0, 0.2, 0.3, 0.4, 0.5, 0.7):
        named = [ok for score, ok in scored if score >= threshold]
        rows.append(
            {
                "threshold": threshold,
                "named": round(len(named) / len(scored), 4),
                "accuracy": round(sum(named) / len(scored), 4),
                "precision": round(sum(named) / len(named), 4) if named else 0.0,
            }
        )
    return rows
