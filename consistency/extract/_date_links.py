"""Dates read against each other: a range's two ends ("between March and May" is one period, its
later end never before its first) and dates counted from the date their sentence names ("a week
later", "the following year", "at 8 p.m.": the narrative's reference date, not publication).

The date extractor reads each expression on its own first; these passes then look at the
expressions of one sentence together.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from consistency.extract._date_calendar import day_value, last_day, month_value, shift, week_value, year_value
from consistency.model import DateValue

if TYPE_CHECKING:
    from consistency.extract.dates import _Resolver

def unit_value(day: dt.date, unit: str, relative: bool = True) -> DateValue:
    """The calendar unit (day, week, month, year) that holds ``day``."""
    if unit == "day":
        return day_value(day, relative)
    if unit == "week":
        return week_value(day, relative)
    if unit == "month":
        return month_value(day.year, day.month, relative)
    return year_value(day.year, relative)


# Between the two ends of a range: "to", "until", "through", a dash, or "and" after "between".
_RANGE_GAP = re.compile(r"[^\S\n]{0,3}(?:(?P<w>to|until|till|through|thru|and)|[-–—])[^\S\n]{0,3}\Z", re.IGNORECASE)
_RANGE_LEAD = re.compile(r"\b(?P<w>from|between)[^\S\n]{1,3}\Z", re.IGNORECASE)
# "moved the vote from May to June" is a change of date, not a range.
_CHANGE_BEFORE = re.compile(
    r"\b(?:mov|postpon|delay|push|bring|brought|reschedul|chang|shift|advanc|switch|put\s+off)\w*\b[^.;]{0,40}\Z",
    re.IGNORECASE,
)
_RANGE_UNITS = ("day", "week", "month", "part_of_year", "year")


# A bare hour before a clock time, as the first end of their range: "5 to 6pm", "from 9 to 11 a.m.",
# "between 4:00 and 7 o'clock" (the hour alone is no time; the range makes it one).
_BARE_FIRST_END = re.compile(
    r"(?:\b(?P<lead>from|between)[^\S\n]{1,3})?(?<![\w.,:$€£-])(?P<h>1[0-2]|0?[1-9])(?::(?P<mi>[0-5]\d))?"
    r"(?P<gap>[^\S\n]{0,3}[-–][^\S\n]{0,3}|[^\S\n]{1,3}(?P<w>to|and|until|till|through)[^\S\n]{1,3})\Z",
    re.IGNORECASE,
)


def _bare_first_ends(taken: list[tuple[int, int, DateValue]], r: _Resolver) -> list[tuple[int, int, DateValue]]:
    """A clock time with a bare hour before it that opens their range gets that hour as a time of its own,
    on the same day and the same side of noon when it fits ("5 to 6pm" is 17:00 to 18:00)."""
    out: list[tuple[int, int, DateValue]] = []
    for s, e, v in taken:
        m = _BARE_FIRST_END.search(r.text, max(0, s - 24), s) if _clock(v) else None
        if m is not None and (m.group("w") or "").lower() == "and" and (m.group("lead") or "").lower() != "between":
            m = None  # "5 and 6pm" is a list, not a range, without "between"
        if m is None or (out and out[-1][1] > m.start()):
            out.append((s, e, v))
            continue
        assert v.start is not None
        hour, minute = int(m.group("h")), int(m.group("mi") or 0)
        later = int(v.start[11:13])
        if later >= 12 and hour < 12 and (hour + 12) * 60 + minute <= later * 60 + int(v.start[14:16]):
            hour += 12
        iso = f"{v.start[:10]}T{hour:02d}:{minute:02d}"
        out.append((m.start("h"), m.end("h") if not m.group("mi") else m.end("mi"), DateValue(iso, iso, "time", True, v.relative)))
        out.append((s, e, v))
    return out


def _days_in_order(first: DateValue, second: DateValue) -> bool:
    """Two single days, the second after the first: without "from", the ends of a range only so."""
    return (
        first.granularity == second.granularity == "day" and first.resolved and second.resolved
        and first.start is not None and first.start == first.end and second.start is not None
        and second.start == second.end and not first.start.startswith("-") and second.start > first.start
    )


def _clock(v: DateValue) -> bool:
    return v.granularity == "time" and v.resolved and v.start is not None and v.start == v.end and "T" in v.start


def join_ranges(taken: list[tuple[int, int, DateValue]], r: _Resolver) -> list[tuple[int, int, DateValue]]:
    """Two dates that are the ends of one range: the later end read after the first ("from Monday to
    Wednesday" does not go back to last Wednesday; "between March and May" is this March to May) and,
    when ranges are joined, one period over both."""
    taken = _bare_first_ends(taken, r)
    out: list[tuple[int, int, DateValue]] = []
    i = 0
    while i < len(taken):
        s, e, v = taken[i]
        if i + 1 < len(taken):
            s2, e2, v2 = taken[i + 1]
            gap = _RANGE_GAP.match(r.text[e:s2]) if s2 - e <= 12 else None
            lead = _RANGE_LEAD.search(r.text, max(0, s - 10), s)
            word = (gap.group("w") or "-").lower() if gap else ""
            is_range = gap is not None and (
                (lead is not None and (word != "and" or lead.group("w").lower() == "between"))
                or (word != "and" and lead is None and word in ("-", "through", "thru"))
                or (word in ("to", "until", "till") and lead is None and _clock(v) and _clock(v2))  # "3:00 to 4:00"
                or (word == "to" and lead is None and _days_in_order(v, v2)  # "Feb 28th to March 1st"
                    and not _CHANGE_BEFORE.search(r.text, max(0, s - 50), s))
            )
            if is_range and lead is not None and _CHANGE_BEFORE.search(r.text, max(0, lead.start() - 50), lead.start()):
                is_range = False
            if is_range and _clock(v) and _clock(v2) and v.relative and (v.start or "")[:10] != (v2.start or "")[:10]:
                v = _on_day_of(v, v2)  # "3:00 to 4:00 tomorrow": the day written once, after both
            later = _after(v, v2) if is_range else None
            if later is not None:
                if r.join_ranges:
                    start = lead.start("w") if lead is not None else s
                    joined = DateValue(v.start, later.end, "period", True, v.relative or later.relative)
                    out.append((s if lead is None else start, e2, joined))
                    i += 2
                    continue
                out.append((s, e, v))
                out.append((s2, e2, later))
                i += 2
                continue
        out.append((s, e, v))
        i += 1
    return out


def _on_day_of(time: DateValue, other: DateValue) -> DateValue:
    assert time.start is not None and other.start is not None
    iso = other.start[:10] + time.start[10:]
    return DateValue(iso, iso, "time", True, time.relative)


def _after(first: DateValue, second: DateValue) -> DateValue | None:
    """``second`` read so that it does not come before ``first`` (a weekday a week on, a month or day a
    year on), or None when the two cannot be the ends of one range."""
    if not (first.resolved and second.resolved) or first.start is None or second.start is None:
        return None
    if first.granularity == second.granularity == "time" and "T" in first.start and "T" in second.start:
        if second.start >= first.start:
            return second  # "between 4 p.m. and 5 p.m."
        if second.start[:10] != first.start[:10] or second.end is None:
            return None
        following = (dt.date.fromisoformat(second.start[:10]) + dt.timedelta(days=1)).isoformat()
        # "from 10 p.m. to 2 a.m.": into the next day
        return DateValue(following + second.start[10:], following + second.end[10:], "time", True, second.relative)
    if first.granularity not in _RANGE_UNITS or second.granularity not in _RANGE_UNITS:
        return None
    if first.start.startswith("--") or second.start.startswith("--"):
        return second if second.start >= first.start else None
    if second.start >= first.start:
        return second
    a, b = dt.date.fromisoformat(first.start[:10]), dt.date.fromisoformat(second.start[:10])
    step = "week" if second.granularity == "day" and (a - b).days < 7 else "year"
    if step == "year" and (a - b).days > 366:
        return None  # "2019 to 2016": not a range we can read
    moved = shift(b, 1, step)
    if moved < a or second.end is None:
        return None
    end = shift(dt.date.fromisoformat(second.end[:10]), 1, step)
    if second.granularity == "month":
        end = end.replace(day=last_day(end.year, end.month))
    return DateValue(moved.isoformat(), end.isoformat(), second.granularity, True, second.relative)


def anchor_shifts(
    taken: list[tuple[int, int, DateValue]], r: _Resolver
) -> list[tuple[int, int, DateValue]]:
    """Read "a week later", "the following year", "at 8 p.m." against the date their sentence names
    before them (the narrative's reference date), when there is one; else publication stands.

    A year counted from a quarter stays a quarter ("the third quarter ... a year earlier" is the
    third quarter of the year before): the reference's granularity is kept when it is finer.
    """
    out = list(taken)
    for i, (s, e, v) in enumerate(taken):
        step = r.shifts.get((s, e)) or r.shifts.get(_untrimmed(r.shifts, s, e))
        if step is None:
            continue
        sentence_start, _ = r.sentence(s)
        reference = None
        for ps, pe, pv in reversed(out[:i]):
            # A clock time with no day in its sentence is on the day the story last named ("Monday
            # ... about 9 a.m."); other steps count only from their own sentence's date.
            narrative = step[1] == "time" or step[1].startswith("part:") or (s, e) in r.narrative
            if pe <= sentence_start and not narrative:
                break
            if (ps, pe) in r.shifts or not pv.resolved or pv.start is None or pv.start.startswith("--"):
                continue
            if pv.granularity == "period" or (pe <= sentence_start and pv.granularity not in ("day", "time")):
                continue
            if step[1] == "time" and _ahead_of_a_past_clock(pv, r, s, e):
                continue
            reference = pv
            break
        if reference is None or reference.start is None or reference.end is None:
            continue
        if ((s, e) in r.ago or _untrimmed(r.shifts, s, e) in r.ago) and reference.granularity not in (
            "part_of_year",
            "month",
        ):
            continue  # "two years ago" counts from publication unless it names a period's year-earlier twin
        amount, unit = step
        if (s, e) in r.calendar or _untrimmed(r.shifts, s, e) in r.calendar:
            # "from the previous year": that whole year, even after "last month"
            moved = shift(dt.date.fromisoformat(reference.start[:10]), amount, unit)
            out[i] = (s, e, unit_value(moved, unit))
            continue
        anchored = _shift_value(reference, amount, unit, v, _HALF_NAMED.search(r.text, s, e) is None)
        if anchored is not None:
            out[i] = (s, e, anchored)
    return out


def _ahead_of_a_past_clock(reference: DateValue, r: _Resolver, s: int, e: int) -> bool:
    """A day after publication is no day for a clock time its sentence tells in the past ("the bill passed at
    2215 GMT" after a sentence naming the day the law starts, "September 1 next year"): what has happened cannot
    have happened on a day still to come, so the clock looks further back for the story's day."""
    return (
        r.published is not None
        and reference.start is not None
        and reference.start[:10] > r.published.isoformat()[:10]
        and r.tense(s, e) == "past"
    )


# Parts of the day after noon, each with the last morning hour that read twelve hours on falls in it.
_AFTERNOON_PARTS = {"AF": 6, "EV": 11}
# A clock's own words that name its half of the day, or a 24-hour reading ("03:45"): it is read as written.
_HALF_NAMED = re.compile(
    r"\b[ap]\.?\s?m\b\.?|\b(?:morning|afternoon|evening|night|tonight|noon|midday|midnight|hours|GMT|UTC)\b"
    r"|(?<!\d)[01]\d[:.h]?\d\d(?!\d)|(?<!\d)2[0-3][:.h]?[0-5]\d(?!\d)",  # ("0440 GMT", "21:40 hours")
    re.IGNORECASE,
)


def _untrimmed(shifts: dict[tuple[int, int], tuple[int, str]], s: int, e: int) -> tuple[int, int]:
    for key in shifts:
        if key[0] <= s and e <= key[1] and (key[1] - key[0]) - (e - s) <= 3:
            return key
    return (s, e)


def _shift_value(
    reference: DateValue, amount: int, unit: str, value: DateValue, unnamed_half: bool = False
) -> DateValue | None:
    assert reference.start is not None and reference.end is not None
    start = dt.date.fromisoformat(reference.start[:10])
    if unit.startswith("part:"):  # "the early hours": that part of the reference's day
        if reference.granularity not in ("day", "time") or reference.start[:10] != reference.end[:10]:
            return None
        iso = start.isoformat()
        return DateValue(iso, iso, "day", True, True, f"{iso}T{unit[5:]}")
    if unit == "time":  # a clock time on the reference's day
        if reference.granularity not in ("day", "time") or reference.start[:10] != reference.end[:10]:
            return None
        if value.start is None or "T" not in value.start:
            return None
        clock = value.start.split("T")[1]
        part = (reference.timex or "").rpartition("T")[2]
        if unnamed_half and part in _AFTERNOON_PARTS and clock[:2].isdigit() and 1 <= int(clock[:2]) <= _AFTERNOON_PARTS[part]:
            # "on Friday afternoon ... at twenty past two": a clock that names no half of the day is in the
            # part of the day its reference names (a morning reading there would be no afternoon at all)
            clock = f"{int(clock[:2]) + 12:02d}{clock[2:]}"
        iso = f"{start.isoformat()}T{clock}"
        return DateValue(iso, iso, "time", True, True)
    moved = shift(start, amount, unit)
    g = reference.granularity
    rank = {"time": 0, "day": 1, "week": 2, "month": 3, "part_of_year": 4, "year": 5}
    if g not in rank or rank.get(g, 9) > rank.get(unit, 9):
        return unit_value(moved, unit)  # the reference is coarser than the step: the step's unit
    if g in ("day", "time"):
        return day_value(moved, True)
    if g == "part_of_year" and unit == "year":
        end = dt.date.fromisoformat(reference.end[:10])
        return DateValue(moved.isoformat(), shift(end, amount, "year").isoformat(), g, True, True)
    if g in ("week", "month", "year"):
        return unit_value(moved, g)
    return unit_value(moved, unit)
