"""The who rule's name words: kept only where a lead asks about them, with every answer the same."""

from __future__ import annotations

import itertools

from consistency.group import _asked_names_only
from consistency.happening import Happening
from consistency.protagonists import name_words, others_in_role


def _read(lead: set[tuple[str, tuple[str, ...]]], text: str) -> Happening:
    return Happening([], set(), frozenset(), lead_names=frozenset(lead), name_words=name_words(text))


def test_only_asked_name_words_are_kept_and_the_who_answers_do_not_change() -> None:
    texts: list[tuple[set[tuple[str, tuple[str, ...]]], str]] = [
        ({("president", ("jonas", "tell"))}, "Former president Jonas Tell arrived in Vesterland on Monday with Aid Corps."),
        ({("president", ("marit", "hollvang"))}, "Marit Hollvang, the country's first woman president, met Jonas Tell."),
        (set(), "The Harbour Board said the Quay Lane works would last until March."),
        ({("mayor", ("elin", "tarvesk"))}, "Mayor Elin Tarvesk of Osterholm spoke to the Harbour Board."),
    ]
    before = [_read(lead, text) for lead, text in texts]
    after = _asked_names_only(before)
    asked = {"jonas", "tell", "marit", "hollv", "elin", "tarve"}
    assert all(h.name_words <= asked for h in after)
    assert after[1].name_words == {"marit", "hollv", "jonas", "tell"}
    assert after[2].name_words == frozenset()  # no lead asks about the Harbour Board or Quay Lane
    for a, b in itertools.permutations(range(len(texts)), 2):
        assert others_in_role(after[a].lead_names, after[a].name_words, after[b].lead_names, after[b].name_words) == \
            others_in_role(before[a].lead_names, before[a].name_words, before[b].lead_names, before[b].name_words)
