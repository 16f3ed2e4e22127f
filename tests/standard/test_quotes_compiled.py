"""The quotes stage compiled at install (setup.py): run only while it is current, and no different."""

from __future__ import annotations

import copy
import hashlib
import importlib
import importlib.util
import sys
import types

import pytest

from khabar import Pipeline, PipelineConfig
from khabar.plugins.quotes import compiled


@pytest.fixture(autouse=True)
def compiled_allowed(monkeypatch):
    """Each test starts as an install runs by default, whatever KHABAR_PURE_PYTHON the shell has."""
    monkeypatch.delenv("KHABAR_PURE_PYTHON", raising=False)


def quotes_of(registry, documents) -> list[list[dict]]:
    [*processed] = Pipeline(registry, PipelineConfig(["boilerplate", "quotes"])).run(copy.deepcopy(documents))
    return [document.spans("quotes") for document in processed]


def test_the_compiled_stage_finds_what_the_python_module_finds(standard_registry, seed_inputs, monkeypatch):
    module = compiled.implementation()
    if module.__name__ != compiled.COMPILED:
        pytest.skip(
            "the quotes stage was not compiled in this install (no C compiler, or an edited stage.py)"
        )
    found = quotes_of(standard_registry, seed_inputs)
    monkeypatch.setenv("KHABAR_PURE_PYTHON", "1")
    assert compiled.implementation().__name__ == compiled.SOURCE
    assert quotes_of(standard_registry, seed_inputs) == found
    assert sum(len(quotes) for quotes in found) > 40


def built_from(source: bytes) -> types.ModuleType:
    """A stand-in for the compiled module, carrying the digest of the source it was built from."""
    module = types.ModuleType(compiled.COMPILED)
    module.__source_sha256__ = hashlib.sha256(source).hexdigest()
    return module


def stage_py() -> bytes:
    with open(importlib.util.find_spec(compiled.SOURCE).origin, "rb") as file:
        return file.read()


def test_a_module_compiled_from_another_stage_py_is_not_run(monkeypatch):
    current = built_from(stage_py())
    stale = built_from(b"an older stage.py")
    assert compiled.is_current(current)
    assert not compiled.is_current(stale)
    assert not compiled.is_current(types.ModuleType(compiled.COMPILED))  # no digest at all

    monkeypatch.setitem(sys.modules, compiled.COMPILED, stale)
    assert compiled.implementation().__name__ == compiled.SOURCE
    monkeypatch.setitem(sys.modules, compiled.COMPILED, current)
    assert compiled.implementation() is current


def test_without_a_compiled_module_the_python_module_runs(monkeypatch):
    monkeypatch.setitem(sys.modules, compiled.COMPILED, None)  # importing it raises ImportError
    assert compiled.implementation().__name__ == compiled.SOURCE


@pytest.mark.parametrize("value, runs", [("1", compiled.SOURCE), ("0", None), ("", None)])
def test_khabar_pure_python_runs_the_python_module(monkeypatch, value, runs):
    monkeypatch.setitem(sys.modules, compiled.COMPILED, built_from(stage_py()))
    monkeypatch.setenv("KHABAR_PURE_PYTHON", value)
    assert compiled.implementation().__name__ == (runs or compiled.COMPILED)
