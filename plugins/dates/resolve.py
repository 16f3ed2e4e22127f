"""From what the grammar read to an ISO 8601 value at the expression's own grain.

``resolve`` takes a :class:`~.grammar.Found`, the reference day and a direction, and returns
``(value, grain, calendar)``; ``value`` is None where the expression cannot be resolved (no
reference day for a relative expression, an impossible date, a vague span).

Where the text does not say which occurrence it means — a bare weekday or month, a day and month
without a year — the direction decides: ``nearest`` takes the occurrence closest to the reference
day (a tie goes to the past: news reports more than it announces), ``future`` the next one
strictly after it (Duckling's reading of a bare weekday), ``past`` the last one before it. Tense
cues around the expression (``سيتحدث``, ``سوف``, ``المقبل`` / ``قال``, ``كان``) turn ``nearest``
into the future or the past, the reference day itself included.
"""

from __future__ import annotations

import datetime as dt

from .grammar import Found, Vocabulary

Resolved = tuple[str | None, str, str | None]
_PLURAL_UNITS = {"ايام", "اسابيع", "اشهر", "شهور", "اعوام", "سنوات", "سنين"}


def _number(text: str | None, vocabulary: Vocabulary, table: dict[str, int]) -> int | None:
    if text is None:
        return None
    text = " ".join(text.split())
    return int(text) if text.isdigit() else table.get(text)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _pick(candidates: list[dt.date], reference: dt.date, direction: str) -> dt.date:
    """The occurrence the direction asks for, among candidates around the reference day."""
    if direction == "future":
        later = [c for c in candidates if c > reference]
        return min(later) if later else max(candidates)
    if direction == "future_or_today":
        later = [c for c in candidates if c >= reference]
        return min(later) if later else max(candidates)
    if direction == "past":
        earlier = [c for c in candidates if c < reference]
        return max(earlier) if earlier else min(candidates)
    if direction == "past_or_today":
        earlier = [c for c in candidates if c <= reference]
        return max(earlier) if earlier else min(candidates)
    return min(candidates, key=lambda c: (abs((c - reference).days), c > reference))


def _hijri(year: int, month: int, day: int) -> dt.date | None:
    from hijridate import Hijri

    try:
        gregorian = Hijri(year, month, day).to_gregorian()  # Umm al-Qura, 1343–1500 AH
    except (ValueError, OverflowError):
        if day != 30:
            return None
        # the 30th of a month Umm al-Qura gives 29 days (a sighting gave it 30): the next day
        before = _hijri(year, month, 29)
        return before + dt.timedelta(days=1) if before else None
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def _shift_direction(shift: int | None, direction: str) -> str:
    if shift == 1:
        return "future"
    if shift == -1:
        return "past"
    return direction


