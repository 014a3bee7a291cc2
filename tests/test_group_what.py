"""What happened, besides who and where: short local reports that share a town's name and nothing else
are not one event; reports of one happening told in other words (a fire, a blaze) still are."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from consistency.group import GroupingOptions, _told_of
from consistency.happening import named_happenings, naming
from consistency.vocabulary import load_vocabulary
from tests.test_group import event_of, group, make

D = dt.date

FLOOD_A = (
    "Burst pipe floods Quillhaven square",
    "A water pipe burst under the market square in Quillhaven on Thursday morning, flooding cellars and "
    "cutting supplies to 900 homes, the water board said.",
)
FLOOD_B = (
    "Quillhaven cellars pumped dry",
    "Firefighters pumped water out of cellars around Quillhaven's market square on Friday after Thursday's "
    "burst pipe. Supplies to 900 homes were back by the evening.",
)
CHOIR = (
    "Quillhaven choir heads to national final",
    "The Quillhaven male voice choir will sing in the national final next month after winning the regional "
    "round on Thursday, its conductor said.",
)
ALLOTMENT = (
    "Quillhaven allotments get new gate",
    "The allotment society in Quillhaven has a new gate and fence, paid for by its members, the society's "
    "secretary said on Friday.",
)
# Other stories, so that the common words of news are common.
ELSEWHERE = [
    (D(2037, 3, 3), ("Ferry delayed at Tarnholm", "The morning ferry from Tarnholm sailed two hours late on "
                     "Tuesday because of fog, the operator said.")),
    (D(2037, 3, 9), ("Ostrel council sets budget", "Ostrel town council set its budget for the coming year "
                     "on Monday, raising parking charges.")),
]


def corpus(town_stories: list[tuple[dt.date | None, tuple[str, str]]]) -> list:
    stories = [*town_stories, *ELSEWHERE]
    return [make(n, f"Outlet {n}", day, story) for n, (day, story) in enumerate(stories, start=1)]


def test_short_reports_sharing_only_a_town_are_apart() -> None:
    articles = corpus([(D(2037, 3, 5), FLOOD_A), (D(2037, 3, 6), FLOOD_B), (D(2037, 3, 6), CHOIR)])
    events = group(articles)
    assert {"a1", "a2"} <= event_of(events, "a1")
    assert event_of(events, "a3") == {"a3"}


def test_without_the_what_rule_the_town_alone_joins_them() -> None:
    # The rule is what keeps them apart: with it off, the town's name (the only name of each) joins them.
    articles = corpus([(D(2037, 3, 5), FLOOD_A), (D(2037, 3, 6), FLOOD_B), (D(2037, 3, 6), CHOIR)])
    events = group(articles, dataclasses.replace(GroupingOptions(), what_floor=0.0))
    assert "a3" in event_of(events, "a1")


def test_undated_short_reports_sharing_only_a_town_are_apart() -> None:
    articles = corpus([(None, FLOOD_A), (None, FLOOD_B), (None, ALLOTMENT), (None, CHOIR)])
    events = group(articles)
    assert {"a1", "a2"} <= event_of(events, "a1")
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a4") == {"a4"}


def test_a_shared_weekday_is_no_evidence_of_what_happened() -> None:
    # The allotment report and the second flood report share "Friday" and the town: still two events.
    articles = corpus([(D(2037, 3, 5), FLOOD_A), (D(2037, 3, 6), FLOOD_B), (D(2037, 3, 6), ALLOTMENT)])
    events = group(articles)
    assert event_of(events, "a3") == {"a3"}


def test_one_happening_told_in_other_words_stays_one_event() -> None:
    # A fire and a blaze share no plain word but the town; the happening vocabulary tells them one kind.
    fire = ("Fire at Quillhaven mill", "A fire broke out at the old mill in Quillhaven on Sunday night.")
    blaze = ("Quillhaven blaze", "Crews fought a blaze for hours at Quillhaven's mill late on Sunday.")
    articles = corpus([(D(2037, 3, 8), fire), (D(2037, 3, 9), blaze)])
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}


def test_happening_words_name_their_happening() -> None:
    told = _told_of(load_vocabulary(None))
    assert told["blaze"] == told["fire"] == ("fire",)
    assert told["thieves"] == ("robbery",)
    assert "said" not in told  # statements recur in every story: no evidence of which happening


TREMOR_A = (
    "Quake shakes the Tollen hills",
    "A magnitude 6.2 earthquake struck the Tollen hills on Monday, bringing down the bell tower in "
    "Annesk and injuring 40 people, the geological survey said.",
)
TREMOR_B = (
    "Annesk bell tower falls in quake",
    "The bell tower of Annesk collapsed when a magnitude 6.2 earthquake hit the Tollen hills on Monday. "
    "Forty people were hurt, the geological survey said.",
)
AFTERSHOCK = (
    "Aftershock jolts Tollen hills",
    "A magnitude 4.8 aftershock jolted the Tollen hills on Thursday, three days after the damaging "
    "earthquake, cracking more walls in Annesk, the geological survey said.",
)


def test_an_aftershock_days_later_with_its_own_magnitude_is_another_event() -> None:
    articles = corpus([(D(2037, 3, 2), TREMOR_A), (D(2037, 3, 2), TREMOR_B), (D(2037, 3, 5), AFTERSHOCK)])
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3"}
    # The rule is what keeps it apart: reaching only happenings four days apart, it lets the aftershock join.
    close = group(articles, dataclasses.replace(GroupingOptions(), figures_days=4))
    assert "a3" in event_of(close, "a1")


RUNOFF_A = (
    "Brannick wins Selmark presidency",
    "ODRAVA, Selmark -- Ada Brannick won Selmark's presidential run-off on Sunday with 55.1 percent, "
    "beating the former mayor of Odrava, Pell Orsini, the election office said.",
)
RUNOFF_B = (
    "Selmark elects Brannick",
    "Voters in Selmark elected Ada Brannick as their president on Sunday. Pell Orsini, who had 44.9 "
    "percent, conceded late in the evening in Odrava.",
)
FIRST_ROUND = (
    "Brannick tops Selmark vote",
    "Ada Brannick topped Selmark's presidential vote on Sunday with 36.2 percent, ahead of Pell Orsini "
    "with 30.4 percent, the election office in Odrava said.",
)


@pytest.mark.parametrize(
    "days",
    [
        (None, None, None),  # nothing dated: each report's Sunday is any Sunday
        (D(2037, 3, 16), D(2037, 3, 16), None),  # the first-round report undated, as archive copies are
        (None, None, D(2037, 3, 2)),
    ],
)
def test_a_first_round_report_naming_no_round_is_not_the_runoff(days: tuple[dt.date | None, ...]) -> None:
    # The first-round report says who "topped" the vote; the run-off's say who won it or was elected. Every
    # report dates its vote to a Sunday: only the result tells them apart.
    articles = corpus(list(zip(days, (RUNOFF_A, RUNOFF_B, FIRST_ROUND), strict=True)))
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3"}


ROBBERY = (
    "Quillhaven jeweller raided",
    "Thieves took rings and watches from a jeweller's shop in Quillhaven on Thursday, police said.",
)
MILL_FIRE = ("Fire at Quillhaven mill", "A fire broke out at the old mill in Quillhaven on Sunday, the fire service said.")
MILL_BLAZE = ("Quillhaven blaze", "Crews fought a blaze for hours at Quillhaven's mill on Sunday.")


def test_two_kinds_of_incident_in_one_town_are_apart() -> None:
    # A fire and a robbery are both incidents (one family for dating), but not one happening.
    articles = corpus([(D(2037, 3, 8), MILL_FIRE), (D(2037, 3, 8), MILL_BLAZE), (D(2037, 3, 5), ROBBERY)])
    assert event_of(group(articles), "a3") == {"a3"}
    assert "a3" in event_of(group(articles, dataclasses.replace(GroupingOptions(), what_floor=0.0)), "a1")


def test_a_death_is_told_of_any_incident() -> None:
    # One report tells only of a death, the other only of a fire: a death ends a fire, so they may be one.
    died = ("Woman dies in Quillhaven", "A woman of 81 died in Quillhaven on Sunday, her neighbours said.")
    house = ("Quillhaven house gutted", "Flames swept through a terraced house in Quillhaven on Sunday, firefighters said.")
    articles = corpus([(None, died), (None, house)])
    assert event_of(group(articles), "a1") == {"a1", "a2"}
    assert event_of(group(articles, dataclasses.replace(GroupingOptions(), what_outcomes=())), "a1") == {"a1"}
    told = _told_of(load_vocabulary(None), ("death",))
    assert {"fire", "shooting", "death"} <= set(told["died"]) and told["blaze"] == ("fire",)


def test_a_storm_is_named_in_the_headline_or_first_sentence() -> None:
    pattern = naming(GroupingOptions().named_happenings)
    text = (
        "Storm Wenna lashes Carrow\n\nStorm Wenna brought down trees in Carrow on Monday. The town was last "
        "flooded when Storm Odile hit two years ago."
    )
    assert named_happenings(text, len(text), pattern) == frozenset({"wenna"})
    assert named_happenings("Storm damage in Carrow\n\nThe storm hit on Monday.", 40, pattern) == frozenset()
    assert named_happenings(text, len(text), naming(())) == frozenset()
    # A headline in title case capitalises every word: "Batters" is no storm's name.
    title = "Storm Batters Carrow Harbour Front\n\nA storm hit Carrow on Monday."
    assert named_happenings(title, len(title), pattern) == frozenset()


def test_two_named_storms_of_one_coast_are_apart_undated() -> None:
    wenna = ("Storm Wenna floods Carrow harbour", "Storm Wenna flooded the harbour at Carrow on Monday and cut "
             "power to 20,000 homes on the Ostry coast, the weather office said.")
    wenna_2 = ("Carrow mops up", "Carrow cleared its harbour front on Tuesday after Storm Wenna cut power to "
               "homes along the Ostry coast.")
    odile = ("Storm Odile floods Carrow harbour", "Storm Odile flooded the harbour at Carrow on Monday and cut "
             "power to 15,000 homes on the Ostry coast, the weather office said.")
    articles = corpus([(None, wenna), (None, wenna_2), (None, odile)])
    assert event_of(group(articles), "a3") == {"a3"}
    assert "a3" in event_of(group(articles, dataclasses.replace(GroupingOptions(), named_happenings=())), "a1")
