"""A report written before the happening a group dates: its lead gives no day of its own and every date it gives
lies a week or more before the first day the group's leads date their happening to, so it tells another step of
the story (a rope made for a contest, a course marked out), not that happening (``GroupingOptions.told_before_days``).
Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import Story, grouped

PULL_DAY = dt.date(2071, 8, 15)  # a Saturday

PULL_WIRE: Story = (
    PULL_DAY,
    "Dockers win tug of war across the Yelbeck",
    "ZORRENBY (Wire) - A team of dockers won the tug of war across the river Yelbeck at Zorrenby on Saturday, "
    "pulling the millers' team into the water after four minutes, the contest's referee said.",
)
PULL_SECOND: Story = (
    PULL_DAY,
    "Millers dragged into the Yelbeck",
    "The millers' team of Zorrenby went into the river Yelbeck on Saturday when the dockers won the tug of war "
    "across it, the referee, Odwyn Qarmbeck, said.",
)
# Ten days before: what was made ready for the contest, in the past tense, with no day.
NEW_ROPE: Story = (
    PULL_DAY - dt.timedelta(days=10),
    "New rope for the Yelbeck tug of war",
    "A ropemaker in Zorrenby spliced a new rope 90 metres long for the tug of war across the river Yelbeck, the "
    "contest's referee, Odwyn Qarmbeck, said.",
)
# The day after, with no day either: a side story of the contest, written after it.
CROWD: Story = (
    PULL_DAY + dt.timedelta(days=1),
    "Crowds line the Yelbeck for tug of war",
    "Thousands lined both banks of the river Yelbeck at Zorrenby to watch the dockers pull the millers into the "
    "water in the tug of war, the referee, Odwyn Qarmbeck, said.",
)
BACKGROUND: tuple[Story, ...] = (
    (PULL_DAY - dt.timedelta(days=20), "Bakery opens second shop", "A family bakery opened a second shop on the high street on Monday."),
    (PULL_DAY + dt.timedelta(days=9), "Ferry timetable changes", "The island ferry will sail an hour earlier from Monday, its operator said on Thursday."),
)


def _options(days: int) -> GroupingOptions:
    return dataclasses.replace(GroupingOptions(), told_before_days=days)


def test_a_report_written_a_week_before_the_happening_stands_apart() -> None:
    reports = [("wire", PULL_WIRE), ("second", PULL_SECOND), ("rope", NEW_ROPE)]
    assert grouped(reports, BACKGROUND, _options(0)) == [["rope", "second", "wire"]]
    assert grouped(reports, BACKGROUND, GroupingOptions()) == [["rope"], ["second", "wire"]]


def test_a_report_written_after_the_happening_still_joins_it() -> None:
    reports = [("wire", PULL_WIRE), ("second", PULL_SECOND), ("crowd", CROWD)]
    assert grouped(reports, BACKGROUND, GroupingOptions()) == [["crowd", "second", "wire"]]


def test_an_undated_report_is_not_judged_by_the_rule() -> None:
    # With no publication day nothing says when it was written: its words alone decide, as without the rule.
    rope: Story = (None, NEW_ROPE[1], NEW_ROPE[2])
    reports = [("wire", PULL_WIRE), ("second", PULL_SECOND), ("rope", rope)]
    assert grouped(reports, BACKGROUND, GroupingOptions()) == grouped(reports, BACKGROUND, _options(0))
