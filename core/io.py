"""Reading inputs into documents and writing documents out, and khabar's built-in formats.

Formats are registered through the ``register_readers`` and ``register_writers`` hooks; this
module is itself a plugin that registers the two formats of ``docs/output.md``: plain text
(``.txt``, one article a file) and JSON Lines (``.jsonl``, one article a line).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, BinaryIO, TextIO

from .document import Document
from .errors import InputError
from .hookspecs import hookimpl

#: The input name that means JSON Lines on standard input.
STDIN = "-"


@dataclass(frozen=True)
class Rejected:
    """An input item that could not be made into a document, and why. ``line`` is 1-based or None."""

    source: str
    line: int | None
    reason: str

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"


@dataclass(frozen=True)
class Reader:
    """An input format: ``read(stream, name)`` yields documents or :class:`Rejected` items."""

    format: str
    suffixes: tuple[str, ...]
    read: Callable[[BinaryIO, str], Iterator[Document | Rejected]]


@dataclass(frozen=True)
class Writer:
    """An output format: ``write(documents, stream)`` writes documents to a text stream as they come."""

    format: str
    suffixes: tuple[str, ...]
    write: Callable[[Iterable[Document], TextIO], None]


def _decode(data: bytes) -> tuple[str, bool]:
    """UTF-8 text (a leading byte-order mark dropped) and whether bytes had to be replaced."""
    try:
        return data.decode("utf-8-sig"), False
    except UnicodeDecodeError:
        return data.decode("utf-8-sig", errors="replace"), True


def read_text_file(stream: BinaryIO, name: str) -> Iterator[Document | Rejected]:
    """A ``.txt`` file is one article: ``id`` is the file name without suffix, ``meta.source`` the name."""
    text, replaced = _decode(stream.read())
    file_name = os.path.basename(name)
    document = Document(id=Path(file_name).stem, text=text, meta={"source": file_name})
    if replaced:
        document.record_error("read", "UnicodeDecodeError", f"{name}: invalid UTF-8 replaced by U+FFFD")
    yield document


def read_json_lines(stream: BinaryIO, name: str) -> Iterator[Document | Rejected]:
    """A ``.jsonl`` file: one object a line with ``text`` and optional ``id`` and ``meta``.

    A line without an ``id`` gets ``<file stem>:<line number>``. Lines that are not JSON objects
    with a string ``text`` are rejected with their line number; blank lines are skipped.
    """
    stem = Path(name).stem if name != STDIN else "stdin"
    for number, raw in enumerate(stream, start=1):
        line, replaced = _decode(raw)
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Rejected(name, number, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield Rejected(name, number, f"expected a JSON object, got {type(record).__name__}")
            continue
        text = record.get("text")
        if not isinstance(text, str):
            problem = "has no 'text'" if text is None else f"'text' is a {type(text).__name__}, not a string"
            yield Rejected(name, number, f"the object {problem}")
            continue
        meta = record.get("meta")
        if meta is not None and not isinstance(meta, dict):
            yield Rejected(name, number, f"'meta' must be an object, got {type(meta).__name__}")
            continue
        doc_id = record.get("id")
        document = Document(
            id=str(doc_id) if doc_id not in (None, "") else f"{stem}:{number}",
            text=text,
            meta=dict(meta or {}),
        )
        if replaced:
            document.record_error("read", "UnicodeDecodeError", f"{name}:{number}: invalid UTF-8 replaced")
        yield document


def write_json_lines(documents: Iterable[Document], stream: TextIO) -> None:
    """One document a line, as ``docs/output.md`` describes."""
    for document in documents:
        stream.write(document.to_jsonl())
        stream.write("\n")


@hookimpl
def register_readers(register):
    register(Reader("text", (".txt",), read_text_file))
    register(Reader("jsonl", (".jsonl",), read_json_lines))


@hookimpl
def register_writers(register):
    register(Writer("jsonl", (".jsonl",), write_json_lines))


# -- finding inputs --------------------------------------------------------------------------


def expand_inputs(inputs: Iterable[str], suffixes: Iterable[str]) -> list[str]:
    """The files to read, in order: each input as given, a directory's matching files sorted.

    Raises :class:`InputError` for a path that does not exist or a file no reader handles.
    """
    suffixes = tuple(suffixes)
    files: list[str] = []
    for item in inputs:
        if item == STDIN:
            files.append(STDIN)
            continue
        path = Path(item)
        if path.is_dir():
            files.extend(
                str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix.lower() in suffixes
            )
        elif path.is_file():
            if path.suffix.lower() not in suffixes:
                known = ", ".join(suffixes)
                raise InputError(f"{item}: no reader for files ending in {path.suffix!r} (readers: {known})")
            files.append(item)
        else:
            raise InputError(f"{item}: no such file or directory")
    return files


def read_documents(
    registry: Any,
    files: Iterable[str],
    on_rejected: Callable[[Rejected], None] | None = None,
    stdin_copy: Path | None = None,
) -> Iterator[Document]:
    """The documents of ``files`` (as :func:`expand_inputs` lists them), each read by the reader
    registered for its suffix (JSON Lines for ``-``, or ``stdin_copy`` when standard input was
    saved to a file); rejected items go to ``on_rejected``."""
    for name in files:
        reader = registry.readers[".jsonl" if name == STDIN else Path(name).suffix.lower()]
        if name == STDIN and stdin_copy is None:
            stream: BinaryIO = sys.stdin.buffer
        else:
            stream = open(stdin_copy if name == STDIN else name, "rb")  # noqa: SIM115 - closed below
        try:
            for item in reader.read(stream, name):
                if isinstance(item, Document):
                    yield item
                elif on_rejected is not None:
                    on_rejected(item)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


@contextmanager
def atomic_output(path: str | None) -> Iterator[TextIO]:
    """A text stream for the output: standard output for None or ``-``, else a temporary file
    beside ``path`` that replaces it only when the block finishes, so a run that dies leaves no
    half-written output behind."""
    if path in (None, STDIN):
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        stream: IO[str]
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
