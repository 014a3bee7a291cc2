"""A large count one outlet writes round to two significant digits ("1,400 works", "fourteen hundred") and
another exactly ("1,412") is one count rounded, not two (consistency/checks/comparisons.py,
``_rounded_count``); a round figure beyond the rounding, a small count, and a figure of one significant
digit ten percent off still conflict.

The articles are invented: an art museum reopening.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.slot_findings import pair_statuses, run_one_event
from tests.two_reports import figure_verdicts


def verdict(exact: str, rounded: str) -> str:
    def body(n: str) -> str:
        return (f"# Velstrom museum reopens\n\nThe Velstrom art museum reopened on Tuesday after a four-year "
                f"rebuild, with {n} works on show in its new wing.")

    pairs = pair_statuses(run_one_event({
        "a": body(exact), "b": body(rounded),
        "c": "# Velstrom museum opens its doors\n\nVelstrom's art museum reopened on Tuesday after four years.",
    }, dt.datetime(2049, 3, 9, 20)), "figure")
    return pairs[(f"a:{exact}", f"b:{rounded}")]


@pytest.mark.parametrize(("exact", "rounded"), [("1,412", "1,400"), ("1,412", "fourteen hundred"), ("61,400", "61,000")])
def test_a_count_rounded_to_two_digits_is_the_same_count(exact: str, rounded: str) -> None:
    assert verdict(exact, rounded) == "compatible"


@pytest.mark.parametrize(("exact", "rounded"), [("1,412", "1,300"), ("110,000", "100,000"), ("320", "300")])
def test_a_figure_beyond_its_rounding_still_conflicts(exact: str, rounded: str) -> None:
    assert verdict(exact, rounded) == "conflict"


@pytest.mark.parametrize(("exact", "rounded", "status"), [
    ("23,641", "23,600", "compatible"),  # from 10,000 a count rounded to three digits is still news rounding
    ("23,676", "23,600", "conflict"),  # beyond its last digit's half
    ("1,416", "1,410", "conflict"),  # below 10,000 three digits are a count, not a rounding
])
def test_a_large_count_rounded_to_three_digits(exact: str, rounded: str, status: str) -> None:
    assert verdict(exact, rounded) == status


@pytest.mark.parametrize("round_words", ["forty-four thousand", "Forty-four thousand"])
def test_a_number_in_words_ending_on_its_scale_is_round_beside_a_bound(round_words: str) -> None:
    # "more than 44,000" leaves 44,000 out, but not what "forty-four thousand" rounds: one count told two ways
    assert verdict("more than 44,000", round_words) == "compatible"


@pytest.mark.parametrize(
    ("first", "second", "verdict"),
    [
        pytest.param("48.3 petaflops", "48 petaflops", ("compatible", "precision"), id="decimals-rounded-to-the-whole"),
        pytest.param("48.3 petaflops", "47 petaflops", ("conflict", "unexplained"), id="not-its-rounding"),
        pytest.param("1.4 million", "1 million", ("conflict", "unexplained"), id="a-scaled-count"),
    ],
)
def test_a_reading_in_decimals_of_an_unknown_unit(first: str, second: str, verdict: tuple[str, str]) -> None:
    """A figure with decimals is a reading, not a count, though its unit is none the extractor knows: rounded to the
    whole, it is the same reading; a count written with a scale word is still a count."""
    opening = "The Voxtead weather agency switched on its new Hollun supercomputer on Monday, officials said. "
    sentence = "The Hollun machine runs at {}." if "petaflops" in first else "The Hollun machine cost {}."
    assert figure_verdicts(opening + sentence.format(first), opening + sentence.format(second)) == [verdict]
