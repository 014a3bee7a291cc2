"""The PolNeAR suite's reading of our matches: an attribution restating its own speaker inside a
subordinate clause of that speaker's content, or any attribution opening the clause another one
reports, is part of the content, not a relation of its own."""

from __future__ import annotations

from benchmarks.suites.attributions import _restates_its_speaker
from consistency.extract.attributions import ALL_KINDS, find_attributions


def _restated(text: str) -> list[str]:
    found = find_attributions(text, kinds=ALL_KINDS)
    return [text[m.cue_start : m.cue_end] for m in found if _restates_its_speaker(text, m, found)]


def test_a_pronoun_restating_the_speaker_in_a_subordinate_clause_is_part_of_the_content() -> None:
    text = "Ivo Halvik said the levy was what he called a tax on every ferry."
    assert _restated(text) == ["called"]


def test_a_clause_joined_by_but_is_a_relation_of_its_own() -> None:
    text = "Ivo Halvik said the levy was fair, but he warned that ferries would pay more."
    assert _restated(text) == []


def test_another_speaker_inside_the_content_is_a_relation_of_its_own() -> None:
    text = "Marta Vellacourt said the levy was what Brask called a tax on every ferry."
    assert _restated(text) == []


def _folded(text: str) -> list[str]:
    from benchmarks.suites.attributions import _opens_anothers_content

    found = find_attributions(text, kinds=ALL_KINDS)
    return [text[m.cue_start : m.cue_end] for m in found if _opens_anothers_content(text, m, found)]


def test_an_attribution_opening_the_reported_clause_is_part_of_the_content() -> None:
    assert _folded("Ivo Halvik said they had argued for the levy all along.") == ["had argued for"]
    assert _folded("The port board noted it had warned skippers of floods.") == ["had warned"]


def test_an_attribution_later_in_the_sentence_stays_a_relation() -> None:
    # not the reported clause itself: a second clause with a speaker of its own
    text = "Ivo Halvik said the levy was fair, but Brask warned that ferries would pay more."
    assert _folded(text) == []
