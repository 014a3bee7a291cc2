"""A follow-up's recalled day takes the place of its own later days in a claim's slot (consistency/recalled_days.py).

The reports are invented: a river authority announces a rise in mooring fees; a week later a follow-up tells its
own news and recalls the announcement a day late.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact
from consistency.recalled_days import swap_recalled_days

TUE = dt.datetime(2163, 4, 5, 9)  # a Tuesday
LATER = dt.datetime(2163, 4, 12, 9)  # the Tuesday after


def dates(key: str, body: str, published: dt.datetime = TUE) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=published)
    framed = frame_facts(article, extract_facts(article)[0])
    return {f.text: dataclasses.replace(f, id=f"{key}-{f.id}") for f in framed if f.kind == "date"}


A = dates("a", "The Zefuza river authority announced on Tuesday a plan to raise mooring fees by a tenth.")
B = dates("b", "Mooring fees on the Zefuza will rise by 10 percent, the river authority announced today.")
F = dates(
    "f",
    "Boat owners on the Zefuza will protest at the fee rise, their club said on Monday.\n\n"
    "The river authority announced the rise last Wednesday.",
    LATER,
)


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [[f"{f.article_id}:{f.text}" for f in slot] for slot, _strict in slots]


def test_the_recalled_day_joins_the_claim_in_place_of_the_follow_ups_own_day() -> None:
    slots = [([A["Tuesday"], B["today"], F["Monday"]], True), ([F["last Wednesday"]], False)]
    assert texts(swap_recalled_days(slots)) == [["a:Tuesday", "b:today", "f:last Wednesday"], ["f:Monday"]]


def test_a_follow_up_whose_day_is_a_version_of_the_claim_stays() -> None:
    """Its own day in the slot is a day from the others' (a slip, not a later telling): its earlier day, as near
    to theirs, does not take its place."""
    near = dates(
        "n",
        "The river authority announced the rise on Wednesday, boat owners said.\n\nIts board had met on Monday last week.",
        LATER,
    )
    slots = [([A["Tuesday"], B["today"], near["Wednesday"]], True), ([near["Monday last week"]], False)]
    assert texts(swap_recalled_days(slots)) == texts(slots)


def test_a_recalled_day_another_outlet_echoes_where_it_is_stays() -> None:
    """Another outlet gives the recalled day in its own slot: that is another claim's version, and it stays."""
    other = dates("o", "The authority's board met last Wednesday to approve the accounts.", LATER)
    slots = [([A["Tuesday"], B["today"], F["Monday"]], True), ([F["last Wednesday"], other["last Wednesday"]], False)]
    assert texts(swap_recalled_days(slots)) == texts(slots)


def test_a_slot_with_one_other_outlet_is_left_alone() -> None:
    slots = [([A["Tuesday"], F["Monday"]], True), ([F["last Wednesday"]], False)]
    assert texts(swap_recalled_days(slots)) == texts(slots)
