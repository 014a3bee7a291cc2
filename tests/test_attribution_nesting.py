"""Tests for attributions reported inside another one's content (one chain, not two)."""

from __future__ import annotations

from consistency.extract.attributions import find_attributions


def _chains(text: str) -> list[tuple[str, ...]]:
    return [m.value.chain for m in find_attributions(text)]


def test_relayed_claim_is_one_chain_from_the_outlet_to_the_origin() -> None:
    text = "The Velmora Post wrote that Halvik had claimed a loss of nine million crowns."
    found = find_attributions(text)
    assert [m.value.chain for m in found] == [("Velmora Post", "Halvik")]
    assert found[0].value.cue == "claimed"  # the cue that introduces the original source
    assert text[found[0].cue_start : found[0].cue_end] == "wrote"


def test_relayed_after_an_occasion_closed_by_that() -> None:
    text = "Marta Vellacourt said during a visit to Dravik that Brask had warned the quay was unsafe."
    assert _chains(text)[0][-1] == "Brask"
    assert len(_chains(text)) == 1


def test_a_pronoun_inside_the_content_stays_its_own_attribution() -> None:
    # no new origin: the inner cue keeps its own attribution, resolved to the speaker named before
    text = "The port board said it had confirmed 30 deaths in the flood."
    assert len(find_attributions(text)) == 2


def test_a_comma_starts_the_writers_own_clause() -> None:
    text = "Halvik said the quay was closed, and Brask reported that the ferries had stopped."
    assert _chains(text) == [("Halvik",), ("Brask",)]



def test_a_memory_of_the_speaker_is_part_of_what_was_said() -> None:
    text = "Halvik told the port council that he recalled the flood of the old quay."
    assert [m.value.cue for m in find_attributions(text)] == ["told"]
