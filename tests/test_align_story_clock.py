"""An article that reads the clock once gives the time of its story (consistency/align.py,
``_join_story_clocks``): outlets that each give one clock time of the happening, under whatever verb, give
versions of one moment, and their difference is a claim to compare, even when the minutes differ.

The articles are invented: an amateur theatre company's last night after 41 years.
"""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event

DAY = dt.datetime(2049, 3, 9, 20)

FAREWELL = {
    "a": "# Last night of the Lowmoss Players\n\nThe Lowmoss Players gave their final performance on Tuesday "
         "night after 41 years. The curtain fell at 10.48pm to a long ovation.",
    "b": "# Lowmoss Players bow out\n\nAfter 41 years the Lowmoss Players took their last bow on Tuesday. The "
         "company left the stage just before eleven o'clock, to an ovation of nine minutes.",
    "c": "# Lowmoss Players end their run\n\nThe Lowmoss Players closed on Tuesday after 41 years, with a "
         "standing ovation.",
}


def date_pairs(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return pair_statuses(run_one_event(bodies, DAY), "date")


def test_one_reading_each_meet_whatever_their_verbs_and_minutes() -> None:
    # "the curtain fell" and "left the stage": two verbs, one moment, told to the minute and hedged
    assert date_pairs(FAREWELL)[("a:10.48pm", "b:eleven o'clock")] == "compatible"


def test_readings_of_one_moment_that_cannot_both_be_true_conflict() -> None:
    late = FAREWELL["b"].replace("just before eleven o'clock", "shortly after ten o'clock")
    assert date_pairs({**FAREWELL, "b": late})[("a:10.48pm", "b:ten o'clock")] == "conflict"


def test_an_article_reading_the_clock_twice_is_left_to_its_words() -> None:
    # The second outlet gives the time the audience sat down too: which is the story's, the story-clock join cannot
    # say and leaves both alone. The fitted model weighs their words: the leaving of the stage is the
    # curtain's slot's best match and the slot its own (``align._mutual_best_days``); the audience's seating never
    # meets the curtain's time.
    two = FAREWELL["b"].replace("on Tuesday. The", "on Tuesday. The audience had taken their seats at 7.30pm. The")
    pairs = date_pairs({**FAREWELL, "b": two})
    assert pairs[("a:10.48pm", "b:eleven o'clock")] == "compatible"
    assert not [pair for pair in pairs if "a:10.48pm" in pair and "b:7.30pm" in pair]
