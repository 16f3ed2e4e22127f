"""Pipelines: validated before they run, streamed, deterministic, and never losing a document."""

from __future__ import annotations

import itertools
import tomllib

import pytest

from khabar import ConfigError, Document, Pipeline, default_pipeline, parse_pipeline
from khabar.pipeline import PipelineConfig, plan_pipeline


def pipeline_from(registry, toml_text: str) -> Pipeline:
    return Pipeline(registry, parse_pipeline(tomllib.loads(toml_text), "test.toml"))


def docs(*texts: str) -> list[Document]:
    return [Document(id=f"d{i}", text=t) for i, t in enumerate(texts)]


def test_stages_run_in_the_given_order_with_their_settings(registry):
    pipeline = pipeline_from(
        registry,
        """
        [pipeline]
        stages = ["tokens", "count"]
        [stages.tokens]
        min_length = 4
        """,
    )
    [doc] = pipeline.run(docs("قال الوزير إن الاتفاق قريب"))
    assert [doc.span_text(s) for s in doc.spans("tokens")] == ["الوزير", "الاتفاق", "قريب"]
    assert doc.get("token_count") == 3
    assert [(r.stage, r.settings) for r in doc.provenance] == [
        ("tokens", {"pattern": r"\S+", "min_length": 4}),
        ("count", {}),
    ]


def test_the_default_pipeline_is_every_default_stage_in_dependency_order(registry):
    assert default_pipeline(registry).stages == ["tokens", "count"]


@pytest.mark.parametrize(
    "toml_text, message",
    [
        (
            '[pipeline]\nstages = ["tokens", "nosuch"]',
            "test.toml, stage 'nosuch': unknown stage (known stages: batchy, count",
        ),
        (
            '[pipeline]\nstages = ["tokens"]\n[stages.tokens]\nminlength = 2',
            "stage 'tokens', setting 'minlength': unknown setting",
        ),
        (
            '[pipeline]\nstages = ["tokens"]\n[stages.tokens]\nmin_length = "2"',
            "stage 'tokens', setting 'min_length': expected an integer, got '2'",
        ),
        (
            '[pipeline]\nstages = ["count"]',
            "stage 'count': requires 'tokens', which no earlier stage provides; add tokens before it",
        ),
        ('[pipeline]\nstages = ["count", "tokens"]', "stage 'count': requires 'tokens'"),
        ('[pipeline]\nstages = ["tokens", "tokens"]', "stage 'tokens': appears twice"),
        (
            '[pipeline]\nstages = ["tokens"]\n[stages.count]\nx = 1',
            "stage 'count': has settings but is not in [pipeline] stages",
        ),
        ('[pipeline]\nstage = ["tokens"]', "unknown key 'stage' in [pipeline]"),
        ('stages = ["tokens"]', "missing [pipeline] section"),
        ("[other]\nx = 1", "unknown section 'other'"),
        ('[pipeline]\nstages = "tokens"', "stages must be a list"),
        ('[pipeline]\nstages = ["tokens"]\nbatch_size = 0', "batch_size must be a positive integer"),
    ],
)
def test_every_pipeline_mistake_is_named_with_file_stage_and_key(registry, toml_text, message):
    with pytest.raises(ConfigError) as caught:
        plan_pipeline(registry, parse_pipeline(tomllib.loads(toml_text), "test.toml"))
    assert message in str(caught.value)
    assert str(caught.value).startswith("test.toml")


def test_a_stage_that_raises_on_one_document_leaves_every_document_with_the_error_recorded(registry):
    pipeline = pipeline_from(registry, '[pipeline]\nstages = ["tokens", "explode", "count"]')
    out = list(pipeline.run(docs("أول نص", "نص BOOM هنا", "ثالث نص")))
    assert [d.id for d in out] == ["d0", "d1", "d2"]
    assert [len(d.errors) for d in out] == [0, 1, 0]
    error = out[1].errors[0]
    assert (error.stage, error.error, error.message) == ("explode", "ValueError", "cannot handle BOOM")
    # the failed stage leaves nothing half-done; later stages still run on the document
    assert out[1].spans("marks") == []
    assert out[0].spans("marks") == [{"start": 0, "end": 0, "note": "partial"}]
    assert out[1].get("token_count") == 3
    assert pipeline.stages[1].stats.errors == 1


def test_a_failing_batch_is_redone_document_by_document(registry):
    pipeline = pipeline_from(registry, '[pipeline]\nstages = ["batchy"]\nbatch_size = 3')
    out = list(pipeline.run(docs("a", "b BOOM", "c", "d")))
    assert [d.get("batchy") for d in out] == ["single", None, "single", "batch"]
    assert [bool(d.errors) for d in out] == [False, True, False, False]


def test_a_stage_may_never_change_the_text(registry):
    pipeline = pipeline_from(registry, '[pipeline]\nstages = ["rewrites_text"]')
    [doc] = pipeline.run(docs("abc نص"))
    assert doc.text == "abc نص"
    assert "changed the document's text" in doc.errors[0].message


def test_documents_are_streamed_not_collected(registry):
    pipeline = pipeline_from(registry, '[pipeline]\nstages = ["tokens"]\nbatch_size = 8')
    endless = (Document(id=str(i), text="كلمة أخرى") for i in itertools.count())
    first = list(itertools.islice(pipeline.run(endless), 20))
    assert [d.id for d in first] == [str(i) for i in range(20)]


def test_the_same_input_gives_the_same_output_bytes(registry):
    def output() -> str:
        pipeline = pipeline_from(registry, '[pipeline]\nstages = ["tokens", "explode", "count"]')
        return "\n".join(d.to_jsonl() for d in pipeline.run(docs("نص أول", "BOOM", "نص ثالث")))

    assert output() == output()


def test_a_corpus_level_stage_fits_on_all_inputs_before_processing(registry, tmp_path):
    corpus = docs("الأخبار\nنص أول", "الأخبار\nنص ثان", "عنوان آخر\nنص ثالث")
    pipeline = pipeline_from(registry, '[pipeline]\nstages = ["tokens", "first_lines"]')
    pipeline.fit(lambda: iter(corpus), state_dir=tmp_path)
    out = list(pipeline.run(corpus))
    assert [[d.span_text(s) for s in d.spans("template_lines")] for d in out] == [
        ["الأخبار"],
        ["الأخبار"],
        [],
    ]
    assert (tmp_path / "first_lines").exists()

    # a later run loads what was learned instead of fitting again
    again = pipeline_from(registry, '[pipeline]\nstages = ["tokens", "first_lines"]')
    again.fit(lambda: iter(()), state_dir=tmp_path)
    assert again.stages[1].stage.fit_calls == 0
    assert again.stages[1].stage.repeated == {"الأخبار"}


def test_the_fit_pass_sees_documents_annotated_by_earlier_stages(registry):
    seen = []

    class Spy:
        def fit(self, documents):
            seen.extend(len(d.spans("tokens")) for d in documents)

    pipeline = pipeline_from(registry, '[pipeline]\nstages = ["tokens", "first_lines"]')
    pipeline.stages[1].stage.fit = Spy().fit
    pipeline.fit(lambda: iter(docs("a b c", "d e")))
    assert seen == [3, 2]


def test_an_empty_pipeline_passes_documents_through_untouched(registry):
    [doc] = Pipeline(registry, PipelineConfig([])).run(docs("نص"))
    assert doc.to_record()["text"] == "نص"
    assert doc.provenance == [] and doc.errors == []
