"""A follow-up's own later day in a claim's slot gives way to the earlier day it recalls of that claim.

A follow-up published days after the news tells its own news (a statement made on the Monday) and
recalls the day of the claim the first reports dated ("... the rise it announced last Wednesday"). Frames key a
date by the words of its sentence, so the follow-up's later day of its own telling may land in the claim's slot,
where it is far from every other outlet's day, while its recalled day lands in a slot of its own words, where no
other outlet gives its day: the recalled day is never compared with the claim, and the follow-up's version of it
(a day late, say) goes unseen. When an outlet's days in a slot all lie days away from the other outlets' days
there, and it gives exactly one earlier day elsewhere that lies nearer to theirs (within a week) and that no other
outlet echoes where it is, the two swap: the recalled day joins the claim, the later days leave for slots of
their own. (``align._join_recalled_days`` does this for a follow-up's lead sentence, when the story leads with a
happening's day; a story of a statement has no lead day there, and its recall is often told in a later
sentence.) A recalled day that another outlet keeps company within a week where it is stays: that slot already
compares it (with only a day equal to it keeping it, 30 pair verdicts got worse on the odd own sets); nor does a day move into a plan's bound
("until Monday"), where a follow-up's earlier day may be what was done instead. With the spoken hours of
``extract.dates`` (same commit series), on the odd own sets 30 pair verdicts better and none worse (found
4934 -> 4962 of 6070, false 135 -> 133); on the even ones, held out, found 4519 -> 4558 of 5908, false 333 ->
332; the development set unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from consistency import date_roles
from consistency.model import DateValue, Fact
from consistency.values import clock_only, date_interval

Slots = list[tuple[list[Fact], bool]]
RECALL_REACH = 7  # days: a recalled day lies this close to another outlet's day of the claim
_APART = 2  # days: an outlet's own days this far from every other outlet's day in a slot are no version of it
_FEWEST_OUTLETS = 2  # other outlets that must date the claim in the slot
_DAY_MINUTES = 24 * 60  # (``values.date_interval`` counts minutes)
_FAR = 1 << 20


def _day(f: Fact) -> DateValue | None:
    """The fact's value when it names a day (or a moment of one) that a calendar places."""
    v = f.value
    if not isinstance(v, DateValue) or v.granularity not in ("day", "time") or not v.start or clock_only(f):
        return None
    return v if date_interval(v) is not None else None


def _gap(a: DateValue, b: DateValue) -> int:
    """Calendar days between two placed intervals; 0 when they meet."""
    x, y = date_interval(a), date_interval(b)
    if x is None or y is None:
        return _FAR
    if x[0] > y[0]:
        x, y = y, x
    return max(0, y[0] // _DAY_MINUTES - x[1] // _DAY_MINUTES)


def _nearest(v: DateValue, days: Sequence[DateValue]) -> int:
    return min((_gap(v, d) for d in days), default=_FAR)


def swap_recalled_days(slots: Slots) -> Slots:
    """Move each follow-up's recalled day into the claim's slot in place of its own later days there."""
    where: dict[str, int] = {}
    by_article: dict[str, list[Fact]] = defaultdict(list)
    for i, (slot, _strict) in enumerate(slots):
        for f in slot:
            where[f.id] = i
            by_article[f.article_id].append(f)
    moves: list[tuple[Fact, int, list[Fact]]] = []
    taken: set[str] = set()  # (facts a move already takes or evicts: no second move touches them)
    changed: set[int] = set()  # (slots a move already changes: the next is weighed on slots as they were)
    for i, (slot, _strict) in enumerate(slots):
        outlets = {f.article_id for f in slot}
        if len(outlets) < _FEWEST_OUTLETS + 1 or i in changed:
            continue
        for article_id in sorted(outlets):
            move = _recall_for(slots, i, article_id, by_article[article_id], where)
            if move is None:
                continue
            recalled, own = move
            touched = {recalled.id, *(g.id for g in own)}
            if touched & taken or where[recalled.id] in changed:
                continue
            taken |= touched
            changed |= {i, where[recalled.id]}
            moves.append((recalled, i, own))
    if not moves:
        return slots
    out = [(list(slot), strict) for slot, strict in slots]
    for recalled, target, own in moves:
        out[where[recalled.id]][0].remove(recalled)
        out[target][0].append(recalled)
        for g in own:
            out[target][0].remove(g)
            out.append(([g], False))
    return [(slot, strict) for slot, strict in out if slot]


def _recall_for(
    slots: Slots, i: int, article_id: str, articles_facts: Sequence[Fact], where: dict[str, int]
) -> tuple[Fact, list[Fact]] | None:
    """The outlet's recalled day that should stand in slot ``i`` and its own days there that give way; None when
    its days there are versions of the others' days, or no single earlier day of its own is nearer to them."""
    slot = slots[i][0]
    own = [f for f in slot if f.article_id == article_id]
    own_days = [v for f in own if (v := _day(f)) is not None]
    others = [v for f in slot if f.article_id != article_id and (v := _day(f)) is not None]
    if not own_days or len(own_days) != len(own) or len({f.article_id for f in slot if f.article_id != article_id and _day(f)}) < _FEWEST_OUTLETS:
        return None
    if any(date_roles.role_of(f) is not None for f in slot if f.article_id != article_id):
        return None  # (a plan's bound, "until Monday": a follow-up's earlier day may be what was done instead)
    near_own = min(_nearest(v, others) for v in own_days)
    if near_own < _APART:
        return None
    first = min(v.start for v in own_days if v.start)
    found: list[tuple[int, Fact]] = []
    for f in articles_facts:
        v = _day(f)
        if v is None or where[f.id] == i or not v.end or v.end[:10] >= first[:10]:
            continue
        near = _nearest(v, others)
        if near > RECALL_REACH or near >= near_own or _echoed_where(f, v, slots[where[f.id]][0]):
            continue
        found.append((near, f))
    if not found:
        return None
    found.sort(key=lambda item: item[0])
    if len(found) > 1 and found[1][0] == found[0][0] and found[1][1].value != found[0][1].value:
        return None  # (two earlier days as near: which one recalls the claim is not told)
    return found[0][1], own


def _echoed_where(f: Fact, v: DateValue, slot: Sequence[Fact]) -> bool:
    """Whether another outlet in the recalled day's slot gives a day within a week of it: then the slot already
    compares it with a claim (its own, or this one told a day apart), and it stays."""
    return any(g.article_id != f.article_id and (w := _day(g)) is not None and _gap(v, w) <= RECALL_REACH for g in slot)
