"""Happenings that are statements: a company's results for one quarter and for the quarter before, a
central bank's rate decision and the one a month earlier. Their reports share the company or the bank,
its chief and nearly every word; the quarter, or which way the rate moved, tells them apart. Both are
announced, so their stage is read from a sentence that dates the statement ("said on Tuesday its
fourth-quarter profit fell": ``Ladder.said``), and only beside a word of their subject (``Ladder.context``:
a game's "third quarter" is no company's). Every name and sentence is made up."""

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

Q4_RESULTS = [
    (D(2034, 2, 7), (
        "Brenmoor Steel swings to a loss",
        "Brenmoor Steel said on Tuesday it made a fourth-quarter net loss of 52 million euros as demand from "
        "carmakers slumped, and it would close a furnace at Oddby.",
    )),
    (D(2034, 2, 7), (
        "Oddby furnace to shut as Brenmoor loses money",
        "Brenmoor Steel will close one of its two furnaces at Oddby after a fourth-quarter loss of 52 million "
        "euros, chief executive Ragna Lusk said on Tuesday.",
    )),
]
Q3_RESULTS = (D(2033, 11, 8), (
    "Brenmoor Steel profit shrinks",
    "Brenmoor Steel said on Tuesday its third-quarter net profit shrank to 9 million euros as carmakers "
    "ordered less, chief executive Ragna Lusk said the furnaces at Oddby would keep running.",
))

RATE_RAISED = [
    (D(2035, 4, 3), (
        "Alvanian central bank raises rate to 3 percent",
        "The National Bank of Alvania raised its key rate by half a point to 3 percent on Tuesday to curb "
        "prices, governor Tomas Reyk said.",
    )),
    (D(2035, 4, 3), (
        "Reyk lifts Alvanian borrowing costs",
        "Governor Tomas Reyk said on Tuesday the National Bank of Alvania had raised its key rate to 3 "
        "percent and might raise it again.",
    )),
]
RATE_KEPT = (D(2035, 5, 8), (
    "Alvanian central bank keeps rate at 3 percent",
    "The National Bank of Alvania kept its key rate at 3 percent on Tuesday, governor Tomas Reyk said, "
    "adding that prices had begun to cool.",
))


def _corpus(event: list, lookalike: tuple) -> list:
    return [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([*event, lookalike])]


def test_results_of_the_quarter_before_are_another_event(tmp_path: Path) -> None:
    corpus = _corpus(Q4_RESULTS, Q3_RESULTS)
    events = group(corpus)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # Without the ladder of quarters the two results are one event: the words are all alike.
    blind = GroupingOptions(vocabulary=without_ladder(tmp_path, "reporting_period"))
    assert event_of(group(corpus, blind), "a2") == {"a0", "a1", "a2"}


def test_a_rate_kept_is_not_the_rate_raised_a_month_before(tmp_path: Path) -> None:
    corpus = _corpus(RATE_RAISED, RATE_KEPT)
    events = group(corpus)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    blind = GroupingOptions(vocabulary=without_ladder(tmp_path, "rate_decision"))
    assert event_of(group(corpus, blind), "a2") == {"a0", "a1", "a2"}


def _read(day: dt.date, story: tuple[str, str]) -> set:
    options = GroupingOptions()
    article = make(0, "Outlet", day, story)
    found, cleaned = extract_facts(article, id_prefix="r:")
    return read_happening(
        frame_facts(article, found), cleaned.text, len(cleaned.text), load_stages(None),
        announced=announcing(options.announced), published=day.toordinal(),
        recalling=announcing(options.recalling), to_come_after=options.apart_days,
    ).stages


def test_a_statement_dates_the_results_it_gives() -> None:
    assert _read(*Q3_RESULTS) == {("reporting_period", "q3")}


def test_a_statement_dates_no_stage_of_other_ladders() -> None:
    # An election's round is no statement: "said on Monday" dates the announcement, not the first round.
    story = (
        "Count goes on in Brask",
        "Officials in Brask said on Monday that counting in the first round was slow in the mountain districts.",
    )
    assert _read(D(2035, 4, 2), story) == set()


def test_a_games_quarter_is_no_companys() -> None:
    stages = load_stages(None)
    game = "Ola Brenn scored 14 points in the third quarter as Oddby beat Halvik 88-80 on Saturday."
    assert not [stage for _, _, stage in stages.found(game) if stage[0] == "reporting_period"]
    results = "Oddby Foods said its third-quarter sales rose 4 percent."
    assert [stage for _, _, stage in stages.found(results)] == [("reporting_period", "q3")]
