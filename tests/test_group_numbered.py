"""Two happenings of one numbered series: the ninth leg of a sailing race against its seventh, a plant's Line 3
against its Line 2.

- Reports of the ninth leg and a report of the seventh leg five days before, told in almost the same words, are
  two events: each lead numbers its happening in the series ("the ninth leg", "Leg 7"), and differently
  (``GroupingOptions.numbered_factor``, ``happening.numbered``).
- Reports dated within days of each other that number one happening differently stay one event: one of them
  miscounts, a discrepancy for the checks to show.
- Ordinals that number parts of one happening, a running tally, a superlative or a first since something, and
  days of the calendar, number no series.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import numbered, numbered_apart
from tests.test_group import event_of, group, make

D = dt.date
IGNORE = frozenset(GroupingOptions().numbered_ignore)

LEG_NINE = [
    ("Corrib crew wins ninth leg of Orra Cup into Velhaven",
     "The Corrib crew won the ninth leg of the Orra Cup round-the-islands race on Saturday, crossing the line in "
     "Velhaven harbour 12 minutes ahead of the Tavel boat after a night of strong winds, race officials said."),
    ("Strong winds on Orra Cup leg as Corrib take win",
     "Skipper Ada Morwen said her crew had been soaked for 20 hours before their win in Velhaven. The Tavel boat "
     "still leads the Orra Cup standings."),
]
LEG_SEVEN = ("Tavel crew wins Leg 7 of Orra Cup into Velhaven",
             "The Tavel crew won Leg 7 of the Orra Cup round-the-islands race on Monday, crossing the line in "
             "Velhaven harbour 40 minutes ahead of the Corrib boat after a night of strong winds, race officials "
             "said.")


NINE_DAY = D(2047, 6, 15)


def _corpus(seven: dt.date | None, nine: dt.date | None = NINE_DAY) -> list:
    return [
        make(0, "Outlet 0", nine, LEG_NINE[0]),
        make(1, "Outlet 1", nine, LEG_NINE[1]),
        make(2, "Outlet 2", seven, LEG_SEVEN),
    ]


def test_another_leg_of_the_race_is_another_event() -> None:
    for seven, nine in ((D(2047, 6, 10), D(2047, 6, 15)), (None, D(2047, 6, 15)), (None, None)):
        events = group(_corpus(seven, nine))
        assert event_of(events, "a2") == {"a2"}, (seven, nine)
        assert event_of(events, "a0") == {"a0", "a1"}, (seven, nine)
    # Without the numbers their words join them.
    assert event_of(group(_corpus(D(2047, 6, 10)), GroupingOptions(numbered_factor=1.0)), "a2") == {"a0", "a1", "a2"}


def test_one_leg_numbered_two_ways_on_one_day_stays_one_event() -> None:
    miscounted = ("Corrib crew wins eighth leg of Orra Cup into Velhaven", LEG_NINE[0][1].replace("ninth", "eighth"))
    events = group([make(0, "Outlet 0", D(2047, 6, 15), LEG_NINE[0]), make(1, "Outlet 1", D(2047, 6, 15), miscounted)])
    assert event_of(events, "a0") == {"a0", "a1"}


def _lead(text: str) -> frozenset[tuple[str, int]]:
    return numbered(text, len(text), IGNORE)


def test_a_place_in_a_series_is_read_as_words_or_as_a_number() -> None:
    assert _lead("Tavel wins Leg 7\n\nThe crew won the seventh leg on Monday.") == {("leg", 7)}
    assert _lead("Line 3 halted at Ostry plant\n\nThe plant's 3rd line was stopped.") == {("line", 3)}
    assert ("debate", 2) in _lead("Rivals clash in second debate\n\nThey met in their second televised debate.")
    assert numbered_apart({("leg", 9)}, {("leg", 7)})
    assert not numbered_apart({("leg", 9), ("leg", 7)}, {("leg", 7)})
    assert not numbered_apart({("leg", 9)}, {("stage", 7)})


def test_parts_tallies_superlatives_firsts_since_and_days_number_no_series() -> None:
    assert _lead("Ostry scores twice in second half\n\nHe scored for the third time this season.") == frozenset()
    assert _lead("Hospital reports fifth death\n\nThe city's second largest hospital said on May 4.") == frozenset()
    assert _lead("Voters choose parliament\n\nIt was the first parliamentary vote since the death of the leader.") == (
        frozenset()
    )
    assert _lead("Rally on July 4\n\nCrowds met on the 4th July in Velhaven.") == frozenset()
    assert _lead("Storm Kills 3 In Velhaven\n\nA storm killed three people.") == frozenset()
    assert _lead("Hurricane Ysolt strengthens to Category 4\n\nThe storm, Category 2 at dawn, neared Velhaven.") == (
        frozenset()
    )
    assert _lead("Skipper weds on quay\n\nThe skipper married his second wife, the second seed, on Saturday.") == (
        frozenset()
    )
    assert _lead("Ostry wins with late second goal\n\nA second blast hit the port as a third suspect was held.") == (
        frozenset()
    )
    assert _lead("Every 72 minutes a crash\n\nAbout 60 people and The 22 survivors, Killing 3 others.") == frozenset()
