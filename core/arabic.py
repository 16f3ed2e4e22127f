"""Arabic text normalizers that never lose the raw offsets.

Every normalizer takes a ``str`` and returns a :class:`khabar.views.TextView`: the normalized text
with, for each of its characters, the range of input characters it came from. Match on the
normalized text, then report ``view.source_span(start, end)``::

    from khabar.arabic import normalizer
    view = normalizer("search")("قَالَ الرَّئِيسُ ـــ إنّ ٣٠ ﻻ")
    view.text                       # 'قال الرييس ان 30 لا'
    view.source_span(4, 10)         # the raw offsets of 'الرَّئِيسُ'

**Steps** are named, per-character operations (:class:`Step`): each has a table from the
characters it targets to their replacement (``""`` deletes, several characters expand), and the
``spaces`` step also collapses runs of spaces. **Profiles** are named sequences of steps
(:data:`PROFILES`); a profile's steps are fused into one translation table, so normalizing costs
one replacement pass plus work proportional to the characters whose length changes. Plugins add
steps and profiles through the ``register_normalizers`` hook.

The character sets come from pyarabic's constants where it has them (``TASHKEEL``,
``TATWEEL``, ``ALEFAT``, ``NUMBERS_EAST``); pyarabic's own functions return no offset map, so
the operations themselves are done here. Folding is a choice, not a default: Persian and Urdu
letters (ی ک ہ) are left alone by every built-in profile but ``search_fa_ur`` (see
ARABIC-PITFALLS: camel_tools #117), and ``ى`` becomes ``ي`` only in the ``alef_maksura`` step,
never as a side effect of alef unification (pyarabic #39).
"""

from __future__ import annotations

import re
import sys
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from re import _constants as _re_constants
from re import _parser as _re_parser
from typing import Any

import pyarabic.araby as araby

from .hookspecs import hookimpl
from .views import Piece, TextView, ViewBuilder


@dataclass(frozen=True)
class Step:
    """A named normalization step.

    ``table`` maps each character the step targets to its replacement. ``collapse_spaces``
    additionally turns every run of plain spaces into one space (the only context-dependent
    operation). ``may_expand`` documents that the output can be longer than the input.
    """

    name: str
    description: str
    table: Mapping[str, str] = field(default_factory=dict)
    collapse_spaces: bool = False
    may_expand: bool = False

    def targets(self, char: str) -> bool:
        return char in self.table or (self.collapse_spaces and char == " ")

    def __call__(self, text: str) -> TextView:
        return Normalizer(self.name, (self,))(text)


@dataclass(frozen=True)
class Profile:
    """A named sequence of step names, applied in order."""

    name: str
    steps: tuple[str, ...]
    description: str = ""


# -- the character sets ------------------------------------------------------------------------

_QURANIC_MARKS = [chr(c) for c in range(0x0610, 0x061B)] + [chr(c) for c in range(0x06D6, 0x06EE)]
_EXTRA_HARAKAT = [chr(c) for c in range(0x0653, 0x0660)] + ["\u0670"]  # maddah, hamza marks, dagger alef…
TASHKEEL = frozenset(araby.TASHKEEL) | frozenset(_EXTRA_HARAKAT) | frozenset(_QURANIC_MARKS)
# Quranic signs that are letters rather than marks stay (U+06E5/06E6 small waw/yeh, U+06E9 place of sajdah).
TASHKEEL -= {"\u06e5", "\u06e6", "\u06e9"}

#: Bidirectional and zero-width format characters scraped text carries (ZWNJ is separate).
CONTROLS = frozenset(
    "\u200b\u200d\u200e\u200f\u061c\u2060\ufeff\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
ZWNJ = "\u200c"

#: Every Unicode space separator, and tab, becomes a plain space (newlines are kept: they are structure).
SPACES = frozenset(
    "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
)

_PRESENTATION = [chr(c) for c in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00))]
NFKC_PRESENTATION = {
    ch: unicodedata.normalize("NFKC", ch) for ch in _PRESENTATION if unicodedata.normalize("NFKC", ch) != ch
}

