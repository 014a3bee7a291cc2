"""A plural possessive beside a figure names who owns or speaks, not what the figure measures (consistency/frames.py,
``_SentenceView.possessive``).

The sentences are invented: a housing block's heating and a farm co-operative.
"""

from __future__ import annotations

import datetime as dt

from tests.framing import frame_of

DAY = dt.date(2034, 2, 11)


def test_a_possessive_owner_is_no_measure_of_the_count_beside_it() -> None:
    frame = frame_of("The residents' group counted 30 breakdowns of the boiler this year.", "30", DAY)
    assert frame.measure != "population"


def test_the_same_noun_counted_keeps_its_measure() -> None:
    assert frame_of("Flats for 300 residents were emptied.", "300", DAY).measure == "population"
