"""Exchange rates read per currency pair give the rates the library's whole-file converter gives."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency import exchange

currency_converter = pytest.importorskip("currency_converter")


@pytest.fixture(scope="module")
def whole() -> object:
    return currency_converter.CurrencyConverter(fallback_on_missing_rate=True, fallback_on_wrong_date=True)


DAYS = [
    dt.date(2013, 7, 2),  # a working day
    dt.date(2013, 7, 6),  # a Saturday: interpolated between Friday and Monday
    dt.date(2019, 12, 25),  # a bank holiday
    dt.date(1990, 3, 1),  # before the file: its first day
    dt.date(2090, 3, 1),  # after it: its last day
]
PAIRS = [("USD", "GBP"), ("GBP", "USD"), ("JPY", "EUR"), ("EUR", "CHF"), ("SEK", "NOK")]


@pytest.mark.parametrize("day", DAYS)
@pytest.mark.parametrize(("source", "target"), PAIRS)
def test_pair_rates_equal_the_whole_file(whole, source, target, day):  # type: ignore[no-untyped-def]
    assert exchange.rate(source, target, day) == float(whole.convert(1.0, source, target, date=day))


def test_the_currencies_are_the_whole_files(whole):  # type: ignore[no-untyped-def]
    assert exchange._currencies() == frozenset(whole.currencies)
    assert exchange.rate("USD", "XQZ", dt.date(2013, 7, 2)) is None
    assert exchange.rate("XQZ", "XQZ", dt.date(2013, 7, 2)) == 1.0


def test_a_pair_loads_only_its_own_columns():
    converter = exchange._converter(("GBP", "USD"))
    assert converter.currencies == {"GBP", "USD", "EUR"}
