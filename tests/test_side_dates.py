"""An outlet's side dates that alone keep two date slots apart leave their slot (consistency/side_dates.py): a
statement's day, a live page's entry stamp or a span coarser than a day, that no other outlet of its slot echoes
(by its value or by a side date of its kind), must not keep the outlet's day of the happening from meeting the other outlets' days.
Nor must its date of another happening than its slot's other outlets date, when the other slot dates that happening.

The reports are invented: a dockside crane topples onto a warehouse in a small harbour town; a depot burns.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact
from consistency.side_dates import evict_side_blockers, side_of, told_later

DAY = dt.datetime(2063, 3, 14, 9)


def dates(key: str, body: str) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=DAY)
    # (ids made unique across the invented reports, as a run's are)
    framed = frame_facts(article, extract_facts(article)[0])
    return {f.text: dataclasses.replace(f, id=f"{key}-{f.id}") for f in framed if f.kind == "date"}


A = dates("a", "A dockside crane toppled onto a warehouse in Pellstow on Monday. The harbour board said on Wednesday "
               "that repairs would take a month.")
B = dates("b", "The Pellstow crane came down on Tuesday, crushing a warehouse roof.")
C = dates("c", "09:40 Engineers are still inspecting the wreck of the crane at Pellstow.\n\nThe crane collapsed at "
               "07:15 on Monday.")
D = dates("d", "Dock workers at Pellstow were told on Wednesday to stay away from the quay.")
E = dates("e", "Nobody was hurt when the crane fell, the Pellstow harbour master said on Thursday.")
G = dates("g", "Its owners said on Tuesday the crane had been overloaded.")


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [[f"{f.article_id}:{f.text}" for f in slot] for slot, _strict in slots]


def always(_a: Sequence[Fact], _b: Sequence[Fact]) -> float:
    return 0.9


def never(_a: Sequence[Fact], _b: Sequence[Fact]) -> float:
    return 0.1


def test_side_dates_are_statements_stamps_and_spans() -> None:
    assert side_of(A["Wednesday"]) == "statement" and side_of(C["09:40"]) == "stamp"
    assert side_of(A["Monday"]) is None and side_of(C["07:15 on Monday"]) is None


def test_a_statement_day_alone_keeping_two_slots_apart_leaves() -> None:
    slots = [([A["Monday"], C["07:15 on Monday"]], True), ([A["Wednesday"], B["Tuesday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == [
        ["a:Monday", "c:07:15 on Monday"], ["b:Tuesday"], ["a:Wednesday"],
    ]


def test_a_statement_day_another_outlet_gives_stays() -> None:
    # (the day the board spoke is that slot's claim: another outlet gives it there)
    slots = [([A["Monday"], C["07:15 on Monday"]], True), ([A["Wednesday"], B["Tuesday"], D["Wednesday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == texts(slots)


def test_a_statement_day_beside_another_outlets_statement_day_stays() -> None:
    # (two outlets' days of a statement are versions of one claim, though they differ by a day)
    slots = [([A["Monday"], C["07:15 on Monday"]], True), ([A["Wednesday"], B["Tuesday"], G["Tuesday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == texts(slots)


def test_nothing_leaves_when_the_slots_without_it_are_two_claims() -> None:
    slots = [([A["Monday"], C["07:15 on Monday"]], True), ([A["Wednesday"], B["Tuesday"]], True)]
    assert texts(evict_side_blockers(slots, never, 0.7)) == texts(slots)


def test_a_stamp_alone_keeping_two_slots_apart_leaves() -> None:
    slots = [([C["07:15 on Monday"], A["Monday"]], True), ([C["09:40"], B["Tuesday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == [
        ["c:07:15 on Monday", "a:Monday"], ["b:Tuesday"], ["c:09:40"],
    ]


def test_an_outlet_with_days_of_no_side_in_both_slots_keeps_them_apart() -> None:
    other = dates("b", "Its jib had been inspected on Friday.")
    slots = [([A["Monday"], other["Friday"]], True), ([A["Wednesday"], B["Tuesday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == texts(slots)


def test_a_statement_day_days_after_another_is_told_later() -> None:
    assert told_later(A["Wednesday"], E["Thursday"])  # (the Thursday before)
    assert not told_later(A["Wednesday"], G["Tuesday"])  # (a day's slip: a version of one day)
    assert not told_later(E["Thursday"], A["Wednesday"])  # (the earlier day may be the same statement misdated)


def test_a_statement_day_days_after_another_outlets_leaves() -> None:
    # (the board's Wednesday is its own later news, no version of the harbour master's Thursday before)
    slots = [([A["Monday"], C["07:15 on Monday"]], True), ([A["Wednesday"], B["Tuesday"], E["Thursday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == [
        ["a:Monday", "c:07:15 on Monday"], ["b:Tuesday", "e:Thursday"], ["a:Wednesday"],
    ]


# Another invented story: a depot fire, and the guard arrested for it.
X = dates("x", "Police arrested the Brellmoor depot's night guard on Tuesday. The depot fire broke out on Monday.")
Y = dates("y", "The fire at the Brellmoor depot started on Sunday.")
Z = dates("z", "The night guard was arrested on Tuesday.")
W = dates("w", "Flames tore through the Brellmoor depot on Monday.")


def test_a_date_of_a_happening_its_slot_does_not_date_leaves() -> None:
    # (the arrest's Tuesday, filed beside another outlet's day of the fire, while the other slot dates the arrest
    # and holds the outlet's day of the fire: the fire's two days may now meet)
    slots = [([X["Tuesday"], Y["Sunday"]], True), ([X["Monday"], Z["Tuesday"], W["Monday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == [
        ["y:Sunday"], ["x:Tuesday"], ["x:Monday", "z:Tuesday", "w:Monday"],
    ]


def test_an_outlet_whose_dates_each_stray_from_their_slot_keeps_them_apart() -> None:
    # (its day of the fire is as foreign to the second slot, where only the arrest is dated: nothing says which
    # of its dates is misfiled)
    slots = [([X["Tuesday"], Y["Sunday"]], True), ([X["Monday"], Z["Tuesday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == texts(slots)


def test_a_date_of_a_happening_another_outlet_of_its_slot_dates_stays() -> None:
    slots = [([X["Tuesday"], Y["Sunday"], Z["Tuesday"]], True), ([X["Monday"], W["Monday"]], True)]
    assert texts(evict_side_blockers(slots, always, 0.7)) == texts(slots)


def test_a_date_of_a_happening_more_outlets_date_in_the_other_slot_leaves() -> None:
    # (one other outlet dates the arrest beside it, two beside the outlet's day of the fire, while two date the fire
    # in its slot: the arrest's days are the other slot's; its day of the fire has as many outlets' company as in the
    # first slot, and stays)
    q = dates("q", "Detectives arrested the guard on Tuesday evening.")
    r = dates("r", "The guard was detained on Tuesday.")
    u = dates("u", "A fire gutted the Brellmoor depot on Monday.")
    v = dates("v", "The Brellmoor blaze began late on Sunday.")
    slots = [
        ([X["Tuesday"], Z["Tuesday"], Y["Sunday"], v["Sunday"]], True),
        ([X["Monday"], W["Monday"], u["Monday"], q["Tuesday evening"], r["Tuesday"]], True),
    ]
    assert texts(evict_side_blockers(slots, always, 0.7)) == [
        ["z:Tuesday", "y:Sunday", "v:Sunday"], ["x:Tuesday"], texts(slots)[1],
    ]
