"""Every hook is part of the plugin author's API: each has a docstring, a reference entry in
``docs/plugins.md`` that matches it, and a test of its own."""

from __future__ import annotations

import inspect
import re

import pytest

from khabar import hookspecs

from .conftest import ROOT

HOOKS = [name for name, fn in inspect.getmembers(hookspecs, inspect.isfunction) if hasattr(fn, "khabar_spec")]
TEST_NAMES = {
    name
    for path in (ROOT / "tests").glob("test_*.py")
    for name in re.findall(r"def (test_\w+)", path.read_text())
}
PLUGIN_DOCS = (ROOT / "docs" / "plugins.md").read_text(encoding="utf-8")


def test_the_hook_list_is_what_the_docs_promise():
    assert set(HOOKS) >= {
        "register_stages",
        "register_readers",
        "register_writers",
        "register_commands",
        "register_data",
        "process_document",
        "process_batch",
    }


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_has_a_test(hook):
    assert any(name.startswith(f"test_hook_{hook}") for name in TEST_NAMES), f"no test_hook_{hook}… test"


@pytest.mark.parametrize("hook", HOOKS)
def test_every_hook_is_documented_as_its_docstring_says(hook):
    function = getattr(hookspecs, hook)
    docstring = inspect.getdoc(function)
    assert docstring, f"{hook} has no docstring"
    assert f"### `{hook}{inspect.signature(function)}`" in PLUGIN_DOCS
    assert docstring in PLUGIN_DOCS, f"docs/plugins.md is out of date for {hook}: run python docs/generate.py"


def test_the_testing_guide_quotes_the_example_plugins_tests_as_they_are():
    guide = (ROOT / "docs" / "testing.md").read_text(encoding="utf-8")
    example = (ROOT / "examples" / "khabar-paragraphs" / "tests" / "test_paragraphs.py").read_text(
        encoding="utf-8"
    )
    assert example in guide
