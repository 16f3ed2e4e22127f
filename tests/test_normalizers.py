"""The Arabic normalizers: what each step does, and the properties every step and profile keeps
on any input (see khabar.testing.properties)."""

from __future__ import annotations

import pytest
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from khabar.arabic import (
    BUILTIN_PROFILES,
    BUILTIN_STEPS,
    SPACES,
    Normalizer,
    Step,
    normalize,
    normalizer,
)
from khabar.testing import arabic_sentences, check_normalizer
from khabar.testing.strategies import LATIN_WORDS
from khabar.views import TextView

NORMALIZERS = {f"step:{name}": Normalizer(name, [s]) for name, s in BUILTIN_STEPS.items()}
NORMALIZERS.update({f"profile:{name}": normalizer(name) for name in BUILTIN_PROFILES})
ALL = sorted(NORMALIZERS)


@pytest.mark.parametrize(
    "step, raw, expected",
    [
        ("nfkc_presentation", "ﻻ ﺑﻴﺖ ﷺ", "لا بيت صلى الله عليه وسلم"),
        ("strip_tashkeel", "مُحَمَّدٌ قالَ", "محمد قال"),
        ("strip_tatweel", "الســـلام", "السلام"),
        ("unify_alef", "أحمد إلى آخر ٱلكتاب", "احمد الى اخر الكتاب"),
        ("unify_hamza_carriers", "مؤتمر رئيس", "موتمر رييس"),
        ("alef_maksura", "إلى مستشفى", "إلي مستشفي"),
        ("teh_marbuta", "مدرسة", "مدرسه"),
        ("digits", "٣٠/١٢/٢٠٢١ و۱۴۰۰", "30/12/2021 و1400"),
        ("punctuation", "نعم، لا؛ لماذا؟ ٥٪ ٣٫٥ ١٬٠٠٠", "نعم, لا; لماذا? ٥% ٣.٥ ١,٠٠٠"),
        ("strip_controls", "\u200fقال\u200e \u202b30\u202c\u2066", "قال 30"),
        ("strip_zwnj", "می\u200cخواهم", "میخواهم"),
        ("spaces", "قال\u00a0\u00a0 الوزير\u2009\tإن\n\nالاتفاق", "قال الوزير إن\n\nالاتفاق"),
        ("persian_letters", "ایران کشور", "ايران كشور"),
    ],
)
def test_each_step_does_what_its_name_says(step, raw, expected):
    assert Normalizer(step, [BUILTIN_STEPS[step]])(raw).text == expected


def test_alef_unification_leaves_alef_maksura_alone():
    # pyarabic #39 turned إلى into الا; unify_alef must not touch ى
    assert Normalizer("a", [BUILTIN_STEPS["unify_alef"]])("إلى").text == "الى"


def test_persian_letters_are_kept_by_the_search_profile():
    # folding ی/ک is a choice (camel_tools #117): only search_fa_ur makes it
    assert normalize("یک کتاب", "search") == "یک کتاب"
    assert normalize("یک کتاب", "search_fa_ur") == "يك كتاب"


def test_the_search_profile_finds_a_word_however_it_is_written_and_reports_raw_offsets():
    raw = "قالَ المُتَحدّثُ بـاسم الخارجية\u200f إنّ ﺍﻟﻤﺆﺗﻤﺮ سيُعقد"
    view = normalizer("search")(raw)
    found = view.text.index("الموتمر")
    start, end = view.source_span(found, found + len("الموتمر"))
    assert raw[start:end] == "ﺍﻟﻤﺆﺗﻤﺮ"


def test_a_normalizer_builds_the_view_of_a_text_once_for_every_stage_that_asks():
    text = "قالَ المُتَحدّثُ بـاسم الخارجية إنّ المؤتمر سيُعقد. " * 20
    search = normalizer("search")
    view = search(text)
    assert search(text) is view  # the same str object: the view is remembered
    copy = "".join(list(text))  # an equal text that is another object: built again, equal
    assert copy is not text and search(copy) == view


@pytest.mark.parametrize(
    "profile, other, shared",
    [
        ("search", "match", True),  # search folds letters one for one further
        ("match", "search", True),
        ("search_fa_ur", "match", False),  # it deletes the ZWNJ, which match keeps
        ("display", "match", False),  # display keeps the diacritics match deletes
    ],
)
def test_profiles_that_fold_one_for_one_further_share_offsets(profile, other, shared):
    assert normalizer(profile).shares_offsets_with(normalizer(other)) is shared


def test_a_profile_that_makes_a_space_of_a_letter_does_not_share_offsets():
    spacing = Normalizer("spacing", [*normalizer("match").steps, Step("dash", "", {"-": " "})])
    assert not spacing.shares_offsets_with(normalizer("match"))


@given(text=st.one_of(st.text(), arabic_sentences()))
def test_views_that_share_offsets_have_every_position_in_common(text):
    match, search = normalizer("match")(text), normalizer("search")(text)
    assert len(match.text) == len(search.text)
    for position in range(len(match.text) + 1):
        assert match.source_span(0, position) == search.source_span(0, position)


def test_the_space_set_is_every_unicode_space_separator():
    import sys
    import unicodedata

    separators = {chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"}
    assert separators - {" "} | {"\t"} == SPACES


def check_all(text: str) -> None:
    """Every step and profile on the same input (one generated text serves all of them)."""
    for name in ALL:
        try:
            check_normalizer(NORMALIZERS[name], text)
        except AssertionError as exc:
            raise AssertionError(f"{name}: {exc}") from exc


@given(text=st.text())
def test_no_normalizer_breaks_on_any_string(text):
    check_all(text)


@given(text=arabic_sentences())
def test_every_normalizer_keeps_its_properties_on_arabic_news_text(text):
    check_all(text)


@given(words=st.lists(st.sampled_from((*LATIN_WORDS, "Путин", "Кремль", "2021")), min_size=1))
def test_latin_cyrillic_and_ascii_digits_pass_through_every_normalizer(words):
    text = " ".join(words)
    for name in ALL:
        assert NORMALIZERS[name](text).text == text, name


# -- the properties catch broken normalizers ----------------------------------------------------


class DropsBehWithoutUpdatingTheMap:
    """Deletes every ب but keeps the first len(output) entries of the identity map."""

    name, may_expand = "broken", False

    def targets(self, char):
        return char == "ب"

    def __call__(self, text):
        out = text.replace("ب", "")
        return TextView.from_map(out, tuple(range(len(out))), tuple(range(1, len(out) + 1)), len(text))


class ChangesAnUntargetedLetter:
    """Claims to target only tatweel, but also rewrites ك."""

    name, may_expand = "broken", False

    def targets(self, char):
        return char == "ـ"

    normalize = Normalizer("x", [Step("x", "", {"ـ": "", "ك": "ق"})])

    def __call__(self, text):
        return self.normalize(text)


class NotIdempotent:
    """Doubles the first alef it sees (and claims it may expand)."""

    name, may_expand = "broken", True

    def targets(self, char):
        return char == "ا"

    normalize = Normalizer("x", [Step("x", "", {"ا": "اا"}, may_expand=True)])

    def __call__(self, text):
        return self.normalize(text)


@pytest.mark.parametrize(
    "broken", [DropsBehWithoutUpdatingTheMap(), ChangesAnUntargetedLetter(), NotIdempotent()]
)
def test_the_property_suite_catches_a_broken_normalizer(broken):
    @settings(phases=[Phase.generate], database=None)  # finding a failure is the point; no shrinking
    @given(text=arabic_sentences())
    def properties(text):
        check_normalizer(broken, text)

    with pytest.raises(AssertionError):
        properties()


def test_a_word_found_in_the_view_maps_back_with_its_diacritics():
    text = "خبر عَاجِلٌ، عاجل"
    view = normalizer("search")(text)
    start = view.text.index("عاجل")
    raw_start, raw_end = view.source_span(start, start + len("عاجل"))
    assert text[raw_start:raw_end] == "عَاجِلٌ"
    second_start, second_end = view.source_span(view.text.rindex("عاجل"), len(view.text))
    assert text[second_start:second_end] == "عاجل"


@pytest.mark.parametrize(
    ("text", "word", "as_written"),
    [
        ("مطلقاً.", "مطلقا", "مطلقاً"),  # tanween after the alef, before punctuation
        ("شدَّ الحبل", "شد", "شدَّ"),  # two marks on one letter
        ("ب ً", "ب", "ب"),  # a mark after a space is not the letter's
        ("٢٠ً عاماً", "20", "٢٠"),  # nor after a digit
        ("ﻻً", "لا", "ﻻً"),  # a presentation form that expands takes it too
    ],
)
def test_a_letter_takes_the_diacritics_written_on_it(text, word, as_written):
    view = normalizer("search")(text)
    start = view.text.index(word)
    raw_start, raw_end = view.source_span(start, start + len(word))
    assert text[raw_start:raw_end] == as_written
