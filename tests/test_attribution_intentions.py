"""Intentions, acts and positions: what a source wants, plans or committed to ("Halvik wants to
close the quay"), the documents it made public ("the council filed a motion") and the sides it
takes ("Brask railed against the levy").

Attribution corpora such as PolNeAR count them; claims never rest on them. They come back only
from ``find_attributions(..., kinds=ALL_KINDS)``, as matches of kind "intention", "act" or
"position", and never from the extractor the engine runs.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract import ExtractionContext
from consistency.extract.attributions import ALL_KINDS, extract_attributions, find_attributions


def _of_kind(text: str, kind: str) -> list[tuple[str, str, str]]:
    """(source as written, cue as written, content) of each match of ``kind`` in ``text``."""
    return [
        (text[m.source_start : m.source_end], text[m.cue_start : m.cue_end], text[m.content_start : m.content_end])
        for m in find_attributions(text, kinds=ALL_KINDS)
        if m.kind == kind
    ]


def _intentions(text: str) -> list[tuple[str, str, str]]:
    return _of_kind(text, "intention")


# text -> (source as written, cue as written)
INTENTIONS = [
    ("Marta Vellacourt wants to close the northern quay by spring.", ("Marta Vellacourt", "wants")),
    ("The Halvik harbour board plans to dredge the channel next year.", ("The Halvik harbour board", "plans")),
    ("Brask has vowed to rebuild every damaged pier.", ("Brask", "has vowed")),
    ("The Dravik council refused to publish the audit.", ("The Dravik council", "refused")),
    ("Ivo Korvath declined to comment on the dispute.", ("Ivo Korvath", "declined")),
    ("The union is planning to stage a walkout in May.", ("The union", "is planning")),
    ("Norland pledged not to raise the tariff again.", ("Norland", "pledged")),
    ("She hopes to win the seat held by her rival.", ("She", "hopes")),
    ("The ferry operator decided to suspend the night crossings.", ("The ferry operator", "decided")),
    ("The Norland court decided against hearing the appeal.", ("The Norland court", "decided against")),
    ("Dock workers want higher wages before the winter.", ("Dock workers", "want")),
]


@pytest.mark.parametrize(("text", "expected"), INTENTIONS, ids=[t[:40] for t, _ in INTENTIONS])
def test_an_intention_before_an_infinitive_is_found_with_its_source(text: str, expected: tuple[str, str]) -> None:
    found = _intentions(text)
    assert [(s, c) for s, c, _ in found] == [expected]
    assert found[0][2] and text.endswith(found[0][2] + ".")  # what is intended: the rest of the clause


NOT_INTENTIONS = [
    "Her plans to dredge the channel were shelved.",  # a noun, not a verb
    "The revised plans to dredge the channel were shelved.",  # a noun after an adjective
    "Brask agreed to the terms on Friday.",  # "to" before a noun phrase, not an infinitive
    "The quay is expected to reopen in June.",  # an agentless passive: no one holds the intention
    "The tugboats plan routes along the coast.",  # no infinitive
    "The harbour pilots want it.",  # no object but a pronoun
    "Her decision came after they decided against it.",  # "against" something, not a course of action
    '"We want to rebuild the pier," Vellacourt said.',  # inside a quotation: the statement's own words
]


@pytest.mark.parametrize("text", NOT_INTENTIONS, ids=[t[:40] for t in NOT_INTENTIONS])
def test_no_intention_without_a_verb_before_an_infinitive(text: str) -> None:
    assert _intentions(text) == []


def test_an_intention_inside_a_statement_is_part_of_what_was_said() -> None:
    # One attribution per token: what Vellacourt plans is part of what she said.
    text = "Vellacourt said she plans to close the northern quay."
    found = find_attributions(text, kinds=ALL_KINDS)
    assert [m.kind for m in found] == ["statement"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Norland council condemned the levy and pledged to repeal it by June.", ("The Norland council", "pledged")),
        ("Brask claimed the audit was fair, although he again refused to publish it.", ("he", "again refused")),
    ],
)
def test_an_intention_in_a_clause_of_its_own_after_a_statement_is_found(text: str, expected: tuple[str, str]) -> None:
    assert [(s, c) for s, c, _ in _intentions(text)] == [expected]


def test_intentions_are_asked_for_and_never_reach_the_claims_extractor() -> None:
    text = "Brask wants to rebuild the pier. The harbour master said the pier was unsafe."
    plain = find_attributions(text)
    with_intentions = find_attributions(text, kinds=ALL_KINDS)
    assert [m.kind for m in plain] == ["statement"]
    assert sorted(m.kind for m in with_intentions) == ["intention", "statement"]
    # the statements are the same whether or not intentions are asked for
    assert [m for m in with_intentions if m.kind == "statement"] == plain
    extracted = extract_attributions(text, ExtractionContext())
    assert [e.value.source for e in extracted] == ["harbour master"]  # type: ignore[union-attr]


def test_asking_for_intentions_leaves_pronoun_resolution_of_statements_alone() -> None:
    # The intention's named source comes between; "he" still resolves to the speaker named before.
    text = ("Ivo Halvik said the quay was flooded. Marta Vellacourt wants to close it. "
            "He added that the pumps had failed.")
    plain = [m.value.source for m in find_attributions(text)]
    both = [m.value.source for m in find_attributions(text, kinds=ALL_KINDS) if m.kind == "statement"]
    assert plain == both == ["Ivo Halvik", "Ivo Halvik"]


# text -> (source as written, cue as written, content)
ACTS = [
    ("The Dravik council filed a motion to halt the dredging.",
     ("The Dravik council", "filed", "a motion to halt the dredging")),
    ("Marta Vellacourt released her plan for the harbour on Monday.",
     ("Marta Vellacourt", "released", "her plan for the harbour on Monday")),
    ("Two ferry unions sent a cease-and-desist letter to the port.",
     ("Two ferry unions", "sent", "a cease-and-desist letter to the port")),
]


@pytest.mark.parametrize(("text", "expected"), ACTS, ids=[t[:40] for t, _ in ACTS])
def test_a_document_made_public_is_an_act_of_its_source(text: str, expected: tuple[str, str, str]) -> None:
    assert _of_kind(text, "act") == [expected]
    assert extract_attributions(text, ExtractionContext()) == []  # no statement for the claims


NOT_ACTS = [
    "The navy released the detained fishermen.",  # people, not a document
    "Norland sent troops to the border.",  # no article before a document
    "The ferry company filed for bankruptcy.",  # a filing, no document made public
    "Brask released the report.",  # a definite document: already known, not issued here
]


@pytest.mark.parametrize("text", NOT_ACTS, ids=[t[:40] for t in NOT_ACTS])
def test_no_act_without_a_document_made_public(text: str) -> None:
    assert _of_kind(text, "act") == []


# text -> (source as written, cue as written)
POSITIONS = [
    ("Brask railed against the harbour levy at the rally.", ("Brask", "railed against")),
    ("The Velmora mayor is defending her record on the ferries.", ("The Velmora mayor", "is defending")),
    ("Vellacourt encouraged dock workers to join the strike.", ("Vellacourt", "encouraged")),
    ("The pilots' union advocates for a shorter night shift.", ("The pilots' union", "advocates for")),
    ("Norland and Velmora support the new ferry treaty.", ("Norland and Velmora", "support")),
]


@pytest.mark.parametrize(("text", "expected"), POSITIONS, ids=[t[:40] for t, _ in POSITIONS])
def test_a_side_taken_is_a_position_of_its_source(text: str, expected: tuple[str, str]) -> None:
    assert [(s, c) for s, c, _ in _of_kind(text, "position")] == [expected]
    assert extract_attributions(text, ExtractionContext()) == []  # no statement for the claims


NOT_POSITIONS = [
    "Harbour advocates such as Brask were heard first.",  # a noun
    "Ferry safety advocates have met twice.",  # a noun before its verb
    "The record was defended by the mayor.",  # a passive: no side taken by a subject here
    "The levy has 60 percent support among the pilots.",  # a noun
]


@pytest.mark.parametrize("text", NOT_POSITIONS, ids=[t[:40] for t in NOT_POSITIONS])
def test_no_position_without_a_subject_taking_a_side(text: str) -> None:
    assert _of_kind(text, "position") == []


# text -> (source as written, cue as written)
BELIEFS = [
    ("Dock workers should know what the levy will cost.", ("Dock workers", "should know")),
    ("The pilots understood how the tide had turned.", ("The pilots", "understood")),
    ("I know all about the Dravik ferries.", ("I", "know all about")),
]


@pytest.mark.parametrize(("text", "expected"), BELIEFS, ids=[t[:40] for t, _ in BELIEFS])
def test_what_a_source_knows_or_wonders_is_a_belief(text: str, expected: tuple[str, str]) -> None:
    assert [(s, c) for s, c, _ in _of_kind(text, "belief")] == [expected]
    assert extract_attributions(text, ExtractionContext()) == []


NOT_BELIEFS = [
    "Do you know where the ferry docks?",  # a question put to the reader
    "The crew knows how.",  # nothing known follows
    "Brask knows the harbour well.",  # an object, not what is known of it
]


@pytest.mark.parametrize("text", NOT_BELIEFS, ids=[t[:40] for t in NOT_BELIEFS])
def test_no_belief_without_what_is_known(text: str) -> None:
    assert _of_kind(text, "belief") == []


_WORDS = st.sampled_from(
    "Brask Vellacourt the pilots board wants to plans refused decided against filed a motion railed "
    "know what said that he she and but , . \" support advocates letter released is defending of".split()
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join))
def test_other_kinds_never_raise_nor_change_the_statements(text: str) -> None:
    plain = find_attributions(text)
    every = find_attributions(text, kinds=ALL_KINDS)
    assert [m for m in every if m.kind == "statement"] == plain
    for m in every:
        assert 0 <= m.cue_start < m.cue_end <= len(text)
        assert 0 <= m.source_start <= m.source_end <= len(text)
        assert m.kind in ALL_KINDS


def test_an_intention_credited_to_the_outlet_alone_is_dropped_not_a_crash() -> None:
    text = "Harbor Post wants to open a bureau in Velmora. The port authority said the quay would close."
    assert [m.kind for m in find_attributions(text, kinds=ALL_KINDS)] == ["intention", "statement"]
    found = find_attributions(text, outlet="Harbor Post", kinds=ALL_KINDS)
    assert [(m.kind, m.value.source) for m in found] == [("statement", "port authority")]


# "..., vowing to", "..., defending": a participle after a comma opens a clause of the sentence's
# subject; text -> (kind, source as written, cue as written)
PARTICIPLES = [
    ("Brask toured the flooded quay on Monday, vowing to rebuild it.", ("intention", "Brask", "vowing")),
    ("Marta Vellacourt visited the pier, defending the new levy.", ("position", "Marta Vellacourt", "defending")),
    ("The harbour board said the quay was unsafe, encouraging pilots to wait.", ("position", "The harbour board", "encouraging")),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLES, ids=[t[:40] for t, _ in PARTICIPLES])
def test_a_participle_after_a_comma_speaks_for_the_sentences_subject(text: str, expected: tuple[str, str, str]) -> None:
    found = [
        (m.kind, text[m.source_start : m.source_end], text[m.cue_start : m.cue_end])
        for m in find_attributions(text, kinds=ALL_KINDS)
        if m.kind != "statement"
    ]
    assert found == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Brask toured the quay, planning his route.",  # no infinitive: no intention
        "Brask toured the quay, defending.",  # nothing defended
        "Brask toured the quay while defending the levy.",  # no comma: the rules of the verb decide
    ],
)
def test_a_participle_with_nothing_intended_or_taken_on_is_none(text: str) -> None:
    assert [m for m in find_attributions(text, kinds=ALL_KINDS) if m.kind in ("intention", "position") and m.cue_start > 20] == []


def test_statements_come_in_text_order_whatever_the_kinds_asked() -> None:
    text = "Brask he said and said"  # found by hypothesis: the coordinated statement opens first
    assert [m for m in find_attributions(text, kinds=ALL_KINDS) if m.kind == "statement"] == find_attributions(text)
