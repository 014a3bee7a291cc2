"""Two credited figure slots whose measures read apart still hold one disputed claim when the fitted model scores
them well enough and the words beside their figures are not two things done (consistency/slot_pairs.py,
``sources_apart`` with ``SOURCES_SCORE``; ``align._disputed_pairs``).

The facts are invented: a storm in the port of Dravenholt, whose flooded cabins a ferry company and the harbour
authority count in other words.
"""

from __future__ import annotations

from consistency import slot_pairs
from consistency.align import AlignOptions, _join_alike_slots
from consistency.model import Fact, Frame, Quantity

COMPANY = "The Dravenholt ferry company said 37 of its cabins had flooded in the storm."
HARBOUR = "Port inspectors in Dravenholt counted 44 flooded berths after the storm, the harbour authority said."
REPAIRED = "Joiners from Dravenholt have already refitted 44 berths for the summer season, the harbour authority said."


def count(fid: str, article: str, text: str, sentence: str, n: float, noun: str, source: str | None) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{noun}/:current", name=noun, measure=f"{noun}/", known=True, source=source)
    value = Quantity(n, n, counted=noun)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def joined(slots: list[list[Fact]]) -> list[set[str]]:
    out = _join_alike_slots([(slot, False) for slot in slots], AlignOptions(), "figure")
    return sorted(({f.id for f in slot} for slot, _ in out), key=sorted)


def test_two_sources_counting_in_other_nouns_join_when_the_model_scores_them_well() -> None:
    company = count("c", "wire", "37", COMPANY, 37, "cabins", "Dravenholt ferry company")
    harbour = count("h", "paper", "44", HARBOUR, 44, "berths", "harbour authority")
    a, b = slot_pairs.read([company]), slot_pairs.read([harbour])
    p = slot_pairs.score(a, b, 6)
    assert slot_pairs.SOURCES_SCORE <= p < AlignOptions().same_claim  # (the model alone leaves them apart)
    assert slot_pairs._alike(a, b) < 1.0  # (two nouns: the kind-of-thing rule alone leaves them apart too)
    assert slot_pairs.sources_apart(a, b, p)
    assert not slot_pairs.sources_apart(a, b, slot_pairs.SOURCES_SCORE - 0.01)
    assert joined([[company], [harbour]]) == [{"c", "h"}]


def test_figures_done_apart_stay_apart_however_well_scored() -> None:
    company = count("c", "wire", "37", COMPANY, 37, "cabins", "Dravenholt ferry company")
    repaired = count("r", "paper", "44", REPAIRED, 44, "berths", "harbour authority")
    a, b = slot_pairs.read([company]), slot_pairs.read([repaired])
    assert slot_pairs._done_apart(a, b)
    assert not slot_pairs.sources_apart(a, b, 0.9)


def test_one_source_in_both_or_values_far_apart_stay_apart_however_well_scored() -> None:
    company = count("c", "wire", "37", COMPANY, 37, "cabins", "Dravenholt ferry company")
    same_source = count("h", "paper", "44", HARBOUR, 44, "berths", "Dravenholt ferry company")
    far = count("f", "paper", "90", HARBOUR.replace("44", "90"), 90, "berths", "harbour authority")
    assert not slot_pairs.sources_apart(slot_pairs.read([company]), slot_pairs.read([same_source]), 0.9)
    assert not slot_pairs.sources_apart(slot_pairs.read([company]), slot_pairs.read([far]), 0.9)
