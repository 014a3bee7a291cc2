"""Two figure slots that are each other's best match, with figures a slip of the keyboard apart, join though the
pair model alone scores them under its threshold (consistency/slipped_slots.py, read by
``align._join_alike_slots``).

The facts are invented: a storm cuts power in Pemwick; one outlet counts the customers cut off, two others the
households, with two digits swapped; a fourth counts the customers whose power was back the next day.
"""

from __future__ import annotations

from consistency import slipped_slots, slot_pairs
from consistency.align import AlignOptions, _join_alike_slots
from consistency.model import Fact, Frame, Quantity

WIRE = "The storm left 730,000 customers in Pemwick without power on Tuesday, the grid operator said."
PAPER = "The grid operator said 370,000 households across Pemwick lost power in the storm."
RADIO = "In all 370,000 households lost power when the storm hit Pemwick, the operator said."
DAILY = "Crews had restored power to 410,000 customers in Pemwick by Wednesday, the grid operator said."


def figure(fid: str, article: str, text: str, sentence: str, low: float, measure: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {measure}", measure=measure, known=False)
    return Fact(
        fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), Quantity(low, low), frame
    )


CUSTOMERS = [figure("w", "wire", "730,000", WIRE, 730000, "customer/")]
HOUSEHOLDS = [
    figure("p", "paper", "370,000", PAPER, 370000, "household/"),
    figure("r", "radio", "370,000", RADIO, 370000, "household/"),
]
RESTORED = [figure("d", "daily", "410,000", DAILY, 410000, "customer/")]


def joined(slots: list[list[Fact]]) -> list[list[str]]:
    out = _join_alike_slots([(slot, False) for slot in slots], AlignOptions(), "figure")
    return sorted(sorted(f.id for f in slot) for slot, _ in out)


def test_swapped_digits_of_each_others_best_match_join() -> None:
    # (the pair model's own "slipped" feature left out: what the rest of it reads of the two slots)
    values = slot_pairs.features(slot_pairs.read(CUSTOMERS), slot_pairs.read(HOUSEHOLDS), 2)
    alone = slot_pairs.probability([0.0 if n == "slipped" else v for n, v in zip(slot_pairs.FEATURES, values, strict=True)])
    assert slipped_slots.PAIR_FLOOR <= alone < slot_pairs.THRESHOLD
    assert joined([CUSTOMERS, HOUSEHOLDS]) == [["p", "r", "w"]]


def test_figures_apart_but_not_a_slip_stay_apart() -> None:
    # (more than twofold apart: a lone slot within twofold of a slot it alone reaches may join by
    # ``align._lone_pairs`` whatever its digits)
    other = [figure("w", "wire", "940,000", WIRE.replace("730,000", "940,000"), 940000, "customer/")]
    assert joined([other, HOUSEHOLDS]) == [["p", "r"], ["w"]]


def test_a_slip_weighed_by_the_pair_model_outranks_a_nearer_measure() -> None:
    # Without its "slipped" feature the pair model reads the customers cut off closer to the customers whose power
    # came back than to the households, and ``slipped_slots`` (each other's best match only) leaves the wire alone.
    # With it, the swapped digits are the strongest reading of the three: the wire's count meets the households'.
    cut_off, households, restored = (slot_pairs.read(s) for s in (CUSTOMERS, HOUSEHOLDS, RESTORED))
    values = slot_pairs.features(cut_off, households, 3)
    unslipped = slot_pairs.probability([0.0 if n == "slipped" else v for n, v in zip(slot_pairs.FEATURES, values, strict=True)])
    assert unslipped < slot_pairs.score(cut_off, restored, 3) < slot_pairs.score(cut_off, households, 3)
    assert any({"w", "p", "r"} <= set(slot) for slot in joined([CUSTOMERS, HOUSEHOLDS, RESTORED]))


def test_best_partners_leave_a_slot_with_two_equal_partners_without_one() -> None:
    assert slipped_slots.best_partners({(0, 1): 0.8, (0, 2): 0.8, (1, 2): 0.5}) == {1: 0, 2: 0}
    assert slipped_slots.best_partners({(0, 1): 0.8, (0, 2): 0.7}) == {0: 1, 1: 0, 2: 0}


