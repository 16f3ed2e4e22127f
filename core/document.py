"""The document model: raw text kept exactly as read, everything found as stand-off annotations.

A :class:`Document` holds the text of one article and never changes it. What stages find is
stored beside it in ``annotations``: *span layers* (lists of JSON objects with ``start`` and
``end`` character offsets into ``text``, half-open) and *document-level fields* (``language``,
``title``, ``outlet`` ...). On output the annotations stand at the top level of the JSON
object, as ``docs/output.md`` and ``docs/schema/document.schema.json`` describe.

Offsets are Python ``str`` indices (Unicode code points), never bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from dataclasses_json import DataClassJsonMixin

#: The fields every output line carries, in this order, with the value they have before any
#: stage has set them. This is the contract of ``docs/output.md``: fields may be added, these
#: are never renamed or dropped.
CONTRACT_DEFAULTS: dict[str, Any] = {
    "boilerplate": [],
    "title": None,
    "language": None,
    "language_spans": [],
    "dates": [],
    "quotes": [],
    "outlet": {"id": None, "name": None, "score": 0.0, "evidence": []},
    "sources": [],
}


def _fresh_default(name: str) -> Any:
    """A new copy of a contract field's default (shallow copies suffice: the defaults nest one level)."""
    default = CONTRACT_DEFAULTS[name]
    if isinstance(default, list):
        return []
    if isinstance(default, dict):
        return {key: list(value) if isinstance(value, list) else value for key, value in default.items()}
    return default


#: Keys that belong to the document itself rather than to ``annotations``.
RECORD_KEYS = ("id", "text", "meta", "provenance", "errors")


class SpanError(ValueError):
    """A span whose offsets do not fit the document's text."""


@dataclass
class StageRun(DataClassJsonMixin):
    """One entry of ``provenance``: a stage that ran on the document, with its settings."""

    stage: str
    version: str
    plugin: str
    settings: dict[str, Any] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        """The entry as it stands in the output (``settings`` hold JSON values already)."""
        return {
            "stage": self.stage,
            "version": self.version,
            "plugin": self.plugin,
            "settings": self.settings,
        }


@dataclass
class DocumentError(DataClassJsonMixin):
    """One entry of ``errors``: what went wrong for this document, and in which stage.

    ``stage`` is the stage name, or ``read`` for a problem found while reading the input.
    """

    stage: str
    error: str
    message: str


@dataclass
class Document(DataClassJsonMixin):
    """One article: its raw text, its metadata, and the stand-off annotations of every stage.

    ``text`` is never modified. ``meta`` holds what the input gave (``source``, ``published``,
    ``url``, ``outlet``) and what stages add about the input. ``annotations`` maps a name to a
    span layer (a list of ``{"start", "end", ...}`` objects) or to a document-level value; the
    contract fields of :data:`CONTRACT_DEFAULTS` are always present.
    """

    id: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    annotations: dict[str, Any] = field(default_factory=dict)
    provenance: list[StageRun] = field(default_factory=list)
    errors: list[DocumentError] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not isinstance(self.text, str):
            raise TypeError(f"document {self.id!r}: text must be a str, not {type(self.text).__name__}")
        annotations = self.annotations
        for name in CONTRACT_DEFAULTS:
            if name not in annotations:
                annotations[name] = _fresh_default(name)

    # -- span layers -----------------------------------------------------------------------

    def add_span(self, layer: str, start: int, end: int, **attributes: Any) -> dict[str, Any]:
        """Append a span ``[start, end)`` with ``attributes`` to ``layer`` and return it.

        Raises :class:`SpanError` when the offsets are not integers with
        ``0 <= start <= end <= len(text)``.
        """
        self.check_offsets(start, end, layer)
        span = {"start": start, "end": end, **attributes}
        self.annotations.setdefault(layer, []).append(span)
        return span

    def spans(self, layer: str) -> list[dict[str, Any]]:
        """The spans of ``layer`` (an empty list when no stage has made it)."""
        value = self.annotations.get(layer)
        return value if isinstance(value, list) else []

    def span_text(self, span: dict[str, Any]) -> str:
        """The raw text a span covers."""
        return self.text[span["start"] : span["end"]]

    def check_offsets(self, start: Any, end: Any, where: str = "span") -> None:
        """Raise :class:`SpanError` unless ``[start, end)`` lies within ``text``."""
        if type(start) is not int or type(end) is not int:
            raise SpanError(f"{where}: offsets must be integers, got start={start!r} end={end!r}")
        if not 0 <= start <= end <= len(self.text):
            raise SpanError(
                f"{where}: span [{start}, {end}) is outside the text of document {self.id!r} "
                f"(length {len(self.text)})"
            )

    # -- document-level fields -------------------------------------------------------------

    def get(self, name: str, default: Any = None) -> Any:
        """A document-level annotation, or ``default`` when it is absent."""
        return self.annotations.get(name, default)

    def set(self, name: str, value: Any) -> None:
        """Set a document-level annotation. ``name`` may not be a record key such as ``text``."""
        if name in RECORD_KEYS:
            raise KeyError(f"{name!r} is part of the document record and cannot be set as an annotation")
        self.annotations[name] = value

    def record_error(self, stage: str, error: BaseException | str, message: str | None = None) -> None:
        """Add an entry to ``errors`` for ``stage``."""
        if isinstance(error, BaseException):
            kind, text = type(error).__name__, message or str(error)
        else:
            kind, text = error, message or ""
        self.errors.append(DocumentError(stage=stage, error=kind, message=text))

    # -- JSON --------------------------------------------------------------------------------

    def to_record(self) -> dict[str, Any]:
        """The output object of ``docs/output.md``: annotations at the top level, in a fixed order.

        Contract fields come first in their documented order, then other annotations sorted by
        name, then ``provenance`` and ``errors``; the same document always gives the same object.
        """
        record: dict[str, Any] = {"id": self.id, "text": self.text, "meta": self.meta}
        for name in CONTRACT_DEFAULTS:
            record[name] = self.annotations[name]
        for name in sorted(self.annotations.keys() - CONTRACT_DEFAULTS.keys()):
            record[name] = self.annotations[name]
        # Written out by hand: dataclasses-json's to_dict walks every value and cost more than
        # the JSON encoding itself (these dataclasses hold only JSON values already).
        record["provenance"] = [run.to_record() for run in self.provenance]
        record["errors"] = [
            {"stage": err.stage, "error": err.error, "message": err.message} for err in self.errors
        ]
        return record

    def to_jsonl(self) -> str:
        """One line of JSON (no trailing newline), UTF-8 text kept as is (no ``\\u`` escapes)."""
        return json.dumps(self.to_record(), ensure_ascii=False)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Document:
        """Rebuild a document from :meth:`to_record` output (or any object with ``id`` and ``text``).

        ``from_record(doc.to_record()) == doc`` for every document.
        """
        annotations = {k: v for k, v in record.items() if k not in RECORD_KEYS}
        return cls(
            id=record["id"],
            text=record["text"],
            meta=dict(record.get("meta") or {}),
            annotations=annotations,
            provenance=[StageRun.from_dict(r) for r in record.get("provenance") or []],
            errors=[DocumentError.from_dict(e) for e in record.get("errors") or []],
        )

    @classmethod
    def from_jsonl(cls, line: str) -> Document:
        """Parse one output line back into a document."""
        return cls.from_record(json.loads(line))
