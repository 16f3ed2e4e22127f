"""`khabar new-plugin`: a scaffolded plugin installs, passes its own tests and runs in a pipeline.

The plugin is installed into a temporary folder put on PYTHONPATH, as in test_third_party.py:
nothing in the test environment changes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from khabar.cli import app
from khabar.scaffold import ScaffoldError, new_plugin

from .conftest import SEEDS

runner = CliRunner()


def environment(site):
    env = {k: v for k, v in os.environ.items() if k not in ("KHABAR_LOAD_PLUGINS", "PYTEST_ADDOPTS")}
    env["PYTHONPATH"] = str(site)
    return env


@pytest.fixture(scope="module")
def scaffolded(tmp_path_factory):
    """khabar-breaking-news made by the command and installed into a folder of its own."""
    parent = tmp_path_factory.mktemp("plugins")
    result = runner.invoke(app, ["new-plugin", "breaking-news", "--directory", str(parent)])
    assert result.exit_code == 0, result.output
    project, site = parent / "khabar-breaking-news", parent / "site"
    made = sorted(str(p.relative_to(project)) for p in project.rglob("*") if p.is_file())
    install = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation"]
    subprocess.run([*install, "--disable-pip-version-check", "--target", str(site), str(project)], check=True)
    return project, site, made


def test_the_project_has_an_entry_point_a_stage_with_settings_tests_and_a_readme(scaffolded):
    project, _, made = scaffolded
    assert made == [
        "README.md",
        "khabar_breaking_news/__init__.py",
        "khabar_breaking_news/plugin.py",
        "pipeline.toml",
        "pyproject.toml",
        "tests/test_plugin.py",
    ]
    pyproject = (project / "pyproject.toml").read_text(encoding="utf-8")
    assert '[project.entry-points.khabar]\nbreaking_news = "khabar_breaking_news.plugin"' in pyproject
    assert "class BreakingNewsSettings:" in (project / "khabar_breaking_news" / "plugin.py").read_text()


def test_the_scaffolded_plugin_passes_its_own_tests(scaffolded):
    project, site, _ = scaffolded
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=project,
        env=environment(site),
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3 passed" in result.stdout


def test_the_scaffolded_plugin_runs_in_a_pipeline(scaffolded, tmp_path):
    _, site, _ = scaffolded
    pipeline = tmp_path / "pipeline.toml"
    pipeline.write_text(
        '[pipeline]\nstages = ["boilerplate", "breaking_news"]\n[stages.breaking_news]\nwords = ["الكرملين"]\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    command = [
        sys.executable,
        "-m",
        "khabar.cli",
        "run",
        str(SEEDS / "seeds.input.jsonl"),
        "-p",
        str(pipeline),
    ]
    result = subprocess.run([*command, "-o", str(out)], env=environment(site), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert all(isinstance(r["breaking_news"], list) for r in records)  # empty when none found
    spans = [(r["text"], s) for r in records for s in r["breaking_news"]]
    assert len(spans) > 5
    assert {text[s["start"] : s["end"]] for text, s in spans} == {"الكرملين"}
    assert records[0]["provenance"][-1]["stage"] == "breaking_news"


def test_a_bad_name_or_an_existing_folder_is_refused(tmp_path):
    for bad in ("Breaking", "2news", "class", "news!"):
        with pytest.raises(ScaffoldError, match="use lower-case letters"):
            new_plugin(bad, tmp_path)
    new_plugin("news", tmp_path)
    result = runner.invoke(app, ["new-plugin", "news", "-d", str(tmp_path)])
    assert result.exit_code == 2
    assert "khabar-news: already exists" in result.output
