"""Reading labelled articles: CSV files with ``path`` and ``outlet`` columns (``outlet_name``
optional), as ``../shared/corpus/labelled.csv``."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path


def resolve(csv_path: Path, relative: str, root: Path | None) -> Path:
    """Where a CSV row's file is: under ``root``, beside the CSV, or in the folder named like it."""
    candidates = (
        [root / relative] if root else [csv_path.parent / relative, csv_path.with_suffix("") / relative]
    )
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise ValueError(
        f"{csv_path}: no file {relative!r} (looked in {', '.join(str(c.parent) for c in candidates)})"
    )


def read_labelled(
    csv_paths: Sequence[Path], root: Path | None = None
) -> tuple[list[str], list[str], dict[str, str]]:
    """The texts, their outlet ids, and each outlet's name, in file order."""
    texts, outlets, names = [], [], {}
    for csv_path in csv_paths:
        with open(csv_path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = {"path", "outlet"} - set(reader.fieldnames or ())
            if missing:
                raise ValueError(f"{csv_path}: no {', '.join(sorted(missing))} column")
            for line, row in enumerate(reader, start=2):
                if not row["path"] or not row["outlet"]:
                    raise ValueError(f"{csv_path}, line {line}: empty path or outlet")
                texts.append(
                    resolve(Path(csv_path), row["path"], root).read_text(encoding="utf-8", errors="replace")
                )
                outlets.append(row["outlet"])
                if row.get("outlet_name"):
                    names.setdefault(row["outlet"], row["outlet_name"])
    if len(set(outlets)) < 2:
        raise ValueError("learning needs articles of at least two outlets")
    return texts, outlets, names
