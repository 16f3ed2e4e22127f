"""Which module runs the quotes stage: ``stage`` itself, or ``_stage_c``, the same source compiled.

An install that has a C compiler builds ``_stage_c`` from ``stage.py`` with Cython (``setup.py``);
the compiled module carries the SHA-256 of the source it was built from. It is used only while
``stage.py`` is that very source: an edited checkout runs what it reads, and a rebuild
(``pip install -e .``) compiles it again. Its output is the pure module's, byte for byte (a test
checks it on the seeds), about 30% sooner. Set ``KHABAR_PURE_PYTHON=1`` to run the pure module
anyway: to profile it, or to step through it in a debugger.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
from pathlib import Path
from types import ModuleType

COMPILED = "khabar.plugins.quotes._stage_c"
SOURCE = "khabar.plugins.quotes.stage"


def implementation() -> ModuleType:
    """The module whose ``QuotesStage`` runs: the compiled one when it is current, else ``stage``."""
    if os.environ.get("KHABAR_PURE_PYTHON", "") in ("", "0"):
        try:
            compiled = importlib.import_module(COMPILED)
        except ImportError:  # not built: no compiler at install, or a checkout never installed
            pass
        else:
            if is_current(compiled):
                return compiled
    return importlib.import_module(SOURCE)


def is_current(compiled: ModuleType) -> bool:
    """Whether ``compiled`` was built from ``stage.py`` as it reads now."""
    spec = importlib.util.find_spec(SOURCE)
    if spec is None or spec.origin is None:
        return False
    source = hashlib.sha256(Path(spec.origin).read_bytes()).hexdigest()
    return getattr(compiled, "__source_sha256__", None) == source


def build_stage(settings):
    """The ``quotes`` stage's factory: ``QuotesStage`` of :func:`implementation`."""
    return implementation().QuotesStage(settings)
