"""Vocabulary entries for appeals, power cuts, cancelled services and rounded fines
(rules/vocabulary/*.yaml).

Invented sentences: an appeal court in Halvik, a ferry strike on the Dravik line.
"""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks.comparisons import rounding_interval
from consistency.model import Fact, Frame
from tests import framing

PUBLISHED = dt.date(2031, 3, 8)  # a Saturday


def framed(text: str) -> list[Fact]:
    return framing.framed(text, PUBLISHED, outlet="Harrow Gazette")


def frame_of(text: str, fact_text: str) -> Frame:
    return framing.frame_of(text, fact_text, PUBLISHED)


@pytest.mark.parametrize(
    "sentence",
    [
        "A court in Halvik on Thursday dismissed the appeal of the former mayor.",
        "The Court of Appeal in Halvik on Thursday upheld the former mayor's sentence.",
        "An appeals court on Thursday confirmed the former mayor's jail term.",
    ],
)
def test_an_appeal_ruling_dates_the_appeal_not_a_resignation_or_the_trial(sentence: str) -> None:
    assert "appeal" in frame_of(sentence, "Thursday").name


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The operator said 1,300 ferry crossings had been cancelled.", "1,300"),
        ("Dravik Lines cancelled 1,300 crossings on Friday.", "1,300"),
    ],
)
def test_cancelled_services_are_one_measure(sentence: str, figure: str) -> None:
    assert frame_of(sentence, figure).measure == "cancelled"


def test_a_fine_is_read_as_the_interval_it_rounds() -> None:
    (fine,) = [f for f in framed("The court raised the fine to $4.2 million.") if f.kind == "figure"]
    assert fine.frame is not None and fine.frame.measure == "fine" and fine.frame.rounding
    low, high = rounding_interval(fine) or (0.0, 0.0)
    assert low < 4_200_000 < high


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The storm hit the coast on Sunday, cutting power to more than 80,000 homes.", "more than 80,000"),
        ("The utility said 120,000 customers had no electricity at the height of the storm.", "120,000"),
    ],
)
def test_homes_cut_off_are_power_cuts_not_buildings_damaged(sentence: str, figure: str) -> None:
    assert frame_of(sentence, figure).measure == "power_cuts"
