"""An outlet's stray side dates that alone keep two date slots of one claim apart leave for a slot of their own.

Two slots that share an outlet never join whole: that outlet gives a value in each, so they may be two
claims. But frames key a date by the happening its sentence names, and a slot also collects an outlet's
dates of another claim told in the same words: the day it was said ("officials said on Monday"), a live
page's entry stamp ("16:40 Shares fell"), a span coarser than a day ("this year"). When the outlet's only
readings in one slot are such side dates that no other outlet there echoes (by their value, or by a side date
of their kind), and it gives a date of no side in the other, those side dates are what keeps its day from
meeting the other outlets' days of the claim: they leave, and the join weighs the rest. (A side date another
outlet of its slot echoes is that slot's claim: a live page's first stamp is often the happening's own minute,
two outlets' days of an announcement are versions of one claim; it stays. But a side date more than a day
after another outlet's of its kind echoes nothing (``told_later``): it is a follow-up's own later statement. On the
odd own sets that found 6 more conflicts, no pair verdict worse; on the even ones, held out, as many found and false
as before; the development set unchanged.) A date of a happening that more outlets date in the other slot than in
its own, where more date another, is misfiled there and leaves as a stray side date does (``_happening_stray``).
Dates of a role ("until July 1", "from April") were tried as side dates too and dropped: on the odd-numbered own
sets they lost as many conflicts as they found.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Callable, Sequence

from consistency import date_grains, slot_pairs
from consistency.model import DateValue, Fact

Slots = list[tuple[list[Fact], bool]]
_STAMP_TAIL = 12  # characters a live page's entry must run on after its opening clock time
_SIDE_SLIP = 1  # days one outlet's side date may lie after another's of its kind and still be its version


def _stamp(f: Fact) -> bool:
    """A clock time that opens its sentence ("14:05 Police say ..."): a live page's entry stamp."""
    v = f.value
    return (
        isinstance(v, DateValue) and v.granularity == "time" and f.start == f.sentence_start
        and f.sentence_end - f.end > _STAMP_TAIL
    )


def side_of(f: Fact) -> str | None:
    """Which side a date tells, when it tells no happening's own day: a statement's day, a live page's entry
    stamp, a span coarser than a day; None for a happening's day or moment."""
    if not isinstance(f.value, DateValue):
        return None
    frame = f.frame
    if frame is not None and frame.measure == "statement":
        return "statement"
    if _stamp(f):
        return "stamp"
    return "coarse" if date_grains.coarse(f) else None


def told_later(f: Fact, g: Fact) -> bool:
    """``f`` is more than ``_SIDE_SLIP`` days after ``g``: a side date of ``g``'s kind that does not echo it.

    Outlets' side dates of one kind echo each other as versions of one telling (two outlets' days of one
    announcement), and versions of a day slip by a day at most ("yesterday" for "today", a time zone). A follow-up
    tells the announcement it follows ("the bureau published its report on Monday") beside the news of its own day
    ("the airline said on Thursday it would cut rosters"), and frames key both by the statement: the later day is
    the follow-up's own, no version of the others' day. Only the later of the two: a day told earlier than the
    others may be their announcement misdated, and it stays to be compared."""
    a, b = f.value, g.value
    if not (isinstance(a, DateValue) and isinstance(b, DateValue)):
        return False
    day_f, day_g = slot_pairs.day_of(a.start), slot_pairs.day_of(b.start)
    return day_f is not None and day_g is not None and (day_f - day_g).days > _SIDE_SLIP


def _happening(f: Fact) -> str | None:
    """The happening a date's frame names, when the vocabulary knew it and it is no statement (a side of its own)."""
    frame = f.frame
    if frame is None or not frame.known or frame.measure in ("?", "statement"):
        return None
    return frame.measure


