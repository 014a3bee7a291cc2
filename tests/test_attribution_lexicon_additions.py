"""Reporting verbs and idioms added to ``attribution_verbs.yaml`` as data: verbs of stating that
news copy uses ("refuted", "rebutted", "reaffirmed"), verbs that state only with their particle
("lashed out") and light verbs with the word that makes them a statement ("cast
doubt", "floated the idea"). Each is a cue with its subject as the source; the same words in
another sense are none. A title-case headline writes any such verb capitalized.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _found(text: str) -> list[tuple[str, str]]:
    return [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in find_attributions(text)]


STATED = [
    ("The harbour board refuted the toll figures.", ("The harbour board", "refuted")),
    ("Ivo Halvik rebutted the claim on Monday.", ("Ivo Halvik", "rebutted")),
    ("The pilots' union reaffirmed its opposition to the levy.", ("The pilots' union", "reaffirmed")),
    ("Brask lashed out at the Dravik council.", ("Brask", "lashed out")),
    ("Halvik cast doubt on the harbour figures.", ("Halvik", "cast doubt")),
    ("Brask floated the idea of a second quay.", ("Brask", "floated the idea of")),
]


@pytest.mark.parametrize(("text", "expected"), STATED, ids=[t[:40] for t, _ in STATED])
def test_added_reporting_verbs_and_idioms_are_cues(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


NOT_STATED = [
    "The crew cast the nets at dawn.",  # "cast" without the doubt it casts
    "The tug pushed the barge back to the quay.",  # "pushed" is no cue
    "The board pushed back the opening of the quay.",  # "push back" also delays: no cue
    "The new levy signals a change of course.",  # "signals" is no cue
    "The flood underlined the need for a new quay.",  # an event that underlines is no speaker
    "The two ports dispute control of the channel.",  # a dispute over land or water, not words
    "Storms lashed the Dravik coast overnight.",  # "lashed" without "out"
    "The signal from the buoy was weak.",  # a noun
    "The ferry floated away from the pier.",  # "floated" without an idea
]


@pytest.mark.parametrize("text", NOT_STATED, ids=[t[:40] for t in NOT_STATED])
def test_the_same_words_in_another_sense_are_no_cue(text: str) -> None:
    assert _found(text) == []


def test_a_title_case_headline_writes_any_verb_of_the_classes_capitalized() -> None:
    text = "Harbour Chief Vellacourt Defends Levy Before Dravik Board."
    kinds = [(text[m.cue_start : m.cue_end], m.kind) for m in find_attributions(text, kinds=ALL_KINDS)]
    assert kinds == [("Defends", "position")]
    # the same word in running text keeps its capital as a name would: no cue
    assert find_attributions("The Defends Group bought the quay.", kinds=ALL_KINDS) == []


def test_a_participle_of_reference_after_a_statement_shares_its_source() -> None:
    text = '"The levy will stay," Brask said, reciting the harbour board\'s old promise.'
    found = [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in find_attributions(text)]
    assert found == [("Brask", "said"), ("Brask", "reciting")]
    assert _found("The crane kept referring signals to the tower.") == []  # no comma, no speaker: no cue
