"""The testing kit plugin authors use: the stage contract check, the strategies, the fixtures."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from khabar import Document, Pipeline, PipelineConfig, hookimpl, load_registry
from khabar.arabic import Profile, Step
from khabar.testing import ContractViolation, arabic_dates, check_stage_contract, documents
from khabar.testing.strategies import GREGORIAN_MONTHS, HIJRI_MONTHS

from . import sample_plugins


def test_a_well_behaved_stage_passes_the_contract_check(registry):
    check_stage_contract(registry, "count", before=["tokens"], max_examples=30)


@pytest.mark.parametrize(
    "stage, message",
    [
        ("rewrites_text", "recorded an error: RuntimeError: the stage changed the document's text"),
        ("out_of_bounds", "span bad_spans[0] [0, "),
        ("not_json", "not JSON-serialisable"),
        ("not_deterministic", "output differs between runs"),
    ],
)
def test_the_contract_check_catches_each_kind_of_misbehaviour(registry, stage, message):
    with pytest.raises(ContractViolation) as caught:
        check_stage_contract(registry, stage, max_examples=30, shrink=False)
    assert message in str(caught.value)


def test_recorded_errors_are_violations_unless_allowed(registry):
    boom = documents().map(lambda d: Document(id=d.id, text=d.text + " BOOM", meta=d.meta))
    with pytest.raises(ContractViolation, match="recorded an error: ValueError: cannot handle BOOM"):
        check_stage_contract(registry, "explode", documents=boom, max_examples=10, shrink=False)
    check_stage_contract(registry, "explode", documents=boom, max_examples=10, allow_errors=True)


@settings(max_examples=200)
@given(arabic_dates())
def test_generated_dates_say_what_they_mean(example):
    if example.calendar == "hijri":
        assert HIJRI_MONTHS[example.month - 1] in example.text
        assert 1343 <= example.year <= 1500
    elif example.day is None:
        assert any(months[example.month - 1] in example.text for months in GREGORIAN_MONTHS.values())
    assert example.text.strip() == example.text


@settings(max_examples=300)
@given(arabic_dates())
def test_generated_hijri_dates_exist_in_the_umm_al_qura_calendar(example):
    """A few early months have 28 days in the Umm al-Qura tables (Ramadan 1343): 29 is not drawn
    there, and 30 is drawn where a month has it."""
    from hijridate import Hijri

    if example.calendar == "hijri":
        assert example.day <= Hijri(example.year, example.month, 1).month_length()


@settings(max_examples=50)
@given(documents())
def test_generated_documents_look_like_scraped_articles(document):
    assert document.meta["published"] >= "2000-01-01"
    assert document.text.count("\n") >= 2


def test_hook_register_normalizers_makes_a_profile_usable_by_stages():
    class Kurdish:
        @hookimpl
        def register_normalizers(self, register):
            register(Step("kurdish_letters", "ڕ → ر, ێ → ي", {"ڕ": "ر", "ێ": "ي"}))
            register(Profile("search_ckb", ("strip_tashkeel", "kurdish_letters", "spaces")))

    registry = load_registry(entry_points=False, plugins=[("sample", sample_plugins), ("ckb", Kurdish())])
    view = registry.normalizer("search_ckb")("کوردستانێ  ڕۆژ")
    assert view.text == "کوردستاني رۆژ"
    assert registry.normalizer("search")("أَ").text == "ا"  # built-ins come through the same hook

    seen = []

    class UsesProfile:
        def __init__(self, settings):
            pass

        def setup(self, registry):
            self.normalize = registry.normalizer("search_ckb")

        def process(self, document):
            seen.append(self.normalize(document.text).text)

    from khabar import StageSpec

    class StagePlugin:
        @hookimpl
        def register_stages(self, register):
            register(StageSpec("uses_profile", UsesProfile))

    registry = load_registry(entry_points=False, plugins=[("ckb", Kurdish()), ("stage", StagePlugin())])
    list(Pipeline(registry, PipelineConfig(["uses_profile"])).run([Document(id="1", text="ڕ")]))
    assert seen == ["ر"]


def test_an_unknown_profile_names_the_known_ones(registry):
    with pytest.raises(KeyError, match=r"unknown normalization profile 'serch'.*search"):
        registry.normalizer("serch")


def test_a_normalization_step_name_cannot_be_taken_twice():
    class Clash:
        @hookimpl
        def register_normalizers(self, register):
            register(Step("digits", "mine", {}))

    with pytest.warns(UserWarning, match="normalization step 'digits' is already registered"):
        registry = load_registry(entry_points=False, plugins=[("clash", Clash())])
    assert registry.normalization_steps["digits"].description.startswith("Arabic-Indic")


pytest_plugins = ["pytester"]


def test_the_pytest_plugin_gives_plugin_authors_fixtures(pytester):
    pytester.makepyfile(
        """
        def test_fixtures(khabar_pipeline, seed_documents, khabar_contract, khabar_registry):
            assert len(seed_documents) == 5
            assert seed_documents[0].meta["published"] == "2021-12-29"
            pipeline = khabar_pipeline('[pipeline]\\nstages = []')
            assert [d.id for d in pipeline.run(seed_documents)] == [d.id for d in seed_documents]
            assert "khabar.io" in khabar_registry.plugins
        """
    )
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
