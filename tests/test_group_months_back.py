"""A background piece of a happening tells an earlier one of its kind by the month it fell in, "last July": those
words are recalled, not the piece's own (``recollections``, ``GroupingOptions.months_back``), so the earlier
happening's own report, undated, is read as the one the piece recalls and is not filed with this year's. Before, only
spans of years ("two years ago", "in July last year"), years and days of a month were read as looking back. The same
for a sentence counting its happening as a repeat within years ("the second fall in four years, after ...",
``GroupingOptions.repeats_back``), below. Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.recollections import recollections
from tests.test_group import event_of, group, make

MONDAY = dt.date(2081, 7, 14)

HAIL = ("Hail shreds vines at Gannavore estate",
        "ULPHSTEAD (Wire) - Hail the size of marbles shredded the vines of the Gannavore wine estate near Ulphstead on "
        "Monday afternoon, a month before the harvest was due to begin, its owner said.")
OWNER = ("'The grapes are gone for this year'",
         "The owner of the Gannavore estate said yesterday that the storm had cost him most of the year's grapes and "
         "that he would ask the bank for time on his loan.")
BACKGROUND_PIECE = ("Not the estate's first hail",
                    "Last July hail stripped the leaves from eleven rows of young vines at Gannavore, and the estate "
                    "put nets over its oldest plot for the winter.")
LAST_YEAR = ("Hail strips young vines at Ulphstead estate",
             "Hail stripped the leaves from eleven rows of young vines at the Gannavore wine estate near Ulphstead on "
             "Monday afternoon, its owner said.")


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    nextday = MONDAY + dt.timedelta(days=1)
    return group([make(0, "Outlet 0", MONDAY, HAIL), make(1, "Outlet 1", nextday, OWNER),
                  make(2, "Outlet 2", nextday, BACKGROUND_PIECE), make(3, "Outlet 3", None, LAST_YEAR)], options)


def test_the_undated_hail_of_last_july_is_not_this_years() -> None:
    assert event_of(_events(), "a3") == {"a3"}


def test_without_the_rule_it_is_filed_with_this_years_hail() -> None:
    assert event_of(_events(dataclasses.replace(GroupingOptions(), months_back=False)), "a3") != {"a3"}


def test_words_told_in_a_month_gone_by_are_recalled() -> None:
    text = "Head\n\n" + BACKGROUND_PIECE[1]
    recalled, own, _ = recollections(text, len(text), None, None, 0, months_back=True)
    assert {"hail", "leaves", "11", "young"} <= recalled and "hail" not in own
    assert not recollections(text, len(text), None, None, 0)[0]  # (off: nothing looks back)


def test_a_lower_case_may_is_no_month() -> None:
    text = "Head\n\nThe last may be the hardest of the repairs, the owner said of the old plot."
    assert not recollections(text, len(text), None, None, 0, months_back=True)[0]


# A sentence counting the happening as a repeat within years ("the second fall ... in four years, after ...") tells the
# earlier one after the span, with or without the report's day (``GroupingOptions.repeats_back``).

SUNDAY = dt.date(2083, 4, 11)
FALL = ("Cliff falls onto Dorwhistle beach",
        "DORWHISTLE (Wire) - About 400 tonnes of chalk fell from the cliff onto the beach below the Dorwhistle coast "
        "path on Sunday, the coastguard said, and the path was shut for a mile.")
WALKERS = ("Walkers told to keep off Dorwhistle path",
           "The council told walkers to keep off the Dorwhistle coast path after Sunday's cliff fall, saying more chalk "
           "could come down.")
CLIFF_PIECE = ("A cliff that keeps falling",
               "It is the second fall on the Dorwhistle cliffs in four years, after a slab of chalk crushed a beach hut "
               "below Saltrigg Point in 2079; the hut was empty.")
EARLIER_FALL = ("Chalk slab crushes beach hut at Saltrigg",
                "A slab of chalk fell from the Dorwhistle cliffs on Sunday and crushed a beach hut below Saltrigg "
                "Point, the coastguard said; the hut was empty.")


def _cliff_events(options: GroupingOptions | None = None) -> list[set[str]]:
    # (The wire dated; the follow-up, the background piece and the earlier fall's report undated.)
    return group([make(0, "Outlet 0", SUNDAY, FALL), make(1, "Outlet 1", None, WALKERS),
                  make(2, "Outlet 2", None, CLIFF_PIECE), make(3, "Outlet 3", None, EARLIER_FALL)], options)


def test_the_earlier_fall_counted_before_this_one_is_not_this_one() -> None:
    assert event_of(_cliff_events(), "a3") == {"a3"}
    assert event_of(_cliff_events(), "a0") == {"a0", "a1", "a2"}


def test_without_the_rule_the_earlier_fall_is_filed_with_this_one() -> None:
    assert event_of(_cliff_events(dataclasses.replace(GroupingOptions(), repeats_back=False)), "a3") != {"a3"}


def test_what_follows_a_count_within_years_is_recalled_undated() -> None:
    text = "Head\n\n" + CLIFF_PIECE[1]
    recalled, own, _ = recollections(text, len(text), None, None, 0, repeats_back=True)
    assert {"slab", "crushe", "hut", "^saltri"} <= recalled and "second" not in recalled and "dorwhi" not in recalled
    assert not recollections(text, len(text), None, None, 0)[0]  # (off: an undated report's year says nothing)
    # (A count within days or weeks is a follow-up's, not a look-back.)
    week = "Head\n\nIt is the second fall on the cliffs in a week, after a slab of chalk crushed a hut."
    assert not recollections(week, len(week), None, None, 0, repeats_back=True)[0]
