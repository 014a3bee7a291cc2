"""Participles of saying whose speaker is the clause's subject, from our own sentences: after a
preposition ("drew fire for saying", "despite admitting"), opening the sentence before a comma
that closes a quotation ('Decrying the "cartel," Brask ...'), and the subject read up to the
main verb, not through it ("Brask accused Halvik" is no name). With the negatives: a participle
after a preposition inside what an earlier cue reports, a participle of no saying, actors."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _all(text: str) -> list[tuple[str, str]]:
    return [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in find_attributions(text, kinds=ALL_KINDS)]


AFTER_PREPOSITION = [
    ("Brask drew sharp criticism from the union for saying that the quay was safe.", [("Brask", "saying")]),
    ("Dravik, despite admitting that the pier leaked, kept the ferry running.", [("Dravik", "admitting")]),
    ("Halvik refused to name a successor, apart from saying the port needed a younger captain.",
     [("Halvik", "saying"), ("Halvik", "refused")]),
    ("In arguing that the toll was fair, Marta Vellacourt quoted the audit.", [("Marta Vellacourt", "arguing")]),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_PREPOSITION, ids=[t[:40] for t, _ in AFTER_PREPOSITION])
def test_a_participle_of_saying_after_a_preposition_speaks_for_the_subject(text: str, expected: list[tuple[str, str]]) -> None:
    assert _all(text) == expected


def test_the_clause_before_a_participle_of_its_subject_keeps_its_own_cues() -> None:
    text = "Brask refused to comment, saying the audit was secret."
    assert sorted(_all(text)) == [("Brask", "refused"), ("Brask", "saying")]


def test_after_an_earlier_cue_the_participle_is_part_of_what_it_reports() -> None:
    # Halvik said it, not Brask: the clause belongs to the content of "criticized"
    text = "Brask criticized Halvik for saying the quay was safe."
    assert _all(text) == [("Brask", "criticized")]


def test_a_participle_of_no_saying_after_a_preposition_is_no_cue() -> None:
    assert _all("The Norland pilots were tired from rowing all night.") == []
    assert _all("Korvath agreed to send troops without delay.") == [("Korvath", "agreed")]  # an intention, no statement


def test_an_actor_is_no_source() -> None:
    assert [m for m in find_attributions("Halvik agreed to send troops.")] == []
    assert [m for m in find_attributions("Velmora sent two frigates to the strait after saving the crew.")] == []


@pytest.mark.parametrize(
    "text",
    [
        'Decrying the "harbour cartel," Brask left the hall.',
        "Decrying the “harbour cartel,” Brask left the hall.",
        "Decrying the harbour cartel, Brask left the hall.",
    ],
)
def test_an_opening_participle_speaks_for_the_subject_after_its_comma_quoted_or_not(text: str) -> None:
    assert _all(text) == [("Brask", "Decrying")]


def test_the_subject_after_an_opening_participle_ends_before_its_verb() -> None:
    text = "Decrying the levy, Brask accused Halvik of lying."
    assert _all(text) == [("Brask", "Decrying"), ("Brask", "accused")]
    # a role between two names is still part of the name
    text = "Norland Herald host Marta Vellacourt said the quay was closed."
    assert _all(text) == [("Norland Herald host Marta Vellacourt", "said")]



@pytest.mark.parametrize(
    "text",
    ["Halvik visited Dravik on Monday and praised the pilots.", "Halvik met Brask on Monday and praised the pilots."],
)
def test_a_verb_between_two_names_is_no_role_in_the_subject(text: str) -> None:
    assert _all(text) == [("Halvik", "praised")]


@pytest.mark.parametrize("text", ["Kadzik wouldn't say.", "Most of the Norland pilots agreed.", "Brask declined to say."])
def test_a_source_and_a_cue_with_nothing_said_is_no_statement(text: str) -> None:
    assert find_attributions(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The pilots' union sounded the alarm.", [("The pilots' union", "sounded the alarm")]),  # the noun voices it
        ("Brask would not say whether the quay was closed.", [("Brask", "would not say")]),
    ],
)
def test_a_cue_that_voices_something_is_kept(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in find_attributions(text)] == expected


def test_two_apostrophes_are_a_quotation_mark_for_every_rule() -> None:
    text = "The harbour rules, which Ivo Brask called ''total nonsense,'' were dropped."
    assert _all(text) == [("Ivo Brask", "called")]
    assert _all("The harbour rules, which Ivo Brask called “total nonsense,” were dropped.") == [("Ivo Brask", "called")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“They are wrong,” said 38-year-old dockworker Marta Vellacourt.", "38-year-old dockworker Marta Vellacourt"),
        ("“Nobody listened,” said 9/11 widow Marta Vellacourt.", "9/11 widow Marta Vellacourt"),
        ("“They are wrong,” said Norland dockworker Marta Vellacourt.", "Norland dockworker Marta Vellacourt"),
        ("“They are wrong,” said harbour widow Marta Vellacourt.", "harbour widow Marta Vellacourt"),
    ],
)
def test_a_descriptor_with_an_age_or_a_date_opens_the_name_after_the_cue(text: str, source: str) -> None:
    assert _all(text) == [(source, "said")]


@pytest.mark.parametrize(
    "text",
    [
        "The levy is unfair, Brask said in a short statement late Friday.",
        "The levy is unfair, Brask wrote in an op-ed published Sunday.",
        "The levy is unfair, Brask said at a rally in Dravik.",
    ],
)
def test_an_occasion_after_a_final_cue_is_no_content(text: str) -> None:
    (match,) = find_attributions(text)
    assert text[match.content_start : match.content_end] == "The levy is unfair"


def test_words_after_the_cue_that_say_something_stay_its_content() -> None:
    text = "In August, Brask said in an interview that the levy was unfair."
    (match,) = find_attributions(text)
    assert text[match.content_start : match.content_end] == "that the levy was unfair"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It is believed that the levy will pass.", "is believed"),
        ("Brask is not thought to win the port vote.", "is not thought"),
    ],
)
def test_a_passive_of_believing_with_no_holder_is_unsourced(text: str, cue: str) -> None:
    matches = find_attributions(text, kinds=ALL_KINDS)
    assert [(text[m.cue_start : m.cue_end], m.kind, m.source_end > m.source_start) for m in matches] == [(cue, "unsourced", False)]
    assert find_attributions(text) == []  # no statement a claim could rest on


def test_two_clauses_each_with_an_unsourced_passive_give_two() -> None:
    text = "Although the old pier is not thought to hold cranes, it is considered a landmark by the pilots."
    got = [(text[m.cue_start : m.cue_end], text[m.content_start : m.content_end]) for m in find_attributions(text, kinds=ALL_KINDS)]
    assert got == [
        ("is not thought", "Although the old pier is not thought to hold cranes"),
        ("is considered", "it is considered a landmark by the pilots"),
    ]
    # one clause, one passive: the second is part of what the first reports
    text = "The levy is widely seen as a tax and is expected to pass."
    assert [text[m.cue_start : m.cue_end] for m in find_attributions(text, kinds=ALL_KINDS)] == ["is widely seen as"]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The quay could collapse, Brask has warned for months.", "has warned", "The quay could collapse"),
        ("Brask has argued for years that the levy is unfair.", "has argued", None),
        ("Brask argued for a new levy.", "argued for", "a new levy"),  # a topic, not a time
    ],
)
def test_a_stretch_of_time_after_for_is_neither_cue_nor_content(text: str, cue: str, content: str | None) -> None:
    (match,) = find_attributions(text)
    assert text[match.cue_start : match.cue_end] == cue
    if content is not None:
        assert text[match.content_start : match.content_end] == content


def test_as_much_is_no_particle_of_the_cue() -> None:
    text = "Halvik acknowledged as much on Monday."
    assert _all(text) == [("Halvik", "acknowledged")]
    text = "Brask described the levy as theft."
    assert _all(text) == [("Brask", "described")]
