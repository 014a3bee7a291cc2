"""``align._merge_versions`` scores each pair of facts once, however many passes its loop makes, and merges
as it did when every pass scored every pair again."""

from collections import Counter

from consistency import align
from consistency.align import AlignOptions
from consistency.model import Fact, Quantity


def _fact(n: int, article: str, sentence: str, amount: float) -> Fact:
    text = f"{amount:g}"
    return Fact(f"f{n}", article, "figure", text, 0, len(text), sentence, 0, len(sentence), Quantity(amount, amount))


def _slots() -> list[list[Fact]]:
    sentences = [
        "The Vellmoor ferry carried 140 passengers across the bay",
        "Some 140 passengers crossed the bay on the Vellmoor ferry",
        "The Vellmoor ferry carried 410 passengers across the bay",
        "A ferry from Vellmoor crossed with 41 passengers aboard",
        "Harbour cranes lifted 12 containers at Quenby",
    ]
    amounts = [140, 140, 410, 41, 12]
    return [[_fact(n, f"a{n}", s, v)] for n, (s, v) in enumerate(zip(sentences, amounts, strict=True), start=1)]


def _merged(slots: list[list[Fact]], options: AlignOptions) -> list[list[str]]:
    facts = [f for slot in slots for f in slot]
    contexts = align._contexts(facts)
    idf = align._idf(contexts.values())
    vectors = {fid: align._vector(bag, idf) for fid, bag in contexts.items()}
    measures = {fid: align._measure(vec) for fid, vec in vectors.items()}
    return [[f.id for f in slot] for slot in align._merge_versions(slots, vectors, measures, options)]


def test_each_pair_of_facts_is_scored_once(monkeypatch) -> None:
    options = AlignOptions()
    expected = _merged(_slots(), options)
    asked: Counter[tuple[str, str]] = Counter()
    scored = align._pair_score

    def counting(f, g, *rest):  # type: ignore[no-untyped-def]
        asked[f.id, g.id] += 1
        return scored(f, g, *rest)

    monkeypatch.setattr(align, "_pair_score", counting)
    assert _merged(_slots(), options) == expected
    assert asked and max(asked.values()) == 1


def test_versions_of_one_claim_merge() -> None:
    merged = _merged(_slots(), AlignOptions())
    assert sum(len(slot) for slot in merged) == 5
    assert len(merged) < 5  # the ferry's passenger counts are versions of one claim