def resolve(
    found: Found, vocabulary: Vocabulary, reference: dt.date | None, direction: str, calendar: str = "auto"
) -> Resolved | None:
    """The value of one expression; None when the match is not a date after all."""
    f, v, kind = found.fields, vocabulary, found.kind
    if kind == "hijri_date":
        day = _number(f.get("hd"), v, v.ordinals)
        month = v.hijri.get(" ".join(f["hm"].split()))
        gregorian = _hijri(int(f["hy"]), month, day) if day and month else None
        return (gregorian.isoformat() if gregorian else None, "day", "hijri")
    if kind == "numeric":
        day, month, year_text = int(f["nd"]), int(f["nm"]), f["ny"]
        year = int(year_text)
        hijri = calendar == "hijri" or f.get("nsuffix") == "ه" or 1300 <= year < 1600
        if len(year_text) == 2:
            if hijri:
                year = 1400 + year if year < 43 else 1300 + year
            else:
                year = 2000 + year if year < 50 else 1900 + year
        if not hijri and month > 12 and day <= 12:
            day, month = month, day  # 12/30/2021: month first
        if hijri:
            gregorian = _hijri(year, month, day)
            return (gregorian.isoformat() if gregorian else None, "day", "hijri")
        if not 1000 <= year <= 2999:
            return None
        date = _date(year, month, day)
        return (date.isoformat() if date else None, "day", "gregorian")
    if kind == "iso":
        date = _date(int(f["iy"]), int(f["im"]), int(f["id"]))
        return (date.isoformat() if date else None, "day", "gregorian")
    if kind == "day_month":
        day = _number(f.get("dmdn") or f.get("dmdo"), v, v.ordinals)
        month = v.gregorian[" ".join(f["dmm"].split())]
        if "dmy" in f:
            date = _date(int(f["dmy"]), month, day)
            return (date.isoformat() if date else None, "day", "gregorian")
        if reference is None:
            return (None, "day", "gregorian")
        shift = v.shifts.get(f.get("dmshift", ""))
        if _shift_direction(shift, direction) == "future":
            # Duckling's reading: the first year whose month is not over yet
            year, _ = _pick_month(month, reference, "future_or_today")
            date = _date(year, month, day)
            return (date.isoformat() if date else None, "day", "gregorian")
        candidates = [
            d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := _date(y, month, day))
        ]
        if not candidates:
            return (None, "day", "gregorian")
        return (
            _pick(candidates, reference, _shift_direction(shift, direction)).isoformat(),
            "day",
            "gregorian",
        )
    if kind in _MONTH_REFERENCES:
        return _month_reference_kind(found, v, reference, direction)
    if kind == "day_range":
        month = v.gregorian[" ".join(f["rgm"].split())]
        first, last = _number(f["rga"], v, v.ordinals), _number(f["rgb"], v, v.ordinals)
        if not first or not last:
            return None
        if f.get("rgy"):
            year = int(f["rgy"])
        elif reference is not None:
            year, _ = _pick_month(month, reference, _month_direction(direction))
        else:
            return (None, "day", "gregorian")
        start, end = _date(year, month, first), _date(year, month, last)
        if not start or not end or end < start:
            return None
        return (f"{start.isoformat()}/{end.isoformat()}", "day", "gregorian")
    if kind == "clock_words":
        hour = _number(f["cwh"], v, v.ordinals)
        if not hour or hour > 12:
            return None
        minute = {"والنصف": 30, "والربع": 15}.get(f.get("cwf", ""), 0)
        if f.get("cwf", "").startswith("الا"):
            hour, minute = hour - 1, 45
        period = " ".join(f.get("cwp", "").split())
        afternoon = period in ("مساء", "ظهرا", "عصرا", "بعد الظهر", "بعد الظهيره")
        if hour < 12 and (afternoon or (period == "ليلا" and hour >= 6)):
            hour += 12
        clock = f"T{hour % 24:02d}:{minute:02d}"
        return (f"{reference.isoformat()}{clock}" if reference else clock, "minute", "gregorian")
    if kind == "holiday":
        return _holiday(f, v, reference, direction)
    if kind == "month_number_year":
        month = int(f["mny_m"])
        return (f"{int(f['mny_y']):04d}-{month:02d}", "month", "gregorian") if 1 <= month <= 12 else None
    if kind == "month_year":
        month = v.gregorian[" ".join(f["mym"].split())]
        return (f"{int(f['myy']):04d}-{month:02d}", "month", "gregorian")
    if kind in ("since_year", "year"):
        return (f.get("sy") or f.get("yy"), "year", "gregorian")
    if kind == "ago":
        grain = v.units[" ".join(f["au"].split())]
        if f["ad"] == "خلال":
            return (None, grain, None)  # "within two days": a duration, not a point in time
        unit_word = " ".join(f["au"].split())
        count = _number(f.get("an"), v, v.cardinals)
        if count is None:
            if unit_word in _PLURAL_UNITS:
                return None  # "بعد أسابيع": weeks later, no number
            count = 2 if unit_word.endswith(("ين", "ان")) else 1
        if reference is None:
            return (None, grain, None)
        sign = 1 if f["ad"] == "بعد" else -1
        return (_moved(reference, grain, sign * count), "day" if grain == "week" else grain, "gregorian")
    if kind == "relative_period":
        shift = v.shifts.get(f.get("rps", "")) if "rps" in f else (0 if "rpthis" in f else None)
        if shift is None:
            return None  # "الشهر" alone is not a date
        grain = {"الاسبوع": "week", "الشهر": "month", "العام": "year", "السنه": "year"}[f["rpu"]]
        if reference is None:
            return (None, grain, "gregorian")
        return (_period(reference, grain, shift), grain, "gregorian")
    if kind == "relative_day":
        if f.get("before") in v.figurative_today and f["rd"] == "اليوم":
            return None  # "في واقع اليوم": today's, not a date
        if reference is None:
            return (None, "day", "gregorian")
        offset = v.relative_days[" ".join(f["rd"].split())]
        if offset == 0 and "rds" in f:  # اليوم الماضي / اليوم التالي
            offset = v.shifts[" ".join(f["rds"].split())]
        return ((reference + dt.timedelta(days=offset)).isoformat(), "day", "gregorian")
    if kind == "weekday":
        if reference is None:
            return (None, "day", "gregorian")
        weekday = v.weekdays[" ".join((f.get("w") or f.get("wy") or f["wb"]).split())]
        shift = v.shifts.get(f.get("ws", "")) if "ws" in f else None
        if shift == 0:  # "الاثنين الحالي": this week's
            monday = reference - dt.timedelta(days=reference.weekday())
            return ((monday + dt.timedelta(days=weekday - 1)).isoformat(), "day", "gregorian")
        candidates = [
            reference + dt.timedelta(days=d)
            for d in range(-7, 8)
            if (reference.weekday() + d) % 7 == weekday - 1
        ]
        return (
            _pick(candidates, reference, _shift_direction(shift, direction)).isoformat(),
            "day",
            "gregorian",
        )
    if kind in ("modified_month", "month"):
        name = f.get("mm") or f.get("mc") or f.get("ms")
        month = v.gregorian[" ".join(name.split())]
        if reference is None:
            return (None, "month", "gregorian")
        shift = v.shifts.get(f.get("mshift", "")) if "mshift" in f else None
        chosen = _pick_month(month, reference, _shift_direction(shift, _month_direction(direction)))
        return (f"{chosen[0]:04d}-{chosen[1]:02d}", "month", "gregorian")
    if kind == "time":
        hour, minute = int(f["th"]), int(f["tm"])
        period = f.get("tp", "")
        if period in ("مساء", "مساءا", "م", "pm") and hour < 12:
            hour += 12
        elif period in ("صباحا", "صباح", "ص", "am") and hour == 12:
            hour = 0
        if hour > 23 or minute > 59:
            return None
        clock = f"T{hour:02d}:{minute:02d}"  # the day comes from a date before it, or the reference
        return (f"{reference.isoformat()}{clock}" if reference else clock, "minute", "gregorian")
    if kind == "vague":
        text = found.fields.get("text", "")
        grain = "week" if "اسابيع" in text else "month" if ("اشهر" in text or "شهور" in text) else "day"
        return (None, "year" if ("سنوات" in text or "اعوام" in text) else grain, None)
    return None


