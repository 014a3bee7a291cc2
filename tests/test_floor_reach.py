"""An open lower bound of a measure ("more than 4.5 percent", "at least 9.80 grivets an hour") reaches no further
above its number than its rounding (``checks.floor_reach``); "nearly X" never reaches past X (``values``); "nearly
X" and "more than X" meet at no value (``comparisons._short_of_and_past``)."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.checks import CHECKS
from consistency.checks.floor_reach import floor_reach
from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.model import Article, Fact, Quantity
from consistency.values import last_digit_step


def _figures(text: str, article_id: str) -> tuple[Article, list[Fact]]:
    article = Article(id=article_id, path=f"{article_id}.txt", outlet=f"Outlet {article_id}", body=text,
                      published=dt.date(2231, 5, 12))
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    return article, [f for f in frame_facts(article, facts) if f.kind == "figure"]


def _status(one: str, other: str) -> str:
    slot = [_figures(one, "a1"), _figures(other, "a2")]
    assert all(len(figures) == 1 for _, figures in slot), slot
    outcome = CHECKS["figure-agreement"].run(slot)
    return outcome.pairs[0].status


@pytest.mark.parametrize(
    ("x", "step"),
    [(1100, 100), (4.5, 0.1), (7, 1), (9_000_000, 1_000_000), (62_480, 10), (9.85, 0.01)],
)
def test_the_last_written_digit(x: float, step: float) -> None:
    assert last_digit_step(x) == pytest.approx(step)


def _bound(text: str, value: Quantity) -> Fact:
    return Fact(id="f1", article_id="a1", kind="figure", text=text, start=0, end=len(text), sentence=text,
                sentence_start=0, sentence_end=len(text), value=value)


@pytest.mark.parametrize(
    ("text", "value", "high"),
    [
        ("more than 1,100 tonnes", Quantity(1100, None, unit="t", qualifier="more than"), 1250),
        ("more than 3,500 tonnes", Quantity(3500, None, unit="t", qualifier="more than"), 4250),  # to a half: 500s
        ("at least 75 cm", Quantity(75, None, unit="cm", qualifier="at least"), 82.5),  # at least a tenth
        ("more than four hours", Quantity(4, None, unit="h", qualifier="more than"), None),  # a few units: a threshold
        ("more than 1,100 people", Quantity(1100, None, qualifier="more than"), None),  # a count may still be growing
        ("well over 1,100 tonnes", Quantity(1100, None, unit="t", qualifier="well over"), None),
        ("1,100 tonnes", Quantity(1100, 1100, unit="t"), 1100),
    ],
)
def test_a_floor_is_closed_where_its_rounding_ends(text: str, value: Quantity, high: float | None) -> None:
    assert floor_reach(_bound(text, value), value).high == (pytest.approx(high) if high is not None else None)


@pytest.mark.parametrize(
    ("one", "other", "status"),
    [
        # a measure's floor against a figure far past its rounding: another figure
        ("The Pellow mill's output fell by more than 4.5 percent in spring.",
         "The Pellow mill's output fell by 6.8 percent in spring.", "conflict"),
        ("Inspectors said the Quarnby pier is more than 3,000 years old.",
         "Inspectors said the Quarnby pier is 5,300 years old.", "conflict"),
        # within its rounding: the same figure
        ("The Pellow mill's output fell by more than 4.5 percent in spring.",
         "The Pellow mill's output fell by 4.7 percent in spring.", "compatible"),
        ("Inspectors said the Quarnby pier is more than 3,000 years old.",
         "Inspectors said the Quarnby pier is 3,400 years old.", "compatible"),
        # "nearly" never past its figure
        ("The Dunnock relay ran for nearly 58 kilometres.", "The Dunnock relay ran for 58.6 kilometres.", "conflict"),
        ("The Dunnock relay ran for nearly 58 kilometres.", "The Dunnock relay ran for 57.6 kilometres.", "compatible"),
        # under its number and past it
        ("The Wrenfold ferry crew had worked nearly 11 hours.",
         "The Wrenfold ferry crew had worked more than 11 hours.", "conflict"),
    ],
)
def test_bounds_read_as_rounded_figures(one: str, other: str, status: str) -> None:
    assert _status(one, other) == status
