"""A report of the next morning that tells its happening by the day ("yesterday's ruling") joins that happening's
reports though it names a town, a person and a body none of them names (``GroupingOptions.told_day_new_names``): a
side story tells one place and one voice of a national happening, and its day and words already hold it to the
group. And a plural of a name the group writes is the group's name (``group._placed_within``). Every name and
sentence is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions, _placed_within
from tests.test_group import event_of, group, make

D = dt.date

TARIFFS = [
    (D(2042, 9, 16), (
        "Tariffs as high as 38% put on Tolvaran bicycles",
        "The government put import tariffs as high as 38 percent on bicycles from Tolvara on Tuesday, for five "
        "years, saying Tolvaran factories had priced them under cost, Trade Minister Bexa Parrach said.",
    )),
    (D(2042, 9, 16), (
        "Tolvaran bicycle tariffs: the final rates",
        "Makers of bicycles in Tolvara face import tariffs of 21 to 38 percent from Tuesday, the trade "
        "ministry said, after an inquiry found bicycles from Tolvara were priced under cost.",
    )),
    (D(2042, 9, 16), (
        "Bicycle imports from Tolvara hit by tariffs",
        "Imports of Tolvaran bicycles face import tariffs as high as 38 percent from Tuesday, the government "
        "said, after its inquiry into bicycles priced under cost.",
    )),
]

SIDE_STORY = (
    "Frame makers cheer, shops count the cost",
    "In Halmsey, where nine workshops still build frames, yesterday's decision on bicycle tariffs was greeted "
    "with relief. \"We were being undersold for years,\" said Wendry Dorwick of the Frame Builders' Guild. Shops "
    "said a family bicycle would cost about 40 crowns more.",
)


def _corpus() -> list:
    return [
        *(make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(TARIFFS)),
        make(9, "Outlet 9", D(2042, 9, 17), SIDE_STORY),
    ]


def test_a_side_story_of_the_next_morning_joins_by_its_day() -> None:
    assert event_of(group(_corpus()), "a9") == {"a0", "a1", "a2", "a9"}


def test_held_to_the_group_s_names_it_stays_alone() -> None:
    options = dataclasses.replace(GroupingOptions(), told_day_new_names=False)
    assert event_of(group(_corpus(), options), "a9") == {"a9"}


def test_a_plural_of_a_name_the_group_writes_is_no_new_name() -> None:
    others = ["The Orvanta Tolvara won a design prize at the motor fair on Monday."]
    assert _placed_within("Orvanta will build 5,000 more Tolvaras this year.", others)
    assert not _placed_within("Orvanta will build 5,000 more Hallowmeres this year.", others)