_DIGITS = {
    **{d: str(i) for i, d in enumerate(araby.NUMBERS_EAST)},  # ٠١٢…
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # ۰۱۲… (Persian / Urdu)
}

BUILTIN_STEPS: dict[str, Step] = {
    step.name: step
    for step in (
        Step(
            "nfkc_presentation",
            "NFKC of Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFF): ﻻ → لا, ﺑ → ب, ﷺ → a phrase",
            NFKC_PRESENTATION,
            may_expand=True,
        ),
        Step(
            "strip_controls",
            "remove bidi and zero-width controls (LRM, RLM, ALM, embeddings, isolates, ZWJ)",
            dict.fromkeys(CONTROLS, ""),
        ),
        Step(
            "strip_zwnj",
            "remove the zero-width non-joiner (Persian writes with it: not in default profiles)",
            {ZWNJ: ""},
        ),
        Step(
            "strip_tashkeel",
            "remove harakat, tanwin, shadda, sukun, dagger alef, maddah and Quranic marks",
            dict.fromkeys(TASHKEEL, ""),
        ),
        Step("strip_tatweel", "remove tatweel (kashida) ـ", {araby.TATWEEL: ""}),
        Step("unify_alef", "أ إ آ ٱ ٲ ٳ ٵ → ا", dict.fromkeys("أإآٱٲٳٵ", "ا")),
        Step("unify_hamza_carriers", "ؤ → و, ئ → ي", {"ؤ": "و", "ئ": "ي"}),
        Step("alef_maksura", "ى → ي", {"ى": "ي"}),
        Step("teh_marbuta", "ة → ه", {"ة": "ه"}),
        Step(
            "persian_letters",
            "Persian/Urdu letter forms to Arabic: ی ې ے → ي, ک → ك, ہ ە → ه, ۃ → ة",
            {"ی": "ي", "ې": "ي", "ے": "ي", "ک": "ك", "ہ": "ه", "ە": "ه", "ۃ": "ة"},
        ),
        Step("digits", "Arabic-Indic ٠–٩ and Extended Arabic-Indic ۰–۹ digits → 0–9", _DIGITS),
        Step(
            "punctuation",
            "Arabic punctuation → ASCII: ، → , ؛ → ; ؟ → ? ٪ → % ٫ → . ٬ → ,",
            {"،": ",", "؛": ";", "؟": "?", "٪": "%", "٫": ".", "٬": ","},
        ),
        Step(
            "spaces",
            "every Unicode space and tab → a plain space; runs of spaces collapse to one",
            dict.fromkeys(SPACES, " "),
            collapse_spaces=True,
        ),
    )
}

_CLEAN = ("nfkc_presentation", "strip_controls", "strip_tashkeel", "strip_tatweel", "digits", "spaces")
BUILTIN_PROFILES: dict[str, Profile] = {
    p.name: p
    for p in (
        Profile(
            "display",
            ("nfkc_presentation", "strip_controls", "spaces"),
            "invisible clean-up only: what a reader sees is unchanged",
        ),
        Profile(
            "match",
            _CLEAN,
            "for patterns that keep letter distinctions: no diacritics, tatweel or controls; ASCII digits",
        ),
        Profile(
            "search",
            (*_CLEAN, "unify_alef", "unify_hamza_carriers", "alef_maksura", "teh_marbuta", "punctuation"),
            "for lexicon look-ups: everything in match, plus alef, hamza, yeh and teh marbuta folded",
        ),
        Profile(
            "search_fa_ur",
            (
                *_CLEAN,
                "persian_letters",
                "strip_zwnj",
                "unify_alef",
                "unify_hamza_carriers",
                "alef_maksura",
                "teh_marbuta",
                "punctuation",
            ),
            "search, also folding Persian and Urdu letter forms onto Arabic ones",
        ),
    )
}


# -- applying steps ------------------------------------------------------------------------------


