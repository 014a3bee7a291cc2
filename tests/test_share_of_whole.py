"""A count another outlet tells as a share of a whole it names ("over two thirds of its 57 members") is weighed
against the share, not against the whole (consistency/checks/share_of_whole.py); an exact count whose sentence lists a
second part with it is weighed as the sum against a bound (comparisons ``_listed_sum_within``).

The articles are invented: a vote of the Blenvask town council on a tram line, a fleet off Snabworth.
"""

from __future__ import annotations

import pytest

from consistency.checks.comparisons import _listed_sum_within
from consistency.checks.share_of_whole import share_of_told_whole, told_share
from consistency.model import Fact, Quantity


def _fact(sentence: str, figure: str, value: Quantity) -> Fact:
    start = sentence.index(figure)
    return Fact(
        id=figure, article_id="a", kind="figure", text=figure, start=start, end=start + len(figure),
        sentence=sentence, sentence_start=0, sentence_end=len(sentence), value=value,
    )


def _whole(sentence: str) -> Fact:
    return _fact(sentence, "57", Quantity(57, 57))


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        pytest.param("The plan passed with over two thirds of its 57 members in favour.", 65.17, 100.0,
                     id="a-floor-of-a-fraction"),
        pytest.param("The plan passed with two-thirds of the 57 members in favour.", 65.17, 68.17, id="a-fraction"),
        pytest.param("The plan passed with half of the 57 members in favour.", 48.5, 51.5, id="half"),
        pytest.param("The plan passed with 70 percent of its 57 members in favour.", 69.5, 70.5, id="a-percentage"),
        pytest.param("The plan passed with a majority of its 57 members in favour.", 50.0, 100.0, id="a-majority"),
        pytest.param("The plan passed with fewer than a third of its 57 members against.", 0.0, 34.83,
                     id="a-ceiling"),
    ],
)
def test_told_share_reads_the_share_before_the_whole(sentence: str, low: float, high: float) -> None:
    told = told_share(_whole(sentence))
    assert told is not None
    assert told[1:] == pytest.approx((low, high), abs=0.01)


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("The council has 57 members.", id="a-plain-count"),
        pytest.param("The plan passed with the backing of its 57 members.", id="no-share-before-of"),
        pytest.param("Two of the 57 members stayed away.", id="a-count-of-the-whole-is-no-share"),
    ],
)
def test_told_share_needs_a_share_before_the_whole(sentence: str) -> None:
    assert told_share(_whole(sentence)) is None


_COUNT = "Forty-one aldermen voted for the line."


@pytest.mark.parametrize(
    ("share", "compatible"),
    [
        pytest.param("over two thirds of its 57 members", True, id="41-is-over-two-thirds-of-57"),
        pytest.param("a majority of its 57 members", True, id="41-is-a-majority-of-57"),
        pytest.param("two thirds of its 57 members", False, id="41-is-not-two-thirds-of-57"),
        pytest.param("fewer than half of its 57 members", False, id="41-is-not-under-half-of-57"),
    ],
)
def test_a_count_against_the_whole_of_a_share(share: str, compatible: bool) -> None:
    part = _fact(_COUNT, "Forty-one", Quantity(41, 41))
    whole = _whole(f"The council backed the line with {share}.")
    assert bool(share_of_told_whole(part, whole, part.value, whole.value)) is compatible  # type: ignore[arg-type]


def test_a_part_larger_than_the_whole_is_no_share() -> None:
    part = _fact("Sixty aldermen voted for the line.", "Sixty", Quantity(60, 60))
    whole = _whole("The council backed the line with a majority of its 57 members.")
    assert share_of_told_whole(part, whole, part.value, whole.value) == ""  # type: ignore[arg-type]


_FLEET = "It took 43 trawlers and 12 tugs to sea."


@pytest.mark.parametrize(
    ("told", "floor", "compatible"),
    [
        pytest.param("More than 50 vessels sailed in it.", 50, True, id="the-sum-over-the-floor"),
        pytest.param("More than 70 vessels sailed in it.", 70, False, id="the-sum-under-the-floor"),
    ],
)
def test_a_count_and_the_part_listed_with_it_against_a_bound(told: str, floor: float, compatible: bool) -> None:
    bound = _fact(told, f"More than {floor}", Quantity(floor, None, qualifier="more than"))
    listed = _fact(_FLEET, "43", Quantity(43, 43))
    assert bool(_listed_sum_within(listed, bound, listed.value, bound.value)) is compatible  # type: ignore[arg-type]


def test_a_count_with_no_part_listed_is_no_sum() -> None:
    bound = _fact("More than 50 vessels sailed in it.", "More than 50", Quantity(50, None, qualifier="more than"))
    listed = _fact("It took 43 trawlers to sea.", "43", Quantity(43, 43))
    assert _listed_sum_within(listed, bound, listed.value, bound.value) == ""  # type: ignore[arg-type]

