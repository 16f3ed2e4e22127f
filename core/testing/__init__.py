"""khabar's testing kit for plugin authors: hypothesis strategies, normalizer properties, and a
contract check that fuzzes a stage. The pytest fixtures are in :mod:`khabar.testing.pytest_plugin`,
loaded automatically when khabar is installed. Importing this package imports hypothesis."""

from .contract import ContractViolation, check_stage_contract
from .properties import check_normalizer
from .strategies import (
    arabic_dates,
    arabic_sentences,
    arabic_words,
    bidi_and_spaces,
    documents,
    numbers,
)

__all__ = [
    "ContractViolation",
    "arabic_dates",
    "arabic_sentences",
    "arabic_words",
    "bidi_and_spaces",
    "check_normalizer",
    "check_stage_contract",
    "documents",
    "numbers",
]
