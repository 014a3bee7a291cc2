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
    text = "Ivo Halvik said the levy was what he described as a tax on every ferry."
    assert _restated(text) == ["described as"]
    text = "Ivo Halvik said the levy was fair because he argued that ferries earn more."
    assert _restated(text) == ["argued"]


def test_a_clause_joined_by_but_is_a_relation_of_its_own() -> None:
    text = "Ivo Halvik said the levy was fair, but he warned that ferries would pay more."
    assert _restated(text) == []


def test_another_speaker_inside_the_content_is_a_relation_of_its_own() -> None:
    text = "Marta Vellacourt said the levy was fair because Brask argued that ferries earn more."
    found = find_attributions(text, kinds=ALL_KINDS)
    assert [text[m.cue_start : m.cue_end] for m in found] == ["said", "argued"]
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


def test_cue_errors_are_exact_boundary_missed_or_false() -> None:
    from benchmarks.attribution_errors import classify_cues

    # our sentence: "Halvik has said the quay is safe, Brask noted, and the board agreed."
    gold = [(7, 15), (40, 45), (61, 67)]  # "has said", "noted", "agreed"
    system = [(11, 15), (40, 45), (20, 24)]  # "said", "noted", "quay"
    counts, missed = classify_cues(gold, system, ["statement", "statement", "learned"])
    assert counts.exact == 1
    assert dict(counts.boundary) == {"start shorter, end same": 1}
    assert counts.boundary_pairs == [(0, 0)]
    assert missed == [2]
    assert dict(counts.false) == {"learned": 1}


def test_agreement_scores_each_annotator_against_each_other() -> None:
    from benchmarks.attribution_errors import agreement
    from benchmarks.loaders.brat import BratDoc, BratSpan

    text = "Halvik said the quay was safe."
    def reading(cue: tuple[int, int]) -> BratDoc:
        spans = {"T1": BratSpan("T1", "Source", ((0, 6),), "Halvik"), "T2": BratSpan("T2", "Cue", (cue,), text[cue[0] : cue[1]])}
        return BratDoc("harbour", text, spans, ())

    scores = agreement([[reading((7, 11)), reading((7, 11))], [reading((7, 11)), reading((7, 15))]])
    assert scores["source_exact"].f1 == 1.0
    assert (scores["cue_exact"].tp, scores["cue_exact"].fp, scores["cue_exact"].fn) == (2, 2, 2)
    assert scores["cue_overlap"].f1 == 1.0
