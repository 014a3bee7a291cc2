"""Fast paths of grouping give exactly what the plain computation gives: a lead's sentences found without
splitting the rest of the text, and pair scores summed from numbered terms equal to one dot product a pair."""

from __future__ import annotations

import random

import numpy as np
import pytest

from consistency.group import Pairs, _dot, _lead_end, _pair_similarities
from consistency.text import first_sentences, split_sentences

TEXTS = [
    "",
    "   ",
    "One sentence without an end",
    "Harbour fire in Dravik\nThe blaze began at 3 a.m. on Monday. Ivo F. Brask said so. It is out now.",
    "The levy is unfair, said Sen. Marta Vellacourt of Halvik. The vote is on Monday!\n\nMore later...",
    "Temperatures fell as low as 21F. Growers expect losses. U.S. officials said little.",
    "A line\nanother line\n\n\nand a third. And a fourth? \"Yes.\" (Fine.) End",
]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("count", [1, 2, 3, 5, 50])
def test_first_sentences_are_the_first_spans_of_the_whole_split(text: str, count: int) -> None:
    assert first_sentences(text, count) == split_sentences(text)[:count]


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("sentences", [0, 1, 2, 3, 9])
def test_a_lead_ends_where_the_whole_split_says(text: str, sentences: int) -> None:
    spans = split_sentences(text)
    expected = spans[min(sentences, len(spans)) - 1][1] if spans else 0
    assert _lead_end(text, sentences) == expected


def test_random_texts_split_alike_at_any_count() -> None:
    pieces = ["Brask", "said", "Dr.", "U.S.", "21F.", "fire.", "vote!", "why?", "\n", "\n\n", "  ", "J.", "“Yes.”"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randrange(0, 40)))
        for count in (1, 2, 4):
            assert first_sentences(text, count) == split_sentences(text)[:count]


def test_pair_scores_are_each_pairs_dot_product() -> None:
    # Terms shared unevenly, met in different orders, some articles with none in common with any other.
    rng = random.Random(3)
    vocabulary = [f"w{k}" for k in range(40)] + [f"\x01n{k}" for k in range(10)] + ["\x02deaths:4"]
    vectors = []
    for _ in range(30):
        terms = rng.sample(vocabulary, rng.randrange(0, 12))
        vectors.append({t: rng.random() for t in terms})
    n = len(vectors)
    codes = np.asarray([a * n + b for a in range(n) for b in range(a + 1, n)], dtype=np.int64)
    scored = _pair_similarities(iter(vectors), Pairs(n, codes))
    expected = {(a, b): _dot(vectors[a], vectors[b]) for a in range(n) for b in range(a + 1, n)}
    assert dict(scored.items()) == {pair: sim for pair, sim in expected.items() if sim > 0.0}
