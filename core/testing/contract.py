"""The contract every stage keeps, checked by fuzzing it with generated documents.

A stage must never change ``text``, keep every span in bounds, produce JSON-serialisable
annotations, give the same output for the same input, and never raise (errors it records are
reported as violations unless ``allow_errors``).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterable, Iterator
from typing import Any

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from ..document import Document
from ..pipeline import Pipeline, PipelineConfig
from .strategies import documents as generated_documents


class ContractViolation(AssertionError):
    """A stage broke the stage contract; the message says how and on which document."""


def _spans(value: Any, path: str) -> Iterator[tuple[str, dict]]:
    """Every object with integer ``start``/``end`` inside an annotation, nested ones included."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, item in value.items():
            yield from _spans(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _spans(item, f"{path}[{index}]")


def check_document(original: Document, processed: Document, stage: str, allow_errors: bool = False) -> None:
    """Check one processed document against its input; raise :class:`ContractViolation`."""

    def fail(message: str) -> None:
        raise ContractViolation(f"stage {stage!r} on document {original.id!r}: {message}")

    if processed.text != original.text:
        fail("changed the text")
    for name, value in processed.annotations.items():
        for path, span in _spans(value, name):
            if not 0 <= span["start"] <= span["end"] <= len(processed.text):
                fail(
                    f"span {path} [{span['start']}, {span['end']}) is outside the text "
                    f"(length {len(processed.text)})"
                )
    try:
        json.dumps(processed.to_record(), ensure_ascii=False, allow_nan=False)
    except (TypeError, ValueError) as exc:
        fail(f"annotations are not JSON-serialisable: {exc}")
    if not allow_errors and processed.errors:
        first = processed.errors[0]
        fail(f"recorded an error: {first.error}: {first.message}")


def check_stage_contract(
    registry: Any,
    stage: str,
    settings_values: dict[str, Any] | None = None,
    before: Iterable[str] = (),
    documents: st.SearchStrategy[Document] | None = None,
    max_examples: int = 50,
    allow_errors: bool = False,
    shrink: bool = True,
) -> None:
    """Fuzz ``stage`` (after the stages ``before`` it) with generated documents.

    Each document is processed twice from fresh copies; the outputs must be byte-identical and
    keep the contract (see :func:`check_document`). ``documents`` defaults to
    :func:`khabar.testing.strategies.documents`. Raises :class:`ContractViolation` with the
    smallest failing document hypothesis finds (``shrink=False``: the first one, faster).
    """
    names = [*before, stage]
    config = PipelineConfig(names, {stage: dict(settings_values or {})})

    def run(document: Document) -> Document:
        pipeline = Pipeline(registry, config)
        [out] = pipeline.run([copy.deepcopy(document)])
        return out

    phases = [Phase.explicit, Phase.generate, *([Phase.shrink] if shrink else [])]

    @settings(
        max_examples=max_examples,
        deadline=None,
        suppress_health_check=list(HealthCheck),
        database=None,
        phases=phases,
    )
    @given(documents if documents is not None else generated_documents())
    def contract(document: Document) -> None:
        first, second = run(document), run(document)
        check_document(document, first, stage, allow_errors)
        if first.to_jsonl() != second.to_jsonl():
            raise ContractViolation(
                f"stage {stage!r} on document {document.id!r}: output differs between runs"
            )

    contract()
