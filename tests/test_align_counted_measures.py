"""What two figure slots measure reads from the thing they count (consistency/slot_pairs.py, ``_alike``).

The facts are invented: customs officers in Qelvorn's harbour open a freighter's hold and count the crates of
contraband cigarettes inside; one outlet frames the count by the seizing, another by what was found.
"""

from __future__ import annotations

import dataclasses

from consistency import slot_pairs
from consistency.align import AlignOptions, _join_alike_slots, key_frame
from consistency.model import Fact, Frame, Quantity

WIRE = "Customs officers at Qelvorn seized 300 crates of contraband cigarettes from the freighter, the port said."
PAPER = "Officers found 330 crates of contraband cigarettes in the hold of the freighter at Qelvorn, the port said."
RADIO = "Customs officers at Qelvorn seized 300 crates of contraband cigarettes from the freighter on Tuesday."
LEDGER = "The freighter at Qelvorn carried 350 tonnes of grain when customs officers boarded it, the port said."


def counting(fid: str, article: str, text: str, sentence: str, low: float, measure: str, counted: str | None) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {measure}", measure=measure, known=False)
    value = Quantity(low, low, counted=counted)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def joined(slots: list[list[Fact]]) -> list[set[str]]:
    out = _join_alike_slots([(slot, False) for slot in slots], AlignOptions(), "figure")
    return [{f.id for f in slot} for slot, _ in out]


def alike(a: list[Fact], b: list[Fact]) -> float:
    values = dict(zip(slot_pairs.FEATURES, slot_pairs.features(slot_pairs.read(a), slot_pairs.read(b), 8), strict=True))
    return values["measure alike"]


def test_two_outlets_counting_one_named_thing_framed_by_two_verbs_join() -> None:
    seized = [
        counting("w", "wire", "300", WIRE, 300, "seized", "crates"),
        counting("r", "radio", "300", RADIO, 300, "seized", "crates"),
    ]
    found = [counting("p", "paper", "330", PAPER, 330, "found", "crates")]
    assert alike(seized, found) == 1.0  # one thing counted: the verbs that framed it say less
    assert joined([seized, found]) == [{"w", "r", "p"}]  # the two counts now meet, and their conflict is seen


def test_two_things_counted_are_no_more_alike_than_their_measures() -> None:
    crates = [counting("w", "wire", "300", WIRE, 300, "seized", "crates")]
    tonnes = [counting("l", "ledger", "350", LEDGER, 350, "carried", "tonnes")]
    assert alike(crates, tonnes) < 0.5
    # a general word ("people") names no kind: it may stand for any
    people = [counting("x", "ledger", "350", LEDGER, 350, "carried", "people")]
    assert alike(crates, people) < 0.5


def test_a_bare_figure_counts_what_its_slot_counts() -> None:
    # The wire's headline gives the count bare ("300 seized"); its story and the radio name the crates
    headline = "Qelvorn: 300 seized from freighter"
    seized = [
        counting("wh", "wire", "300", headline, 300, "seized", None),
        counting("w", "wire", "300", WIRE, 300, "seized", "crates"),
        counting("r", "radio", "300", RADIO, 300, "seized", "crates"),
    ]
    found = [counting("p", "paper", "330", PAPER, 330, "found", "crates")]
    assert alike(seized, found) == 1.0
    assert joined([seized, found]) == [{"wh", "w", "r", "p"}]
    # a general word still names no kind: the slot may count anything
    people = [*seized, counting("x", "ledger", "350", LEDGER, 350, "seized", "people")]
    assert alike(people, found) < 1.0


def test_a_count_rekeyed_to_a_known_measure_is_slotted_as_that_measure() -> None:
    # The square's crowd: one outlet counts "people", the other gives the crowd; the people are re-keyed to the
    # crowd, and the slot is the crowd's known claim whichever of its facts comes first
    square = "Police said some 5,200 people filled Qelvorn's harbour square for the fireworks."
    crowd = "The fireworks drew a crowd its organisers reckon topped 8,000."
    people = counting("p", "paper", "some 5,200", square, 5200, "people/", "people")
    organisers = counting("w", "wire", "8,000", crowd, 8000, "crowd", None)
    organisers = dataclasses.replace(
        organisers, frame=Frame(key="figure:crowd:current", name="crowd size", measure="crowd", known=True)
    )
    frame = key_frame("figure:crowd:current", [people, organisers])
    assert frame is not None and frame.known and frame.measure == "crowd"
    assert key_frame("figure:people/:current", [people]) is people.frame  # (a key no fact is framed by: the first's)


def test_a_count_of_a_named_kind_rekeyed_to_a_measure_keeps_the_first_facts_frame() -> None:
    # Hikers trapped by one outlet and hikers airlifted by another: the same kind of thing, perhaps two acts, so the
    # slot stays a cluster of sentences when the trapped count comes first
    trapped = "A fall of rock trapped seven hikers below the Qelvorn ridge, rangers said."
    lifted = "Six hikers were airlifted off the ridge before dusk."
    hikers = counting("h", "paper", "seven", trapped, 7, "hiker/", "hikers")
    airlift = counting("a", "wire", "Six", lifted, 6, "airlifted", "hikers")
    airlift = dataclasses.replace(
        airlift, frame=Frame(key="figure:airlifted:current", name="airlifted", measure="airlifted", known=True)
    )
    assert key_frame("figure:airlifted:current", [hikers, airlift]) is hikers.frame
