"""A witness's or winner's account of the next morning ("Wemslow said yesterday she had capsized twice") shares the
event's person and a word or two, but tells of no happening the wire reports tell of (a race): the what rule
(``GroupingOptions.what_floor``) weighs such a pair as two happenings alike by a place alone, and its likeness fell
under the bar a report dated to the group's day joins by (``told_day_floor``). ``GroupingOptions.told_day_what``
weighs those lone reports by their pair's likeness before the what rule, less what weekdays and months give: a
story of the same day in the same town that shares only "yesterday" or a weekday with the event stays alone."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.grouping_stories import RACE_BACKGROUND as BACKGROUND
from tests.grouping_stories import RACE_DAY as TUESDAY
from tests.grouping_stories import RACE_SECOND as SECOND
from tests.grouping_stories import RACE_WIRE as WIRE
from tests.grouping_stories import grouped

WEDNESDAY = TUESDAY + dt.timedelta(days=1)

ACCOUNT = (
    WEDNESDAY,
    "'I went round in circles at the weir'",
    "Wemslow said yesterday she had capsized twice in practice and feared the current at the weir. Her coach, "
    "Cosgrave Tudgell, said she had trained every evening since March.",
)
SAME_DAY = (
    WEDNESDAY,
    "Bus station reopens",
    "The bus station reopened yesterday after two months of repairs, the operator said.",
)


def _grouped(side: tuple[dt.date, str, str], options: GroupingOptions) -> list[list[str]]:
    """The events of the two reports of the race and ``side``, by article id (background stories left out)."""
    return grouped([("wire", WIRE), ("second", SECOND), ("side", side)], BACKGROUND, options)


def test_an_account_of_the_next_morning_joins_its_race() -> None:
    assert _grouped(ACCOUNT, GroupingOptions()) == [["second", "side", "wire"]]


def test_without_the_rule_the_account_stays_alone() -> None:
    # (The account also names its rower as a person, "Wemslow said", which spares it the what rule on its own:
    # ``GroupingOptions.what_people``, off here so that this rule's part is seen alone.)
    assert _grouped(ACCOUNT, GroupingOptions(told_day_what=False, what_people=False)) == [["second", "wire"], ["side"]]


def test_the_persons_name_alone_also_joins_the_account() -> None:
    assert _grouped(ACCOUNT, GroupingOptions(told_day_what=False)) == [["second", "side", "wire"]]


def test_a_story_of_the_same_day_sharing_only_yesterday_stays_alone() -> None:
    assert _grouped(SAME_DAY, GroupingOptions()) == [["second", "wire"], ["side"]]
