"""Two figures of one sentence filed in each other's slots: swapped back.

A sentence often gives two figures ("logged 590 bursts in pipes older than 80 years", "a ferry carrying 212
passengers and nine crew"), and framing reads each figure's measure from the words around it: a word nearer the other
figure ("older than", "crew") can frame both, each then lands in the slot of the other's claim. There each is far
from every other outlet's value, and it keeps the two slots apart (the outlet sits in both), so neither claim of that
outlet is ever compared. When the outlet's two figures of the one sentence each fit the other slot's outlets as one
of theirs and their own slot's not at all, they were filed crosswise: they trade places, and each claim then holds
the outlet's own version of it. Both must say so (one figure alone that fits elsewhere is ``align._move_alike_facts``'s
case), so two figures that merely sit far from a slot's values stay where framing put them.
Against the code before, own sets 1-96: odd half 3 more conflicts found (4982 -> 4985; 3 pair verdicts better, none
worse), false conflict pair verdicts the same (93); even half, held out, unchanged (4689/6071, 313 false); the
development set unchanged (204/226, 17 false).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from consistency import slot_pairs
from consistency.model import Fact

Slots = list[tuple[list[Fact], bool]]

# A figure that scores this well against the outlets of a slot (``slot_pairs.score``) is one of their claim: it
# stays in its own slot if it fits there so, and moves to the other if it fits there so and not at home (the mark
# ``align._move_alike_facts`` keeps a fact home by).
HOME = 0.5


def swap_crossed_figures(slots: Slots, most: int) -> Slots:
    """Each pair of an outlet's figures of one sentence, one alone of that outlet in each of two slots, that fit
    the other slot's outlets and not their own slot's (``HOME``), moved to each other's slot. Events of
    more than ``most`` slots are left as they are, as the joins of slots leave them; each slot trades once."""
    if len(slots) < 2 or len(slots) > most:
        return slots
    members = [list(slot) for slot, _ in slots]
    traded: set[int] = set()
    for i, j in itertools.combinations(range(len(slots)), 2):
        if i in traded or j in traded:
            continue
        pair = _crossed(members[i], members[j], len(slots))
        if pair is None:
            continue
        x, y = pair
        members[i] = [f for f in members[i] if f is not x] + [y]
        members[j] = [f for f in members[j] if f is not y] + [x]
        traded |= {i, j}
    if not traded:
        return slots
    return [(members[n], strict) for n, (_, strict) in enumerate(slots)]


def _crossed(a: Sequence[Fact], b: Sequence[Fact], count: int) -> tuple[Fact, Fact] | None:
    """The figures (x of ``a``, y of ``b``) of one outlet and one sentence that are filed crosswise, if any: the
    outlet's only figure in each slot, each fitting the other slot's other outlets (``HOME``) and not its own slot's."""
    for outlet in sorted({f.article_id for f in a} & {f.article_id for f in b}):
        mine_a = [f for f in a if f.article_id == outlet]
        mine_b = [f for f in b if f.article_id == outlet]
        if len(mine_a) != 1 or len(mine_b) != 1:
            continue
        x, y = mine_a[0], mine_b[0]
        if (x.sentence_start, x.sentence) != (y.sentence_start, y.sentence) or x.kind != "figure":
            continue
        rest_a = [f for f in a if f.article_id != outlet]
        rest_b = [f for f in b if f.article_id != outlet]
        if not rest_a or not rest_b:
            continue
        if _fits(rest_b, x, count) and _fits(rest_a, y, count) and not (
            _fits(rest_a, x, count) or _fits(rest_b, y, count)
        ):
            return x, y
    return None


def _fits(others: Sequence[Fact], fact: Fact, count: int, floor: float = HOME) -> bool:
    """The fact may join the slot of ``others`` (``slot_pairs.may_join``) and the model scores it one of theirs at
    ``floor`` or more."""
    there, one = slot_pairs.read(others), slot_pairs.read([fact])
    return slot_pairs.may_join(there, one) and slot_pairs.score(there, one, count) >= floor
