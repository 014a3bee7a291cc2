"""Tests for the content span of an attribution: what its source is credited with."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import find_attributions

# text -> (the cue as found, the content expected); our own sentences.
CASES = [
    # a complement right after the cue, even after an opening phrase longer than it
    ("At a crowded rally in the old harbour of Dravik on Sunday, Halvik said the port would close.",
     ("said", "the port would close")),  # the sentence's full stop is no part of it
    # a quotation before the attribution, however long the words after it
    ("\u201cThe quay is safe,\u201d Vellacourt said, looking out over the crowded and noisy harbour at dusk.",
     ("said", "\u201cThe quay is safe,\u201d")),
    # the longer side when nothing follows the cue
    ("The ferries will stop running at the end of the month, the harbour master said.",
     ("said", "The ferries will stop running at the end of the month")),
    ("According to Brask, the ferries will stop running at the end of the month.",
     ("According to", "the ferries will stop running at the end of the month")),
    # "according to" at the end: what follows its source is the source's postmodifier, not content
    ("The quay will close in May, according to lawyers for the harbour board of Dravik.",
     ("according to", "The quay will close in May")),
    # ... and so is what follows a comma after it: more about the source
    ("The levy would double by the spring, according to an analysis by Vellacourt, a former harbour "
     "pilot who now teaches in Dravik, whose figures the board disputes.",
     ("according to", "The levy would double by the spring")),
    # a short object right after the cue is the content; a short time is not (above)
    ("At the end of a long and noisy meeting in the harbour hall, the union endorsed Brasko.",
     ("endorsed", "Brasko")),
    # a short quoted title inside an opening phrase is no quotation of what was said
    ("In an interview on “Harbour Nights,” Halvik said the port would close.",
     ("said", "the port would close")),
    # the quotation of the sentence before, even with a manner after the cue
    ("“Who will pay for the new quay?” Vellacourt asked, looking at the crowd on the pier.",
     ("asked", "“Who will pay for the new quay?”")),
    # a cue ending in a colon introduces the next sentence, even after a quotation in its own
    ("“We are not done.”\nBrasko added:\n\nThe quay will be rebuilt by the spring.",
     ("added", "The quay will be rebuilt by the spring")),
    # after a quotation, a participle introduces what follows it: "that ..." or a new quotation
    ("“The quay is sound,” Halvik said, adding that the cranes were new.",
     ("adding", "that the cranes were new")),
    # a stop inside a closing quotation or after an initial stays
    ("The harbour will be dredged by the U.S., Halvik said.",
     ("said", "The harbour will be dredged by the U.S.")),
    # a time after the cue is no complement
    ("The ferries will stop running at the end of the month, Halvik told the Velmora Post on Friday.",
     ("told", "The ferries will stop running at the end of the month")),
    # a quotation opening after a comma is
    ("After a long silence in the crowded hall, Brasko replied, \u201cNot today.\u201d",
     ("replied", "\u201cNot today.\u201d")),
    # a colon ending the sentence introduces the next one
    ("The mayor of Halvik continued:\n\n\u201cWe will rebuild the quay before winter.\u201d",
     ("continued", "\u201cWe will rebuild the quay before winter.\u201d")),
    # a participle opening the sentence: what lies between it and its speaker
    ("Claiming the levy was unfair, Brask asked the council to drop it.", ("Claiming", "the levy was unfair")),
    # a question closing the sentence before, then the speaker alone
    ("\u201cWho will pay for the new quay?\u201d Vellacourt asked.",
     ("asked", "\u201cWho will pay for the new quay?\u201d")),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[1][0] + ":" + c[0][:30] for c in CASES])
def test_content_span(text: str, expected: tuple[str, str]) -> None:
    cue, content = expected
    found = [m for m in find_attributions(text) if text[m.cue_start : m.cue_end].startswith(cue)]
    assert found, f"no attribution with cue {cue!r}"
    m = found[0]
    assert text[m.content_start : m.content_end] == content


@pytest.mark.parametrize(
    "text",
    [
        "Halvik said the port would close, and Brask added that the ferries would stop.",
        "Sources close to the mayor, citing a memo, said the quay was unsafe.",
    ],
)
def test_content_never_overlaps_the_cue(text: str) -> None:
    found = find_attributions(text)
    assert found
    for m in found:
        assert m.content_end > m.content_start
        assert m.content_end <= m.cue_start or m.content_start >= m.cue_end


def _contents(text: str, kinds: frozenset[str] | None = None) -> dict[str, str]:
    from consistency.extract.attributions import ALL_KINDS

    found = find_attributions(text, kinds=ALL_KINDS if kinds is None else kinds)
    return {text[m.cue_start : m.cue_end]: text[m.content_start : m.content_end] for m in found}


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # a second attribution joined by a comma and a conjunction ends the first one's content
        ("Ivo Halvik said the levy was fair, but Brask warned that ferries would pay more.", "said", "the levy was fair"),
        ("Halvik said the quay was safe, and Marta Vellacourt argued it would flood by May.", "said", "the quay was safe"),
        # ... and a clause with the same source and a cue of its own ("and called for")
        ("Brask said the levy had failed and called for a new vote on the harbour fees.", "said", "the levy had failed"),
        # ... and a semicolon
        ("Halvik said the pier was closed; Korvath insisted it was open.", "said", "the pier was closed"),
        # what a source wants ends where another source's statement begins (the other kinds too)
        ("Brask wants to close the quay by May, but Halvik said the ferries would keep running.", "wants", "to close the quay by May"),
    ],
)
def test_content_ends_where_the_next_attribution_of_the_sentence_begins(text: str, cue: str, content: str) -> None:
    assert _contents(text)[cue] == content


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        # an attribution opening the content is what was reported, after "that" too
        ("Ivo Halvik said they had argued for the levy all along.", "said", "they had argued for the levy all along"),
        ("Halvik said that Brask had warned the board about the floods.", "said",
         "that Brask had warned the board about the floods"),
        # one inside a clause of the content ("what he called") is part of it
        ("Ivo Halvik said the levy was what he called a tax on every ferry.", "said",
         "the levy was what he called a tax on every ferry"),
        # a list after a comma holds no attribution: the content runs on
        ("Halvik said the quay, the pier and the dock would close in May.", "said",
         "the quay, the pier and the dock would close in May"),
    ],
)
def test_content_keeps_what_it_reports(text: str, cue: str, content: str) -> None:
    assert _contents(text)[cue] == content


def test_a_statements_content_is_the_same_whatever_other_kinds_are_asked_for() -> None:
    # the statements are ended among themselves, so asking for intentions changes none of them
    text = "Halvik said the levy was fair, and Brask wants to close the quay by the spring."
    from consistency.extract.attributions import STATEMENTS

    assert _contents(text, STATEMENTS)["said"] == _contents(text)["said"]
