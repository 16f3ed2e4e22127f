"""What an outlet's articles look like, as features for the learned fingerprint.

Topic words say little about who published an article (every paper covers the same news); the
house shows in its habits: how the text opens and closes (datelines, bylines, sign-offs), what
whitespace surrounds it, which quotation marks and commas it uses, spelling variants
(مسؤول/مسئول, الأمريكي/الأميركي), hamza and yeh habits, digit systems, tatweel and diacritics.
:func:`features` turns one text into a sparse ``{feature: value}`` map of those signals plus its
words; ``khabar outlets learn`` fits a linear model on them.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_DIGIT = re.compile(r"[0-9٠-٩۰-۹]")
_WORD = re.compile(r"[^\W\d_]+")
_SPECIAL = {
    "\u00a0": "nbsp",
    "\u200b": "zwsp",
    "\u200c": "zwnj",
    "\u200d": "zwj",
    "\u200e": "lrm",
    "\u200f": "rlm",
    "\u202a": "lre",
    "\u202b": "rle",
    "\u202c": "pdf",
    "\ufeff": "bom",
    "\t": "tab",
    "\r": "cr",
    "\u0640": "tatweel",
}
_MARKS = "«»“”\"'‘’،,؛;؟?()[]-–—…:.!/_|*•"
_VARIANTS = {  # pairs of spellings of one word: which one the house uses
    "mas2ul": ("مسؤول", "مسئول"),
    "amriki": ("الأمريكي", "الأميركي"),
    "amrikia": ("الأمريكية", "الأميركية"),
    "ila": ("إلى", "الى"),
    "ala": ("على", "علي"),
    "an": ("أن", "ان"),
    "inna": ("إن", "ان"),
    "hadhihi": ("هذه", "هذة"),
    "ida": ("إدارة", "ادارة"),
    "sheikh": ("الشيخ", "الشّيخ"),
    "yunyu": ("يونيو", "حزيران"),
    "ibril": ("أبريل", "نيسان"),
    "fibrayir": ("فبراير", "شباط"),
    "hijri": ("هـ", "ه"),
}
_DIACRITICS = re.compile("[\u064b-\u0652]")
#: Words count for less than habits: measured by cross-validation on the labelled corpus.
WORD_WEIGHT = 0.4


def _shape(text: str) -> str:
    """Digits as 0, spaces as _, and anything long cut: the shape of an opening or a closing."""
    return _DIGIT.sub("0", text).replace("\n", "⏎").replace(" ", "_")


def _class(char: str) -> str:
    if char.isalpha():
        return "L"
    if char.isdigit():
        return "D"
    if char == "\n":
        return "N"
    if char.isspace():
        return "S"
    return char if char in _MARKS else "P"


_MARK_CONTEXT = re.compile("[" + re.escape(_MARKS) + "]")


def _bin(count: float) -> str:
    return str(min(6, int(math.log2(count + 1))))


def features(text: str) -> dict[str, float]:
    """The signals of one raw text (see the module docstring)."""
    found: dict[str, float] = {}
    stripped = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()) :]
    found[f"lead_ws={_shape(lead[:6])}"] = 1.0
    found[f"trail_ws={_shape(trail[-6:])}"] = 1.0
    lines = text.split("\n")
    found[f"lines={_bin(len(lines))}"] = 1.0
    found[f"blank_lines={_bin(sum(1 for x in lines if not x.strip()))}"] = 1.0
    indented = sum(1 for x in lines[1:] if x[:1] in (" ", "\t"))
    found[f"indented_lines={_bin(indented)}"] = 1.0
    found[f"line_end_space={_bin(sum(1 for x in lines if x.endswith(' ')))}"] = 1.0
    found[f"double_space={_bin(text.count('  '))}"] = 1.0
    for char, name in _SPECIAL.items():
        if char in text:
            found[f"char={name}"] = 1.0
    for mark in _MARKS:
        count = text.count(mark)
        if count:
            found[f"mark={mark}"] = 1.0
            found[f"mark={mark}:{_bin(count)}"] = 1.0
            before = text.count(" " + mark)
            found[f"space_before={mark}:{'all' if before == count else 'some' if before else 'none'}"] = 1.0
    # the company each mark keeps: "» ." or "».", " ،" or "،", "(0" …
    contexts = Counter(
        _class(text[m.start() - 1] if m.start() else "\n")
        + m.group()
        + _class(text[m.end()] if m.end() < len(text) else "\n")
        for m in _MARK_CONTEXT.finditer(text)
    )
    for context, count in contexts.items():
        found[f"context={context}"] = 1.0
        found[f"context={context}:{_bin(count)}"] = 1.0
    found[f"length={_bin(len(text) / 200)}"] = 1.0
    digits = Counter("ascii" if c.isascii() else "arabic" for c in _DIGIT.findall(text))
    for system in digits:
        found[f"digits={system}"] = 1.0
    found[f"diacritics={_bin(len(_DIACRITICS.findall(text)))}"] = 1.0
    words = _WORD.findall(text)
    counts = Counter(words)
    for name, (first, second) in _VARIANTS.items():
        a, b = counts.get(first, 0), counts.get(second, 0)
        if a or b:
            found[f"variant={name}:{'first' if b == 0 else 'second' if a == 0 else 'both'}"] = 1.0
    # openings and closings: datelines, bylines, sign-offs, tag lists
    head, tail = _shape(stripped[:30]), _shape(stripped[-30:])
    for n in (3, 5):
        for i in range(len(head) - n + 1):
            found[f"head{n}={head[i : i + n]}"] = 1.0
        for i in range(len(tail) - n + 1):
            found[f"tail{n}={tail[i : i + n]}"] = 1.0
    if words:
        found[f"first_word={words[0]}"] = 1.0
        found[f"last_word={words[-1]}"] = 1.0
    # the words themselves, damped so that long articles do not drown the habits
    for word, count in counts.items():
        found[f"w={word}"] = WORD_WEIGHT * (1.0 + math.log(count))
    return found
