"""pytest fixtures for khabar plugin authors, loaded automatically (entry point ``pytest11``).

- ``khabar_registry``: the plugin registry with every installed plugin (yours included).
- ``khabar_pipeline``: build a :class:`khabar.Pipeline` from a TOML string.
- ``seed_documents``: khabar's five seed articles, with their publication dates.
- ``khabar_contract``: ``khabar_contract("my_stage", before=[...], max_examples=50)`` fuzzes a
  stage with generated documents and fails the test if it breaks the stage contract.
"""

from __future__ import annotations

import json
import tomllib
from importlib import resources

import pytest


@pytest.fixture
def khabar_registry():
    from khabar import load_registry

    return load_registry()


@pytest.fixture
def khabar_pipeline(khabar_registry):
    from khabar import Pipeline, parse_pipeline

    def build(toml_text: str):
        return Pipeline(khabar_registry, parse_pipeline(tomllib.loads(toml_text), "<khabar_pipeline>"))

    return build


@pytest.fixture(scope="session")
def seed_documents():
    from khabar import Document

    seeds = resources.files("khabar.seeds").joinpath("seeds.input.jsonl").read_text(encoding="utf-8")
    return [Document.from_record(json.loads(line)) for line in seeds.splitlines() if line.strip()]


@pytest.fixture
def khabar_contract(khabar_registry):
    from khabar.testing import check_stage_contract

    def check(stage: str, **options):
        check_stage_contract(khabar_registry, stage, **options)

    return check
