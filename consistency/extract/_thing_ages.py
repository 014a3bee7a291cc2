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
from consistency.extract.implied_counts import is_person
from consistency.model import DateValue

_THINGS_FILE = Path(__file__).with_name("aged_things.yaml")
_WORD_NUMBERS = {**ONES, **TEENS, **TENS}
_NUMBER = rf"(?P<n>[1-9]\d{{0,2}}|(?:{'|'.join(sorted(_WORD_NUMBERS, key=len, reverse=True))})(?:-(?P<u>{'|'.join(ONES)}))?)"
# "the 38-year-old silo", "its 83-year-old grain hall", "the thirty-eight-year-old tower": up to two words
# between the age and the thing.
_AGED = re.compile(rf"(?<![\w-]){_NUMBER}[-\s]years?[-\s]old[^\S\n]+", re.IGNORECASE)
# The words after the age up to the thing, in lower case ("grain", "concrete"): a capitalised word, a
# preposition or a mark ends the search ("a 29-year-old out of Port Nubrovine" is a person, not a port).
_MODIFIER = re.compile(r"(?-i:[a-z]+)(?:-(?-i:[a-z]+))?")
_ENDS = frozenset("from of in at on with who which that and or but by for to as was is were are has had".split())


@functools.cache
def aged_things() -> frozenset[str]:
    """The nouns of ``aged_things.yaml``."""
    data = yaml.safe_load(_THINGS_FILE.read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in data.get("things") or ())


def _names_a_thing(text: str, pos: int, things: frozenset[str]) -> bool:
    """One of the first three lower-case words at ``pos`` is a known thing, none before it a word that ends
    the noun phrase ("38-year-old grain silo", not "29-year-old from Port Nubrovine")."""
    for _ in range(3):
        word = _MODIFIER.match(text, pos)
        if word is None or word.group() in _ENDS:
            return False
        if word.group() in things or word.group().rpartition("-")[2] in things:
            return not _person_after(text, word.end())
        pos = word.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
    return False


_PERSON_ENDINGS = (
    "owner", "keeper", "maker", "builder", "driver", "player", "worker", "operator", "manager", "captain", "man",
    "woman", "ist", "ian",
)
_NEXT_WORD = re.compile(r"[^\S\n]{1,3}(?P<w>(?-i:[a-z]+))")


def _person_after(text: str, pos: int) -> bool:
    """The thing is a modifier, not the head: a possessive ("the 30-year-old ship's captain") or a noun of a
    person within the next two words ("the 40-year-old tower crane operator"): the age is the person's."""
    if text[pos : pos + 1] in ("'", "’"):
        return True
    for _ in range(2):
        nxt = _NEXT_WORD.match(text, pos)
        if nxt is None or nxt.group("w") in _ENDS:
            return False
        if is_person(nxt.group("w")) or nxt.group("w").endswith(_PERSON_ENDINGS):
            return True
        pos = nxt.end()
    return False


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
        if not _names_a_thing(text, m.end(), things):
            continue
        age = _age(m)
        if age is None or age > first_year:
            continue
        # (a thing N years old began N or N + 1 years before: "the 38-year-old silo" in 2100 was built in 2061 or
        # 2062, as a person of 38 was born in one of two years)
        low, high = first_year - age - 1, last_year - age
        span_end = m.end()
        while span_end > m.start() and text[span_end - 1].isspace():
            span_end -= 1
        timex = f"{low:04d}" if low == high else None
        found.append((m.start(), span_end, DateValue(
            start=dt.date(low, 1, 1).isoformat(), end=dt.date(high, 12, 31).isoformat(), granularity="year",
            resolved=True, relative=True, timex=timex,
        )))
    return found
