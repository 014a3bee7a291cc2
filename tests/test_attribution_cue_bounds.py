"""Where a cue as written ends: the preposition of a topic belongs to it, the "by" of a passive's
agent does not (PolNeAR's convention on its tuning split: "called for" + topic, "was rejected" +
"by the board"). Our own sentences."""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions


def _cues(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.cue_start : m.cue_end], text[m.source_start : m.source_end], text[m.content_start : m.content_end])
        for m in find_attributions(text, kinds=ALL_KINDS)
    ]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Marta Vellacourt commented on the harbour levy at length.", "commented on"),
        ("Brask apologized for the delay at the pier.", "apologized for"),
        # an adverb after the topic's preposition opens the topic, it is not part of the cue
        ("Halvik has called for swiftly closing the quay.", "has called for"),
    ],
)
def test_a_topic_preposition_belongs_to_the_cue(text: str, cue: str) -> None:
    assert [c for c, _, _ in _cues(text)] == [cue]


@pytest.mark.parametrize(
    "text",
    [
        "Brask commented on Friday that the quay was unsafe.",
        "Brask commented on Twitter that the quay was unsafe.",
    ],
)
def test_a_time_or_a_medium_after_on_is_not_a_topic(text: str) -> None:
    assert [c for c, _, _ in _cues(text)] == ["commented"]


@pytest.mark.parametrize(
    ("text", "cue", "source", "content"),
    [
        ("The levy plans of the council were rejected by the Halvik port board in 2015.",
         "were rejected", "the Halvik port board", "The levy plans of the council"),
        ("Her views were echoed by a number of dock workers in Velmora.",
         "were echoed", "a number of dock workers", "Her views"),
    ],
)
def test_a_passive_agents_by_opens_the_source_not_the_cue(text: str, cue: str, source: str, content: str) -> None:
    assert _cues(text) == [(cue, source, content)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask said in an interview that the quay was unsafe.", "said in an interview"),
        ("Brask explained in a phone interview that the quay was unsafe.", "explained in a phone interview"),
        # a document or an event is where it was said, not how the cue is written
        ("Brask said in a statement that the quay was unsafe.", "said"),
        ("Brask said at a news conference that the quay was unsafe.", "said"),
    ],
)
def test_only_a_spoken_occasion_belongs_to_the_cue(text: str, cue: str) -> None:
    assert [c for c, _, _ in _cues(text)] == [cue]


def test_the_occasion_still_gives_the_channel() -> None:
    (m,) = find_attributions("Brask said in a statement that the quay was unsafe.")
    assert m.value.channel == "statement"


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The pilots have sometimes been accused of skipping checks.", "have sometimes been accused of"),
        ("Brask has often warned that the quay is unsafe.", "has often warned"),
        ("Halvik always says the levy is fair.", "always says"),
    ],
)
def test_adverbs_of_frequency_belong_to_the_cue(text: str, cue: str) -> None:
    assert [c for c, _, _ in _cues(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        ("The union issued a statement calling the levy unfair.", "issued a statement calling", "the levy unfair"),
        ("Brask sent a letter to the port board urging a recount.", "sent a letter to the port board urging", "a recount"),
    ],
)
def test_a_document_made_public_and_its_participle_of_saying_are_one_cue(text: str, cue: str, content: str) -> None:
    assert [(c, k) for c, _, k in _cues(text)] == [(cue, content)]


def test_a_comma_ends_the_document_before_a_participle() -> None:
    text = "Brask sent a letter to the port board, urging a recount."
    assert "sent a letter to the port board, urging" not in [c for c, _, _ in _cues(text)]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask spoke emotionally of his years at the quay.", "spoke emotionally of"),
        ("Halvik spoke out Tuesday about the levy.", "spoke out Tuesday about"),
        ("Brask warned repeatedly against the levy.", "warned repeatedly against"),
        # after a day, "to" opens the addressee, not the topic, and the day a time phrase of its own
        ("Brask announced Monday to reporters that the quay was closed.", "announced"),
    ],
)
def test_a_topic_preposition_after_an_adverb_or_a_day_belongs_to_the_cue(text: str, cue: str) -> None:
    assert [c for c, _, _ in _cues(text)] == [cue]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Brask said Friday that the quay was unsafe.", "said Friday"),
        ("The quay is unsafe, Brask said Friday.", "said Friday"),
        # the day opens a longer time phrase: not the cue's
        ("Brask said Friday afternoon that the quay was unsafe.", "said"),
        ("Brask warned Friday as he left the pier that the quay was unsafe.", "warned"),
    ],
)
def test_a_day_belongs_to_the_cue_unless_a_time_phrase_goes_on(text: str, cue: str) -> None:
    assert [c for c, _, _ in _cues(text)] == [cue]
