"""The Recognizers-Text figures scorer's readings of its conventions: the Number model's number inside an
amount, a currency named without its country. Figures are written here by hand."""

from __future__ import annotations

from benchmarks.suites.figures import _number_part, _of_kind
from consistency.model import Quantity


def _span(text: str, value: Quantity) -> str:
    s, e = _number_part(text, 0, len(text), value)
    return text[s:e]


def test_the_number_model_reads_the_number_inside_an_amount() -> None:
    assert _span("$20", Quantity(20, 20, "USD")) == "20"
    assert _span("3 hundred and 21 yuan", Quantity(321, 321, "CNY")) == "3 hundred and 21"
    assert _span("3 years", Quantity(3, 3, "year")) == "3"
    assert _span("US$ 1MM", Quantity(1e6, 1e6, "USD")) == "1MM"
    assert _span("twelve", Quantity(12, 12)) == "twelve"  # no unit: the figure is the number


def test_a_currency_named_without_its_country_is_money() -> None:
    francs = Quantity(528e6, 528e6, "franc")
    assert _of_kind(francs, "currency")
    assert not _of_kind(francs, "dimension")
    assert not _of_kind(Quantity(3, 3, "km"), "currency")
