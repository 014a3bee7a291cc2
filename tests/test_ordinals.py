"""Ordinals that say which one of a counted series ("her fifth title", "the twenty-third floor", "ranked 41st")
are figures of a unit of their own (consistency/extract/_ordinals.py): framed by what they order, compared
exactly with each other and never with a count.

The sentences are invented: a player, a tournament, a town and three outlets that do not exist.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import run_articles
from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from consistency.model import Article, Quantity


def ordinals(text: str) -> list[tuple[str, float | None, str | None]]:
    found = []
    for e in extract_figures(text, ExtractionContext()):
        assert isinstance(e.value, Quantity)
        if e.value.unit == "ordinal":
            found.append((text[e.start : e.end], e.value.low, e.value.counted))
    return found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ytrella Kwindel won her fifth title in Qelvisk.", [("fifth", 5, "title")]),
        ("A lift fell from the twenty-third floor of a Jovrick tower.", [("twenty-third", 23, "floor")]),
        ("Qelvisk became the sixtieth country to ratify the pact.", [("sixtieth", 60, "country")]),
        ("Kwindel won in Qelvisk for the third time.", [("third", 3, "time")]),
        ("The Qelvisk institute was ranked 41st in the table.", [("41st", 41, "place")]),
        ("The Qelvisk institute rose to ninth, up from 14th.", [("ninth", 9, "place"), ("14th", 14, "place")]),
        ("The club fell from 14th to 19th in Qelvisk.", [("14th", 14, "place"), ("19th", 19, "place")]),
        ("Kwindel finished in ninth place in Qelvisk.", [("ninth", 9, "place")]),
        ("It was Qelvisk's fourth launch this year.", [("fourth", 4, "launch")]),
        ("The Jovrick stone is the second-largest diamond found.", [("second-largest", 2, "largest")]),
        ("Jovrick diggers found the 14th bog body in the moor.", [("14th", 14, "body")]),
    ],
)
def test_an_ordinal_is_read_with_what_it_orders(sentence: str, expected: list[tuple[str, float, str]]) -> None:
    assert ordinals(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # dates and centuries
        "Kwindel arrived in Qelvisk on the 5th of May and won her fifth title.",
        "Kwindel arrived in Qelvisk on May 5th and won her fifth title.",
        "Kwindel won her fifth title, a first for Qelvisk in the 21st century.",
        # names
        "Kwindel, who lives on Second Avenue, won her fifth title in Qelvisk.",
        "Under the Fifth Republic, Kwindel won her fifth title in Qelvisk.",
        "Kwindel flew in with the 82nd Airborne and won her fifth title.",
        # common uses of "first" and "second"
        "At first, Kwindel struggled, but she won her fifth title in Qelvisk.",
        "Kwindel won her first set and then her fifth title in Qelvisk.",
        "Kwindel led in the second half and won her fifth title in Qelvisk.",
        "In a second-hand dress, Kwindel won her fifth title in Qelvisk.",
        "Kwindel served a second time and won her fifth title in Qelvisk.",
        # fractions and durations
        "A third of Qelvisk voted for Kwindel, who won her fifth title.",
        "Two-thirds of the crowd saw Kwindel win her fifth title in Qelvisk.",
        "After a 158-second rally Kwindel won her fifth title in Qelvisk.",
        "Kwindel paused for a second and won her fifth title in Qelvisk.",
    ],
)
def test_dates_names_fractions_and_durations_are_no_ordinals(sentence: str) -> None:
    assert ordinals(sentence) == [("fifth", 5, "title")]


def test_fractions_stay_shares() -> None:
    found = {
        sentence[e.start : e.end]: e.value
        for sentence in ("A third of Qelvisk voted.", "Two-thirds of the crowd left.")
        for e in extract_figures(sentence, ExtractionContext())
    }
    assert {span: (round(q.low or 0, 3), q.unit) for span, q in found.items() if isinstance(q, Quantity)} == {
        "A third": (0.333, None), "Two-thirds": (0.667, None),
    }


def run(first: str, second: str) -> tuple[dict[str, Quantity], list[tuple[str, list[str]]]]:
    result = run_articles([
        Article(id="a", path="a.md", outlet="Plimtok", body=first, published=dt.datetime(2047, 6, 9, 9, 0)),
        Article(id="b", path="b.md", outlet="Vuxmere", body=second, published=dt.datetime(2047, 6, 9, 18, 0)),
    ])
    values = {f.text: f.value for f in result.facts if isinstance(f.value, Quantity)}
    text = {f.id: f.text for f in result.facts}
    return values, [(fi.status, sorted(text[i] for i in fi.fact_ids)) for fi in result.findings if fi.kind == "figure"]


WON = "Ytrella Kwindel won her {} title at the Zyntaro Open in Qelvisk on Sunday, beating a qualifier in the final."


def test_two_outlets_giving_different_ordinals_conflict() -> None:
    _values, findings = run(WON.format("fifth"), WON.format("fourth"))
    assert ("conflict", ["fifth", "fourth"]) in findings


def test_an_ordinal_in_words_and_in_digits_agree() -> None:
    _values, findings = run(WON.format("fifth"), WON.format("5th"))
    assert ("agree", ["5th", "fifth"]) in findings


def test_a_floor_in_words_agrees_with_the_floor_in_digits() -> None:
    _values, findings = run(
        "A lift fell from the twenty-third floor of a Jovrick tower on Monday.",
        "On Monday a lift in a Jovrick tower fell from the 23rd floor.",
    )
    assert [status for status, texts in findings if any("23rd" in t for t in texts)] == ["agree"]


def test_an_ordinal_is_never_compared_with_a_count() -> None:
    values, findings = run(
        WON.format("fifth"),
        "Ytrella Kwindel now has five titles after winning the Zyntaro Open in Qelvisk on Sunday.",
    )
    assert values["fifth"].unit == "ordinal" and values["five"].unit is None
    assert not any("fifth" in texts and "five" in texts for _status, texts in findings)
