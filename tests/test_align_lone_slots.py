"""A lone outlet's slot joins the one slot of several outlets it could hold, under the join's threshold
(``align._lone_pairs``, ``slot_pairs.LONE_THRESHOLD``).

The facts are invented: a ferry on the Quorrith runs aground near Belvantre; two outlets count the
passengers taken off, a third gives its own count in other words, and a fourth tells the fare.
"""

from __future__ import annotations

import pytest

from consistency import align, slot_pairs
from consistency.align import AlignOptions, _join_alike_slots, _lone_pairs
from consistency.model import Fact, Frame, Quantity

WIRE = "Rescuers took 212 passengers off the stranded Quorrith ferry near Belvantre on Sunday."
RADIO = "All 212 passengers were brought ashore from the ferry that ran aground near Belvantre."
DAILY = "Some 240 people had boarded at Ostmerrow before the vessel struck a sandbank, the operator said."
FARE = "A single crossing costs 9 euros, and the operator said 240 people had bought tickets."


def figure(fid: str, article: str, text: str, sentence: str, low: float, measure: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {measure}", measure=measure, known=False)
    value = Quantity(low, low)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def passengers() -> list[Fact]:
    return [figure("w", "wire", "212", WIRE, 212, "passenger/"), figure("r", "radio", "212", RADIO, 212, "passenger/")]


def boarded() -> list[Fact]:
    return [figure("d", "daily", "240", DAILY, 240, "boarded")]


def test_a_lone_slot_with_one_home_under_the_threshold_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # (the model's score held between the lone bar and the join's threshold: one candidate, one home)
    monkeypatch.setattr(slot_pairs, "score", lambda a, b, slots: 0.85)
    out = _join_alike_slots([(passengers(), False), (boarded(), False)], AlignOptions(), "figure")
    assert [{f.id for f in slot} for slot, _ in out] == [{"w", "r", "d"}]


def test_a_lone_slot_two_slots_could_hold_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    tickets = [
        figure("t", "tickets", "240", FARE, 240, "ticket/"),
        figure("t2", "harbour", "240", FARE.replace("A single", "One"), 240, "ticket/"),
    ]
    monkeypatch.setattr(slot_pairs, "score", lambda a, b, slots: 0.85)
    out = _join_alike_slots([(passengers(), False), (boarded(), False), (tickets, False)], AlignOptions(), "figure")
    assert sorted(len(slot) for slot, _ in out) == [1, 2, 2]


def test_a_lone_slot_under_the_lone_bar_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(slot_pairs, "score", lambda a, b, slots: slot_pairs.LONE_THRESHOLD - 0.05)
    out = _join_alike_slots([(passengers(), False), (boarded(), False)], AlignOptions(), "figure")
    assert len(out) == 2


def test_a_lone_figure_near_only_a_stray_of_the_slot_stays_alone() -> None:
    # The slot mostly says 212 or so; its one stray 9 is near the lone 11, which must not join on it.
    quay = figure("q", "quay", "215", WIRE.replace("212", "215"), 215, "passenger/")
    slot = [*passengers(), quay, figure("s", "third", "9", FARE, 9, "passenger/")]
    lone = [figure("f", "fourth", "11", FARE.replace("9 euros", "11 euros"), 11, "crossing")]
    read = [slot_pairs.read(slot), slot_pairs.read(lone)]
    assert _lone_pairs(read, {(0, 1): 0.85}, slot_pairs.THRESHOLD) == []
    near = [figure("n", "fourth", "230", DAILY.replace("240", "230"), 230, "boarded")]
    assert _lone_pairs([read[0], slot_pairs.read(near)], {(0, 1): 0.85}, slot_pairs.THRESHOLD) == [(-0.85, 0, 1)]


def test_two_lone_slots_never_join_by_the_lone_bar() -> None:
    one, two = slot_pairs.read(boarded()), slot_pairs.read([figure("x", "other", "230", DAILY.replace("240", "230"), 230, "boarded")])
    assert _lone_pairs([one, two], {(0, 1): 0.9}, slot_pairs.THRESHOLD) == []
    assert align.slot_pairs.LONE_THRESHOLD < slot_pairs.THRESHOLD


def test_a_lone_share_stays_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    # A story's percentages are of many things; one outlet's lone share near another slot's tells no one claim.
    def share(fid: str, article: str, text: str, sentence: str, low: float) -> Fact:
        start = sentence.index(text)
        frame = Frame(key="figure:fare/percent:current", name="fare", measure="fare/percent", known=False)
        value = Quantity(low, low, unit="percent")
        return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)

    rise = "Fares on the Quorrith crossing will rise 6 percent from May, the operator said."
    cut = "The operator will cut its Belvantre timetable by 7 percent over the winter."
    slot = [share("w", "wire", "6 percent", rise, 6), share("r", "radio", "6 percent", rise, 6)]
    lone = [share("d", "daily", "7 percent", cut, 7)]
    monkeypatch.setattr(slot_pairs, "score", lambda a, b, slots: 0.85)
    out = _join_alike_slots([(slot, False), (lone, False)], AlignOptions(), "figure")
    assert len(out) == 2
