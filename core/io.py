"""Reading inputs into documents and writing documents out, and khabar's built-in formats.

Formats are registered through the ``register_readers`` and ``register_writers`` hooks; this
module is itself a plugin that registers the two formats of ``docs/output.md``: plain text
(``.txt``, one article a file) and JSON Lines (``.jsonl``, one article a line).
"""

from __future__ import annotations

import functools
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


#: The longest input line read whole; the rest of a longer line is skipped and the line rejected,
#: so that a file without line breaks (a binary dump) cannot take all memory.
MAX_LINE_BYTES = 256 * 1024 * 1024
#: How much of a file is looked at to tell a binary file (a NUL byte in it) from text.
_SNIFF_BYTES = 8192


@dataclass(frozen=True)
class Rejected:
    """An input item that could not be made into a document, and why. ``line`` is 1-based or None.

    ``input`` is the item as read (decoded, invalid bytes replaced) when it cannot be found again
    where it came from — a line of a file or of standard input — so that the rejects file loses
    nothing; it is None for a whole file, which stays where it is.
    """

    source: str
    line: int | None
    reason: str
    input: str | None = None

    def describe(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.reason}"

    def to_record(self) -> dict[str, Any]:
        """The line of the rejects file."""
        record: dict[str, Any] = {"source": self.source, "line": self.line, "reason": self.reason}
        if self.input is not None:
            record["input"] = self.input
        return record


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


def _binary_offset(data: bytes) -> int:
    """Where the first NUL byte is (text files have none), or -1."""
    return data.find(b"\0")


def read_text_file(stream: BinaryIO, name: str) -> Iterator[Document | Rejected]:
    """A ``.txt`` file is one article: ``id`` is the file name without suffix, ``meta.source`` the name.

    An empty file and a binary file (a NUL byte in its first 8 KiB) are rejected.
    """
    data = stream.read()
    if not data.strip():
        yield Rejected(name, None, "empty file" if not data else "the file holds only white space")
        return
    if (offset := _binary_offset(data[:_SNIFF_BYTES])) >= 0:
        yield Rejected(name, None, f"binary file, not text (a NUL byte at byte {offset})")
        return
    text, replaced = _decode(data)
    file_name = os.path.basename(name)
    document = Document(id=Path(file_name).stem, text=text, meta={"source": file_name})
    if replaced:
        document.record_error("read", "UnicodeDecodeError", f"{name}: invalid UTF-8 replaced by U+FFFD")
    yield document


def read_json_lines(stream: BinaryIO, name: str) -> Iterator[Document | Rejected]:
    """A ``.jsonl`` file: one object a line with ``text`` and optional ``id`` and ``meta``.

    A line without an ``id`` gets ``<file stem>:<line number>``. Lines that are not JSON objects
    with a string ``text`` are rejected with their line number and content; blank lines are skipped.
    An empty file and a binary file (a NUL byte in its first 8 KiB) are rejected whole.
    """
    stem = Path(name).stem if name != STDIN else "stdin"
    head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES] if hasattr(stream, "peek") else b""
    if (offset := _binary_offset(head)) >= 0:
        yield Rejected(name, None, f"binary file, not JSON Lines (a NUL byte at byte {offset})")
        return
    empty = True
    for number, raw in enumerate(_lines(stream), start=1):
        if raw is None:
            empty = False
            yield Rejected(name, number, f"line longer than {MAX_LINE_BYTES:,} bytes; skipped")
            continue
        line, replaced = _decode(raw)
        if not line.strip():
            continue
        empty = False

        def reject(reason: str, line: str = line, number: int = number) -> Rejected:
            return Rejected(name, number, reason, line.rstrip("\r\n"))

        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield reject(f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield reject("not valid JSON (nested too deeply)")
            continue
        if not isinstance(record, dict):
            yield reject(f"expected a JSON object, got {type(record).__name__}")
            continue
        text = record.get("text")
        if not isinstance(text, str):
            problem = "has no 'text'" if text is None else f"'text' is a {type(text).__name__}, not a string"
            yield reject(f"the object {problem}")
            continue
        meta = record.get("meta")
        if meta is not None and not isinstance(meta, dict):
            yield reject(f"'meta' must be an object, got {type(meta).__name__}")
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
    if empty:
        yield Rejected(name, None, "empty file: no lines with content")


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """The lines of ``stream``; None in place of a line longer than :data:`MAX_LINE_BYTES`, whose
    bytes are skipped without being held."""
    while True:
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(MAX_LINE_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def write_json_lines(documents: Iterable[Document], stream: TextIO) -> None:
    """One document a line, as ``docs/output.md`` describes."""
    for document in documents:
        stream.write(document.to_jsonl())
        stream.write("\n")


def read_records(
    path: str | Path, on_bad_line: Callable[[str], None] | None = None
) -> Iterator[dict[str, Any]]:
    """The records of a khabar output file (JSON Lines, one object a line; blank lines skipped),
    one at a time. A line that is not a JSON object raises :class:`InputError` naming the file and
    line, or, with ``on_bad_line``, is given to it as that message and skipped."""
    with open(path, encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError(f"expected an object, got {type(record).__name__}")
            except ValueError as exc:
                message = f"{path}, line {number}: not a khabar record: {exc}"
                if on_bad_line is None:
                    raise InputError(message) from None
                on_bad_line(message)
                continue
            yield record


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
    max_chars: int | None = None,
) -> Iterator[Document]:
    """The documents of ``files`` (as :func:`expand_inputs` lists them), each read by the reader
    registered for its suffix (JSON Lines for ``-``, or ``stdin_copy`` when standard input was
    saved to a file); rejected items go to ``on_rejected``, and so do documents whose text is
    longer than ``max_chars`` (with the whole document, so that nothing is lost)."""
    for name in files:
        reader = registry.readers[".jsonl" if name == STDIN else Path(name).suffix.lower()]
        if name == STDIN and stdin_copy is None:
            stream: BinaryIO = sys.stdin.buffer
        else:
            stream = open(stdin_copy if name == STDIN else name, "rb")  # noqa: SIM115 - closed below
        try:
            for item in reader.read(stream, name):
                if isinstance(item, Document) and max_chars and len(item.text) > max_chars:
                    item = Rejected(
                        name,
                        None,
                        f"document {item.id!r} has {len(item.text):,} characters, more than the limit "
                        f"of {max_chars:,} (--max-chars)",
                        item.to_jsonl(),
                    )
                if isinstance(item, Document):
                    yield item
                elif on_rejected is not None:
                    on_rejected(item)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


@functools.cache
def _umask() -> int:
    mask = os.umask(0)  # the only way to read it; read once, before any worker thread writes
    os.umask(mask)
    return mask


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
    os.chmod(temporary, 0o666 & ~_umask())  # as open() would have made it, not mkstemp's 0600
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
