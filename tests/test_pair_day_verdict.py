"""Two clock readings that differ may still agree on the day: the pair says so apart from its verdict
(``PairVerdict.day``, ``"day"`` in the JSON report), so that a reader checking the day does not read the
clock's conflict. The reports are invented: a water main bursting in Pellvarre."""

from __future__ import annotations

import datetime as dt
import json

from consistency.engine import run_articles
from consistency.model import Article, PairVerdict, RunResult
from consistency.report import ReportOptions
from consistency.report.json_report import render


def burst(second: str) -> RunResult:
    return run_articles([
        Article(id="a", path="a.md", outlet="Pellvarre Wire", published=dt.datetime(2047, 3, 5, 9),
                body="A water main under Pellvarre's market square burst at 4:40 this morning, the water board said."),
        Article(id="b", path="b.md", outlet="The Pellvarre Post", published=dt.datetime(2047, 3, 5, 12),
                body=f"A water main under the market square in Pellvarre burst at {second}, the water board said."),
    ])


def date_pair(result: RunResult) -> PairVerdict:
    dates = {f.id for f in result.facts if f.kind == "date"}
    return next(p for finding in result.findings for p in finding.pairs if set(p.fact_ids) <= dates)


def test_two_clocks_of_one_day_conflict_and_agree_on_the_day() -> None:
    result = burst("06:40 on 5 March")
    pair = date_pair(result)
    assert (pair.status, pair.day) == ("conflict", "agree")
    written = json.loads(render(result, ReportOptions(tool_version="0.0.0-test")))
    pairs = [p for f in written["findings"] for p in f["pairs"] if set(p["fact_ids"]) == set(pair.fact_ids)]
    assert pairs and pairs[0]["day"] == "agree"


def test_clocks_of_two_days_say_nothing_of_the_day() -> None:
    pair = date_pair(burst("4:40 on 4 March"))
    assert pair.status == "conflict" and pair.day is None


def test_one_reading_has_no_day_apart() -> None:
    result = burst("4:40 on 5 March")
    pair = date_pair(result)
    assert pair.status == "agree" and pair.day is None
    written = json.loads(render(result, ReportOptions(tool_version="0.0.0-test")))
    assert all("day" not in p for f in written["findings"] for p in f["pairs"])


def test_the_finding_says_the_day_agrees_when_only_the_clock_differs() -> None:
    conflict = next(f for f in burst("06:40 on 5 March").findings if f.status == "conflict")
    assert conflict.message.endswith("(the same day: only the clock time differs)")
    other_day = next(f for f in burst("4:40 on 4 March").findings if f.status == "conflict")
    assert "the same day" not in other_day.message


def ferry(first: str, second: str) -> RunResult:
    """Two outlets on a ferry running aground at Hayskethorpe: the later-dated one kept a "today" from the day before."""
    return run_articles([
        Article(id="a", path="a.md", outlet="Foalviholt Courier", published=dt.datetime(2047, 3, 4, 18),
                body=f"The Hayskethorpe ferry ran aground on Monday morning, the harbour office said. {first}"),
        Article(id="b", path="b.md", outlet="The Hayskethorpe Ledger", published=dt.datetime(2047, 3, 5, 7),
                body=f"Forty passengers waded ashore after their boat struck a sandbar off Hayskethorpe this morning. {second}"),
    ])


def timed_pair(result: RunResult) -> PairVerdict:
    timed = {f.id for f in result.facts if f.kind == "date" and f.value.granularity == "time"}  # type: ignore[union-attr]
    return next(p for finding in result.findings for p in finding.pairs if set(p.fact_ids) == timed)


def test_one_clock_on_days_each_outlet_tells_apart_agrees_on_the_clock() -> None:
    """The days differ, and each outlet says its day on its own: that is the one disagreement, judged there."""
    result = ferry("Its hull hit the bar at 6 a.m. Monday, crew members said.",
                   "Coastguards said the boat hit the bar at 6am today.")
    pair = timed_pair(result)
    assert (pair.status, pair.day) == ("agree", "conflict")
    days = next(f for f in result.findings if f.kind == "date")
    assert days.status == "conflict"


def test_one_clock_on_two_days_conflicts_when_the_day_is_told_only_with_it() -> None:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Foalviholt Courier", published=dt.datetime(2047, 3, 4, 18),
                body="The Hayskethorpe ferry ran aground at 6 a.m. Monday, the harbour office said. Forty passengers waded ashore."),
        Article(id="b", path="b.md", outlet="The Hayskethorpe Ledger", published=dt.datetime(2047, 3, 5, 7),
                body="Forty passengers waded ashore after their ferry ran aground on a sandbar off Hayskethorpe at 6am today, "
                     "coastguards said."),
    ])
    assert timed_pair(result).status == "conflict"


def test_two_clocks_on_days_told_apart_still_conflict() -> None:
    pair = timed_pair(ferry("Its hull hit the bar at 6 a.m. Monday, crew members said.",
                            "Coastguards said the boat hit the bar at 9am today."))
    assert pair.status == "conflict"
