"""Benchmark metrics: span matching, P/R/F1 with counts, B-cubed, pairwise F1, ARI, links."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `benchmarks/` is not installed

from benchmarks.metrics import (  # noqa: E402
    PRF,
    Accuracy,
    adjusted_rand_index,
    bcubed,
    link_prf,
    links_of,
    match_spans,
    overlap,
    pairwise,
    span_prf,
    value_scores,
)


@pytest.mark.parametrize(
    ("prf", "precision", "recall", "f1"),
    [
        (PRF(2, 2, 0), 0.5, 1.0, 2 / 3),
        (PRF(0, 0, 0), 1.0, 1.0, 1.0),
        (PRF(0, 3, 0), 0.0, 0.0, 0.0),
        (PRF(0, 0, 4), 0.0, 0.0, 0.0),
        (PRF(3, 1, 1), 0.75, 0.75, 0.75),
    ],
)
def test_prf(prf: PRF, precision: float, recall: float, f1: float) -> None:
    assert prf.precision == pytest.approx(precision)
    assert prf.recall == pytest.approx(recall)
    assert prf.f1 == pytest.approx(f1)


def test_prf_adds_counts() -> None:
    assert PRF(1, 2, 3) + PRF(4, 5, 6) == PRF(5, 7, 9)
    assert (PRF(1, 2, 3) + PRF(0, 0, 0)).counts() == "tp=1 fp=2 fn=3"
    assert (Accuracy(1, 2) + Accuracy(2, 2)).value == 0.75 and Accuracy(0, 0).value == 0.0


@pytest.mark.parametrize(
    ("a", "b", "shared"), [((0, 5), (3, 8), 2), ((0, 5), (5, 8), 0), ((2, 4), (0, 9), 2), ((0, 1), (4, 5), 0)]
)
def test_overlap(a: tuple[int, int], b: tuple[int, int], shared: int) -> None:
    assert overlap(a, b) == shared == overlap(b, a)


def test_strict_and_relaxed_span_scores() -> None:
    gold = [(0, 10), (20, 25), (40, 45)]
    system = [(0, 10), (18, 24), (30, 35)]
    assert span_prf(gold, system, "strict") == PRF(1, 2, 2)
    assert span_prf(gold, system, "relaxed") == PRF(2, 1, 1)


def test_relaxed_matching_is_one_to_one_and_prefers_larger_overlap() -> None:
    gold = [(0, 10)]
    system = [(0, 3), (2, 10)]
    assert match_spans(gold, system, "relaxed") == [(0, 1)]
    assert span_prf(gold, system, "relaxed") == PRF(1, 1, 0)
    # two identical system spans cannot both match one gold span
    assert span_prf([(0, 4)], [(0, 4), (0, 4)], "strict") == PRF(1, 1, 0)


def test_unknown_mode_is_an_error() -> None:
    with pytest.raises(ValueError, match="mode"):
        match_spans([(0, 1)], [(0, 1)], "fuzzy")


def test_value_scores_count_values_only_on_matched_spans() -> None:
    gold = [((0, 5), "2020"), ((10, 15), "2021-01"), ((30, 35), "2022")]
    system = [((0, 5), "2020"), ((11, 15), "2021"), ((50, 55), "2022")]
    spans, values, accuracy = value_scores(gold, system, lambda g, s: g == s)
    assert spans == PRF(2, 1, 1)
    assert values == PRF(1, 2, 2)
    assert accuracy == Accuracy(1, 2)


def test_bcubed_known_values() -> None:
    gold = {"a": 1, "b": 1, "c": 2}
    predicted = {"a": "x", "b": "y", "c": "y"}
    scores = bcubed(gold, predicted)
    # precision: a 1, b 1/2, c 1/2 ; recall: a 1/2, b 1/2, c 1
    assert scores.precision == pytest.approx(2 / 3)
    assert scores.recall == pytest.approx(2 / 3)
    assert scores.f1 == pytest.approx(2 / 3)
    assert scores.n == 3


def test_clusterings_must_label_the_same_items() -> None:
    with pytest.raises(ValueError):
        bcubed({"a": 1}, {"b": 1})


def test_pairwise_counts() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2}
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2}
    # gold pairs ab ac bc; predicted pairs ab cd
    assert pairwise(gold, predicted) == PRF(1, 1, 2)


def test_ari_known_value() -> None:
    # The example of scikit-learn's documentation: ARI([0,0,1,1],[0,0,1,2]) = 0.5714...
    gold = dict(enumerate([0, 0, 1, 1]))
    predicted = dict(enumerate([0, 0, 1, 2]))
    assert adjusted_rand_index(gold, predicted) == pytest.approx(0.5714285714)
    # and ARI([0,0,1,1],[0,1,0,1]) = -0.5
    assert adjusted_rand_index(gold, dict(enumerate([0, 1, 0, 1]))) == pytest.approx(-0.5)


labelings = st.lists(st.integers(min_value=0, max_value=4), min_size=2, max_size=25)


@given(labelings)
def test_identical_clusterings_score_perfectly(labels: list[int]) -> None:
    gold = dict(enumerate(labels))
    predicted = {i: f"c{label}" for i, label in gold.items()}  # renamed labels do not matter
    assert bcubed(gold, predicted).f1 == pytest.approx(1.0)
    assert pairwise(gold, predicted).f1 == pytest.approx(1.0)
    assert adjusted_rand_index(gold, predicted) == pytest.approx(1.0)


@given(labelings, labelings)
def test_scores_are_bounded_and_symmetric_where_they_should_be(a: list[int], b: list[int]) -> None:
    n = min(len(a), len(b))
    gold, predicted = dict(enumerate(a[:n])), dict(enumerate(b[:n]))
    b3 = bcubed(gold, predicted)
    assert 0.0 <= b3.precision <= 1.0 and 0.0 <= b3.recall <= 1.0
    swapped = bcubed(predicted, gold)
    assert swapped.precision == pytest.approx(b3.recall) and swapped.recall == pytest.approx(b3.precision)
    assert adjusted_rand_index(gold, predicted) == pytest.approx(adjusted_rand_index(predicted, gold))
    assert adjusted_rand_index(gold, predicted) <= 1.0 + 1e-9


def test_links() -> None:
    gold = links_of({"i1": ["a", "b", "c"], "i2": ["d"]})
    assert gold == {frozenset("ab"), frozenset("ac"), frozenset("bc")}
    system = links_of([["a", "b"], ["c", "d"], ["e", "e"]])
    assert link_prf(gold, system) == PRF(1, 1, 2)


def test_check_reports_metrics_below_floor_or_missing() -> None:
    from benchmarks.common import Row
    from benchmarks.run import check

    rows = [Row("dates", "a", "A", 0.80), Row("dates", "b", "B", 0.50), Row("dates", "c", "C", None, note="n/a")]
    assert check(rows, {"a": 0.80}) == []
    failures = check(rows, {"a": 0.7, "b": 0.6, "c": 0.1, "d": 0.1})
    assert [f.split(":")[0] for f in failures] == ["b", "c", "d"]


def test_update_readme_only_touches_the_marked_block(tmp_path: Path) -> None:
    from benchmarks.run import END, START, update_readme

    readme = tmp_path / "README.md"
    readme.write_text(f"# T\nintro\n{START}\nold table\n{END}\nafter\n", encoding="utf-8")
    assert update_readme("| new |", readme)
    assert readme.read_text(encoding="utf-8") == f"# T\nintro\n{START}\n| new |\n{END}\nafter\n"
    plain = tmp_path / "PLAIN.md"
    plain.write_text("no markers\n", encoding="utf-8")
    assert not update_readme("| new |", plain) and plain.read_text(encoding="utf-8") == "no markers\n"


def test_table_shows_counts_and_unavailable_notes() -> None:
    from benchmarks.common import Row
    from benchmarks.run import table

    text = table([Row("dates", "k", "TE3 strict F1", 0.5, "tp=1 fp=1 fn=1"),
                  Row("speed", "s", "peer", None, note="not installed", gated=False)])
    assert "| dates | TE3 strict F1 | 0.500 | tp=1 fp=1 fn=1 |" in text
    assert "| speed | peer | not installed |  |" in text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2013-04-16T14:09Z", dt.datetime(2013, 4, 16, 14, 9)),
        ("2011-10-20", dt.date(2011, 10, 20)),
        ("t_2013-09-09", dt.date(2013, 9, 9)),
        ("2009-12-3T14:36Z", dt.datetime(2009, 12, 3, 14, 36)),
        ("2009:02:03T17:59:13Z", dt.datetime(2009, 2, 3, 17, 59)),
        ("no date here", None),
        (None, None),
    ],
)
def test_creation_times_with_corpus_quirks(raw, expected) -> None:  # type: ignore[no-untyped-def]
    from benchmarks.common import parse_when

    assert parse_when(raw) == expected


def test_recognizers_resolution_matches_dates_timex_values_and_clock_readings() -> None:
    from benchmarks.values import same_recognizers
    from consistency.extract.timexes import Timex
    from consistency.model import DateValue

    duration = {"values": [{"timex": "PT1.5H", "type": "duration", "value": "5400"}]}
    assert same_recognizers(duration, Timex(0, 5, "DURATION", "PT1.5H"))
    assert not same_recognizers(duration, Timex(0, 5, "DURATION", "PT1H"))
    clock = {"values": [{"timex": "T07:30", "type": "time"}, {"timex": "T19:30", "type": "time"}]}
    at = DateValue("2024-03-13T19:30", "2024-03-13T19:30", "time", True)
    assert same_recognizers(clock, Timex(0, 5, "TIME", "2024-03-13T19:30", at))
    assert not same_recognizers(clock, Timex(0, 5, "TIME", "2024-03-13T19:45"))
    day = DateValue("2024-03-13", "2024-03-13", "day", True)
    assert same_recognizers({"values": [{"timex": "2024-03-13", "type": "date", "value": "2024-03-13"}]},
                            Timex(0, 5, "DATE", "2024-03-13", day))
    part = {"values": [{"timex": "2024-03-13TEV", "type": "datetimerange", "start": "2024-03-13 16:00:00"}]}
    assert same_recognizers(part, Timex(0, 5, "DATE", "2024-03-13TEV", day))
    assert not same_recognizers(part, Timex(0, 5, "DATE", "2024-03-13", day))
    weekday_part = {"values": [{"timex": "XXXX-WXX-2TAF", "type": "datetimerange", "start": "2024-03-12 12:00:00"}]}
    assert same_recognizers(weekday_part, Timex(0, 5, "DATE", "2024-03-12TAF", day))
    assert not same_recognizers(weekday_part, Timex(0, 5, "DATE", "2024-03-19TAF", day))


def test_recognizers_timerange_compares_clock_readings() -> None:
    from benchmarks.values import same_recognizers_date
    from consistency.model import DateValue

    gold = {"values": [{"timex": "(T16,T17,PT1H)", "type": "timerange", "start": "16:00:00", "end": "17:00:00"}]}
    assert same_recognizers_date(gold, DateValue("2024-03-13T16:00", "2024-03-13T17:00", "period", True))
    assert not same_recognizers_date(gold, DateValue("2024-03-13T16:00", "2024-03-13T18:00", "period", True))


def test_merged_topics_names_the_topics_whose_two_events_meet() -> None:
    from benchmarks.suites.events import merged_topics

    topic = {"a": "2", "b": "2", "c": "10", "d": "10", "e": "7", "f": "7", "g": "3"}
    gold = {"a": "2x", "b": "2y", "c": "10x", "d": "10y", "e": "7x", "f": "7y", "g": "3x"}
    # Topic 10's two events share a predicted event, and so do topic 2's; 7's stay apart; 3 has one event.
    predicted = {"a": 1, "b": 1, "c": 2, "d": 2, "e": 3, "f": 4, "g": 5}
    assert merged_topics(topic, gold, predicted) == (["2", "10"], 3)


def test_strays_name_the_articles_that_join_the_other_half() -> None:
    from benchmarks.suites.events import strays

    topic = {"9_1x": "9", "9_2x": "9", "9_3x": "9", "9_1y": "9", "9_2y": "9", "4_1x": "4", "4_1y": "4"}
    gold = {d: d.split("_")[0] + d[-1] for d in topic}
    # 9_1y joins the event of topic 9's x half; topic 4's halves stay apart, so it names no one.
    predicted = {"9_1x": 1, "9_2x": 1, "9_3x": 1, "9_1y": 1, "9_2y": 2, "4_1x": 3, "4_1y": 4}
    assert strays(topic, gold, predicted) == {"9": ["9_1y"]}
    # One event holding two of each half: on a tie the half whose gold name sorts first is the stray.
    predicted = {"9_1x": 1, "9_2x": 1, "9_1y": 1, "9_2y": 1, "9_3x": 2, "4_1x": 3, "4_1y": 4}
    assert strays(topic, gold, predicted) == {"9": ["9_1x", "9_2x"]}
