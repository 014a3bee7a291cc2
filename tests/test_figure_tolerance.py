"""How near two outlets' figures must be to be one figure: a rounding is as wide as the digits written, a
converted figure meets the other within the hedge as written, and a count in words is exact
(consistency/values.py ``quantity_relation``; consistency/checks/comparisons.py ``rounding_interval``,
``_written_rounded``, ``_rounded_count``).

The sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.checks.comparisons import _rounded_count, _written_rounded, rounding_interval
from consistency.model import Fact, Quantity
from consistency.values import quantity_relation


def fact(text: str, value: Quantity) -> Fact:
    sentence = f"The Quillmarsh reservoir report gave {text} on Monday."
    start = sentence.index(text)
    return Fact("f", "a", "figure", text, start, start + len(text), sentence, 0, len(sentence), value)


def point(x: float, unit: str | None = None, hedge: str | None = None) -> Quantity:
    return Quantity(float(x), float(x), unit, approximate=hedge is not None, qualifier=hedge)


@pytest.mark.parametrize(("exact", "meets"), [
    (3_860, True),  # 2,400 miles is 3,862 km: the same distance converted
    (3_500, False),  # 3,500 km is 2,175 miles: not what "about 2,400 miles" reaches, even converted
])
def test_a_converted_figure_meets_a_hedge_only_as_far_as_it_is_written(exact: float, meets: bool) -> None:
    relation = quantity_relation(point(exact, "km"), point(2_400, "mi", "about"), written_reach=True)
    assert (relation != "disjoint") is meets


def test_alignment_still_lets_a_converted_hedge_reach_a_tenth() -> None:
    # (without ``written_reach`` two versions of one claim may still meet, so they share a slot)
    assert quantity_relation(point(3_500, "km"), point(2_400, "mi", "about")) != "disjoint"


@pytest.mark.parametrize(("rounded", "fine", "same"), [
    ("7 percent", 7.4, True),
    ("7 percent", 7.5, False),  # news rounds half up: 7.5 percent is written 8, never 7
    ("seven percent", 7.5, False),
    ("seven percent", 6.6, True),
])
def test_a_percentage_rounds_half_up(rounded: str, fine: float, same: bool) -> None:
    coarse = fact(rounded, point(7, "percent"))
    exact = fact(f"{fine}%", point(fine, "percent"))
    assert _written_rounded(coarse, exact) is same


@pytest.mark.parametrize(("text", "value", "exact"), [
    ("twelve", 12.0, True),  # a small count in words is as exact as in digits: twelve boats are not thirteen
    ("nine thousand", 9_000.0, False),  # a large one is a round figure
])
def test_a_count_in_words(text: str, value: float, exact: bool) -> None:
    low, high = rounding_interval(fact(text, point(value))) or (0.0, 0.0)
    assert (low == high == value) is exact


def test_a_count_of_decades_is_no_rounder_than_its_digits() -> None:
    low, high = rounding_interval(fact("three decades", point(30, "year"))) or (0.0, 0.0)
    assert low <= 31 <= high and not low <= 35 <= high


@pytest.mark.parametrize(("hedge", "same"), [("some", True), ("about", True), ("nearly", False)])
def test_a_rounding_hedge_is_rounded_further(hedge: str, same: bool) -> None:
    # "some 4,260,000 visitors" is 4.3 million as a rounder outlet writes it; "nearly 4,260,000" points below
    precise = fact(f"{hedge} 4,260,000", point(4_260_000, None, hedge))
    rounder = fact("4.3 million", point(4_300_000))
    assert _rounded_count(precise, rounder) is same


@pytest.mark.parametrize(("fine", "same"), [
    (0.0642, True),  # 6.42 cents is 6.4 cents to a tenth of a cent
    (0.046, False),  # 4.6 cents is another price: the digits swapped, not rounded
])
def test_a_figure_in_a_smaller_coin_rounds_to_its_own_digits(fine: float, same: bool) -> None:
    # (6.4 cents is 0.064 dollars: a tenth of a cent is the step, not a tenth of a dollar)
    coarse = fact("6.4 cents", point(0.064, "USD"))
    exact = fact(f"{fine * 100:g} cents", point(fine, "USD"))
    assert _written_rounded(coarse, exact) is same


def test_a_time_told_in_stopwatch_digits_keeps_its_own_step() -> None:
    # ("12:41.3" is 761.3 seconds; its first digits are minutes, no power of ten of the figure)
    coarse = fact("12:41.3", point(761.3, "s"))
    assert not _written_rounded(coarse, fact("779.35 seconds", point(779.35, "s")))


@pytest.mark.parametrize(("text", "days", "low", "high"), [
    ("53 days and 4 hours", 53 + 4 / 24, 53 + 3.5 / 24, 53 + 5.5 / 24),
    ("53d 04h 20m", 53 + (4 * 60 + 20) / 1440, 53 + (4 * 60 + 19.5) / 1440, 53 + (4 * 60 + 21.5) / 1440),
])
def test_a_time_told_in_days_and_hours_is_read_to_its_last_part(text: str, days: float, low: float, high: float) -> None:
    # (not to the whole day, which held "53 days and 14 hours"; cut at the last part as often as rounded, so a little
    # past it too)
    interval = rounding_interval(fact(text, point(days, "day")))
    assert interval == pytest.approx((low, high))


@pytest.mark.parametrize(("text", "value", "unit", "half"), [
    ("8lb 3oz", 8 + 3 / 16, "lb", 0.5 / 16),  # a weight in pounds and ounces: to half an ounce
    ("6 feet 1 inch", 6 + 1 / 12, "ft", 0.5 / 12),  # a height in feet and inches: to half an inch
])
def test_a_measure_told_in_two_units_is_read_to_its_smaller_part(text: str, value: float, unit: str, half: float) -> None:
    # (not to the whole pound, which held 3.9 kg, 8.6 pounds, beside "8lb 3oz")
    interval = rounding_interval(fact(text, point(value, unit)))
    assert interval == pytest.approx((value - half, value + half))


def test_a_hedge_meets_a_converted_figure_without_a_second_slack() -> None:
    # "about 2,300 km" reaches 2,185 to 2,415 km; 1,320 nautical miles is 2,445 km, past it by a conversion's
    # slack, which the hedge's own reach already is
    assert quantity_relation(point(2_300, "km", "about"), point(1_320, "nmi"), written_reach=True) == "disjoint"
    # (1,300 nautical miles, 2,408 km, is within what the hedge reaches)
    assert quantity_relation(point(2_300, "km", "about"), point(1_300, "nmi"), written_reach=True) != "disjoint"


def test_two_hedged_counts_that_only_touch_are_two_figures() -> None:
    # "about 20" reaches up to 25 and "some 30" down to 25: they meet at no figure either writer rounded
    relation = quantity_relation(point(20, hedge="about"), point(30, hedge="some"), written_reach=True)
    assert relation == "disjoint"
    assert quantity_relation(point(20, hedge="about"), point(24, hedge="some"), written_reach=True) != "disjoint"
