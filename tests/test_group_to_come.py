"""A report of the preparations is not the report of the happening they prepare: a lead that puts its happening in
a season, a month or a span weeks ahead.

- A report that a club "has finished building a pedal-powered aircraft ... and its pilot will try to fly it across
  Gorsedale Water in the summer" is not one of the reports that she flew across it on Saturday, though it names
  the club, the pilot, the aircraft and the lake: its lead foretells (a verb that puts the happening ahead and a
  season to come, no day: ``happening.foretells`` with ``to_come``, ``GroupingOptions.foretold_to_come``), undated
  or dated months before (``GroupingOptions.foretold_days``).
- A follow-up that dates itself ("said on Sunday she will try again next summer") or that names no period ahead
  reports, and stays with its event; so does an announcement of a month or a year ahead ("will open a route in
  February"): in real news it is itself the happening its event's reports tell.

Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import foretells
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The Wickhollow Aero Club's pedal-powered aircraft crosses Gorsedale Water, Saturday, July 20, 2047.
FLOWN = [
    ("Pedal-powered aircraft crosses Gorsedale Water",
     "GORSEDALE (Wire) - Pilot Maren Quillfeather pedalled the Wickhollow Aero Club's aircraft Lapwing across "
     "Gorsedale Water on Saturday, flying 19.4 kilometres in 71 minutes a few metres above the lake, the club said."),
    ("Lapwing lands after record lake crossing",
     "Maren Quillfeather brought the Wickhollow Aero Club's pedal-powered Lapwing down on the far shore of Gorsedale "
     "Water on Saturday morning to cheers from hundreds of spectators, after a crossing of 71 minutes."),
    ("Wickhollow pilot 'pedalled until her legs burned'",
     "Maren Quillfeather said on Sunday she had pedalled the Lapwing across Gorsedale Water until her legs burned, "
     "a day after the crossing, and that the Wickhollow Aero Club will try a longer flight next summer."),
]
BUILT = ("Wickhollow club finishes pedal-powered aircraft",
         "The Wickhollow Aero Club has finished building a pedal-powered aircraft with a 34-metre wing, and its "
         "pilot Maren Quillfeather will try to fly it across Gorsedale Water in the summer, the club said.")


def _corpus(built_on: dt.date | None) -> list:
    return [
        make(0, "Outlet 0", D(2047, 7, 20), FLOWN[0]),
        make(1, "Outlet 1", D(2047, 7, 20), FLOWN[1]),
        make(2, "Outlet 2", D(2047, 7, 21), FLOWN[2]),
        make(3, "Archive desk", built_on, BUILT),
        *(make(4 + n, "Harbor Post", D(2047, 7, 17), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_report_of_the_preparations_is_not_the_happening() -> None:
    events = group(_corpus(None))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_a_report_of_the_preparations_months_before_is_not_the_happening() -> None:
    events = group(_corpus(D(2047, 2, 11)))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    # (Without the dated rule, its date alone does not keep it apart: nor does told_before_days, off too, which holds
    # apart a report that writes no day from a happening dated a week or more after it.)
    off = dataclasses.replace(GroupingOptions(), foretold_days=0, told_before_days=0)
    assert event_of(group(_corpus(D(2047, 2, 11)), off), "a3") != {"a3"}


CUES = frozenset({"crossing", "flight", "fire"})


def test_a_lead_that_puts_its_happening_weeks_or_more_ahead_foretells() -> None:
    text = BUILT[0] + "\n\n" + BUILT[1]
    assert foretells(text, CUES, to_come=True)
    assert not foretells(text, CUES)  # (the period is read only with to_come)
    assert foretells("Bell tower to be rehung\n\nThe bells of Stonecombe church will ring again early next year, the "
                     "vicar said.", CUES, to_come=True)
    assert foretells("Orchid bud spotted\n\nA bud on the Perrymead orchid could open within three weeks, its keeper "
                     "said.", CUES, to_come=True)
    assert foretells("Lido to reopen\n\nThe Tollbridge lido is due to reopen in the autumn after repairs, the "
                     "council said.", CUES, to_come=True)


def test_a_lead_that_reports_or_names_no_period_ahead_does_not_foretell() -> None:
    # A day: the report of a statement made then, a follow-up.
    assert not foretells(FLOWN[2][0] + "\n\n" + FLOWN[2][1], CUES, to_come=True)
    # No period ahead: "could" or "will" alone are not enough (real reports of a happening days ahead weigh it so).
    assert not foretells("Club may cancel flight\n\nThe Wickhollow Aero Club said its pilot could be too tired to "
                         "fly.", CUES, to_come=True)
    # A period, but past: no verb that puts it ahead.
    assert not foretells("Lake flooded\n\nGorsedale Water flooded the village in the spring of 2040, the council "
                         "said.", CUES, to_come=True)
    # A month or a year ahead: an announcement, itself what its event's reports tell ("will launch it in February").
    assert not foretells("Ferry line to add route\n\nThe Tollbridge ferry line will open a route to Corrin in "
                         "February, the company said.", CUES, to_come=True)
    assert not foretells("Ferry line to add route\n\nThe Tollbridge ferry line will open a route to Corrin next "
                         "year, the company said.", CUES, to_come=True)
    # A month with its year is a date, not a period ahead.
    assert not foretells("Works to finish\n\nThe bridge works will finish in May 2048, the council said.", CUES,
                         to_come=True)
