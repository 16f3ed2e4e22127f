"""The source itself: what no linter we run catches."""

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MODULES = sorted([*(ROOT / "core").rglob("*.py"), *(ROOT / "plugins").rglob("*.py")])


def _module_level_names(tree: ast.Module) -> Counter:
    names: Counter = Counter()
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(n.id for target in targets for n in ast.walk(target) if isinstance(n, ast.Name))
        elif isinstance(node, ast.FunctionDef | ast.ClassDef):
            names[node.name] += 1
    return names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_binds_a_name_twice_at_its_top_level(path):
    """A constant written twice silently gives every reader the second one (ruff's F811 covers
    only imports and definitions): the quotes stage once had two _PRONOUNS and two _WHILE."""
    names = _module_level_names(ast.parse(path.read_text(encoding="utf-8")))
    assert {name for name, count in names.items() if count > 1} == set()


def test_the_quotes_stage_writes_the_words_it_matches_folded():
    """The quotes stage looks words up in its folded view (أ إ آ → ا، ؤ → و، ئ → ي، ة → ه, no
    tatweel): a word listed as the article writes it (مئات، مسؤولين، بـ) is never found. Its lists
    once held ten such words."""
    from khabar.arabic import normalizer
    from khabar.plugins.quotes import stage

    fold = normalizer("search")
    unfolded = {
        name: sorted(word for word in words if fold(word).text != word)
        for name, words in vars(stage).items()
        if name.lstrip("_").isupper()
        if isinstance(words, set | frozenset | dict)
        and all(isinstance(word, str) and word.strip("،,;") for word in words)
    }
    assert {name: words for name, words in unfolded.items() if words} == {}
