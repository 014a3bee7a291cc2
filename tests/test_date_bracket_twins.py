"""A clock time and its conversion in brackets ("1347 GMT (3:47 p.m. local time)") are one reading: when the date
joins leave them in two slots, the one in the slot fewer outlets hold joins the other's
(consistency/align._join_bracket_twins).

The reports are invented: a cable car that stalled over a gorge near Ostervald.
"""

from __future__ import annotations

import datetime as dt

from consistency.align import _join_bracket_twins
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.datetime(2049, 9, 2, 18)


def dates(key: str, body: str) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=DAY)
    return {f.text: f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"}


WIRE = dates("w", "The cable car over the Ostervald gorge stalled at 1347 GMT (3:47 p.m. local time), the operator said.")
PAPER = dates("p", "The cabin stopped dead above the Ostervald gorge at 3:47 p.m., its riders said.")
SITE = dates("s", "Engineers said the Ostervald cable car halted at 15:47 local time.")
LIVE = dates("l", "Our live page opened at 17:05 as the rescue began.")


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [sorted(f"{f.article_id}:{f.text}" for f in slot) for slot, _strict in slots]


def test_a_time_apart_from_its_conversion_joins_the_slot_more_outlets_hold() -> None:
    gmt, local = WIRE["1347 GMT"], WIRE["3:47 p.m."]
    slots = [([gmt, LIVE["17:05"]], True), ([local, PAPER["3:47 p.m."], SITE["15:47"]], True)]
    assert texts(_join_bracket_twins(slots)) == [
        ["l:17:05"], ["p:3:47 p.m.", "s:15:47", "w:1347 GMT", "w:3:47 p.m."],
    ]


def test_a_lone_twin_slot_is_emptied_and_dropped() -> None:
    gmt, local = WIRE["1347 GMT"], WIRE["3:47 p.m."]
    slots = [([local, PAPER["3:47 p.m."]], True), ([gmt], True)]
    assert texts(_join_bracket_twins(slots)) == [["p:3:47 p.m.", "w:1347 GMT", "w:3:47 p.m."]]


def test_twins_already_together_and_unrelated_times_stay() -> None:
    gmt, local = WIRE["1347 GMT"], WIRE["3:47 p.m."]
    together = [([gmt, local, PAPER["3:47 p.m."]], True), ([LIVE["17:05"]], True)]
    assert texts(_join_bracket_twins(together)) == texts(together)
    apart = [([PAPER["3:47 p.m."]], True), ([SITE["15:47"], LIVE["17:05"]], True)]
    assert texts(_join_bracket_twins(apart)) == texts(apart)
