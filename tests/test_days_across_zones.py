"""A day in a stated zone against a day in none, a day apart (consistency/checks/comparisons.py).

The articles are invented: a central bank resetting its currency's peg, and a cable cut under the sea.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article

_PEG = "Norvania's central bank devalued the krand by 9 percent against the euro"


def _day_finding(bodies: list[tuple[str, dt.date]], day_text: str):  # type: ignore[no-untyped-def]
    result = run_articles([
        Article(id=f"z{n}.txt", path=f"z{n}.txt", outlet=f"Outlet {n}", body=body, published=day)
        for n, (body, day) in enumerate(bodies)
    ])
    assert len(result.events) == 1
    text = {f.id: f.text for f in result.facts}
    (finding,) = [fi for fi in result.findings if fi.kind == "date" and day_text in {text[i] for i in fi.fact_ids}]
    return finding


@pytest.mark.parametrize(
    ("zoned", "status"),
    [
        # a civil zone is the local clock itself: Saturday at 21:00 CET is Saturday where it happened
        pytest.param("at 21:00 CET on Saturday", "conflict", id="civil-zone-is-local"),
        # GMT late on Saturday could be Sunday somewhere: nothing says where it happened
        pytest.param("at 2300 GMT on Saturday", "compatible", id="universal-zone-unplaced"),
    ],
)
def test_a_zoned_day_against_a_plain_one(zoned: str, status: str) -> None:
    finding = _day_finding(
        [
            (f"{_PEG} {zoned}, resetting its peg to 11.2 per euro, the bank said.", dt.date(2034, 2, 26)),
            (f"{_PEG} on Sunday, in a move traders had expected for weeks.", dt.date(2034, 2, 26)),
            (f"{_PEG} on Sunday. Importers said prices would rise within days.", dt.date(2034, 2, 27)),
        ],
        "Sunday",
    )
    assert finding.status == status


def test_a_universal_time_the_reports_convert_is_on_its_local_day() -> None:
    # The wire converts 2214 GMT to 6:14 p.m. local time: Friday evening there, so "on Saturday" is another day.
    finding = _day_finding(
        [
            ("The Nerissa-2 telecom cable between the Orrel islands and the mainland was cut on Friday at 2214 "
             "GMT (6:14 p.m. local time), the operator said.", dt.date(2036, 8, 16)),
            ("The Nerissa-2 telecom cable to the Orrel islands was cut on Saturday, leaving the islands "
             "without internet.", dt.date(2036, 8, 17)),
        ],
        "Saturday",
    )
    assert finding.status == "conflict"
    assert "in local time, as the reports convert it" in finding.pairs[0].detail


def test_an_outlets_day_stands_for_it_beside_a_clock_time_that_names_none() -> None:
    # The wire's first statement is a bare clock time; its day comes after it: the day is what meets the
    # other outlet's "Saturday", not the clock time that fits any day.
    finding = _day_finding(
        [
            ("The Nerissa-2 telecom cable between the Orrel islands and the mainland was cut at 2214 GMT "
             "(6:14 p.m. local time) on Friday, the operator said.", dt.date(2036, 8, 15)),
            ("The Nerissa-2 telecom cable to the Orrel islands was cut on Saturday, leaving the islands "
             "without internet.", dt.date(2036, 8, 17)),
        ],
        "Saturday",
    )
    assert finding.status == "conflict"
