"""A power cut is a happening of its own (``happenings.yaml``: the blackout, of the incident family): two
blackouts in one city three weeks apart, each dated to its day, are two events, as two fires would be.
Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from tests.test_group import OTHER, event_of, group, make

D = dt.date

# A blackout in Sandrel on Monday, March 8, 2027; another on Tuesday, February 16.
MARCH = [
    ("Sandrel without electricity for hours",
     "Large parts of Sandrel had no electricity for four hours on Monday after a transformer failed at the "
     "Brayford switching station, grid company Westmark Power said. Hospitals ran on generators."),
    ("Power restored in Sandrel after outage",
     "Westmark Power said on Monday night it had restored supplies to all 180,000 customers in Sandrel hit by "
     "the afternoon outage. Its chief executive, Rhea Moss, apologised."),
]
FEBRUARY = ("Blackout darkens Sandrel",
            "A power cut left 150,000 customers in Sandrel in the dark for two hours on Tuesday, Westmark Power "
            "said, blaming a cable fault near the Brayford switching station. Rhea Moss said repairs were under way.")


def corpus() -> list:
    return [
        make(1, "Sandrel Courier", D(2027, 3, 8), MARCH[0]),
        make(2, "Wire desk", D(2027, 3, 8), MARCH[1]),
        make(3, "Sandrel Courier", D(2027, 2, 16), FEBRUARY),
        *(make(4 + n, "Harbor Post", D(2027, 3, 1), story) for n, story in enumerate(OTHER)),
    ]


def test_a_blackout_three_weeks_earlier_in_the_same_city_is_another_event() -> None:
    events = group(corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a1") == {"a1", "a2"}
