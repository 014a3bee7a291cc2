"""Where a source phrase ends (consistency/extract/_attribution_phrases.py): the post-modifiers of a
document that name where it comes from ("a copy seen by ...", "a survey by ... published on Saturday").

Sentences and names are invented.
"""

from __future__ import annotations

import pytest

from consistency.extract.attributions import ALL_KINDS, find_attributions
from consistency.text import split_sentences


def sources(text: str) -> list[str]:
    found = find_attributions(text, split_sentences(text), kinds=ALL_KINDS)
    return [text[m.source_start : m.source_end] for m in found if m.source_end > m.source_start]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The plan would cut 400 jobs, according to a copy seen by the Halden Wire.",
         "a copy seen by the Halden Wire"),
        ("The levy will rise, according to a draft obtained by the Oskarby Post.",
         "a draft obtained by the Oskarby Post"),
        ("The plan would cut 400 jobs, according to a memo reviewed by the Halden Wire.",
         "a memo reviewed by the Halden Wire"),
        ("The forum will set new quotas, according to a draft communique obtained by the Oskarby Post.",
         "a draft communique obtained by the Oskarby Post"),
        ("The plan would cut 400 jobs, according to a draft memo seen by the Halden Wire.",
         "a draft memo seen by the Halden Wire"),
        ("The ruling party leads with 31%, according to a survey by the Marel Institute published on Friday.",
         "a survey by the Marel Institute published on Friday"),
        ("The ruling party leads with 31%, according to a poll by the Marel Institute released last week.",
         "a poll by the Marel Institute released last week"),
    ],
)
def test_a_document_keeps_the_participle_that_names_its_origin(text: str, source: str) -> None:
    assert source in sources(text)


def test_a_document_without_an_agent_keeps_its_plain_extent() -> None:
    # The participle phrase belongs to the document only with its agent: "published on Friday" after
    # a named author is the document's date, not more of the source.
    text = "The ruling party leads with 31%, according to a survey by the Marel Institute, which polled 900 voters."
    assert "a survey by the Marel Institute" in sources(text)


@pytest.mark.parametrize(
    ("text", "source", "display"),
    [
        ("A team led by Dr. Ines Roth found that the star had two planets.", "A team led by Dr. Ines Roth", "Ines Roth"),
        ("Researchers led by Ines Roth said the star had two planets.", "Researchers led by Ines Roth", "Ines Roth"),
        ("A group headed by former mayor Ole Brun said the plan was flawed.",
         "A group headed by former mayor Ole Brun", "Ole Brun"),
    ],
)
def test_a_group_led_by_someone_is_the_source_and_its_leader_speaks_for_it(text: str, source: str, display: str) -> None:
    found = find_attributions(text, split_sentences(text), kinds=ALL_KINDS)
    assert [(text[m.source_start : m.source_end], m.value.source) for m in found] == [(source, display)]
