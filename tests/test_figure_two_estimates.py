"""Two credited sources whose figures only a hedge's reach lets meet give two estimates, not one figure told vaguer
(``checks.two_estimates``): "about 45" per the coastguard and 58 per a fishermen's guild. One figure rounded by its
writer stays compatible, with rival sources or not, and bounds are left to their intervals. The reports are invented:
a ferry capsizing."""

from __future__ import annotations

import pytest

from consistency.checks.two_estimates import one_figure_told_two_ways
from consistency.model import Fact, Quantity
from tests.test_scope_words import figure_verdicts

_COASTGUARD = "At least 31 passengers drowned when the Pogufal ferry capsized on Sunday, the coastguard said."
_ABOUT = "About 45 passengers drowned when the Pogufal ferry capsized on Sunday, the coastguard said."
_GUILD_FAR = "Some 48 passengers drowned when the Pogufal ferry capsized on Sunday, the fishermen's guild said."
_GUILD_NEAR = "Forty-seven passengers drowned when the Pogufal ferry capsized on Sunday, the fishermen's guild said."
_COASTGUARD_AGAIN = "Some 48 passengers drowned when the Pogufal ferry capsized on Sunday, the coastguard said."


def test_a_rival_hedged_figure_past_its_rounding_is_two_estimates() -> None:
    assert figure_verdicts(_ABOUT, _GUILD_FAR) == [("conflict", "source_difference")]


@pytest.mark.parametrize(
    ("first", "second"),
    [pytest.param(_ABOUT, _GUILD_NEAR, id="a-rounding-of-the-rival-figure"),
     pytest.param(_ABOUT, _COASTGUARD_AGAIN, id="one-source"),
     pytest.param(_COASTGUARD, _GUILD_FAR, id="a-floor-met-by-a-figure-past-it")],
)
def test_one_figure_one_source_or_a_bound_stays_compatible(first: str, second: str) -> None:
    assert figure_verdicts(first, second) == [("compatible", "precision")]


def _fact(text: str, value: Quantity) -> Fact:
    return Fact(id="f", article_id="a", kind="figure", text=text, start=0, end=len(text), sentence=text,
                sentence_start=0, sentence_end=len(text), value=value)


def _q(low: float | None, high: float | None, qualifier: str | None = None, approximate: bool = False) -> Quantity:
    return Quantity(low, high, qualifier=qualifier, approximate=approximate)


@pytest.mark.parametrize(
    ("text", "told", "other", "one"),
    [
        pytest.param("more than 4,000", _q(4000, None, "more than"), _q(4310, 4310), True, id="floor-left-to-intervals"),
        pytest.param("more than 4,000", _q(4000, None, "more than"), _q(6200, 6200), True, id="floor-met-by-any-above"),
        pytest.param("more than 4,000", _q(4000, None, "more than"), _q(None, 9000, "up to"), True, id="floor-and-top-left"),
        pytest.param("about 3.5 million", _q(3.5e6, 3.5e6, "about", True), _q(3.4e6, 3.4e6), True, id="about-a-half"),
        pytest.param("as many as 40", _q(None, 40, "as many as"), _q(23, None, "at least"), True, id="top-and-floor-left"),
        pytest.param("under 16", _q(None, 16, "under"), _q(None, 14, "under"), True, id="two-fences-left"),
        pytest.param("some 88.41 percent", _q(88.41, 88.41, "some", True), _q(93.87, 93.87), True, id="hundredths"),
        pytest.param("about 9,200", _q(9200, 9200, "about", True), _q(9240, 9240), True, id="about-rounds"),
        pytest.param("about 9,200", _q(9200, 9200, "about", True), _q(9600, 9600), False, id="about-another"),
        pytest.param("nearly 3,000", _q(3000, 3000, "nearly", True), _q(2870, 2870), True, id="nearly-just-under"),
        pytest.param("up to 5,000", _q(None, 5000, "up to"), _q(3400, 3400), True, id="under-a-top-left-to-its-reading"),
        pytest.param("more than a dozen", _q(12, None, "more than"), _q(14, 14), True, id="in-dozens"),
        pytest.param("at least six", _q(6, None, "at least"), _q(9, 9), True, id="a-few-units-a-threshold"),
        pytest.param("nearly half a million", _q(400_000, 525_000, "nearly"), _q(480_000, 480_000), True,
                     id="a-range-left-to-the-intervals"),
    ],
)
def test_one_figure_told_two_ways(text: str, told: Quantity, other: Quantity, one: bool) -> None:
    other_fact = _fact("x", other)
    assert one_figure_told_two_ways(_fact(text, told), told, other_fact, other) is one


def test_an_estimate_is_no_rounding_left_to_the_intervals() -> None:
    told = _q(182.4e6, 182.4e6, "an estimated", True)
    other = _q(179.8e6, 179.8e6)
    assert one_figure_told_two_ways(_fact("an estimated $182.4 million", told), told, _fact("x", other), other)
