"""The figures suite's classifier of gold spans that issue #9 says are not figures. Sentences invented."""

from __future__ import annotations

import pytest

from benchmarks.not_figures import category_of_case, category_of_span


def _category(text: str, gold: str) -> str | None:
    start = text.index(gold)
    return category_of_span(text, start, start + len(gold))


@pytest.mark.parametrize(
    ("text", "gold", "category"),
    [
        ("The Velmora gateway answers at 10.44.0.7 today", "44", "address"),
        ("Marta lives at 18 Halvik Street near the port", "18", "address"),
        ("Brask signed on 11/23/2021 in Dravik", "23", "date"),
        ("Brask signed on 2021-11-23 in Dravik", "2021", "date"),
        ("Brask signed on March 4, 2021 in Dravik", "2021", "date"),
        ("The ferry leaves Norland at 7:45 sharp", "45", "time"),
        ("The ferry leaves Norland at 6 pm", "6 pm", "time"),
        ("Call Korvath on +44-207-5550/199 after lunch", "207", "phone number"),
        ("Call Korvath on (212) 555-0142 after lunch", "555", "phone number"),
        ("The Halvik KX-450 drone landed", "450", "product or model name"),
        ("See items nrs. 4,9,12 in the Velmora report", "9", "list marker or label"),
        ("Ticket #27 won the Dravik raffle", "27", "list marker or label"),
    ],
)
def test_what_issue_9_says_is_not_a_figure_is_set_aside(text: str, gold: str, category: str) -> None:
    assert _category(text, gold) == category


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("Velmora hired 450 workers", "450"),
        ("The bridge at Dravik is 1,250 metres long", "1,250 metres"),
        ("Prices rose 3.5 percent in Norland", "3.5 percent"),
        ("Brask paid $ 20,000 for the boat", "$ 20,000"),
        ("They counted 12, 14 and 19 boats", "14"),
        ("Halvik lost 2 - 1 in the first round", "1"),  # a score, but no team name tags it here
        ("The Korvath council has nine members", "nine"),
    ],
)
def test_figures_are_kept(text: str, gold: str) -> None:
    assert _category(text, gold) is None


def test_a_case_is_set_aside_when_any_gold_span_is_not_a_figure() -> None:
    text = "Meet at 6 pm, it costs 40 dollars"
    spans = [(text.index("6 pm"), text.index("6 pm") + 4), (text.index("40"), text.index("40") + 10)]
    assert category_of_case(text, spans) == "time"
    assert category_of_case(text, spans[1:]) is None
    assert category_of_case(text, []) is None  # nothing tagged: nothing to set aside
