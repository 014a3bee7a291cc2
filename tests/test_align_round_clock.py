"""A clock reading on the hour or half hour joins another outlet's with the same minutes only when it is its
article's one clock reading (consistency/align.py, ``_join_clock_minutes``): then it is that outlet's time of
the story's moment, whatever happening its words put it under.

The articles are invented: new banknotes issued in Dravik.
"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def date_pairs(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, dt.datetime(2047, 5, 20, 18)), "date")

NOTES = {
    "a": "# New notes for Dravik\n\nDravik's new banknotes went into circulation on Monday. The first notes were "
         "handed out at 07:00 as banks opened, the central bank said.",
    "b": "# Dravik swaps its notes\n\nThe new banknotes arrived on Monday. Cash machines began paying them out at "
         "nine o'clock, and queues formed outside branches.",
    # no happening word its vocabulary knows: its frame meets no other outlet's
    "c": "# Queues for new Dravik notes\n\nDravik's new notes entered circulation on Monday, when the first were "
         "issued at 07:00, the central bank said.",
}


def test_an_articles_one_clock_reading_on_the_hour_joins_the_others() -> None:
    pairs = date_pairs(NOTES)
    assert pairs[("a:07:00", "c:07:00")] == "agree"
    assert pairs[("b:nine o'clock", "c:07:00")] == "conflict"


def test_an_article_with_two_clock_readings_on_the_hour_joins_by_its_words_alone() -> None:
    # The third outlet gives two times on the hour: which is the story's, the minutes cannot say, and the clock join
    # leaves both alone. The fitted model can: the reading told in the words of the others' (the first notes issued)
    # is their slot's best match and the slot its own (``align._mutual_best_days``); the branches' closing time
    # meets no other outlet's.
    pairs = date_pairs({**NOTES, "c": NOTES["c"] + " Branches closed at 16:00, two hours late."})
    assert pairs[("a:07:00", "c:07:00")] == "agree"
    assert not any("c:16:00" in pair for pair in pairs)
