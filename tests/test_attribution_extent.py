"""The source noun phrase and the attributing predicate inside the spans the matcher writes
(consistency/extract/_attribution_extent.py): PolNeAR's extents stay in the match, the phrase
alone is read off them.

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import (
    ALL_KINDS,
    cue_predicate_end,
    find_attributions,
    source_phrase_end,
)
from consistency.text import split_sentences


def phrases(text: str) -> list[tuple[str, str]]:
    """(source noun phrase, predicate) of each match."""
    out = []
    for m in find_attributions(text, split_sentences(text), kinds=ALL_KINDS):
        source = text[m.source_start : source_phrase_end(text, m.source_start, m.source_end)]
        out.append((source, text[m.cue_start : cue_predicate_end(text, m.cue_start, m.cue_end)]))
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


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The pilot said in an interview that the runway was icy.", "said"),
        ("The mayor confirmed yesterday that the bridge would close.", "confirmed"),
        ("The mayor said Friday that the bridge would close.", "said"),
        ("Lena Marsh wrote for the Oskarby Post that the levy was unfair.", "wrote"),
        ("The minister has also said that talks would resume.", "has also said"),
        ("Experts pointed out that the dam was old.", "pointed out"),
    ],
)
def test_the_predicate_leaves_out_when_where_and_for_whom_it_was_said(text: str, cue: str) -> None:
    assert cue in [c for _, c in phrases(text)]
