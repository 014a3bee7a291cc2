"""An outlet's slot of one reading joins the others' slot when the outlet gives no reading of that grain there
(consistency/date_grains.join_lone_grains): its day beside its clock time, its clock time beside its year.

The reports are invented: a grain silo that caught fire in a river port.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from consistency.date_grains import join_lone_grains
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.datetime(2049, 6, 11, 18)


def dates(key: str, body: str) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=DAY)
    return {f.text: f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"}


A = dates("a", "A grain silo in the river port of Tessvik caught fire on Thursday.")
B = dates("b", "Fire broke out in a Tessvik grain silo on Thursday, the port authority said.")
C = dates("c", "Firemen reached the burning silo at 4.20pm. The silo had caught fire on Wednesday, its owner said.")
E = dates("e", "Smoke rose over Tessvik on Tuesday. The silo itself burned on Thursday, a docker said.")
F = dates("f", "Crews were called to the Tessvik silo on Thursday. They arrived at 9.10am and left at 6.40pm.")
D = dates("d", "The silo fire began at 3.50pm, and it was Thursday before the crews left.")


def always(_a: Sequence[Fact], _b: Sequence[Fact]) -> float:
    return 0.9


def never(_a: Sequence[Fact], _b: Sequence[Fact]) -> float:
    return 0.1


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [[f"{f.article_id}:{f.text}" for f in slot] for slot, _strict in slots]


def test_an_outlets_lone_day_joins_the_slot_where_it_gave_only_a_clock_time() -> None:
    slots = [([A["Thursday"], B["Thursday"], C["4.20pm"]], True), ([C["Wednesday"]], True)]
    assert texts(join_lone_grains(slots, always, 0.8)) == [["a:Thursday", "b:Thursday", "c:4.20pm", "c:Wednesday"]]


def test_a_lone_day_stays_when_its_outlet_gives_a_day_there_already() -> None:
    slots = [([A["Thursday"], B["Thursday"], E["Tuesday"]], True), ([E["Thursday"]], True)]
    assert texts(join_lone_grains(slots, always, 0.8)) == texts(slots)


def test_a_lone_day_stays_when_the_model_scores_it_another_claim() -> None:
    slots = [([A["Thursday"], B["Thursday"], C["4.20pm"]], True), ([C["Wednesday"]], True)]
    assert texts(join_lone_grains(slots, never, 0.8)) == texts(slots)


def test_a_lone_day_stays_when_no_other_outlet_gives_a_day_there() -> None:
    slots = [([C["4.20pm"], D["3.50pm"]], True), ([C["Wednesday"]], True)]
    assert texts(join_lone_grains(slots, always, 0.8)) == texts(slots)


def test_a_lone_day_that_two_slots_could_take_stays() -> None:
    slots = [
        ([A["Thursday"], C["4.20pm"]], True), ([B["Thursday"], C["4.20pm"]], True), ([C["Wednesday"]], True),
    ]
    assert texts(join_lone_grains(slots, always, 0.8)) == texts(slots)


def test_two_lone_clock_times_of_one_outlet_that_one_slot_could_take_both_stay() -> None:
    slots = [([A["Thursday"], D["3.50pm"], C["Wednesday"]], True), ([F["9.10am"]], True), ([F["6.40pm"]], True)]
    slots[0][0].append(F["Thursday"])
    assert texts(join_lone_grains(slots, always, 0.8)) == texts(slots)
