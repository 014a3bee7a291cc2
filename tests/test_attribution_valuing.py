"""Putting a figure on a count or a size states it: "a figure police put at around 8,000", "the
service measured the quake at magnitude 6.2", "the agency placed the damage at $3 billion". Not
a clock time or an address, not a passive, not a subject that measures nothing.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions
from consistency.text import split_sentences


def credited(text: str) -> list[tuple[str, str]]:
    return [(m.value.source, text[m.cue_start : m.cue_end]) for m in find_attributions(text, split_sentences(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Unions said 25,000 people had marched, a figure police put at around 8,000.", [("Unions", "said"), ("police", "put")]),
        ("The crowd, a number organisers pegged at 25,000, filled the square.", [("organisers", "pegged")]),
        ("The Halvik seismology service measured the quake at magnitude 6.2.", [("Halvik seismology service", "measured")]),
        ("The agency placed the damage at $3 billion.", [("agency", "placed")]),
    ],
)
def test_a_figure_put_on_a_count(text: str, found: list[tuple[str, str]]) -> None:
    assert credited(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Winds measured at 150 km/h battered the coast.",
        "Ivo Kastel placed the call at 9 a.m.",
        "Ivo Kastel placed the vase at 10 Halvik Street.",
        "The crowd was pegged at 8,000.",
        "The agency placed the order at 40 euros a unit.",
    ],
)
def test_no_figure_put_on_a_count(text: str) -> None:
    assert credited(text) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # the object's head is no count noun, and the figure comes after a place or a verb's perfect
        ("The coastguard had put the oil slick off the headland at nine kilometres.", [("coastguard", "had put")]),
        ("Officials put the queue of lorries at the border at 14 kilometres.", [("Officials", "put")]),
        ("Harbour officials have put the extra cruise visitors at between 3,000 and 4,000.", [("Harbour officials", "have put")]),
        # a body with neither a name nor a source noun
        ("The town has put the extra shoppers at 4,000.", [("town", "has put")]),
    ],
)
def test_the_subject_of_a_figure_put_on_any_object_is_its_source(text: str, found: list[tuple[str, str]]) -> None:
    assert credited(text) == found


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Kastel placed the vase at the door at 9 a.m.",
        "The town put the new limit at 30 km/h.",
    ],
)
def test_a_level_set_or_a_time_is_no_figure_put_on_an_object(text: str) -> None:
    assert credited(text) == []
