"""A background piece of a happening tells an earlier step of its story by the day it fell on, weeks before the piece's
own ("inspectors found rust in the bridge's pivot on April 12"): those words are recalled, not the piece's own
(``recollections``, ``GroupingOptions.dated_back_days``), so the earlier step's own report, undated, is read as the
earlier happening the piece recalls and is not filed with the story it led to. Before, only spans of years ("two
years ago") and years before the report's were read as looking back. Invented reports; every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.recollections import recollections
from tests.test_group import event_of, group, make

MONDAY = dt.date(2077, 5, 10)

CLOSED = ("Wettleford swing bridge shut after pivot cracks",
          "WETTLEFORD (Wire) - The harbour board closed the Wettleford swing bridge to all traffic on Monday after "
          "inspectors found a crack in its iron pivot, cutting the town's main road across the river Pallow.")
TRADERS = ("Takings halve as Wettleford bridge stays shut",
           "Shopkeepers on the east bank of the Pallow said yesterday that their takings had halved since the "
           "swing bridge at Wettleford was shut, and asked the harbour board for a ferry.")
BACKGROUND_PIECE = ("How the Wettleford bridge came to close",
                    "Inspectors found rust in the iron pivot of the Wettleford swing bridge on April 12 and the "
                    "harbour board limited it to cars under three tonnes. Engineers said then that a new pivot "
                    "would take a year to cast.")
LIMITED = ("Wettleford swing bridge limited to light cars",
           "The harbour board limited the Wettleford swing bridge over the Pallow to cars under three tonnes on "
           "Monday after inspectors found rust in its iron pivot.")


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    nextday = MONDAY + dt.timedelta(days=1)
    return group([make(0, "Outlet 0", MONDAY, CLOSED), make(1, "Outlet 1", nextday, TRADERS),
                  make(2, "Outlet 2", nextday, BACKGROUND_PIECE), make(3, "Outlet 3", None, LIMITED)], options)


def test_the_undated_limit_weeks_before_is_not_the_closure() -> None:
    assert event_of(_events(), "a3") == {"a3"}


def test_without_the_rule_it_is_filed_with_the_closure() -> None:
    assert event_of(_events(GroupingOptions(dated_back_days=0)), "a3") != {"a3"}


def test_words_told_on_a_day_weeks_back_are_recalled() -> None:
    text = "Head\n\n" + BACKGROUND_PIECE[1]
    day = (MONDAY + dt.timedelta(days=1)).toordinal()
    recalled, own, _ = recollections(text, len(text), 2077, day, 7)
    assert {"inspec", "rust", "limite"} <= recalled and "limite" not in own
    assert not recollections(text, len(text), 2077, day, 0)[0]  # (off: nothing looks back)
    assert not recollections(text, len(text), 2077, dt.date(2077, 4, 14).toordinal(), 7)[0]  # (two days back: its own)


def test_a_day_ahead_is_no_look_back() -> None:
    # (Read in the year nearest the report's day: "on June 2" in a report of May 20 is ahead, not a year back.)
    text = "Head\n\nThe harbour board said it would shut the bridge on June 2 unless the new pivot had come."
    assert not recollections(text, len(text), 2077, dt.date(2077, 5, 20).toordinal(), 7)[0]
    assert recollections(text, len(text), 2077, dt.date(2077, 6, 20).toordinal(), 7)[0]  # (18 days after it: back)


def test_a_span_of_weeks_back_looks_back() -> None:
    # (As "two years ago" does, with or without the report's day: the step weeks before is another happening.)
    text = "Head\n\nThree weeks ago inspectors found rust in the pivot and limited the bridge to 3 tonnes."
    assert {"inspec", "rust", "pivot", "3"} <= recollections(text, len(text), None, None, 7)[0]
    assert not recollections(text, len(text), None, None, 0)[0]  # (off)
    assert not recollections("Head\n\nThe bridge reopens in three weeks.", 30, None, None, 7)[0]  # (ahead)
