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
        return None
    return dt.date(gregorian.year, gregorian.month, gregorian.day)


def _shift_direction(shift: int | None, direction: str) -> str:
    if shift == 1:
        return "future"
    if shift == -1:
        return "past"
    return direction


def resolve(
    found: Found, vocabulary: Vocabulary, reference: dt.date | None, direction: str
) -> Resolved | None:
    """The value of one expression; None when the match is not a date after all."""
    f, v, kind = found.fields, vocabulary, found.kind
    if kind == "hijri_date" or kind == "hijri_numeric":
        day = _number(f.get("hd") or f.get("nhd"), v, v.ordinals)
        month = v.hijri.get(" ".join(f["hm"].split())) if "hm" in f else int(f["nhm"])
        year = int(f.get("hy") or f.get("nhy"))
        gregorian = _hijri(year, month, day) if day and month else None
        return (gregorian.isoformat() if gregorian else None, "day", "hijri")
    if kind == "numeric":
        day, month, year = int(f["nd"]), int(f["nm"]), int(f["ny"])
        if month > 12 and day <= 12:
            day, month = month, day  # 12/30/2021: month first
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
        if hour > 23 or minute > 59 or reference is None:
            return (None, "minute", None)
        return (f"{reference.isoformat()}T{hour:02d}:{minute:02d}", "minute", "gregorian")
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
