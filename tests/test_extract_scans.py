"""The shortcuts the extractors take to scan less: each must find exactly what the plain scan finds (the
speed work of issue 9 changes no extraction). Checked on invented sentences and on generated text that
mixes the awkward cases: case, line breaks, non-ASCII letters that case folding maps to ASCII ones."""

from __future__ import annotations

import random
import re

import pytest

from consistency.extract import figures
from consistency.extract._date_prefilter import Anchors, Scan, lowered_usable
from consistency.extract.implied_counts import _ACTIVE, _LEFT
from consistency.extract.positions import _POSITION, _holds_position, _may_hold_position
from consistency.extract.scores import _AFTER_RESULT, _BEFORE_RESULT, _RECORDS
from consistency.text import trie_pattern

SENTENCES = [
    "Velmora beat Halvik 3-1 on Sunday, and Brask won 98-91 after a 4-14 start to the season.",
    "About 40 people were hurt; the storm killed a fisherman and left a farmer injured near Dravik.",
    "In the third round she fell from the 12th floor; a Category 4 storm followed on the 2nd lap.",
    "Some 1,200 workers, up to a third of the staff, were aged between 18 and 25, officials said.",
    "The team at 12-3 leads the league; their record of 25-2 stands, Marta Vellacourt, 45, said.",
    "He was sentenced to 12 years and served more than six; rescuers searched 12 hours.\nFor 3 days",
    "Norland's ſix-hour vote: Korvath İnce, 31, kılled a deal and an öfficial was wounded.",
]


def _generated(count: int, seed: int = 7) -> list[str]:
    pieces = [
        "about ", "more than ", "approx. ", "aged ", "for ", "served ", "sentenced him to ", "walked ", "ran ",
        "  ", "\t", "\n", "#", ".", "’", ",", "\u017f", "\u0130", "\u0131", "Up To ", "AT LEAST ", "between ",
        "from ", "5 ", "12-3 ", "x", "é", "third round ", "killed a cyclist ", "won ", "record ", "team at ",
        "one ", "Two ", "a dozen ", "hundreds ", "often ", "Sofia ", "a", "an ", "quarter ", "half of ",
        "$", "US$ ", "u.s. $", "€", "USD", "usd ", "Rs.", "Rs ", "c $", "A$", "EURO",
    ]
    rng = random.Random(seed)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))) for _ in range(count)]


TEXTS = SENTENCES + _generated(400)


def test_a_trie_of_words_matches_what_their_alternation_matches() -> None:
    words = ["a", "an", "one", "hundred", "hundreds", "half", "eighteen", "eighty", "eight"]
    alternation = re.compile(r"\b(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b")
    trie = re.compile(r"\b" + trie_pattern(words) + r"\b")
    for text in TEXTS:
        lowered = text.lower()
        assert [m.span() for m in trie.finditer(lowered)] == [m.span() for m in alternation.finditer(lowered)]


def test_lowered_text_is_usable_only_when_it_keeps_offsets_and_folds() -> None:
    assert lowered_usable("Velmora Won", "velmora won")
    assert not lowered_usable("\u0130nce", "\u0130nce".lower())  # lowering it adds a character
    assert not lowered_usable("\u017fix", "\u017fix")  # the long s: an ignore-case "s" that lower() keeps


def test_the_figure_candidates_are_those_of_the_ignore_case_scan() -> None:
    for text in TEXTS:
        plain = sorted(
            [(m.start(), m.start() + 1) for m in figures._SIGN_TRIGGER.finditer(text)]
            + [m.span() for t in figures._WORD_TRIGGER.finditer(text) if (m := figures._CANDIDATE.match(text, t.start()))]
        )
        assert figures._candidates(text, text.lower()) == plain


@pytest.mark.parametrize("pattern", [_AFTER_RESULT, _BEFORE_RESULT, *_RECORDS, _ACTIVE, _LEFT, _POSITION])
def test_a_scan_from_anchors_finds_what_finditer_finds(pattern: re.Pattern[str]) -> None:
    scan = Scan(pattern)
    for text in TEXTS:
        found = [m.span() for m in scan.finditer(text, Anchors(text, text.lower()))]
        assert found == [m.span() for m in pattern.finditer(text)]


def test_the_position_gate_never_hides_a_position() -> None:
    for text in TEXTS:
        if _POSITION.search(text):
            assert _holds_position(text) and _may_hold_position(text)
    assert _holds_position("the knockout came in the third round")
    assert not _holds_position("the third man and the 12th hour")


def test_the_word_before_a_number_is_the_one_the_pattern_reads() -> None:
    for text in TEXTS:
        for end in range(len(text) + 1):
            for floor in (0, max(0, end - 48), max(0, end - 4)):
                expected = figures._PREV_WORD.search(text, floor, end)
                assert figures._prev_word(text, floor, end) == (expected.group("w") if expected else "")


@pytest.mark.parametrize("name", ["_QUALIFIER_BEFORE", "_AGED_BEFORE", "_DURATION_LEAD", "_TERM_LEAD", "_VERB_LEAD",
                                  "_APPOSITION_BEFORE", "_CURRENCY_PREFIX_BEFORE"])
