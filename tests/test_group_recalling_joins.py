"""A background piece written beside a happening ("Not the first capsize at the weir: five years ago a canoe
overturned at the same weir and two paddlers swam ashore") tells an earlier happening of the kind in that happening's words, so its words
reach neither the look-alike it recalls (the recollection rule holds them apart) nor, enough for linkage, the
later happening it stands beside. ``GroupingOptions.recalling_joins`` lets such a report, left alone by linkage,
join the one group of two or more reports it shares words with that stands within near_days of its day and
whose leads it does not recall; one written weeks away stays alone, and the look-alike stays apart."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import grouped

SATURDAY = dt.date(2062, 5, 13)

WIRE = (
    SATURDAY,
    "Rowing eight capsizes at Wistanmere weir",
    "WISTANMERE (Wire) - A rowing eight from Oakhanger capsized at the weir on Wistanmere reservoir on Saturday "
    "morning, and all nine people aboard were pulled out of the water by the reservoir's rescue boat, its keepers "
    "said. Two were taken to hospital with cold.",
)
SECOND = (
    SATURDAY + dt.timedelta(days=1),
    "Nine pulled from reservoir after eight flips",
    "Nine rowers were rescued on Saturday when their boat overturned near the weir at Wistanmere, the keepers said. "
    "The reservoir was closed to boats for the rest of the day.",
)
EARLIER = (
    SATURDAY - dt.timedelta(days=5 * 365 + 6),
    "Canoe overturns at Wistanmere weir",
    "Two paddlers were pulled out of Wistanmere reservoir on Sunday after their canoe overturned at the weir, the "
    "keepers said.",
)
PIECE = (
    SATURDAY + dt.timedelta(days=1),
    "Not the first capsize at the weir",
    "Five years ago a canoe overturned at the same weir and two paddlers swam ashore. The dam, finished in 1911, "
    "holds water for about 40,000 homes.",
)
WEEKS_LATER = (SATURDAY + dt.timedelta(days=40), PIECE[1], PIECE[2])

BACKGROUND = (
    (SATURDAY - dt.timedelta(days=9), "Library reopens", "The town library at Clewer reopened on Monday after a new roof."),
    (SATURDAY + dt.timedelta(days=6), "Choir wins cup", "The Hobnail Singers won the county choir cup on Friday evening."),
    (SATURDAY - dt.timedelta(days=300), "Bus lane approved", "Planners approved a bus lane through Lowsley on Tuesday."),
)


def _grouped(piece: tuple[dt.date | None, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the capsize, the earlier capsize and ``piece``, by article id."""
    return grouped([("wire", WIRE), ("second", SECOND), ("earlier", EARLIER), ("piece", piece)], BACKGROUND, options)


ON = GroupingOptions()
OFF = dataclasses.replace(ON, recalling_joins=False)


def test_without_the_rule_the_background_piece_is_left_alone() -> None:
    assert _grouped(PIECE, OFF) == [["earlier"], ["piece"], ["second", "wire"]]


def test_the_background_piece_joins_the_happening_it_was_written_beside() -> None:
    assert _grouped(PIECE, ON) == [["earlier"], ["piece", "second", "wire"]]


def test_a_piece_written_weeks_away_stays_alone() -> None:
    assert _grouped(WEEKS_LATER, ON) == [["earlier"], ["piece"], ["second", "wire"]]
