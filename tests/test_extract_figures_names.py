"""Figures in news that are names, codes or index points: our own sentences about invented places."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from consistency.model import Quantity


def figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, ExtractionContext())]  # type: ignore[misc]


def test_a_model_number_named_once_is_a_name_everywhere_in_the_article() -> None:
    text = (
        "Velmora Air ordered 12 Halvik 840 jets. The first 840 arrives in May, and the 840 will fly to Brask."
    )
    assert [s for s, _ in figures(text)] == ["12"]


def test_a_small_count_is_not_taken_for_a_name() -> None:
    text = "The Dravik 7 crew landed. Officials said 7 people were hurt."
    assert "7" in [s for s, _ in figures(text)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvik Phone unveiled the hPhone 4 in Brask.",
        "The new dOS 5 runs on every Halvik tablet.",
        "The Velmora plant builds the 3GS model.",
        "A 150px logo of Dravik was shown.",
    ],
)
def test_camel_case_names_and_codes_glued_to_letters_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_index_points_are_part_of_the_figure() -> None:
    [(span, value)] = figures("The Velmora index fell 340 points on Monday.")
    assert span == "340 points"
    assert (value.low, value.high, value.unit, value.counted) == (340, 340, None, "points")


def test_a_percentage_or_points_is_two_figures_not_a_range() -> None:
    spans = [s for s, _ in figures("The Halvik index fell 3.2% or 120.5 points.")]
    assert spans == ["3.2%", "120.5 points"]


def test_a_second_as_an_ordinal_is_no_duration() -> None:
    assert figures("Trading in Dravik was halted for a second consecutive day.") == []
    [(span, value)] = figures("The Brask lights went out for a second.")
    assert (span, value.unit) == ("a second", "s")


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [
        ("A third of the Velmora homes lost power.", "A third", 1 / 3),
        ("Nearly half of the voters in Brask stayed home.", "Nearly half", 0.5),
        ("Sales in Dravik fell by a quarter.", "a quarter", 0.25),
        ("One in five Halvik residents is retired.", "One in five", 0.2),
        ("Two out of three Brask ferries run late.", "Two out of three", 2 / 3),
        ("A quarter of a million people left Velmora.", "A quarter of a million", 250_000),
        ("The Halvik levy rises by 2½ percent.", "2½ percent", 2.5),
        ("The Dravik wall is 3 1/2 miles long.", "3 1/2 miles", 3.5),
        ("It was minus 5 degrees in Brask.", "minus 5 degrees", -5),  # (below zero: a temperature)
    ],
)
def test_fractions_ratios_and_signs(sentence: str, span: str, value: float) -> None:
    found = {s: q for s, q in figures(sentence)}
    assert span in found, found
    assert found[span].low is not None and abs(found[span].low - value) < 1e-9


@pytest.mark.parametrize(
    "sentence",
    ["A third man was arrested in Velmora.", "A quarter century ago Halvik was a village."],
)
def test_an_ordinal_or_a_compound_is_no_fraction(sentence: str) -> None:
    assert figures(sentence) == []


def test_one_in_five_is_not_a_count_of_five() -> None:
    assert [q.low for _, q in figures("One in five Halvik residents is retired.")] == [0.2]


@pytest.mark.parametrize(
    ("sentence", "span", "low", "unit"),
    [
        ("Halvik raised 1.2m euros.", "1.2m euros", 1_200_000, "EUR"),
        ("The Velmora deal is worth $95bn.", "$95bn", 95e9, "USD"),
        ("About 3k people marched in Brask.", "About 3k", 3000, None),
        ("Two dozen boats sank off Dravik.", "Two dozen", 24, None),
        ("Tens of thousands marched in Halvik.", "Tens of thousands", 20_000, None),
        ("Turnout in Velmora rose 3 percentage points.", "3 percentage points", 3, "percentage point"),
        ("Halvik's bank cut rates by 50 basis points.", "50 basis points", 50, "basis point"),
        ("The Brask ticket cost ¥500.", "¥500", 500, "JPY"),
        ("The Halvik fee is 40 Swiss francs.", "40 Swiss francs", 40, "CHF"),
        ("The Dravik tower is 948 feet tall.", "948 feet", 948, "ft"),
        ("A 6.9-magnitude quake hit Velmora.", "6.9-magnitude", 6.9, "magnitude"),
        ("The magnitude-7.1 tremor shook Brask.", "magnitude-7.1", 7.1, "magnitude"),
        ("Halvik dockers began a 48-hour strike.", "48-hour", 48, "h"),
    ],
)
def test_news_forms(sentence: str, span: str, low: float, unit: str | None) -> None:
    found = {s: q for s, q in figures(sentence)}
    assert span in found, found
    assert found[span].low == low and found[span].unit == unit


def test_feet_and_metres_of_one_height_agree_after_conversion() -> None:
    from consistency.extract.figures import same_dimension, to_base

    [(_, feet)] = figures("The Dravik tower is 948 feet tall.")
    [(_, metres)] = figures("The Dravik tower is 289 metres tall.")
    assert same_dimension(feet, metres)
    a, b = to_base(feet).low, to_base(metres).low
    assert a is not None and b is not None and abs(a - b) / b < 0.005


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2019 the Velmora bridge opened.",
        "On March 5 the Halvik vote was held.",
        "At 6:40 a.m. the Brask quake hit.",
        "Call the Dravik desk on 555-123-4567 now.",
        "The Velmora office is at 221 Harbour Street.",
        "Brask beat Halvik 3-1 on Sunday.",
        "1. Velmora opens its port",
        "Ships of the 7th Fleet reached Halvik.",
    ],
)
def test_not_figures_in_news(sentence: str) -> None:
    assert figures(sentence) == [], figures(sentence)


def test_basis_points_are_hundredths_of_a_percentage_point() -> None:
    from consistency.values import quantity_relation

    (_, bps), = figures("Halvik's bank cut rates by 25 basis points.")
    (_, points), = figures("Halvik's bank cut rates by 0.25 percentage points.")
    assert quantity_relation(bps, points) == "equal"


@pytest.mark.parametrize(
    ("sentence", "span", "low", "high"),
    [
        ("Aftershocks with magnitudes ranging from 3.6 to 4.3 shook Velmora.", "3.6 to 4.3", 3.6, 4.3),
        ("Fares in Halvik vary from $5 to $7.", "$5 to $7", 5, 7),
    ],
)
def test_ranging_from_to_is_one_range(sentence: str, span: str, low: float, high: float) -> None:
    assert [(text, q.low, q.high) for text, q in figures(sentence)] == [(span, low, high)]


def test_rising_from_to_is_two_figures() -> None:
    assert [text for text, _ in figures("The toll in Velmora rose from 12 to 30.")] == ["12", "30"]


@pytest.mark.parametrize(
    ("sentence", "low"),
    [
        ("Korvath will cut 1.500 jobs in Velmora.", 1500),
        ("Some 12.000 people marched in Halvik.", 12000),
        ("The Velmora crate weighs 1.500 kg.", 1.5),
        ("The Brask ratio was 1.500 at the close.", 1.5),
    ],
)
def test_a_dot_groups_thousands_only_in_a_count_of_things(sentence: str, low: float) -> None:
    assert [q.low for _, q in figures(sentence)] == [low]


@pytest.mark.parametrize(
    ("sentence", "span", "number"),
    [
        ("The Jobbleton council fined the mill QVB 14,500 on Friday.", "14,500", 14500),
        ("A ferry ticket to Jobbleton now costs QVB 3.75 each way.", "3.75", 3.75),
    ],
)
def test_a_grouped_or_decimal_number_after_an_unknown_code_is_a_sum(sentence: str, span: str, number: float) -> None:
    [(got, value)] = figures(sentence)
    assert got == span
    assert (value.low, value.high, value.unit) == (number, number, None)


@pytest.mark.parametrize(
    "sentence",
    ["Shares in Jobbleton fell as the DAX 30 slid.", "The Jobbleton link opens at GMT 2 on Sunday."],
)
def test_a_whole_number_after_capitals_stays_a_name(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Diesel in Jobbleton costs QVB 940 a litre.", "940"),
        ("Jobbleton's ferry charges QVB 120 per car.", "120"),
        ("The ticket costs QVB 54. The port itself cost QVB 3m to dredge.", "54"),
        ("Jobbleton's chemists may charge QVB 12 for the check.", "12"),
        ("The Jobbleton carrier was fined QVB 500.", "500"),
        ("A licence in Jobbleton has a fee of QVB 15.", "15"),
    ],
)
def test_a_whole_number_after_an_unknown_code_is_a_sum_when_priced_or_the_code_gives_sums(
    sentence: str, span: str
) -> None:
    assert span in [s for s, _ in figures(sentence)]


@pytest.mark.parametrize(
    "sentence",
    ["The Jobbleton yard builds the QVB 940 and sells it abroad.", "The Jobbleton assembly passed QVB 12 unopposed."],
)
def test_a_whole_number_after_capitals_with_no_sum_by_them_stays_a_name(sentence: str) -> None:
    assert figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span", "low"),
    [
        ("The Varn club was handed a 9-point deduction.", "9-point", 9.0),
        ("Oddlin's party holds a 12-point lead in Kedabat.", "12-point", 12.0),
    ],
)
def test_a_points_compound_before_a_margin_or_penalty_counts_points(sentence: str, span: str, low: float) -> None:
    found = dict(figures(sentence))
    assert span in found and found[span].low == low and found[span].counted == "points"


def test_a_points_compound_of_a_plan_is_no_figure() -> None:
    assert figures("The Kitidi council unveiled a ten-point plan.") == []

