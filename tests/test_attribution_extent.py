"""The source noun phrase inside the span the matcher writes
(consistency/extract/_attribution_extent.py): PolNeAR's extent stays in the match, the phrase
alone is read off it.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import (
    ALL_KINDS,
    find_attributions,
    source_phrase_end,
)
from consistency.text import split_sentences


def phrases(text: str) -> list[tuple[str, str]]:
    """(source noun phrase, cue as written) of each match."""
    out = []
    for m in find_attributions(text, split_sentences(text), kinds=ALL_KINDS):
        source = text[m.source_start : source_phrase_end(text, m.source_start, m.source_end)]
        out.append((source, text[m.cue_start : m.cue_end]))
    return out


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("His attorney, Lena Marsh, said the charges would be dropped.", "His attorney, Lena Marsh"),
        ("The owner, Piet Valk, told police the safe had been emptied.", "The owner, Piet Valk"),
        ("The ferry operator, Nordhav Lines, said all crossings were cancelled.", "The ferry operator, Nordhav Lines"),
        ("Oskar Lind, the harbour master, said the quay was closed.", "Oskar Lind, the harbour master"),
    ],
)
def test_an_apposition_ends_before_its_closing_comma(text: str, source: str) -> None:
    assert source in [s for s, _ in phrases(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Councillor Ida Holm, who voted against the budget, said the cuts went too far.", "Councillor Ida Holm"),
        ("Mayor Rune Falk, whose village lost its bridge, told reporters help was slow.", "Mayor Rune Falk"),
        ("Berit Aas, who won the race in record time and took home a large bonus, said the course was fast.",
         "Berit Aas"),
    ],
)
def test_a_relative_clause_after_the_name_is_no_part_of_the_source(text: str, source: str) -> None:
    assert source in [s for s, _ in phrases(text)]


def test_a_relative_clause_inside_an_apposition_stays() -> None:
    # no comma before "whose": the clause describes the apposed noun, inside the phrase
    text = source_phrase_end("Tove Berg, a lawyer whose firm won the case,", 0, 44)
    assert text == len("Tove Berg, a lawyer whose firm won the case")
