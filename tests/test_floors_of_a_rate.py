"""Two floors of a rate whose digits are swapped ("at least 23 a day", "at least 32 a day") are one figure mistyped even
when the reports lie days apart (``comparisons._floors_a_slip_apart``): a rate set by a rule is no toll that grows
between two reports. The reports are invented: a shelter's minimum daily meal budget."""

from __future__ import annotations

import datetime as dt

import consistency.checks.comparisons as comparisons
from tests.test_scope_words import all_figure_verdicts


def test_swapped_floors_of_a_rate_days_apart_are_a_slip(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = "The council said shelters must spend at least 23 florins a day on meals for each resident."
    later = "Shelters must spend at least 32 florins a day on meals for each resident, the council said."
    monkeypatch.setattr(comparisons, "_days_on", lambda x, y: dt.date(2030, 5, 9))  # the reports lie days apart
    assert ("conflict", "error") in all_figure_verdicts(first, later)


def test_swapped_floors_of_a_toll_days_apart_stay_open(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    first = "At least 23 people were injured as the Babiner footbridge collapsed, the council said."
    later = "At least 32 people were injured as the Babiner footbridge collapsed, the council said."
    monkeypatch.setattr(comparisons, "_days_on", lambda x, y: dt.date(2030, 5, 9))
    assert ("conflict", "error") not in all_figure_verdicts(first, later)


def test_a_floor_a_tenth_of_the_amount_is_a_scale_slip() -> None:
    first = "The restoration of the Dobemol organ will cost 300,000 euros or more, the parish said."
    later = "The restoration of the Dobemol organ will cost €3 million, the parish said."
    assert ("conflict", "error") in all_figure_verdicts(first, later)


def test_a_count_floor_a_tenth_of_the_toll_stays_open() -> None:
    first = "At least 3 people were injured as the Babiner footbridge collapsed, the council said."
    later = "Thirty people were injured as the Babiner footbridge collapsed, the council said."
    assert ("conflict", "error") not in all_figure_verdicts(first, later)
