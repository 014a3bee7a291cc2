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


def test_the_number_model_tags_no_number_glued_to_a_unit() -> None:
    from benchmarks.suites.figures import _glued_unit

    assert _glued_unit("40ml", 0, 4, Quantity(40, 40, "ml"))
    assert _glued_unit(".5km", 0, 4, Quantity(0.5, 0.5, "km"))
    assert not _glued_unit("40 ml", 0, 5, Quantity(40, 40, "ml"))
    assert not _glued_unit("10k", 0, 3, Quantity(1e4, 1e4))  # a glued scale is a number to it


def test_a_speed_named_as_a_length_per_a_time() -> None:
    from benchmarks.suites.figures import _same_unit

    assert _same_unit("Meter per millisecond", Quantity(5, 5, "m/ms"))
    assert _same_unit("Mile per hour", Quantity(5, 5, "mph"))
    assert not _same_unit("Kilometer per millisecond", Quantity(5, 5, "m/ms"))
