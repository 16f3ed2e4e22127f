"""The example plugin's own tests, written with khabar's pytest fixtures and strategies."""

from hypothesis import given
from khabar_paragraphs.plugin import Paragraphs, ParagraphSettings

from khabar import Document
from khabar.testing import arabic_sentences


def test_paragraphs_keep_the_stage_contract(khabar_contract):
    khabar_contract("paragraphs", settings_values={"min_chars": 5}, max_examples=100)


def test_each_seed_paragraph_is_a_span_of_the_raw_text(khabar_pipeline, seed_documents):
    pipeline = khabar_pipeline('[pipeline]\nstages = ["paragraphs"]')
    for document in pipeline.run(seed_documents):
        assert document.spans("paragraphs")  # seed 002 has no blank lines: one block
        for span in document.spans("paragraphs"):
            assert document.span_text(span).strip()


@given(arabic_sentences(noise=True))
def test_a_single_line_is_at_most_one_paragraph(sentence):
    document = Document(id="one", text=sentence.replace("\n", " "))
    Paragraphs(ParagraphSettings()).process(document)
    assert len(document.spans("paragraphs")) <= 1
