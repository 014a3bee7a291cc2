"""Tests for the attribution extractor: spans, chains, cues, anaphora, source keys."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from consistency.extract import ExtractionContext
from consistency.extract.attributions import extract_attributions, find_attributions, normalize_source
from consistency.model import Attribution

CTX = ExtractionContext()

# sentence -> (span text, source, chain, cue, named[, channel]); sentences are ours, facts from the seed
# articles. The channel is None unless given.
CASES = [
    (
        "The ferry deal was first reported by Reuters with reference to the Norwegian media.",
        ("Reuters with reference to the Norwegian media", "Reuters", ("Reuters", "Norwegian media"),
         "with reference to", True),
    ),
    (
        "Washington and Tokyo want a deal before April 10, the Japanese newspaper Yomiuri writes, citing sources.",
        ("the Japanese newspaper Yomiuri writes, citing sources", "Yomiuri", ("Yomiuri", "sources"), "citing", True),
    ),
    (
        "The two mayors will meet in Halvik, according to unnamed officials cited by the Norland daily "
        "Brask Courier on March 10.",
        ("according to unnamed officials cited by the Norland daily Brask Courier", "Brask Courier",
         ("Brask Courier", "unnamed officials"), "according to", True),
    ),
    (
        "Norland has given some $8 billion in aid, according to the Velmora Institute for Trade Studies.",
        ("according to the Velmora Institute for Trade Studies", "Velmora Institute for Trade Studies",
         ("Velmora Institute for Trade Studies",), "according to", True),
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
        ("Kishida told", "Kishida", ("Kishida",), "told", True, "reporters"),
    ),
    (
        # The outlet told is the channel, not a source: Kishida speaks, the article does not credit Reuters.
        "Kishida told Reuters that the summit would focus on defense.",
        ("Kishida told Reuters", "Kishida", ("Kishida",), "told", True, "Reuters"),
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
    span, source, chain, cue, named, *rest = expected
    found = extract_attributions(sentence, CTX)
    assert len(found) == 1, [sentence[f.start : f.end] for f in found]
    got = found[0]
    assert sentence[got.start : got.end] == span
    channel = rest[0] if rest else None
    assert got.value == Attribution(source=source, chain=chain, cue=cue, named=named, channel=channel)


@pytest.mark.parametrize(
    ("sentence", "source_phrase", "source", "named"),
    [
        # A party tag between name and verb belongs to the source phrase.
        ("Aid will continue, Sen. Jane Doe (D-Ore.) said.", "Sen. Jane Doe (D-Ore.)", "Jane Doe", True),
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


# The speaker is the source; the outlet or occasion it spoke through is the channel.
CHANNEL_CASES = [
    ("The mayor told the Associated Press the bridge would reopen.", "mayor", "Associated Press"),
    ("The police commander told AFP the cranes had stopped.", "police commander", "AFP"),
    ("Fumio Kishida told CNN in an interview that the talks went well.", "Fumio Kishida", "CNN"),
    ("The governor told reporters the roads were closed.", "governor", "reporters"),
    ("The police chief told a news conference that two men were held.", "police chief", "news conference"),
    ("The coach told state television the team would appeal.", "coach", "state television"),
    ("The airline said in a statement that it regretted the delay.", "airline", "statement"),
    ("The minister said at a press conference on Monday that aid would flow.", "minister", "press conference"),
    ("Aid will flow, the minister said in an interview with the BBC.", "minister", "BBC"),
    ("Aid will flow, said the minister in a statement.", "minister", "statement"),
    # no channel: a time, a place, a person told
    ("The minister said on Monday that aid would flow.", "minister", None),
    ("The minister said in Tokyo that aid would flow.", "minister", None),
    ("The mayor told her deputy that the bridge would reopen.", "mayor", None),
]


@pytest.mark.parametrize(
    ("sentence", "source", "channel"), CHANNEL_CASES, ids=[c[0][:40] for c in CHANNEL_CASES]
)
def test_channel_is_not_the_source(sentence: str, source: str, channel: str | None) -> None:
    (found,) = extract_attributions(sentence, CTX)
    assert (found.value.source, found.value.chain, found.value.channel) == (source, (source,), channel)


def test_relay_through_an_outlet_is_still_a_chain() -> None:
    (found,) = extract_attributions("The bridge will reopen, the mayor said, according to AFP.", CTX)
    assert (found.value.source, found.value.chain, found.value.channel) == ("AFP", ("AFP", "mayor"), None)


# How a source is displayed: sentence -> (source, named).
DISPLAY_CASES = [
    # an acronym in brackets names the source when the words before it do not
    ("The quake struck at dawn, the Brask Geophysical Office (BGO) reported.", "Brask Geophysical Office", True),
    ("The quake struck at dawn, the office (BGO) reported.", "BGO", True),
    ("The quake struck at dawn, according to the agency (EMSC).", "EMSC", True),
    ("The quake struck at dawn, the Pentagon (DoD) said.", "Pentagon", True),
    # a possessive: a common-noun owner drops out, a named owner stays with its body
    ("Ten people died, according to the country's health ministry.", "health ministry", False),
    ("The roads will reopen, the city's mayor said.", "mayor", False),
    ("The quake was shallow, Iran's seismological centre said.", "Iran's seismological centre", True),
    ("Japan's foreign ministry said the talks would resume.", "Japan's foreign ministry", True),
    # titles of office before a name
    ("Ships will wait, Port Authority chief Jane Roe said.", "Jane Roe", True),
    ("Police spokesman Sgt. John Doe told reporters that the suspect fled.", "John Doe", True),
    ("Fire Chief Bill Stone said the blaze was contained.", "Bill Stone", True),
    ("Mr. Obama said the aid would flow.", "Obama", True),
    # ... but not the first words of an organisation's name, nor a lone name after a full title
    ("General Motors said sales fell.", "General Motors", True),
    ("The Justice Department said it would appeal.", "Justice Department", True),
    ("President Biden said the aid would flow.", "President Biden", True),
]


@pytest.mark.parametrize(
    ("sentence", "source", "named"), DISPLAY_CASES, ids=[c[0][:40] for c in DISPLAY_CASES]
)
def test_source_display(sentence: str, source: str, named: bool) -> None:
    (found,) = extract_attributions(sentence, CTX)
    assert (found.value.source, found.value.chain, found.value.named) == (source, (source,), named)


def test_possessor_relaying_its_sources_stays_a_chain() -> None:
    (found,) = extract_attributions("The ministry's officials said the talks would resume.", CTX)
    assert found.value.chain == ("ministry", "officials")


@pytest.mark.parametrize(
    ("sentence", "cue"),
    [
        ('"We will rebuild," the mayor vowed.', "vowed"),
        ("The minister promised that aid would come.", "promised"),
        ("Both parties agreed that the vote was fair.", "agreed"),
        ("The observers agreed it was a fair vote.", "agreed"),
        ("The judge agreed with the defence that the search was unlawful.", "agreed"),
        ("The governor vowed he would rebuild the pier.", "vowed"),
        ("He called the plan a disgrace.", "called"),
    ],
)
def test_commitments_stated_as_speech_are_attributions(sentence: str, cue: str) -> None:
    assert [f.value.cue for f in extract_attributions(sentence, CTX)] == [cue]


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
        "Japan and the United States are discussing military equipment.",
        "It was said that the deal was done.",
        "Having said that, the summit will go ahead.",
        "Twenty-seven states joined the lawsuit.",
        "The interests of member states come first.",
        "A man called John repaired the ships.",
        "Japan's Fifth Amendment claims, however, were weak.",
        # actors, not sources: an act is agreed, vowed or called, not stated
        "Japan agreed to send two patrol ships.",
        "Washington has vowed to respond.",
        "After long talks it agreed to the terms.",
        "The two sides agreed on a ceasefire.",
        "Ukraine threatened to walk out of the talks.",
        "Dock unions called a 72-hour strike.",
        "The premier called a snap election for May.",
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
        ("Iran's seismological centre", "iran seismological centre"),
        ("Japan's foreign ministry", "japan foreign ministry"),
        ("Sgt. John Doe", "john doe"),
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
    + [" told ", " (BGO) ", " in a statement", " Sgt. ", " Chief ", " agreed to ", " called a ", " reporters"]
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


def test_hostile_channel_and_title_text_is_handled() -> None:
    text = (
        ("the office (BGO) reported " * 2000)
        + ("told a news conference " * 2000)
        + ("Fire Chief " * 2000)
        + ("the country's " * 2000)
        + "said."
    )
    for f in extract_attributions(text, CTX):
        assert 0 <= f.start < f.end <= len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Unnamed ministers cited by the Velmora Post said 30 people died in the flood.",
        "Unnamed ministers, cited by the Velmora Post, said 30 people died in the flood.",
    ],
)
def test_a_relayed_subject_is_one_chain_from_the_outlet_to_the_origin(text: str) -> None:
    (m,) = find_attributions(text)
    assert m.value.chain == ("Velmora Post", "Unnamed ministers")
    assert m.value.cue == "said"  # the cue that introduces the original source
    assert text[m.cue_start : m.cue_end] == "said"


def test_a_citation_as_an_act_is_no_relay() -> None:
    text = "Brask cited a report that the quay was unsafe."
    assert [m.value.chain for m in find_attributions(text)] == [("Brask",)]
