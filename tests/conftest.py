"""Shared fixtures. The suite is hermetic: registries are built from the test plugins in
``tests/sample_plugins.py`` and never from installed entry points (except in the tests of
discovery itself)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

import khabar.plugins.boilerplate
import khabar.plugins.dates
import khabar.plugins.language
import khabar.plugins.outlets
import khabar.plugins.quotes
from khabar import Pipeline, cli, default_pipeline, load_registry
from khabar.runner import run_files

from . import sample_plugins

# A quick default for development; CI sets HYPOTHESIS_PROFILE=ci for thorough runs.
settings.register_profile("default", max_examples=100, deadline=None)
settings.register_profile(
    "ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow], print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

STANDARD_PLUGINS = [
    ("boilerplate", khabar.plugins.boilerplate),
    ("language", khabar.plugins.language),
    ("dates", khabar.plugins.dates),
    ("quotes", khabar.plugins.quotes),
    ("outlets", khabar.plugins.outlets),
]


@pytest.fixture
def registry():
    """A registry with khabar's built-ins and the sample plugins only."""
    return load_registry(entry_points=False, plugins=[("sample", sample_plugins)], strict=True)


@pytest.fixture
def cli_registry(registry):
    """Make the command line use the hermetic registry for one test."""
    cli.use_registry(registry)
    yield registry
    cli.use_registry(None)


@pytest.fixture
def shared_dir():
    """``../shared`` beside the checkout; tests that need it skip cleanly without it."""
    if not (SHARED / "gold" / "seeds.gold.json").exists():
        pytest.skip("../shared is not present beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seeds_output(tmp_path_factory):
    """The seed articles through the default pipeline of khabar's standard plugins, as JSON Lines."""
    registry = load_registry(entry_points=False, plugins=STANDARD_PLUGINS, strict=True)
    output = tmp_path_factory.mktemp("seeds") / "seeds.out.jsonl"
    pipeline = Pipeline(registry, default_pipeline(registry))
    summary = run_files(registry, pipeline, [str(SEEDS / "seeds.input.jsonl")], str(output))
    assert summary.documents == 5 and not summary.rejected
    return output
