"""Pair answers of two slot readings are worked out once per event's alignment, and each reading keeps its outlets'
values by outlet (consistency/slot_pairs.py): the passes of one alignment ask the same pairs again.

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


def test_a_pair_is_scored_once_until_the_event_is_forgotten(monkeypatch: pytest.MonkeyPatch) -> None:
    a = slot_pairs.read([figure("a", "gazette", 23), figure("b", "radio", 23)])
    b = slot_pairs.read([figure("c", "wire", 32)])
    calls: list[int] = []
    features = slot_pairs.features

    def counted(*args: object, **kw: object) -> list[float]:
        calls.append(1)
        return features(*args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(slot_pairs, "features", counted)
    first = slot_pairs.score(a, b, 3)
    assert slot_pairs.score(a, b, 3) == first and len(calls) == 1
    assert slot_pairs.reaching(a, b, 3, 0.0) == first and len(calls) == 1  # the score stands for the reach too
    slot_pairs.score(a, b, 4)  # another count of slots is another question
    assert len(calls) == 2
    slot_pairs.forget()
    a = slot_pairs.read([figure("a", "gazette", 23), figure("b", "radio", 23)])
    b = slot_pairs.read([figure("c", "wire", 32)])
    assert slot_pairs.score(a, b, 3) == first and len(calls) == 3


def test_may_join_answers_each_question_once(monkeypatch: pytest.MonkeyPatch) -> None:
    a = slot_pairs.read([figure("a", "gazette", 23)])
    b = slot_pairs.read([figure("c", "wire", 32)])
    calls: list[bool] = []
    may_join = slot_pairs._may_join

    def counted(x: slot_pairs.Slot, y: slot_pairs.Slot, *, kinds_done_apart: bool = True) -> bool:
        calls.append(kinds_done_apart)
        return may_join(x, y, kinds_done_apart=kinds_done_apart)

    monkeypatch.setattr(slot_pairs, "_may_join", counted)
    answer = slot_pairs.may_join(a, b)
    assert slot_pairs.may_join(a, b) == answer and calls == [True]
    slot_pairs.may_join(a, b, kinds_done_apart=False)
    assert calls == [True, False]


def test_an_outlets_values_are_read_by_outlet() -> None:
    slot = slot_pairs.read([figure("a", "gazette", 23), figure("b", "gazette", 25), figure("c", "wire", 32)])
    assert slot_pairs.told_by(slot, "gazette") == {v for x, v in slot.values if x == "gazette"}
    assert len(slot_pairs.told_by(slot, "gazette")) == 2
    assert slot_pairs.told_by(slot, "radio") == frozenset()


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
