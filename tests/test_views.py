"""Derived views: a cleaner text whose offsets map back to the raw text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from khabar import Document, TextView, body_view
from khabar.views import ViewBuilder, excluding

RAW = "رئيس التحرير: فلان\nقال الوزير إن الاتفاق قريب.\nاترك تعليقاً"


def test_a_match_in_the_body_view_is_reported_at_its_raw_offsets():
    doc = Document(id="a", text=RAW)
    first_line_end = RAW.index("\n") + 1
    doc.add_span("boilerplate", 0, first_line_end, kind="masthead")
    doc.add_span("boilerplate", RAW.rindex("\n"), len(RAW), kind="comments")
    view = body_view(doc)
    assert view.text == "قال الوزير إن الاتفاق قريب."
    found = view.text.index("الاتفاق")
    start, end = view.source_span(found, found + len("الاتفاق"))
    assert RAW[start:end] == "الاتفاق"


def test_without_boilerplate_the_body_view_is_the_raw_text():
    view = body_view(Document(id="a", text=RAW))
    assert view.text == RAW
    assert view.source_span(3, 8) == (3, 8)


def test_a_replacement_maps_every_character_to_the_whole_source_range():
    builder = ViewBuilder("x\ufefby")  # ﻻ (one presentation form) becomes two letters
    builder.keep(0, 1)
    builder.replace(1, 2, "لا")
    builder.keep(2, 3)
    view = builder.build()
    assert view.text == "xلاy"
    assert view.source_span(1, 2) == (1, 2)
    assert view.source_span(1, 3) == (1, 2)
    assert view.source_span(3, 4) == (2, 3)


def test_views_compose_back_to_the_raw_text():
    raw = "أ  ب   ج"
    collapse = ViewBuilder(raw)  # runs of spaces become one space
    collapse.keep(0, 1)
    collapse.replace(1, 3, " ")
    collapse.keep(3, 4)
    collapse.replace(4, 7, " ")
    collapse.keep(7, 8)
    first = collapse.build()
    assert first.text == "أ ب ج"
    second = excluding(first.text, [(0, 2)])  # then drop "أ "
    composed = first.then(second)
    assert composed.text == "ب ج"
    assert composed.source_span(0, 1) == (3, 4)
    assert composed.source_span(0, 3) == (3, 8)
    assert raw[slice(*composed.source_span(2, 3))] == "ج"


@given(st.text(), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=5))
def test_excluding_keeps_every_other_character_at_its_own_offset(text, cuts):
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in cuts]
    view = excluding(text, spans)
    removed = {i for a, b in spans for i in range(a, b)}
    kept = [i for i in range(len(text)) if i not in removed]
    assert view.text == "".join(text[i] for i in kept)
    for position, raw_index in enumerate(kept):
        assert view.source_span(position, position + 1) == (raw_index, raw_index + 1)
    assert all(a <= b for a, b in zip(view.starts, view.starts[1:], strict=False))


@given(st.text())
def test_identity_view_maps_every_span_to_itself(text):
    view = TextView.identity(text)
    for i in range(len(text) + 1):
        assert view.source_span(i, len(text)) == (i, len(text))


def _dense_then(first, second):
    """Composition on dense maps, the plain definition the sparse pieces must agree with."""
    starts, ends = [], []
    for a, b in zip(second.starts, second.ends, strict=True):
        starts.append(first.starts[a] if a < len(first.text) else first.source_offset(a))
        ends.append(first.ends[b - 1] if b > a else starts[-1])
    return starts, ends


edits = st.lists(
    st.tuples(st.sampled_from(["keep", "drop", "replace"]), st.integers(0, 4), st.text("xyz", max_size=3)),
    max_size=8,
)


def _build(source, plan):
    builder, position = ViewBuilder(source), 0
    for action, width, replacement in plan:
        end = min(len(source), position + width)
        if action == "keep":
            builder.keep(position, end)
        elif action == "replace":
            builder.replace(position, end, replacement)
        position = end
    builder.keep(position, len(source))
    return builder.build()


@given(st.text(min_size=0, max_size=20), edits, edits)
def test_composed_views_map_every_character_as_the_two_maps_do_one_after_the_other(source, plan1, plan2):
    first = _build(source, plan1)
    second = _build(first.text, plan2)
    composed = first.then(second)
    assert composed.text == second.text
    assert (list(composed.starts), list(composed.ends)) == _dense_then(first, second)
    assert composed == TextView.from_map(composed.text, composed.starts, composed.ends, len(source))


@given(st.text(max_size=20), edits)
def test_the_sparse_map_and_its_dense_form_are_the_same_view(source, plan):
    view = _build(source, plan)
    assert TextView.from_map(view.text, view.starts, view.ends, len(source)) == view
    for i in range(len(view.text)):
        assert view.source_span(i, i + 1) == (view.starts[i], view.ends[i])


@given(st.text(max_size=20), edits)
def test_a_source_span_maps_to_the_view_characters_that_came_from_it(source, plan):
    view = _build(source, plan)
    for start in range(len(source) + 1):
        for end in range(start, len(source) + 1):
            a, b = view.view_span(start, end)
            assert 0 <= a <= b <= len(view.text)
            for i, (s, e) in enumerate(zip(view.starts, view.ends, strict=True)):
                if start <= s and e <= end and s < e:
                    assert a <= i < b, f"view character {i} from [{s}, {e}) left out of [{start}, {end})"
                if a <= i < b and s < e:
                    assert s < end and e > start, (
                        f"view character {i} from [{s}, {e}) is not in [{start}, {end})"
                    )


def test_a_source_span_of_a_normalized_text_finds_its_view_text():
    builder = ViewBuilder("قالَ  الوزير")  # a fatha dropped, two spaces collapsed
    builder.keep(0, 3)
    builder.replace(4, 6, " ")
    builder.keep(6, 12)
    view = builder.build()
    assert view.text == "قال الوزير"
    assert view.text[slice(*view.view_span(6, 12))] == "الوزير"
    assert view.text[slice(*view.view_span(0, 4))] == "قال"
