"""Letters that only some of the languages written in Arabic script use.

Arabic, Persian, Urdu, Pashto and Sorani Kurdish share most letters, so a short span is told apart
by the few each has alone: پ چ ژ گ and the Persian forms ی ک are not Arabic; ٹ ڈ ڑ ں ے are Urdu's;
ټ ډ ړ ږ ښ ګ ڼ ۍ are Pashto's; ڕ ڵ ۆ ێ ە are Sorani's; and the Arabic forms ي ك with ة ى are what
Arabic writes where the others do not. Each kind of evidence adds to a language's log score.
"""

from __future__ import annotations

import re
from collections import Counter

# letter -> {language: log-score bonus}; more than one occurrence adds up to three times
_EVIDENCE: dict[str, dict[str, float]] = {}


def _add(letters: str, bonus: dict[str, float]) -> None:
    for letter in letters:
        _EVIDENCE.setdefault(letter, {}).update(bonus)


_add("ٹڈڑںےۓ", {"ur": 12.0})
_add("ھ", {"ur": 6.0})
_add("ہۂ", {"ur": 8.0, "ps": -2.0})
_add("ټډړږښګڼۍ", {"ps": 12.0})
_add("ې", {"ps": 8.0})
_add("ڕڵۆێە", {"ckb": 12.0})
_add("ڤ", {"ckb": 3.0})
_add("پچژگ", {"ar": -4.0})
_add("یک", {"ar": -10.0})
_add("يك", {"fa": -6.0, "ur": -6.0, "ps": -6.0, "ckb": -6.0})
_add("ةى", {"fa": -3.0, "ur": -3.0, "ps": -2.0, "ckb": -3.0})
_add("\u200c", {"fa": 3.0, "ckb": 1.0, "ar": -3.0})  # ZWNJ: Persian writes with it

_LETTERS = re.compile("[" + "".join(_EVIDENCE) + "]")
#: Letters (and ZWNJ) that only the other languages of the script use: a text without any of them
#: gives no language but Arabic a reason to be chosen.
_OTHERS_ONLY = [
    letter
    for letter, bonus in _EVIDENCE.items()
    if bonus.get("ar", 0.0) < 0 or any(value > 0 for lang, value in bonus.items() if lang != "ar")
]
NOT_ARABIC = re.compile("[" + "".join(_OTHERS_ONLY) + "]")


def letter_evidence(text: str, candidates: list[str]) -> dict[str, float]:
    """The log-score bonus each candidate gets from the distinctive letters in ``text``."""
    bonus = dict.fromkeys(candidates, 0.0)
    counts = Counter(_LETTERS.findall(text))  # a C-speed scan: most text has few such letters
    for letter, count in counts.items():
        for language, value in _EVIDENCE[letter].items():
            if language in bonus:
                bonus[language] += value * min(count, 3)
    return bonus
