"""Date slots kept to one grain per outlet: an outlet's year or month does not crowd its own day's slot.

A date slot is one claim's date, and an outlet gives one version of it. Frames key a date by the
happening its words name, so one outlet's "Monday" of the arrest and its "this year" of the arrests
(or "last summer", "next month") land in one slot. The outlet then has two readings there that no
other outlet's slot can echo, and every join that would bring another outlet's day of the claim to it
is refused: the comparison the reader wants (Monday against Sunday) is never made. An outlet that
dates a happening to the day and, in the same slot, to a coarser span (a week, a month, a season, a
year, a period) tells two things: the day is its version of a day's claim, the span another claim or
the day said loosely. The coarse readings leave for a slot of their own, where outlets that give only
a month or a year of the claim still meet them.
"""

from __future__ import annotations

from consistency.model import DateValue, Fact
from consistency.values import clock_only

FINE_GRAINS = frozenset({"day", "time"})  # a date that names the day (and perhaps its moment)


def _fine(f: Fact) -> bool:
    v = f.value
    return isinstance(v, DateValue) and v.granularity in FINE_GRAINS and not clock_only(f)


COARSE_GRAINS = frozenset({"week", "month", "part_of_year", "year"})


def _coarse(f: Fact) -> bool:
    """A span longer than a day: a week, a month, a season, a year, or a period over several days ("from
    May to July"); a period within one day ("between 10 p.m. and 11 p.m.") is as fine as its clock times."""
    v = f.value
    if not isinstance(v, DateValue):
        return False
    if v.granularity == "period":
        return bool(v.start and v.end) and (v.start or "")[:10] != (v.end or "")[:10]
    return v.granularity in COARSE_GRAINS


def split_coarse_readings(slots: list[tuple[list[Fact], bool]]) -> list[tuple[list[Fact], bool]]:
    """Each slot -> its facts, less the spans coarser than a day of outlets that give a day there too;
    those spans, from every such outlet of the slot, form one slot of their own beside it."""
    out: list[tuple[list[Fact], bool]] = []
    for slot, strict in slots:
        with_day = {f.article_id for f in slot if _fine(f)}
        loose = [f for f in slot if f.article_id in with_day and _coarse(f)]
        if not loose or len(loose) == len(slot):
            out.append((slot, strict))
            continue
        ids = {f.id for f in loose}
        out.append(([f for f in slot if f.id not in ids], strict))
        out.append((loose, False))
    return out