def test_a_look_back_skipped_by_its_last_words_would_not_have_matched(name: str) -> None:
    pattern = getattr(figures, name)
    assert id(pattern) in figures._TAILS
    for text in TEXTS:
        for end in range(len(text) + 1):
            for floor in (0, max(0, end - 48)):
                found = figures._ending_at(pattern, text, floor, end)
                expected = pattern.search(text, floor, end)
                assert (found and found.span()) == (expected and expected.span())


DATE_TEXTS = [
    "At 9:30 a.m. on 14.2.2012 the Velmora council met; by noon, and again at midnight, nine o'clock came.",
    "Febuary 14, 2012 was cold in Halvik; Korvath left at eleven in the afternoon and at seven-ish returned.",
    "On March the twentieth, the twenty-first of March 2019, Brask spoke in the morning at 7 and at 1900 GMT.",
    "NINE O'CLOCK in the Evening, 2012.02.14, Sept the first: Dravik at ten at night, 12 noon, mid night.",
    "\u017fix o'clock in the morning, \u0131n May the second, İstanbul at 8 p.m.",
]


def test_the_extra_date_anchors_find_what_the_whole_scan_finds() -> None:
    from consistency.extract import dates
    from consistency.extract._date_prefilter import matches

    rules = [(looked, handler) for looked, handler in dates._LOOKED_RULES if handler in dates._EXTRA_ANCHORS]
    assert len(rules) == len(dates._EXTRA_ANCHORS)
    hits = 0
    for looked, _handler in rules:
        for text in DATE_TEXTS + [s + " " + d for s in SENTENCES for d in DATE_TEXTS] + TEXTS:
            expected = [m.span() for m in looked.finditer(text)]
            hits += len(expected)
            windows = Anchors(text, text.lower()).windows(dates._ANCHORS[id(looked)])
            if windows is not None:
                found = [m.span() for m in matches(looked, text, windows, dates._REACH[id(looked)])]
                assert found == expected, (looked.pattern[:60], text)
    assert hits > 50


def test_sentence_boundaries_are_those_of_the_plain_alternation() -> None:
    from consistency import text as text_module

    plain = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)|\n\s*\n|\n")
    samples = [*TEXTS, *SENTENCES, "He left...\n\n  She said: \"No!\" (Really?) Then …\nEnd.", "a.\n.\n\n!?\"” x\n"]
    for text in samples:
        assert [m.span() for m in text_module._BOUNDARY.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_case_blind_trie_of_phrases_matches_what_their_alternation_matches() -> None:
    from consistency.extract._figure_tables import DURATION_WORDS, MONTHS, UNIT_WORDS

    rng = random.Random(11)
    for words in ([*UNIT_WORDS, "pounds", "pound"], list(DURATION_WORDS), list(MONTHS), ["a b", "A", "ab", "a bc"]):
        h = figures._H
        plain = re.compile(rf"(?:{h}{{0,3}}|-)(?P<u>{figures._alternation(words)})(?![A-Za-z0-9])", re.IGNORECASE)
        trie = re.compile(rf"(?:{h}{{0,3}}|-)(?P<u>{figures._ci_alternation(words)})(?![A-Za-z0-9])", re.IGNORECASE)
        for _ in range(300):
            parts = []
            for _ in range(rng.randint(1, 4)):
                word = "".join(c.upper() if rng.random() < 0.3 else c for c in str(rng.choice(words)))
                parts.append(word[: rng.randint(0, len(word))] if rng.random() < 0.3 else word)
                parts.append(rng.choice(["", " ", "  ", "-", "x", "\n", "s", ".", "\u00b5", "\u03bc"]))
            text = "".join(parts)
            for at in range(len(text)):
                found, expected = trie.match(text, at), plain.match(text, at)
                assert (found and found.span("u")) == (expected and expected.span("u")), (text, at)


def test_phrases_the_trie_cannot_vouch_for_keep_the_plain_alternation() -> None:
    assert figures._ci_alternation(["a  b", "c"]) == figures._alternation(["a  b", "c"])  # a doubled space
    assert figures._ci_alternation(["\u00b5g", "\u03bcg"]) == figures._alternation(["\u00b5g", "\u03bcg"])  # folded alike


def test_the_cheap_position_gate_is_met_by_every_position() -> None:
    from consistency.extract.positions import _ORDINAL_END_NOUN

    rng = random.Random(3)
    parts = ["in the", "ON ITS", "from their", "third", "Twelfth", "21st", "3RD", "89th", "-", " ", "\t", "\n",
             "round", "Innings", "minute", "lap", "FLOOR", "storey", "stage", "leg", "Velmora", "first set", "."]
    met = 0
    for _ in range(3000):
        text = " ".join(rng.choice(parts) for _ in range(rng.randint(2, 7)))
        if _POSITION.search(text):
            met += 1
            assert _ORDINAL_END_NOUN.search(text.lower()) is not None, text
    assert met > 100
    assert _ORDINAL_END_NOUN.search("halvik bought a television set") is None
