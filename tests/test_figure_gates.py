"""Cheap tests that let the figure extractor skip work: a digit is tried as a magnitude only in a text holding
a word every magnitude needs (``figures._MAGNITUDE_NEEDS``), and a passive toll is looked for only where its
tense and verb are (``implied_counts._PASSIVE_TAIL``). Neither may ever hide a figure."""

from __future__ import annotations

import random

from consistency.extract import ExtractionContext, figures

PARTS = [
    "a", "6.9", "5.8", "7", "-", " ", "  ", "magnitude", "MAGNITUDE", "Richter", "moment", "on the", "scale",
    "quake", "Earthquake", "tremor", "temblor", "aftershock", "strong", "of", "about", "Velmora", "Halvik",
    "shook", "3", "10", ",", ".",
]


def test_no_magnitude_is_read_in_a_text_without_the_words_a_magnitude_needs() -> None:
    rng = random.Random(13)
    read = 0
    for _ in range(3000):
        text = rng.choice([" ", ""]).join(rng.choice(PARTS) for _ in range(rng.randint(2, 8)))
        for pos, char in enumerate(text):
            if not char.isdigit():
                continue
            found = figures._magnitude_at(text, pos, 0)
            if found is not None:
                read += 1
                assert any(word in text.lower() for word in figures._MAGNITUDE_NEEDS), text
    assert read > 100


def test_magnitudes_are_still_read_in_every_form() -> None:
    for sentence in ("A magnitude-7.1 quake hit Velmora.", "The 6.9-magnitude tremor woke Halvik.",
                     "It measured 5.3 on the Richter scale.", "A 5.8 temblor shook Brask."):
        values = [e.value for e in figures.extract_figures(sentence, ExtractionContext())]
        assert any(v.unit == "magnitude" for v in values), sentence  # type: ignore[union-attr]


def test_the_passive_tail_is_found_wherever_a_passive_toll_is() -> None:
    from consistency.extract import implied_counts

    rng = random.Random(17)
    parts = ["a", "An", "young", "Velmora", "cyclist", "fisherman", "was", "has been", "had\tbeen", "is", "were",
             "later", "killed", "shot dead", "stabbed to death", "found dead", "murdered", "injured", "hurt", "\n",
             "by", "Halvik", "."]
    met = 0
    for _ in range(3000):
        text = " ".join(rng.choice(parts) for _ in range(rng.randint(3, 9)))
        if implied_counts._PASSIVE.search(text):
            met += 1
            assert implied_counts._PASSIVE_TAIL.search(text) is not None, text
    assert met > 100
    assert implied_counts._PASSIVE_TAIL.search("a Brask fisherman killed a deal") is None
