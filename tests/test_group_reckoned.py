"""A span a report counts forward from publication ("reopens in three weeks", "within 30 days") is a date to
compare across outlets, but no day the report's happening fell on: grouping leaves it out of its readings of
when (``group._reckoned_ahead``). Every name and place is made up."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import _reckoned_ahead
from consistency.model import DateValue
from tests.test_group import make

WED = dt.date(2052, 5, 8)


def _dates(body: str) -> dict[str, bool]:
    article = make(1, "Kelmarsh Wire", WED, ("Yelvane bridge", body))
    found, _cleaned = extract_facts(article, id_prefix="a1:")
    day = WED.toordinal()
    return {f.text: _reckoned_ahead(f, day) for f in frame_facts(article, found) if isinstance(f.value, DateValue)}


def test_a_span_ahead_is_reckoned_and_a_named_day_is_not() -> None:
    dates = _dates("The Yelvane bridge closed on Tuesday after cracks were found, and will reopen in three weeks.")
    assert dates == {"Tuesday": False, "three weeks": True}


def test_a_period_back_is_no_span_ahead() -> None:
    dates = _dates("Traffic on the Yelvane bridge has doubled over the last three years, the Astwold council said.")
    assert dates and not any(dates.values())