class RecentTexts:
    """What was computed from the last texts, by the identity of the ``str``: the stages of a
    pipeline see the same text objects batch after batch, so each stage after the first finds a
    document's view (or words) already made. Texts shorter than ``lengths`` are cheap to redo and
    would push the documents out; a text is held with its value, so its ``id`` is not reused."""

    def __init__(self, entries: int = 256, lengths: range = range(256, 1_000_001)) -> None:
        self.entries, self.lengths = entries, lengths
        self._items: OrderedDict[int, tuple[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, text: str) -> Any:
        """The value remembered for this very ``str`` object, or None."""
        item = self._items.get(id(text))
        return item[1] if item is not None and item[0] is text else None

    def put(self, text: str, value: Any) -> None:
        if len(text) in self.lengths:
            with self._lock:
                if len(self._items) >= self.entries:
                    self._items.popitem(last=False)  # the oldest (a dict's first key slows as it is deleted)
                self._items[id(text)] = (text, value)


class Normalizer:
    """A compiled sequence of steps: call it on a ``str`` to get a :class:`TextView`.

    The steps' tables are fused into one (each character is run through every step in order,
    to a fixed point, so the result is idempotent), applied in one pass; the offset
    map is built only around characters whose length changes, and the space collapse runs last.

    The views of the last texts it was called on are kept (by the identity of the ``str``), so the
    stages of a pipeline that normalize a document's text with the same profile build its view once.
    """

    #: How many recent views a normalizer keeps, and the lengths of text it keeps one for (short
    #: texts are cheap to normalize again and would push the documents' views out).
    MEMO_ENTRIES = 256
    MEMO_CHARS = range(256, 1_000_001)

    def __init__(self, name: str, steps: Iterable[Step]) -> None:
        self.name = name
        self.steps = tuple(steps)
        self._memo = RecentTexts(self.MEMO_ENTRIES, self.MEMO_CHARS)
        self.may_expand = any(s.may_expand for s in self.steps)
        self.collapse_spaces = any(s.collapse_spaces for s in self.steps)
        self.table = _fuse([s.table for s in self.steps])
        resized = sorted(k for k, v in self.table.items() if len(v) != 1)
        self._resized = re.compile(_char_class(resized)) if resized else None
        targets = _char_class(self.table) if self.table else r"(?!)"
        self._any_target = re.compile(targets + (r"| {2}" if self.collapse_spaces else ""))
        # Where the table's characters are looked for: one ``in`` test each (C speed) for the few
        # that everyday Arabic text carries, one scan for the hundreds of others.
        self._everyday = tuple((char, self.table[char]) for char in _EVERYDAY if char in self.table)
        others = [char for char in self.table if char not in _EVERYDAY]
        self._others = re.compile(_char_class(others)) if others else None

    def _apply_table(self, text: str) -> str:
        # One str.replace per distinct targeted character present: several times faster than
        # str.translate, which looks every character up in a dict. Order does not matter: the fused
        # table is a fixed point, so no replacement contains a targeted character.
        for char, replacement in self._everyday:
            if char in text:
                text = text.replace(char, replacement)
        if self._others is not None and self._others.search(text):
            for char in set(self._others.findall(text)):
                text = text.replace(char, self.table[char])
        return text

    def fold(self, text: str) -> str:
        """Only the normalized text, as a key for look-ups: no offset map is built, so it is
        several times cheaper than calling the normalizer (and free when the view of this very
        text is remembered). Equal to ``self(text).text``."""
        remembered = self._remembered(text)
        if remembered is not None:
            return remembered.text
        out = self._apply_table(text)
        if self.collapse_spaces and "  " in out:
            out = _SPACE_RUN.sub(" ", out)
        return out

    def targets(self, char: str) -> bool:
        """Whether any step of this normalizer may change ``char``."""
        return any(step.targets(char) for step in self.steps)

    def shares_offsets_with(self, other: Normalizer) -> bool:
        """Whether this normalizer's view of every text has the offsets of ``other``'s view: each
        character becomes as many characters under both, with spaces in the same places, and runs
        of spaces collapse under both or neither. ``search`` shares them with ``match`` (it only
        folds letters one for one further), so a position found in one view holds in the other:
        a stage may find its candidates in the view it shares with other stages and match its
        patterns in its own."""
        if self.collapse_spaces != other.collapse_spaces:
            return False
        for char in self.table.keys() | other.table.keys() | {" "}:
            mine, theirs = self.table.get(char, char), other.table.get(char, char)
            if len(mine) != len(theirs) or any(
                (a == " ") != (b == " ") for a, b in zip(mine, theirs, strict=True)
            ):
                return False
        return True

    def __call__(self, text: str) -> TextView:
        remembered = self._remembered(text)
        if remembered is not None:
            return remembered
        view = self._view(text)
        self._memo.put(text, view)
        return view

    def _remembered(self, text: str) -> TextView | None:
        """The view of this very ``str`` object, if it is among the last ones normalized."""
        return self._memo.get(text)

    def _view(self, text: str) -> TextView:
        if not self._any_target.search(text):
            return TextView.identity(text)
        out = self._apply_table(text)
        if self._resized is None or not self._resized.search(text):
            view = TextView.identity(out)  # every change was one character for one
        else:
            view = self._resized_view(text, out)
        if self.collapse_spaces and "  " in view.text:
            view = view.then(_collapse_spaces(view.text))
        return view

    def _resized_view(self, text: str, out: str) -> TextView:
        """The map when some characters became zero or several: one aligned piece between each
        two of them, one piece for each expansion. A deleted diacritic belongs to the letter it sits
        on (that letter's source range takes it in, so a word found in the view maps back to the
        word as written, ``عَاجِلٌ`` and not ``عَاجِل``); other deletions are gaps."""
        pieces: list[Piece] = []
        position = view_position = 0
        table = self.table
        for match in self._resized.finditer(text):
            index = match.start()
            if index > position:
                pieces.append(Piece(view_position, view_position + index - position, position, index, True))
                view_position += index - position
            width = len(table[text[index]])
            if width:
                pieces.append(Piece(view_position, view_position + width, index, index + 1, False))
                view_position += width
            elif text[index] in TASHKEEL and pieces and pieces[-1].source_end == index:
                _take_mark(pieces, text)
            position = index + 1
        if position < len(text):
            pieces.append(
                Piece(view_position, view_position + len(text) - position, position, len(text), True)
            )
        return TextView(out, tuple(pieces), len(text))


def _take_mark(pieces: list[Piece], text: str) -> None:
    """Widen the last piece's last character's source range over the diacritic right after it,
    when that character is a letter (a mark after a space or a digit stays a gap)."""
    view_start, view_end, source_start, mark, aligned = pieces[-1]
    if aligned:
        if not text[mark - 1].isalpha():
            return
        if view_end - view_start > 1:
            pieces[-1] = Piece(view_start, view_end - 1, source_start, mark - 1, True)
            pieces.append(Piece(view_end - 1, view_end, mark - 1, mark + 1, False))
        else:
            pieces[-1] = Piece(view_start, view_end, source_start, mark + 1, False)
    elif text[source_start].isalpha():  # a letter that already took a mark, or an expansion
        pieces[-1] = Piece(view_start, view_end, source_start, mark + 1, False)


_SPACE_RUN = re.compile(" {2,}")
#: The characters a normalizer looks for one by one (see Normalizer._apply_table): those that most
#: Arabic news texts carry (seen in 5% of real articles or more): hamza and alef forms, alef
#: maksura, teh marbuta, Arabic punctuation, tatweel, the commonest harakat, the no-break space.
_EVERYDAY = "ةأإآىئؤ،؛؟ـ\u064b\u064e\u064f\u0651\u00a0"


def _collapse_spaces(text: str) -> TextView:
    builder = ViewBuilder(text)
    position = 0
    for match in _SPACE_RUN.finditer(text):
        builder.keep(position, match.start())
        builder.replace(match.start(), match.end(), " ")
        position = match.end()
    builder.keep(position, len(text))
    return builder.build()


def _char_class(chars: Iterable[str]) -> str:
    """A regular-expression class for ``chars``, with runs of code points written as ranges."""
    codes = sorted({ord(c) for c in chars})
    parts, index = [], 0
    while index < len(codes):
        end = index
        while end + 1 < len(codes) and codes[end + 1] == codes[end] + 1:
            end += 1
        first, last = chr(codes[index]), chr(codes[end])
        parts.append(re.escape(first) if index == end else f"{re.escape(first)}-{re.escape(last)}")
        index = end + 1
    return "[" + "".join(parts) + "]"


def _fuse(tables: list[Mapping[str, str]]) -> dict[str, str]:
    """One table equal to applying ``tables`` in order, repeated until nothing changes."""
    keys = set().union(*tables) if tables else set()

    def once(text: str) -> str:
        for table in tables:
            text = "".join(table.get(ch, ch) for ch in text)
        return text

    fused = {}
    for key in keys:
        value, previous = once(key), key
        for _ in range(8):  # steps settle in one or two rounds; bound it all the same
            if value == previous:
                break
            previous, value = value, once(value)
        if value != key:
            fused[key] = value
    return fused


# -- word lists as patterns --------------------------------------------------------------------------

_LETTER_RUN = re.compile(r"[^\W\d_]+")
_LITERAL, _SUBPATTERN, _BRANCH = _re_constants.LITERAL, _re_constants.SUBPATTERN, _re_constants.BRANCH
# punctuation, signs and digits: a word is a letter run. The marks news text carries most are
# replaced by spaces before the split; a token with a rarer one takes the slower way in _letter_runs
_WORD_SEPARATORS = ".,،:;!?؟()[]\"“”«»0123456789%/-…—–_*|@'"
_words_of = RecentTexts(entries=128)  # two batches of the default size: a word set weighs more than a view


def distinct_words(text: str) -> frozenset[str]:
    """The distinct letter runs of ``text``: its words, split at spaces, digits and punctuation.

    Where a lexicon may match: intersect this set with the lexicon's first words (``str.split``
    and set operations run in C) and match the lexicon's pattern only where those words stand.
    That is many times faster than scanning with the pattern, which ``re`` tries at every character.
    The words of the last texts are remembered (:class:`RecentTexts`): stages that read the same
    view of a document (dates and quotes both read the ``search`` view) split it once.
    """
    words = _words_of.get(text)
    if words is None:
        words = _letter_runs(text)
        _words_of.put(text, words)
    return words


def _letter_runs(text: str) -> frozenset[str]:
    for mark in _WORD_SEPARATORS:  # str.replace runs in C; most tokens are then whole words
        if mark in text:
            text = text.replace(mark, " ")
    words = frozenset(text.split())
    if "".join(words).isalpha():
        return words
    odd = {word for word in words if not word.isalpha()}  # rarer marks inside a token: A+B, ‘قال’
    return (words - odd).union(*(_LETTER_RUN.findall(token) for token in odd))


def occurrences(text: str, words: Iterable[str]) -> list[int]:
    """Every position where one of ``words`` occurs in ``text`` (inside longer words too), sorted,
    each once: where to try a lexicon's pattern after :func:`distinct_words` found its candidates."""
    found: set[int] = set()
    for word in words:
        index = text.find(word)
        while index >= 0:
            found.add(index)
            index = text.find(word, index + 1)
    return sorted(found)


def required_texts(pattern: re.Pattern) -> tuple[str, ...]:
    """Texts one of which every match of ``pattern`` contains, read from its parse tree: its longest
    run of literal characters (``«الشرق الأوسط»``), or the leading runs of an alternation's
    branches (``(?:هيئة|فريق|أسرة)\\s+``); empty when it has none of two characters or more (or
    a sign, ©), or matches ignoring case.

    ``text in document`` runs at C speed, while ``re`` tries a pattern at every character where its
    first character stands (every ل of an Arabic text, for ``ل\\s*"الرياض"``): a document that
    contains none of these texts need not be scanned with the pattern at all.
    """
    items = _parse_tree(pattern)
    if items is None:
        return ()
    candidates = _required_candidates(items)
    candidates = [texts for texts in candidates if all(map(_telling, texts))]
    return max(candidates, key=lambda texts: min(len(t) for t in texts), default=())


def _parse_tree(pattern: re.Pattern) -> list | None:
    """The top-level items of a text pattern's parse tree, or None when reading it is not safe: it
    ignores case (a literal need not stand as written), runs on bytes, or the private parser of
    ``re`` changed."""
    if pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        return list(_re_parser.parse(pattern.pattern, pattern.flags))
    except Exception:
        return None


def _telling(text: str) -> bool:
    """Whether a required text is rare enough to be worth looking for: two characters or more, or a
    sign (©), not one letter or space, which most documents contain."""
    return len(text) >= 2 or not (text.isalnum() or text.isspace())


class Prefiltered:
    """A compiled pattern that is not run on a text lacking all its :func:`required_texts`: use it
    as the pattern (``search``, ``finditer`` and ``match`` as ``re.Pattern``'s). A text with none
    of them is answered with no match, after a few ``in`` tests instead of a scan."""

    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern = pattern
        self.required = required_texts(pattern)

    def _may_match(self, text: str) -> bool:
        return not self.required or any(required in text for required in self.required)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.pattern.search(text, pos, endpos) if self._may_match(text) else None

    def finditer(self, text: str) -> Iterator[re.Match]:
        return self.pattern.finditer(text) if self._may_match(text) else iter(())

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        return self.pattern.match(text, pos)  # at one position: nothing to save


def _required_candidates(items: list) -> list[tuple[str, ...]]:
    """The literal runs of a sequence (each required), and its alternations' leading runs."""
    candidates, run = [], ""
    for op, value in items:
        if op is _LITERAL:
            run += chr(value)
            continue
        if run:
            candidates.append((run,))
            run = ""
        if op is _SUBPATTERN and not value[1] & re.IGNORECASE:  # a group (not (?i:…)): what it requires
            candidates.extend(_required_candidates(list(value[-1])))
        elif op is _BRANCH:
            leads = tuple(_leading_literal(list(branch)) for branch in value[1])
            if all(leads):
                candidates.append(leads)
    if run:
        candidates.append((run,))
    return candidates


def _leading_literal(items: list) -> str:
    run = ""
    for op, value in items:
        if op is not _LITERAL:
            break
        run += chr(value)
    return run


def first_characters(pattern: re.Pattern) -> re.Pattern | None:
    """A one-character class of what a match of ``pattern`` can start with, read from its parse
    tree, or None when it cannot tell (a match may be empty, start with any character, or the
    pattern uses what this reading does not follow: back-references, ignoring case, bytes).

    ``re`` tries the branches of an alternation one after another; when a lexicon of alternatives
    is tried at given positions, looking the character there up first skips every alternative that
    cannot start with it. Look-arounds and anchors are read as matching nothing (they constrain,
    never consume), so the class may be wider than needed, never narrower.
    """
    items = _parse_tree(pattern)
    if items is None:
        return None
    parts, nullable = _first_parts(items)
    if parts is None or nullable or not parts:
        return None
    # under re.ASCII, the class's \w and \d mean what they mean in the pattern
    return re.compile("[" + "".join(sorted(parts)) + "]", pattern.flags & re.ASCII)


_CATEGORY_CLASSES = {
    _re_constants.CATEGORY_DIGIT: r"\d",
    _re_constants.CATEGORY_NOT_DIGIT: r"\D",
    _re_constants.CATEGORY_SPACE: r"\s",
    _re_constants.CATEGORY_NOT_SPACE: r"\S",
    _re_constants.CATEGORY_WORD: r"\w",
    _re_constants.CATEGORY_NOT_WORD: r"\W",
}
_ZERO_WIDTH = {_re_constants.AT, _re_constants.ASSERT, _re_constants.ASSERT_NOT}
_REPEATS = {_re_constants.MAX_REPEAT, _re_constants.MIN_REPEAT, _re_constants.POSSESSIVE_REPEAT}


def _first_parts(items: list) -> tuple[set[str] | None, bool]:
    """The class parts a sequence can start with (None: any character), and whether it can match
    the empty string."""
    parts: set[str] = set()
    for op, value in items:
        if op in _ZERO_WIDTH:
            continue
        if op is _LITERAL:
            parts.add(re.escape(chr(value)))
            return parts, False
        if op is _re_constants.IN:
            found = _class_parts(value)
            return (None if found is None else parts | found), False
        if op is _SUBPATTERN or op is _re_constants.ATOMIC_GROUP:
            inner = value[-1] if op is _SUBPATTERN else value
            if op is _SUBPATTERN and value[1] & re.IGNORECASE:
                return None, False
            found, nullable = _first_parts(list(inner))
        elif op is _BRANCH:
            found, nullable = set(), False
            for branch in value[1]:
                branch_parts, branch_nullable = _first_parts(list(branch))
                if branch_parts is None:
                    return None, False
                found |= branch_parts
                nullable = nullable or branch_nullable
        elif op in _REPEATS:
            found, nullable = _first_parts(list(value[2]))
            nullable = nullable or value[0] == 0
        else:  # any character, a back-reference, a conditional: anything may start it
            return None, False
        if found is None:
            return None, False
        parts |= found
        if not nullable:
            return parts, False
    return parts, True


def _class_parts(items: list) -> set[str] | None:
    parts = set()
    for op, value in items:
        if op is _LITERAL:
            parts.add(re.escape(chr(value)))
        elif op is _re_constants.RANGE:
            parts.add(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op is _re_constants.CATEGORY and value in _CATEGORY_CLASSES:
            parts.add(_CATEGORY_CLASSES[value])
        else:  # a negated class, a category this reading does not know
            return None
    return parts


def words_pattern(words: Iterable[str]) -> str:
    """A regular expression matching any of ``words``, longest first, written as a prefix trie.

    Python's ``re`` tries the branches of an alternation one at a time at every position; factored
    into a trie (``ال(?:احد|اثنين)``) most positions fail on their first character, which makes
    lexicons of hundreds of words cheap to search. A space inside a word matches any run of spaces.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")" if trie else "(?!)"


def _trie_pattern(node: dict) -> str:
    branches = [
        (r"\s+" if char == " " else re.escape(char)) + _trie_pattern(node[char])
        for char in sorted((c for c in node if c), reverse=True)
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# -- look-up ---------------------------------------------------------------------------------------


def step(name: str) -> Step:
    """A built-in step by name."""
    try:
        return BUILTIN_STEPS[name]
    except KeyError:
        raise KeyError(f"unknown normalization step {name!r} (steps: {', '.join(BUILTIN_STEPS)})") from None


def compile_profile(profile: Profile, steps: Mapping[str, Step] = BUILTIN_STEPS) -> Normalizer:
    unknown = [s for s in profile.steps if s not in steps]
    if unknown:
        raise KeyError(
            f"profile {profile.name!r} names unknown step {unknown[0]!r} (steps: {', '.join(steps)})"
        )
    return Normalizer(profile.name, (steps[s] for s in profile.steps))


@cache
def normalizer(profile: str = "search") -> Normalizer:
    """The compiled built-in profile ``profile`` (cached: compile once, call many times).

    Profiles that plugins register are found through
    :meth:`khabar.registry.PluginRegistry.normalizer`.
    """
    if profile not in BUILTIN_PROFILES:
        raise KeyError(f"unknown normalization profile {profile!r} (profiles: {', '.join(BUILTIN_PROFILES)})")
    return compile_profile(BUILTIN_PROFILES[profile])


def normalize(text: str, profile: str = "search") -> str:
    """Just the normalized text (use :func:`normalizer` when you need offsets back)."""
    return normalizer(profile)(text).text


@hookimpl
def register_normalizers(register):
    for builtin in BUILTIN_STEPS.values():
        register(builtin)
    for profile in BUILTIN_PROFILES.values():
        register(profile)
