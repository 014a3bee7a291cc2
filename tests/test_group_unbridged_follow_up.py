"""A follow-up carried out of its group by ``_unbridge`` comes back when it stands on no day before the group's
(``GroupingOptions.unbridged_near``, ``_followed_up``): divers sent down days after a flood share the wire
report's names and few of the other reports' words, while a fire the night before in the next town, recalled by
one report, stays apart (``tests/test_group_bridge.py``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _followed_up
from tests.test_group import event_of, group, make

D = dt.date

CAVE_FLOOD = [
    (D(2041, 3, 9), (
        "Flood traps pumps in Tolvercombe salt mine",
        "TOLVERCOMBE (Wire) - Brine burst into the Tolvercombe salt mine on Saturday, flooding the lower gallery "
        "where its Quennel crusher stands four metres deep, manager Orsola Pindwick said. All 22 miners "
        "underground rode the cage up unharmed.",
    )),
    (D(2041, 3, 9), (
        "Miners lifted out as brine floods salt workings",
        "Brine has flooded the Tolvercombe salt mine deep under the moor, and miners have warned that the "
        "gallery it took them years to cut may never be worked again after the flood.",
    )),
    (D(2041, 3, 10), (
        "Storm cut the power to the mine's pumps",
        "A storm cut the supply to the shaft head of the Tolvercombe salt mine yesterday, so its drainage pumps "
        "halted, and the spare generator failed, the mine said. Brine from old workings rose "
        "into the lower gallery within two hours and flooded it.",
    )),
]
DIVERS = (D(2041, 3, 12), (
    "Quennel crusher came through the flood, divers say",
    "Divers who went down on Monday saw the Quennel crusher still bolted in place, Pindwick said, though "
    "its motors had sat under brine for two days. Draining will take about a month, and "
    "inspectors are to look into the drainage pumps and the spare generator that failed.",
))


def test_followed_up_keeps_reports_standing_on_or_after_their_groups_first_day() -> None:
    stood = {0: [(100, 100)], 1: [(100, 101)], 2: [(103, 103)], 3: [(99, 99)], 4: [], 5: [(102, 102)]}
    kinds: dict[int, dict[str, list[tuple[int, int]]]] = {
        0: {"flood": [(100, 100)]}, 1: {}, 2: {}, 3: {}, 4: {}, 5: {"sentencing": [(102, 102)]},
    }
    members = {0: [0, 1], 10: [2], 11: [3], 12: [4], 13: [5]}
    home = dict.fromkeys(range(6), 0)
    # (the follow-up two days on comes back; the report of the day before, the undated one and the one telling a
    # kind of happening the group does not tell stay apart)
    assert _followed_up(members, home, [10, 11, 12, 13], stood, kinds) == {frozenset({2})}


def test_divers_days_after_the_flood_stay_with_it() -> None:
    corpus = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([*CAVE_FLOOD, DIVERS])]
    assert event_of(group(corpus), "a3") == {"a0", "a1", "a2", "a3"}
    assert event_of(group(corpus, GroupingOptions(unbridged_near=False, person_joins=False)), "a3") == {"a3"}
