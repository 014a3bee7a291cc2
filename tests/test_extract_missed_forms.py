"""Forms a reporter writes that gave no fact at all: a sum in a pound glued to "LE", points a play
scores, age bands, a second measure joined to a first, passive agents, rankings before a name, and the years
that the ages of things give. Our own sentences about invented places and people."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.extract import ExtractionContext
from consistency.extract.attributions import extract_attributions
from consistency.extract.dates import extract_dates
from consistency.extract.figures import extract_figures
from consistency.model import Attribution, DateValue, Quantity


def figures(text: str) -> dict[str, Quantity]:
    return {text[e.start : e.end]: e.value for e in extract_figures(text, ExtractionContext())}  # type: ignore[misc]


def sources(text: str) -> list[str]:
    found = extract_attributions(text, ExtractionContext())
    return [e.value.source for e in found if isinstance(e.value, Attribution)]


def dates(text: str, published: dt.date) -> dict[str, DateValue]:
    found = extract_dates(text, ExtractionContext(published=published))
    return {text[e.start : e.end]: e.value for e in found}  # type: ignore[misc]


def test_the_egyptian_pound_glued_as_cairo_writes_it() -> None:
    found = figures("Vendors flouting the order can be charged up to LE20,000.")
    assert found["up to LE20,000"].unit == "EGP"
    assert figures("The LE20 engine was shown in Brask.") == {}


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("Her 212-point play in the final beat the record.", "212-point"),
    ],
)
def test_points_a_play_scores(sentence: str, span: str) -> None:
    assert span in figures(sentence)


def test_an_age_band_is_the_bound_it_names() -> None:
    found = figures("The rule covers the under-16s and Under-14s of every Halvik club.")
    assert found["under-16s"].high == 16.0 and found["under-16s"].low is None
    assert found["Under-14s"].qualifier == "under"


def test_a_second_measure_joined_to_a_first() -> None:
    found = figures("The detour added about 300 nautical miles and 95 minutes to the flight.")
    assert found["95 minutes"].low == 95.0


def test_a_passive_agent_after_a_time_and_in_a_reduced_relative() -> None:
    assert sources("The result was declared at 10:15 by the synod's chairman.") == ["chairman"]
    text = (
        "Ivo Brask won 61 of 90 votes, in a result declared at 0740 GMT (10:40 local) by the "
        "assembly's chairwoman, Ratzlova Vellacourt. Bells rang."
    )
    assert sources(text) == ["Ratzlova Vellacourt"]


@pytest.mark.parametrize("role", ["world No. 3", "world number three", "top seed"])
def test_a_ranking_before_the_name_after_an_inverted_cue(role: str) -> None:
    assert sources(f'"The net was low," said {role} Ivo Brask, who lost in Dravik.') == ["Ivo Brask"]


def test_a_description_after_an_opening_quotation_names_the_speaker_after_it() -> None:
    text = '"Crowds came, and they stayed," Halvik\'s head of sales, Ratzlova Vellacourt, said.'
    assert sources(text) == ["Ratzlova Vellacourt"]


def test_the_age_of_a_thing_gives_the_year_it_began() -> None:
    found = dates("The 38-year-old grain silo in Brask burned on Monday.", dt.date(2135, 3, 2))
    assert found["38-year-old"].start == "2096-01-01" and found["38-year-old"].end == "2097-12-31"
    assert "24-year-old" not in dates("The 24-year-old striker scored twice.", dt.date(2135, 3, 2))
