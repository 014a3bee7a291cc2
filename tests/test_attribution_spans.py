"""Tests for the source span as written: what a benchmark scores as the source mention."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions

# text -> (source span as written, source as displayed); our own sentences
CASES = [
    # a body named by "the <word> of <Name>" opening the clause: the span takes it in
    ("The city of Dravik said the quay was unsafe.", ("The city of Dravik", "Dravik")),
    ("On Sunday, the government of Norland said the quay was unsafe.", ("the government of Norland", "Norland")),
    # names joined inside a document's postmodifier
    ("Recent polls in Dravik and Halvik show the mayor ahead.", ("Recent polls in Dravik and Halvik", None)),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_source_span(text: str, expected: tuple[str, str | None]) -> None:
    span, display = expected
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span
    if display is not None:
        assert m.value.source == display


def test_the_body_is_not_taken_in_inside_a_clause() -> None:
    text = "Officials said the town of Dravik was flooded."
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == "Officials"


@pytest.mark.parametrize(
    ("text", "cue", "source"),
    [
        ("He\u2019s claiming that the quay is unsafe.", "\u2019s claiming", "He"),
        ("They've suggested the quay is unsafe.", "'ve suggested", "They"),
        ("Brask has suggested the quay is unsafe.", "has suggested", "Brask"),  # written out, the same
    ],
)
def test_a_contracted_auxiliary_belongs_to_the_cue(text: str, cue: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == cue
    assert text[m.source_start : m.source_end] == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Halvik and Brask both said that the quay was unsafe.", "Halvik and Brask"),
        ("The three engineers all said the quay was unsafe.", "The three engineers"),
    ],
)
def test_a_floating_quantifier_leaves_the_subject_before_it(text: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == source
    assert text[m.cue_start : m.cue_end] == "said"


def test_a_determiner_before_a_verb_form_is_still_no_speaker() -> None:
    assert find_attributions("They sold both said ships to Dravik.") == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask continues to insist that the quay is safe.", "continues to insist"),
        ("Halvik went on to explain that the quay was unsafe.", "went on to explain"),
        ("Vellacourt appeared to suggest that the quay was unsafe.", "appeared to suggest"),
    ],
)
def test_a_catenative_verb_starts_the_cue_and_passes_on_its_subject(text: str, cue: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == cue
    assert m.value.source == text.split()[0]


def test_a_catenative_verb_alone_is_no_cue() -> None:
    assert find_attributions("The port began to lose money and went on to close.") == []


@pytest.mark.parametrize(
    ("text", "span", "source"),
    [
        ("Ivo Halvik, president of the Dravik Dockworkers Union, which represents port staff, said the quay "
         "would reopen.", "Ivo Halvik, president of the Dravik Dockworkers Union,", "Ivo Halvik"),
        ("Marta Vellacourt, the harbour master of Dravik, a port on the north coast, said the quay was unsafe.",
         "Marta Vellacourt, the harbour master of Dravik,", "Marta Vellacourt"),
        # one apposition: as before
        ("Tom Brask, the harbour master, said the quay was unsafe.", "Tom Brask, the harbour master,", "Tom Brask"),
    ],
)
def test_the_name_opening_the_clause_speaks_not_what_its_apposition_names(text: str, span: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span
    assert m.value.source == source


def test_an_opening_participle_speaks_for_the_subject_after_its_comma() -> None:
    text = "Lamenting the loss of the quay, Mayor Ivo Halvik called for new funds."
    found = find_attributions(text)
    assert [(text[m.cue_start : m.cue_end], m.value.source) for m in found][0] == ("Lamenting", "Ivo Halvik")


def test_an_opening_participle_needs_a_speaker_after_its_comma() -> None:
    assert find_attributions("Saying goodbye to the port was hard.") == []


def test_two_names_joined_by_and_govern_a_base_form_cue() -> None:
    text = "Halvik and Brask argue that the quay is unsafe."
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == "Halvik and Brask"
    assert find_attributions("The grant will help the port maintain its cranes.") == []


def test_a_headline_that_calls_someone_something() -> None:
    text = "Brask Calls Halvik 'A Disgrace' Over Quay Comments."
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == ("Brask", "Calls")


def test_a_headline_quoting_its_speaker_after_a_colon() -> None:
    text = "A lesson from Marta Vellacourt: 'Keep the quay open.'\nThe port was busy on Monday."
    (m,) = find_attributions(text)
    assert (m.value.source, text[m.cue_start : m.cue_end]) == ("Marta Vellacourt", ":")
    assert text[m.content_start : m.content_end] == "'Keep the quay open.'"


def test_a_colon_after_a_verb_of_saying_is_the_sentence_scanner_s() -> None:
    text = 'He told Brask: "Go home."'
    assert [m.value.cue for m in find_attributions(text)] == ["told"]


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Halvik, 59, of Dravik, who watched the ceremony on a screen, said the quay was unsafe.",
        "Ivo Halvik, of Dravik, Norland, said the quay was unsafe.",
    ],
)
def test_the_speaker_is_the_name_not_the_town_they_come_from(text: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.source == "Ivo Halvik"
    assert text[m.source_start :].startswith("Ivo Halvik,")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Sources close to the mayor said the quay was unsafe.", "Sources close to the mayor"),
        ("People familiar with the matter said the quay was unsafe.", "People familiar with the matter"),
        ("The quay is unsafe, people familiar with the matter said.", "people familiar with the matter"),
    ],
)
def test_unnamed_sources_opening_the_sentence_keep_their_postmodifier(text: str, source: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == source  # not "the mayor", not "the matter"
    assert not m.value.named


def test_plural_spokesmen_head_their_postmodifier() -> None:
    text = "Spokesmen for the port said the quay was unsafe."
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == "Spokesmen for the port"


def test_a_participle_of_saying_coordinated_with_an_earlier_one() -> None:
    text = "Brask spoke for an hour, praising the crew and saying the quay was unsafe."
    found = find_attributions(text)
    assert [(text[m.cue_start : m.cue_end], m.value.source) for m in found] == [("praising", "Brask"), ("saying", "Brask")]
    assert text[found[1].content_start : found[1].content_end] == "the quay was unsafe"
    assert find_attributions("Brask left the port, taking his coat and saying nothing.") == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Several cast members said the ferry was late.", "Several cast members"),
        ("His fellow physicians believe the cure is fake.", "His fellow physicians"),
        ("The board quickly said the ferry was late.", "The board"),  # an adverb is no modifier of the source
    ],
)
def test_unknown_modifiers_after_a_determiner_belong_to_the_source_span(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("His ex-wife agreed that the hearing was unfair.", "His ex-wife"),
        ("The city officials said the quay was safe.", "The city officials"),
        ("Small groups of pilots said the levy was unfair.", "Small groups of pilots"),
    ],
)
def test_hyphenated_roles_compound_modifiers_and_plural_groups(text: str, span: str) -> None:
    (m,) = find_attributions(text)
    assert text[m.source_start : m.source_end] == span



@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask left the hall, promising to reopen the quay.", "promising"),  # "to" opens the infinitive
        ("Vellacourt pointed to reports of a second leak.", "pointed to"),  # "to" is the verb's particle
    ],
)
def test_the_cue_as_written_takes_a_particle_but_not_an_infinitive_marker(text: str, cue: str) -> None:
    found = find_attributions(text)
    assert [text[m.cue_start : m.cue_end] for m in found] == [cue]


def test_a_do_auxiliary_belongs_to_the_cue_not_to_the_source() -> None:
    text = "The harbour board did not say when the quay would reopen."
    found = find_attributions(text)
    assert [(text[m.source_start : m.source_end], text[m.cue_start : m.cue_end]) for m in found] == [
        ("The harbour board", "did not say")
    ]


def test_an_apposition_belongs_to_the_span_of_a_side_taken_as_of_a_statement() -> None:
    text = "Marta Vellacourt, a board member since 2019, has been a consistent supporter of the levy."
    (m,) = find_attributions(text, kinds=frozenset({"statement", "position"}))
    assert text[m.source_start : m.source_end] == "Marta Vellacourt, a board member since 2019,"
    assert m.value.source == "Marta Vellacourt"
