"""A plant's job cuts and a haul's weight identify a happening (``GroupingOptions.identifying``), but only
between groups not dated within days of each other (``identifying_apart``): an undated report of a smaller
cut at the same plant is another decision, while two same-day reports that give the cut as 1,800 and 8,100
jobs tell one decision with a swapped digit, a discrepancy to show (read on any day, such a digit split
a plant closure of our second claims set). Weights are read in base units: "1.6
tonnes" is "1,600 kilograms". Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# The appliance maker Brisvane cuts 1,800 jobs at its Tollholm works, Wednesday, June 4, 2031; it cut 600
# there in an earlier round (told with no date).
CUTS = [
    ("Brisvane to cut 1,800 jobs at Tollholm works",
     "Appliance maker Brisvane said on Wednesday it would cut 1,800 jobs at its Tollholm works by next "
     "spring as orders for its washing machines dry up. Union official Petra Lindqvist called it a disaster."),
    ("Tollholm braces for Brisvane job losses",
     "Brisvane will cut 1,800 jobs at its Tollholm works, the appliance maker said on Wednesday, blaming "
     "weak orders. Union official Petra Lindqvist said workers would protest."),
]
SWAPPED = ("Brisvane axes jobs in Tollholm",
           "Appliance maker Brisvane said on Wednesday it would cut 8,100 jobs at its Tollholm works by next "
           "spring as orders for its washing machines dry up.")
EARLIER = ("Brisvane to cut 600 jobs at Tollholm",
           "Appliance maker Brisvane said on Wednesday it would cut 600 jobs at its Tollholm works as orders "
           "for its washing machines dry up. Union official Petra Lindqvist said workers would protest.")

# Customs at Port Ellery find 1.6 tonnes of heroin in a marble shipment, Monday, May 12, 2031; an undated
# report gives it in kilograms (read as two weights, 1.6 against 1,600, it would be held apart).
HAUL = [
    ("Heroin found in marble slabs at Port Ellery",
     "Customs officers at Port Ellery found 1.6 tonnes of heroin hidden in a shipment of marble slabs on "
     "Monday, customs chief Anton Reyes said. Three men were arrested."),
    ("1,600 kg of heroin seized at Port Ellery",
     "Officers seized 1,600 kilograms of heroin packed inside marble slabs at Port Ellery on Monday, "
     "customs chief Anton Reyes said."),
]


def cuts_corpus(story: tuple[str, str], published: dt.date | None) -> list:
    return [
        make(1, "Tollholm Courier", D(2031, 6, 4), CUTS[0]),
        make(2, "Wire desk", D(2031, 6, 4), CUTS[1]),
        make(3, "Archive desk", published, story),
        *(make(4 + n, "Harbor Post", D(2031, 6, 1), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_report_of_a_smaller_cut_at_the_plant_is_another_event() -> None:
    events = group(cuts_corpus(EARLIER, None))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}


def test_without_job_cuts_as_identifying_it_joins() -> None:
    options = GroupingOptions()
    blind = dataclasses.replace(options, identifying=tuple(m for m in options.identifying if m != "job_cuts"))
    assert "a3" in event_of(group(cuts_corpus(EARLIER, None), blind), "a1")


def test_a_same_day_report_with_a_swapped_digit_stays_in_its_event() -> None:
    events = group(cuts_corpus(SWAPPED, D(2031, 6, 4)))
    assert event_of(events, "a1") == {"a1", "a2", "a3"}


def test_tonnes_and_kilograms_of_one_haul_meet() -> None:
    articles = [
        make(1, "Ellery Gazette", D(2031, 5, 12), HAUL[0]),
        make(2, "Archive desk", None, HAUL[1]),
        *(make(3 + n, "Harbor Post", D(2031, 5, 10), s) for n, s in enumerate(OTHER)),
    ]
    assert event_of(group(articles), "a1") == {"a1", "a2"}
