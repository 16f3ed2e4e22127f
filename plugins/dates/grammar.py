"""The grammar of Arabic date expressions: one regular expression built from ``vocabulary.toml``.

It runs over the ``search``-folded text (no diacritics or tatweel, hamza and teh marbuta folded,
ASCII digits), so each word is written once. The alternatives are ordered from the most specific
(a Hijri date paired with its Gregorian one) to the least (a bare weekday); at each position the
first that matches wins, and one pass over the text finds them all. Each alternative is a named
group ``k_<kind>``; :func:`parse` turns a match into a :class:`Found` with the fields it read.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources

from khabar.arabic import distinct_words, first_characters, occurrences, words_pattern


@dataclass
class Vocabulary:
    """The folded vocabulary: word -> number (month, weekday, ordinal, count, shift...)."""

    gregorian: dict[str, int]
    hijri: dict[str, int]
    ambiguous_months: set[str]
    weekdays: dict[str, int]
    ordinals: dict[str, int]
    cardinals: dict[str, int]
    units: dict[str, str]
    relative_days: dict[str, int]
    shifts: dict[str, int]
    modifiers: set[str]
    parts_of_day: set[str]
    future_cues: set[str]
    past_cues: set[str]
    figurative_today: set[str]
    gregorian_holidays: dict[str, tuple[int, int]]
    hijri_holidays: dict[str, tuple[int, int]]
    easter: set[str]


def load_vocabulary(fold: Callable[[str], str]) -> Vocabulary:
    data = tomllib.loads(resources.files(__package__).joinpath("vocabulary.toml").read_text(encoding="utf-8"))

    def numbered(table: dict[str, list[str]]) -> dict[str, int]:
        return {fold(word): int(number) for number, words in table.items() for word in words}

    def words(values: Iterable[str]) -> set[str]:
        return {fold(w) for w in values}

    shifts = {
        fold(w): shift
        for name, shift in (("past", -1), ("this", 0), ("next", 1))
        for w in data["relative_words"][name]
    }
    return Vocabulary(
        gregorian=numbered(data["gregorian_months"]),
        hijri=numbered(data["hijri_months"]),
        ambiguous_months=words(data["ambiguous_month_names"]["names"]),
        weekdays=numbered(data["weekdays"]),
        ordinals=numbered(data["ordinal_days"]),
        cardinals=numbered(data["cardinals"]),
        units={fold(w): grain for grain, ws in data["units"].items() for w in ws},
        relative_days=numbered(data["relative_days"]),
        shifts=shifts,
        modifiers=words(data["modifiers"]["words"]),
        parts_of_day=words(data["parts_of_day"]["words"]),
        future_cues=words(data["future_cues"]["words"]),
        past_cues=words(data["past_cues"]["words"]),
        figurative_today=words(data["figurative_today"]["heads"]),
        gregorian_holidays={fold(k): tuple(v) for k, v in data["holidays"]["gregorian"].items()},
        hijri_holidays={fold(k): tuple(v) for k, v in data["holidays"]["hijri"].items()},
        easter=words(data["holidays"]["easter"]),
    )


_WORDS_BACK = 4  # an expression starts at most this many words before its anchor
_CHARS_BACK = 48
_ASCII_DIGITS = "0123456789"
# letters that stick to the front of a head word: و ف ب ل ك, and ا of أواخر/أوائل (the plurals of
# آخر and أول, which are heads)
_PROCLITICS = "وفبلكا"
_PROCLITIC_PREFIXES = ["", *_PROCLITICS, *(a + b for a in _PROCLITICS for b in _PROCLITICS)]

# word boundaries that let the proclitics و ف ب ل stick to the front of a word
_PRE = r"(?<![^\W\d_])(?:[وفبل]{1,2})?"
_POST = r"(?![^\W\d_])"


@dataclass
class Found:
    """One date expression found in the folded text, and what it says."""

    start: int
    end: int
    kind: str
    fields: dict[str, object] = field(default_factory=dict)


class Grammar:
    """Compiled date patterns for one vocabulary."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        v = self.vocabulary = vocabulary
        unambiguous = [w for w in v.gregorian if w not in v.ambiguous_months]
        month = words_pattern(v.gregorian)
        month_safe = words_pattern(unambiguous)
        hijri = words_pattern(v.hijri)
        weekday = words_pattern(v.weekdays)
        weekday_definite = words_pattern(w for w in v.weekdays if w.startswith("ال"))
        ordinal = words_pattern(v.ordinals)
        cardinal = words_pattern(v.cardinals)
        unit = words_pattern(v.units)
        relative_day = words_pattern(v.relative_days)
        shift = words_pattern(v.shifts)
        modifier = words_pattern(v.modifiers)
        part = words_pattern(v.parts_of_day)
        year_word = r"(?:(?:من\s+|في\s+)?(?:عام|العام|سنه|السنه)\s*)"
        day = rf"(?:(?P<PFXdn>\d{{1,2}})|(?P<PFXdo>{ordinal}))"
        paired = rf"(?P<PFXm>{month})(?:\s*[/\\(]\s*(?P<PFXm2>{month})\s*\)?)?"
        # a month: by name, by number (شهر 3, شهر عشرة, الشهر التاسع), or relative (هذا الشهر, الشهر القادم)
        month_ref = (
            rf"(?:(?:من\s+|في\s+|ب)?(?:شهر\s+)?(?P<PFXmn>{month})(?:\s*[/\\(]\s*{month}\s*\)?)?"
            rf"|(?:من\s+|في\s+|ب)?شهر\s+(?P<PFXmc>\d{{1,2}}|{cardinal})"
            rf"|(?:من\s+|في\s+|ب)?الشهر\s+(?P<PFXmo>{ordinal})"
            rf"|(?:من\s+|في\s+)?(?:هذا\s+الشهر|الشهر\s+(?P<PFXms>{shift})))"
        )
        year_ref = (
            rf"(?:\s*[،,]?\s*(?:(?:من|في|ل|ب)\s*)?(?:عام|العام|سنه|السنه|لعام|بعام)\s*(?P<PFXy>(?:19|20)\d\d)"
            rf"|\s*[،,]?\s*(?P<PFXy2>(?:19|20)\d\d)|\s+(?:العام|السنه)\s+(?P<PFXys>{shift}))?"
        )
        holidays = words_pattern([*v.gregorian_holidays, *v.hijri_holidays, *v.easter])
        nth = rf"(?P<PFXn>{ordinal}|اخر|الاخير|الاخيره|اول|الاول|الاولي)"
        alternatives = {
            # 12 رجب 1436 هـ الموافق 29 ابريل 2015 م — read as two dates, linked
            "hijri_date": rf"(?P<hd>\d{{1,2}}|{ordinal})\s*(?:من\s+)?(?:شهر\s+)?(?P<hm>{hijri})\s*[،,]?\s*"
            rf"(?:(?:عام|سنه)\s*)?(?P<hy>1[345]\d\d)\s*(?:ه(?:جريه|ـ)?{_POST})?",
            "numeric": r"(?P<nd>\d{1,2})\s*[/.-]\s*(?P<nm>\d{1,2})\s*[/.-]\s*(?P<ny>\d{4}|\d{2})(?!\d)"
            rf"(?:\s*(?P<nsuffix>ه|م){_POST})?",
            "iso": r"(?P<iy>(?:19|20)\d\d)-(?P<im>\d{1,2})-(?P<id>\d{1,2})",
            # ثالث ثلاثاء في ايلول 2014, الاثنين الاخير من شهر ثلاثة, اخر اثنين من الشهر القادم
            "nth_weekday": rf"(?:{nth.replace('PFX', 'nw')}\s+(?:يوم\s+)?(?P<nww>{weekday})"
            rf"|(?P<nww2>{weekday})\s+{nth.replace('PFX', 'nw2')})\s+"
            + month_ref.replace("PFX", "nwm")
            + year_ref.replace("PFX", "nwy"),
            # اليوم الثالث من شهر عشرة, ثالث يوم من شهر عشرة, اخر يوم بشهر عشرة سنة 2015
            "nth_day": rf"(?:اليوم\s+{nth.replace('PFX', 'nd')}|{nth.replace('PFX', 'nd2')}\s+يوم)\s+"
            + month_ref.replace("PFX", "ndm")
            + year_ref.replace("PFX", "ndy"),
            # اول اسبوع بشهر اكتوبر 2014, الاسبوع الاخير في الشهر التاسع سنة 2014
            "nth_week": rf"(?:{nth.replace('PFX', 'nk')}\s+اسبوع|الاسبوع\s+{nth.replace('PFX', 'nk2')})\s+"
            + month_ref.replace("PFX", "nkm")
            + year_ref.replace("PFX", "nky"),
            # الاحد من الاسبوع الماضي, اثنين الاسبوع الحالي
            "weekday_of_week": rf"(?P<wkw>{weekday})\s+(?:من\s+)?"
            rf"(?:هذا\s+الاسبوع|الاسبوع\s+(?P<wks>{shift}))",
            # الثلاثاء التاسع عشر من هذا الشهر, الاول من شهر شباط, بداية شهر 3
            "day_of_month_ref": rf"(?:(?P<dorw>{weekday})\s+)?"
            rf"(?:(?P<dord>{ordinal}|\d{{1,2}})|(?P<dorb>بدايه|مطلع|اول))\s+"
            + month_ref.replace("PFX", "dor")
            + year_ref.replace("PFX", "dory"),
            # من 13 إلى 15 تموز: one span, an ISO 8601 interval
            "day_range": rf"{_PRE}(?:من\s+|بين\s+)?(?P<rga>\d{{1,2}}|{ordinal})\s*(?:الي|حتي|و|-|–)\s*"
            rf"(?P<rgb>\d{{1,2}}|{ordinal})\s+(?:من\s+)?(?:شهر\s+)?(?P<rgm>{month})"
            rf"(?:\s*[،,]?\s*{year_word}?(?P<rgy>(?:19|20)\d\d))?",
            # الساعة الثالثة بعد الظهر, الساعة العاشرة والنصف صباحا
            "clock_words": rf"{_PRE}الساعه\s+(?P<cwh>{ordinal})"
            rf"(?:\s+(?P<cwf>والنصف|والربع|الا\s+ربعا|الا\s+ربع))?"
            rf"(?:\s+(?P<cwp>صباحا|مساء|ظهرا|عصرا|ليلا|فجرا|بعد\s+الظهر|بعد\s+الظهيره))?",
            "holiday": rf"(?P<hol>{holidays})(?:\s+(?P<holy>(?:19|20)\d\d))?",
            "month_number_year": r"(?P<mny_m>\d{1,2})/(?P<mny_y>(?:19|20)\d\d)(?![/\d])",
            "day_month": rf"(?:(?P<dmw>{weekday})\s*[،,]?\s*(?:الموافق\s*)?)?(?:{_PRE}يوم\s+)?"
            + day.replace("PFX", "dm")
            + r"\s*(?:من\s+)?(?:شهر\s+)?"
            + paired.replace("PFX", "dm")
            + rf"(?:\s*[،,]?\s*{year_word}?(?P<dmy>(?:19|20)\d\d)(?:\s*م{_POST})?"
            rf"|\s+(?P<dmshift>{shift}))?",
            "month_year": rf"(?:(?P<mymod>{modifier})\s+)?(?:شهر\s+)?"
            + paired.replace("PFX", "my")
            + rf"\s*[،,]?\s*"
            rf"{year_word}?(?P<myy>(?:19|20)\d\d)(?:\s*م{_POST})?",
            "ago": rf"{_PRE}(?P<ad>منذ|قبل|بعد|خلال|من)\s+(?:(?P<an>\d+|{cardinal})\s+)?"
            rf"(?P<au>{unit}){_POST}",
            "since_year": rf"{_PRE}(?:منذ|حتي|خلال)\s+(?:عام\s+)?(?P<sy>(?:19|20)\d\d){_POST}",
            "year": rf"{_PRE}(?:(?P<ymod>{modifier})\s+)?(?:عام|العام|سنه|السنه)\s*"
            rf"(?P<yy>(?:19|20)\d\d){_POST}",
            "relative_period": rf"(?:(?P<rpmod>{modifier})\s+)?(?:{_PRE}(?P<rpthis>هذا|هذه)\s+)?"
            rf"(?P<rpu>الاسبوع|الشهر|العام|السنه)(?:\s+(?P<rps>{shift}))?{_POST}",
            "relative_day": rf"(?:(?P<rdpart>{part})\s+)?{_PRE}(?:يوم\s+)?(?:اليوم\s+(?:الذي\s+|الي\s+)?)?"
            rf"(?P<rd>{relative_day}){_POST}(?:\s+(?P<rds>{shift}))?",
            # a bare weekday without ال (احد is also "one of", اثنين "two") needs يوم before it
            # or a week after it
            "weekday": rf"(?:(?:(?P<wpart>{part})\s+|{_PRE}يوم\s+)?{_PRE}(?P<w>{weekday_definite})"
            rf"|{_PRE}يوم\s+(?P<wy>{weekday})|{_PRE}(?P<wb>{weekday})(?=\s+(?:من\s+)?(?:هذا\s+)?الاسبوع)){_POST}"
            rf"(?:\s+(?P<ws>{shift}))?",
            "modified_month": rf"(?P<mmmod>{modifier})\s+(?:شهر\s+)?(?P<mm>{month}){_POST}",
            "month": rf"(?:(?P<mctx>في|منذ|حتي|خلال|شهر|من|الي|او|و|قبل|بعد)\s+(?P<mc>{month})"
            rf"|{_PRE}(?P<ms>{month_safe})){_POST}(?:\s+(?P<mshift>{shift}))?",
            "time": r"(?P<th>\d{1,2}):(?P<tm>\d{2})(?::\d{2})?\s*(?P<tp>صباحا|صباح|مساء|مساءا|ص|م|am|pm)?"
            + _POST,
            "vague": rf"(?:{_PRE}(?:الايام|الاسابيع|الاشهر|الشهور|السنوات|الاعوام)"
            rf"(?:\s+و(?:الايام|الاسابيع|الاشهر))?"
            rf"\s+(?:الماضيه|المقبله|القادمه|الاخيره|الفائته))",
        }
        # Each kind is a pattern of its own, tried in this order at a position (as one alternation
        # of them all would be); only the kinds that can start with the character there are tried
        # (see first_characters), found once for each character met (word starts and digits).
        self._kinds = [
            (kind, pattern, first_characters(pattern))
            for kind, pattern in ((kind, re.compile(body)) for kind, body in alternatives.items())
        ]
        self._kinds_at: dict[str, list[tuple[str, re.Pattern]]] = {}
        # Pattern literals are written folded, as the text they run on (الى is الي, حتى is حتي).
        # Every expression contains one of these words (or a digit): find them first (see _anchors),
        # then try the grammar only at the word starts just before each, instead of trying every
        # alternative at every position of the text.
        heads = [
            *v.gregorian,
            *v.hijri,
            *v.weekdays,
            *v.relative_days,
            *v.units,
            *v.ordinals,
            *v.gregorian_holidays,
            *v.hijri_holidays,
            *v.easter,
            "اخر",
            "اول",
            "بدايه",
            "مطلع",
            "الاسبوع",
            "الشهر",
            "العام",
            "السنه",
            "الايام",
            "الاسابيع",
            "الاشهر",
            "الشهور",
            "السنوات",
            "الاعوام",
        ]
        self.heads = re.compile(words_pattern(heads))
        # the words a head can stand in: bare, or after one or two proclitics (وفي يناير، بالأمس)
        first_words = {head.split()[0] for head in heads}  # عيد الفطر: its first word stands alone
        self.anchor_words = {p + word for word in first_words for p in _PROCLITIC_PREFIXES}
        self.openers = {
            "يوم",
            "في",
            "منذ",
            "حتي",
            "خلال",
            "شهر",
            "من",
            "الي",
            "او",
            "و",
            "قبل",
            "بعد",
            "هذا",
            "هذه",
            "الموافق",
            "الساعه",
            "عام",
            "العام",
            "سنه",
            "السنه",
            *v.weekdays,
            *v.modifiers,
            *v.parts_of_day,
            *v.cardinals,
        }

    def _candidate_starts(self, text: str, anchor: int, floor: int) -> list[int]:
        """The anchor, and the starts of the words before it that can open an expression
        (يوم، في، منذ، a weekday, a modifier...), walking back at most four words."""
        starts = [anchor]
        end = anchor
        for _ in range(_WORDS_BACK):
            while end > floor and text[end - 1] in " ،,":
                end -= 1
            space = text.rfind(" ", floor, end)
            start = space + 1 if space >= 0 else floor
            word = text[start:end]
            opens = word in self.openers or word.lstrip("وفبل") in self.openers or word.isdigit()
            if not word or not opens:
                break
            starts.append(start)
            end = start
        return starts[::-1]

    def _anchors(self, text: str) -> list[int]:
        """Where the grammar is tried, in order: the first digit of each number, and each head word
        (a month, a weekday, أمس...) that stands as a whole word, bare or after one or two
        proclitics. The text's distinct words are looked up in a set (C speed) and the head pattern
        is matched only where a candidate stands; a head inside a longer word (اب in الانتخابات)
        opens no expression."""
        anchors = []
        for digit in _ASCII_DIGITS:  # the search folding writes every number in ASCII digits
            index = text.find(digit)
            while index >= 0:
                if index == 0 or not text[index - 1].isdecimal():
                    anchors.append(index)
                index = text.find(digit, index + 1)
        for index in occurrences(text, distinct_words(text) & self.anchor_words):
            if index and text[index - 1].isalpha():
                continue  # inside a longer word
            for proclitics in range(3):  # وفي يناير: try at و، at ف، at ي
                start = index + proclitics
                if proclitics and text[start - 1] not in _PROCLITICS:
                    break
                head = self.heads.match(text, start)
                if head and (head.end() == len(text) or not text[head.end()].isalpha()):
                    anchors.append(start)
                    break
        return sorted(anchors)

    def _match(self, text: str, start: int) -> tuple[str, re.Match] | None:
        """The first kind that matches at ``start``, and its match."""
        char = text[start : start + 1]
        kinds = self._kinds_at.get(char)
        if kinds is None:
            kinds = self._kinds_at[char] = [
                (kind, pattern) for kind, pattern, first in self._kinds if first is None or first.match(char)
            ]
        for kind, pattern in kinds:
            match = pattern.match(text, start)
            if match:
                return kind, match
        return None

    def find(self, text: str) -> list[Found]:
        found = []
        consumed = 0
        for anchor in self._anchors(text):
            if anchor < consumed:
                continue
            floor = max(consumed, anchor - _CHARS_BACK)
            best = kind = None
            for start in self._candidate_starts(text, anchor, floor):
                attempt = self._match(text, start)
                if attempt and attempt[1].end() > anchor and (best is None or attempt[1].end() > best.end()):
                    kind, best = attempt
            if best is None:
                continue
            consumed = best.end()
            match = best
            fields = {name: value for name, value in match.groupdict().items() if value}
            start, end = match.span()
            while start < end and text[start].isspace():
                start += 1
            fields["text"] = text[start:end]
            preceding = text[max(0, start - 24) : start].split()
            fields["before"] = preceding[-1] if preceding else ""
            found.append(Found(start, end, kind, fields))
        return found
