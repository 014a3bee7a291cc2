"""A figure read at a moment of its day ("down 4.2 percent at midday", "in early trading", "in the first hours",
"opened down", a span "stuck for six hours now") against another report's figure for the close or the whole day is a later
reading of a measure that went on moving: an update, not a conflict (consistency/checks/comparisons.py,
``_read_at_other_moments``). Two readings of one part of the day must still agree, a clock time is no such cue,
and a span still running cannot be longer than the whole. A total told as built up "by the evening" or "by last night"
is a reading at that moment too, which only grows: the later report must give the higher figure, and a figure in
another unit whose digits swap once converted is a slip, no reading.

The articles are invented: a fall of the Pelzonic 40 index after a warning from Dormlack, and a jammed lock gate.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.model import Article


def figure_verdicts(first: str, second: str) -> list[tuple[str, str | None, list[str]]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=dt.datetime(2047, 3, 4, 12, 30)),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=dt.datetime(2047, 3, 4, 19, 0)),
    ])
    text = {f.id: f.text for f in result.facts}
    return [(fi.status, fi.cause, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


CLOSE = "The Pelzonic 40 index closed down 6.8 percent on Tuesday after Dormlack warned on profits."


@pytest.mark.parametrize(
    "midday",
    [
        "The Pelzonic 40 index is down 4.2 percent at midday on Tuesday after Dormlack warned on profits.",
        "The Pelzonic 40 index fell 4.2 percent by noon on Tuesday after Dormlack warned on profits.",
        "The Pelzonic 40 index fell 4.2 percent in early dealings on Tuesday after Dormlack warned on profits.",
        "The Pelzonic 40 index fell 4.2 percent in the first hours of trading on Tuesday after Dormlack warned on profits.",
        "The Pelzonic 40 index opened down 4.2 percent on Tuesday after Dormlack warned on profits.",
        "09:05 Pelzonic 40 futures open down 4.2 percent after Dormlack's profit warning.",
        "The Pelzonic 40 index fell 4.2 percent at the open on Tuesday after Dormlack warned on profits.",
    ],
)
def test_a_reading_during_the_day_against_the_close_is_an_update(midday: str) -> None:
    found = figure_verdicts(midday, CLOSE)
    assert found == [("compatible", "update", ["4.2 percent", "6.8 percent"])]


def test_the_same_figures_with_no_moment_conflict() -> None:
    found = figure_verdicts("The Pelzonic 40 index fell 4.2 percent on Tuesday after Dormlack warned on profits.", CLOSE)
    assert found[0][0] == "conflict"


def test_two_readings_at_one_part_of_the_day_must_agree() -> None:
    # "at noon" and "at midday" are one moment
    found = figure_verdicts(
        "The Pelzonic 40 index is down 4.2 percent at midday on Tuesday after Dormlack warned on profits.",
        "The Pelzonic 40 index was down 5.9 percent at noon on Tuesday after Dormlack warned on profits.",
    )
    assert found[0][0] == "conflict"


@pytest.mark.parametrize(
    "sentence",
    [
        # a gap that opens up is no market's first price, nor is a tournament called the Open
        "Dormlack's lead over its rivals opened up to 4.2 percent on Tuesday as the index slid.",
        "The Pelzonic 40 index fell 4.2 percent on Tuesday after Dormlack warned on profits at the Open in Dazmirel.",
    ],
)
def test_words_of_opening_that_tell_no_market_open(sentence: str) -> None:
    found = figure_verdicts(sentence, CLOSE)
    assert found[0][0] == "conflict"


def test_a_clock_time_is_no_moment_of_reading() -> None:
    found = figure_verdicts(
        "The Pelzonic 40 index fell 4.2 percent at 11 a.m. on Tuesday after Dormlack warned on profits.", CLOSE
    )
    assert found[0][0] == "conflict"


@pytest.mark.parametrize(("whole", "status"), [("nine hours", "compatible"), ("four hours", "conflict")])
def test_a_span_still_running_can_only_grow(whole: str, status: str) -> None:
    found = figure_verdicts(
        "The Qarsol lock gate has been jammed for six hours now, and barges are queuing on the canal.",
        f"The Qarsol lock gate jammed on Tuesday and stayed shut for {whole} until divers freed it.",
    )
    assert found[0][0] == status


@pytest.mark.parametrize(("whole", "status"), [("510 minutes", "compatible"), ("4 hours", "conflict")])
def test_a_span_still_running_is_weighed_in_the_whole_spans_unit(whole: str, status: str) -> None:
    # "510" is 102 times "five", near a power of ten only by chance: no one number written under two units,
    # but two readings of one span, weighed in minutes.
    found = figure_verdicts(
        "The Qarsol lock gate has been jammed for five hours now, and barges are queuing on the canal.",
        f"The Qarsol lock gate jammed on Tuesday and stayed shut for {whole} until divers freed it.",
    )
    assert found[0][0] == status



def next_day_verdicts(first: str, second: str) -> list[tuple[str, str | None]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Morning Wire", body=first, published=dt.datetime(2047, 3, 4, 12, 30)),
        Article(id="b", path="b.md", outlet="Evening Post", body=second, published=dt.datetime(2047, 3, 5, 7, 0)),
    ])
    return [(fi.status, fi.cause) for fi in result.findings if fi.kind == "figure"]


STRIKE = "Customs officers at the Brennock crossing walked out on Tuesday."
QUEUE_AT_NOON = f"{STRIKE} Police said the queue of lorries stretched 9 kilometres."


@pytest.mark.parametrize("by_then", ["by the evening", "by last night", "by nightfall"])
def test_a_length_by_a_later_moment_of_the_day_is_a_later_reading(by_then: str) -> None:
    later = f"{STRIKE} The queue of lorries stretched 23 kilometres {by_then}, police said."
    assert next_day_verdicts(QUEUE_AT_NOON, later) == [("compatible", "update")]


@pytest.mark.parametrize("when", ["in the evening", "until the evening"])
def test_a_moment_told_without_by_is_no_reading(when: str) -> None:
    later = f"{STRIKE} The queue of lorries stretched 23 kilometres {when}, police said."
    assert next_day_verdicts(QUEUE_AT_NOON, later)[0][0] == "conflict"


def test_a_total_built_up_by_a_moment_does_not_shrink_in_a_later_report() -> None:
    found = next_day_verdicts(
        f"{STRIKE} The queue of lorries stretched 23 kilometres by last night, police said.",
        f"{STRIKE} Police said the queue of lorries stretched 9 kilometres.",
    )
    assert found[0][0] == "conflict"


def test_two_lengths_by_the_evening_must_agree() -> None:
    found = next_day_verdicts(
        f"{STRIKE} The queue of lorries stretched 14 kilometres by the evening, police said.",
        f"{STRIKE} The queue of lorries stretched 23 kilometres by nightfall, police said.",
    )
    assert found[0][0] == "conflict"


def test_a_moment_before_the_figure_in_another_clause_is_not_its_own() -> None:
    # "by last night" tells when the queue stood at 23 km, not when the strike's length was read
    found = next_day_verdicts(
        "At the Brennock crossing lorries queued for 23 kilometres by last night after staff walked out for 48 hours on Tuesday.",
        "At the Brennock crossing staff walked out for 72 hours on Tuesday, and lorries queued for 23 kilometres.",
    )
    assert ("conflict", "unexplained") in found


def test_a_reading_in_another_unit_whose_digits_swap_once_converted_is_a_slip() -> None:
    # 14 miles is 23 kilometres: "32 kilometres" is that figure mistyped, not a later reading
    found = next_day_verdicts(
        f"{STRIKE} The queue of lorries stretched 14 miles by last night, police said.",
        f"{STRIKE} The queue of lorries stretched 32 kilometres, police said.",
    )
    assert found[0][0] == "conflict"
