"""Two figures of one sentence filed in each other's slots trade places (``consistency/crossed_figures.py``).

The facts are invented: a survey of burst water mains in the town of Grenzamel. Two outlets give the mains that
burst last winter and, apart, the age of the pipes; a third tells both in one sentence, and framing filed its count
with the ages and its age with the counts.
"""

from __future__ import annotations

from consistency.crossed_figures import swap_crossed_figures
from consistency.model import Fact
from tests.test_align_counted_measures import counting as counted

BOTH = "Engineers counted 590 bursts, mostly in cast-iron pipes older than 80 years."


def bursts() -> list[Fact]:
    return [
        counted("wb", "wire", "610", "Grenzamel's water board recorded 610 bursts over the winter.", 610,
                "burst/", "bursts"),
        counted("rb", "radio", "610", "Repair crews answered 610 bursts in Grenzamel since December.", 610,
                "burst/", "bursts"),
    ]


def ages() -> list[Fact]:
    return [
        counted("wa", "wire", "80", "Most of the pipes that failed were laid more than 80 years ago.", 80, "year/",
                "years"),
        counted("ra", "radio", "80", "Many of Grenzamel's pipes are over 80 years old.", 80, "year/", "years"),
    ]


def others() -> list[list[Fact]]:
    """The story's other figures, one outlet's each: an event has many figure slots, and the model weighs that."""
    return [
        [counted(f"o{n}", "wire", f"{12 + n} streets", f"Crews dug up {12 + n} streets.", 12 + n, f"dug{n}", "streets")]
        for n in range(8)
    ]


def filed(slots: list[list[Fact]]) -> list[set[str]]:
    out = swap_crossed_figures([(slot, False) for slot in [*slots, *others()]], 20)
    return [{f.id for f in slot} for slot, _ in out[: len(slots)]]


def test_two_figures_of_one_sentence_filed_crosswise_trade_places() -> None:
    count = counted("pb", "paper", "590", BOTH, 590, "burst/", "bursts")
    age = counted("pa", "paper", "80", BOTH, 80, "year/", "years")
    assert filed([[*bursts(), age], [*ages(), count]]) == [{"wb", "rb", "pb"}, {"wa", "ra", "pa"}]


def test_figures_that_fit_where_they_are_stay() -> None:
    count = counted("pb", "paper", "590", BOTH, 590, "burst/", "bursts")
    age = counted("pa", "paper", "80", BOTH, 80, "year/", "years")
    assert filed([[*bursts(), count], [*ages(), age]]) == [{"wb", "rb", "pb"}, {"wa", "ra", "pa"}]


def test_figures_of_two_sentences_stay() -> None:
    # the same two figures told in two sentences are two tellings the outlet chose to make, not one misread
    count = counted("pb", "paper", "590", "The water board logged 590 bursts last winter.", 590, "burst/", "bursts")
    age = counted("pa", "paper", "80", BOTH, 80, "year/", "years")
    assert filed([[*bursts(), age], [*ages(), count]]) == [{"wb", "rb", "pa"}, {"wa", "ra", "pb"}]
