"""Settings of the ``dates`` stage: light, so that listing and checking pipelines stays fast."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class DatesSettings:
    """Settings of the ``dates`` stage (``[stages.dates]`` in a pipeline file)."""

    #: Which occurrence a bare weekday or month means when the text gives no tense cue:
    #: ``nearest`` to the reference day, the next one (``future``) or the last one (``past``).
    direction: Literal["nearest", "future", "past"] = "nearest"
    #: Without ``meta.published``, take the reference day from a date at the head of the article
    #: (its dateline), if there is one.
    dateline_reference: bool = True
    #: Look at the tense of the words around a bare weekday or month (سيتحدث / قال).
    tense_cues: bool = True
    #: How numeric dates (14-09-1432, 30/12/2021) are read: ``auto`` takes years 1300–1599 or a
    #: هـ after the date for Hijri, the rest for Gregorian; ``hijri`` reads them all as Hijri
    #: (and a two-digit year 33 as 1433, 90 as 1390).
    calendar: Literal["auto", "hijri"] = "auto"
    #: Find dates in boilerplate too (off: only the body; a share widget has no dates worth keeping).
    include_boilerplate: bool = False
