"""Date slots kept to one grain per outlet: an outlet's year or month does not crowd its own day's slot.

A date slot is one claim's date, and an outlet gives one version of it. Frames key a date by the
happening its words name, so one outlet's "Monday" of the arrest and its "this year" of the arrests
(or "last summer", "next month") land in one slot. The outlet then has two readings there that no
other outlet's slot can echo, and every join that would bring another outlet's day of the claim to it
is refused: the comparison the reader wants (Monday against Sunday) is never made. An outlet that
dates a happening to the day and, in the same slot, to a coarser span (a week, a month, a season, a
year, a period) tells two things: the day is its version of a day's claim, the span another claim or
the day said loosely. The coarse readings leave for a slot of their own, where outlets that give only
a month or a year of the claim still meet them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from consistency import slot_pairs
from consistency.model import DateValue, Fact
from consistency.values import clock_only

FINE_GRAINS = frozenset({"day", "time"})  # a date that names the day (and perhaps its moment)


def _fine(f: Fact) -> bool:
    v = f.value
    return isinstance(v, DateValue) and v.granularity in FINE_GRAINS and not clock_only(f)


COARSE_GRAINS = frozenset({"week", "month", "part_of_year", "year"})


def coarse(f: Fact) -> bool:
    """A span longer than a day: a week, a month, a season, a year, or a period over several days ("from
    May to July"); a period within one day ("between 10 p.m. and 11 p.m.") is as fine as its clock times."""
    v = f.value
    if not isinstance(v, DateValue):
        return False
    if v.granularity == "period":
        return bool(v.start and v.end) and (v.start or "")[:10] != (v.end or "")[:10]
    return v.granularity in COARSE_GRAINS


def split_coarse_readings(slots: list[tuple[list[Fact], bool]]) -> list[tuple[list[Fact], bool]]:
    """Each slot -> its facts, less the spans coarser than a day of outlets that give a day there too;
    those spans, from every such outlet of the slot, form one slot of their own beside it."""
    out: list[tuple[list[Fact], bool]] = []
    for slot, strict in slots:
        with_day = {f.article_id for f in slot if _fine(f)}
        loose = [f for f in slot if f.article_id in with_day and coarse(f)]
        if not loose or len(loose) == len(slot):
            out.append((slot, strict))
            continue
        ids = {f.id for f in loose}
        out.append(([f for f in slot if f.id not in ids], strict))
        out.append((loose, False))
    return out


def _grain(f: Fact) -> str | None:
    """A date's grain class: a clock time, a day, or a span coarser than a day."""
    v = f.value
    if not isinstance(v, DateValue):
        return None
    if v.granularity == "time" or clock_only(f):
        return "time"
    if _fine(f):
        return "day"
    return "coarse" if coarse(f) else None


def join_lone_grains(
    slots: list[tuple[list[Fact], bool]], score: Callable[[Sequence[Fact], Sequence[Fact]], float], threshold: float
) -> list[tuple[list[Fact], bool]]:
    """A slot of one outlet whose reading is of a grain that outlet gives nowhere in the slot of the other outlets
    where it gives others (its day beside its clock time there, its clock time beside its year) -> that slot.

    Two slots that share an outlet never join whole, and a fact of a slot of one outlet is never weighed for a
    move: so an outlet's "Thursday" of the signing stays alone when its clock time of the signing ("midnight") or
    a year sits in the others' slot, and its day is never compared with theirs. The outlet gives no reading of that
    grain in the slot, so the move gives it no second version of anything it said there; the other outlets must
    give that grain there (a day meets days), and the fitted model must score the reading one claim with theirs
    (``score`` at ``threshold``). A reading that could go to two such slots stays where it is, and so do an
    outlet's two lone readings of one grain that could go to one.
    """
    told = [n for n, (slot, _) in enumerate(slots) if len({f.article_id for f in slot}) > 1]
    moves: dict[int, int] = {}  # lone slot -> the slot it joins
    for n, (slot, _strict) in enumerate(slots):
        articles = {f.article_id for f in slot}
        grains = {_grain(f) for f in slot}
        if len(articles) != 1 or len(grains) != 1 or None in grains:
            continue
        (article,), (grain,) = articles, grains
        targets = []
        for m in told:
            there = slots[m][0]
            own = [f for f in there if f.article_id == article]
            rest = [f for f in there if f.article_id != article]
            if not own or any(_grain(f) == grain for f in own) or not any(_grain(f) == grain for f in rest):
                continue
            if score(rest, slot) >= threshold:
                targets.append(m)
        if len(targets) == 1:
            moves[n] = targets[0]
    # An outlet with two lone readings of one grain that one slot could take ("07:00" and "16:00" beside its day
    # there): which is its version of the claim nothing says, and neither moves.
    takers: dict[tuple[int, str, str | None], list[int]] = {}
    for n, m in moves.items():
        first = slots[n][0][0]
        takers.setdefault((m, first.article_id, _grain(first)), []).append(n)
    for lone in takers.values():
        if len(lone) > 1:
            for n in lone:
                del moves[n]
    if not moves:
        return slots
    arriving: dict[int, list[Fact]] = {}
    for n, m in moves.items():
        arriving.setdefault(m, []).extend(slots[n][0])
    return [(slot + arriving.get(m, []), strict) for m, (slot, strict) in enumerate(slots) if m not in moves]


# Two slots that date one happening only to the year, in outlets of their own, are one claim at this probability of
# the fitted model (under its join threshold, ``slot_pairs.DATE_JOIN_THRESHOLD``). The model reads how far apart two
# dates lie in days, and two outlets' years of one happening lie hundreds of days apart however they came to differ
# (a slipped digit, "1911" and "1919"; a count of years back, "20 years ago" and "2089"): so a year told otherwise
# never reaches the threshold that days a day apart reach. On the odd-numbered own sets the year-only slot pairs of
# disjoint outlets that frame one happening alike and score at least this were one gold claim in 5 of 5 annotated.
YEAR_JOIN = 0.4
_ONE_HAPPENING = 0.99  # the happenings' likeness (``slot_pairs.date_features``): the same happening named


def _years_only(slot: Sequence[Fact]) -> bool:
    return all(isinstance(f.value, DateValue) and f.value.granularity == "year" for f in slot)


def join_year_slots(slots: list[tuple[list[Fact], bool]]) -> list[tuple[list[Fact], bool]]:
    """Two slots whose every date is a year, of no common outlet, that frame one happening and that the fitted
    model scores at ``YEAR_JOIN`` -> one slot, when each is the other's only such partner.

    A year of a past happening ("built in 1911", "first spotted 20 years ago") is told by fewer outlets than the
    story's day, and each outlet's year sits in a slot of its own words: the days between two years keep the
    model's join from weighing them as one claim, so a year one outlet gives otherwise is never compared. Where a
    slot could join two such slots, which of them is its claim nothing says, and none joins.
    """
    years = [n for n, (slot, _) in enumerate(slots) if slot and _years_only(slot)]
    if len(years) < 2:
        return slots
    read = {n: slot_pairs.read(slots[n][0]) for n in years}
    partners: dict[int, list[int]] = {n: [] for n in years}
    for i, n in enumerate(years):
        for m in years[i + 1:]:
            a, b = read[n], read[m]
            if a.articles & b.articles or not slot_pairs.may_join(a, b):
                continue
            features = slot_pairs.date_features(a, b, len(slots))
            if features[5] < _ONE_HAPPENING:
                continue
            if slot_pairs.score(a, b, len(slots)) >= YEAR_JOIN:
                partners[n].append(m)
                partners[m].append(n)
    joins = {n: ms[0] for n, ms in partners.items() if len(ms) == 1 and len(partners[ms[0]]) == 1}
    if not joins:
        return slots
    out: list[tuple[list[Fact], bool]] = []
    for n, (slot, strict) in enumerate(slots):
        partner = joins.get(n)
        if partner is None:
            out.append((slot, strict))
        elif n < partner:
            out.append((slot + slots[partner][0], strict or slots[partner][1]))
    return out
