"""What a slot reading keeps so that weighing two slots costs less (consistency/slot_pairs.py): its middles read without a
whole reading, and a shared-words search that passes over pairs that cannot win.

The facts are invented: outlets count the walkers stranded on the Korvath ridge.
"""

from __future__ import annotations

import pytest

from consistency import slot_pairs
from consistency.model import Fact, Frame, Quantity

SENTENCE = "Rescuers reached {} walkers stranded on the Korvath ridge overnight."


def figure(fid: str, article: str, low: float) -> Fact:
    sentence = SENTENCE.format(int(low))
    text = str(int(low))
    start = sentence.index(text)
    frame = Frame(key="figure:walker/:current", name="number of walkers", measure="walker/", known=False)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence),
                Quantity(low, low), frame)


@pytest.fixture(autouse=True)
def _clean() -> None:
    slot_pairs.forget()


def test_an_outlet_that_repeats_its_value_echoes() -> None:
    a = slot_pairs.read([figure("a", "gazette", 23), figure("b", "radio", 23)])
    same = slot_pairs.read([figure("c", "gazette", 23)])
    other = slot_pairs.read([figure("d", "gazette", 25)])
    assert slot_pairs.echoed(a, same)
    assert not slot_pairs.echoed(a, other)


def test_middles_of_are_a_readings_middles() -> None:
    facts = [figure("a", "gazette", 23), figure("b", "gazette", 25), figure("c", "gazette", 23)]
    assert slot_pairs.middles_of(facts) == slot_pairs.read(facts).middles


def _brute_share(a: slot_pairs.Slot, b: slot_pairs.Slot) -> float:
    return max((len(x & y) / len(x | y) for x in a.words for y in b.words if x & y), default=0.0)


@pytest.mark.parametrize("seed", range(40))
def test_the_shared_words_feature_is_the_largest_share(seed: int) -> None:
    # Sentences of random words from a small stock: the pruned search finds the share every pair would give.
    import random

    rng = random.Random(seed)
    stock = [f"w{n}" for n in range(12)]

    def slot() -> slot_pairs.Slot:
        words = tuple({frozenset(rng.sample(stock, rng.randint(1, 8))) for _ in range(rng.randint(1, 6))})
        return slot_pairs.Slot("figure", frozenset({"x"}), frozenset(), words, (), False, (), False, False,
                               frozenset())

    a, b = slot(), slot()
    assert slot_pairs._shared(a, b) == _brute_share(a, b)


def test_told_by_groups_each_outlets_values() -> None:
    slot = slot_pairs.read([figure("a", "gazette", 23), figure("b", "gazette", 25), figure("c", "radio", 23)])
    brute = {s: frozenset(v for x, v in slot.values if x == s) for s in slot.articles}
    assert slot.told_by == brute
    assert set(slot.told_by) == {"gazette", "radio"}

