"""General forms added for the long tail of attribution cues, from our own sentences: verbs of
stating and of taking a side listed as data, "who" standing for plural people no source phrase
reads, the preposition after a pronoun object ("asked him about"), and nouns of a side taken
("is a firm opponent of", ", a longtime critic of"). Each with the same words where they
credit no one."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _all(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.source_start : m.source_end], text[m.cue_start : m.cue_end], m.kind)
        for m in find_attributions(text, kinds=ALL_KINDS)
    ]


def _statements(text: str) -> list[tuple[str, str]]:
    return [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in find_attributions(text)]


ADDED_VERBS = [
    ("Vellacourt reminded the board that the quay was closed.", ("Vellacourt", "reminded")),
    ("The Dravik ferry union disagrees with the new timetable.", ("The Dravik ferry union", "disagrees with")),
    ("Halvik confessed that the figures were wrong.", ("Halvik", "confessed")),
    ("Brask apologized for the delay at the pier.", ("Brask", "apologized for")),
    ("The harbour master reassured the pilots that the tugs were ready.", ("The harbour master", "reassured")),
]


@pytest.mark.parametrize(("text", "expected"), ADDED_VERBS, ids=[t[:40] for t, _ in ADDED_VERBS])
def test_verbs_of_stating_added_as_data_are_statements(text: str, expected: tuple[str, str]) -> None:
    assert _statements(text) == [expected]


SIDES = [
    ("Marta Vellacourt commended the Norland pilots.", ("Marta Vellacourt", "commended")),
    ("The Velmora council lambasted the toll plan.", ("The Velmora council", "lambasted")),
    ("Korvath branded the levy a tax on work.", ("Korvath", "branded")),
]


@pytest.mark.parametrize(("text", "expected"), SIDES, ids=[t[:40] for t, _ in SIDES])
def test_verbs_of_taking_a_side_added_as_data_need_an_object(text: str, expected: tuple[str, str]) -> None:
    assert _statements(text) == [expected]


def test_the_same_added_words_in_another_sense_are_no_cue() -> None:
    assert _statements("The Halvik toll was commended.") == []  # a side with no one taking it
    assert _statements("The harbour had a brand of its own.") == []  # a noun


def test_who_stands_for_plural_people_no_source_phrase_reads() -> None:
    text = "The mayor took calls from dockworkers who said they had doubts about the levy."
    assert _statements(text) == [("who", "said")]
    # nor is a thing before "who" a source: a relative clause of nobody
    assert _statements("Anybody who complains will be heard.") == []


def test_the_preposition_after_a_pronoun_object_belongs_to_the_cue() -> None:
    text = "Halvik warned them about the rising tide."
    assert _statements(text) == [("Halvik", "warned them about")]
    text = "Brask accused her of hiding the toll figures."
    assert _statements(text) == [("Brask", "accused her of")]
    # not after the plain verbs of saying, whose preposition opens the topic
    assert _statements("Vellacourt told them about the tide.") == [("Vellacourt", "told")]


POSITION_NOUNS = [
    ("Vellacourt is a firm opponent of the levy.", ("Vellacourt", "is a firm opponent of", "position")),
    ("Brask has long been a steady and vocal supporter of the harbour plan.",
     ("Brask", "has long been a steady and vocal supporter of", "position")),
    ("The Dravik pilots are fierce critics of the board.", ("The Dravik pilots", "are fierce critics of", "position")),
    ("Ivo Halvik, a longtime defender of the ferry, spoke on Monday.", ("Ivo Halvik", "a longtime defender of", "position")),
]


@pytest.mark.parametrize(("text", "expected"), POSITION_NOUNS, ids=[t[:40] for t, _ in POSITION_NOUNS])
def test_a_noun_of_a_side_taken_is_a_position_of_its_subject(text: str, expected: tuple[str, str, str]) -> None:
    assert _all(text) == [expected]
    assert find_attributions(text) == []  # a side taken is no statement: the claims engine never sees it


@pytest.mark.parametrize("text", [
    "The levy is a supporter of nothing.",  # a thing takes no side
    "A critic of the levy spoke at the pier.",  # no subject before it: the noun is the subject
    "The pilots met a critic of the board.",  # an object, no copula or apposition
    "Brask is a critic.",  # no "of" and what the side is taken on
])
def test_no_position_noun_without_a_subject_copula_and_of(text: str) -> None:
    assert [k for k in _all(text) if k[2] == "position"] == []


def test_a_descriptor_written_like_a_title_opens_the_name_after_an_inverted_cue() -> None:
    text = "“The levy is wrong,” said harbour pilot Marta Vellacourt."
    found = find_attributions(text)
    assert [(text[m.source_start : m.source_end], m.value.source) for m in found] == [
        ("harbour pilot Marta Vellacourt", "Marta Vellacourt")
    ]
    # a participle that opens a title ("managing director", "acting mayor") is part of the descriptor
    for text, source in [("“The levy is wrong,” said managing director Marta Vellacourt.", "Marta Vellacourt"),
                         ("“We will rebuild,” said acting mayor Ivo Brask-Holm.", "Ivo Brask-Holm"),
                         # a place before the descriptor
                         ("“Keep away from them,” said Quellby harbour master Ida Lenk-Oyelaran.", "Ida Lenk-Oyelaran")]:
        assert [m.value.source for m in find_attributions(text)] == [source]
    # a lower-case object of "told" stays the audience, not a descriptor of the next name
    text = "The board told harbour pilots Marta Vellacourt would lead."
    assert [m.value.source for m in find_attributions(text)] == ["board"]


LIGHT_VERBS = [
    ("Brask repeated his claim that the quay was unsafe.", ("Brask", "repeated his claim")),
    ("Halvik renewed her call for a second quay.", ("Halvik", "renewed her call for")),
    ("The Dravik board has quietly signaled willingness to cut the levy.",
     ("The Dravik board", "has quietly signaled willingness")),
    ("Vellacourt threw her support behind the harbour plan.", ("Vellacourt", "threw her support")),
    ("Korvath made no secret of his dislike for the levy.", ("Korvath", "made no secret of")),
]


@pytest.mark.parametrize(("text", "expected"), LIGHT_VERBS, ids=[t[:40] for t, _ in LIGHT_VERBS])
def test_light_verbs_with_their_statement_nouns(text: str, expected: tuple[str, str]) -> None:
    assert _statements(text) == [expected]


@pytest.mark.parametrize("text", [
    "Brask repeated the drill at noon.",  # no statement noun after the light verb
    "The crew threw the rope to the quay.",
    "Halvik renewed the ferry licence.",
])
def test_the_same_light_verbs_without_a_statement_noun_are_no_cue(text: str) -> None:
    assert _statements(text) == []


def test_a_light_verb_participle_after_a_possessive_modifies_the_noun() -> None:
    # not "Korvath ... renewed calls": Korvath renewed nothing in this sentence
    assert find_attributions("Nobody heeded Korvath's renewed calls for a second quay.") == []
    assert find_attributions("The renewed calls for a second quay went unheard.") == []
