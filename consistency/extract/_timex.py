"""TimeML (TIMEX3) values for normalized dates: what a TimeML tool or corpus would write for them.

Our ``DateValue`` is an interval plus a granularity, which is what comparisons need; TimeML
writes one string per expression ("2024-W15", "2024-Q2", "199X", "2024-04-08TMO"). Most of
those follow from the interval (``timex_of``); the few that do not (a modifier that narrows the
interval while TimeML keeps the whole unit, a duration counted back from publication, a part
of the day) are set by the handler that knows, with the helpers below.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.model import DateValue

_SEASONS = {(3, 5): "SP", (6, 8): "SU", (9, 11): "FA", (12, 2): "WI"}
_PARTS = {(1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4", (1, 6): "H1", (7, 12): "H2"}
# Parts of the day as TimeML names them, with the clock hours we give them (inclusive).
DAY_PARTS: dict[str, tuple[str, int, int]] = {
    "morning": ("MO", 6, 11), "afternoon": ("AF", 12, 17), "evening": ("EV", 18, 21),
    "night": ("NI", 21, 23), "tonight": ("NI", 21, 23), "overnight": ("NI", 0, 5),
}  # fmt: skip
DURATION_UNITS = {
    "second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "fortnight": "W", "month": "M",
    "quarter": "Q", "year": "Y", "decade": "DE", "century": "CE",
}  # fmt: skip


def _date(iso: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def timex_of(value: DateValue) -> str | None:
    """The TimeML value that ``value``'s interval and granularity stand for, or None."""
    start, end = value.start, value.end
    if not start or not end:
        return None
    g = value.granularity
    if start.startswith("--"):  # year-less: --MM-DD
        if g == "day" and start == end:
            return "XXXX" + start[1:]
        if g == "month" and start[:4] == end[:4]:
            return "XXXX" + start[1:4]
        return None
    if g == "time":
        return start[:16] if start[:16] == end[:16] else None
    first, last = _date(start), _date(end)
    if first is None or last is None:
        return None
    if g == "day":
        return first.isoformat() if first == last else None
    if g == "month":
        return first.strftime("%Y-%m") if (first.year, first.month) == (last.year, last.month) else None
    if g == "year":
        if first.year == last.year:
            return f"{first.year:04d}"
        return _decade_or_century(first, last)
    if g == "week":
        if (last - first).days == 6 and first.weekday() == 0:
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}"
        if (last - first).days == 1 and first.weekday() == 5:
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}-WE"
        return None
    if g == "part_of_year":
        key = (first.month, last.month)
        if key in _PARTS and first.year == last.year:
            return f"{first.year:04d}-{_PARTS[key]}"
        if key in _SEASONS:
            return f"{first.year:04d}-{_SEASONS[key]}"
        return None
    if g == "period":
        return _decade_or_century(first, last)
    return None


def _decade_or_century(first: dt.date, last: dt.date) -> str | None:
    if (first.month, first.day, last.month, last.day) != (1, 1, 12, 31):
        return None
    span = last.year - first.year + 1
    if span == 10 and first.year % 10 == 0:
        return f"{first.year // 10:03d}X"
    if span == 100 and first.year % 100 == 0:
        return f"{first.year // 100:02d}"
    return None


def with_timex(value: DateValue, timex: str | None = None) -> DateValue:
    """``value`` carrying ``timex`` (or, when not given and not set, the one its interval stands for)."""
    if timex is None:
        if value.timex is not None:
            return value
        timex = timex_of(value)
        if timex is None:
            return value
    return dataclasses.replace(value, timex=timex)


def duration_timex(amount: float | None, unit: str) -> str | None:
    """'P2Y', 'PT48H', 'P1DE'; 'PXY' when the amount is vague ("several years"). None for unknown units."""
    code = DURATION_UNITS.get(unit)
    if code is None:
        return None
    if unit == "fortnight" and amount is not None:
        amount *= 2
    if unit in ("decade", "century") and amount is not None:  # TimeML corpora write "a decade" as P10Y
        amount, code = amount * (10 if unit == "decade" else 100), "Y"
    if amount is None:
        number = "X"
    elif amount == int(amount):
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    if code.startswith("T"):
        return f"PT{number}{code[1:]}"
    return f"P{number}{code}"
