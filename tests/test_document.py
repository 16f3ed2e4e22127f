"""The document model: raw text kept exactly, stand-off spans, lossless JSON."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar import Document, SpanError, StageRun
from khabar.document import CONTRACT_DEFAULTS

ARTICLE = "قال المتحدث إن «الاجتماع سيعقد يوم الخميس».\nSpread the love"


def test_every_output_line_carries_the_contract_fields_in_documented_order():
    record = Document(id="a", text=ARTICLE).to_record()
    assert list(record)[:3] == ["id", "text", "meta"]
    assert list(record)[3 : 3 + len(CONTRACT_DEFAULTS)] == list(CONTRACT_DEFAULTS)
    assert list(record)[-2:] == ["provenance", "errors"]
    assert record["outlet"] == {"id": None, "name": None, "score": 0.0, "evidence": []}


def test_text_is_written_exactly_as_read_without_escapes():
    text = "\ufeffنص\u200f مع\u00a0مسافات\r\nو\ttabs ﻻ ٣٠/١٢"
    line = Document(id="x", text=text).to_jsonl()
    assert "\n" not in line
    assert json.loads(line)["text"] == text
    assert "نص" in line  # UTF-8, not \\u escapes


def test_spans_are_offsets_into_the_raw_text():
    doc = Document(id="a", text=ARTICLE)
    span = doc.add_span("dates", 35, 45, value="2021-12-30", grain="day")
    assert doc.span_text(span) == ARTICLE[35:45]
    assert doc.spans("dates") == [{"start": 35, "end": 45, "value": "2021-12-30", "grain": "day"}]
    assert doc.spans("no_such_layer") == []


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 4), (0, len(ARTICLE) + 1), (1.0, 2), (True, 2)])
def test_a_span_outside_the_text_is_refused_with_its_offsets(start, end):
    doc = Document(id="a", text=ARTICLE)
    with pytest.raises(SpanError, match="dates"):
        doc.add_span("dates", start, end)
    assert doc.spans("dates") == []


def test_record_keys_cannot_be_overwritten_as_annotations():
    doc = Document(id="a", text=ARTICLE)
    with pytest.raises(KeyError):
        doc.set("text", "something else")
    assert doc.text == ARTICLE


def test_errors_name_the_stage_and_the_exception():
    doc = Document(id="a", text=ARTICLE)
    doc.record_error("dates", ValueError("bad month"))
    assert doc.to_record()["errors"] == [{"stage": "dates", "error": "ValueError", "message": "bad month"}]


def test_a_text_that_is_not_a_string_is_refused():
    with pytest.raises(TypeError, match="text must be a str"):
        Document(id="a", text=b"bytes")  # type: ignore[arg-type]


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def documents(draw):
    text = draw(st.text())
    doc = Document(
        id=draw(st.text(min_size=1)), text=text, meta=draw(st.dictionaries(st.text(), json_values))
    )
    for layer in draw(st.lists(st.sampled_from(["boilerplate", "dates", "custom_layer"]), max_size=3)):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, len(text)))
        doc.add_span(
            layer, start, end, **draw(st.dictionaries(st.sampled_from(["kind", "score", "v"]), json_values))
        )
    for name in draw(st.lists(st.sampled_from(["language", "title", "extra_field"]), max_size=2)):
        doc.set(name, draw(json_values))
    for stage in draw(st.lists(st.text(min_size=1), max_size=2)):
        doc.provenance.append(StageRun(stage, "1.0", "plugin", draw(st.dictionaries(st.text(), json_values))))
        doc.record_error(stage, RuntimeError(draw(st.text())))
    return doc


@given(documents())
def test_json_round_trip_is_lossless(doc):
    assert Document.from_jsonl(doc.to_jsonl()) == doc
    assert Document.from_jsonl(doc.to_jsonl()).to_jsonl() == doc.to_jsonl()
