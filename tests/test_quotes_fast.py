"""A paraphrase is recognised as it was before its content words were cached per sentence: the cached
stems are the words read afresh, and a pair whose first sentence quotes nothing is never read."""

from __future__ import annotations

import pytest

from consistency import quotes
from consistency.text import content_words, stem

SENTENCES = [
    '"The driver appears to have lost control and the brakes are being examined," police said.',
    "Police said the driver appeared to have lost control and the brakes were being examined.",
    "Police said the brakes were fine.",
    'The minister said: "We will rebuild every single home that the flood destroyed.',
    "The minister promised to rebuild every home the flood destroyed, officials said.",
    'He called it "a milestone for every family in the valley" on Monday.',
    "",
]


def _reference(quoting: str, other: str, opened: str = "") -> bool:
    if quotes.quotations(other):
        return False
    theirs = {stem(w) for w in content_words(other)}
    for quote in quotes._with_opened(quoting, opened):
        mine = {stem(w) for w in content_words(quote)}
        if len(mine) >= quotes.PARAPHRASE_WORDS and len(mine & theirs) >= quotes.PARAPHRASE_SHARE * len(mine):
            return True
    return False


@pytest.mark.parametrize("opened", ["", "the brakes are being examined by the police"])
def test_paraphrase_reads_as_before(opened: str) -> None:
    for a in SENTENCES:
        for b in SENTENCES:
            assert quotes.paraphrased(a, b, opened) == _reference(a, b, opened), (a, b)
    assert quotes.paraphrased(SENTENCES[0], SENTENCES[1])


def test_cached_stems_are_the_words_read_afresh() -> None:
    for text in SENTENCES:
        assert quotes._stems(text) == frozenset(stem(w) for w in content_words(text))
        assert quotes._stems(text) is quotes._stems(text)  # read once
