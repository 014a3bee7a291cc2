"""A second cue of the same speaker in one sentence: an intention joined by "and", "but" or
"yet" with no subject of its own, and ", going on to say". Our own sentences."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(m.kind, text[m.cue_start : m.cue_end], m.value.source) for m in find_attributions(text, kinds=ALL_KINDS)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask demands openness from the council, yet refuses to release his own papers.", "refuses"),
        ("Brask praised the plan and has vowed to fund it.", "has vowed"),
        ("Brask proposes closing the quay, and plans to cut the levy.", "plans"),
    ],
)
def test_a_coordinated_intention_shares_the_clause_subject(text: str, cue: str) -> None:
    assert ("intention", cue, "Brask") in _found(text)


@pytest.mark.parametrize(
    "text",
    [
        "The budget and plans to expand the port were approved.",  # "plans" a noun
        "Brask said the quay was unsafe and the council plans to close it.",  # a subject of its own, inside what was said
    ],
)
def test_no_coordinated_intention_without_a_shared_subject(text: str) -> None:
    assert not any(kind == "intention" and source == "Brask" for kind, _, source in _found(text))


def test_going_on_to_say_is_a_participle_of_saying() -> None:
    text = "Brask said the levy was unfair, going on to say that the port must close."
    found = find_attributions(text, kinds=ALL_KINDS)
    assert [(text[m.cue_start : m.cue_end], m.value.source) for m in found] == [("said", "Brask"), ("going on to say", "Brask")]
    assert text[found[1].content_start : found[1].content_end] == "that the port must close"


def test_going_on_to_do_something_else_is_no_cue() -> None:
    assert _found("Brask said the ferry was late, going on to dock at noon.") == [("statement", "said", "Brask")]
