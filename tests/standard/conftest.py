"""Fixtures for the standard plugins' tests: each plugin registered by itself, hermetically."""

from __future__ import annotations

import json
import tomllib

import pytest

from khabar import Document, Pipeline, load_registry, parse_pipeline

from ..conftest import SEEDS, STANDARD_PLUGINS


@pytest.fixture(scope="session")
def standard_registry():
    return load_registry(entry_points=False, plugins=STANDARD_PLUGINS, strict=True)


@pytest.fixture
def run_pipeline(standard_registry):
    """run_pipeline(toml_text, documents) -> processed documents."""

    def run(toml_text: str, documents):
        pipeline = Pipeline(standard_registry, parse_pipeline(tomllib.loads(toml_text), "<test>"))
        return list(pipeline.run(documents))

    return run


@pytest.fixture(scope="session")
def seed_inputs():
    lines = (SEEDS / "seeds.input.jsonl").read_text(encoding="utf-8").splitlines()
    return [Document.from_record(json.loads(line)) for line in lines]


@pytest.fixture(scope="session")
def gold():
    return {
        d["file"]: d for d in json.loads((SEEDS / "seeds.gold.json").read_text(encoding="utf-8"))["documents"]
    }


def line_of(text: str, offset: int) -> int:
    """The 1-based physical line an offset falls on (the gold's line numbering)."""
    return text.count("\n", 0, offset) + 1
