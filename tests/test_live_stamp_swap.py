"""A live page's entry of the happening stands for the page in the happening's slot (consistency/live_stamps.py):
the stamp whose clock reads what the other outlets' clocks read, not a later entry of the page.

The articles are invented: a village raft race won by a crew of postmen.
"""

from __future__ import annotations

import datetime as dt

from consistency.live_stamps import swap_live_stamps
from tests.slot_findings import pair_statuses, run_one_event

DAY = {
    "w": dt.datetime(2061, 7, 14, 15, 0),
    "p": dt.datetime(2061, 7, 15, 6, 0),
    "l": dt.datetime(2061, 7, 14, 12, 0),
    "t": dt.datetime(2061, 7, 16, 9, 0),
}
RACE = {
    "w": "# Postmen win Yxbridge raft race\n\nSKELBY, July 14 (Tamsin Wire) - A crew of postmen won the Yxbridge raft "
         "race on Sunday, paddling the four-kilometre course on the Lenne in 31 minutes.\n\nThey crossed the line at "
         "0915 GMT, 11:15 a.m. in Yxbridge.",
    "p": "# Postmen paddle to victory\n\nA crew of six postmen won the Yxbridge raft race on the Lenne yesterday. They "
         "crossed the finish line at a quarter past eleven, ahead of the fire brigade's raft.",
    "l": "# Live: Yxbridge raft race\n\n11:40 \"We only practised twice,\" skipper Odo Vroxhallow tells us, soaked to "
         "the skin.\n\n11:15 The postmen win it!\n\nThe raft race is under way this morning.\n\n10:45 And they're off.",
    "t": "# Yxbridge raft race goes to postmen\n\nPostmen won the Yxbridge raft race on 14 July. Their raft crossed the "
         "line at 10:15 local time, after 31 minutes on the Lenne.",
}


def date_pairs(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, DAY), "date")


def test_the_entry_of_the_happening_meets_the_outlets_clocks() -> None:
    pairs = date_pairs(RACE)
    assert pairs[("l:11:15", "p:a quarter past eleven")] == "agree"
    assert pairs[("l:11:15", "t:10:15")] == "conflict"


def test_a_later_entry_is_not_set_against_the_happenings_clocks() -> None:
    pairs = date_pairs(RACE)
    assert not [pair for pair in pairs if "l:11:40" in pair and "t:10:15" in pair]


def test_no_swap_without_another_outlets_clock() -> None:
    assert swap_live_stamps([]) == []
