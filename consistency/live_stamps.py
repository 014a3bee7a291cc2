"""A live page's entry of the happening, not its later entries, stands for the page in the happening's slot.

A live page opens each entry with its clock time ("10:00 Gates open!", "13:40 A word with the harbour master"),
no dash after it. Every entry's sentence is framed like any other, under the page's main happening when it names
none, so the page's stamps all share the happening's frame, and the slot of that happening keeps one of them (the
first that fits) while the rest become claims of their own. The one it keeps is often a later entry (a quote, a
visit, the shares closing), whose time no other outlet gives, while the entry that reports the happening itself
sits alone in a slot of its own, where its time is never set against the other outlets' clocks.

The entry that reports the happening is the one whose clock reads what the other outlets' clocks in the slot read
("11:15 The postmen take it!" beside "crossed the line at 0915 GMT, 11:15 a.m. there"): when every clock time
the page keeps in a slot (if any) is an entry stamp that no other outlet's clock there reads, and exactly one of its stamps, in a slot
where no other outlet gives a clock time, reads the hour and minute another outlet's clock in that slot reads, that
stamp joins the slot and the page's stamps there leave for a slot of their own. The stamp is matched by its clock
face (the page's day of an entry is often a guess, and a page in the happening's zone reads the local clock the
outlets convert GMT to), whatever frame its words gave it; the outlets' verdicts then compare it as any other
reading, a conflicting zone or day included.

Measured on the own sets against 781e2608, the first form (the stamp alone in a slot of the page's own, of the
frame of the page's stamps it displaces, these going to its slot): odd half found 5178 -> 5190 of 6237, false 88 ->
88 (12 pair verdicts better, none worse); even half, held out, found 4866 -> 4875 of 6245, false 331 -> 331 (9
better, none worse); the development set unchanged (204 of 226, false 17). The present form, which also takes a
stamp of another frame, or beside other outlets' days, and a page with no clock in the slot: odd found 5190 -> 5198
(9 better, 1 worse: a later regrouping of one fire's days); even 4875 -> 4880; false unchanged on both; dev
unchanged. A short entry ("10:35 Done.") read as a stamp too: odd 5198 -> 5200, even 4880 -> 4881, nothing worse.
Against 781e2608 in all: odd found 5178 -> 5200 of 6237 (23 pair verdicts better, 1 worse), even 4866 -> 4881 of
6245 (16 better, 1 worse), false conflicts unchanged (88, 331), the development set unchanged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Sequence

from consistency.model import DateValue, Fact

Slots = list[tuple[list[Fact], bool]]
_WORD = re.compile(r"[A-Za-z]{2,}")
_CLOCK_WORDS = frozenset("am pm gmt utc bst cet cest est edt pst pdt local time hrs hours updated posted".split())


def _face(f: Fact) -> tuple[int, int] | None:
    """A clock time's hour and minute as written, when it names one minute."""
    v = f.value
    if not isinstance(v, DateValue) or v.granularity != "time" or not v.start or v.start != v.end:
        return None
    written = "2000" + v.start[1:] if v.start.startswith("--") else v.start  # (a year-less "--12-01T10:14")
    try:
        moment = dt.datetime.fromisoformat(written)
    except ValueError:
        return None
    return moment.hour, moment.minute


def _entry_stamp(f: Fact) -> bool:
    """A clock time that opens its sentence, followed by the entry's words, however few ("10:35 Done."): a live
    page's entry stamp. Not a zone or a clock word after it ("10:35 GMT."): that is a line stamping the page."""
    if _face(f) is None or f.start != f.sentence_start:
        return False
    rest = f.sentence[f.end - f.sentence_start :]
    return any(w.lower() not in _CLOCK_WORDS for w in _WORD.findall(rest))


def swap_live_stamps(slots: Slots) -> Slots:
    """Put each live page's entry of the happening in the happening's slot, in place of its later entries."""
    where: dict[str, int] = {}
    for i, (slot, _strict) in enumerate(slots):
        for f in slot:
            where[f.id] = i
    own_slot_stamps: dict[str, list[Fact]] = defaultdict(list)  # an article's stamps where no other clock is
    for slot, _strict in slots:
        clocked = {f.article_id for f in slot if _face(f) is not None}
        if len(clocked) == 1:
            own_slot_stamps[next(iter(clocked))].extend(f for f in slot if _entry_stamp(f))
    moves: list[tuple[Fact, int, list[Fact]]] = []
    touched: set[int] = set()
    for i, (slot, _strict) in enumerate(slots):
        if i in touched:
            continue
        faces: dict[str, set[tuple[int, int]]] = {f.article_id: set() for f in slot}
        for f in slot:
            if (face := _face(f)) is not None:
                faces[f.article_id].add(face)
        for article_id in sorted(faces):
            move = _entry_for(slot, article_id, faces, own_slot_stamps.get(article_id, ()))
            if move is None or where[move[0].id] in touched:
                continue
            touched |= {i, where[move[0].id]}
            moves.append((move[0], i, move[1]))
            break
    if not moves:
        return slots
    out = [(list(slot), strict) for slot, strict in slots]
    for entry, target, later in moves:
        home = where[entry.id]
        out[home][0].remove(entry)
        out[target][0].append(entry)
        for g in later:
            out[target][0].remove(g)
        if later:
            out.append((list(later), False))
    return [(slot, strict) for slot, strict in out if slot]


def _entry_for(
    slot: Sequence[Fact], article_id: str, faces: dict[str, set[tuple[int, int]]], stamps: Sequence[Fact]
) -> tuple[Fact, list[Fact]] | None:
    """The page's stamp elsewhere that reads another outlet's clock here, and its stamps here that read none."""
    others = set().union(*(fs for a, fs in faces.items() if a != article_id))
    if not others or faces[article_id] & others:
        return None
    clocks = [f for f in slot if f.article_id == article_id and _face(f) is not None]
    if not all(_entry_stamp(f) for f in clocks):
        return None  # the page reads the clock in its own words here: those words placed it
    matching = [f for f in stamps if _face(f) in others]
    return (matching[0], clocks) if len(matching) == 1 else None
