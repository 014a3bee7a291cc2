"""Every invented look-alike set (``tests/lookalike_*.py``) has the layout ``tests.lookalike_count`` reads and
is either counted by it or named in its docstring as held back, so that a new set, even one held back blind,
is checked for shape without anyone running grouping on it."""

from __future__ import annotations

import datetime as dt
import importlib
from pathlib import Path

import pytest

from tests import lookalike_count

# Sets of another layout: the count itself, and the stories the first look-alike tests were written from.
NOT_SETS = {"lookalike_count", "lookalike_news"}
SETS = sorted(
    f"tests.{path.stem}" for path in Path(__file__).parent.glob("lookalike_*.py") if path.stem not in NOT_SETS
)


def _reports_are_dated_stories(reports: object) -> bool:
    return isinstance(reports, list) and all(
        isinstance(day, dt.date)
        and isinstance(story, tuple)
        and len(story) == 2
        and all(isinstance(text, str) and text.strip() for text in story)
        for day, story in reports
    )


@pytest.mark.parametrize("name", SETS)
def test_a_set_has_the_layout_the_count_reads(name: str) -> None:
    module = importlib.import_module(name)
    tables = [getattr(module, label) for label in vars(module) if label.endswith("KINDS")]
    assert tables, f"{name} has no *KINDS table"
    assert _reports_are_dated_stories(module.BACKGROUND)
    for table in tables:
        for kind, (event, lookalikes) in table.items():
            assert len(event) >= 2, f"{kind}: an event needs several reports"
            assert lookalikes, f"{kind}: no look-alike"
            assert _reports_are_dated_stories(event) and _reports_are_dated_stories(lookalikes), kind
            stories = [story for _, story in event + lookalikes]
            assert len(set(stories)) == len(stories), f"{kind}: a report appears twice"


@pytest.mark.parametrize("name", SETS)
def test_a_set_is_counted_or_said_to_be_held_back(name: str) -> None:
    held_back = f"``{name}`` is held back blind" in (lookalike_count.__doc__ or "")
    assert (name in lookalike_count.DEFAULT_SETS) != held_back, name


def test_the_sets_are_found() -> None:
    assert "tests.lookalike_more" in SETS and "tests.lookalike_twentieth" in SETS
