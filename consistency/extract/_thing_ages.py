"""A thing's age gives the year it began: "the 38-year-old silo" was built 38 years before the story, as
"built 38 years ago" says, and an outlet that writes "commissioned in 2097" gives the same year or another.

Why a date, not only a figure: one outlet gives the year, another the age, and only the year can be set
against both. The year is read as the date reader reads "38 years ago" (the publication year less the age;
with a publication date known to the year only, every year it allows). Only things named in
``aged_things.yaml`` (buildings, machines, bodies, customs): a person's age stays a figure, compared with
other ages.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from pathlib import Path

import yaml

from consistency.extract._figure_tables import ONES, TEENS, TENS
from consistency.model import DateValue

_THINGS_FILE = Path(__file__).with_name("aged_things.yaml")
_WORD_NUMBERS = {**ONES, **TEENS, **TENS}
_NUMBER = rf"(?P<n>[1-9]\d{{0,2}}|(?:{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))})(?:-(?P<u>{'|'.join(ONES)}))?)"
# "the 38-year-old silo", "its 83-year-old grain hall", "the thirty-eight-year-old tower": up to two words
# between the age and the thing.
_AGED = re.compile(
    rf"(?<![\w-]){_NUMBER}[-\s]years?[-\s]old\s+(?P<words>[a-z]+(?:[-\s][a-z]+){{0,2}})",
    re.IGNORECASE,
)


@functools.cache
def aged_things() -> frozenset[str]:
    """The nouns of ``aged_things.yaml``."""
    data = yaml.safe_load(_THINGS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in data.get("things") or ())


def _age(m: re.Match[str]) -> int | None:
    raw = m.group("n").lower()
    if raw.isdigit():
        return int(raw)
    head = raw.split("-")[0]
    value = _WORD_NUMBERS.get(head)
    if value is None:
        return None
    return value + (ONES[m.group("u").lower()] if m.group("u") else 0)


def thing_age_years(text: str, first_year: int, last_year: int) -> list[tuple[int, int, DateValue]]:
    """(start, end, year) of each age of a known thing in ``text``, for a story published in a year from
    ``first_year`` to ``last_year``; the span is the age ("38-year-old")."""
    if "old" not in text:
        return []
    things = aged_things()
    found = []
    for m in _AGED.finditer(text):
        words = re.split(r"[-\s]+", m.group("words").lower())
        if not any(w in things for w in words):
            continue
        age = _age(m)
        if age is None or age > first_year:
            continue
        low, high = first_year - age, last_year - age
        span_end = m.start("words")
        while span_end > m.start() and text[span_end - 1].isspace():
            span_end -= 1
        timex = f"{low:04d}" if low == high else None
        found.append((m.start(), span_end, DateValue(
            start=dt.date(low, 1, 1).isoformat(), end=dt.date(high, 12, 31).isoformat(), granularity="year",
            resolved=True, relative=True, timex=timex,
        )))
    return found
