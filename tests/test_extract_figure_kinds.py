"""Figures the own set's guidelines count and the extractor once missed or misread: counts after a definite
determiner, units in words, signs and bounds (invented sentences)."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures, refers_back
from consistency.model import Quantity

CTX = ExtractionContext()


def figures(text: str) -> list[tuple[str, Quantity]]:
    return [(text[e.start : e.end], e.value) for e in extract_figures(text, CTX)]  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("The two carmakers said in a joint statement that talks had ended.", "two", 2),
        ("These two villages in Velmora lost power overnight.", "two", 2),
    ],
)
def test_two_after_a_definite_determiner_is_a_figure_that_refers_back(text: str, span: str, value: int) -> None:
    found = extract_figures(text, CTX)
    assert [(text[e.start : e.end], e.value.low) for e in found] == [(span, value)]  # type: ignore[union-attr]
    assert refers_back(text, found[0])


@pytest.mark.parametrize(
    "text",
    [
        "Two people were hurt in Halvik.",  # no determiner
        "The 12 miners were rescued.",  # digits: a count as written
        "The nearly three dozen firms filed suit.",  # a hedge and a scale
        "The two kilometres of road were closed.",  # a unit
        # from three on, a definite count is a claim outlets dispute ("the three men" / "the four men")
        "The three judges of the Brask court dismissed the appeal.",
        "Those five ministers resigned on the same day.",
    ],
)
def test_other_counts_do_not_refer_back(text: str) -> None:
    assert all(not refers_back(text, e) for e in extract_figures(text, CTX))


@pytest.mark.parametrize(
    "text",
    [
        "The dispute between the two companies dates from 2019.",
        "Trust among the three parties in Velmora has worn thin.",
    ],
)
def test_a_group_taken_as_a_whole_is_no_figure(text: str) -> None:
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # currencies in words, after the amount and after a scale
        ("The Velmora minimum wage rises to 11.20 lev an hour.", "11.20 lev", "BGN"),
        ("The Brask bypass will cost 1.4 billion leva.", "1.4 billion leva", "BGN"),
        ("Fines reach 9,000 kuna in Halvik.", "9,000 kuna", "HRK"),
        ("A Dravik ferry ticket costs 480 kronor.", "480 kronor", "SEK"),
        ("Parking in Norland costs 35 kroner a day.", "35 kroner", "krone"),  # two countries' word
        # light years, and hyphenated units in a compound
        ("The Korvath cluster lies 310 light years from the Sun.", "310 light years", "light year"),
        ("A 4.2-light-year trip is beyond any probe.", "4.2-light-year", "light year"),
        ("The Brask central bank made a 50-basis-point cut.", "50-basis-point", "basis point"),
        ("Velmora's ruling party holds a 6-percentage-point lead.", "6-percentage-point", "percentage point"),
    ],
)
def test_units_in_words(text: str, span: str, unit: str) -> None:
    assert [(s, q.unit) for s, q in figures(text)] == [(span, unit)]


@pytest.mark.parametrize(
    ("text", "span", "unit"),
    [
        # "degrees" near weather or heat words is a temperature, Celsius unless Fahrenheit is named near it
        ("Temperatures in Halvik will drop by 6 to 9 degrees overnight.", "6 to 9 degrees", "celsius"),
        ("Forecasters expect a high of 31 degrees in Brask on Friday.", "31 degrees", "celsius"),
        ("The Velmora reservoir warmed by nearly 3 degrees in a decade.", "nearly 3 degrees", "celsius"),
        ("It will be 15 degrees colder in Dravik by Monday.", "15 degrees", "celsius"),
        ("Highs near 98 degrees are forecast; Fahrenheit readings topped 100 last July.", "98 degrees",
         "fahrenheit"),
        # below zero with no weather word: no angle is told below zero, so a temperature
        ("The Ulmsey crew wintered through nights of minus 37 degrees.", "minus 37 degrees", "celsius"),
        # something that turns keeps the angle
        ("The Norland pilot banked 30 degrees to the left.", "30 degrees", "degree"),
    ],
)
def test_degrees_of_temperature(text: str, span: str, unit: str) -> None:
    assert (span, unit) in [(s, q.unit) for s, q in figures(text)]


def test_a_spaced_nm_before_punctuation_or_a_preposition_is_nautical_miles() -> None:
    assert [(s, q.unit) for s, q in figures("The Ulmsey trawler was seized 40 nm from the cape.")] == [("40 nm", "nmi")]
    assert [(s, q.unit) for s, q in figures("The Ulmsey plant etches a 7 nm chip.")] == [("7", None)]


def test_degrees_without_weather_words_keep_no_unit() -> None:
    assert [(s, q.unit) for s, q in figures("The Brask road climbs 12 degrees past the mill.")] == [("12", None)]
    assert [(s, q.unit) for s, q in figures("The Ulmsey crew wintered through nights of 37 degrees.")] == [("37", None)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        # a margin of error is a range around a value, not a negative number
        ("The Velmora poll has a margin of error of plus or minus 3.1 percentage points.", "3.1 percentage points",
         3.1),
        ("Halvik's survey is accurate to plus/minus 2 percent.", "2 percent", 2),
        # a minus sign in words stays
        ("Temperatures in the Brask valley fell to minus 14 degrees.", "minus 14 degrees", -14),
        ("The Norland index stood at minus 2.5 points.", "minus 2.5 points", -2.5),
    ],
)
def test_plus_or_minus_is_a_margin_not_a_sign(text: str, span: str, value: float) -> None:
    assert (span, value) in [(s, q.low) for s, q in figures(text)]


@pytest.mark.parametrize(
    ("text", "span", "qualifier"),
    [
        # "plus" before a word joins two things: the figure ends before it
        ("The Brask miners sought $1.9 billion plus interest.", "$1.9 billion", None),
        ("Velmora will pay 40 million euros plus legal costs.", "40 million euros", None),
        # at the end of its clause it is "or more"
        ("The Halvik estate is worth $3 million plus, agents say.", "$3 million plus", "plus"),
        ("Each Norland ticket fetched 900 euros plus.", "900 euros plus", "plus"),
    ],
)
def test_plus_before_a_word_is_and(text: str, span: str, qualifier: str | None) -> None:
    assert [(s, q.qualifier) for s, q in figures(text)] == [(span, qualifier)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a year before "to $84" is no range and takes no currency from it
        ("Brokers cut their price forecast for 2027 to $71 from $80.", [("$71", "USD"), ("$80", "USD")]),
        ("Halvik raised its 2030 target to 4.5 billion euros.", [("4.5 billion euros", "EUR")]),
        # a count before a larger amount keeps no unit of it either
        ("The Brask board cut 300 to 250 million euros in costs.", [("300", None), ("250 million euros", "EUR")]),
    ],
)
def test_no_range_shares_no_unit(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(s, q.unit) for s, q in figures(text)] == expected


def test_plus_before_the_counted_noun_is_still_or_more() -> None:
    [(span, q)] = figures("Velmora hired 80 plus stewards.")
    assert (span, q.low, q.high) == ("80 plus", 80, None)


def test_a_rate_step_in_words_is_a_fraction_of_a_point() -> None:
    from consistency.engine import extract_facts
    from consistency.model import Article

    def figures(text: str) -> list[tuple[str, float | None, str | None]]:
        article = Article(id="a", path="a.md", outlet="o", body=text)
        facts, _ = extract_facts(article)
        return [(f.text, f.value.low, f.value.unit) for f in facts if f.kind == "figure"]  # type: ignore[union-attr]

    assert figures("The Bank of Orsk raised its rate by a quarter percentage point on Monday.") == [
        ("a quarter percentage point", 0.25, "percentage point")]
    assert figures("Rates went up by a quarter of a percentage point.") == [
        ("a quarter of a percentage point", 0.25, "percentage point")]
    assert figures("The bank lifted its key rate by half a percentage point.") == [
        ("half a percentage point", 0.5, "percentage point")]
    assert ("A quarter", 0.25, None) in figures("A quarter of the staff left.")


def test_a_time_in_hours_minutes_and_seconds_is_one_figure() -> None:
    from consistency.engine import extract_facts
    from consistency.model import Article

    article = Article(id="a", path="a.md", outlet="o", body="Kemboi won in 2 hours 6 minutes 30 seconds; the flight took 3 hours 20 minutes.")
    facts, _ = extract_facts(article)
    found = {f.text: round(f.value.low, 4) for f in facts if f.kind == "figure"}  # type: ignore[union-attr]
    assert found == {"2 hours 6 minutes 30 seconds": round(2 + 6 / 60 + 30 / 3600, 4), "3 hours 20 minutes": round(3 + 20 / 60, 4)}
