"""Happenings a season apart: two groups of reports dating the same kind of happening to days months
apart, neither recalling the other's day, are two events, whatever kind it is (a march:
``GroupingOptions.season_factor``; a legislature's vote, read as one by its "final approval" or "first
approval": ``kind_apart``), except kinds that run for months (``GroupingOptions.lasting``: a trial's
hearings). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions
from consistency.happening import announcing, read_happening
from consistency.stages import load_stages
from tests.test_group import event_of, group, make
from tests.test_group_lookalike_more import without_ladder

D = dt.date

FINAL_VOTE = [
    (D(2033, 10, 13), (
        "Korvath senate gives final approval to harbour dues",
        "HALVIK, Korvath -- Korvath's Senate gave final approval on Thursday to the Harbour Dues Bill, "
        "raising the fees cruise ships pay to dock at Halvik, Transport Minister Edvin Sarko said.",
    )),
    (D(2033, 10, 13), (
        "Cruise fee law clears Korvath senate",
        "Senators in Korvath gave final approval on Thursday to higher harbour dues for cruise ships at "
        "Halvik. Minister Edvin Sarko said the money would pay for a new quay.",
    )),
    (D(2033, 10, 14), (
        "Cruise lines threaten to skip Halvik",
        "Cruise lines said on Friday they might stop calling at Halvik after Korvath's Senate backed the "
        "Harbour Dues Bill. Minister Edvin Sarko said the fees were fair.",
    )),
]
FIRST_VOTE = (D(2033, 5, 10), (
    "Korvath senate backs harbour dues in first vote",
    "HALVIK, Korvath -- Korvath's Senate gave first approval on Tuesday to the Harbour Dues Bill, which "
    "would raise the fees cruise ships pay to dock at Halvik, Transport Minister Edvin Sarko said.",
))

MARCH_JUNE = [
    (D(2034, 6, 17), (
        "Thousands march in Dravik against quarry",
        "DRAVIK -- Thousands of people marched through the centre of Dravik on Saturday against plans "
        "for a granite quarry in the Brask hills, organiser Marta Vellacourt said.",
    )),
    (D(2034, 6, 18), (
        "Dravik quarry protest draws crowds",
        "Thousands of marchers against the planned Brask hills quarry filled Dravik's old square on "
        "Saturday, police said. Organiser Marta Vellacourt said the protests would go on.",
    )),
]
MARCH_FEBRUARY = (D(2034, 2, 11), (
    "Hundreds march in Dravik against quarry plan",
    "DRAVIK -- Hundreds of people marched through the centre of Dravik on Saturday against plans for a "
    "granite quarry in the Brask hills, organiser Marta Vellacourt said.",
))

TRIAL = [
    (D(2034, 2, 6), (
        "Trial of Halvik port chief opens",
        "The trial of Oskar Lindqvist, the former head of Halvik port, opened in Dravik on Monday. He "
        "denies taking bribes from shipping firms, his lawyer told the court.",
    )),
    (D(2034, 5, 16), (
        "Halvik port chief testifies at his trial",
        "Oskar Lindqvist, the former head of Halvik port, told the court in Dravik on Tuesday that he had "
        "never taken bribes from shipping firms, as his trial entered its fourth month.",
    )),
]


def _corpus(event: list, lookalike: tuple | None, undated: set[int] = frozenset()) -> list:
    reports = [*event, *([lookalike] if lookalike else [])]
    return [
        make(i, f"Outlet {i}", None if i in undated else day, story) for i, (day, story) in enumerate(reports)
    ]


def test_a_vote_months_before_the_final_vote_is_another_event() -> None:
    events = group(_corpus(FINAL_VOTE, FIRST_VOTE))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_the_final_vote_and_the_first_are_read_as_votes() -> None:
    # "gave final approval on Thursday" dates a vote, not a match (the "final" of a cup).
    article = make(0, "Outlet 0", *FINAL_VOTE[0])
    found, _ = extract_facts(article, id_prefix="a0:")
    measures = {f.frame.measure for f in frame_facts(article, found) if f.kind == "date" and f.frame}
    assert measures == {"policy"}


def test_an_undated_report_still_joins_its_event() -> None:
    events = group(_corpus(FINAL_VOTE, FIRST_VOTE, undated={1}))
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    assert event_of(events, "a3") == {"a3"}


def test_a_march_months_earlier_in_the_same_town_is_another_event() -> None:
    events = group(_corpus(MARCH_JUNE, MARCH_FEBRUARY))
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


def test_without_the_season_rule_the_earlier_march_joins() -> None:
    # What the rule is for: read as no one-day kind of ``kind_apart`` (a protest is one now; left out
    # here), a march months earlier is told apart by the season rule alone, and the words are all alike.
    one_day = tuple(k for k in GroupingOptions().one_day if k != "protest")
    events = group(_corpus(MARCH_JUNE, MARCH_FEBRUARY), GroupingOptions(season_factor=1.0, one_day=one_day))
    assert event_of(events, "a2") == {"a0", "a1", "a2"}


def test_a_march_is_a_one_day_kind_too() -> None:
    # Without the season rule, the one-day rule alone keeps the march months earlier apart.
    events = group(_corpus(MARCH_JUNE, MARCH_FEBRUARY), GroupingOptions(season_factor=1.0))
    assert event_of(events, "a2") == {"a2"}


def test_an_undated_march_report_still_joins_its_march() -> None:
    events = group(_corpus(MARCH_JUNE, MARCH_FEBRUARY, undated={1}))
    assert event_of(events, "a0") == {"a0", "a1"}


def test_a_trial_months_long_stays_one_event() -> None:
    events = group(_corpus(TRIAL, None))
    assert event_of(events, "a0") == {"a0", "a1"}


QUAKE_SATURDAY = [
    (D(2035, 2, 3), (
        "Quake kills nine in Tellby",
        "TELLBY, Norland -- An earthquake struck the river town of Tellby on Saturday, killing at least nine "
        "people and bringing down the old grain hall, Mayor Ilse Baranek said.",
    )),
    (D(2035, 2, 4), (
        "Tellby buries its dead",
        "Hundreds of mourners attended funerals in Tellby on Sunday for the victims of Saturday's earthquake, "
        "which killed at least nine people. Mayor Ilse Baranek promised to rebuild the grain hall.",
    )),
]
QUAKE_MONDAY_UNDATED = (D(2031, 6, 2), (
    "Tremor rattles Tellby",
    "An earthquake shook the river town of Tellby on Monday evening, cracking the walls of the old grain "
    "hall. Mayor Ilse Baranek said four people were hurt.",
))


def test_funerals_are_dated_as_funerals_not_as_the_quake() -> None:
    article = make(1, "Outlet 1", *QUAKE_SATURDAY[1])
    found, _ = extract_facts(article, id_prefix="a1:")
    sunday = next(f for f in frame_facts(article, found) if f.kind == "date" and f.text == "Sunday")
    assert sunday.frame is not None and sunday.frame.measure == "funeral"


def test_an_undated_quake_on_another_weekday_stays_apart_from_the_quake_and_its_funerals() -> None:
    # The funerals' Sunday is not a day of the quake: Monday's undated tremor is two days from Saturday.
    events = group(_corpus(QUAKE_SATURDAY, QUAKE_MONDAY_UNDATED, undated={2}))
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


STRIKE_AFTER_FIRST_VOTE = (D(2033, 5, 11), (
    "Halvik dockers strike over harbour dues",
    "Dock workers in Halvik walked out on Wednesday, a day after Korvath's Senate backed the Harbour Dues "
    "Bill, their union said. Transport Minister Edvin Sarko said the strike would not change the bill.",
))


def test_a_strike_the_day_after_the_first_vote_is_not_the_final_vote() -> None:
    # "on Wednesday, a day after the Senate backed the bill" dates the first vote to Tuesday, May 10: a
    # vote five months before the final one, whatever the strike's own day.
    events = group(_corpus(FINAL_VOTE, STRIKE_AFTER_FIRST_VOTE))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_a_run_off_announced_with_its_day_is_not_the_stage_of_the_round_reported() -> None:
    # "Will meet in a run-off on May 6 after neither won a majority on Sunday": Sunday's vote is the first
    # round; the run-off is announced (dated to come), not the stage of the day reported.
    text = (
        "Jonas Brask and Lena Halvik will meet in a run-off on May 6 after neither won a majority in "
        "Norland's presidential election on Sunday, the election office said."
    )
    options = GroupingOptions()
    published = D(2035, 4, 23)
    article = make(1, "Outlet", published, ("Norland heads for a run-off", text))
    found, cleaned = extract_facts(article, id_prefix="r:")
    read = read_happening(
        frame_facts(article, found), cleaned.text, len(cleaned.text), load_stages(None),
        announced=announcing(options.announced), published=published.toordinal(),
        to_come_after=options.apart_days,
    )
    # What Sunday's vote did is stated: no one won a majority (a first round's result); no round is named.
    assert read.stages == {("election_result", "plurality")}
    assert ("election_round", "second") in read.announced


RUNOFF = [
    (D(2035, 10, 1), (
        "Vellacourt elected governor of Brask",
        "DRAVIK, Brask -- Marta Vellacourt was elected governor of Brask on Sunday, beating Anton Korvath in "
        "the run-off with 54.2 percent of the vote, the regional election board said on Monday.",
    )),
    (D(2035, 10, 1), (
        "Brask picks Vellacourt in second round",
        "Voters in Brask chose Marta Vellacourt as governor in Sunday's second round, giving her 54.2 "
        "percent against 45.8 percent for Anton Korvath, the election board said.",
    )),
    (D(2035, 10, 1), (
        "Korvath concedes Brask race",
        "Anton Korvath conceded on Sunday night after Marta Vellacourt won the run-off for governor of "
        "Brask. \"The voters have chosen,\" Korvath told supporters in Dravik.",
    )),
]
FIRST_ROUND_NO_STAGE = (D(2035, 9, 10), (
    "Vellacourt tops Brask governor vote",
    "Marta Vellacourt topped Sunday's vote for governor of Brask with 41.3 percent, ahead of Anton Korvath "
    "with 33.0 percent, the regional election board in Dravik said.",
))


def test_undated_runoff_reports_join_the_group_that_dates_the_runoff(tmp_path: Path) -> None:
    # The two undated reports name the run-off; the dated September report names no round, and the dated
    # run-off report stands three weeks from it.
    corpus = _corpus(RUNOFF, FIRST_ROUND_NO_STAGE, undated={1, 2})
    events = group(corpus)
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    assert event_of(events, "a3") == {"a3"}
    # Read without the results of an election (the first round's "topped" against a run-off, which
    # decides) and without that last look (nor the later group's claim on undated reports nearly as like it,
    # ``later_ratio``), linkage files them with the first round's report, whose words are as close.
    no_results = without_ladder(tmp_path, "election_result")
    events = group(corpus, GroupingOptions(vocabulary=no_results))
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    unstaged = GroupingOptions(restage=False, later_ratio=0.0, vocabulary=no_results)
    assert event_of(group(corpus, unstaged), "a3") == {"a1", "a2", "a3"}
