"""The fast tokenizer and cue finder of the attribution matcher read the text exactly as the plain
per-token and per-word loops they replaced: same tokens with the same fields, same cue offsets."""

from __future__ import annotations

import re

import pytest

from consistency.extract import attributions
from consistency.extract._attribution_tokens import _TOKEN, _tokenize

TEXTS = [
    'Mr. Halvik told Velmora Radio on Friday that the U.S. envoy, John D. Brask, "would resign."',
    "Marta Vellacourt's office — citing harbour chief Ivo Dravik — SAID the quay ukrinform.net Said",
    "Ⓐ Ⅷ says; ΣΑΊΔ reported: _under_score 42nd said2 according-to Sgt. Korvath writes...",
    "  leading spaces, trailing spaces   ",
    "",
    "İstanbul officials said the Norland ferry, according to Brask, was late.",
    # a digit or "_" right before a cue, in ASCII text and in text with other letters and digits
    "Brask 5said, x_told, 12reported_ 3rd claims said2 says",
    "Brask 5said, x_told ٣reported ²said ½says é1claims Velmora’s 7told",
]


def _reference_tokens(text: str, start: int, end: int) -> list[tuple]:
    toks: list[tuple] = []
    for m in _TOKEN.finditer(text, start, end):
        t = m.group()
        word = t[0].isalnum()
        toks.append((m.start(), m.end(), t, t.lower(), word, word and t[0].isupper(), not toks))
    return toks


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_match_the_plain_loop(text: str) -> None:
    for start, end in ((0, len(text)), (3, max(3, len(text) - 4))):
        got = _tokenize(text, start, end)
        assert [tuple(t) for t in got] == _reference_tokens(text, start, end)
        assert all(isinstance(t.cap, bool) and isinstance(t.first, bool) for t in got)


@pytest.mark.parametrize("text", TEXTS)
def test_cue_offsets_match_a_lookup_per_word(text: str) -> None:
    words = re.finditer(r"[^\W\d_]+", text)
    expected = [m.start() for m in words if m.group().lower() in attributions._CUE_WORDS]
    assert attributions._cue_positions(text) == expected


def test_cue_words_are_whole_words_only() -> None:
    text = "The sayings were resaid; Brask SAYS so, and Halvik unsaid nothing."
    found = [text[p : p + 4] for p in attributions._cue_positions(text)]
    assert found == ["SAYS"]