def counted(fid: str, article: str, text: str, sentence: str, low: float, noun: str) -> Fact:
    start = sentence.index(text)
    measure = f"{noun.rstrip('s')}/"
    frame = Frame(key=f"figure:{measure}:current", name=f"number of {noun}", measure=measure, known=False)
    value = Quantity(low, low, counted=noun)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def test_two_kinds_told_with_other_words_join_when_their_digits_are_swapped() -> None:
    # Pilgrims and passengers are two kinds, and no word beside one figure is beside the other: the pair model
    # never weighs them (slot_pairs.may_join). The swapped digits of each other's best match say one count.
    aboard = [counted("w", "wire", "147", "The ferry that sank off Pemwick at dawn had 147 pilgrims aboard, the coastguard said.", 147, "pilgrims")]
    home = [counted("p", "paper", "174", "Some 174 passengers were travelling home on the ferry, according to its owner.", 174, "passengers")]
    a, b = slot_pairs.read(aboard), slot_pairs.read(home)
    assert not slot_pairs.may_join(a, b) and slot_pairs.may_join(a, b, kinds_done_apart=False)
    assert slot_pairs.kinds_apart(a, b)  # (the one term between the two answers: the join asks it alone)
    assert joined([aboard, home]) == [["p", "w"]]


def test_kinds_apart_is_the_one_term_may_join_adds_for_kinds_done_apart() -> None:
    # ``align._join_alike_slots`` asks ``may_join`` without the kinds' term once per pair and then
    # ``kinds_apart``: for any two slots, the two answers it reads so are ``may_join``'s own.
    slots = [
        [counted("w", "wire", "147", "The ferry that sank off Pemwick at dawn had 147 pilgrims aboard, the coastguard said.", 147, "pilgrims")],
        [counted("p", "paper", "174", "Some 174 passengers were travelling home on the ferry, according to its owner.", 174, "passengers")],
        [counted("r", "radio", "150", "The ferry had about 150 pilgrims aboard when it sank, the coastguard said.", 150, "pilgrims")],
        [counted("d", "daily", "16", "Divers brought 16 bodies ashore near Pemwick by nightfall.", 16, "bodies")],
    ]
    read = [slot_pairs.read(slot) for slot in slots]
    for i, a in enumerate(read):
        for b in read[i + 1 :]:
            loose = slot_pairs.may_join(a, b, kinds_done_apart=False)
            assert slot_pairs.may_join(a, b) == (loose and not slot_pairs.kinds_apart(a, b))
    assert not slot_pairs.kinds_apart(read[0], read[2])  # one kind of thing counted: never apart


def test_small_counts_take_a_slip_as_their_sign_only_in_a_pair_nearly_joined_already() -> None:
    hurt = slot_pairs.read([counted("w", "wire", "12", "Some 12 walkers were hurt in the crush.", 12, "walkers")])
    taken = slot_pairs.read([counted("p", "paper", "21", "Ambulances took 21 walkers away.", 21, "walkers")])
    assert slipped_slots.slipped_pairs([hurt, taken], {(0, 1): 0.6}, ()) == []
    assert slipped_slots.slipped_pairs([hurt, taken], {(0, 1): 0.92}, ()) == [(-0.92, 0, 1)]


def weighed(fid: str, article: str, text: str, sentence: str, kilograms: float) -> Fact:
    start = sentence.index(text)
    frame = Frame(key="figure:weight:current", name="weight", measure="weight", known=True)
    value = Quantity(kilograms, kilograms, unit="kg")
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), value, frame)


def test_a_small_measured_figure_in_a_unit_takes_a_slip_as_its_sign_as_a_large_one_does() -> None:
    # 2.4 kg and 4.2 kg: no count of walkers that shares digits by chance, but one weight with two digits swapped.
    found = slot_pairs.read([weighed("w", "wire", "2.4 kg", "The rock that fell on the shed weighed 2.4 kg.", 2.4)])
    typed = slot_pairs.read([weighed("p", "paper", "4.2 kg", "A 4.2 kg rock crashed through the shed roof.", 4.2)])
    assert slipped_slots.slipped_pairs([found, typed], {(0, 1): 0.6}, ()) == [(-0.6, 0, 1)]
