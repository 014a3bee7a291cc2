"""A wire dateline's date stands apart from the happenings' date slots: it is the day the report was filed.

"ULMODA, Oct 14 (Teskor) - A ferry ran aground on Tuesday": the dateline's Oct 14 stamps the report and dates
nothing the story tells, yet it sits in the lead, beside the lead's own day, and the date joins carry it into
the slot of the happening's day. There it is one more reading of an outlet that no other outlet's day of the
happening can share a slot with: two slots that share an outlet never join whole, so another outlet's Monday for
the same grounding stays apart from the Tuesday, and the conflict is never compared. After the joins, datelines
are taken out of every slot and the joins run once more without them (taken out before the first joins, they are
missed: those joins lean on them); then they are put back, all in one slot of their own (stamps recur: they are
never one claim's versions, and the date check reads them so).
"""

from __future__ import annotations

from consistency.frames import in_dateline
from consistency.model import DateValue, Fact

Slots = list[tuple[list[Fact], bool]]


def _dateline(f: Fact) -> bool:
    return isinstance(f.value, DateValue) and f.frame is not None and f.frame.measure == "publication" and in_dateline(f)


def take_datelines(slots: Slots) -> tuple[Slots, list[Fact]]:
    """The slots without their dateline dates (a slot left empty goes), and those dates."""
    taken = [f for slot, _strict in slots for f in slot if _dateline(f)]
    if not taken:
        return slots, []
    ids = {f.id for f in taken}
    kept = [([f for f in slot if f.id not in ids], strict) for slot, strict in slots]
    return [(slot, strict) for slot, strict in kept if slot], taken
