"""Cues as written around the verb that speaks: an auxiliary contracted onto the pronoun before it
("they've argued"), a verb of phase or attempt governing it ("has continued to insist", "went on
to explain", "keeps insisting"), and a relative "that" as its subject ("a firm that plans to").
Our own sentences."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _found(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.source_start : m.source_end], text[m.cue_start : m.cue_end], m.value.source)
        for m in find_attributions(text, kinds=ALL_KINDS)
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("They've argued that the quay must close.", "'ve argued"),
        ("We'd warned the board that the quay would flood.", "'d warned"),
    ],
)
def test_a_contracted_auxiliary_opens_the_cue(text: str, cue: str) -> None:
    assert [c for _, c, _ in _found(text)] == [cue]


def test_a_possessive_s_stays_with_its_owner() -> None:
    found = _found("Velmora's claims about the levy were doubted.")
    assert [(c, v) for _, c, v in found] == [("claims about", "Velmora")]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask has continued to insist that the levy is fair.", "has continued to insist"),
        ("Halvik tried to argue that the levy was fair.", "tried to argue"),
        ("Brask started off by praising the skippers.", "started off by praising"),
        ("Halvik went on to explain that the levy was fair.", "went on to explain"),
    ],
)
def test_a_verb_of_phase_or_attempt_belongs_to_the_cue_it_governs(text: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in _found(text)] == [(text.split()[0], cue)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # the verb of phase is no cue of its own here: the speech verb stands alone
        ("Halvik, who began his career at sea, said the levy was fair.", "said"),
        ("The talks began. Brask said the levy was fair.", "said"),
        ('"It is fair," she continued.', "continued"),
    ],
)
def test_a_verb_of_phase_elsewhere_is_left_out(text: str, cue: str) -> None:
    assert [c for _, c, _ in _found(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "source", "credited"),
    [
        ("Norland hired a firm that plans to sell the quay.", "that", "firm"),
        ("The mayor met a union that has defended the levy for years.", "that", "union"),
    ],
)
def test_a_relative_that_after_a_source_noun_is_the_subject(text: str, source: str, credited: str) -> None:
    assert (source, credited) in [(s, v) for s, _, v in _found(text)]


def test_no_statement_is_credited_through_a_relative_that() -> None:
    # what claims take stays with the subjects the rules have long read
    assert find_attributions("Dravik has skippers that say the levy is unfair.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "that" opening a clause is no one
        ("It was so bad that officials said the quay must close.", "officials"),
        ("Brask said that warned skippers would leave.", "Brask"),
    ],
)
def test_a_that_opening_a_clause_is_no_source(text: str, source: str) -> None:
    assert [s for s, _, _ in _found(text)] == [source]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        # a cue that is the verb of phase itself takes in the verb it governs and that verb's topic
        ("The skippers continued to plot against the board.", "continued to plot against"),
        ("The skippers continue to ignore the warning that floods are coming.", "continue to ignore"),
    ],
)
def test_a_verb_of_phase_read_as_the_cue_takes_in_the_verb_it_governs(text: str, cue: str) -> None:
    assert [(s, c) for s, c, _ in _found(text)] == [("The skippers", cue)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("It was clear that Brask wanted the levy gone.", "It was clear"),
        ("To the harbour board it should be obvious that skippers want the levy gone.", "it should be obvious"),
    ],
)
def test_an_expletive_it_opens_the_cue_and_credits_no_one(text: str, cue: str) -> None:
    found = _found(text)
    assert ("", cue, "") in found


def test_a_referring_it_stays_a_source() -> None:
    assert [(s, c) for s, c, _ in _found("It showed that the levy was unfair.")] == [("It", "showed")]


@pytest.mark.parametrize(
    "text",
    [
        "Ilse Brask, 59, of Velmora, said the levy was unfair.",
        "Ilse Brask, 59, of Velmora, Md., said the levy was unfair.",
        "Ilse Brask, 59, of Velmora, Md., who watched the vote from the hall, said the levy was unfair.",
    ],
)
def test_an_age_a_town_and_its_region_after_a_name_leave_the_name_the_speaker(text: str) -> None:
    assert [(c, v) for _, c, v in _found(text)] == [("said", "Ilse Brask")]


@pytest.mark.parametrize(
    ("text", "span", "chain"),
    [
        ("Several skippers interviewed by the Velmora Post said the levy was unfair.",
         "Several skippers interviewed by the Velmora Post", ("Velmora Post", "skippers")),
        ("Voters polled by Norland Wire said the levy was unfair.",
         "Voters polled by Norland Wire", ("Norland Wire", "Voters")),
    ],
)
def test_people_an_outlet_interviewed_are_relayed_by_it(text: str, span: str, chain: tuple[str, ...]) -> None:
    (m,) = find_attributions(text)
    assert (text[m.source_start : m.source_end], m.value.chain) == (span, chain)


def test_an_aside_after_a_postmodified_subject_keeps_the_whole_subject() -> None:
    text = "Critics of the levy, including Brask, say it is unfair."
    (m,) = find_attributions(text)
    assert (text[m.source_start : m.source_end], m.value.source) == ("Critics of the levy, including Brask,", "Critics")
