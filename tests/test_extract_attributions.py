"""Tests for the attribution extractor: spans, chains, cues, anaphora, source keys."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract import ExtractionContext
from consistency.extract.attributions import extract_attributions, find_attributions, normalize_source
from consistency.model import Attribution

CTX = ExtractionContext()

# sentence -> (span text, source, chain, cue, named); sentences are ours, facts from the seed articles.
CASES = [
    (
        "The talks were first reported by Bloomberg with reference to the Japanese media.",
        ("Bloomberg with reference to the Japanese media", "Bloomberg", ("Bloomberg", "Japanese media"),
         "with reference to", True),
    ),
    (
        "Washington and Tokyo want a deal before April 10, the Japanese newspaper Yomiuri writes, citing sources.",
        ("the Japanese newspaper Yomiuri writes, citing sources", "Yomiuri", ("Yomiuri", "sources"), "citing", True),
    ),
    (
        "Kishida and Biden will meet in Washington, according to unnamed officials cited by the Japanese news "
        "outlet Yomiuri on March 10.",
        ("according to unnamed officials cited by the Japanese news outlet Yomiuri", "Yomiuri",
         ("Yomiuri", "unnamed officials"), "according to", True),
    ),
    (
        "Tokyo has given some $8 billion in aid, according to the Kiel Institute for the World Economy.",
        ("according to the Kiel Institute for the World Economy", "Kiel Institute for the World Economy",
         ("Kiel Institute for the World Economy",), "according to", True),
    ),
    (
        "According to Yomiuri's sources, the allies hope to speed up joint production.",
        ("According to Yomiuri's sources", "Yomiuri", ("Yomiuri", "sources"), "according to", True),
    ),
    (
        "The strike would be a clear escalation, EU foreign affairs spokesperson Peter Stano said.",
        ("EU foreign affairs spokesperson Peter Stano said", "Peter Stano", ("Peter Stano",), "said", True),
    ),
    (
        "The strike would be a clear escalation, Peter Stano said, according to AFP.",
        ("Peter Stano said, according to AFP", "AFP", ("AFP", "Peter Stano"), "said", True),
    ),
    (
        "The aid will continue, said Fumio Kishida.",
        ("said Fumio Kishida", "Fumio Kishida", ("Fumio Kishida",), "said", True),
    ),
    (
        "Kishida told reporters that the summit would focus on defense.",
        ("Kishida told", "Kishida", ("Kishida",), "told", True),
    ),
    (
        # The outlet is the channel the article relays: same chain as "Kishida said, according to Reuters".
        "Kishida told Reuters that the summit would focus on defense.",
        ("Kishida told Reuters", "Reuters", ("Reuters", "Kishida"), "told", True),
    ),
    (
        "Japan announced it would allow the sale of licensed weapons.",
        ("Japan announced", "Japan", ("Japan",), "announced", True),
    ),
    (
        "In a statement, the defense ministry said the export rules had changed.",
        ("the defense ministry said", "defense ministry", ("defense ministry",), "said", False),
    ),
    (
        "Bloomberg, citing people familiar with the matter, reported that the deal was close.",
        ("Bloomberg, citing people familiar with the matter", "Bloomberg",
         ("Bloomberg", "people familiar with the matter"), "citing", True),
    ),
    (
        "As Ukrinform reported, Japan is preparing to send Patriot missiles.",
        ("Ukrinform reported", "Ukrinform", ("Ukrinform",), "reported", True),
    ),
    (
        "Tokyo is short of interceptors, senior officials said.",
        ("senior officials said", "senior officials", ("senior officials",), "said", False),
    ),
    (
        "Biden has also said that the aid would continue.",
        ("Biden has also said", "Biden", ("Biden",), "said", True),
    ),
    (
        # Damaged words near the cue do not stop extraction.
        "The coeration on defense technogy will grow, Kishida said.",
        ("Kishida said", "Kishida", ("Kishida",), "said", True),
    ),
    (
        "A survey by the Pew Research Center found that support was falling.",
        ("A survey by the Pew Research Center found", "Pew Research Center", ("Pew Research Center",), "found",
         True),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[1][0][:40] for c in CASES])
def test_attribution_table(sentence: str, expected: tuple) -> None:
    span, source, chain, cue, named = expected
    found = extract_attributions(sentence, CTX)
    assert len(found) == 1, [sentence[f.start : f.end] for f in found]
    got = found[0]
    assert sentence[got.start : got.end] == span
    assert got.value == Attribution(source=source, chain=chain, cue=cue, named=named)


@pytest.mark.parametrize(
    ("sentence", "source_phrase", "source", "named"),
    [
        # A party tag between name and verb belongs to the source phrase.
        ("Aid will continue, Sen. Jane Doe (D-Ore.) said.", "Sen. Jane Doe (D-Ore.)", "Sen. Jane Doe", True),
        # An appositive between commas: the named person is the source.
        ("Kishida, the Japanese prime minister, said the talks went well.",
         "Kishida, the Japanese prime minister,", "Kishida", True),
        ("The aid will grow, said Mike Lee, an adviser at the ministry.",
         "Mike Lee, an adviser at the ministry", "Mike Lee", True),
        # A role of an organisation is not a named source.
        ("A spokeswoman for the Pentagon said the ships would be repaired in Japan.",
         "A spokeswoman for the Pentagon", "spokeswoman for the Pentagon", False),
        ("Exports will rise, De Blasio said.", "De Blasio", "De Blasio", True),
        ("The EU says the strike is an escalation.", "The EU", "EU", True),
        ("Kishida and Biden to meet in April, Bloomberg Says", "Bloomberg", "Bloomberg", True),
        ("Tokyo will help, the New York businessman said.", "the New York businessman", "New York businessman", False),
    ],
)
def test_source_phrases(sentence: str, source_phrase: str, source: str, named: bool) -> None:
    (m,) = find_attributions(sentence)
    assert sentence[m.source_start : m.source_end] == source_phrase
    assert (m.value.source, m.value.named) == (source, named)


def test_relative_who_takes_its_antecedent() -> None:
    text = "The deal was praised by Fumio Kishida, who said it was historic."
    found = [f for f in extract_attributions(text, CTX) if f.value.cue == "said"]
    assert [(text[f.start : f.end], f.value.source) for f in found] == [("who said", "Fumio Kishida")]


def test_called_for_is_one_cue() -> None:
    text = "Kishida called for closer defense ties."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "called for"


@pytest.mark.parametrize(
    "sentence",
    [
        '"We said no to that plan," the minister recalled',  # only the outer cue counts
        "The so-called agreement is not binding.",
        "The said agreement expires in April.",
        "Source: ukrinform.net",
        "Japan and the United States are discussing military equipment.",
        "It was said that the deal was done.",
        "Having said that, the summit will go ahead.",
        "Twenty-seven states joined the lawsuit.",
        "The interests of member states come first.",
        "A man called John repaired the ships.",
        "Japan's Fifth Amendment claims, however, were weak.",
    ],
)
def test_not_attributions(sentence: str) -> None:
    found = extract_attributions(sentence, CTX)
    cues = [f.value.cue for f in found]
    if sentence.startswith('"We said'):
        assert cues == ["recalled"]
    else:
        assert found == []


def test_said_inside_quote_is_skipped() -> None:
    text = '"I said we would help," Kishida said.'
    found = extract_attributions(text, CTX)
    assert [(text[f.start : f.end], f.value.source) for f in found] == [("Kishida said", "Kishida")]


def test_publication_resolves_to_last_named_outlet() -> None:
    text = (
        "Japan and the U.S. are discussing joint production, Bloomberg reported on Monday. "
        "Tokyo provided only non-lethal aid, the publication writes."
    )
    found = extract_attributions(text, CTX)
    assert [f.value.source for f in found] == ["Bloomberg", "Bloomberg"]
    last = found[1]
    assert text[last.start : last.end] == "the publication writes"
    assert last.value.named is True


def test_publication_without_antecedent_stays_unnamed() -> None:
    text = "Tokyo provided only non-lethal aid, the newspaper says."
    (found,) = extract_attributions(text, CTX)
    assert found.value == Attribution(source="newspaper", chain=("newspaper",), cue="says", named=False)


def test_pronoun_resolves_to_last_named_person() -> None:
    text = "Fumio Kishida said the summit would be historic. He added that Japan would help."
    found = extract_attributions(text, CTX)
    assert [f.value.source for f in found] == ["Fumio Kishida", "Fumio Kishida"]
    assert text[found[1].start : found[1].end] == "He added"


def test_blank_stretches_are_white_space() -> None:
    text = "Japan will help,            Kishida            said."
    (found,) = extract_attributions(text, CTX)
    assert found.value.source == "Kishida"
    assert text[found.start : found.end].startswith("Kishida")


def test_cue_and_source_spans_are_kept_apart() -> None:
    text = "Allies want a deal, the Japanese newspaper Yomiuri has reported."
    (m,) = find_attributions(text)
    assert text[m.cue_start : m.cue_end] == "has reported"
    assert text[m.source_start : m.source_end] == "the Japanese newspaper Yomiuri"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("the Japanese newspaper Yomiuri", "yomiuri"),
        ("Yomiuri's sources", "yomiuri"),
        ("Yomiuri Shimbun", "yomiuri"),
        ("Yomiuri", "yomiuri"),
        ("the Kiel Institute for the World Economy", "kiel institute for the world economy"),
        ("EU foreign affairs spokesperson Peter Stano", "peter stano"),
        ("President Joe Biden", "joe biden"),
        ("Mr. Obama", "obama"),
        ("Ukrinform news agency", "ukrinform"),
        ("The New York Times", "new york times"),
        ("unnamed officials", "unnamed officials"),
        ("Japanese media", "japanese media"),
        ("KYODO", "kyodo"),
    ],
)
def test_normalize_source(name: str, key: str) -> None:
    assert normalize_source(name) == key


def test_same_source_same_key_across_outlets() -> None:
    a = extract_attributions("Allies want a deal, the Japanese newspaper Yomiuri writes.", CTX)
    b = extract_attributions("Allies want a deal, according to Yomiuri Shimbun.", CTX)
    assert normalize_source(a[0].value.source) == normalize_source(b[0].value.source) == "yomiuri"


_ALPHABET = st.sampled_from(
    list("abcXYZ ,.\"“”'’\n-:;()") + ["said", " according to ", " citing ", "Bloomberg", " the ", "he ", "'s "]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=60).map("".join))
def test_never_raises_and_spans_inside_text(text: str) -> None:
    for f in extract_attributions(text, CTX):
        assert 0 <= f.start < f.end <= len(text)
        assert f.value.chain and f.value.chain[0] == f.value.source
    for m in find_attributions(text):
        assert m.start <= m.source_start < m.source_end <= len(text) or m.source_start >= 0
        assert 0 <= m.cue_start < m.cue_end <= len(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_never_raises_on_any_text(text: str) -> None:
    for f in extract_attributions(text, CTX):
        assert 0 <= f.start < f.end <= len(text)
