"""An outlet's figure that fits nowhere in its slot leaves it when it alone keeps that slot from the slot of one
claim the same outlet tells in another figure (``align._evict_blocking_misfits``, scored by the fitted model of
``consistency/slot_pairs.py``).

The facts are invented: a rockslide on a mountain road. Two outlets give the height the slope broke away at; a
third gives another height for it, and its sentence about the snow that fell before was framed with the heights.
"""

from __future__ import annotations

from consistency.align import AlignOptions, _evict_blocking_misfits, _join_alike_slots
from consistency.model import Fact
from tests.test_align_alike_slots import figure

WIRE = "The slope gave way at 2,310 metres above the road, rescuers said."
RADIO = "Rescuers said the slope gave way at 2,310 metres above the road on Sunday."
DAILY = "The slope gave way at 2,130 metres above the road, police said."
SNOW = "Over a metre of new snow had settled on the pass in two days."


def others() -> list[list[Fact]]:
    """The story's other figures, one outlet's each: an event has many figure slots, and the model weighs that."""
    return [
        [figure(f"o{n}", "wire", f"{12 + n} hours", f"The road stayed shut for {12 + n} hours.", 12 + n, f"closure{n}")]
        for n in range(8)
    ]


def heights(snow: Fact) -> list[list[Fact]]:
    told = [
        figure("w", "wire", "2,310 metres", WIRE, 2310, "distance", "m"),
        figure("r", "radio", "2,310 metres", RADIO, 2310, "distance", "m"),
        snow,
    ]
    daily = [figure("d", "daily", "2,130 metres", DAILY, 2130, "distance", "m")]
    return [told, daily, *others()]


def evicted_then_joined(slots: list[list[Fact]], options: AlignOptions | None = None) -> list[set[str]]:
    options = options or AlignOptions()
    out = _evict_blocking_misfits([(slot, False) for slot in slots], options)
    out = _join_alike_slots(out, options, "figure")
    return [{f.id for f in slot} for slot, _ in out]


def test_a_misfit_that_alone_keeps_two_slots_of_one_claim_apart_leaves_and_they_join() -> None:
    snow = figure("s", "daily", "Over a metre", SNOW, 1, "distance", "m")
    slots = evicted_then_joined(heights(snow))
    assert {"w", "r", "d"} in slots
    assert {"s"} in slots


def test_without_the_eviction_the_outlet_in_both_keeps_them_apart() -> None:
    snow = figure("s", "daily", "Over a metre", SNOW, 1, "distance", "m")
    out = _join_alike_slots([(slot, False) for slot in heights(snow)], AlignOptions(), "figure")
    assert {"w", "r", "s"} in [{f.id for f in slot} for slot, _ in out]


def test_a_second_value_that_fits_its_slot_stays() -> None:
    # The daily gives a second height of the break in like words: two claims of its own, and it is not the misfit.
    again = figure("s", "daily", "2,150 metres", DAILY.replace("2,130", "2,150"), 2150, "distance", "m")
    slots = evicted_then_joined(heights(again))
    assert {"w", "r", "s"} in slots
    assert {"d"} in slots


def test_one_other_outlet_outvotes_the_misfit_its_outlets_other_figure_fits_beside() -> None:
    # The daily's own height fits the wire's, its snow fits nothing: the snow is the misfit, with one other outlet.
    snow = figure("s", "daily", "Over a metre", SNOW, 1, "distance", "m")
    told, daily, *rest = heights(snow)
    slots = evicted_then_joined([[f for f in told if f.id != "r"], daily, *rest])
    assert {"w", "d"} in slots
    assert {"s"} in slots


def test_with_no_other_outlet_nothing_is_outvoted() -> None:
    snow = figure("s", "daily", "Over a metre", SNOW, 1, "distance", "m")
    told, daily, *rest = heights(snow)
    slots = evicted_then_joined([[snow], daily, *rest])
    assert {"s"} in slots and {"d"} in slots


def test_the_eviction_is_off_with_the_join() -> None:
    snow = figure("s", "daily", "Over a metre", SNOW, 1, "distance", "m")
    slots = evicted_then_joined(heights(snow), AlignOptions(same_claim=None))
    assert {"w", "r", "s"} in slots