def _pick_month(month: int, reference: dt.date, direction: str) -> tuple[int, int]:
    """(year, month) of the occurrence of ``month`` the direction asks for, counted in months."""
    here = reference.year * 12 + reference.month - 1
    options = [(year * 12 + month - 1) for year in (reference.year - 1, reference.year, reference.year + 1)]
    if direction in ("future", "future_or_today"):
        later = [o for o in options if o > here or (o == here and direction == "future_or_today")]
        index = min(later)
    elif direction in ("past", "past_or_today"):
        earlier = [o for o in options if o < here or (o == here and direction == "past_or_today")]
        index = max(earlier)
    else:
        index = min(options, key=lambda o: (abs(o - here), o > here))  # a tie goes to the past
    return index // 12, index % 12 + 1


def _month_direction(direction: str) -> str:
    # a month equal to the reference month is "this month" whatever the direction
    return {"future": "future_or_today", "past": "past_or_today"}.get(direction, direction)


def _moved(reference: dt.date, grain: str, amount: int) -> str:
    if grain == "day":
        return (reference + dt.timedelta(days=amount)).isoformat()
    if grain == "week":
        return (reference + dt.timedelta(weeks=amount)).isoformat()
    if grain == "month":
        index = reference.year * 12 + reference.month - 1 + amount
        return f"{index // 12:04d}-{index % 12 + 1:02d}"
    return f"{reference.year + amount:04d}"


def _period(reference: dt.date, grain: str, shift: int) -> str:
    if grain == "week":
        year, week, _ = (reference + dt.timedelta(weeks=shift)).isocalendar()
        return f"{year:04d}-W{week:02d}"
    return _moved(reference, grain, shift)


_MONTH_REFERENCES = {
    "nth_weekday": "nwm",
    "nth_day": "ndm",
    "nth_week": "nkm",
    "day_of_month_ref": "dor",
    "weekday_of_week": None,
}
_LAST = {"اخر", "الاخير", "الاخيره"}
_FIRST = {"اول", "الاول", "الاولي", "بدايه", "مطلع"}


def _nth(text: str | None, v: Vocabulary) -> int | None:
    if text is None:
        return None
    text = " ".join(text.split())
    if text in _LAST:
        return -1
    if text in _FIRST:
        return 1
    return int(text) if text.isdigit() else v.ordinals.get(text)


