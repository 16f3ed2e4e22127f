"""Settings of the ``language`` stage: light, so that listing and checking pipelines stays fast."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Languages Arabic news pages carry: the Arabic-script languages of the region, and the
#: languages of the wires, the quotes and the tweets they embed.
DEFAULT_LANGUAGES = ["ar", "fa", "ur", "ps", "ckb", "en", "fr", "de", "es", "it", "tr", "ru", "uk", "he"]


@dataclass(frozen=True)
class LanguageSettings:
    """Settings of the ``language`` stage (``[stages.language]`` in a pipeline file)."""

    #: The backend that tells languages of the same script apart (``khabar plugins`` lists them).
    backend: str = "langdetect"
    #: The languages to choose from (ISO 639-1, or 639-3 where there is none, e.g. ``ckb``).
    languages: list[str] = field(default_factory=lambda: list(DEFAULT_LANGUAGES))
    #: A run of another script inside a paragraph shorter than this many letters (a name, an
    #: acronym, a handle) stays part of the paragraph's run, unless it ends or starts the paragraph
    #: with a number in it (a date or a time: "December 7, 2021").
    min_run_letters: int = 12
    #: Runs with fewer letters than this take the language of their neighbours or the document.
    min_judged_letters: int = 4
    #: At most this many words of a run are scored (longer runs settle well before).
    max_scored_words: int = 40
