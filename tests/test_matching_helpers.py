"""The helpers in khabar.arabic that let stages match lexicons and patterns without scanning the
text with ``re`` at every character: what each finds, and that none of them loses a match."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from khabar.arabic import (
    Prefiltered,
    distinct_words,
    first_characters,
    occurrences,
    required_texts,
    words_pattern,
)


@pytest.mark.parametrize(
    "pattern, required",
    [
        # the longest run of literal characters
        (r'ل\s*"?العربية\.?\s?نت"?', ("العربية",)),
        (r"// ?انتهى ?//", ("انتهى",)),
        (r"^[^\n]{0,80}\(CNN\)\s*[-—–]", ("(CNN)",)),
        # an alternation: one of its branches' leading runs
        (r"(?:هيئة|فريق|أسرة)\s+تحرير\s+(?P<name>سبق|عكاظ)", ("تحرير",)),
        (r"(?:خاص|حصري)\s*[-–:]?\s*سبق", ("خاص", "حصري")),
        (r"(?:حقوق\s+النشر|©)[^\n]{0,40}", ("حقوق", "©")),  # a sign alone is telling enough
        # a group is required as the sequence around it
        (r"(المصدر)\s*:", ("المصدر",)),
    ],
)
def test_required_texts_are_what_every_match_contains(pattern, required):
    assert required_texts(re.compile(pattern)) == required


@pytest.mark.parametrize(
    "pattern",
    [
        r"ل\s*ا",  # one letter: most documents have it, looking for it saves nothing
        r"(?:ab|c)d",  # a branch that leads with one letter
        r"(?i)العربية",  # ignoring case: the literal need not stand as written
        r"(?i:cnn)\s",
        r"(?:الجزيرة)?\s*ن",  # optional: not required
        r"(?=الجزيرة)\w",  # a look-ahead is not part of the match
        r"[«\"]",
        rb"bytes",  # a bytes pattern runs on bytes, not on a document's text
    ],
)
def test_nothing_is_required_where_no_telling_text_is(pattern):
    assert required_texts(re.compile(pattern)) == ()


SIGNATURES = [
    r'ل\s*"?العربية\.?\s?نت"?',
    r"(?:هيئة|فريق|أسرة)\s+تحرير\s+(?:الجزيرة|سبق)",
    r"(?:حقوق\s+(?:النشر|الطبع)|©)[^\n]{0,40}(?:الوطن|اليوم)",
    r"يمكنكم (استلام|تسلم) إشعارات",
    r"^\s*[^\n]{0,30}\d+ \S+ \d{4} ?ه الموافق \d+ \S+ \d{4} ?م\s*واس",
    r"(?:خاص|حصري)\s*[-–:]?\s*(?:لـ\s*)?(?:عكاظ|سبق)",
]


@pytest.mark.parametrize("signature", SIGNATURES)
@given(data=st.data())
def test_a_text_without_the_required_texts_has_no_match(signature, data):
    """The filter a stage puts before a pattern never drops a match: every text the pattern matches
    contains one of its required texts."""
    pattern = re.compile(signature, re.M)
    text = data.draw(st.from_regex(pattern))
    assert any(required in text for required in required_texts(pattern))


@pytest.mark.parametrize("signature", SIGNATURES)
@given(data=st.data())
def test_a_prefiltered_pattern_finds_what_the_pattern_finds(signature, data):
    pattern = re.compile(signature, re.M)
    text = data.draw(st.one_of(st.from_regex(pattern), st.text()))
    prefiltered = Prefiltered(pattern)
    assert [m.span() for m in prefiltered.finditer(text)] == [m.span() for m in pattern.finditer(text)]
    assert bool(prefiltered.search(text)) == bool(pattern.search(text))


def test_a_prefiltered_pattern_does_not_scan_a_text_without_its_required_texts():
    prefiltered = Prefiltered(re.compile(r'ل\s*"الرياض"'))
    assert prefiltered.required == ('"الرياض"',)
    assert prefiltered.search("قال لـ «الرياض» إن") is None  # no "الرياض" in quotes: never scanned
    assert prefiltered.search('وقال ل"الرياض" إن').group() == 'ل"الرياض"'


@pytest.mark.parametrize(
    "pattern, first",
    [
        (r"abc", "a"),
        (r"(?:x|y)z", "xy"),
        (r"a?b", "ab"),  # an optional start: what follows it may start the match too
        (r"(?:(?P<mod>ab)\s+)?c", "ac"),
        (r"(?<![^\W\d_])(?:[وف]{1,2})?(?:يوم|اليوم)", "اوفي"),  # a look-behind consumes nothing
        (r"\d{1,2}:\d\d", "0123456789"),
        (r"[ا-ي]+", "اب"),
    ],
)
def test_first_characters_are_what_a_match_can_start_with(pattern, first):
    found = first_characters(re.compile(pattern))
    assert all(found.match(char) for char in first)
    assert not found.match("#")


@pytest.mark.parametrize(
    "pattern",
    [
        r"a*",  # may match nothing
        r"(?:ab)?",
        r"[^a]b",  # a negated class: almost anything
        r".b",
        r"(?i)abc",  # ignoring case
    ],
)
def test_first_characters_are_unknown_where_any_character_may_start(pattern):
    assert first_characters(re.compile(pattern)) is None


FIRST_PATTERNS = [
    r"(?:من\s+|في\s+)?(?:شهر\s+)?(?:يناير|فبراير)(?:\s+(?:19|20)\d\d)?",
    r"(?:(?:الساعة|يوم)\s+)?\d{1,2}(?::\d\d)?",
    r"(?:[وف]?قال|أكد)(?:ت|وا)?",
    r"(?:a|b*)c|[x-z]+",
    r"\s*[،,]?\s*\d+",
]


@pytest.mark.parametrize("pattern", FIRST_PATTERNS)
@given(data=st.data())
def test_every_match_starts_with_one_of_the_first_characters(pattern, data):
    """Trying a pattern only where its first characters stand never loses a match."""
    compiled = re.compile(pattern)
    text = data.draw(st.from_regex(compiled, fullmatch=True).filter(bool))
    assert first_characters(compiled).match(text[0])


def test_distinct_words_are_the_letter_runs():
    text = "قال الرئيس: «نعم»، وقال ٣٠ـ مرة A/B قال"
    assert distinct_words(text) == {"قال", "الرئيس", "نعم", "وقال", "ـ", "مرة", "A", "B"}


def test_occurrences_are_every_position_once_and_sorted():
    text = "قال وقال يقال"
    assert occurrences(text, {"قال", "وقال"}) == [0, 4, 5, 10]


def test_words_pattern_matches_the_longest_word():
    pattern = re.compile(words_pattern(["الشهر", "الشهرين", "عيد الفطر"]))
    assert pattern.match("الشهرين").group() == "الشهرين"
    assert pattern.match("عيد   الفطر").group() == "عيد   الفطر"  # a space in a word: any run of spaces
    assert re.compile(words_pattern([])).search("نص") is None


def test_the_words_of_recent_texts_are_remembered():
    """Stages that read the same view of a document split it once, batch after batch; the set
    cannot be changed by one stage under another's feet."""
    first = "قال الرئيس إن الاجتماع عقد أمس. " * 20  # a document's length: short texts are not kept
    second = "وقال الوزير إن الزيارة ناجحة. " * 20
    words = distinct_words(first)
    assert distinct_words(second) == {"وقال", "الوزير", "ان", "إن", "الزيارة", "ناجحة"} - {"ان"}
    assert distinct_words(first) is words
    assert isinstance(words, frozenset)
