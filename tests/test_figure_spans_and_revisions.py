"""Figures whose stated precision a verdict read too generously, and revisions read where none was told.

- Two spans each stated with both ends ("aged six to 14", "aged six to 13") were one inside the other, so the narrower
  was read as a vaguer telling of the wider; each end is a figure as written (``comparisons._ranges_apart``).
- A bound's number and a figure it holds whose digits, zeros counted, are two neighbours swapped ("no more than 450",
  "405") is a slip (``comparisons._mistyped`` with ``bound``).
- A verb of change anywhere in a sentence ("raised its warning", "rose to their feet") made any figure of the sentence a
  revision; now it must be told of the figure, unless the words name the estimate it replaced
  (``comparisons._explained_by_revision``).

The articles are invented: a swimming scheme in Fluxmoor, a ferry in Holtwick, a flood in Grivolton.
"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import figure_text_statuses

START = dt.datetime(2081, 5, 12, 8, 0)
OUTLETS = ("Fluxmoor Courier", "Holtwick Post", "Carrow Wire", "Drunvelt Radio")


def pair_statuses(*bodies: str, hours: int = 1) -> dict[frozenset[str], str]:
    """Each pair of figure texts the tool judged in one finding -> its status."""
    return figure_text_statuses(bodies, OUTLETS, START, hours)


def swim(ages: str) -> str:
    return f"The free Fluxmoor swimming lessons are open to children aged {ages}, the leisure trust said."


def test_two_spans_with_different_ends_conflict() -> None:
    statuses = pair_statuses(swim("six to 14"), swim("six to 14"), swim("six to 13"))
    assert statuses[frozenset(("six to 14", "six to 13"))] == "conflict"


def cyclist(age: str) -> str:
    return f"A cyclist {age} was thrown from his bike on the Fluxmoor ring road, the ambulance service said."


def test_a_span_with_written_ends_against_an_age_band_in_words_is_no_conflict() -> None:
    # ("in his late thirties" stands for 36 to 39 by a word, no written limit: inside "between 35 and 40")
    statuses = pair_statuses(cyclist("aged between 35 and 40"), cyclist("in his late thirties"))
    assert statuses and "conflict" not in statuses.values()


def test_two_spans_with_the_same_ends_agree() -> None:
    statuses = pair_statuses(swim("six to 14"), swim("between 6 and 14"))
    assert set(statuses.values()) <= {"agree", "compatible"}


def ferry(seats: str) -> str:
    return f"The new Holtwick ferry will carry {seats} passengers on each crossing, the harbour board said."


def test_a_bound_and_a_figure_with_a_zero_swapped_in_are_a_slip() -> None:
    statuses = pair_statuses(ferry("no more than 450"), ferry("no more than 450"), ferry("405"))
    assert statuses[frozenset(("no more than 450", "405"))] == "conflict"


def test_a_bound_holds_a_figure_under_it_that_is_no_slip() -> None:
    statuses = pair_statuses(ferry("no more than 450"), ferry("no more than 450"), ferry("420"))
    assert statuses[frozenset(("no more than 450", "420"))] != "conflict"


FLOOD_EARLY = (
    "The Grivolton flood agency raised its warning to red on Monday and cleared a zone of 12 km around the burst dam."
)
FLOOD_LATE = "Nobody may go within 8 km of the burst Grivolton dam until the water drops, the county said on Tuesday."
FLOOD_REVISED = (
    "The Grivolton flood agency now says a zone of 8 km around the burst dam is enough, the county said on Tuesday."
)


def test_a_verb_of_change_told_of_another_thing_revises_no_figure() -> None:
    statuses = pair_statuses(FLOOD_EARLY, FLOOD_LATE, hours=24)
    assert statuses[frozenset(("12 km", "within 8 km"))] == "conflict"


def test_a_revision_told_of_the_figure_still_explains_it() -> None:
    statuses = pair_statuses(FLOOD_EARLY, FLOOD_REVISED, hours=24)
    assert statuses[frozenset(("12 km", "8 km"))] != "conflict"