def _month_of(
    f: dict, prefix: str, v: Vocabulary, reference: dt.date | None, direction: str
) -> tuple[int, int] | None:
    """(year, month) of a month reference: a name, a number, an ordinal, or relative."""
    if f.get(prefix + "mn"):
        month = v.gregorian[" ".join(f[prefix + "mn"].split())]
    elif f.get(prefix + "mc"):
        month = _number(f[prefix + "mc"], v, v.cardinals)
    elif f.get(prefix + "mo"):
        month = _number(f[prefix + "mo"], v, v.ordinals)
    else:  # هذا الشهر / الشهر القادم
        if reference is None:
            return None
        shift = v.shifts.get(" ".join(f.get(prefix + "ms", "").split()), 0)
        index = reference.year * 12 + reference.month - 1 + shift
        return index // 12, index % 12 + 1
    if not month or not 1 <= month <= 12:
        return None
    year_prefix = prefix[:-1] + "y" if prefix.endswith("m") else prefix + "y"
    for key in (year_prefix + "y", year_prefix + "y2"):
        if f.get(key):
            return int(f[key]), month
    if reference is None:
        return None
    if f.get(year_prefix + "ys"):
        return reference.year + v.shifts[" ".join(f[year_prefix + "ys"].split())], month
    return _pick_month(month, reference, _month_direction(direction))


def _month_reference_kind(
    found: Found, v: Vocabulary, reference: dt.date | None, direction: str
) -> Resolved | None:
    f, kind = found.fields, found.kind
    if kind == "weekday_of_week":
        if reference is None:
            return (None, "day", "gregorian")
        weekday = v.weekdays[" ".join(f["wkw"].split())]
        shift = v.shifts.get(" ".join(f.get("wks", "").split()), 0)
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(weeks=shift)
        return ((monday + dt.timedelta(days=weekday - 1)).isoformat(), "day", "gregorian")
    month_of = _month_of(f, _MONTH_REFERENCES[kind], v, reference, direction)
    if month_of is None:
        return (None, "week" if kind == "nth_week" else "day", "gregorian")
    year, month = month_of
    first = dt.date(year, month, 1)
    month_days = [first + dt.timedelta(days=i) for i in range(31)]
    month_days = [d for d in month_days if d.month == month]
    if kind == "day_of_month_ref":
        day = 1 if f.get("dorb") else _nth(f.get("dord"), v)
        date = _date(year, month, day) if day else None
        return (date.isoformat() if date else None, "day", "gregorian")
    if kind == "nth_day":
        n = _nth(f.get("ndn") or f.get("nd2n"), v)
        date = month_days[-1] if n == -1 else (_date(year, month, n) if n else None)
        return (date.isoformat() if date else None, "day", "gregorian")
    if kind == "nth_week":
        # weeks are Monday to Sunday; the first week is the first one wholly in the month
        n = _nth(f.get("nkn") or f.get("nk2n"), v)
        full = [d for d in month_days if d.weekday() == 0 and (d + dt.timedelta(days=6)).month == month]
        if not n or not full or n > len(full):
            return (None, "week", "gregorian")
        year_, week, _ = (full[-1] if n == -1 else full[n - 1]).isocalendar()
        return (f"{year_:04d}-W{week:02d}", "week", "gregorian")
    weekday = v.weekdays[" ".join((f.get("nww") or f["nww2"]).split())]
    n = _nth(f.get("nwn") or f.get("nw2n"), v)
    days = [d for d in month_days if d.isoweekday() == weekday]
    if not n or n > len(days):
        return (None, "day", "gregorian")
    return ((days[-1] if n == -1 else days[n - 1]).isoformat(), "day", "gregorian")


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month = (h + weekday - 7 * m + 114) // 31
    day = (h + weekday - 7 * m + 114) % 31 + 1
    return dt.date(year, month, day)


def _holiday(f: dict, v: Vocabulary, reference: dt.date | None, direction: str) -> Resolved:
    name = " ".join(f["hol"].split())
    if f.get("holy"):
        years = [int(f["holy"])]
    elif reference is not None:
        years = [reference.year - 1, reference.year, reference.year + 1]
    else:
        return (None, "day", "gregorian")
    candidates: list[dt.date] = []
    for year in years:
        if name in v.gregorian_holidays:
            candidates.append(dt.date(year, *v.gregorian_holidays[name]))
        elif name in v.easter:
            candidates.append(_easter(year))
        else:
            month, day = v.hijri_holidays[name]
            around = round((year - 622) * 1.0307)  # the Hijri years that overlap this Gregorian one
            for hijri_year in range(around - 1, around + 3):
                date = _hijri(hijri_year, month, day)
                if date and date.year == year:
                    candidates.append(date)
    if not candidates:
        return (None, "day", "gregorian")
    if f.get("holy") or reference is None:
        return (min(candidates).isoformat(), "day", "gregorian")
    return (_pick(candidates, reference, direction).isoformat(), "day", "gregorian")
