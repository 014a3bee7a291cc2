"""A relay link read after the main cue ("The agency reported the deal, citing two officials") is
kept with its own source and cue spans (AttributionMatch.links), so that a corpus counting each
link as an attribution can score it (consistency/extract/attributions.py).

Sentences and names are invented.
"""

from __future__ import annotations

from benchmarks.suites.attributions import system_relations
from consistency.extract.attributions import ALL_KINDS, find_attributions
from consistency.text import split_sentences


def links(text: str) -> list[tuple[str, str]]:
    found = find_attributions(text, split_sentences(text), kinds=ALL_KINDS)
    return [(text[s:e], text[cs:ce]) for m in found for s, e, cs, ce in m.links]


def test_a_citing_link_keeps_its_source_and_cue() -> None:
    text = "The agency reported the deal, citing two officials familiar with the talks."
    assert links(text) == [("two officials familiar with the talks", "citing")]


def test_a_reason_after_citing_is_no_link() -> None:
    text = "The council closed the bridge, citing a risk to drivers."
    assert links(text) == []


def test_the_scorer_counts_the_link_as_a_relation_of_its_own() -> None:
    text = "The agency reported the deal, citing two officials familiar with the talks."
    sentences = split_sentences(text)
    relations = system_relations(text, find_attributions(text, sentences, kinds=ALL_KINDS), sentences)
    assert sorted(text[c[0] : c[1]] for _, c, _ in relations) == ["citing", "reported"]
