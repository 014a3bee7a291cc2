"""Unsourced attributions: a verb of saying or judging in the passive with no agent ("Halvik was
accused of fraud", "the toll is expected to rise"). Attribution corpora count them with no source;
claims never take them, so they come back only from ``find_attributions(..., kinds=ALL_KINDS)`` as
the kind "unsourced".
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _unsourced(text: str) -> list[tuple[str, str]]:
    """(cue as written, content) of each unsourced match of ``text``."""
    return [
        (text[m.cue_start : m.cue_end], text[m.content_start : m.content_end])
        for m in find_attributions(text, kinds=ALL_KINDS)
        if m.kind == "unsourced"
    ]


# text -> the cue as written
UNSOURCED = [
    ("Ivo Halvik was accused of diverting the harbour funds.", "was accused of"),
    ("The Dravik pilots have long been blamed for the collision.", "have long been blamed for"),
    ("The new levy is widely seen as a tax on fishermen.", "is widely seen as"),
    ("About one in five ferries is expected to be retired next year.", "is expected"),
    ("The Norland quay has often been criticized by no one in particular.", ""),  # an agent: not unsourced
    ("The Korvath treaty was considered a failure at the time.", "was considered"),
    ("Brask's name has been mentioned as the likeliest pick.", "has been mentioned as"),
    ("The whole plan is likely to be rejected.", "is likely to be rejected"),
    ("Brask was once asked how Halvik would pay for its quay.", "was once asked"),  # a question reported
    ("The pilots were never told why the quay closed.", "were never told"),
]


@pytest.mark.parametrize(("text", "cue"), UNSOURCED, ids=[t[:40] for t, _ in UNSOURCED])
def test_an_agentless_passive_of_saying_is_an_unsourced_attribution(text: str, cue: str) -> None:
    found = _unsourced(text)
    if not cue:
        assert found == []
        return
    assert [c for c, _ in found] == [cue]
    content = found[0][1]
    assert content and content in text  # what is reported lies in the sentence


def test_an_unsourced_match_names_no_source() -> None:
    text = "Ivo Halvik was accused of diverting the harbour funds."
    (match,) = [m for m in find_attributions(text, kinds=ALL_KINDS) if m.kind == "unsourced"]
    assert match.value.source == "" and match.value.chain == () and not match.value.named
    assert match.source_start == match.source_end  # an empty source span


NOT_UNSOURCED = [
    "The cargo was released on Friday.",  # an act, not a view
    "Two dockers were charged with theft.",  # a legal act
    "The crews were told nothing.",  # an object follows: no report
    "Vellacourt said the quay was criticized by the board.",  # an agent, and inside what was said
    "The harbour master said the channel was expected to silt up.",  # inside a statement's content
    "Brask accused the board of lying.",  # active: a statement with its source
]


@pytest.mark.parametrize("text", NOT_UNSOURCED, ids=[t[:40] for t in NOT_UNSOURCED])
def test_acts_agents_and_reported_passives_are_no_unsourced_attribution(text: str) -> None:
    assert _unsourced(text) == []


def test_unsourced_matches_are_never_statements() -> None:
    text = "Ivo Halvik was accused of diverting the harbour funds. Brask said the audit was late."
    assert [m.kind for m in find_attributions(text)] == ["statement"]
    assert sorted(m.kind for m in find_attributions(text, kinds=ALL_KINDS)) == ["statement", "unsourced"]


# A participle of asking that opens the sentence: the question put by someone unnamed.
OPENING_QUESTIONS = [
    ("Asked about the dredging levy, Brask said it was fair.", "Asked about"),
    ("Asked to describe the crane, Halvik said, \"Not today.\"", "Asked"),
    ("When pressed on the costs, the harbour board declined to answer.", "pressed on"),
    ("When asked whether the quay was safe, Vellacourt said it was.", "asked"),
]


@pytest.mark.parametrize(("text", "cue"), OPENING_QUESTIONS, ids=[t[:40] for t, _ in OPENING_QUESTIONS])
def test_a_question_opening_the_sentence_is_an_unsourced_attribution(text: str, cue: str) -> None:
    assert [c for c, _ in _unsourced(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Asked to leave.",  # no one answers after a comma
        "Pressed flowers were sold on the quay, Brask said.",  # an adjective, not a question
        "Brask said he was asked nothing, and left.",  # inside what was said
    ],
)
def test_no_opening_question_without_its_form(text: str) -> None:
    assert _unsourced(text) == []


def test_a_passive_reports_its_subject_and_its_complement_together() -> None:
    text = "In Dravik, the new levy is widely seen as a tax on fishermen."
    (content,) = [c for _, c in _unsourced(text)]
    assert "the new levy" in content and content.endswith("a tax on fishermen")


# An adverb of hearsay: the clause it stands in is someone's report, no one named.
HEARSAY = [
    ("The Dravik harbour master reportedly resigned after the audit.", "reportedly",
     "The Dravik harbour master reportedly resigned after the audit"),
    ("Reportedly, the Korvath quay will close in May.", "Reportedly", "the Korvath quay will close in May"),
    ("Two clerks allegedly sold the pilots' licences.", "allegedly", "Two clerks allegedly sold the pilots' licences"),
    ("The crane was supposedly built to last a century.", "supposedly", "The crane was supposedly built to last a century"),
]


@pytest.mark.parametrize(("text", "cue", "content"), HEARSAY, ids=[t[:40] for t, _, _ in HEARSAY])
def test_an_adverb_of_hearsay_is_an_unsourced_attribution(text: str, cue: str, content: str) -> None:
    assert _unsourced(text) == [(cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "The pilots apparently missed the signal.",  # a judgment by appearances, no report
        "Brask said the clerks allegedly sold licences.",  # inside what Brask said: his statement's content
    ],
)
def test_no_hearsay_attribution_without_its_form(text: str) -> None:
    assert _unsourced(text) == []
