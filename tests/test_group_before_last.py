"""A season or year "before last" looks back a year or more, as "last year" does (``recollections._YEARS_BACK``,
``happening._LOOKS_BACK``): "the hut burned the winter before last" recalls an earlier happening, so its words are
the earlier one's, not the report's. Every name, place and figure is made up."""

from __future__ import annotations

import pytest

from consistency.group import _lead_end
from consistency.happening import looks_back
from consistency.recollections import recollections

PIECE = ("Shepherds rebuild on the Tarnock fell",
         "Shepherds on the Tarnock fell laid the roof of a new bothy on Saturday. Their old one burned down by the "
         "Quessel beck the winter before last when a stove was left alight.")


def test_a_winter_before_last_recalls_its_clause() -> None:
    text = PIECE[0] + "\n\n" + PIECE[1]
    recalled, own, _ = recollections(text, _lead_end(text, 2), 2081)
    assert {"burned", "stove", "^quesse"} <= recalled
    assert {"roof", "bothy"} <= own
    assert "winter" not in own


def test_last_winter_alone_is_no_year_back() -> None:
    text = PIECE[0] + "\n\n" + PIECE[1].replace("the winter before last", "last winter")
    assert not recollections(text, _lead_end(text, 2), 2081)[0]


@pytest.mark.parametrize(
    ("lead", "back"),
    [
        ("The bothy that burned the spring before last has been rebuilt.", True),
        ("The bothy that burned the year before last has been rebuilt.", True),
        ("The bothy that burned before the last frost has been rebuilt.", False),
        ("The bothy was rebuilt in the spring, before the last walkers came.", False),
    ],
)
def test_before_last_looks_back(lead: str, back: bool) -> None:
    assert looks_back(lead) is back
