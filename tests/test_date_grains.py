"""An outlet's span coarser than a day leaves its own day's slot (consistency/date_grains.py): "this year"
beside the outlet's "Sunday" is another claim, or the day said loosely, and kept there it blocks every join
that would bring another outlet's day of the claim to that slot.

The reports are invented: a ferry aground off a cape.
"""

from __future__ import annotations

import datetime as dt

from consistency.date_grains import split_coarse_readings
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.datetime(2049, 3, 9, 20)


def dates(key: str, body: str) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=DAY)
    return {f.text: f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"}


A = dates("a", "A ferry ran aground off the north cape on Sunday. It was the second grounding there this year.")
B = dates("b", "A ferry ran aground off the north cape in March, the coastguard said.")
C = dates("c", "The ferry hit the rocks on Saturday. Tugs pulled at it between 9 p.m. and 11 p.m., and it stayed stuck "
              "from Saturday to Tuesday.")


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [[f"{f.article_id}:{f.text}" for f in slot] for slot, _strict in slots]


def test_an_outlets_span_leaves_the_slot_of_its_own_day() -> None:
    slots = [([A["Sunday"], A["this year"], B["March"]], True)]
    assert texts(split_coarse_readings(slots)) == [["a:Sunday", "b:March"], ["a:this year"]]


def test_a_span_of_an_outlet_that_gives_no_day_there_stays() -> None:
    # the month is that outlet's only version of the claim: it must still meet the others' days
    slots = [([A["Sunday"], B["March"]], True)]
    assert texts(split_coarse_readings(slots)) == [["a:Sunday", "b:March"]]


def test_a_period_within_one_day_is_as_fine_as_its_clock_times() -> None:
    within = next(f for t, f in C.items() if t.startswith("between"))
    days = next(f for t, f in C.items() if t.startswith("from"))
    slots = [([A["Sunday"], C["Saturday"], within, days], True)]
    assert texts(split_coarse_readings(slots)) == [
        ["a:Sunday", "c:Saturday", f"c:{within.text}"], [f"c:{days.text}"],
    ]
