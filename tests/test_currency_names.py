"""A currency named only by a name several countries share may be any of them; a pinned one is what it says."""

from __future__ import annotations

import pytest

from consistency.currency_names import may_also_be


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("USD", "$3.2 million"),
        ("USD", "more than 3 million dollars"),
        ("USD", "about $40,000"),
        ("GBP", "£12m"),
        ("GBP", "twelve million pounds"),
        ("JPY", "¥800 million"),
        ("INR", "Rs 40 crore"),
    ],
)
def test_a_shared_name_alone_leaves_the_country_open(unit: str, text: str) -> None:
    assert may_also_be(unit, text)


@pytest.mark.parametrize(
    ("unit", "text"),
    [
        ("USD", "US$3.2 million"),
        ("USD", "US $3.2 million"),
        ("USD", "U.S. $3.2 million"),
        ("USD", "USD 3.2 million"),
        ("USD", "3.2 million U.S. dollars"),
        ("USD", "3.2 million American dollars"),
        ("GBP", "3 million pounds sterling"),
        ("EUR", "€3.2 million"),
        ("USD", "3.2 million"),
    ],
)
def test_a_pinned_or_unshared_currency_is_what_it_says(unit: str, text: str) -> None:
    assert not may_also_be(unit, text)


def test_a_bare_dollar_may_be_an_australian_or_a_canadian_one_but_never_a_euro() -> None:
    others = may_also_be("USD", "4.5 million dollars")
    assert {"AUD", "CAD", "NZD", "HKD"} <= others and "EUR" not in others


def test_a_name_no_one_country_owns_may_be_any_of_its_currencies() -> None:
    assert {"CHF", "XOF"} <= may_also_be("franc", "2.4 million francs")
    assert "MXN" in may_also_be("peso", "30,000 pesos") and "EUR" not in may_also_be("peso", "30,000 pesos")
    assert not may_also_be("franc", "2.4 million CFA francs")
