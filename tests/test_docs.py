"""The documentation is generated where it could drift, covers every setting, and builds cleanly."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Literal

import pytest

from khabar import load_registry
from khabar.stage import describe_settings

from .conftest import ROOT, STANDARD_PLUGINS

DOCS = ROOT / "docs"


def generator():
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generated_pages_are_up_to_date():
    for path, text in generator().pages().items():
        assert path.read_text(encoding="utf-8") == text, (
            f"{path.name} is out of date: run python docs/generate.py"
        )


@pytest.mark.parametrize("stage", sorted(load_registry(entry_points=False, plugins=STANDARD_PLUGINS).stages))
def test_every_setting_of_every_stage_is_documented_in_the_reference(stage):
    registry = load_registry(entry_points=False, plugins=STANDARD_PLUGINS)
    reference = (DOCS / "settings.md").read_text(encoding="utf-8")
    for setting in describe_settings(registry.stage_spec(stage).settings):
        assert setting.doc, f"{stage}.{setting.name} has no #: comment"
        assert f"| `{setting.name}` |" in reference


def test_settings_are_described_from_their_comments_types_and_defaults():
    @dataclass(frozen=True)
    class Example:
        #: How far to look,
        #: in words.
        window: int = 5
        mode: Literal["fast", "exact"] = "fast"
        #: Words to skip.
        skip: list[str] = field(default_factory=lambda: ["و"])

    described = [(s.name, s.type, s.default, s.doc) for s in describe_settings(Example)]
    assert described == [
        ("window", "int", 5, "How far to look, in words."),
        ("mode", '"fast" | "exact"', "fast", ""),
        ("skip", "list[str]", ["و"], "Words to skip."),
    ]


def test_every_page_is_in_the_site_navigation():
    nav = set(re.findall(r":\s*(\S+\.md)\s*$", (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.M))
    assert nav == {path.name for path in DOCS.glob("*.md")}


def test_the_site_builds_with_no_warnings(tmp_path):
    pytest.importorskip("mkdocs", reason="mkdocs is not installed (pip install -e '.[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "WARNING" not in result.stderr
    assert (tmp_path / "site" / "settings" / "index.html").exists()
