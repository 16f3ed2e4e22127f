"""Rewrite the "Hook reference" section of docs/plugins.md from the docstrings of khabar.hookspecs.

Run it after changing a hook: ``python docs/hooks_reference.py``. The test suite fails while the
section and the docstrings disagree.
"""

from __future__ import annotations

import inspect
from pathlib import Path

from khabar import hookspecs

PAGE = Path(__file__).with_name("plugins.md")
MARKER = "## Hook reference"


def reference() -> str:
    hooks = [fn for _, fn in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(fn, "khabar_spec")]
    hooks.sort(key=lambda fn: fn.__code__.co_firstlineno)  # in the order of the spec module
    return "\n".join(f"### `{fn.__name__}{inspect.signature(fn)}`\n\n{inspect.getdoc(fn)}\n" for fn in hooks)


def main() -> None:
    text = PAGE.read_text(encoding="utf-8")
    head, _, rest = text.partition(MARKER)
    intro = rest.split("\n### ", 1)[0]
    PAGE.write_text(head + MARKER + intro.rstrip("\n") + "\n\n" + reference(), encoding="utf-8")


if __name__ == "__main__":
    main()
