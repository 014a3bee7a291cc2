"""A deadline against another outlet's range told with its end (``comparisons._range_ends_elsewhere``): "until
9pm" and "from 6am until 10pm" are two ends of one warning, not a point the range contains.

The articles are invented: a storm warning over the Orla coast.
"""

from __future__ import annotations

import datetime as dt

from consistency.checks import comparisons
from consistency.model import Fact
from tests import framing

DAY = dt.date(2049, 3, 10)


def _date(text: str, fact_text: str) -> Fact:
    (fact,) = [f for f in framing.framed(text, DAY) if f.kind == "date" and f.text == fact_text]
    return fact


RANGE = _date("The Orla storm warning runs from 6am until 10pm.", "from 6am until 10pm")


def test_a_deadline_off_the_range_s_end_is_told() -> None:
    deadline = _date("The Orla storm warning runs until 21:00 this evening.", "21:00 this evening")
    assert comparisons._range_ends_elsewhere(deadline, RANGE)


def test_a_deadline_at_the_range_s_end_meets_it() -> None:
    deadline = _date("The Orla storm warning runs until 22:00 this evening.", "22:00 this evening")
    assert comparisons._range_ends_elsewhere(deadline, RANGE) == ""


def test_a_point_in_the_range_that_is_no_deadline_is_left_to_the_other_rules() -> None:
    point = _date("The wind peaked at 21:00 this evening on the Orla coast.", "21:00 this evening")
    assert comparisons._range_ends_elsewhere(point, RANGE) == ""
