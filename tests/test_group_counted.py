"""Counts of a thing the vocabulary has no measure for, in a report's headline or first sentence, say how big
its happening is (``GroupingOptions.counted_sentences``, ``counted_range``): an undated report of 350 coins
raised from a wreck is not the report of the 1,400 raised from it later. They are weighed as job cuts and
weights are, so two same-day reports giving one count two ways stay one event (a discrepancy to show); small
counts (three or four robbers) are left out, and sums of a million or more (mostly money) are one measure whatever
their noun (``tests.test_group_millions``). Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# Divers raise 1,400 silver coins from the wreck of the Tormach off Carrow Point, Thursday, August 7, 2031;
# divers raised 350 coins from the same wreck once before (told with no date).
RAISED = [
    ("Divers raise 1,400 silver coins from Tormach wreck",
     "Divers raised 1,400 silver coins from the wreck of the merchant ship Tormach off Carrow Point on "
     "Thursday, the maritime museum said. The ship sank in a storm in 1711 with its cargo of coin."),
    ("Tormach wreck gives up its silver",
     "The maritime museum's divers brought up 1,400 silver coins from the Tormach off Carrow Point on "
     "Thursday. Curator Ines Hallam said they would go on show next year."),
]
EARLIER = ("Divers raise 350 silver coins from Tormach wreck",
           "Divers raised 350 silver coins from the wreck of the merchant ship Tormach off Carrow Point, the "
           "maritime museum said. The ship sank in a storm in 1711. Curator Ines Hallam said more lay in the sand.")
SAME_DAY = ("Silver haul from the Tormach",
            "Divers raised 1,040 silver coins from the wreck of the merchant ship Tormach off Carrow Point on "
            "Thursday, the maritime museum said.")

# Four or three robbers: one raid on a jeweller's, told two ways by an undated report.
RAID = [
    ("Robbers raid Kestin jeweller's",
     "Four robbers smashed the windows of a jeweller's on Kestin's Bridge Street on Tuesday and escaped with "
     "watches and rings, police said."),
]
RAID_UNDATED = ("Jeweller's raided in Kestin",
                "Three robbers smashed the windows of a jeweller's on Kestin's Bridge Street and escaped with "
                "watches and rings, police said.")


def coins_corpus(story: tuple[str, str], published: dt.date | None) -> list:
    return [
        make(1, "Carrow Courier", D(2031, 8, 7), RAISED[0]),
        make(2, "Wire desk", D(2031, 8, 7), RAISED[1]),
        make(3, "Archive desk", published, story),
        *(make(4 + n, "Harbor Post", D(2031, 8, 4), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_report_of_fewer_coins_from_the_wreck_is_another_event() -> None:
    events = group(coins_corpus(EARLIER, None))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_without_counted_nouns_it_joins() -> None:
    blind = dataclasses.replace(GroupingOptions(), counted_sentences=0)
    assert "a3" in event_of(group(coins_corpus(EARLIER, None), blind), "a1")


def test_a_same_day_report_with_a_swapped_digit_stays_in_its_event() -> None:
    events = group(coins_corpus(SAME_DAY, D(2031, 8, 7)))
    assert event_of(events, "a1") == {"a1", "a2", "a3"}


def test_small_counts_told_two_ways_stay_one_event() -> None:
    articles = [
        make(1, "Kestin Gazette", D(2031, 3, 4), RAID[0]),
        make(2, "Archive desk", None, RAID_UNDATED),
        *(make(3 + n, "Harbor Post", D(2031, 3, 2), s) for n, s in enumerate(OTHER)),
    ]
    assert event_of(group(articles), "a1") == {"a1", "a2"}
