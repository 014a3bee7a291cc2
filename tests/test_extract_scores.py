"""Final scores (consistency/extract/scores.py), from our own sentences."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.implied_counts import extract_counted_figures
from consistency.extract.scores import extract_scores


def scores(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(text[e.start : e.end], e.value.low, e.value.counted) for e in extract_scores(text, ExtractionContext())]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "winning", "losing"),
    [
        pytest.param("Velmora Rovers beat Brask City 3-1 on Saturday.", 3, 1, id="beat"),
        pytest.param("The Dravik Hawks won 98-91 at home.", 98, 91, id="won"),
        pytest.param("It was a 98–91 win for the Dravik Hawks.", 98, 91, id="a-win"),
        pytest.param("Brask City lost 3-1 to Velmora Rovers.", 3, 1, id="lost-higher-first"),
        pytest.param("Velmora Rovers beat Brask City 3 - 1.", 3, 1, id="spaced-dash"),
        pytest.param("Korvath edged Halvik 4-3 in overtime.", 4, 3, id="edged"),
    ],
)
def test_a_final_score_is_a_winning_and_a_losing_tally(text: str, winning: int, losing: int) -> None:
    found = scores(text)
    assert [(value, noun) for _span, value, noun in found] == [(winning, "winning score"), (losing, "losing score")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Prices won 10-12 percent in a year.", id="a-range-with-a-unit"),
        pytest.param("The plan for 2008-12 won support.", id="years"),
        pytest.param("Call 555-1234 to win a ticket.", id="a-phone-number-is-no-result"),
        pytest.param("Crews searched for 10-12 hours.", id="no-result-word"),
    ],
)
def test_pairs_of_numbers_that_are_no_score(text: str) -> None:
    assert scores(text) == []


def test_scores_join_the_figures_of_an_article() -> None:
    text = "Velmora Rovers beat Brask City 3-1 in front of 12,000 fans."
    figures = extract_counted_figures(text, ExtractionContext())
    assert [text[e.start : e.end] for e in figures] == ["3", "1", "12,000"]


def test_hostile_text_stays_fast_to_read() -> None:
    text = ("beat " + "a-b " * 4) * 5000
    assert scores(text) == []


@pytest.mark.parametrize(
    ("sentence", "wins", "losses"),
    [
        ("Brask improved his record to 25-2 in Velmora.", 25, 2),
        ("Velmora fired its coach after a 4-14 start.", 4, 14),
        ("Halvik dismissed the coach with the team at 4-14.", 4, 14),
    ],
)
def test_a_record_is_its_wins_then_its_losses_whichever_is_larger(sentence: str, wins: int, losses: int) -> None:
    found = [(e.value.counted, e.value.low) for e in extract_counted_figures(sentence, ExtractionContext())]
    assert found == [("wins", wins), ("losses", losses)]


@pytest.mark.parametrize("sentence", ["The 2031-32 season starts in Velmora.", "A 10-12 hours start is planned."])
def test_no_record_without_its_shape(sentence: str) -> None:
    assert not any(e.value.counted in ("wins", "losses") for e in extract_counted_figures(sentence, ExtractionContext()))


@pytest.mark.parametrize(
    ("sentence", "value", "noun"),
    [
        ("Brask knocked out Dravik in the third round.", 3, "round"),
        ("Halvik scored in the 89th minute.", 89, "minute"),
        ("The fire started on the 12th floor.", 12, "floor"),
    ],
)
def test_a_place_in_a_sequence_is_its_ordinal(sentence: str, value: int, noun: str) -> None:
    found = [e.value for e in extract_counted_figures(sentence, ExtractionContext()) if e.value.counted]
    assert [(q.low, q.unit, q.counted) for q in found] == [(value, "ordinal", noun)]


@pytest.mark.parametrize("sentence", ["It was the first time Brask lost.", "Sales rose in the second quarter.", "A three-story school fell."])
def test_no_place_in_a_sequence_without_an_ordinal_before_a_sequence_noun(sentence: str) -> None:
    assert not any(e.value.unit == "ordinal" or (e.value.counted or "").startswith("ordinal")
                   for e in extract_counted_figures(sentence, ExtractionContext()))


@pytest.mark.parametrize(("sentence", "value"), [("Marta hit Velmora as a Category 4 storm.", 4), ("A category-three hurricane struck Brask.", 3)])
def test_a_class_on_a_numbered_scale_is_read_like_a_place_in_a_sequence(sentence: str, value: int) -> None:
    found = [e.value for e in extract_counted_figures(sentence, ExtractionContext()) if e.value.counted]
    assert [(q.low, q.counted) for q in found] == [(value, "ordinal category")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Zorvale raised the flood alert to Level 3.", 3),
        ("The Quembrook leak was rated level two on the scale.", 2),
        ("Marrowind entered a level-4 lockdown.", 4),
    ],
)
def test_a_step_on_a_numbered_level_is_read_like_a_category(sentence: str, value: int) -> None:
    found = [e.value for e in extract_counted_figures(sentence, ExtractionContext()) if e.value.counted]
    assert [(q.low, q.counted) for q in found] == [(value, "ordinal level")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The level crossing at Quembrook shut for 3 days.",
        "The river level 2 metres above normal flooded Zorvale.",
        "The Marrowind gauge read level 2.5 at dawn.",
    ],
)
def test_a_level_that_is_a_measure_or_a_crossing_is_no_step(sentence: str) -> None:
    assert not any((e.value.counted or "") == "ordinal level" for e in extract_counted_figures(sentence, ExtractionContext()))
