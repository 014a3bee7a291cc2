"""A follow-up counts its own day from the happening in days ("by Friday, four days after the river burst its
banks"): it recalls the happening's day without writing it, and tells a later step whose count has grown, so the
figures rule holds it apart from the reports it follows and linkage leaves it alone.
``GroupingOptions.days_after_joins`` lets it join the one group whose day is its own day (or, undated, its
weekday) less those days; counted from another weekday it stays alone, and the flood of years before stays apart.
Every name and sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import days_after
from tests.grouping_stories import grouped

MONDAY = dt.date(2071, 3, 2)  # a Monday

WIRE = (
    MONDAY,
    "Pluvett floods drown sheep around Cudwallow",
    "CUDWALLOW (Wire) - The river Pluvett burst its banks on Monday and drowned at least 400 sheep on farms around "
    "Cudwallow, the county's farmers' union said. Roads to the village were closed.",
)
SECOND = (
    MONDAY,
    "Hundreds of sheep lost as Pluvett bursts its banks",
    "At least 400 sheep drowned when the Pluvett burst its banks near Cudwallow on Monday, the farmers' union said, "
    "and the roads into the village were shut.",
)
EARLIER = (
    MONDAY - dt.timedelta(days=6 * 365 + 2),
    "Pluvett floods drown sheep near Cudwallow",
    "The river Pluvett burst its banks on Monday and drowned about 150 sheep on farms near Cudwallow, the farmers' "
    "union said.",
)
COUNT = (
    MONDAY + dt.timedelta(days=4),
    "Cudwallow flood toll rises",
    "Farmers around Cudwallow had counted 1,250 dead sheep by Friday, four days after the Pluvett burst its banks, "
    "the union said, as knackers' lorries queued at the farm gates.",
)
UNDATED_COUNT = (None, COUNT[1], COUNT[2])
# (undated, its Thursday less four days is a Sunday: no weekday the floods' reports give)
OTHER_WEEKDAY = (None, COUNT[1], COUNT[2].replace("by Friday", "by Thursday"))

BACKGROUND = (
    (MONDAY - dt.timedelta(days=9), "Library reopens", "The town library at Nyxholm reopened on Saturday after a new roof."),
    (MONDAY + dt.timedelta(days=6), "Choir wins cup", "The Ebbsgrove Singers won the county choir cup on Sunday evening."),
    (MONDAY - dt.timedelta(days=300), "Bus lane approved", "Planners approved a bus lane through Jexmoor on Tuesday."),
)

# (``counted_weekdays`` off: it reads the undated count's Friday, four days after, as the flood's Monday too, so that
# linkage alone joins the count to the floods' reports, or, undated with the lorries, to the flood of years before on
# a Monday; these tests are of the rules that join a report linkage left alone)
ON = GroupingOptions(counted_weekdays=False)
OFF = dataclasses.replace(ON, days_after_joins=False)


def _grouped(count: tuple[dt.date | None, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the flood's two reports, the flood of years before and ``count``, by article id."""
    return grouped([("wire", WIRE), ("second", SECOND), ("earlier", EARLIER), ("count", count)], BACKGROUND, options)


def test_days_after_reads_the_count_of_days_and_the_weekday_counted_from() -> None:
    assert days_after("told reporters on Friday, four days after the kiln cracked") == frozenset({(4, 4)})
    assert days_after("On Sunday, a day after the vote, the minister resigned") == frozenset({(1, 6)})
    assert days_after("the day after the storm") == frozenset({(1, -1)})
    # (a weekday after the count may be the earlier happening's own; one of another sentence is not read)
    assert days_after("Rain by Monday. Two days after Tuesday's fire, crews left") == frozenset({(2, -1)})
    assert days_after("two days before the fair") == frozenset()
    assert days_after("40 days after the fire") == frozenset()


def test_without_the_rule_the_undated_grown_count_is_left_alone() -> None:
    assert _grouped(UNDATED_COUNT, OFF) == [["count"], ["earlier"], ["second", "wire"]]


def test_undated_the_follow_up_joins_the_happening_its_weekday_counts_from() -> None:
    assert _grouped(UNDATED_COUNT, ON) == [["count", "second", "wire"], ["earlier"]]


def test_counted_from_another_weekday_it_stays_alone() -> None:
    assert _grouped(OTHER_WEEKDAY, ON) == [["count"], ["earlier"], ["second", "wire"]]


def test_dated_the_follow_up_is_with_the_happening() -> None:
    assert _grouped(COUNT, ON) == [["count", "second", "wire"], ["earlier"]]


# A quake's two reports and an undated aftershock counted from it: a result told once (its magnitude) that the
# quake's reports do not give makes it another happening, however it counts its day.
QUAKE_WIRE = (
    MONDAY,
    "Magnitude 6.2 quake shakes Tasgrove",
    "TASGROVE (Wire) - A magnitude 6.2 earthquake shook Tasgrove on Monday, cracking walls in the old town and "
    "cutting power to the harbour, the seismology office said. Two people were hurt.",
)
QUAKE_SECOND = (
    MONDAY,
    "Tasgrove walls crack in 6.2 quake",
    "A magnitude 6.2 earthquake cracked walls in Tasgrove's old town on Monday and cut power to the harbour, "
    "the seismology office said.",
)
AFTERSHOCK = (
    None,
    "Aftershock rattles Tasgrove",
    "A magnitude 4.9 aftershock shook Tasgrove on Thursday, three days after the earthquake, bringing down a "
    "cracked chimney in the old town, the seismology office said.",
)


def test_a_result_the_group_does_not_give_keeps_the_report_apart() -> None:
    events = grouped([("wire", QUAKE_WIRE), ("second", QUAKE_SECOND), ("after", AFTERSHOCK)], BACKGROUND, ON)
    assert events == [["after"], ["second", "wire"]]


# An undated side story of the same later day, sharing the grown count with the follow-up: linkage pairs the two.
LORRIES = (
    None,
    "Knackers' lorries queue at Cudwallow farms",
    "Knackers' lorries queued at the farm gates around Cudwallow on Friday to take away 1,250 dead sheep, and "
    "farmers said the carcasses had been counted field by field.",
)


def _with_lorries(options: GroupingOptions) -> list[list[str]]:
    reports = [("wire", WIRE), ("second", SECOND), ("earlier", EARLIER), ("count", UNDATED_COUNT), ("lorry", LORRIES)]
    return grouped(reports, BACKGROUND, options)


def test_a_pair_left_alone_joins_by_the_day_one_of_it_counts_from() -> None:
    # (counted_stands off too: the count's weekday counted back is the wire's, and that alone now joins the pair)
    assert _with_lorries(dataclasses.replace(ON, days_after_pairs=False, counted_stands=False)) == [
        ["count", "lorry"], ["earlier"], ["second", "wire"]
    ]
    assert _with_lorries(dataclasses.replace(ON, days_after_pairs=False)) == [
        ["count", "lorry", "second", "wire"], ["earlier"]
    ]
    assert _with_lorries(ON) == [["count", "lorry", "second", "wire"], ["earlier"]]
