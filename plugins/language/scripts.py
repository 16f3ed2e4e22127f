"""Which writing system each stretch of a line is in, in one regular-expression pass."""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Letters of each script (digits, punctuation and spaces are neutral: they join the run around them).
SCRIPT_LETTERS = {
    "Arab": "\u0620-\u064a\u066e-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06ff\u0750-\u077f\u08a0-\u08ff"
    "\ufb50-\ufdff\ufe70-\ufefc",
    "Latn": "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff",
    "Cyrl": "\u0400-\u052f",
    "Grek": "\u0370-\u03ff",
    "Hebr": "\u05d0-\u05ea\u05f0-\u05f2",
    "Deva": "\u0900-\u097f",
    "Hani": "\u4e00-\u9fff",
    "Kana": "\u3040-\u30ff",
    "Hang": "\uac00-\ud7af",
}
#: Where a script is written by one language only among the usual ones.
SINGLE_LANGUAGE_SCRIPTS = {"Grek": "el", "Hebr": "he", "Deva": "hi", "Hani": "zh", "Kana": "ja", "Hang": "ko"}
#: The script each language is written in.
LANGUAGE_SCRIPT = {
    "ar": "Arab",
    "fa": "Arab",
    "ur": "Arab",
    "ps": "Arab",
    "ckb": "Arab",
    "sd": "Arab",
    "ug": "Arab",
    "ru": "Cyrl",
    "uk": "Cyrl",
    "bg": "Cyrl",
    "sr": "Cyrl",
    "mk": "Cyrl",
    "be": "Cyrl",
    "kk": "Cyrl",
    "he": "Hebr",
    "yi": "Hebr",
    "el": "Grek",
    "hi": "Deva",
    "zh": "Hani",
    "ja": "Kana",
    "ko": "Hang",
}  # every other language: Latin

_TOKEN = re.compile("|".join(f"(?P<{name}>[{letters}]+)" for name, letters in SCRIPT_LETTERS.items()))
_ANY = {name: re.compile(f"[{letters}]") for name, letters in SCRIPT_LETTERS.items()}
_NOT_ARABIC = re.compile("[" + "".join(v for k, v in SCRIPT_LETTERS.items() if k != "Arab") + "]")


def script_of(language: str) -> str:
    return LANGUAGE_SCRIPT.get(language, "Latn")


@dataclass(slots=True)
class Run:
    """A stretch of one line in one script: ``[start, end)`` in the raw text, its letters and words."""

    script: str
    start: int
    end: int
    letters: int
    words: int


def script_runs(text: str, start: int, end: int) -> list[Run]:
    """The script runs of ``text[start:end]`` (one line), covering it from its first to its last
    character; neutral characters between two runs go to the run before them."""
    if not _NOT_ARABIC.search(text, start, end):  # most lines of an Arabic article: two searches
        present = ["Arab"] if _ANY["Arab"].search(text, start, end) else []
    else:
        present = [name for name, pattern in _ANY.items() if pattern.search(text, start, end)]
    if len(present) == 1:  # the common case: one script, no need to look at every word
        piece = text[start:end]
        words = piece.split()
        # letters, near enough: characters less spaces (digits and punctuation are few in prose)
        return [Run(present[0], start, end, len(piece) - len(words) + 1, len(words))]
    if not present:
        return []
    runs: list[Run] = []
    for match in _TOKEN.finditer(text, start, end):
        script = match.lastgroup
        if runs and runs[-1].script == script:
            run = runs[-1]
            run.letters += match.end() - match.start()
            run.words += 1
        else:
            if runs:
                runs[-1].end = match.start()
            runs.append(Run(script, match.start(), match.end(), match.end() - match.start(), 1))
    if runs:
        runs[0].start = start
        runs[-1].end = end
    return runs
