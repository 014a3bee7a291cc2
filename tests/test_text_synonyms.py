"""Words news copy uses for one notion meet in alignment (consistency/text.py, ``SYNONYMS``).

The sentences are invented.
"""

from __future__ import annotations

import pytest

from consistency.text import content_words, stem


def keys(sentence: str) -> set[str]:
    return {stem(w) for w in content_words(sentence)}


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("An earthquake hit off Kessel.", "A quake hit off Kessel."),
        ("Two temblors hit off Kessel.", "Two quakes hit off Kessel."),
        ("Nine people died.", "Nine people were killed."),
        ("Forty vessels waited in the bay.", "Forty ships waited in the bay."),
        ("The plant's 900 employees went home.", "The plant's 900 workers went home."),
    ],
)
def test_one_notion_in_other_words_gives_the_same_keys(one: str, other: str) -> None:
    assert keys(one) == keys(other)


def test_words_of_other_notions_stay_apart() -> None:
    assert keys("A quake hit off Kessel.") != keys("A storm hit off Kessel.")
