"""Ordinals after "that" and two ordinals of one noun named once ("the 14th and 15th floors"). Every sentence is
invented."""

from __future__ import annotations

import pytest

from consistency.extract._ordinals import ordinals


def read(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(text[e.start : e.end], e.value.low, e.value.counted) for e in ordinals(text)]  # type: ignore[union-attr]


def test_an_ordinal_after_that_orders_its_noun() -> None:
    assert read("The referee stopped it in that eleventh round at Tisquan.") == [("eleventh", 11.0, "round")]


def test_two_ordinals_of_one_noun_both_order_it() -> None:
    assert read("The cabin stuck between the 23rd and 24th floors of Brevolt Tower.") == [
        ("23rd", 23.0, "floor"),
        ("24th", 24.0, "floor"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "It was her third or fourth attempt at Kaskimo.",  # a guess between two
        "The fair runs on the 14th and 15th of June.",  # days
        "He said that third parties paid.",
    ],
)
def test_guesses_days_and_fixed_phrases_stay_unread(text: str) -> None:
    assert read(text) == []