def _happening_stray(f: Fact, slot: Sequence[Fact], other: Sequence[Fact]) -> bool:
    """A date of a happening that fewer other outlets of its slot date than of the other slot, and fewer than date
    another happening in its slot: the outlet's day of that happening, filed beside another happening's days.

    News dates several happenings of one story (the incident, the arrest it led to, the meeting that decided), and the
    joins of slots gather different frames' dates when their days and words are alike, so an outlet's day of the arrest
    can sit in the slot of the incident's days and keep its day of the incident from meeting the others'. Its frame
    says which happening it tells, without reading the value that is to be checked, and the outlets that date that
    happening say where it belongs. (Tried: only a happening no other outlet of the slot dates, 1 conflict fewer found
    on the odd-numbered own sets; without asking the other slot at all, 4 more date conflicts went without a finding
    there, as an outlet's lone day of a happening the others leave undated is no misfiling.)"""
    h = _happening(f)
    if h is None:
        return False
    here = {g.article_id for g in slot if g.article_id != f.article_id and _happening(g) == h}
    there = {g.article_id for g in other if g.article_id != f.article_id and _happening(g) == h}
    elsewhere = {g.article_id for g in slot if g.article_id != f.article_id and _happening(g) not in (None, h)}
    return len(here) < len(there) and len(here) < len(elsewhere)


def evict_side_blockers(slots: Slots, score: Callable[[Sequence[Fact], Sequence[Fact]], float], threshold: float) -> Slots:
    """Two slots kept apart only by outlets whose readings in one of them are all stray side dates (``side_of``), or
    dates of a happening filed beside another's (``_happening_stray``), while they give a date of no such kind there
    in the other: those dates leave their slot, when the fitted model scores the two slots without them one claim
    (``score`` at ``threshold``). An outlet's dates that leave one slot stay together in a slot of their own (the
    outlets' statement days there are still compared). The misfiled happenings, on the odd-numbered own sets: 3 more
    date conflicts found, false conflicts the same (4 pair verdicts better, 1 worse); on the even ones, held out, 4
    more found and 2 false fewer (11 better, 5 worse); the development set unchanged."""
    if len(slots) < 2:
        return slots
    side = {f.id: side_of(f) for slot, _ in slots for f in slot}
    read = [slot_pairs.read(slot) for slot, _ in slots]
    leaving: dict[int, set[str]] = defaultdict(set)  # slot -> ids of the facts that leave it
    told = {f.id: value for slot, _ in slots for f in slot for _, value in slot_pairs.read([f]).values}

    def stray(f: Fact, n: int, m: int) -> bool:
        """A stray side date of slot ``n``, or a date of a happening that slot ``m`` dates and ``n`` does not."""
        return side_stray(f, n) or _happening_stray(f, slots[n][0], slots[m][0])

    def side_stray(f: Fact, n: int) -> bool:
        """A side date that no other outlet of the slot echoes, by its value or by a side date of its kind: were
        they there, the slot would be that side's claim (the day a council announced), and the date its version.
        A side date days after another outlet's is no echo of it (``told_later``)."""
        return side[f.id] is not None and not any(
            g.article_id != f.article_id
            and (
                (side[g.id] == side[f.id] and not told_later(f, g))
                or slot_pairs.one_telling({told[f.id]}, {told[g.id]})
            )
            for g in slots[n][0]
        )

    for i, j in itertools.combinations(range(len(slots)), 2):
        a, b = read[i], read[j]
        shared = a.articles & b.articles
        if not shared:
            continue
        out: dict[int, set[str]] = {i: set(), j: set()}
        for s in shared:
            own_i = [f for f in slots[i][0] if f.article_id == s]
            own_j = [f for f in slots[j][0] if f.article_id == s]
            if slot_pairs.one_telling(a.told_by[s], b.told_by[s]):
                continue
            all_i = all(stray(f, i, j) for f in own_i)
            all_j = all(stray(f, j, i) for f in own_j)
            if all_i and not all_j:
                out[i].update(f.id for f in own_i)
            elif all_j and not all_i:
                out[j].update(f.id for f in own_j)
            else:
                break
        else:
            if not out[i] and not out[j]:
                continue
            rest_i = [f for f in slots[i][0] if f.id not in out[i]]
            rest_j = [f for f in slots[j][0] if f.id not in out[j]]
            if not rest_i or not rest_j:
                continue
            if score(rest_i, rest_j) >= threshold:
                leaving[i] |= out[i]
                leaving[j] |= out[j]
    if not leaving:
        return slots
    result: Slots = []
    for n, (slot, strict) in enumerate(slots):
        gone = leaving.get(n, set())
        kept = [f for f in slot if f.id not in gone]
        if kept:
            result.append((kept, strict))
        if gone:
            result.append(([f for f in slot if f.id in gone], False))
    return result
