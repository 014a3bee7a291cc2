"""The learned cue model: what it proposes, where it may not, and the file it ships as."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract._attribution_learned import CueModel, shipped_model, stem, use_model
from consistency.extract.attributions import ALL_KINDS, STATEMENTS, find_attributions

# A model written by hand: "bristl" (bristled, bristles) is a cue when a name stands before it.
TOY = CueModel(
    stems=frozenset({"bristl"}),
    weights={"bias": -1.0, "s=bristl": 1.5, "subj=name": 1.0, "subj=pron": 1.0},
    particles=frozenset({"at"}),
    threshold=0.0,
)


def _learned(text: str, model: CueModel = TOY) -> list[tuple[str, str, str]]:
    with use_model(model):
        found = find_attributions(text, kinds=ALL_KINDS)
    return [
        (text[m.source_start : m.source_end], text[m.cue_start : m.cue_end], text[m.content_start : m.content_end])
        for m in found
        if m.kind == "learned"
    ]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("bristled", "bristl"), ("bristles", "bristl"), ("bristling", "bristl"), ("accuses", "accus"), ("accused", "accus"), ("it", "it")],
)
def test_stem_joins_the_forms_of_a_word(word: str, expected: str) -> None:
    assert stem(word) == expected


def test_a_learned_cue_leads_to_its_source_and_content() -> None:
    found = _learned("Marta Vellacourt bristled at the new dredging levy on Tuesday.")
    assert found == [("Marta Vellacourt", "bristled at", "the new dredging levy on Tuesday")]


def test_auxiliaries_belong_to_the_cue() -> None:
    assert _learned("Halvik has long bristled at the levy.") == [("Halvik", "has long bristled at", "the levy")]


def test_a_verb_governing_the_cue_belongs_to_it_and_its_subject_is_the_source() -> None:
    assert _learned("Halvik went on to bristle at the levy.") == [("Halvik", "went on to bristle at", "the levy")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvik seemed to bristle at the levy.", ("Halvik", "seemed to bristle at")),
        ("Brask was quick to bristle at the levy.", ("Brask", "was quick to bristle at")),
        # a noun before "to" governs nothing: the cue opens at "to", the noun's phrase is its subject
        ("The audit led the harbour pilots to bristle at the levy.", ("the harbour pilots", "to bristle at")),
        # a verb of purpose is no part of the cue, nor a source: no subject stands right before "to"
        ("Two unions of Dravik dockers gathered to bristle at the levy.", None),
    ],
)
def test_only_a_verb_that_takes_an_infinitive_opens_the_cue_before_to(text: str, expected: tuple[str, str] | None) -> None:
    assert [(source, cue) for source, cue, _ in _learned(text)] == ([expected] if expected else [])


def test_no_source_before_the_cue_no_match() -> None:
    assert _learned("Bristling at the levy was common in Brask.") == []


def test_a_passive_form_is_no_learned_match() -> None:
    toy = CueModel(stems=frozenset({"expect"}), weights={"bias": 1.0}, threshold=0.0)
    assert _learned("The Norland quay is expected to reopen in May.", toy) == []


def test_no_learned_cue_inside_a_quotation() -> None:
    assert _learned('"Everyone in Korvath bristled at the levy," the mayor told us.') == []


def test_no_learned_cue_inside_what_a_rule_match_reports() -> None:
    # "said" is a rule's cue; the rest of the sentence is its content, and so is the inner cue
    found = _learned("Brask said that Halvik bristled at the levy.")
    assert found == []


def test_a_score_under_the_threshold_proposes_nothing() -> None:
    strict = CueModel(stems=TOY.stems, weights=TOY.weights, particles=TOY.particles, threshold=10.0)
    assert _learned("Marta Vellacourt bristled at the levy.", strict) == []


def test_statements_never_hold_a_learned_match() -> None:
    with use_model(TOY):
        found = find_attributions("Marta Vellacourt bristled at the levy.", kinds=STATEMENTS)
    assert found == []


def test_an_empty_model_proposes_nothing() -> None:
    assert _learned("Marta Vellacourt bristled at the levy.", CueModel()) == []


def test_the_model_round_trips_through_its_file_format() -> None:
    data = json.loads(json.dumps(TOY.to_dict()))
    assert CueModel.from_dict(data) == TOY


def test_the_shipped_model_is_derived_statistics_only() -> None:
    model = shipped_model()
    assert model.stems and model.weights
    # stems and feature names, never running text
    assert all(" " not in s for s in model.stems)
    assert all(len(k) < 60 for k in model.weights)


_WORDS = st.sampled_from(
    "Brask Vellacourt the pilots board bristled bristles at about has long went on to was is said that he "
    "she and but , . \" ( ) : levy quay who which".split()
)
# A model that proposes every word of its stem wherever a source stands before it.
_EAGER = CueModel(stems=frozenset({"bristl", "levy", "quay", "board"}), weights={"bias": 1.0}, particles=frozenset({"at"}))


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_learned_matches_never_raise_nor_touch_the_rules_matches(text: str) -> None:
    with use_model(CueModel()):
        rules = find_attributions(text, kinds=ALL_KINDS)
    with use_model(_EAGER):
        every = find_attributions(text, kinds=ALL_KINDS)
    assert [m for m in every if m.kind != "learned"] == rules
    for m in every:
        assert 0 <= m.source_start < m.source_end <= m.cue_start < m.cue_end <= len(text) or m.kind != "learned"
        if m.kind == "learned":
            assert not any(r.start <= m.cue_start < r.end or r.content_start <= m.cue_start < r.content_end for r in rules)


# A model that proposes "swipe" (the verb and the noun) whatever stands before it.
NOUNISH = CueModel(stems=frozenset({"swip"}), weights={"bias": 1.0}, threshold=0.0)


@pytest.mark.parametrize(
    "text",
    [
        "The port board drew a sharp swipe from the pilots.",  # "a sharp": the noun's own modifiers
        "It was one stinging swipe after another for Brask.",  # a number opens them
        "Velmora heard their latest swipe at the levy.",  # a possessive opens them
    ],
)
def test_a_cue_words_own_modifiers_are_no_source(text: str) -> None:
    assert _learned(text, NOUNISH) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The harbour officials swiped at the board on Monday.", "The harbour officials"),  # a plural heads it
        ("The Dravik council swiped at the board on Monday.", "The Dravik council"),  # a source noun
        ("Marta Vellacourt swiped at the board on Monday.", "Marta Vellacourt"),  # a name
    ],
)
def test_a_subject_headed_by_a_possible_source_still_is_one(text: str, source: str) -> None:
    assert [s for s, _, _ in _learned(text, NOUNISH)] == [source]


def test_a_word_of_the_verb_classes_is_scored_by_its_class() -> None:
    from consistency.extract._attribution_learned import lexicon_class, lexicon_stems

    assert lexicon_class("lambasted") == "stance"
    assert lexicon_class("warned") == "statement"
    assert lexicon_class("harbour") == ""
    assert stem("lambasted") in lexicon_stems()
    # A model that weighs the class, not the stem: "lambasted" where its rule does not apply
    # (no object follows it) is still proposed, with the subject before it as the source.
    by_class = CueModel(stems=lexicon_stems(), weights={"bias": -1.0, "lex=stance": 2.0}, threshold=0.0)
    assert _learned("Marta Vellacourt lambasted, loudly.", by_class) == [("Marta Vellacourt", "lambasted", "loudly")]
    assert _learned("Marta Vellacourt lambasted, loudly.") == []  # the toy model knows no such class


def test_a_learned_cue_never_takes_the_place_of_an_unsourced_passive() -> None:
    # Found by the property above: an eager model read "board" as a cue and the passive was lost.
    text = "Brask board was said"
    with use_model(CueModel()):
        rules = find_attributions(text, kinds=ALL_KINDS)
    with use_model(_EAGER):
        every = find_attributions(text, kinds=ALL_KINDS)
    assert [m.kind for m in rules] == ["unsourced"]
    assert [m for m in every if m.kind != "learned"] == rules
