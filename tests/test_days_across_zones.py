"""A day in a stated zone against a day in none, a day apart (consistency/checks/comparisons.py).

The articles are invented: a central bank resetting its currency's peg, and a cable cut under the sea.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.model import Finding
from tests.test_statement_day_speaker import date_finding

_PEG = "Norvania's central bank devalued the krand by 9 percent against the euro"


def _day_finding(bodies: list[tuple[str, dt.date]], day_text: str) -> Finding:
    return date_finding(bodies, day_text)[0]


@pytest.mark.parametrize(
    ("zoned", "other", "status"),
    [
        # a civil zone is the local clock itself: Saturday at 21:00 CET is Saturday where it happened
        pytest.param("at 21:00 CET on Saturday", "Sunday", "conflict", id="civil-zone-is-local"),
        # GMT late on Saturday could be Sunday somewhere: nothing says where it happened
        pytest.param("at 2300 GMT on Saturday", "Sunday", "compatible", id="universal-zone-unplaced"),
        # GMT at noon on Saturday is Saturday or Sunday somewhere (clocks run 12 hours behind UTC to 14 ahead):
        # never the Friday another outlet gives
        pytest.param("at 1200 GMT on Saturday", "Friday", "conflict", id="universal-zone-no-zone-reaches-the-day"),
        pytest.param("at 0100 GMT on Saturday", "Friday", "compatible", id="universal-zone-early-may-be-the-day-before"),
    ],
)
def test_a_zoned_day_against_a_plain_one(zoned: str, other: str, status: str) -> None:
    finding = _day_finding(
        [
            (f"{_PEG} {zoned}, resetting its peg to 11.2 per euro, the bank said.", dt.date(2034, 2, 26)),
            (f"{_PEG} on {other}, in a move traders had expected for weeks.", dt.date(2034, 2, 26)),
            (f"{_PEG} on {other}. Importers said prices would rise within days.", dt.date(2034, 2, 27)),
        ],
        other,
    )
    assert finding.status == status


_CABLE = "The Calystra-2 telecom cable between the Orrel islands and the mainland was cut {when}, the operator said."
CABLE_DAYS = [
    # The wire converts 2214 GMT to 6:14 p.m. local time: Friday evening there, so "on Saturday" is another day.
    pytest.param("on Friday at 2214 GMT (6:14 p.m. local time)", dt.date(2036, 8, 16),
                 "in local time, as the reports convert it", id="universal-time-on-its-local-day"),
    # The wire's first statement is a bare clock time and its day comes after it: the day is what meets
    # the other outlet's "Saturday", not the clock time that fits any day.
    pytest.param("at 2214 GMT (6:14 p.m. local time) on Friday", dt.date(2036, 8, 15),
                 "the dates cannot both be right", id="the-day-not-the-bare-clock-stands-for-it"),
]


@pytest.mark.parametrize(("when", "published", "detail"), CABLE_DAYS)
def test_a_cable_cut_on_friday_against_saturday(when: str, published: dt.date, detail: str) -> None:
    finding = _day_finding(
        [
            (_CABLE.format(when=when), published),
            ("The Calystra-2 telecom cable to the Orrel islands was cut on Saturday, leaving the islands "
             "without internet.", dt.date(2036, 8, 17)),
        ],
        "Saturday",
    )
    assert finding.status == "conflict"
    assert any(detail in p.detail for p in finding.pairs if p.representative)
