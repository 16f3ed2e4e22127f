"""The properties every normalizer must have, as plain functions that raise ``AssertionError``.

They take the normalizer and an input string, so they work with any generator of inputs:
``@given(st.text())`` in a test, or a fixed list of examples.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..views import TextView


def check_normalizer(normalizer: Callable[[str], TextView], text: str) -> TextView:
    """Check every property of ``normalizer`` on ``text``; return the view.

    - it does not raise, and returns a :class:`TextView` of ``text``;
    - the offset map is monotone and in bounds, and each output character comes from its source
      range: normalizing ``text[start:end]`` alone yields that character;
    - input characters no output character comes from were targeted by the normalizer;
    - untargeted characters pass through unchanged, at their own offset;
    - it is idempotent: ``n(n(x)).text == n(x).text``;
    - the output is never longer than the input unless the normalizer says it ``may_expand``.

    ``normalizer.targets(char)`` (when present) says which characters it may change.
    """
    view = normalizer(text)
    assert isinstance(view, TextView), f"returned {type(view).__name__}, not a TextView"
    assert view.source_length == len(text), "the view's source length is not the input's length"
    targets: Callable[[str], bool] = getattr(normalizer, "targets", lambda ch: True)
    check_offset_map(normalizer, text, view, targets)
    again = normalizer(view.text).text
    assert again == view.text, f"not idempotent: {view.text!r} normalizes again to {again!r}"
    if not getattr(normalizer, "may_expand", False):
        assert len(view.text) <= len(text), f"output longer than input: {text!r} -> {view.text!r}"
    return view


def check_offset_map(normalizer: Any, text: str, view: TextView, targets: Callable[[str], bool]) -> None:
    out = view.text
    previous_start = previous_end = 0
    covered = set()
    for i, (start, end) in enumerate(zip(view.starts, view.ends, strict=True)):
        assert 0 <= start < end <= len(text), (
            f"output {i} ({out[i]!r}) maps outside the input: [{start}, {end})"
        )
        assert start >= previous_start and end >= previous_end, f"map not monotone at output {i}"
        previous_start, previous_end = start, end
        source = text[start:end]
        assert out[i] in normalizer(source).text, (
            f"output {i} ({out[i]!r}) does not come from its source {source!r} at [{start}, {end})"
        )
        covered.update(range(start, end))
        if end - start == 1 and not targets(source):
            assert out[i] == source, f"untargeted {source!r} at {start} changed to {out[i]!r}"
    for j, ch in enumerate(text):
        if j not in covered:
            assert targets(ch), f"untargeted input {ch!r} at {j} was dropped"
