"""The one outlet missing from a claim every other outlet tells in one slot, its lone figure each slot's best match
(consistency/align.py, ``_lone_outlet_pairs``).

The facts are invented: a dye works fire at Serrecombe, whose evacuated households three outlets count in one slot
and a fourth, Tallowmere Radio, words its own way. The scores are given, as the fitted model would give them.
"""

from __future__ import annotations

from consistency import slot_pairs
from consistency.align import LONE_FLOOR, _lone_outlet_pairs
from consistency.model import Fact, Frame, Quantity

GAZETTE = "About 410 households were evacuated from streets near the Serrecombe dye works on Monday."
WIRE = "Police evacuated 410 households as smoke from the dye works drifted over Serrecombe."
POST = "Some 400 households had to be evacuated, the fire service said."
RADIO = "Families in 380 homes spent the night away from Serrecombe while firefighters worked."
LATE = "A later bulletin said 12 firefighters were treated for smoke."


def count(fid: str, article: str, text: str, sentence: str, value: float, measure: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key=f"figure:{measure}:current", name=measure, measure=measure, known=True)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence),
                Quantity(value, value), frame)


def slots(*, fourth_outlet: bool = False) -> list[slot_pairs.Slot]:
    evacuated = [
        count("g1", "gazette", "About 410", GAZETTE, 410, "evacuated"),
        count("w1", "wire", "410", WIRE, 410, "evacuated"),
        count("p1", "post", "Some 400", POST, 400, "evacuated"),
    ]
    out = [evacuated, [count("r1", "radio", "380", RADIO, 380, "homes")]]
    if fourth_outlet:  # (an outlet that tells no evacuation at all)
        out.append([count("l1", "bulletin", "12", LATE, 12, "treated")])
    return [slot_pairs.read(slot) for slot in out]


def test_the_missing_outlets_lone_figure_joins_the_slot_of_every_other_outlet() -> None:
    assert _lone_outlet_pairs(slots(), {(0, 1): 0.86}, 0.95, {}) == [(-0.86, 0, 1)]


def test_it_stays_apart_when_another_outlet_tells_neither() -> None:
    read = slots(fourth_outlet=True)
    assert _lone_outlet_pairs(read, {(0, 1): 0.86}, 0.95, {}) == []


def test_it_stays_apart_under_the_floor_at_the_models_own_mark_or_when_the_model_joined_either() -> None:
    read = slots()
    assert _lone_outlet_pairs(read, {(0, 1): LONE_FLOOR - 0.01}, 0.95, {}) == []
    assert _lone_outlet_pairs(read, {(0, 1): 0.96}, 0.95, {}) == []  # (the model's own join takes it)
    assert _lone_outlet_pairs(read, {(0, 1): 0.86}, 0.95, {1: [2]}) == []


def test_a_lone_figure_that_fits_another_slot_better_stays_apart() -> None:
    read = [*slots(), slot_pairs.read([count("g2", "gazette", "About 410", GAZETTE, 410, "homes")])]
    # (every outlet is in the first two slots, but the lone slot's best match is the third)
    assert _lone_outlet_pairs(read, {(0, 1): 0.86, (1, 2): 0.9}, 0.95, {}) == []
