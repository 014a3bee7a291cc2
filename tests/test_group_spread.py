"""A report with no day of its own, weakly like each report of one group but like the group as a whole, joins it
(``GroupingOptions.spread_total``, ``group._adopt_spread``): a neighbour's account of a collapse shares a few of
its words with each report of the story. A story of another happening in the same town, one close report, another
firm's name or a second group within reach keep it alone. Every name and sentence is made up."""

from __future__ import annotations

from consistency.group import GroupingOptions, _adopt_spread, _tfidf
from consistency.happening import Happening

GROUP = [
    "BRACKENMOOR (Wire) - The roof of a grain warehouse of Harthwick Freight caved in under snow on Monday, "
    "burying two loaders, the fire service said.",
    "Rescuers dug through the fallen roof beams and grain sacks at the Brackenmoor warehouse through the night.",
]
SIDE = ("Neighbours heard the beams crack before dawn and ran out into the snow; one woman said the grain dust "
        "hung over the street for an hour.")
BAKERY = "A bakery in Brackenmoor opened a second shop on Monday, its owner said."
OTHER_FIRM = ("Loaders at Quaydale Haulage heard beams crack in the snow and left the grain shed before its roof "
              "sagged.")

PLAIN = {
    "side": {"beams": 1.0, "crack": 1.0, "snow": 1.0, "grain": 1.0, "dust": 1.0, "street": 1.0},
    "bakery": {"bakery": 1.0, "brackenmoor": 1.0, "monday": 1.0, "shop": 1.0},
    "other_firm": {"loaders": 1.0, "quendale": 1.0, "haulage": 1.0, "beams": 1.0, "crack": 1.0, "snow": 1.0,
                   "grain": 1.0, "roof": 1.0},
}
GROUP_PLAIN = [
    {"brackenmoor": 1.0, "roof": 1.0, "grain": 1.0, "warehouse": 1.0, "harthwick": 1.0, "snow": 1.0,
     "loaders": 1.0, "monday": 1.0},
    {"rescuers": 1.0, "roof": 1.0, "beams": 1.0, "grain": 1.0, "sacks": 1.0, "brackenmoor": 1.0, "night": 1.0},
]
GROUP_NAMES = [{"brackenmoor": 1.0, "harthwick": 1.0, "freight": 1.0}, {"brackenmoor": 1.0}]
NAMES = {"side": {}, "bakery": {"brackenmoor": 1.0}, "other_firm": {"quendale": 1.0, "haulage": 1.0}}
TEXTS = {"side": SIDE, "bakery": BAKERY, "other_firm": OTHER_FIRM}
NOWHEN = Happening([], set(), frozenset())


def _spread(lone: str, near: dict[int, dict[int, float]], options: GroupingOptions | None = None,
            clusters: list[list[int]] | None = None) -> list[list[int]]:
    texts = [*GROUP, TEXTS[lone], "A story of another day."]
    plain = _tfidf([dict(b) for b in [*GROUP_PLAIN, PLAIN[lone], {"day": 1.0}]])
    named = _tfidf([dict(b) for b in [*GROUP_NAMES, NAMES[lone], {}]])
    return _adopt_spread(
        clusters or [[0, 1], [2], [3]], near, [False, False, True, False], [NOWHEN] * 4, texts, (plain, named),
        options or GroupingOptions(),
    )


def test_a_side_story_weakly_like_each_report_joins_the_group() -> None:
    assert sorted(map(sorted, _spread("side", {2: {0: 0.12, 1: 0.11}}))) == [[0, 1, 2], [3]]


def test_a_story_sharing_the_town_and_a_weekday_stays_alone() -> None:
    assert sorted(map(sorted, _spread("bakery", {2: {0: 0.12, 1: 0.11}}))) == [[0, 1], [2], [3]]


def test_a_report_close_to_one_report_is_left_to_linkage() -> None:
    assert sorted(map(sorted, _spread("side", {2: {0: 0.35, 1: 0.11}}))) == [[0, 1], [2], [3]]


def test_another_firms_name_keeps_it_alone() -> None:
    assert sorted(map(sorted, _spread("other_firm", {2: {0: 0.12, 1: 0.11}}))) == [[0, 1], [2], [3]]


def test_a_second_group_within_reach_keeps_it_alone() -> None:
    assert sorted(map(sorted, _spread("side", {2: {0: 0.12, 1: 0.11, 3: 0.06}}))) == [[0, 1], [2], [3]]


def test_one_report_within_reach_is_too_little() -> None:
    assert sorted(map(sorted, _spread("side", {2: {0: 0.19}}))) == [[0, 1], [2], [3]]


def test_the_rule_off() -> None:
    off = GroupingOptions(spread_total=0.0)
    assert sorted(map(sorted, _spread("side", {2: {0: 0.12, 1: 0.11}}, off))) == [[0, 1], [2], [3]]
