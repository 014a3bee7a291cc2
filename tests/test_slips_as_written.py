"""A slip of the keyboard in a figure measured in a unit that is not its dimension's base unit ("218 days" against
"281 days") is read on the figures as written: in seconds their digits no longer swap (consistency/slot_pairs.py,
``slip_pairs``; read by consistency/slipped_slots.py, and by consistency/blocked_slots.py's guard against an outlet
that tells both figures).

The facts are invented: a research ship, the Drimnavek, returns from a long survey of polar ice; outlets give the
days it spent at sea, one with two digits swapped, and the hours its last storm lasted.
"""

from __future__ import annotations

from consistency import blocked_slots, slipped_slots, slot_pairs
from consistency.model import Fact, Frame, Quantity

WIRE = "The Drimnavek docked in Omblavik on Friday after 218 days at sea surveying the polar ice shelf."
PAPER = "The crew of the Drimnavek spent 281 days at sea before docking in Omblavik on Friday."
STORM = "The Drimnavek rode out a storm of 21 hours on its way back to Omblavik."


def duration(fid: str, article: str, text: str, sentence: str, low: float, unit: str) -> Fact:
    start = sentence.index(text)
    frame = Frame(key="figure:duration:current", name="duration", measure="duration", known=True)
    return Fact(
        fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence), Quantity(low, low, unit), frame
    )


AT_SEA = duration("w", "wire", "218 days", WIRE, 218, "day")
SWAPPED = duration("p", "paper", "281 days", PAPER, 281, "day")


def test_days_two_digits_apart_are_a_slip_as_written() -> None:
    a, b = slot_pairs.read([AT_SEA]), slot_pairs.read([SWAPPED])
    # (in seconds, 18,835,200 and 24,278,400: no two digits swap)
    assert all(not slipped_slots._slipped(x, y) for x in a.middles for y in b.middles)
    assert slipped_slots.slipped(a, b, slipped_slots.PAIR_FLOOR)
    # (the fitted model's own feature still reads the base middles it was fitted on)
    assert slot_pairs.features(a, b, 2)[slot_pairs.FEATURES.index("slipped")] == 0.0


def test_figures_in_two_units_are_not_read_as_written() -> None:
    # 21 hours and 12 days share digits only by the units their writers chose
    hours = duration("s", "paper", "21 hours", STORM, 21, "h")
    days = duration("d", "wire", "12 days", WIRE.replace("218 days", "12 days"), 12, "day")
    a, b = slot_pairs.read([hours]), slot_pairs.read([days])
    assert list(slot_pairs.slip_pairs(a, b)) == [(75600.0, 1036800.0, 75600.0, 1036800.0)]  # (in seconds only)
    assert not slipped_slots.slipped(a, b, 1.0)


def test_an_outlet_telling_both_figures_told_two_measures() -> None:
    # the paper gives both, one in each slot: two measures of its own story, not its mistyping of one
    own = duration("q", "paper", "218 days", PAPER.replace("281", "218"), 218, "day")
    assert blocked_slots._told_both([own], [SWAPPED], {"paper"})
