"""Two figure slots of one claim that an outlet blocks (unlike values in both) join whole when the fitted model reads
the rest as one claim (consistency/blocked_slots.py).

The facts are invented: a ferry, the Ulvaskar, runs aground off Brennoch; outlets count its passengers, and one of
them also files the crew it carried among the passenger counts.
"""

from __future__ import annotations

from consistency import blocked_slots
from consistency.align import AlignOptions
from consistency.model import Fact, Frame, Quantity

WIRE = "The Ulvaskar ferry was carrying 412 passengers when it ran aground off Brennoch on Sunday night."
CREW = "The Ulvaskar ferry, which ran aground off Brennoch on Sunday night, had a crew of 38."
RADIO = "All 412 passengers of the Ulvaskar ferry that ran aground off Brennoch were brought ashore."
PAPER = "The Ulvaskar ferry was carrying 421 passengers when it ran aground off Brennoch on Sunday night."
CARS = "The Ulvaskar ferry also had 97 cars and lorries on board when it ran aground off Brennoch on Sunday night."


def figure(fid: str, article: str, text: str, sentence: str, low: float, measure: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {measure}", measure=measure, known=False)
    value = Quantity(low, low)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def joined(slots: list[list[Fact]], threshold: float | None = blocked_slots.THRESHOLD) -> list[set[str]]:
    out = blocked_slots.join_blocked_slots([(slot, False) for slot in slots], threshold, AlignOptions().same_claim_slots)
    return sorted(({f.id for f in slot} for slot, _ in out), key=sorted)


def test_an_outlet_in_both_slots_does_not_keep_one_claim_apart() -> None:
    # The wire gives 412 passengers beside the radio's, and files its crew of 38 beside the paper's 421: set aside
    # where it fits worse, the rest is one count of passengers, and the two slots join with both its figures.
    told = [figure("w", "wire", "412", WIRE, 412, "passenger/"), figure("r", "radio", "412", RADIO, 412, "passenger/")]
    other = [figure("p", "paper", "421", PAPER, 421, "passenger/"), figure("c", "wire", "38", CREW, 38, "passenger/")]
    assert joined([told, other]) == [{"c", "p", "r", "w"}]


def test_two_claims_of_the_outlet_in_both_stay_apart() -> None:
    # The wire counts passengers and cars; the paper's cars are another measure than the radio's passengers.
    told = [figure("w", "wire", "412", WIRE, 412, "passenger/"), figure("r", "radio", "412", RADIO, 412, "passenger/")]
    cars = [figure("p", "paper", "97", CARS, 97, "car/"), figure("c", "wire", "97", CARS, 97, "car/")]
    assert joined([told, cars]) == [{"c", "p"}, {"r", "w"}]


def test_the_join_can_be_turned_off() -> None:
    told = [figure("w", "wire", "412", WIRE, 412, "passenger/"), figure("r", "radio", "412", RADIO, 412, "passenger/")]
    other = [figure("p", "paper", "421", PAPER, 421, "passenger/"), figure("c", "wire", "38", CREW, 38, "passenger/")]
    assert len(joined([told, other], threshold=None)) == 2
