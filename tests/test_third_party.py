"""Plugins installed as their own distributions are found through the ``khabar`` entry point.

The example plugin (``examples/khabar-paragraphs``) and a plugin that fails on import
(``tests/distributions/khabar-broken``) are built and installed into a temporary folder, and the
real ``khabar`` command runs with that folder on its path: nothing in the test environment changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import ROOT, SEEDS


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    target = tmp_path_factory.mktemp("site")
    for project in (
        ROOT / "examples" / "khabar-paragraphs",
        ROOT / "tests" / "distributions" / "khabar-broken",
    ):
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "install",
                "--quiet",
                "--no-deps",
                "--no-build-isolation",
                "--disable-pip-version-check",
                "--target",
                str(target),
                str(project),
            ],
            check=True,
            capture_output=True,
        )
    return target


def khabar(site, *args, **env):
    environment = {k: v for k, v in os.environ.items() if k != "KHABAR_LOAD_PLUGINS"}
    environment.update(PYTHONPATH=str(site), **env)
    return subprocess.run(
        [sys.executable, "-m", "khabar.cli", *map(str, args)], capture_output=True, text=True, env=environment
    )


def test_an_installed_plugin_is_listed_with_its_distribution(site):
    result = khabar(site, "plugins", "--json")
    assert result.returncode == 0, result.stderr
    plugins = {p["name"]: p for p in json.loads(result.stdout)["plugins"]}
    assert plugins["paragraphs"]["distribution"] == "khabar-paragraphs"
    assert plugins["paragraphs"]["version"] == "0.2.0"
    assert plugins["paragraphs"]["stages"][0]["provides"] == ["paragraphs"]


def test_an_installed_plugin_runs_in_a_pipeline(site, tmp_path):
    out = tmp_path / "out.jsonl"
    pipeline = ROOT / "examples" / "khabar-paragraphs" / "pipeline.toml"
    result = khabar(site, "run", SEEDS / "001_3a32097e408d842e.txt", "-p", pipeline, "-o", out)
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    paragraphs = record["paragraphs"]
    assert len(paragraphs) > 5
    assert all(record["text"][p["start"] : p["end"]].strip() for p in paragraphs)
    assert record["provenance"] == [
        {"stage": "paragraphs", "version": "0.2.0", "plugin": "paragraphs", "settings": {"min_chars": 20}}
    ]


def test_an_installed_plugin_adds_its_command(site):
    result = khabar(site, "paragraphs", SEEDS / "001_3a32097e408d842e.txt")
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 5


def test_a_plugin_that_fails_to_import_is_skipped_with_a_warning(site):
    result = khabar(site, "plugins", "--json")
    assert result.returncode == 0
    assert (
        "plugin 'broken' (from khabar-broken) was skipped: import failed: ModuleNotFoundError"
        in result.stderr
    )
    assert "broken" not in {p["name"] for p in json.loads(result.stdout)["plugins"]}


def test_strict_plugins_makes_the_failure_fatal(site):
    result = khabar(site, "--strict-plugins", "plugins")
    assert result.returncode == 2
    assert "plugin 'broken'" in result.stderr


def test_the_load_plugins_variable_limits_what_loads(site):
    result = khabar(site, "plugins", "--json", KHABAR_LOAD_PLUGINS="paragraphs")
    assert result.stderr == ""  # the broken plugin was never imported
    names = {p["name"] for p in json.loads(result.stdout)["plugins"]}
    assert "paragraphs" in names and "broken" not in names
    none = json.loads(khabar(site, "plugins", "--json", KHABAR_LOAD_PLUGINS="").stdout)
    assert {p["distribution"] for p in none["plugins"]} == {"khabar"}


def test_the_example_plugin_passes_its_own_tests_with_khabars_fixtures(site):
    """docs/testing.md quotes these tests: they run against the installed example plugin."""
    environment = {k: v for k, v in os.environ.items() if k != "KHABAR_LOAD_PLUGINS"}
    environment.update(PYTHONPATH=str(site), KHABAR_LOAD_PLUGINS="paragraphs")
    tests = ROOT / "examples" / "khabar-paragraphs" / "tests"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir", str(tests), str(tests)],
        capture_output=True,
        text=True,
        env=environment,
        cwd=tests,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout
