"""Hypothesis strategies for Arabic news text, as it really arrives: diacritics, tatweel,
presentation forms, three digit systems, bidi marks, odd spaces, Latin and Cyrillic runs.

Every strategy here is public API; each docstring says what its examples look like::

    from hypothesis import given
    from khabar.testing import arabic_sentences

    @given(arabic_sentences(noise=True))
    def test_my_normalizer_keeps_offsets(text): ...
"""

from __future__ import annotations

import datetime
import random
import unicodedata
from dataclasses import dataclass

from hypothesis import strategies as st

from ..document import Document

LETTERS = "ابتثجحخدذرسشصضطظعغفقكلمنهويءآأإؤئةى"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652"  # tanwin, short vowels, shadda, sukun
TATWEEL = "\u0640"
BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200d\u200b\ufeff"
ODD_SPACES = "\u00a0\u2009\u202f\u2002\u2003\u200a\u3000\t"
PERSIAN_LETTERS = "پچژگکی"
URDU_LETTERS = "ٹڈڑںےہ"
LATIN_WORDS = ("Putin", "Biden", "NATO", "Spread", "the", "love", "Reuters", "AFP", "Geneva", "June")
CYRILLIC_WORDS = ("Путин", "Россия", "Кремль", "заявил", "переговоры", "Украина")


def _presentation_forms() -> dict[str, list[str]]:
    """Each letter's presentation forms (isolated, initial, medial, final), from Unicode itself."""
    forms: dict[str, list[str]] = {}
    for code in (*range(0xFB50, 0xFE00), *range(0xFE70, 0xFF00)):
        ch = chr(code)
        base = unicodedata.normalize("NFKC", ch)
        if len(base) == 1 and base in LETTERS:
            forms.setdefault(base, []).append(ch)
    return forms


PRESENTATION_FORMS = _presentation_forms()

#: Gregorian month names in each regional set, in month order.
GREGORIAN_MONTHS = {
    "egypt_gulf": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "levant_iraq": (
        "كانون الثاني",
        "شباط",
        "آذار",
        "نيسان",
        "أيار",
        "حزيران",
        "تموز",
        "آب",
        "أيلول",
        "تشرين الأول",
        "تشرين الثاني",
        "كانون الأول",
    ),
    "tunisia_algeria": (
        "جانفي",
        "فيفري",
        "مارس",
        "أفريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "سبتمبر",
        "أكتوبر",
        "نوفمبر",
        "ديسمبر",
    ),
    "morocco": (
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ماي",
        "يونيو",
        "يوليوز",
        "غشت",
        "شتنبر",
        "أكتوبر",
        "نونبر",
        "دجنبر",
    ),
}
HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
WEEKDAYS = ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد")
DIGIT_SYSTEMS = {"ascii": "0123456789", "arabic_indic": "٠١٢٣٤٥٦٧٨٩", "persian": "۰۱۲۳۴۵۶۷۸۹"}


def arabic_letters() -> st.SearchStrategy[str]:
    """One Arabic letter (hamza forms, teh marbuta and alef maksura included)."""
    return st.sampled_from(LETTERS)


def _decorate(
    rng: random.Random, letters: str, diacritics: bool, tatweel: bool, presentation_forms: bool
) -> str:
    out = []
    for index, letter in enumerate(letters):
        if presentation_forms and letter in PRESENTATION_FORMS and rng.random() < 0.2:
            letter = rng.choice(PRESENTATION_FORMS[letter])
        out.append(letter)
        if diacritics and rng.random() < 0.33:
            out.append(rng.choice(HARAKAT))
        if tatweel and 0 < index < len(letters) - 1 and rng.random() < 0.15:
            out.append(TATWEEL * rng.randint(1, 3))
    return "".join(out)


# Letters come from hypothesis draws (so they shrink); the decoration of each word comes from one
# hypothesis-controlled Random, which keeps generation fast enough for thousands of examples.
_RANDOM = st.randoms(use_true_random=False)


@st.composite
def arabic_words(draw, diacritics: bool = True, tatweel: bool = True, presentation_forms: bool = True) -> str:
    """An Arabic word of 2–8 letters; optionally with harakat after letters, tatweel between them,
    and some letters written as presentation forms (as PDF-extracted text has them)."""
    letters = draw(st.text(alphabet=LETTERS, min_size=2, max_size=8))
    return _decorate(draw(_RANDOM), letters, diacritics, tatweel, presentation_forms)


def _number(rng: random.Random, system: str | None = None) -> str:
    digits = DIGIT_SYSTEMS[system or rng.choice(sorted(DIGIT_SYSTEMS))]
    return "".join(digits[int(d)] for d in str(rng.randint(0, 999_999)))


@st.composite
def numbers(draw, system: str | None = None) -> str:
    """A number of 1–6 digits in the ASCII, Arabic-Indic (٠-٩) or Persian (۰-۹) system."""
    return _number(draw(_RANDOM), system)


def bidi_and_spaces() -> st.SearchStrategy[str]:
    """A short run of bidi controls, zero-width characters and odd spaces (NBSP, thin, ideographic)."""
    return st.text(alphabet=BIDI_MARKS + ODD_SPACES + " ", min_size=1, max_size=3)


@st.composite
def arabic_sentences(draw, noise: bool = True, foreign: bool = True, max_words: int = 12) -> str:
    """A sentence of Arabic words with numbers and Arabic punctuation; with ``foreign``, Latin or
    Cyrillic runs inside it; with ``noise``, bidi marks and odd spaces between words."""
    stems = draw(st.lists(st.text(alphabet=LETTERS, min_size=2, max_size=8), min_size=1, max_size=max_words))
    rng = draw(_RANDOM)
    kinds = ["ar"] * 6 + ["num"] + (["latin", "cyrillic"] if foreign else [])
    text = ""
    for index, stem in enumerate(stems):
        if index:
            text += rng.choice(BIDI_MARKS + ODD_SPACES) if noise and rng.random() < 0.3 else " "
        kind = rng.choice(kinds)
        if kind == "ar":
            text += _decorate(rng, stem, True, True, True)
        elif kind == "num":
            text += _number(rng)
        else:
            text += rng.choice(LATIN_WORDS if kind == "latin" else CYRILLIC_WORDS)
        if rng.random() < 0.15:
            text += rng.choice("،؛")
    return text + rng.choice([".", "؟", "!", ""])


@dataclass(frozen=True)
class DateExample:
    """A generated date expression and what it means: ``calendar`` is gregorian or hijri;
    ``month``/``day`` are None when the expression does not give them."""

    text: str
    calendar: str
    year: int
    month: int | None
    day: int | None


@st.composite
def arabic_dates(draw, hijri: bool = True) -> DateExample:
    """A date expression as Arabic news writes it, with its meaning: `10 يناير 2022`,
    `العاشر من كانون الثاني/يناير 2022`, `٣٠/١٢/٢٠٢١`, `2021-12-30`, `شباط 2022`,
    `15 رمضان 1443 هـ`; month names from every regional set, digits from every system."""
    digits = DIGIT_SYSTEMS[draw(st.sampled_from(sorted(DIGIT_SYSTEMS)))]

    def num(value: int, width: int = 0) -> str:
        return "".join(digits[int(d)] for d in str(value).zfill(width))

    form = draw(
        st.sampled_from(
            ["day_month_year", "paired", "numeric", "iso", "month_year"] + (["hijri"] if hijri else [])
        )
    )
    if form == "hijri":
        from hijridate import Hijri  # a dependency of khabar's dates stage; imported only here

        year, month = draw(st.integers(1343, 1500)), draw(st.integers(1, 12))
        # a day of that month in the Umm al-Qura calendar: 29 or 30 days, and 28 in a few early months
        day = draw(st.integers(1, Hijri(year, month, 1).month_length()))
        suffix = draw(st.sampled_from([" هـ", "هـ", " ه", ""]))
        return DateExample(
            f"{num(day)} {HIJRI_MONTHS[month - 1]} {num(year)}{suffix}", "hijri", year, month, day
        )
    year, month, day = draw(st.integers(1950, 2050)), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    region = draw(st.sampled_from(sorted(GREGORIAN_MONTHS)))
    name = GREGORIAN_MONTHS[region][month - 1]
    if form == "day_month_year":
        return DateExample(f"{num(day)} {name} {num(year)}", "gregorian", year, month, day)
    if form == "paired":
        levant, egypt = GREGORIAN_MONTHS["levant_iraq"][month - 1], GREGORIAN_MONTHS["egypt_gulf"][month - 1]
        return DateExample(f"{num(day)} {levant}/{egypt} {num(year)}", "gregorian", year, month, day)
    if form == "numeric":
        return DateExample(f"{num(day, 2)}/{num(month, 2)}/{num(year)}", "gregorian", year, month, day)
    if form == "iso":
        return DateExample(f"{num(year)}-{num(month, 2)}-{num(day, 2)}", "gregorian", year, month, day)
    return DateExample(f"{name} {num(year)}", "gregorian", year, month, None)


BOILERPLATE_LINES = (
    "Spread the love",
    "اترك تعليقاً",
    "اقرأ المزيد:",
    "زر الذهاب إلى الأعلى",
    "اشترك في قائمتنا البريدية",
    "العلامات",
    "قد تحب أيضا",
    "رئيس التحرير",
)
QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'), ("”", "“"))


#: What follows a speech verb when no name does (a pronoun subject), or an office for a name.
UNNAMED_SPEAKERS = ("", "في بيان", "في تصريح لها", "للصحفيين", "المتحدث باسم الوزارة")


@st.composite
def documents(draw, max_paragraphs: int = 6) -> Document:
    """A whole article as scraped: a title, body paragraphs with quotations in every mark style
    (`قال X: «…»`, `قال في بيان إن …`), and boilerplate lines at the head and tail;
    ``meta.published`` is set."""
    lines = [draw(arabic_sentences(noise=False, foreign=False, max_words=6))]
    lines += draw(st.lists(st.sampled_from(BOILERPLATE_LINES), max_size=2))
    for _ in range(draw(st.integers(1, max_paragraphs))):
        paragraph = draw(arabic_sentences())
        if draw(st.booleans()):
            opening, closing = draw(st.sampled_from(QUOTE_MARKS))
            verb = draw(st.sampled_from(["وقال", "وأضاف", "قالت", "أكد"]))
            # a name, or what stands between the verb and the quote when no name does
            speaker = draw(st.one_of(arabic_words(diacritics=False), st.sampled_from(UNNAMED_SPEAKERS)))
            words = draw(arabic_sentences())
            if draw(st.booleans()):
                paragraph += f" {verb} {speaker}: {opening}{words}{closing}"
            else:  # indirect speech
                paragraph += f" {verb} {speaker} إن {words}."
        if draw(st.integers(0, 3)) == 0:
            paragraph += " في " + draw(arabic_dates()).text
        lines += [paragraph, ""]
    lines += draw(st.lists(st.sampled_from(BOILERPLATE_LINES), max_size=3))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    published = draw(st.dates(min_value=datetime.date(2000, 1, 1)))
    return Document(
        id=f"generated-{draw(st.integers(0, 10**6))}",
        text=newline.join(lines),
        meta={"published": published.isoformat(), "source": "generated"},
    )
