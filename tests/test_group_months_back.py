"""A background piece of a happening tells an earlier one of its kind by the month it fell in, "last July": those
words are recalled, not the piece's own (``recollections``, ``GroupingOptions.months_back``), so the earlier
happening's own report, undated, is read as the one the piece recalls and is not filed with this year's. Before, only
spans of years ("two years ago", "in July last year"), years and days of a month were read as looking back. Invented
reports; every name is made up."""

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
