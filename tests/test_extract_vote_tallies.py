"""A vote's tally (consistency/extract/scores.py) as two figures, the winning and the losing side's votes,
in the wordings outlets use; from our own sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.engine import extract_facts
from consistency.extract import ExtractionContext
from consistency.extract.scores import extract_vote_tallies
from consistency.frames import frame_facts
from consistency.model import Article, Quantity


def tallies(text: str) -> list[tuple[str, float | None, str | None]]:
    return [
        (text[e.start : e.end], e.value.low, e.value.counted)  # type: ignore[union-attr]
        for e in extract_vote_tallies(text, ExtractionContext())
    ]


@pytest.mark.parametrize(
    ("text", "winning", "losing"),
    [
        pytest.param("The Korvath Assembly voted 118-70 for the fisheries bill on Wednesday.", 118, 70, id="voted"),
        pytest.param("The fisheries bill passed 118–70 in the Korvath Assembly.", 118, 70, id="passed-en-dash"),
        pytest.param("Lawmakers approved the fisheries law on Wednesday, 118 to 70.", 118, 70, id="approved-comma-to"),
        pytest.param("The Assembly passed the bill by 118 votes to 70.", 118, 70, id="by-votes-to"),
        pytest.param(
            "Deputies backed the Harbour Bill at its second reading on Tuesday, 129 to 122.", 129, 122,
            id="nine-words-between",
        ),
        pytest.param("The Assembly backed the bill 118 votes to 70.", 118, 70, id="votes-to"),
        pytest.param("The bill was approved on a 118-70 vote.", 118, 70, id="a-tally-vote"),
        pytest.param("The bill cleared the Assembly by a vote of 118 to 70.", 118, 70, id="a-vote-of"),
        pytest.param("The measure cleared the chamber with 118 votes in favour and 70 against.", 118, 70, id="for-against"),
        pytest.param("Deputies rejected the levy 70-118 on Tuesday.", 118, 70, id="smaller-first"),
        pytest.param("The Diet voted 1,118 to 970 for the plan.", 1118, 970, id="thousands"),
        # "votes" between the two figures (or "a vote of" before them) makes a tally whatever follows it
        pytest.param(
            "Deputies backed the bill by 118 votes to 70 following a night of debate.", 118, 70,
            id="votes-to-then-any-word",
        ),
        pytest.param("It cleared the house by a vote of 118 to 70 following a recount.", 118, 70, id="a-vote-of-then-any-word"),
    ],
)
def test_a_tally_is_the_winning_and_the_losing_sides_votes(text: str, winning: int, losing: int) -> None:
    found = sorted((value, noun) for _span, value, noun in tallies(text))
    assert found == [(losing, "losing votes"), (winning, "winning votes")]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Parliament approved 10 to 15 new licences.", id="a-range-of-something-else"),
        pytest.param("The index rose 3 to 4 percent after the vote.", id="no-vote-word-before"),
        pytest.param("The council approved a rise of 10 to 12 percent.", id="a-range-with-a-unit"),
        pytest.param("Voters in Brask chose a new president, 55 percent to 45.", id="shares"),
        pytest.param("Halvik Rovers beat Brask United 2-1 on Friday.", id="a-score"),
    ],
)
def test_no_tally(text: str) -> None:
    assert tallies(text) == []


def test_a_change_from_one_figure_to_another_is_no_tally() -> None:
    text = "The assembly approved a reform that raises the retirement age from 63 to 65, by 212 votes to 148."
    assert sorted(value for _span, value, _noun in tallies(text)) == [148, 212]


def test_tallies_are_framed_as_votes_of_each_side() -> None:
    article = Article(
        id="a", path="a.md", outlet="O", published=dt.date(2032, 6, 9),
        body="Assembly passes bill\n\nThe Korvath Assembly voted 118-70 on Wednesday to pass the fisheries bill.",
    )
    found, _ = extract_facts(article, id_prefix="a:")
    framed = {
        (f.value.low, f.frame.measure)
        for f in frame_facts(article, found)
        if f.kind == "figure" and isinstance(f.value, Quantity) and f.frame is not None
    }
    assert framed == {(118, "winning_votes"), (70, "losing_votes")}
