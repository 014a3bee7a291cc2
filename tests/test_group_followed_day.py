"""A follow-up of weeks later that writes the day of the happening it follows joins that happening's reports
(``GroupingOptions.recalled_day_span``, ``group._adopt_recalled_day``): it leads with its own news in words of its
own, so neither linkage nor the told-day rules (a few days back at most) weighed it. Every name and sentence is
made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import event_of, group, make

D = dt.date

LEVY = [
    (D(2041, 3, 4), (
        "Pelvarra to charge lorries a road levy from May",
        "DUNSHOLT, March 4 - Pelvarra will charge heavy lorries a levy of 14 crowns for every 100 kilometres driven "
        "on its motorways from May 1, Transport Minister Bexa Tilmere said on Monday. The levy is expected to "
        "raise 310 million crowns a year for road repairs.",
    )),
    (D(2041, 3, 4), (
        "Lorry levy announced for Pelvarra motorways",
        "Hauliers in Pelvarra will pay 14 crowns per 100 km on motorways from May under a levy announced by "
        "Transport Minister Bexa Tilmere on Monday, meant to raise 310 million crowns a year for road repairs.",
    )),
    (D(2041, 3, 5), (
        "Hauliers angry at new motorway levy",
        "Transport Minister Bexa Tilmere said yesterday that heavy lorries will pay a motorway levy of 14 crowns "
        "per 100 kilometres from May, raising 310 million crowns a year. Hauliers called it a tax on food prices.",
    )),
]

FOLLOW_UP = (
    "Pelvarra hauliers file first complaints as lorry levy bites",
    "DUNSHOLT, May 8 - Haulage firms filed 212 complaints about wrong readings from roadside toll cameras in "
    "the first week of charging, the motorway operator said on Wednesday. The levy, announced on March 4, took "
    "effect on May 1. Drivers queued at border crossings as cameras were tested.",
)


def _corpus(follow_up: tuple[str, str] = FOLLOW_UP) -> list:
    return [
        *(make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(LEVY)),
        make(9, "Outlet 9", D(2041, 5, 8), follow_up),
    ]


def test_a_follow_up_writing_the_happening_s_day_joins_it() -> None:
    assert event_of(group(_corpus()), "a9") == {"a0", "a1", "a2", "a9"}


def test_without_the_rule_the_follow_up_stays_alone() -> None:
    options = dataclasses.replace(GroupingOptions(), recalled_day_span=0)
    assert event_of(group(_corpus(), options), "a9") == {"a9"}


def test_a_follow_up_writing_another_day_stays_alone() -> None:
    title, body = FOLLOW_UP
    assert event_of(group(_corpus((title, body.replace("March 4", "April 22")))), "a9") == {"a9"}


def test_a_follow_up_a_day_off_the_happening_s_day_joins_it() -> None:
    # (papers of the next morning and writers weeks on often put a happening a day late: GroupingOptions.recalled_day_slack)
    title, body = FOLLOW_UP
    assert event_of(group(_corpus((title, body.replace("March 4", "March 5")))), "a9") == {"a0", "a1", "a2", "a9"}


def test_without_the_slack_a_day_off_stays_alone() -> None:
    title, body = FOLLOW_UP
    options = dataclasses.replace(GroupingOptions(), recalled_day_slack=0)
    assert event_of(group(_corpus((title, body.replace("March 4", "March 5"))), options), "a9") == {"a9"}


def test_two_days_off_stays_alone() -> None:
    title, body = FOLLOW_UP
    assert event_of(group(_corpus((title, body.replace("March 4", "March 6")))), "a9") == {"a9"}
