"""Year-only slots of one happening in outlets of their own join (consistency/date_grains.py, join_year_slots):
the days between two outlets' years of a past happening keep the fitted model from weighing them as one claim,
so a year one outlet gives otherwise ("built in 1887", "built in 1878") would never be compared.

The reports are invented: a storm breaks the lamp of a lighthouse on a northern coast.
"""

from __future__ import annotations

import datetime as dt

from consistency.date_grains import join_year_slots
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact

DAY = dt.datetime(2061, 5, 12, 9)


def dates(key: str, body: str) -> dict[str, Fact]:
    article = Article(id=key, path=f"{key}.md", outlet=f"Outlet {key}", body=body, published=DAY)
    return {f.text: f for f in frame_facts(article, extract_facts(article)[0]) if f.kind == "date"}


A = dates("a", "The Varnholt lighthouse, built in 1887, lost its lamp in a storm on Sunday.")
B = dates("b", "Storm waves smashed the lamp of the Varnholt lighthouse, which was built in 1878, the harbour board said.")
C = dates("c", "The keeper's cottage beside the light was built in 1932.")
D = dates("d", "The Varnholt lighthouse first shone its lamp out to sea in 1890.")
E = dates("e", "Waves broke over the Varnholt light on 7 May, and its lamp was smashed.")


def texts(slots: list[tuple[list[Fact], bool]]) -> list[list[str]]:
    return [[f"{f.article_id}:{f.text}" for f in slot] for slot, _strict in slots]


def test_two_outlets_years_of_one_happening_join() -> None:
    slots = [([A["1887"]], False), ([A["Sunday"], E["7 May"]], True), ([B["1878"]], False)]
    assert texts(join_year_slots(slots)) == [["a:1887", "b:1878"], ["a:Sunday", "e:7 May"]]


def test_a_year_with_two_such_partners_joins_neither() -> None:
    # which of the other years is its claim nothing says
    slots = [([A["1887"]], False), ([B["1878"]], False), ([C["1932"]], False)]
    assert texts(join_year_slots(slots)) == [["a:1887"], ["b:1878"], ["c:1932"]]


def test_years_of_other_happenings_stay_apart() -> None:
    slots = [([A["1887"]], False), ([D["1890"]], False)]
    assert texts(join_year_slots(slots)) == [["a:1887"], ["d:1890"]]


def test_a_day_is_never_joined_by_it() -> None:
    slots = [([E["7 May"]], False), ([A["Sunday"]], False)]
    assert texts(join_year_slots(slots)) == [["e:7 May"], ["a:Sunday"]]


def test_slots_sharing_an_outlet_stay_apart() -> None:
    also = dates("a", "A plaque says the Varnholt lighthouse was built in 1886.")
    slots = [([A["1887"]], False), ([also["1886"]], False)]
    assert texts(join_year_slots(slots)) == [["a:1887"], ["a:1886"]]
