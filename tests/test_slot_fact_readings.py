"""Each fact's part of a slot reading is read once and reused (``slot_pairs._fact_reading``): a slot read from
remembered parts reads the same as one read from scratch, whatever was read before and after the bound drops them.

The facts are invented: a ferry operator on the island of Quellmarsh counts passengers and crates after a storm.
"""

from __future__ import annotations

import pytest

from consistency import slot_pairs
from consistency.model import DateValue, Fact, Frame, Quantity

HARBOUR = "The ferry carried 412 passengers into Quellmarsh harbour after the storm, the operator said."
RADIO = "About 400 travellers were aboard the Quellmarsh ferry when it docked late on Sunday."
CARGO = "Dockers unloaded 37 crates of medicine and 12 people helped them at the Quellmarsh quay."
NOTICE = "The operator said the crossing resumed on 14 March, two days after the storm closed the quay."


def figure(fid: str, article: str, text: str, sentence: str, low: float, measure: str, counted: str | None,
           unit: str | None = None, key: str | None = None, source: str | None = None) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=key or f"figure:{measure}:current", name=f"number of {measure}", measure=measure,
                  known=False, source=source)
    value = Quantity(low, low, unit=unit, counted=counted)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def day(fid: str, article: str, text: str, sentence: str, iso: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key="date:resume:current", name="date of the resumption", measure="resume")
    value = DateValue(iso, iso, "day")
    return Fact(fid, article, "date", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def fresh(facts: list[Fact]) -> slot_pairs.Slot:
    """A reading with nothing remembered."""
    slot_pairs._fact_readings.clear()
    slot_pairs._reads.clear()
    return slot_pairs._read(facts)


def figures() -> list[Fact]:
    return [
        figure("h", "harbour", "412 passengers", HARBOUR, 412, "passenger/", "passengers", source="the operator"),
        figure("r", "radio", "About 400 travellers", RADIO, 400, "traveller/", "travellers",
               key="figure:traveller/:current@aboard"),
        figure("c", "cargo", "37 crates", CARGO, 37, "crate/", "crates"),
        figure("k", "cargo", "12", CARGO, 12, "?helper", None),
        figure("w", "cargo", "12 people", CARGO, 12, "person/", "people", unit="km"),
    ]


@pytest.mark.parametrize("members", [[0, 1], [2, 3], [0, 2, 3], [3, 4], [0, 1, 2, 3, 4], [4, 2, 0]])
def test_a_slot_reads_the_same_from_remembered_parts(members: list[int]) -> None:
    facts = figures()
    chosen = [facts[n] for n in members]
    expected = fresh(chosen)
    for f in facts:  # every part remembered, read alone and in other company first
        slot_pairs._read([f])
    slot_pairs._read(list(reversed(facts)))
    assert slot_pairs._read(chosen) == expected


def test_date_slots_read_the_same_from_remembered_parts() -> None:
    facts = [day("n", "notice", "14 March", NOTICE, "2031-03-14"), day("m", "mirror", "14 March", NOTICE, "2031-03-14"),
             day("s", "radio", "Sunday", RADIO, "2031-03-16")]
    expected = fresh(facts)
    slot_pairs._read(facts[:1])
    slot_pairs._read(facts[2:])
    assert slot_pairs._read(facts) == expected
    assert len(expected.dates) == 2  # one value told twice is one date of the slot
    assert expected.articles == {"notice", "mirror", "radio"}


def test_a_fact_is_read_once_and_the_bound_drops_all_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    facts = figures()
    fresh(facts[:1])
    first = slot_pairs._fact_reading(facts[0])
    assert slot_pairs._fact_reading(facts[0]) is first  # remembered, not read again
    monkeypatch.setattr(slot_pairs, "_FACTS_HELD", 2)
    slot_pairs._fact_readings.clear()
    for f in facts:
        slot_pairs._fact_reading(f)
    assert len(slot_pairs._fact_readings) <= 2
    assert slot_pairs._fact_reading(facts[0]) == first  # read again after the drop: the same part


def test_what_a_slot_counts_comes_from_its_figures_nouns() -> None:
    facts = figures()
    passengers, travellers, crates, bare, people = facts
    def nouns(chosen: list[Fact], *, bare: bool = False) -> frozenset[str] | None:
        read = slot_pairs._read(chosen)
        return read.named if bare else read.nouns

    assert nouns([crates]) and nouns([crates]) == nouns([crates], bare=True)
    # a figure that names nothing leaves the kinds unknown, unless bare figures are passed over
    assert nouns([crates, bare]) is None
    assert nouns([crates, bare], bare=True) == nouns([crates])
    # a general word ("people") may stand for any kind: no kinds at all, bare or not
    assert nouns([crates, people]) is None
    assert nouns([crates, people], bare=True) is None
    assert nouns([passengers, travellers]) == nouns([travellers, passengers])


def test_a_fact_read_alone_is_remembered_apart_and_reads_as_from_scratch() -> None:
    # ``read`` keeps one-fact readings by the fact, apart from the slots' readings, and ``forget`` drops both
    facts = figures()
    expected = [fresh([f]) for f in facts]
    slot_pairs.forget()
    assert [slot_pairs.read([f]) for f in facts] == expected
    assert slot_pairs.read([facts[0]]) is slot_pairs.read([facts[0]])  # remembered, not read again
    assert not slot_pairs._reads  # (one-fact readings never crowd out the slots' readings)
    slot_pairs.read(facts[:3])
    assert slot_pairs._reads and slot_pairs._alone and slot_pairs._fact_readings
    slot_pairs.forget()
    assert not slot_pairs._reads and not slot_pairs._alone and not slot_pairs._fact_readings
    assert [slot_pairs.read([f]) for f in facts] == expected


@pytest.mark.parametrize("threshold", [0.0, 0.3, 0.5, 0.8, 0.95, 0.99, 1.0])
def test_a_score_reaching_a_threshold_is_the_score_or_none(threshold: float) -> None:
    # ``reaching`` reads the shared words only when the largest share could reach the threshold: its answer is the
    # plain score's, for every pair of figure slots and of date slots, whatever the threshold and the slot count
    facts = figures()
    days = [day("n", "notice", "14 March", NOTICE, "2031-03-14"), day("s", "radio", "Sunday", RADIO, "2031-03-16"),
            day("m", "mirror", "14 March", NOTICE, "2031-03-15")]
    groups = [[f] for f in facts] + [facts[:2], facts[2:]]
    date_groups = [[d] for d in days] + [days[:2]]
    for pool in (groups, date_groups):
        read = [slot_pairs.read(g) for g in pool]
        for a in read:
            for b in read:
                for slots in (1, 4, 40):
                    p = slot_pairs.score(a, b, slots)
                    assert slot_pairs.reaching(a, b, slots, threshold) == (p if p >= threshold else None)
