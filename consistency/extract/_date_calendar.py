"""Calendar arithmetic for the date extractor: month lengths, shifts, ISO strings for ranges."""

from __future__ import annotations

import calendar
import datetime as dt

from consistency.model import GRANULARITIES, DateValue, Granularity

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "couple": 2,
    "a couple of": 2, "couple of": 2,
}  # fmt: skip


def number_value(word: str) -> int | None:
    """'nine' -> 9, '12' -> 12, 'twenty-four' -> 24; None for anything else."""
    word = word.lower().strip()
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = word.replace(" ", "-").split("-")
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= last_day(year, month)


class OutOfCalendar(ValueError):
    """A shift past the calendar the dates are written in: "3,000 years ago" is before the year 1, which no
    ``datetime.date`` holds (nor a year past 9999). The reader takes no date from such a phrase."""


def add_months(day: dt.date, months: int) -> dt.date:
    """Shift by whole months, clamping the day (31 March - 1 month = 29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    if not dt.MINYEAR <= year <= dt.MAXYEAR:
        raise OutOfCalendar(f"year {year} is outside the calendar")
    return dt.date(year, month, min(day.day, last_day(year, month)))


def shift(day: dt.date, amount: int, unit: str) -> dt.date:
    """``day`` moved by ``amount`` units (day, week, month, year, decade); negative goes back."""
    try:
        if unit == "day":
            return day + dt.timedelta(days=amount)
        if unit == "week":
            return day + dt.timedelta(weeks=amount)
    except OverflowError as exc:  # ("a million days ago")
        raise OutOfCalendar(str(exc)) from exc
    if unit == "month":
        return add_months(day, amount)
    if unit == "year":
        return add_months(day, 12 * amount)
    if unit == "decade":
        return add_months(day, 120 * amount)
    if unit == "century":
        return add_months(day, 1200 * amount)
    raise ValueError(unit)


def day_value(day: dt.date, relative: bool = False) -> DateValue:
    iso = day.isoformat()
    return DateValue(iso, iso, "day", True, relative)


def range_value(start: dt.date, end: dt.date, granularity: Granularity, relative: bool = False) -> DateValue:
    return DateValue(start.isoformat(), end.isoformat(), granularity, True, relative)


def month_value(year: int, month: int, relative: bool = False) -> DateValue:
    return range_value(dt.date(year, month, 1), dt.date(year, month, last_day(year, month)), "month", relative)


def year_value(year: int, relative: bool = False) -> DateValue:
    return range_value(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", relative)


def week_value(day: dt.date, relative: bool = True) -> DateValue:
    """The Monday..Sunday week that holds ``day``."""
    monday = day - dt.timedelta(days=day.weekday())
    return range_value(monday, monday + dt.timedelta(days=6), "week", relative)


def yearless_value(
    month: int, first: int, last: int | None = None, granularity: Granularity = "day", relative: bool = False
) -> DateValue:
    """ISO year-less ``--MM-DD`` bounds for an undated article (29 February allowed: the year is unknown)."""
    last = first if last is None else last
    return DateValue(f"--{month:02d}-{first:02d}", f"--{month:02d}-{last:02d}", granularity, False, relative)


def unresolved(granularity: Granularity, relative: bool = True) -> DateValue:
    return DateValue(None, None, granularity, False, relative)


def month_span_days(year: int | None, month: int, part: str | None) -> tuple[int, int]:
    """First and last day of the part of a month: early 1-10, mid 11-20, late 21-end, or all of it."""
    end = last_day(year, month) if year is not None else (29 if month == 2 else last_day(2023, month))
    if part in ("early", "beginning", "start"):
        return 1, 10
    if part in ("mid", "middle"):
        return 11, 20
    if part in ("late", "end", "close"):
        return 21, end
    return 1, end


# Parts of a year as (first month, last month). "The end of" is a quarter (the spec's example); "late" is
# looser (a third); seasons are meteorological, northern hemisphere (news English default).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "beginning": (1, 3), "start": (1, 3), "early": (1, 4),
    "middle": (5, 8), "mid": (5, 8),
    "late": (9, 12), "end": (10, 12), "close": (10, 12),
    "q1": (1, 3), "q2": (4, 6), "q3": (7, 9), "q4": (10, 12),
    "h1": (1, 6), "h2": (7, 12),
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 14),
}  # fmt: skip


def year_part_value(year: int, part: str, relative: bool = False) -> DateValue:
    first, last = YEAR_PARTS[part]
    start = dt.date(year, first, 1)
    end_year, end_month = (year + 1, last - 12) if last > 12 else (year, last)
    end = dt.date(end_year, end_month, last_day(end_year, end_month))
    return range_value(start, end, "part_of_year", relative)


def anchor_period(published: dt.date, precision: str) -> tuple[dt.date, dt.date]:
    """First and last day the article may have been published on: its month or year, else the day."""
    if precision == "month":
        return published.replace(day=1), published.replace(day=last_day(published.year, published.month))
    if precision == "year":
        return dt.date(published.year, 1, 1), dt.date(published.year, 12, 31)
    return published, published


def coarser(*granularities: str) -> Granularity:
    """The coarsest of the granularities ("day" and "month" -> "month"); unknown names count as "period"."""
    ranks = [GRANULARITIES.index(g) if g in GRANULARITIES else len(GRANULARITIES) - 1 for g in granularities]
    return GRANULARITIES[max(ranks)]  # type: ignore[return-value]


def calendar_unit(start: dt.date, end: dt.date) -> Granularity | None:
    """ "month" or "year" when start..end is exactly one calendar month or year, else None."""
    if start.day != 1 or start.year != end.year:
        return None
    if start.month == 1 and (end.month, end.day) == (12, 31):
        return "year"
    if start.month == end.month and end.day == last_day(end.year, end.month):
        return "month"
    return None
