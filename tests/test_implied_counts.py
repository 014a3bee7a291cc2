"""Counts stated without a number: a singular victim after a verb of killing or wounding is one."""

from __future__ import annotations

import pytest

from consistency.extract import ExtractionContext, extractors
from consistency.extract.implied_counts import extract_implied_counts
from consistency.model import Quantity


def counts(text: str) -> list[tuple[str, float | None, str | None]]:
    out = []
    for ex in extractors()["figure"](text, ExtractionContext()):
        value = ex.value
        assert isinstance(value, Quantity)
        if value.unit is None:
            out.append((text[ex.start : ex.end], value.low, value.counted))
    return out


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("The rockfall near Brask killed a shepherd on the pass.", "killed a shepherd", "shepherd"),
        ("The storm in Halvik killed a young cyclist on Monday.", "killed a young cyclist", "cyclist"),
        ("The blast in Halvik left a security guard dead.", "left a security guard dead", "guard"),
        ("A Velmora fisherman was killed when the pier collapsed.", "A Velmora fisherman was killed", "fisherman"),
        ("The landslide in Korvath injured an employee of the port.", "injured an employee", "employee"),
    ],
)
def test_a_singular_victim_is_a_count_of_one(text: str, span: str, noun: str) -> None:
    assert (span, 1, noun) in counts(text)


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers in Brask killed a bill on ferry fares.",  # a bill is no person
        "The council killed a deal with the Halvik port.",
        "The storm killed an hour of play in Dravik.",
        "Lawmakers killed a bill and a policeman said the road would reopen.",  # the person is past the phrase
        "A man said the road to Norland was closed.",  # no verb of killing
        "The farmer who killed a fox was fined.",  # not a person: a fox
        "The ruling killed a guarantee the Halvik port had given.",  # '-ee', but no person
        # a headline ending in the verb, and the text's first sentence opening with a person
        "# Brask riot: union says 17 guards hurt\n\nA third inmate has died in Brask prison.",
    ],
)
def test_no_count_without_a_person_harmed(text: str) -> None:
    assert extract_implied_counts(text, ExtractionContext()) == []


def test_an_explicit_count_is_not_counted_twice() -> None:
    assert counts("The attack in Brask killed one worker.") == [("one", 1, "worker")]


def test_an_age_inside_the_phrase_does_not_hide_the_count() -> None:
    found = counts("The rockfall killed a 12-year-old shepherd in Velmora.")
    assert ("killed a 12-year-old shepherd", 1, "shepherd") in found
