"""The second look after linkage (``group._reassign``): a dated report that linkage drew early into the
undated reports of a look-alike, through one report it shares a background paragraph with, moves to the
reports of its own day. Invented reports of two attacks through one browser's flaws years apart: the old
one's reports carry no date, the new one's are dated."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.model import Article
from tests.test_group import OTHER, event_of, group, make

BACKGROUND = (" The Brask browser, built by Korvath Systems in Halvik, is used on most office computers in Norland,"
              " and its makers publish fixes once a month unless an attack forces an"
              " emergency release outside that cycle, as happened with the Velmora worm.")
OLD = [
    ("Korvath rushes out emergency fix for Brask browser",
     "Korvath Systems released an emergency fix on Wednesday for a flaw in its Brask browser that let attackers"
     " take over computers through poisoned web pages, the company said. Security researchers at Dravik Labs had"
     " warned that criminals were stealing passwords through the hole." + BACKGROUND),
    ("Brask browser flaw patched after password thefts",
     "Korvath Systems issued an out-of-cycle patch for the Brask browser on Wednesday after criminals used a"
     " flaw to steal passwords from thousands of users, Dravik Labs said. The company urged users to update at once."),
    ("Korvath patches Brask hole exploited by password thieves",
     "Users of the Brask browser should install the emergency update Korvath Systems published on Wednesday, said"
     " researchers at Dravik Labs, who found criminals stealing passwords through the flaw."),
    ("Password thieves exploit Brask flaw; Korvath responds",
     "Criminals stole passwords through a hole in the Brask browser until Korvath Systems shipped an emergency"
     " update on Wednesday, Dravik Labs researchers said, adding that banks were the main target."),
]
NEW = [
    ("Korvath issues temporary fix for new Brask browser attack",
     "Korvath Systems on Tuesday published a temporary fix for a new flaw in the Brask browser that attackers"
     " used to plant spyware on computers at Norland ministries, the national cyber office in Halvik said."),
    ("Spyware attack on ministries forces Brask fix",
     "A flaw in the Brask browser let attackers plant spyware on ministry computers, Norland's cyber office said"
     " on Tuesday, as Korvath Systems released a temporary fix and promised a full patch."),
    ("Norland ministries hit through Brask browser flaw",
     "Korvath Systems released a stopgap fix on Tuesday after spyware reached computers at several Norland"
     " ministries through its Brask browser, the cyber office in Halvik said."),
    ("Cyber office warns ministries after Brask spyware",
     "Norland's cyber office told ministries on Tuesday to install the stopgap fix Korvath Systems released for"
     " the Brask browser, after spyware was found on their computers."),
]
STRAY = ("Korvath fixes Brask browser again",
         "Korvath Systems released another fix for the Brask browser after an attack, officials said." + BACKGROUND)


def corpus(new_day: dt.date = dt.date(2031, 9, 17), stray_day: dt.date = dt.date(2031, 9, 17)) -> list[Article]:
    return [
        *(make(1 + i, f"Old desk {i}", None, story) for i, story in enumerate(OLD)),
        *(make(5 + i, f"New desk {i}", new_day, story) for i, story in enumerate(NEW)),
        make(9, "Stray desk", stray_day, STRAY),
        *(make(10 + n, "Harbor Post", new_day - dt.timedelta(days=1), story) for n, story in enumerate(OTHER)),
    ]


def test_a_dated_report_drawn_into_undated_lookalikes_joins_the_reports_of_its_day() -> None:
    events = group(corpus())
    assert event_of(events, "a9") == {"a5", "a6", "a7", "a8", "a9"}
    assert event_of(events, "a1") == {"a1", "a2", "a3", "a4"}


def test_without_the_second_look_the_first_merge_decides() -> None:
    events = group(corpus(), GroupingOptions(reassign=False, undated_last=False, person_joins=False))
    assert event_of(events, "a9") == {"a1", "a2", "a3", "a4", "a9"}


def test_a_dated_report_stays_when_no_group_stands_on_its_day() -> None:
    # The new attack's reports are dated three years later: nothing stands on the stray's day, so the
    # report it shares most with keeps it.
    events = group(corpus(new_day=dt.date(2034, 9, 17)))
    assert event_of(events, "a9") == {"a1", "a2", "a3", "a4", "a9"}
