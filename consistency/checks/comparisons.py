"""Agreement checks for dates, figures and sources: one value per outlet, a verdict per pair of outlets.

A slot holds one claim (a frame) as several outlets state it. Each article is represented by its
lead statement of the claim (the first in its text, as an editor reads it). Then every pair of
articles gets its own verdict and cause, so four outlets saying 350 and one saying 35 give three
agreeing pairs and four conflicting ones, and the report can name the one outlier. The slot's
status is its worst pair's.

What a reader knows is built into the pair verdict, each a named ``cause``:

- ``precision``: hedges ("at least", "about"), vague amounts, rounding and unit conversion make
  values compatible when their intervals meet;
- ``update``: a running tally that grows in a later report; a later, lower one is ``unexplained``;
  an explicitly revised figure ("revised", "upgraded") is an update either way;
- ``source_difference``: different values credited to different sources in their own sentences;
- ``timezone``: two clock times that are the same instant in the zones they state, or may be;
- ``weekday``: a weekday that contradicts the date the other outlet gives;
- ``resolution``: a value that could not be anchored is compatible with what it could be;
- ``naming``: one source under two names; ``error``: one outlet against a majority;
  ``unexplained``: different values and nothing to explain them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence

from consistency import date_roles
from consistency.body_nouns import one_body, post_words
from consistency.checks.base import Check, Outcome, Param, SlotFacts
from consistency.checks.floor_reach import ROUNDED_DOWN, floor_reach
from consistency.checks.moved_figures import (
    Reading,
    first_readings_told,
    increments_told,
    kind_of,
    load_moved_figures,
    moved_on,
    one_digit_dropped,
    replaced_numbers_told,
    speaks_for_an_interest,
    tells_plan_revised,
    told_as,
    told_counted_over,
    told_earlier,
    told_instead_of_plan,
    told_reread,
    told_revised_after,
    told_standing,
    written_in,
)
from consistency.checks.scope_words import (
    ScopeWords,
    load_scope_words,
    narrowed_within,
    restricted_within,
    told_as_parts,
    told_as_wholes,
    told_narrower,
    told_wider,
)
from consistency.checks.sea_miles import at_sea_in_nautical_miles
from consistency.checks.share_of_whole import share_of_told_whole
from consistency.checks.told_change import (
    changed_from_set,
    changed_to,
    headline_changes,
    headline_moves,
    tied_to,
    told_kept,
)
from consistency.checks.two_estimates import one_figure_told_two_ways
from consistency.counted_kinds import part_of
from consistency.currency_names import in_local_currency, may_also_be, story_currencies
from consistency.exchange import CONVERSION_SLACK, in_currency, rate
from consistency.extract._attribution_lexicon import COMPANY_WORDS, INSTITUTION_WORDS, ORG_WORDS, RELAY_NOUNS
from consistency.extract._figure_tables import LOWER_BOUND, PERSON_NOUNS, UNITS, UPPER_BOUND
from consistency.extract._figure_words import parse_number_words
from consistency.extract._ordinals import ORDINAL
from consistency.extract._zones import UNIVERSAL_ZONES, ZONE_OFFSETS, daylight_label
from consistency.frames import SIDE_HAPPENINGS, listed_after
from consistency.model import (
    STAMP_CUE,
    Article,
    Attribution,
    DateValue,
    Fact,
    Frame,
    PairVerdict,
    Quantity,
    Status,
    Value,
    ValueGroup,
    voice,
)
from consistency.names import PARTICLES, fold
from consistency.quotes import paraphrased, same_quotation
from consistency.relays import relayed_from
from consistency.role_holders import holders, is_holder
from consistency.roles import (
    BODY_NOUNS,
    HEAD_ROLES,
    body_of,
    holds_role,
    in_role_lexicon,
    is_person_role,
    may_be_role,
    office_roles,
    own_voice,
    owner_of,
    plain_words,
    role_words,
    speaks_elsewhere,
    without_a_chiefs_trade,
    written_as_body,
)
from consistency.shares import ROUNDING, written_as_share
from consistency.text import CAPITAL, has_bounded, stem
from consistency.values import (
    GRANULARITY_RANK,
    MOST_SHORT,
    ROUNDING_HEDGES,
    SHORT_OF,
    STRICT_BOUNDS,
    by_surname,
    clock_only,
    date_interval,
    date_relation,
    digits_swapped,
    digits_swapped_as_written,
    in_base_units,
    is_money,
    is_yearless,
    last_digit_step,
    one_slip_apart,
    quantity_interval,
    quantity_relation,
    same_digits,
    significant_digits,
    source_key,
    stated_number,
    units_comparable,
    untitled_key,
)

Verdict = tuple[Status, str, str]  # status, cause, detail
_WORST = {"conflict": 0, "compatible": 1, "agree": 2}


# --- the slot: one representative per article, groups of equal values, pairs -----------------------


class _Side:
    """One article's statement of the claim, with the size of the group stating the same value."""

    def __init__(self, article: Article, fact: Fact, key: str) -> None:
        self.article = article
        self.fact = fact
        self.key = key
        self.group_size = 1
        self.story: Sequence[_Side] = ()  # every outlet's side of the slot, for rules that read its timeline
        self.statements: Sequence[Fact] = ()  # the article's statements in the slot, this one among them
        # What a rule reads off the whole story, worked out once for the slot (set with ``story``, shared by all of
        # its sides): a rule asked for each pair of a slot of n sides would otherwise walk the story n^2 times.
        self.story_memo: dict[str, object] = {}
        self._first_readings: tuple[float, tuple[tuple[float, float], ...]] | None = None


def _judge_slot(
    slot: SlotFacts,
    params: Mapping[str, object],
    usable: Callable[[Fact], bool],
    value_key: Callable[[Fact], str],
    describe: Callable[[Fact], str],
    judge: Callable[[_Side, _Side, Mapping[str, object], int], Verdict],
) -> Outcome:
    sides: list[_Side] = []
    statements: dict[str, list[Fact]] = {}
    for article, facts in slot:
        candidates = sorted((f for f in facts if usable(f)), key=lambda f: (_anchorless(f), clock_only(f), f.start))
        if candidates:
            sides.append(_Side(article, candidates[0], value_key(candidates[0])))
            statements[article.id] = candidates
    _read_charitably(sides, statements, value_key, judge, params)
    memo: dict[str, object] = {}
    for side in sides:
        side.story, side.statements, side.story_memo = sides, statements[side.article.id], memo
    by_value: dict[str, list[_Side]] = {}
    for side in sides:
        by_value.setdefault(side.key, []).append(side)

    def voices(members: Sequence[_Side]) -> int:
        # A wire story and its copies are one voice: five mastheads of one story are not a majority.
        return len({voice(s.article) for s in members})

    ordered = sorted(by_value.values(), key=lambda members: (-voices(members), -len(members)))
    for members in ordered:
        for side in members:
            side.group_size = voices(members)
    largest = voices(ordered[0]) if ordered else 0
    groups = tuple(
        ValueGroup(
            value=describe(members[0].fact),
            fact_ids=tuple(s.fact.id for s in members),
            article_ids=tuple(s.article.id for s in members),
        )
        for members in ordered
    )
    representatives = tuple(s.fact.id for s in sides)
    listing = " · ".join(
        f"{describe(members[0].fact)}: {', '.join(s.article.outlet for s in members)}" for members in ordered
    )
    if len(sides) < 2:
        return Outcome("unverified", listing or "no value could be placed", representatives, "single", groups)
    if voices(sides) < 2:
        # One story under several mastheads: nobody else states it, so nothing corroborates it.
        return Outcome("unverified", f"{listing} (one story and its copies)", representatives, "single", groups)
    verdicts = {
        (i, j): judge(a, b, params, largest) for i, a in enumerate(sides) for j, b in enumerate(sides) if i < j
    }
    if params.get("updates", True):  # (a date's check reads moved plans always; a figure's as its "updates" says)
        _carry_updates(sides, verdicts)
    pairs: list[PairVerdict] = []
    for i, a in enumerate(sides):
        for j, b in enumerate(sides[i + 1 :], start=i + 1):
            status, cause, detail = verdicts[i, j]
            day = _day_verdict(a, b, status, judge, params, largest)
            if voice(a.article) == voice(b.article):
                # A copy against its original says nothing about the claim: listed, never the slot's verdict.
                if status == "agree":
                    cause, detail = "copy", "one story under two mastheads: no corroboration"
                pairs.append(PairVerdict((a.fact.id, b.fact.id), status, cause, detail, representative=False, day=day))
                continue
            pairs.append(PairVerdict((a.fact.id, b.fact.id), status, cause, detail, day=day))
    worst = min((p for p in pairs if p.representative), key=lambda p: _WORST[p.status]).status
    pairs.extend(_other_statements(slot, sides, usable, value_key, judge, params, largest))
    causes = Counter(p.cause for p in pairs if p.status == worst and p.cause != "copy")
    cause = min(causes, key=lambda c: (-causes[c], c))  # the most common; by name on a tie, whatever the order
    outlier = _outlier_line(ordered, pairs, describe) if worst == "conflict" else ""
    if outlier and all(p.day == "agree" for p in pairs if p.representative and p.status == "conflict"):
        outlier += " (the same day: only the clock time differs)"  # an editor checking the day need look no further
    return Outcome(worst, listing, representatives, cause, groups, tuple(pairs), outlier)


_SAME_FIGURE = frozenset({("agree", "equal"), ("compatible", "precision"), ("compatible", "arithmetic")})
# Of dates only one day told alike: "the start of June" holds a "Friday June 1" whose weekday is wrong, and a coarser
# date is no report of the day the plan moved from.
_SAME_DAY = frozenset({("agree", "equal")})
# The most outlets of a slot whose updates are carried: each conflict pair asks every other outlet, a cube of the
# slot's size; a story told by a few dozen outlets is where one follow-up moves a figure, and a slot of thousands
# (a corpus-wide feed) is left as its pairs were read.
_CARRY_MOST = 48


def _carry_updates(sides: Sequence[_Side], verdicts: dict[tuple[int, int], Verdict]) -> None:
    """A later report's figure read as an update of one earlier outlet's figure is an update of every earlier outlet's
    figure that is the same one (equal, rounded or converted): "cut 420 jobs" five days after "350 jobs" is the plan
    moved on, whether the 350 is the wire's or the paper's "around 350". A reader weighs the story's figure, not the
    masthead that gave it; the rules that read each pair look at its two reports' own words, which tell the move in
    one pair and not in the other. Carried only to a pair judged a conflict whose reports are of two days, and from an
    anchor whose reports lie ``moved_figures.days_apart`` days or more apart, on the same side of the move: reports of
    one day or the next differ by a slip more often than by a change, and a running tally read higher a day later is no
    figure moved on; the anchor's days tell the move, the pair's need only fall either side of it."""

    if len(sides) > _CARRY_MOST or not any(v[:2] == ("compatible", "update") for v in verdicts.values()):
        return

    def verdict(i: int, j: int) -> Verdict:
        return verdicts[(i, j) if i < j else (j, i)]

    days = [_day(_reported(s)) for s in sides]
    carried: dict[tuple[int, int], Verdict] = {}
    for (i, j), (status, _cause, _detail) in verdicts.items():
        if status != "conflict":
            continue
        for moved, stays in ((i, j), (j, i)):  # ``moved``: the side whose figure may be the one before (or after) the move
            anchor = _update_anchor(sides, moved, stays, verdict, days)
            if anchor is not None:
                outlet = sides[anchor].article.outlet
                carried[i, j] = (
                    "compatible", "update",
                    f"{sides[moved].article.outlet}'s figure is {outlet}'s, and {sides[stays].article.outlet}'s is the "
                    f"figure it moved to or from",
                )
                break
    verdicts.update(carried)


def _update_anchor(
    sides: Sequence[_Side], moved: int, stays: int, verdict: Callable[[int, int], Verdict],
    days: Sequence[dt.date | None],
) -> int | None:
    """The side whose figure ``moved``'s is (``_SAME_FIGURE``) and whose pair with ``stays`` was read as an update, both
    reports lying on the same side of ``stays``'s day; None when there is none, or when the reports of that figure
    judged a conflict with ``stays``'s (``moved``'s among them) are as many as those read as its update or more: a
    reading of one pair that most reports of the same figure do not share is more likely that pair's own mistake than
    the story's move (with ties carried too, the held-out half of the own sets lost six true conflicts for thirteen
    false ones saved; without ties, one for five)."""
    apart = load_moved_figures().days_apart
    day_moved, day_stays = days[moved], days[stays]
    if day_moved is None or day_stays is None or day_moved == day_stays:
        return None
    if _a_slip_between(sides[moved].fact.value, sides[stays].fact.value):
        return None  # ("32 volunteers" days after "23": a copy mistyped, whatever another pair was read as)
    anchors, against = [], 1  # (``moved`` itself is one report of the figure judged against ``stays``'s)
    for k in range(len(sides)):
        day = days[k]
        if k in (moved, stays) or day is None or day == day_stays or (day < day_stays) != (day_moved < day_stays):
            continue
        if verdict(k, moved)[:2] not in (_SAME_FIGURE if isinstance(sides[k].fact.value, Quantity) else _SAME_DAY):
            continue
        status_cause = verdict(k, stays)[:2]
        if status_cause == ("compatible", "update") and abs((day - day_stays).days) >= apart:
            anchors.append(k)
        elif status_cause[0] == "conflict":
            against += 1  # (of any day on that side: a report a day before that gave the figure is one more voice)
    if len(anchors) <= against:
        return None  # (the move only where more reports of the figure were read so than not)
    return anchors[0]


def _a_slip_between(x: Value, y: Value) -> bool:
    """Whether two figures have a typing slip's shape (digits swapped, one digit off or dropped, a decimal shift): no
    move of the story explains such a pair, however a pair of its other reports was read."""
    px, py = _point(x), _point(y)
    if px is None or py is None or px <= 0 or py <= 0 or _base_unit(x) != _base_unit(y):
        return False  # (figures in two units are weighed converted: "45 cents" is no slip of "VLR 0.40")
    ratio = max(px, py) / min(px, py)
    return (
        _swapped_as_told(x, y) or one_slip_apart(px, py) or one_digit_dropped(px, py) or _decimal_shift(ratio)
    )


MAX_CHARITABLE = 8  # statements of one article weighed as its version of the claim
MAX_READ_VALUES = 64  # the other outlets' distinct values they are weighed against


def _read_charitably(
    sides: Sequence[_Side],
    statements: Mapping[str, Sequence[Fact]],
    value_key: Callable[[Fact], str],
    judge: Callable[[_Side, _Side, Mapping[str, object], int], Verdict],
    params: Mapping[str, object],
) -> None:
    """An article that states the claim several ways stands by the statement that fits the others.

    One article is taken to be consistent with itself: when it says "Wednesday" and, lower down,
    "Sunday" for what the other outlets all put on Sunday, its Wednesday is another happening of
    the kind (a later aftershock), not its version of theirs. Its lead statement stands unless a
    later one conflicts with fewer of the other outlets' leads; an article whose every statement
    conflicts keeps its lead, so a real error still shows, and so does an article whose statements
    are credited to different sources (it reports their difference).
    """
    for _round in range(3):  # a switch can free another article's statement: read again, briefly
        changed = False
        # The other outlets' values, each judged once for all who state it (the most common first, a
        # bounded number), so a slot of thousands of outlets costs no more than one of a few dozen.
        by_value: dict[str, list[_Side]] = defaultdict(list)
        for other in sides:
            by_value[other.key].append(other)
        values = sorted(by_value.values(), key=len, reverse=True)[:MAX_READ_VALUES]
        # Each value's statements per article, counted once a round: an article's own are left out of
        # what it is weighed against, and the rest need not be listed again for each of its statements.
        articles_of = [Counter(o.article.id for o in group) for group in values]
        for side in sides:
            candidates = statements[side.article.id][:MAX_CHARITABLE]
            if len(candidates) < 2 or len({source_key(c.frame.source) for c in candidates if c.frame and c.frame.source}) > 1:
                continue  # (an article that sets two sources' values side by side reports their difference)

            def conflicts(fact: Fact, cap: float = math.inf, side: _Side = side,
                          values: Sequence[Sequence[_Side]] = values,
                          articles_of: Sequence[Counter[str]] = articles_of) -> int:
                """How many other outlets' statements ``fact`` conflicts with; once the count reaches ``cap`` it
                is returned as it stands (such a statement cannot replace one that conflicts with ``cap``)."""
                mine = _Side(side.article, fact, value_key(fact))
                own = side.article.id
                count = 0
                for group, articles in zip(values, articles_of, strict=True):
                    others = len(group) - articles[own]
                    if not others:
                        continue
                    first = group[0] if group[0].article.id != own else next(o for o in group if o.article.id != own)
                    if judge(mine, first, params, 0)[0] == "conflict":
                        count += others
                        if count >= cap:
                            return count
                return count

            # The standing statement is counted first and whole; another replaces it only by conflicting with
            # fewer, so each other is counted only up to the standing one's count (none when that is 0: most
            # articles' leads fit the others, and their further statements need not be weighed at all).
            # (a clock time that names no day never stands in for the day the lead names: "at 0300 GMT"
            # fits any day only for saying none)
            standing = conflicts(side.fact)
            if not standing:
                continue
            counted = [
                (conflicts(f, standing), n, f) for n, f in enumerate(candidates)
                if f is not side.fact and (not clock_only(f) or clock_only(side.fact))
            ]
            best = min(counted, key=lambda item: (item[0], item[1]), default=None)
            if best is not None and best[0] < standing:
                side.fact, side.key = best[2], value_key(best[2])
                changed = True
        if not changed:
            return


MAX_STATEMENT_PAIRS = 400  # verdicts on an article's further statements, beyond its lead, per slot


def _other_statements(
    slot: SlotFacts,
    sides: Sequence[_Side],
    usable: Callable[[Fact], bool],
    value_key: Callable[[Fact], str],
    judge: Callable[[_Side, _Side, Mapping[str, object], int], Verdict],
    params: Mapping[str, object],
    largest: int,
) -> list[PairVerdict]:
    """Verdicts for the statements an article makes besides its lead one (``representative: false``).

    The lead statements decide the slot; these let a reader (or a script) look up any statement
    against any other outlet's, so "why is my second mention flagged?" has an answer.
    """
    leads = {s.fact.id for s in sides}
    group_size = {s.article.id: s.group_size for s in sides}
    statements = [_Side(article, f, value_key(f)) for article, facts in slot for f in facts if usable(f)]
    story = sides[0].story if sides else ()
    memo = sides[0].story_memo if sides else {}
    said = {s.article.id: s.statements for s in sides}
    for side in statements:
        side.group_size = group_size.get(side.article.id, 1)
        side.story, side.statements = story, said.get(side.article.id, (side.fact,))  # (read against the slot's timeline too)
        side.story_memo = memo
    out: list[PairVerdict] = []
    for i, a in enumerate(statements):
        for b in statements[i + 1 :]:
            if a.article.id == b.article.id or (a.fact.id in leads and b.fact.id in leads):
                continue  # one article's own statements, or the representative pair already judged
            if len(out) >= MAX_STATEMENT_PAIRS:
                return out
            status, cause, detail = judge(a, b, params, largest)
            day = _day_verdict(a, b, status, judge, params, largest)
            out.append(PairVerdict((a.fact.id, b.fact.id), status, cause, detail, representative=False, day=day))
    return out


def _day_verdict(
    a: _Side,
    b: _Side,
    status: str,
    judge: Callable[[_Side, _Side, Mapping[str, object], int], Verdict],
    params: Mapping[str, object],
    largest: int,
) -> Status | None:
    """For two dates one or both of which give a clock time, the verdict on their days alone, when it
    differs from the pair's: "half past five this morning" and "Tuesday at 04:30 GMT" may agree on the day
    and not on the hour, and an editor (or a script) checking the day should not read the clock's verdict."""
    va, vb = a.fact.value, b.fact.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue)) or "time" not in (va.granularity, vb.granularity):
        return None
    day_a, day_b = _as_day(va), _as_day(vb)
    if day_a is None or day_b is None:
        return None
    sides = [
        _Side(side.article, dataclasses.replace(side.fact, value=day), side.key) if day is not side.fact.value else side
        for side, day in ((a, day_a), (b, day_b))
    ]
    verdict = judge(sides[0], sides[1], params, largest)[0]
    if verdict == "conflict" and status == "agree":
        return "conflict"  # the clocks agree and the days do not (``_day_told_apart``)
    return "agree" if verdict == "agree" != status else None


def _day_told_apart(side: _Side) -> bool:
    """ "at 10 a.m. Friday" in a report that also says "on Friday morning": the day is told again on its own, so
    two such reports a day apart but at one clock time disagree once, on the day, and their clock times agree.
    Reports repeat the day beside the hour as a matter of course; judging the timed statement on its day as well
    would count one slipped day (a wire copy's "today" under a later-dated masthead) twice, once as a wrong clock."""
    value = side.fact.value
    assert isinstance(value, DateValue)
    day = (value.start or "").partition("T")[0]
    return bool(day) and any(
        f is not side.fact
        and isinstance(f.value, DateValue)
        and f.value.granularity != "time"
        and f.value.start is not None
        and f.value.start.partition("T")[0] == day
        and (f.value.end or f.value.start).partition("T")[0] == day
        for f in side.statements
    )


def _as_day(value: DateValue) -> DateValue | None:
    """A clock reading as the day it falls on, as told (a day-grained value as it is)."""
    if value.granularity != "time":
        return value
    if not value.start or not value.end:
        return None
    start, end = value.start.partition("T")[0], value.end.partition("T")[0]
    return DateValue(start, end, "day", value.resolved, value.relative, timex=start)


def _anchorless(f: Fact) -> bool:
    """A value that could not be anchored stands for its article only when nothing better is there (nor
    does a clock time that names no day, beside a statement of the day: ``clock_only``)."""
    return isinstance(f.value, DateValue) and f.value.start is None


def _outlier_line(
    ordered: Sequence[Sequence[_Side]], pairs: Sequence[PairVerdict], describe: Callable[[Fact], str]
) -> str:
    """"Eastern Ledger gives 2024-04-11; 3 outlets give 2024-04-10": the odd ones out, then the majority.

    Only the groups in conflict with the largest one are named beside it, so a vaguer value that
    fits the majority ("billions of dollars" beside "$8 billion") is not painted as an outlier.
    """
    conflicting = {frozenset(p.fact_ids) for p in pairs if p.status == "conflict"}
    of_sources = any(p.status == "conflict" and p.cause == "source_difference" for p in pairs)
    majority = ordered[0]
    against = [
        members for members in ordered[1:]
        if any(frozenset((m.fact.id, s.fact.id)) in conflicting for m in members for s in majority)
    ]
    listed = [*against, majority] if against else list(reversed(ordered))
    credits = [_one_source(members) for members in listed] if of_sources else []
    if not all(credits):
        credits = []  # each group's source, or none: one credit alone would read as the only source
    parts = []
    for n, members in enumerate(listed):
        value = describe(members[0].fact)
        if len(members) == 1:
            fact = members[0].fact
            quoted = fact.kind != "attribution" and fact.text.strip() != value
            shown = f"“{fact.text.strip()}” ({value})" if quoted else value
            parts.append(f"{members[0].article.outlet} gives {shown}")
        else:
            copies = len(members) - len({voice(m.article) for m in members})
            of_them = f" ({copies} of them {'a copy' if copies == 1 else 'copies'} of another)" if copies else ""
            parts.append(f"{len(members)} outlets give {value}{of_them}")
        if credits:
            parts[-1] += f", credited to {credits[n]}"
    return "; ".join(parts)


def _one_source(members: Sequence[_Side]) -> str:
    """The source every member of a group credits its value to, when they all credit the same one."""
    names = [m.fact.frame.source if m.fact.frame else None for m in members]
    if not names or not all(names) or len({source_key(n or "") for n in names}) != 1:
        return ""
    return names[0] or ""


def _disagreement(a: _Side, b: _Side, largest: int) -> str:
    """error: one outlet against a clear majority; unexplained: no side has the numbers."""
    small, big = sorted((a.group_size, b.group_size))
    return "error" if small == 1 and big == largest and big >= 2 else "unexplained"


def _sources_differ(a: _Side, b: _Side) -> tuple[str, str] | None:
    sa = a.fact.frame.source if a.fact.frame else None
    sb = b.fact.frame.source if b.fact.frame else None
    if sa and sb and source_key(sa) != source_key(sb) and not _one_named_generically(sa, sb):
        return sa, sb
    return None


def _two_estimates(a: _Side, b: _Side, qa: Quantity, qb: Quantity) -> bool:
    """Two credited sources whose figures a hedge or bound only lets meet ("at least 23" per one, "as many as 40" per
    another): two estimates, not one figure told vaguer (``two_estimates``), judged as two figures that differ (a
    later count may still explain them). False for one source, or one figure."""
    if not _sources_differ(a, b) or _one_body_credited(a, b):
        return False
    return not one_figure_told_two_ways(a.fact, qa, b.fact, qb)


def _one_body_credited(a: _Side, b: _Side) -> bool:
    """Two credits of one body: one names a part or person of the other's body by the body's own words ("a port
    engineer" and "the port"), or one credits a common noun alone in a sentence that names the other's body in full
    ("The Garrowby Trust will shut 37 cafes, the charity said" against a figure "the Garrowby Trust" gave):
    a figure's own office, not a rival's."""
    sa = a.fact.frame.source if a.fact.frame else None
    sb = b.fact.frame.source if b.fact.frame else None
    if not sa or not sb:
        return False
    wa, wb = source_key(sa).split(), source_key(sb).split()
    (short, _), (long, _) = sorted(((wa, sa), (wb, sb)), key=lambda side: len(side[0]))
    if short and len(long) == len(short) + 1 and long[: len(short)] == short and sa[:1].islower() and sb[:1].islower():
        return True  # "port engineer" and "port"
    for generic, generic_side, named in ((sa, a, sb), (sb, b, sa)):
        if len(generic.split()) == 1 and generic[:1].islower() and len(named.split()) >= 2 and named[:1].isupper():
            if named.lower() in generic_side.fact.sentence.lower():
                return True
    return False


def _one_named_generically(a: str, b: str) -> bool:
    """ "the bank" and "Dravik Bank", "the ministry" and "the health ministry": one outlet names the
    body by its common noun alone, the other in full. So do "the company" and "Korvath", "the firm"
    and "Halvik Lines": a company's own statement, once by name and once as "the company"."""
    wa, wb = source_key(a).split(), source_key(b).split()
    (short, written), (long, other) = ((wa, a), (wb, b)) if len(wa) <= len(wb) else ((wb, b), (wa, a))
    if len(short) != 1 or not written.strip()[:1].islower():
        return False
    if len(long) > 1 and short[0] == long[-1]:
        return True
    return short[0] in _COMPANY_NOUNS and other.strip()[:1].isupper()


_COMPANY_NOUNS = frozenset("company firm group carrier airline operator maker manufacturer retailer insurer lender".split())


def _day(article: Article) -> dt.date | None:
    """The day an article was published; None when unknown or known only to the month or year."""
    published = article.published
    if published is None or article.published_precision:
        return None
    return published.date() if isinstance(published, dt.datetime) else published


def _report_order(a: Article, b: Article) -> int:
    """-1 when a was published before b, 1 after, 0 when unknown or on the same day without times."""
    pa, pb = a.published, b.published
    if isinstance(pa, dt.datetime) and isinstance(pb, dt.datetime) and not (a.published_precision or b.published_precision):
        return (pa > pb) - (pa < pb)
    da, db = _day(a), _day(b)
    if da is None or db is None:
        return 0
    return (da > db) - (da < db)


# Words of a revision that name what was revised, an estimate or a first figure ("raising its first estimate", "more
# than first thought", "police now say"): wherever they stand in a sentence, they tell its figure as one that replaced
# another.
_REVISION_TOLD = (
    r"(?:raising|lowering) (?:its|their|the|his|her) (?:first |initial |earlier |own )?(?:estimate|forecast|figure|count|tally|projection)|"
    r"now (?:puts?|says?|stands?|expects?|estimates?|counts?|reckons?)|"
    # "9,300 tonnes, more than first thought", "taking the total to 18,500": the figure replaces an earlier one
    r"than (?:(?:it|they|he|she|we|officials|police|had|has|have) )?(?:had been |was |were )?"
    r"(?:first |initially |previously |originally |earlier )?(?:thought|feared|reported|estimated|believed|said|announced)|"
    # "taking the workforce to 400", "bringing the count of lenders that collapsed to four": a total brought up to date
    r"(?:taking|bringing|took|brought|taken) (?:the|its|their) (?:total|tally|toll|count|number|workforce|staff|fleet|"
    r"death toll|total number)(?: of [^,.;:!?\d]{1,40}?)? to|"
    # "a new survey puts her rating at 52": a later reading of a measure taken again
    r"a new (?:poll|survey|estimate|forecast|count|tally)"
)
# Verbs of change ("revised", "raised", "rose to", "widened to"): they tell a revision of the figure they are told of,
# and in a sentence of several things they may speak of another ("raised its alert", "rose to its feet", "raised the
# levy to 9 percent a week after it granted the permit for 20 years").
_REVISION_VERBS = (
    r"revised|revising|upgraded|downgraded|updated|corrected|recalculated|adjusted|raised|lowered|"
    r"rose to|risen to|climbed to|climbs to|increased to|jumped to|"
    # a level that moved since an earlier report: "widened to 900 metres", "had shrunk to 4 kilometres"
    r"(?:widened|narrowed|shrunk|shrank|extended|reduced|cut|grown|grew) (?:again )?to"
)
_REVISION = re.compile(rf"\b(?:{_REVISION_VERBS}|{_REVISION_TOLD})\b", re.IGNORECASE)
_REVISION_TOLD_ANYWHERE = re.compile(rf"\b(?:{_REVISION_TOLD})\b", re.IGNORECASE)


def _revised(side: _Side) -> bool:
    return _says_revised(side.fact.sentence)


@functools.lru_cache(maxsize=4096)
def _says_revised(sentence: str) -> bool:
    # Asked for both sides of every pair a slot judges: once per sentence is enough.
    return bool(_REVISION.search(sentence))


# A count still under way when the report was written: "preliminary results", "with 98 percent of
# ballots counted". Read in the article's lead, where reports of a count say how far it had got.
_PARTIAL_COUNT = re.compile(
    r"\b(?:preliminary|provisional|partial|incomplete|early)\s+(?:official\s+)?(?:results?|counts?|returns|tally|figures)\b"
    r"|\bwith\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d{1,3}(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+of\s+"
    r"(?:the\s+)?(?:ballots|votes|precincts|polling\s+stations|districts|constituencies)\s+(?:counted|reported|in|tallied)\b",
    re.IGNORECASE,
)
_PARTIAL_REACH = 800  # characters of the article's start (headline and lead) read for it


def _partial_count(article: Article) -> bool:
    return bool(_PARTIAL_COUNT.search(article.body[:_PARTIAL_REACH]))


def _after_a_partial_count(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """An earlier report of a count still under way ("preliminary results", "with 98 percent of ballots
    counted") against a later one that is not: the figures moved as the count went on."""
    if not params["updates"]:
        return None
    order = _report_order(a.article, b.article)
    if order == 0:
        return None
    earlier, later = (a, b) if order < 0 else (b, a)
    qe, ql = earlier.fact.value, later.fact.value
    assert isinstance(qe, Quantity) and isinstance(ql, Quantity)
    if _relative_gap(qe, ql, 0.0) > _PARTIAL_MOVE:
        return None  # a count near its end moves little: 52.4 percent against 54.2 is no late ballot
    if _partial_count(earlier.article) and not _partial_count(later.article):
        return "compatible", "update", f"{earlier.article.outlet} reported a count still under way"
    return None


_PARTIAL_MOVE = 0.02  # how far (a fraction of the larger figure) the rest of a count may move a figure
# Tried and dropped (h365): a count told "as of" or "by" a clock time, "as of" a day's part, or "so far", held an
# update against any higher count of another outlet (below threefold, no slipped digit). Measured: odd 4614 -> 4613
# found, even 4348 -> 4347, false and dev unchanged (204/226, 17 false, 79 conflict findings in all): a figure told so
# stands as often beside a larger figure of another count in its own slot as it stands as the count read early.


def _revised_later(a: _Side, b: _Side) -> bool:
    """The later of two reports says its figure was revised ("has raised the budget to 21 million, from
    18 million"): whoever each credits, the later figure replaces the earlier one."""
    order = _report_order(a.article, b.article)
    if order == 0:
        return False
    later, earlier = (b, a) if order < 0 else (a, b)
    if not _revised_here(later.fact) or _revised(earlier):
        return False
    # (a body's revision replaces its own first figure, not the rival count a union or a guild still gives)
    return _an_interest_credited(later) or not _an_interest_credited(earlier)


def _revised_here(fact: Fact) -> bool:
    """A revision word told of this figure, not of another in its sentence: a few words before it ("widened
    to 85 metres", "raised the budget for the ceremony to 21 million") or after it ("340,000, more than it
    first thought"), with no other figure between."""
    sentence = fact.sentence
    at, end = fact.start - fact.sentence_start, fact.end - fact.sentence_start
    for m in _REVISED_HERE.finditer(sentence, max(0, at - _REVISION_REACH), min(len(sentence), end + _REVISION_REACH)):
        if m.end() <= at:
            gap = sentence[m.end() : at]
            words = len(gap.split())
            if not _HAS_DIGIT.search(gap) and (words <= 3 or (words <= 8 and _TO_END.search(gap))):
                return True
        elif m.start() >= end:
            gap = sentence[end : m.start()]
            if not _HAS_DIGIT.search(gap) and len(gap.split()) <= 4:
                return True
    return told_revised_after(sentence, at, end)


_REVISION_REACH = 60  # characters either side of a figure where a revision word is told of it
# Told of the figure itself, a few more words say it replaces an earlier one: a final count ("which in the end
# lifted 14 covers", "after adding late returns").
_REVISED_HERE = re.compile(rf"{_REVISION.pattern}|\b(?:in the end|in the final count|after adding)\b", re.IGNORECASE)
_HAS_DIGIT = re.compile(r"\d")
_TO_END = re.compile(r"\bto\s+(?:\S+\s+)?\Z")  # "... to 21 million", "... to about 400"


# A figure its own words give as the one since replaced: "its original budget was 3.1 million", "an initial estimate
# of 70 million", "had been budgeted at 15 million". Another report's different figure is the one that replaced it.
_SUPERSEDED_BEFORE = re.compile(
    r"\b(?:(?:original|initial|first|earlier|previous|old)\s+(?:budget|estimate|forecast|projection|"
    r"target|plan|price|figure|count|tally)s?(?:\s+(?:was|were|had been|of|at|put at|stood at|set at))?"
    r"|(?:originally|initially|first)\s+(?:budgeted|estimated|forecast|projected|put|priced|set|planned)(?:\s+(?:at|to))?"
    r"|had been (?:budgeted|estimated|forecast|projected|expected)(?:\s+(?:at|to))?)\s+(?:\S+\s+)?\Z",
    re.IGNORECASE,
)
_SUPERSEDED_REACH = 60  # characters before a figure where its words say it was since replaced


def _told_superseded(fact: Fact) -> bool:
    """The figure's own words, just before it, give it as an original or first figure since replaced."""
    at = fact.start - fact.sentence_start
    if not 0 <= at <= len(fact.sentence):
        return False
    before = fact.sentence[max(0, at - _SUPERSEDED_REACH) : at]
    return not _HAS_DIGIT.search(before[-25:]) and bool(_SUPERSEDED_BEFORE.search(before))


def _superseded(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """One report gives its figure as the original one ("its original budget was 3.1 million"), the other gives
    another: the other is what replaced it, an update. Two original figures must agree."""
    if not params["updates"]:
        return None
    old_a, old_b = _told_superseded(a.fact), _told_superseded(b.fact)
    if old_a == old_b:
        return None
    old = a if old_a else b
    return "compatible", "update", f"{old.article.outlet} gives the original figure, since replaced"


def _explained_by_revision(a: _Side, b: _Side) -> bool:
    """One side says its figure was revised ("raised its offer to $200 million"): the other may give
    the figure before. Two sides that both report the revision, on one day, report one revision and
    must agree on what it came to ("raised its rate by 25 basis points to 4.5%" / "to 4.75%"). A verb of change
    counts only told of the figure itself (``_revision_told``): "raised its alert and declared a 10 km zone" revises
    no distance."""
    ra, rb = _revision_told(a), _revision_told(b)
    if ra and rb:
        return _report_order(a.article, b.article) != 0
    return ra or rb


def _revision_told(side: _Side) -> bool:
    """The side's figure is told as a revision: a verb of change told of it ("raised the budget to 21 million",
    ``_revised_here``), or words anywhere in its sentence that name the estimate or first figure it replaced ("more
    than first thought", "raising its first estimate")."""
    return _revised_here(side.fact) or _says_revision_told(side.fact.sentence)


@functools.lru_cache(maxsize=4096)
def _says_revision_told(sentence: str) -> bool:
    return bool(_REVISION_TOLD_ANYWHERE.search(sentence))


# --- figures ---------------------------------------------------------------------------------------


def _figure_usable(f: Fact) -> bool:
    return isinstance(f.value, Quantity) and (f.value.low is not None or f.value.high is not None)


def _figure_key(f: Fact) -> str:
    value = f.value
    assert isinstance(value, Quantity)
    return f"{value.low}|{value.high}|{value.unit}|{value.approximate}|{value.vague}"


def _describe_figure(f: Fact) -> str:
    value = f.value
    assert isinstance(value, Quantity)
    unit = f" {value.unit}" if value.unit else ""
    if value.unit == ORDINAL and value.low is not None and value.low == value.high:
        return _ordinal_text(int(value.low))
    if value.low is not None and value.low == value.high:
        norm = f"{_number(value.low)}{unit}"
    elif value.low is not None and value.high is None:
        norm = f"{value.qualifier or 'at least'} {_number(value.low)}{unit}"
    elif value.low is None and value.high is not None:
        norm = f"{value.qualifier or 'up to'} {_number(value.high)}{unit}"
    else:
        low = "…" if value.low is None else _number(value.low)
        high = "…" if value.high is None else _number(value.high)
        norm = f"{low}–{high}{unit}"
    if value.approximate:
        norm = "≈" + norm
    return norm


def _ordinal_text(n: int) -> str:
    """5 -> "5th", 22 -> "22nd", 13 -> "13th"."""
    suffix = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _number(x: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale:
            return f"{x / scale:g} {word}"
    return f"{x:,.10g}"


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RACE_TIME_TEXT = re.compile(r"\d:\d{2}(?::\d{2})?(?P<f>\.\d+)?")  # "2:04:38", "13:58.42" (the figures reader's)
_CLOCK_SECONDS = {"s": 1.0, "min": 60.0, "h": 3600.0}  # one time in hours, minutes and seconds is one notation


# A time told in parts, hours then minutes, minutes then seconds ("5 hours 28 minutes", "six minutes and 22
# seconds"): the last part's unit.
_SPAN_PARTS = re.compile(
    r"\b(?:hours?|hrs?|minutes?|mins?)\b,?\s+(?:and\s+)?[\w.-]+\s+(?P<u>minutes?|mins?|seconds?|secs?)\b",
    re.IGNORECASE,
)


# The same told in days and hours, or in the short form a record table uses ("41 days and 9 hours", "12d 03h 40m"): a
# long time is read to its last part too, not to its whole days.
_DAY_PARTS = re.compile(r"\bdays?\b,?\s+(?:and\s+)?[\w.-]+\s+(?P<u>hours?|hrs?)\b", re.IGNORECASE)
_SHORT_PARTS = re.compile(r"\b\d+\s?d(?:\s+\d+\s?h)?(?:\s+\d+\s?m)?(?:\s+\d+\s?s)?\b", re.IGNORECASE)
_PART_SECONDS = {**_CLOCK_SECONDS, "day": 86400.0}  # the parts a time taken is told in, days to seconds


# A weight or a length told in two units, the larger then the smaller ("7lb 6oz", "5 feet 11 inches", "1 m 82 cm"):
# read to its smaller part, as a time told in parts is.
_MEASURE_PARTS = re.compile(
    r"\d\s*(?:lbs?|pounds?|ft|feet|foot|m|metres?|meters?)\s*,?\s*(?:and\s+)?\d+(?:\.\d+)?\s*"
    r"(?P<u>oz|ounces?|in|inch(?:es)?|cm|centimet(?:re|er)s?)\b",
    re.IGNORECASE,
)
_PART_UNITS = {"oz": "oz", "ou": "oz", "in": "in", "cm": "cm", "ce": "cm"}  # (by the part's first two letters)


def _measure_part_half(f: Fact, value: Quantity) -> float | None:
    """Half the smaller part of a measure told in two units, in the figure's unit ("7lb 6oz": half an ounce, in
    pounds); None when it is told otherwise."""
    told = _MEASURE_PARTS.search(f.text)
    if not told or value.unit not in UNITS:
        return None
    part = UNITS.get(_PART_UNITS.get(told.group("u")[:2].lower(), ""))
    whole = UNITS[value.unit]
    if part is None or part[0] != whole[0] or not part[2] or not whole[2]:
        return None
    return part[2] / whole[2] / 2


def _last_span_part(text: str) -> str | None:
    units = [m.group("u").lower() for m in _SPAN_PARTS.finditer(text)]
    if units:
        return "min" if units[-1].startswith("min") else "s"
    short = _SHORT_PARTS.search(text)
    if short and " " in short.group().strip():
        return {"d": "day", "h": "h", "m": "min", "s": "s"}[short.group().rstrip()[-1].lower()]
    return "h" if _DAY_PARTS.search(text) else None


def _told_as_clock(f: Fact) -> bool:
    """A time written as a stopwatch shows it ("13:58.42", "2:04:38"): the same time in words is the same
    figure written out, not a conversion (which "two hours and 40 minutes" against "160 minutes" is)."""
    return bool(_RACE_TIME_TEXT.search(f.text))


def rounding_interval(f: Fact) -> tuple[float, float] | None:
    """The interval a round figure stands for: "60 km" is 55..65, "$14 billion" 13.5..14.5 billion.

    Read from the digits as written: the last written digit's place is the figure's precision.
    Capped at 10% of the value, so "10" never stands for 5..15.
    """
    value = f.value
    if not isinstance(value, Quantity) or value.low is None or value.low != value.high or value.low == 0:
        return None
    race = _RACE_TIME_TEXT.search(f.text)
    if race:
        # "2:04:38", "13:58.42": a time taken, read to its last written digit of a second
        half = (10.0 ** -len(race.group("f")[1:]) / 2 if race.group("f") else 0.5) / _CLOCK_SECONDS.get(value.unit or "s", 1.0)
        return value.low - half, value.low + half
    smallest = _last_span_part(f.text)
    if smallest and value.unit in _PART_SECONDS:
        # "6 minutes 22 seconds", "26 hours and 14 minutes": a time taken, read to its last part's unit
        half = _PART_SECONDS[smallest] / _PART_SECONDS[value.unit] / 2
        if value.unit == "day":
            # (a long time told in days and hours is as often cut at its last part as rounded: "two days and
            # nine hours" for 2d 09h 50m)
            return value.low - half, value.low + 3 * half
        return value.low - half, value.low + half
    part_half = _measure_part_half(f, value)
    if part_half is not None:
        return value.low - part_half, value.low + part_half
    match = _DIGITS.search(f.text)
    if not match:
        # "two decades", "three centuries": counted in tens or hundreds of years, so that coarse.
        lowered = f.text.lower()
        for word, step in (("centur", 100.0), ("decade", 10.0)):
            if word in lowered and value.unit in ("year", "yr", "years"):
                # (as a round figure in digits, no further than a tenth: "two decades" is no 25 years)
                half = min(step / 2, abs(value.low) * 0.1)
                return value.low - half, value.low + half
        # "twelve miles": a number word is as rough as its digits would be, and a small count in words
        # ("eleven members") as exact as in digits (a large one, "nine thousand", is a round figure)
        half = 0.0 if value.unit in (None, "people") and abs(value.low) < 100 else abs(value.low) * ROUGHLY
        if _coarse_single_digit(value, 1.0) and not lowered.startswith(("a ", "an ")):
            half = 0.5  # "one mile": a single digit is good to half a unit, no better
        return value.low - half, value.low + half
    written = match.group().replace(",", "")
    try:
        number = float(written)
    except ValueError:
        return None
    if number == 0:
        return None
    scale = value.low / number  # "14 billion": the written 14 times 1e9
    if "." in written:
        step = 10.0 ** -len(written.split(".")[1])
    else:
        stripped = written.rstrip("0")
        step = 10.0 ** (len(written) - len(stripped)) if stripped else 1.0
    # A measured figure is rarely exact even when written so ("12 miles from", "58 km away"): at
    # least ROUGHLY of it either way; a round one by half its last written digit, at most 10%.
    # A count is not measured: "167,000 people" is exact to its last written digit. (Money stays
    # rough: an amount converted from another currency is rounded in its own, and the development
    # set has as many such pairs called compatible as round amounts called conflicts.)
    significant = len(written.replace(".", "").strip("0"))
    # "$999" and "$1,099" are prices to the dollar, no rounding of a converted amount ("$13.9 billion" is)
    # (Tried and dropped (h415): any amount kept to three significant digits read exact, "221 million euros" against
    # "231 million": odd own +2 conflicts found but +1 false ("$412 million" against "$408.6 million"), dev +2 false
    # ("$13.9 billion" against "$13.2 billion", one deal told by two outlets): news converts and rounds money.)
    exact_price = is_money(value) and scale == 1 and significant >= 3
    # A measure written to three significant digits or more ("2,450 metres", "8,040 feet") was not
    # rounded by its writer: it is good to its last digit, and "2,540 metres" is another figure.
    precise = significant > 2 and not is_money(value)
    rough = 0.0 if value.unit in (None, "people") or exact_price or precise else abs(value.low) * ROUGHLY
    half = min(max(step * abs(scale) / 2, rough), abs(value.low) * 0.1)
    if "." not in written and scale == 1 and _coarse_single_digit(value, number):
        half = max(half, 0.5)  # "1 mile", "5 km": a single digit is good to half a unit, no better
    return value.low - half, value.low + half


ROUGHLY = 0.05  # how far a measured figure written as exact may be off
_COARSE_DIMENSIONS = frozenset({"length", "area", "volume", "mass", "speed"})


def _coarse_single_digit(value: Quantity, number: float) -> bool:
    """A whole single-digit measurement of a length, an area, a weight or a speed ("one mile deep",
    "5 km away"): nobody writes "1.2 miles" as "one mile" for a count or a duration, but a depth or a
    distance is rounded to the unit as often as not."""
    if not (float(number).is_integer() and 0 < abs(number) < 10) or not value.unit:
        return False
    return value.unit in UNITS and UNITS[value.unit][0] in _COARSE_DIMENSIONS


def _written_rounded(a: Fact, b: Fact, fewest: int = 1) -> bool:
    """Percentages are written rounded whatever they measure: "31 percent" is "31.4%" to the whole and "3
    percent" is "3.1%" (a rate, a share, a change), good to half its last written digit and no more (not
    the slack of a measured length): "31 percent" is not "32.4%". So is any reading one outlet gives with
    decimals and another to fewer of them ("28.4C", "28 degrees Celsius"). ``fewest``: the fewest
    significant digits the rounder figure must keep (two sources' "55 percent" and "54.8%" are one figure
    rounded; their "3 percent" and "3.4%" may be two)."""
    qa, qb = a.value, b.value
    if not (isinstance(qa, Quantity) and isinstance(qb, Quantity) and qa.unit == qb.unit):
        return False
    if qa.low is None or qb.low is None or qa.low != qa.high or qb.low != qb.high or qa.approximate or qb.approximate:
        return False
    if not qa.unit and not _a_reading_in_decimals(a, b):
        return False
    ma, mb = _DIGITS.search(a.text), _DIGITS.search(b.text)
    if (ma is None) != (mb is None) and qa.unit == "percent":
        # "four percent" against "4.2%": a percentage in words is a whole one, good to half a point
        words = qa if ma is None else qb
        other = qb if words is qa else qa
        kept = significant_digits(words.low)  # type: ignore[arg-type]
        if kept is None or len(kept[0]) < fewest:
            return False
        return bool(words.low.is_integer()) and words.low != other.low and _rounds_to(other.low, words.low, 1.0)  # type: ignore[union-attr,arg-type]
    if not ma or not mb:
        return False
    if qa.unit != "percent" and "." not in ma.group() + mb.group():
        return False  # (a reading written with decimals, "28.4C", against the same to the whole, "28 degrees")
    (coarse, fine) = (qa, qb) if len(ma.group()) <= len(mb.group()) else (qb, qa)
    written = (ma if coarse is qa else mb).group().replace(",", "")
    if len(written.replace(".", "").lstrip("0")) < fewest:
        return False
    step = 10.0 ** -len(written.split(".")[1]) if "." in written else 1.0
    step *= _written_scale_step(coarse.low, written)  # type: ignore[arg-type]
    return coarse.low != fine.low and _rounds_to(fine.low, coarse.low, step)  # type: ignore[arg-type]


def _a_reading_in_decimals(a: Fact, b: Fact) -> bool:
    """Two figures of no unit the extractor knows, one written with decimals and neither with a scale word ("48.3
    petaflops" against "48 petaflops"): a count has no decimals, so the finer one is a reading in a unit of its own,
    rounded as any reading is; "1.4 million" against "1 million" is two counts, not one rounded."""
    if any(_SCALE_WORD.search(f.text) for f in (a, b)):
        return False
    values = [f.value.low for f in (a, b) if isinstance(f.value, Quantity) and f.value.low is not None]
    return len(values) == 2 and any(not float(v).is_integer() for v in values)


def _written_scale_step(value: float, written: str) -> float:
    """The power of ten a figure's written digits are scaled by in its unit ("7.8 cents" is 0.078 dollars: 0.01; "2.5
    billion": 1e9), so a step of the digits as written is one in the figure's unit: "7.8 cents" is good to a tenth of
    a cent, not a tenth of a dollar (which would hold "8.7 cents"). 1 when the digits are the figure itself or are only
    part of it ("13:58.42", a time whose first digits are its minutes)."""
    number = float(written)
    if not number or not value:
        return 1.0
    power = round(math.log10(abs(value / number)))
    return 10.0**power if math.isclose(abs(value / number), 10.0**power, rel_tol=1e-6) else 1.0


def _rounds_to(fine: float, coarse: float, step: float) -> bool:
    """Whether ``fine`` rounds to ``coarse`` at ``step``, as news rounds: half up, so "6.5%" is written "7
    percent" (or kept), never "6 percent"; a figure exactly half a step away is another figure."""
    return abs(fine - coarse) < step / 2 - step * 1e-9


_ROUND_COUNT_FROM = 1000  # "300" against "320" may be a slip; "1,400" against "1,412" is news rounding
_ROUND_THREE_FROM = 10_000  # from here a count rounded to three digits is news rounding too: "23,600" for "23,641"


def _rounded_count(a: Fact, b: Fact, fewest: int = 1) -> bool:
    """A large figure written round to one or two significant digits ("1,400 works", "1.3 million",
    "sixty-one thousand") against another outlet's exact one that rounds to it ("1,412", "1.31 million",
    "61,400"): news rounds a count it does not need exact, so the two are one figure. ``fewest``: the
    fewest significant digits the round figure must keep."""
    qa, qb = a.value, b.value
    if not (isinstance(qa, Quantity) and isinstance(qb, Quantity)) or qa.unit != qb.unit:
        return False
    if qa.low is None or qb.low is None or qa.low != qa.high or qb.low != qb.high:
        return False
    if not (_rounding_hedge_or_none(qa) and _rounding_hedge_or_none(qb)):
        return False
    da, db = significant_digits(qa.low), significant_digits(qb.low)
    if da is None or db is None or len(da[0]) == len(db[0]):
        return False
    (coarse, (digits, magnitude)), fine = ((qa.low, da), qb.low) if len(da[0]) < len(db[0]) else ((qb.low, db), qa.low)
    zeros = magnitude - len(digits)  # (a whole number's zeros after its last significant digit)
    if (
        coarse < _ROUND_COUNT_FROM or zeros < 2 or not fewest <= len(digits) <= 3
        or (len(digits) == 3 and coarse < _ROUND_THREE_FROM)
    ):
        return False
    # (one significant digit is read as two: "100,000" is no rounding of 110,000)
    step = 10**zeros if len(digits) >= 2 else 10 ** (zeros - 1)
    return coarse != fine and abs(fine - coarse) <= step / 2


def _rounding_hedge_or_none(q: Quantity) -> bool:
    """A figure as written or with a rounding hedge ("some 9,400", "about 4,120,000"): the hedge says the
    writer rounded, and its digits say to what, so a rounder outlet's "9,000" or "4.1 million" is the same
    figure rounded further. ("nearly 4,000" points below its figure and is left to its own reading.)"""
    return not q.vague and (not q.approximate or (q.qualifier or "") in ROUNDING_HEDGES)


def _measure_rounds(f: Fact) -> bool:
    return bool(f.frame and f.frame.rounding)


_COMPASS = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135, "south": 180, "southwest": 225, "west": 270,
    "northwest": 315, "north-northeast": 22, "east-northeast": 68, "east-southeast": 112, "south-southeast": 158,
    "south-southwest": 202, "west-southwest": 248, "west-northwest": 292, "north-northwest": 338,
}
_DIRECTION = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}?((?:north|south|east|west)(?:[- ]?(?:north|south|east|west)){0,2})(?:ern|erly|ward)?\b",
    re.IGNORECASE,
)


def _direction(f: Fact) -> int | None:
    """The compass bearing a distance states right after it ("55 km south-west of ..."), in degrees."""
    end = f.end - f.sentence_start
    return _bearing_at(f.sentence[end : end + 40])


@functools.lru_cache(maxsize=4096)
def _bearing_at(text: str) -> int | None:
    # Read for both sides of every pair of distances a slot judges: once per text is enough.
    match = _DIRECTION.match(text)
    if not match:
        return None
    word = match.group(1).lower().replace(" ", "").replace("-", "")
    for name, degrees in _COMPASS.items():
        if name.replace("-", "") == word:
            return degrees
    return None


def _judge_direction(a: _Side, b: _Side, largest: int) -> Verdict | None:
    da, db = _direction(a.fact), _direction(b.fact)
    if da is None or db is None or da == db:
        return None
    apart = min(abs(da - db), 360 - abs(da - db))
    if apart <= 45:
        return None  # north-northeast and northeast: a coarser reading of the same bearing
    return "conflict", _disagreement(a, b, largest), "the distances point in different directions"


# "17 of the 25 lifts", "three of the club's nine coaches", "two of its 14 ferries": a part, then the whole it is
# taken from, read just before the whole (bounded: the part is a number or a few number words).
_PART_BEFORE = re.compile(
    r"\b(?P<n>\d[\d,]*(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)\s{1,3}of\s{1,3}(?:the|its|their|our|his|her)\s{1,3}"
    r"(?:[\w-]{1,30}['’]s\s{1,3})?\Z",
    re.IGNORECASE,
)


def _part_taken(f: Fact) -> Fact | None:
    """The part a whole is counted against in its own words ("17 of the 25 lifts": 17 for the 25), as the whole's
    fact read at the part's figure and words; None when no part leads it."""
    value = f.value
    at = f.start - f.sentence_start
    if not isinstance(value, Quantity) or value.low is None or value.low != value.high or not 0 <= at <= len(f.sentence):
        return None
    match = _PART_BEFORE.search(f.sentence[max(0, at - 60) : at])
    if match is None:
        return None
    written = match.group("n")
    if written[0].isdigit():
        number = float(written.replace(",", ""))
    else:
        words = parse_number_words(written, 0)
        if words is None or words[1] != len(written):
            return None
        number = words[0]
    if not 0 < number < value.low:
        return None
    return dataclasses.replace(f, value=dataclasses.replace(value, low=number, high=number), text=written)


def _judge_figures(a: _Side, b: _Side, params: Mapping[str, object], largest: int) -> Verdict:
    """A pair's verdict; when it is a conflict and one side is the whole of a part its own words count ("17 of the 25
    lifts"), the part is weighed too: the other outlet may state the part ("17 lifts"), the claim the two reports
    share, and then they agree; or the other's own words may tell it as a scope the part is a piece of ("18 lifts,
    counting a goods lift"), and then the two count different sets, as the part alone would have been judged."""
    verdict = _judge_figure_values(a, b, params, largest)
    if verdict[0] != "conflict":
        return verdict
    for whole, other in ((a, b), (b, a)):
        part = _part_taken(whole.fact)
        if part is None:
            continue
        as_part = _Side(whole.article, part, whole.key)
        as_part.group_size = whole.group_size
        status, cause, detail = _judge_figure_values(as_part, other, params, largest)
        if status == "agree":  # (the part must be the other figure itself: near it is no reading of it)
            return status, cause, f"{whole.article.outlet}'s figure is the whole; the part it counts ({part.text}) is the same"
        if (status, cause) == ("compatible", "scope"):  # (a scope the words tell, never a figure merely near the part)
            return status, cause, f"{whole.article.outlet}'s figure is the whole; the part it counts ({part.text}): {detail}"
    return verdict


def _in_story_currency(
    fa: Fact, qa: Quantity, fb: Fact, qb: Quantity, params: Mapping[str, object]
) -> tuple[Quantity, Quantity] | None:
    """Two amounts, one named only by a shared name ("$285 million") and the other pinned to a currency ("about USD
    210 million", "EUR 190m"), in a story whose reports name another currency of that shared name: the bare amount is
    read in that one, as its country's outlets write it, and the pinned one is its conversion for readers abroad.
    None when that currency is one no table knows (no rate can say whether the two agree)."""
    story = params.get(_STORY_CURRENCIES)
    if not story or not (is_money(qa) and is_money(qb)):
        return qa, qb
    assert isinstance(story, Mapping)
    for bare, f, pinned, g in ((qa, fa, qb, fb), (qb, fb, qa, fa)):
        own = story.get(bare.unit or "", frozenset())
        if not own or pinned.unit in own or not may_also_be(bare.unit, f.text) or may_also_be(pinned.unit, g.text):
            continue  # (a pinned amount in the story's own currency: the pair is read as written, below)
        if None in own:
            return None
        if len(own) == 1:
            moved = dataclasses.replace(bare, unit=next(iter(own)))
            return (moved, pinned) if bare is qa else (pinned, moved)
    return qa, qb


def _event_currencies(facts: Iterable[Fact]) -> Mapping[str, object]:
    """The currencies the event's reports name besides the usual reading of a shared name, read once per event."""
    return {_STORY_CURRENCIES: story_currencies(facts)}


_STORY_CURRENCIES = "_story_currencies"  # as _IMPLIED_RATES: a key no rule can set


def _in_shared_currency(fa: Fact, qa: Quantity, fb: Fact, qb: Quantity, approx: float) -> tuple[Quantity, Quantity]:
    """Two amounts in different currencies, one of them named only by a name the other's currency shares ("21.4
    million dollars" beside "A$21.4m"), are read in the named one when so read they do not disagree: a story's own
    country writes its dollar bare. A name that is no one currency ("francs", "pesos") has no rate of its own, so
    beside a code its name may mean it is always read in that code. So read, two numbers whose digits are the same
    with two neighbours swapped ("1.47 million dollars" beside "A$1.74m") are one amount mistyped, as a conversion
    lands on the swapped digits rarely. Otherwise they stay as written, and the exchange rate judges them (a wire's
    "$14.5 million" beside "A$21.4m" is its conversion)."""
    if qa.unit == qb.unit:
        return qa, qb
    if is_money(qb) and qb.unit in may_also_be(qa.unit, fa.text):
        moved = dataclasses.replace(qa, unit=qb.unit)
        if (
            not is_money(qa) or quantity_relation(moved, qb, approx_tolerance=approx) != "disjoint"
            or _swapped_amounts(moved, qb) or _rounded_amounts(moved, qb)
        ):
            return moved, qb
    elif is_money(qa) and qa.unit in may_also_be(qb.unit, fb.text):
        moved = dataclasses.replace(qb, unit=qa.unit)
        if (
            not is_money(qb) or quantity_relation(qa, moved, approx_tolerance=approx) != "disjoint"
            or _swapped_amounts(qa, moved) or _rounded_amounts(qa, moved)
        ):
            return qa, moved
    return qa, qb


def _in_unit_read(f: Fact, q: Quantity) -> Fact:
    """``f`` with its value in the currency the pair reads it in ("21 million dollars" read as the story's own
    Australian dollar beside "A$21.4m"), so the rounding checks, which read a fact's own value, weigh the two
    amounts in one unit; ``f`` itself when its unit is already that one, or when the pair read it converted (its
    numbers changed too: an exchange rate's reading is no rounding of the digits written)."""
    value = f.value
    if not isinstance(value, Quantity) or value.unit == q.unit or (value.low, value.high) != (q.low, q.high):
        return f
    return dataclasses.replace(f, value=dataclasses.replace(value, unit=q.unit))


def _rounded_amounts(qa: Quantity, qb: Quantity) -> bool:
    """Two exact amounts, one written to fewer digits (two significant at least) that the other rounds to: "21
    million dollars" beside "A$21.4m" is the story's own dollar rounded, as a conversion lands on the very digits
    the other amount rounds to rarely. One significant digit ("20 million") rounds too much to tell."""
    x, y = _point(qa), _point(qb)
    if x is None or y is None or x == y or qa.low != qa.high or qb.low != qb.high or qa.approximate or qb.approximate:
        return False
    coarse, fine = (x, y) if last_digit_step(x) > last_digit_step(y) else (y, x)
    digits = significant_digits(coarse)
    if digits is None or len(digits[0]) < 2 or last_digit_step(fine) >= last_digit_step(coarse):
        return False
    return _rounds_to(fine, coarse, last_digit_step(coarse))


def _swapped_amounts(qa: Quantity, qb: Quantity) -> bool:
    """Two exact amounts whose numbers, two significant digits or more, are the same with two neighbours swapped."""
    x, y = _point(qa), _point(qb)
    if x is None or y is None or qa.low != qa.high or qb.low != qb.high:
        return False
    digits = significant_digits(x)
    return digits is not None and len(digits[0]) >= 2 and digits_swapped(x, y)


def _judge_figure_values(a: _Side, b: _Side, params: Mapping[str, object], largest: int) -> Verdict:
    qa, qb = a.fact.value, b.fact.value
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    pointed = _judge_direction(a, b, largest)
    if pointed:
        return pointed
    if qa.unit == ORDINAL or qb.unit == ORDINAL:
        return _judge_ordinals(a, b, largest)
    approx = float(params["approx_tolerance"])  # type: ignore[arg-type]
    if (qa.unit is None) != (qb.unit is None) and a.fact.frame and b.fact.frame and a.fact.frame.key == b.fact.frame.key:
        # "Smith, 38," and "the 38-year-old": one claim, one of them leaving its unit unsaid.
        bare_a = qa.unit is None
        unit = qa.unit or qb.unit
        qa, qb = dataclasses.replace(qa, unit=unit), dataclasses.replace(qb, unit=unit)
        other_scale = _OTHER_SCALE.get(unit or "")
        if other_scale and quantity_relation(qa, qb, approx_tolerance=approx) == "disjoint":
            # "minus six" beside "21F": a reading with no scale may be in the other one (-6 C is 21 F)
            bare, scaled = (qa, qb) if bare_a else (qb, qa)
            if quantity_relation(dataclasses.replace(bare, unit=other_scale), scaled, approx_tolerance=approx) != "disjoint":
                return "compatible", "arithmetic", f"a reading with no scale, the same in {other_scale}"
    own = _in_story_currency(a.fact, qa, b.fact, qb, params)
    if own is None:
        return "compatible", "arithmetic", "one amount is in the story's own currency, whose rate no table knows"
    qa, qb = _in_shared_currency(a.fact, own[0], b.fact, own[1], approx)
    qa, qb = in_local_currency(a.fact, qa, b.fact, qb)
    if written_as_share(a.fact) or written_as_share(b.fact):
        if (qa.low, qa.high, qa.qualifier) == (qb.low, qb.high, qb.qualifier):
            return "agree", "equal", "the same figure"  # "nine in ten" and "90 percent"
        qa, qb = _as_round_share(a.fact, qa), _as_round_share(b.fact, qb)
    qa, qb = _in_dozens(a.fact, qa), _in_dozens(b.fact, qb)
    qa, qb = _nearly_a_fraction(a.fact, qa), _nearly_a_fraction(b.fact, qb)
    # (bounds closed where their rounding ends for the relation only: the checks below read the bound as written; a
    # bound against a hedged figure, "at least 1.2 million" and "about 1.5 million", is two roundings, left open)
    reach_a = qa if qb.approximate else floor_reach(a.fact, qa)
    reach_b = qb if qa.approximate else floor_reach(b.fact, qb)
    rel = quantity_relation(qa, qb, approx_tolerance=approx, written_reach=True)
    if (reach_a, reach_b) != (qa, qb) and rel != "equal":
        rel = quantity_relation(reach_a, reach_b, approx_tolerance=approx, written_reach=True)
        if rel == "equal":
            rel = "overlap"  # ("at least 40" and "more than 40", both closed alike, are still two statements)
    converted = qa.unit != qb.unit
    if rel == "disjoint":
        unsaid = _denominator_left_unsaid(a.fact, b.fact) or _denominator_left_unsaid(b.fact, a.fact)
        if unsaid:
            return "compatible", "arithmetic", unsaid
    nautical = at_sea_in_nautical_miles(a.fact, qa, b.fact, qb) if rel == "disjoint" else None
    if nautical and quantity_relation(*nautical, approx_tolerance=approx, written_reach=True) != "disjoint":
        return "compatible", "arithmetic", "the same distance with the miles, told at sea, read as nautical miles"
    if rel == "equal":
        if converted and not ({qa.unit, qb.unit} <= _CLOCK_SECONDS.keys() and any(map(_told_as_clock, (a.fact, b.fact)))):
            return "compatible", "arithmetic", "the same figure after unit conversion"
        return "agree", "equal", "the same figure"
    exchanged = ""
    if rel == "incomparable" and is_money(qa) and is_money(qb):
        implied = params.get(_IMPLIED_RATES, {})
        assert isinstance(implied, dict)
        factor = implied.get((qb.unit, qa.unit))
        day = _rate_day(a, b)
        if factor is not None:
            exchanged = f" at the rate the reports give ({_rate_text(qb.unit or '', qa.unit or '', factor)})"
        else:
            factor = rate(qb.unit or "", qa.unit or "", day) if day else None
            if day is None or factor is None:
                return "compatible", "arithmetic", "amounts in two currencies; no exchange rate is known for them"
            exchanged = f" at the rate of {day:%d %B %Y} ({_rate_text(qb.unit or '', qa.unit or '', factor)})"
        qb_there = in_currency(qb, qa.unit or "", factor)
        rel = quantity_relation(qa, qb_there, approx_tolerance=approx)
        if rel != "disjoint" or _relative_gap(qa, qb_there, approx) <= CONVERSION_SLACK:
            return "compatible", "arithmetic", "the same amount" + exchanged
        qb, converted = qb_there, True
    if rel == "incomparable":
        return "compatible", "scope", "different kinds of quantity: not comparable"
    if rel in ("contains", "within", "overlap") and _ranges_apart(qa, qb) and _both_ends_written(a.fact, b.fact):
        # (one span inside the other is no vaguer telling of it: weighed as two figures that differ, so a span moved
        # in a later report, "aged five to 16" then "five to 18", is still read as the update it is)
        rel = "disjoint"
    if rel in ("contains", "within", "overlap") and _ceilings_apart(qa, qb, approx):
        moved_ceiling = _plan_revised_later(a, b, params)
        if moved_ceiling:
            # ("up to 2,500" at first, "up to 3,000" in a report that tells the plan amended since; not a headline's
            # word of change alone: "two more routes added" is no ceiling moved)
            return moved_ceiling
        return "conflict", _disagreement(a, b, largest), "the two give different figures for the most it reaches"
    if rel in ("contains", "within", "overlap") and _thresholds_apart(a.fact, b.fact, qa, qb):
        return "conflict", _disagreement(a, b, largest), "the two draw the line of whom it covers at different figures"
    if rel in ("contains", "within", "overlap") and _floors_a_slip_apart(a, b, qa, qb):
        return "conflict", "error", "two floors of one figure, one typing slip apart: one of them is mistyped"
    if rel in ("contains", "within", "overlap") and not converted and (qa.low == qa.high or qb.low == qb.high):
        # ("more than 34 schools" and "43 schools": a bound holds the other figure, yet its digits are the other's
        # swapped; two bounds, "up to 1,500" and "less than 5,100", may both fence one figure)
        slip = _mistyped(a.fact, b.fact, _stated_as_exact(qa), _stated_as_exact(qb), bound=True)
        if slip:
            return "conflict", "error", slip
    if (
        rel in ("contains", "within", "overlap") and not _bound_excludes(a.fact, b.fact)
        and not _far_under_ceiling(reach_a, reach_b, approx) and not _short_of_and_past(qa, qb)
        and not (not converted and _two_estimates(a, b, qa, qb))
    ):
        if converted and _converted_apart(a.fact, b.fact, qa, qb):
            return "conflict", "error", "two figures written to the unit, one converted, that convert to different figures"
        if converted:
            return "compatible", "arithmetic", "the same figure after unit conversion"
        slip = _mistyped_in_the_story(a, b) if _hedged_not_bounded(qa, qb) else ""
        if slip:
            # ("nearly 700 million" holds both "683 million", which two outlets give, and one outlet's "638 million":
            # the hedge rounds the figure that stood, and the swapped copy is no figure it rounds)
            return "conflict", "error", slip
        return "compatible", "precision", "one figure is hedged or vaguer"
    # Disjoint intervals: is there a reason a reader would accept?
    totals = params.get(_PART_TOTALS, {})
    assert isinstance(totals, dict)
    for part, whole in ((a, b), (b, a)):
        total = totals.get(part.fact.id)
        value = whole.fact.value
        if total is not None and isinstance(value, Quantity) and value.unit is None and value.low is not None:
            summed = Quantity(total, total)
            if quantity_relation(summed, value, approx_tolerance=approx, written_reach=True) != "disjoint":
                return "compatible", "arithmetic", f"{part.article.outlet} gives parts that add up to {whole.article.outlet}'s figure"
    over_time = (
        _same_over_time(a.fact, b.fact, qa, qb) or _rate_over_its_span(a.fact, b.fact, qa, qb)
        or _with_the_rest(a.fact, b.fact, qa, qb) or _by_and_to(a.fact, b.fact, qa, qb)
    )
    if over_time:
        return "compatible", "arithmetic", over_time
    per_item = (
        _per_item_total(a.fact, b.fact, qa, qb) or share_of_told_whole(a.fact, b.fact, qa, qb)
        or _listed_sum_within(a.fact, b.fact, qa, qb)
    )
    if per_item:
        return "compatible", "arithmetic", per_item
    named_part = (
        _part_named_beside(a.fact, b.fact, qa, qb) or _rest_of_a_listed_part(a.fact, b.fact, qa, qb)
        or _a_part_counted(qa, qb) or _told_wider(a.fact, b.fact, qa, qb)
        or _whole_told_with_part(a.fact, b.fact, qa, qb)
    )
    if named_part and not _part_mistyped(a, b):
        return "compatible", "scope", named_part
    longer = _over_a_longer_run(a.fact, b.fact, reach_a, reach_b) or _over_a_longer_run(b.fact, a.fact, reach_b, reach_a)
    if longer:
        return "compatible", "scope", longer
    differ = _sources_differ(a, b) if not _one_body_credited(a, b) else None
    fa, fb = _in_unit_read(a.fact, qa), _in_unit_read(b.fact, qb)
    rounded = (
        params["rounding"] and (_measure_rounds(a.fact) or _measure_rounds(b.fact)) and _rounds_together(a.fact, b.fact)
        and not differ
    ) or (params["rounding"] and not differ and (_written_rounded(fa, fb) or _rounded_count(fa, fb))) or (
        params["rounding"] and differ and (_rounded_count(fa, fb, fewest=2) or _written_rounded(fa, fb, fewest=2))
    )
    if rounded and not _swapped_exactly(qa, qb):
        # (Two sources' figures are two figures: "$184 million" per one and "$200 million" per
        # another is not one amount rounded; but "1.1 million" per one and "1,112,000" per another, rounded
        # to two digits or more, is the one figure each source had.)
        return "compatible", "precision", "the same figure rounded"
    fraction = _nearest_fraction(a.fact, b.fact, qa, qb) or _nearest_fraction(b.fact, a.fact, qb, qa)
    if fraction:
        return "compatible", "precision", fraction
    tolerance = float(params["tolerance"])  # type: ignore[arg-type]
    if tolerance and _relative_gap(qa, qb, approx) <= tolerance:
        return "compatible", "precision", f"within {tolerance:.0%}"
    if converted and _one_number(qa, qb):
        return "conflict", "error", f"the same number in {qa.unit} and in {qb.unit}: one unit is written wrongly"
    instead = (
        _instead_of_plan(a, b, params) or _names_what_it_replaced(a, b, params) or _first_reading_told(a, b, params)
        or _earlier_told_beside(a, b, params) or _changed_from_its_set_figure(a, b, params)
        or _told_now_after_a_standing_figure(a, b, params)
    )
    if instead:
        return instead
    slip = (
        _mistyped(a.fact, b.fact, qa, qb) or _mistyped(a.fact, b.fact, _stated_as_exact(qa), _stated_as_exact(qb))
        or _mistyped_in_the_story(a, b)
    )  # ("up to 460 jobs" against a later "640 jobs": the bound's number with two digits swapped, no figure that moved)
    if slip:
        return "conflict", "error", slip
    verdict = (
        _update(a, b, params) or _after_a_partial_count(a, b, params) or _read_at_other_moments(a, b, params)
        or _superseded(a, b, params)
        or ((_told_with_its_change(a, b) or _told_with_its_increment(a, b)) if params["updates"] else None)
        or _changed_later(a, b, params)
    )
    if verdict:
        return verdict
    if differ and params["updates"] and _revised_later(a, b):
        return "compatible", "update", "a revised figure, reported later"
    left = (
        _left_later(a, b, params) or _risen_later(a, b, params) or _reread_later(a, b, params)
        or _told_now_later(a, b, params) or _outturn_of_an_estimate(a, b, params)
        or _headline_tells_the_move(a, b, params) or _plan_revised_later(a, b, params)
    )
    if left:
        return left
    if differ:
        return "conflict", "source_difference", f"{a.article.outlet} credits {differ[0]}; {b.article.outlet} credits {differ[1]}"
    moved = _moved_later(a, b, params)
    if moved:
        return moved
    if (
        params["updates"] and (_explained_by_revision(a, b) or _revised_later(a, b))
        and not (_set_against_another(a.fact) or _set_against_another(b.fact))
    ):
        return "compatible", "update", "a revised figure"
    if exchanged:
        return "conflict", _disagreement(a, b, largest), "the amounts differ" + exchanged
    return "conflict", _disagreement(a, b, largest), "the figures cannot both be true"


# "2 grams per 100 grams", "15 mg per 100 ml": a figure in a unit over a counted denominator of its own
_OVER_A_DENOMINATOR = re.compile(
    r"(?P<n>\d[\d,]*(?:\.\d+)?)\s*[A-Za-z]+\s+(?:per|for\s+every|in\s+every)\s+\d[\d,]*\s*[A-Za-z]+", re.IGNORECASE
)
_PER = re.compile(r"\b(?:per|every|each|a)\s+\d|/", re.IGNORECASE)


def _denominator_left_unsaid(rate: Fact, other: Fact) -> str:
    """ "2 grams per 100 grams" against another outlet's "no more than 2 grams": the second gives the rate's own
    number in its unit and leaves the denominator unsaid, as news often does once a rule's basis is known, so the two
    tell one figure (extraction reads the rate over one of its base unit, 20 grams a kilogram, which the bare figure
    never meets). Only when the other figure names no denominator of its own and its number is the rate's as
    written."""
    q_rate, q_other = rate.value, other.value
    if not isinstance(q_rate, Quantity) or not isinstance(q_other, Quantity) or q_rate.unit != q_other.unit:
        return ""
    told = _OVER_A_DENOMINATOR.search(rate.text)
    if told is None or _PER.search(other.text):
        return ""
    number = stated_number(q_other)
    if number is None or number != float(told.group("n").replace(",", "")):
        return ""
    return f"“{other.text}” is the rate “{rate.text}” with its denominator left unsaid"


def _judge_ordinals(a: _Side, b: _Side, largest: int) -> Verdict:
    """ "her fifth title" against "her fourth title": an ordinal is exact (no hedge, no rounding, no
    tolerance), so two ordinals agree when equal and conflict otherwise; an ordinal and a count ("the
    fifth title", "five titles") are two claims, never compared."""
    qa, qb = a.fact.value, b.fact.value
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    if qa.unit != qb.unit:
        return "compatible", "scope", "which one and how many: not comparable"
    if (qa.low, qa.high) == (qb.low, qb.high):
        return "agree", "equal", "the same figure"
    slip = _mistyped(a.fact, b.fact, qa, qb)
    if slip:
        return "conflict", "error", slip
    differ = _sources_differ(a, b)
    if differ:
        return "conflict", "source_difference", f"{a.article.outlet} credits {differ[0]}; {b.article.outlet} credits {differ[1]}"
    return "conflict", _disagreement(a, b, largest), "the two name different places in the order"


# How many of each period a year holds: "2,400 tonnes a year" is "200 tonnes a month".
_PERIODS_A_YEAR = {"second": 31_536_000.0, "minute": 525_600.0, "hour": 8_760.0, "day": 365.0, "week": 52.0,
                   "fortnight": 26.0, "month": 12.0, "quarter": 4.0, "year": 1.0, "annum": 1.0}
_ADVERB_PERIODS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day"}
_PER_PERIOD = re.compile(
    r"\b(?:(?:a|an|per|each|every)\s+(?P<p>second|minute|hour|day|week|fortnight|month|quarter|year|annum)"
    r"|(?P<adv>annually|yearly|monthly|weekly|daily))\b(?!\s+(?:ago|later|earlier|before)\b)",  # (not "a week ago")
    re.IGNORECASE,
)
_EVERY_PERIOD = re.compile(
    r"\b(?:every|each)\s+(?P<p>second|minute|hour|day|week|fortnight|month|quarter|year)\b", re.IGNORECASE
)
# "over three years", "over the next ten years": a total of a rate kept up that long
_OVER_PERIODS = re.compile(
    r"\bover\s+(?:the\s+)?(?:next\s+|coming\s+|following\s+|first\s+)?(?P<n>\d{1,3}|[a-z]+)\s+"
    r"(?P<p>days|weeks|months|quarters|years)\b",
    re.IGNORECASE,
)
# A total for one whole year or decade, told right after it: "20,800 meal boxes last year", "in the last financial year",
# "over the next decade" (a rate "a week" against it is the same amount put per week).
_YEAR_TOTAL = re.compile(
    r"\b(?:(?:last|this|that|the\s+past)\s+year|in\s+the\s+(?:last|past|previous)\s+(?:financial\s+|fiscal\s+)?year)\b",
    re.IGNORECASE,
)
_DECADE_TOTAL = re.compile(r"\bover\s+(?:a|the\s+(?:next|coming|following|past|last))\s+decade\b", re.IGNORECASE)
_OVER_TIME_SLACK = 0.03  # a rate and its total agree to this fraction once rounded ("2.07 million a year", "6 million over three years")


@functools.lru_cache(maxsize=4096)  # asked for both sides of every pair of figures a slot judges
def _per_year(f: Fact) -> float | None:
    """How many times a year the figure's amount comes, by the words right after its number in its clause:
    12 for "200 tonnes a month", 1/3 for "6 million over three years"; None when it says no period."""
    at = f.start - f.sentence_start
    tail = f.sentence[at : f.end - f.sentence_start + 40]
    tail = re.split(r",(?!\d)|[;:()]|\.(?!\d)", tail, maxsplit=1)[0]  # (not the comma of "1,800")
    per = _PER_PERIOD.search(tail)
    if per is not None:
        period = per.group("p") or _ADVERB_PERIODS[per.group("adv").lower()]
        return _PERIODS_A_YEAR[period.lower()]
    heads = re.split(r",(?!\d)|[;:()]|\.(?!\d)", f.sentence[max(0, at - 60) : at])
    lead = _EVERY_PERIOD.search(heads[-1])
    if lead is None and len(heads) > 1:  # "Every week, the quarry ships ...": set off by its comma
        lead = _EVERY_PERIOD.fullmatch(heads[-2].strip())
    if lead is not None:  # "Every day of the strike costs the port about 40,000": the period leads the clause
        return _PERIODS_A_YEAR[lead.group("p").lower()]
    over = _OVER_PERIODS.search(tail)
    if over is not None:
        count = over.group("n")
        words = None if count.isdigit() else parse_number_words(count, 0)
        n = int(count) if count.isdigit() else (words[0] if words and words[1] == len(count) else None)
        if n:
            return _PERIODS_A_YEAR[over.group("p").lower().rstrip("s")] / n
    if _DECADE_TOTAL.search(tail):
        return 0.1
    if _YEAR_TOTAL.search(tail):
        return 1.0
    return None


def _years_spanned(f: Fact) -> float | None:
    """How many years the figure's clause says a rate is kept up for ("a year on its flood walls over the next decade",
    "a year over five years"), read after the rate's own period; None when it says none."""
    at = f.end - f.sentence_start
    tail = re.split(r",(?!\d)|[;:()]|\.(?!\d)", f.sentence[at : at + 80], maxsplit=1)[0]
    per = _PER_PERIOD.search(tail)
    if per is None:
        return None
    rest = tail[per.end() :]
    if _DECADE_TOTAL.search(rest):
        return 10.0
    over = _OVER_PERIODS.search(rest)
    if over is None or over.group("p").lower() != "years":
        return None
    return _count_written(over.group("n"))


def _count_written(count: str) -> float | None:
    """A count written in digits or as a whole number word ("12", "five"); None for anything else."""
    if count.isdigit():
        return float(count)
    words = parse_number_words(count, 0)
    return words[0] if words and words[1] == len(count) else None


# "a ten-year contract worth 1.4 billion", "the 25-year concession, worth ...": the years a deal runs, told before its
# total in the total's clause (not an age: "a 38-year-old").
_YEARS_BEFORE = re.compile(r"\b(?P<n>\d{1,2}|[a-z]+)[-\s]years?\b(?![-\s]old\b)(?P<rest>[^,;:()]*)\Z", re.IGNORECASE)


def _years_told_before(f: Fact) -> float | None:
    """How many years the figure's own clause says the whole it totals runs for, told before it ("a ten-year contract
    worth 1.4 billion"); None when it says none."""
    at = f.start - f.sentence_start
    if not 0 <= at <= len(f.sentence):
        return None
    told = _YEARS_BEFORE.search(f.sentence[max(0, at - 60) : at])
    if told is None or _DIGITS.search(told.group("rest")):
        return None
    years = _count_written(told.group("n"))
    return years if years is not None and years > 1 else None


def _rate_over_its_span(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """A yearly rate whose clause gives the years it is kept up for ("200 million a year ... over the next decade")
    against a figure with no period of its own ("2 billion"): the rate over its span is the total."""
    if qa.unit != qb.unit or qa.vague or qb.vague:
        return ""
    for yearly, total, qr, qt in ((a, b, qa, qb), (b, a, qb, qa)):
        years = _years_spanned(yearly) or _years_told_before(total)
        if years is None or _per_year(yearly) != 1.0 or _per_year(total) is not None:
            continue
        x, y = stated_number(qr), stated_number(qt)
        if x and y and abs(x * years - y) / max(x * years, y) <= _OVER_TIME_SLACK:
            return f"{yearly.text} a year over {_number(years)} years makes {total.text}"
    return ""


def _same_over_time(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """ "€12.5m a month" and "€150 million a year", "80 million a year" and "800 million over the next ten years":
    one amount told over two periods. Only when both sides say their period and the periods differ."""
    if qa.unit != qb.unit or qa.vague or qb.vague:
        return ""
    pa, pb = _per_year(a), _per_year(b)
    if pa is None or pb is None or pa == pb:
        return ""
    x, y = stated_number(qa), stated_number(qb)
    if not x or not y:
        return ""
    yearly_a, yearly_b = x * pa, y * pb
    # (a hedged rate, "about 900 a week", is put per year only as roughly as it is written)
    slack = max(_OVER_TIME_SLACK, float(qa.approximate or qb.approximate) * ROUGHLY)
    if abs(yearly_a - yearly_b) / max(yearly_a, yearly_b) > slack and not _meet_per_year(qa, pa, qb, pb):
        return ""
    return "the same amount over another period"


def _meet_per_year(qa: Quantity, pa: float, qb: Quantity, pb: float) -> bool:
    """Two bounded figures whose reach meets once each is put per year ("just over 3 million a year" and
    "25 million over eight years"): a bound's figure is no amount on its own."""
    (la, ha), (lb, hb) = quantity_interval(qa, written_reach=True), quantity_interval(qb, written_reach=True)
    if not all(map(math.isfinite, (la, ha, lb, hb))) or (qa.low == qa.high and qb.low == qb.high):
        return False
    return la * pa <= hb * pb and lb * pb <= ha * pa


# "beating 63 other bakers", "38 others", "saw off two rival bids": a count of the rest, told beside the one it leaves
# out.
_OTHERS_AFTER = re.compile(r"\s{0,2}(?:others?|rivals?)\b", re.IGNORECASE)


def _with_the_rest(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """ "beating 63 other bakers" and "a field of 64": the others and the one they are set beside make one
    more. Exact counts only, with no unit."""
    for rest, whole, qr, qw in ((a, b, qa, qb), (b, a, qb, qa)):
        if qr.unit or qw.unit or qr.low is None or qr.low != qr.high or qw.low != qw.high or qw.low is None:
            continue
        after = rest.end - rest.sentence_start
        if _OTHERS_AFTER.match(rest.sentence, after) and not _OTHERS_AFTER.match(whole.sentence, whole.end - whole.sentence_start):
            if qw.low == qr.low + 1:
                return f"the {_number(qr.low)} others and the one beside them make {_number(qw.low)}"
    return ""


# A part a count's own words name beside it: after the larger figure, the part it takes in ("64 levels, three of them
# underground", "11,000 tents, counting 2,000 sent earlier"); after the smaller, what its sentence lists with it
# ("30 fishing boats and 9 tugs"). Bounded: a short run of words with no figure or clause end between.
_PART_CUE_AFTER = re.compile(r"\b(?:counting|including|among them|of which|of whom)\s+", re.IGNORECASE)
_THEM_CUE_AFTER = re.compile(r"[^.;:!?\d]{0,40}?,\s*")
_OF_THEM = re.compile(r"\s+of\s+(?:them|which|whom)\b", re.IGNORECASE)
_LISTED_CUE_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){1,3}(?:and|plus)\s+", re.IGNORECASE)
_PART_REACH = 100  # characters after a figure where a part of it is named
_NOUN_NEXT = re.compile(r"\s+[a-z]", re.IGNORECASE)
_CLAUSE_OR_FIGURE = re.compile(r"[\d.;:!?]")


def _number_at(text: str, at: int) -> tuple[float, int] | None:
    """The number written at ``at`` (digits or number words) and where it ends."""
    digits = _DIGITS.match(text, at)
    if digits:
        return float(digits.group().replace(",", "")), digits.end()
    words = parse_number_words(text, at)
    return (words[0], words[1]) if words else None


def _a_part_counted(qa: Quantity, qb: Quantity) -> str:
    """The smaller count names a group that is a strict part of what the larger one's noun counts ("186 passengers"
    against "192 people" on board, who include the crew): a part and its whole, not one count twice. A part larger
    than its whole stays a conflict."""
    if qa.unit != qb.unit or qa.low is None or qb.low is None or not (qa.counted and qb.counted):
        return ""
    small, large = sorted((qa, qb), key=lambda q: q.low or 0.0)
    if small.low == large.low or not part_of(small.counted or "", large.counted or ""):
        return ""
    if digits_swapped(small.low or 0.0, large.low or 0.0):
        return ""  # "168 passengers" against "186 people": a slip of the keyboard is likelier than a crew of 18
    return f"{small.counted} are only part of the {large.counted} counted"


def _told_wider(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """The larger figure's own sentence tells it as a wider count than its noun alone ("2,100 pickers, including
    seasonal hands", "62,000 patients worldwide", "up to 9,000 shoppers on Saturdays") and the smaller one's says
    nothing of the kind: a whole and a part, not one count twice. Two figures one typing slip
    apart ("380 staff" against "830 employees, including contractors") stay a conflict: a slip is likelier than a
    part that lands on the same digits."""
    # (a ceiling, "up to 9,000 on Saturdays", is as large as the most it reaches)
    size_a, size_b = (qa.low if qa.low is not None else qa.high), (qb.low if qb.low is not None else qb.high)
    if qa.unit != qb.unit or size_a is None or size_b is None:
        return ""
    (small, q_small, _), (large, q_large, size_large) = sorted(((a, qa, size_a), (b, qb, size_b)), key=lambda side: side[2])
    if q_small.low is None or size_large <= (q_small.high if q_small.high is not None else q_small.low):
        return ""  # (the smaller figure a ceiling, "at most 1.1 million": it may be any part of itself)
    if _mistyped(a, b, _stated_as_exact(qa), _stated_as_exact(qb)):
        return ""
    cue = _scope_cues(large)[0]
    if cue and not _scope_cues(small)[0]:
        return f"{large.text} is told as a wider count ({cue}) than {small.text}"
    # the mirror case: the smaller figure's own words narrow it to a part ("900 trams run by a private operator")
    narrow = _scope_cues(small)[1]
    if narrow and not _scope_cues(large)[1]:
        return f"{small.text} is told as a narrower count ({narrow}) than {large.text}"
    # words that tell one count as a part and the other as its whole ("cutting 140 jobs" against "210 staff work
    # there"), unless the larger is told as such a part too (two cuts)
    kinds = sorted(_scope_cues(small)[2] & _scope_cues(large)[3] - _scope_cues(large)[2])
    if kinds:
        return f"{small.text} and {large.text} are told as a part and its whole ({kinds[0]})"
    # the larger figure told as a whole group ("all 40 ferries") and the smaller one's noun naming a part of it
    part = narrowed_within(small, large)
    if part:
        return f"{small.text} names a part ({part}) of {large.text}, told as the whole"
    # the smaller figure's noun restricted by a word the larger one's bare noun lacks ("the 410 regional trams"
    # against "about 640 trams")
    part = restricted_within(small, large)
    if part:
        return f"{small.text} counts only some ({part}) of the {large.text} counted"
    return ""


# A figure's scope cues (``told_wider``, ``told_narrower``), read once per fact and vocabulary: they read the fact's
# own sentence only, yet every pair of its slot asked them again (in a 140-article event 221,333 phrase searches for
# 8,477 pairs). Held by fact, as ``_personal_of`` is, and emptied with the event's caches.
_ScopeCues = tuple[str, str, frozenset[str], frozenset[str]]
_scope_of: dict[int, tuple[Fact, ScopeWords, _ScopeCues]] = {}
_SCOPE_HELD = 8192


def _scope_cues(f: Fact) -> _ScopeCues:
    """(``told_wider(f)``, ``told_narrower(f)``, ``told_as_parts(f)``, ``told_as_wholes(f)``) under the active
    vocabulary."""
    vocabulary = load_scope_words()
    held = _scope_of.get(id(f))
    if held is not None and held[0] is f and held[1] is vocabulary:
        return held[2]
    if len(_scope_of) >= _SCOPE_HELD:
        _scope_of.clear()
    cues = (
        told_wider(f, vocabulary), told_narrower(f, vocabulary), told_as_parts(f, vocabulary),
        told_as_wholes(f, vocabulary),
    )
    _scope_of[id(f)] = (f, vocabulary, cues)
    return cues


def _part_named_beside(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """Two exact counts that differ by a part one report's own words name beside its figure: the larger one takes the
    part in ("64 levels, three of them underground" against "61 floors"; "11,000 tents, counting 2,000 sent earlier"
    against "9,000"), or the smaller one is listed with it ("30 fishing boats and 9 tugs" against "39 boats"). The two
    counts then measure a whole and what is left of it, not one thing twice. "Three dockers were hurt, one of them
    badly" against "two dockers were hurt" counts one thing: a part told "of them" counts only when the two figures
    name different things (levels and floors)."""
    if qa.unit != qb.unit or qa.low is None or qb.low is None or qa.low != qa.high or qb.low != qb.high:
        return ""
    if qa.low == qb.low or qa.approximate or qb.approximate:
        return ""
    (small, q_small), (large, q_large) = sorted(((a, qa), (b, qb)), key=lambda side: side[1].low or 0.0)
    part = (q_large.low or 0.0) - (q_small.low or 0.0)
    text, end = large.sentence, large.end - large.sentence_start
    if not 0 <= end <= len(text):
        return ""
    window = text[end : end + _PART_REACH]
    for cue in _PART_CUE_AFTER.finditer(window):
        if _CLAUSE_OR_FIGURE.search(window, 0, cue.start()):
            break
        read = _number_at(window, cue.end()) or _one_counted(window, cue)
        if read and read[0] == part:
            return f"{large.text} takes in the {_number(part)} its own words name beside it"
    them = _THEM_CUE_AFTER.match(window)
    nouns = {(q.counted or "").lower() for q in (q_small, q_large)}
    if them and "" not in nouns and len(nouns) == 2:
        read = _number_at(window, them.end())
        if read and read[0] == part and _OF_THEM.match(window, read[1]):
            return f"{large.text} takes in the {_number(part)} its own words name beside it"
    text, end = small.sentence, small.end - small.sentence_start
    listed = _LISTED_CUE_AFTER.match(text, end) if 0 <= end <= len(text) else None
    if listed:
        read = _number_at(text, listed.end())
        if read and read[0] == part and _NOUN_NEXT.match(text, read[1]):
            return f"{small.text} and the {_number(part)} listed with it make {large.text}"
    return ""


def _listed_sum_within(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """An exact count whose sentence lists a second part with it ("45 trawlers and 16 tugs") against a bound or a
    hedge the sum of the two meets ("more than 60 vessels"): the other outlet told the whole the report gives in
    parts. ``_part_named_beside`` weighs two exact counts; a sum the other figure cannot hold stays a conflict."""
    if qa.unit != qb.unit or qa.unit is not None:
        return ""
    for listed, q_listed, other, q_other in ((a, qa, b, qb), (b, qb, a, qa)):
        if q_listed.low is None or q_listed.low != q_listed.high or q_listed.approximate or q_listed.qualifier:
            continue
        if q_other.low is not None and q_other.low == q_other.high and not (q_other.approximate or q_other.qualifier):
            continue  # (two exact counts: ``_part_named_beside``)
        text, end = listed.sentence, listed.end - listed.sentence_start
        cue = _LISTED_CUE_AFTER.match(text, end) if 0 <= end <= len(text) else None
        read = _number_at(text, cue.end()) if cue else None
        if read is None or not _NOUN_NEXT.match(text, read[1]):
            continue
        total = q_listed.low + read[0]
        if quantity_relation(Quantity(total, total), q_other, written_reach=True) != "disjoint":
            return f"{listed.text} and the {_number(read[0])} listed with it make {_number(total)}, which {other.text} holds"
    return ""


def _rest_of_a_listed_part(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """An exact count that lists a part of itself with its number ("9,130 people, including 1,210 on remand") against
    a hedged smaller count ("about 7,900") that is the rest, to the digit the hedge is rounded to: the report's whole
    takes in a group the other outlet leaves out, a whole and a part, not one count twice. The exact case, both
    counts exact, is ``_part_named_beside``; a rounded count is good to half its last written non-zero digit."""
    if qa.unit != qb.unit or qa.low is None or qb.low is None or qa.low == qb.low:
        return ""
    (small, q_small), (large, q_large) = sorted(((a, qa), (b, qb)), key=lambda side: side[1].low or 0.0)
    if not q_small.approximate or q_large.approximate or q_large.low != q_large.high or q_small.low != q_small.high:
        return ""
    written = _DIGITS.search(small.text)
    if written is None or "." in written.group() or float(written.group().replace(",", "")) != q_small.low:
        return ""  # (a scaled or worded figure, "about 8.4 million", "some fourteen hundred": its rounding is not read here)
    digits = written.group().replace(",", "")
    half_step = 10.0 ** (len(digits) - len(digits.rstrip("0"))) / 2
    text, end = large.sentence, large.end - large.sentence_start
    if half_step < 5 or not 0 <= end <= len(text):
        return ""  # (a hedged figure written to its last digit says no rounding)
    window = text[end : end + _PART_REACH]
    for cue in _PART_CUE_AFTER.finditer(window):
        if _CLAUSE_OR_FIGURE.search(window, 0, cue.start()):
            break
        read = _number_at(window, cue.end())
        if read and abs((q_large.low or 0.0) - read[0] - (q_small.low or 0.0)) <= half_step:
            return f"{large.text} takes in the {_number(read[0])} its own words name beside it; {small.text} is the rest"
    return ""


# "counting a deputy who resigned": one more, named by the article alone after "counting"
_ONE_COUNTED = re.compile(r"(?:a|an)\s+[a-z]", re.IGNORECASE)


def _one_counted(window: str, cue: re.Match[str]) -> tuple[float, int] | None:
    """One, when "counting" is followed by "a" or "an" and a noun ("seven ministers, counting a deputy who quit"):
    the count adds that one to a basis another outlet gives without it. Not "including a child": news lists one
    of a whole so ("seven died, including a child") without adding it to anything."""
    if cue.group().strip().lower() != "counting":
        return None
    one = _ONE_COUNTED.match(window, cue.end())
    return (1.0, one.end()) if one else None


# The whole a part is taken from, told in the part's own sentence: "Of 80 registered divers, only 64 are fit to work"
# (before it), "64 of the 80 divers", "64 out of 80" (right after it). Bounded: a short run of words, no figure between.
_WHOLE_BEFORE = re.compile(
    r"\b(?:out\s{1,3})?of\s{1,3}(?:(?:the|its|their|all)\s{1,3})?(?P<n>\d[\d,]*(?:\.\d+)?)\b[^.;:!?\d]{0,40}\Z",
    re.IGNORECASE,
)
_WHOLE_AFTER = re.compile(
    r"\s{1,3}(?:[a-z-]+\s{1,3}){0,2}?(?:out\s{1,3})?of\s{1,3}(?:(?:the|its|their|all)\s{1,3})?(?P<n>\d[\d,]*(?:\.\d+)?)\b",
    re.IGNORECASE,
)


def _whole_told_with_part(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """The smaller figure's own sentence names the larger one as the whole it is taken from ("Of 80 registered divers,
    only 64 are fit to work" against another outlet's "80 divers"): the report gives both, one as a part of the
    other, so the two outlets count a whole and a part of it, not one thing twice. Only when the whole it names is
    the larger figure's own number."""
    if qa.unit != qb.unit or qa.low is None or qb.low is None or qa.low == qb.low:
        return ""
    (small, q_small), (large, q_large) = sorted(((a, qa), (b, qb)), key=lambda side: side[1].low or 0.0)
    whole = stated_number(q_large)
    at, end = small.start - small.sentence_start, small.end - small.sentence_start
    if whole is None or not 0 <= at <= end <= len(small.sentence):
        return ""
    told = _WHOLE_BEFORE.search(small.sentence[max(0, at - 60) : at]) or _WHOLE_AFTER.match(small.sentence, end)
    if told is None or float(told.group("n").replace(",", "")) != whole:
        return ""
    return f"{small.text} is told as a part of {told.group('n')}, the whole {large.text} counts"


# A figure told for each one of something ("90 million dollars a plane", "40 euros per ticket", "2,000 each"), a few
# words at most after it; a period ("a year", "per day") is a rate over time, weighed by ``_same_over_time``.
_PER_ITEM_AFTER = re.compile(r"\s{0,2}(?:(?:a|an|per|each)\s+(?P<item>[a-z][a-z-]{1,30})\b|each\b)", re.IGNORECASE)
_PERIOD_WORDS = frozenset(
    "second minute hour day night week fortnight month quarter year annum decade season term time".split()
)
# ... or told of each one before it: "each side will free 85 prisoners", "each winner gets 5,000"
_PER_ITEM_BEFORE = re.compile(r"\beach\s+(?P<item>[a-z][a-z-]{1,30})\b[^.;:!?\d]{0,30}\Z", re.IGNORECASE)
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)  # "both sides": a count of two
_WORD_START = re.compile(r"(?<![\w.,])[a-z]", re.IGNORECASE)
_PER_ITEM_SLACK = 0.02  # an exact figure for each one, times the count, against an exact total (news rounds a little)


def _numbers_in(sentence: str, skip: tuple[int, int]) -> list[float]:
    """The numbers a sentence writes, in digits or words, outside the span ``skip``."""
    found = []
    for m in _DIGITS.finditer(sentence):
        if not skip[0] <= m.start() < skip[1]:
            found.append(float(m.group().replace(",", "")))
    for m in _WORD_START.finditer(sentence):
        if skip[0] <= m.start() < skip[1]:
            continue
        words = parse_number_words(sentence, m.start())
        if words is not None:
            found.append(words[0])
    if _BOTH.search(sentence):
        found.append(2.0)
    return found


def _per_item_total(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """One figure told for each one of something ("about 90 million dollars a plane") and the other for all of
    them ("3.6 billion dollars"), when a count either sentence gives (40 jets) times the one makes the other: one
    amount, told per item and in all. The count is read from the two sentences only, and must be two or more."""
    if qa.unit != qb.unit or not qa.low or not qb.low or qa.low != qa.high or qb.low != qb.high:
        return ""
    for each, total, qe, qt in ((a, b, qa, qb), (b, a, qb, qa)):
        at = each.start - each.sentence_start
        cue = _PER_ITEM_AFTER.match(each.sentence, each.end - each.sentence_start) or (
            _PER_ITEM_BEFORE.search(each.sentence[max(0, at - 60) : at]) if at >= 0 else None
        )
        if cue is None or (cue.group("item") or "").lower() in _PERIOD_WORDS or qe.low >= qt.low:  # type: ignore[operator]
            continue
        slack = max(_PER_ITEM_SLACK, float(qe.approximate or qt.approximate) * ROUGHLY * 2)
        # "each side is to free 120 prisoners": the sides of a deal, a swap or a truce are two, unless a number says
        sides = [2.0] if (cue.group("item") or "").lower() == "side" else []
        for fact in (each, total):
            skip = (fact.start - fact.sentence_start, fact.end - fact.sentence_start)
            for count in [*_numbers_in(fact.sentence, skip), *sides]:
                if count >= 2 and count == int(count) and abs(qe.low * count - qt.low) <= slack * qt.low:  # type: ignore[operator]
                    return f"{each.text} for each of {_number(count)} makes {total.text}"
    return ""


# "dropped by 64 percent" and "dropped to 36 percent of its level": a change and the level it leaves.
_BY_BEFORE = re.compile(r"\b(?:by|plus)\s{1,3}(?:(?:about|almost|nearly|around|some|roughly|more than|over|just over|just under)\s{1,3})?\Z", re.IGNORECASE)
_TO_BEFORE = re.compile(r"\bto\s{1,3}(?:(?:about|almost|nearly|around|some|roughly|just)\s{1,3})?\Z", re.IGNORECASE)


def _by_and_to(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> str:
    """A fall told "by" one share and "to" another that together make the whole (64 and 36 percent), or a
    rise "by" one share and to a level of the whole and that share (15 and 115 percent): one change, told
    as the step and as where it ends."""
    if qa.unit != "percent" or qb.unit != "percent":
        return ""
    x, y = stated_number(qa), stated_number(qb)
    if not x or not y:
        return ""
    for by, to, step, level in ((a, b, x, y), (b, a, y, x)):
        before_by = by.sentence[max(0, by.start - by.sentence_start - 40) : by.start - by.sentence_start]
        before_to = to.sentence[max(0, to.start - to.sentence_start - 40) : to.start - to.sentence_start]
        if not (_BY_BEFORE.search(before_by) and (_TO_BEFORE.search(before_to) or level > 100)):
            continue
        slack = max(1.0, 0.1 * min(step, abs(100 - level) or 1))
        if abs(step + level - 100) <= slack or abs(100 + step - level) <= slack:
            return f"a change by {_number(step)} percent leaves {_number(level)} percent"
    return ""


# The shares news writes as words, in percent: a share told so stands for whatever lies nearer to it than to
# its neighbours here ("nearly a fifth" for 17 percent, "almost a tenth" for 8 percent).
_WORD_SHARES = (0.0, 10.0, 20.0, 25.0, 100 / 3, 40.0, 50.0, 60.0, 200 / 3, 75.0, 80.0, 90.0, 100.0)
_NEARLY_SHARE = 0.1  # how far below a share in words "nearly" or "almost" reaches, as a part of the share
_SHARE_SLACK = 0.01  # how far a share read from words may lie from the word share it is (100 / 3 read as 33.33)
_SHARE_WORDS = re.compile(
    r"\b(?:a|one|two|three|four|nine)[\s-]+(?:half|thirds?|quarters?|fifths?|tenths?)\b|\bhalf\b"
    # the same shares told as a ratio: "three in five", "one out of four", "nine in ten"
    r"|\b(?:one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of)\s+(?:two|three|four|five|ten)\b",
    re.IGNORECASE,
)


def _nearest_fraction(worded: Fact, other: Fact, qw: Quantity, qo: Quantity) -> str:
    """ "nearly a fifth" against "17 percent": a share written as a word is as coarse as the shares news
    writes that way, so a percentage nearer to it than to the next such share is that share, on the side its
    hedge allows ("almost" and "nearly" from below, "more than" from above)."""
    if qw.unit != "percent" or qo.unit != "percent" or _SHARE_WORDS.search(worded.text) is None:
        return ""
    if _SHARE_WORDS.search(other.text) is not None or qo.low is None or qo.low != qo.high:
        return ""
    stated, value = stated_number(qw), qo.low
    # (a third is read to the hundredth, 33.33, and rounded again by its reach: the nearest word share is the one)
    at = next((n for n, s in enumerate(_WORD_SHARES) if stated is not None and abs(s - stated) < _SHARE_SLACK), None)
    if at is None:
        return ""
    share = _WORD_SHARES[at]
    low = (_WORD_SHARES[at - 1] + share) / 2 if at else 0.0
    high = (_WORD_SHARES[at + 1] + share) / 2 if at + 1 < len(_WORD_SHARES) else 100.0
    qualifier = (qw.qualifier or "").lower()
    if qualifier in SHORT_OF:
        # (the hedge tells the share is short of the word, so it reaches a tenth of the share below it even past
        # the midpoint: "nearly three quarters" is 70 percent, a writer's rounding up to the word, while "almost a
        # third" stays short of a quarter)
        high, low = share, min(low, share * (1 - _NEARLY_SHARE))
    elif qualifier in ("more than", "over", "above", "at least"):
        low = share
    if not low <= value <= high:
        return ""
    return f"{_number(value)} percent is nearest to “{worded.text}”"


# "52,000 visitors over its three days", "2,700 fans came over the festival week", "40 ferry crossings were dropped over
# two days": a count of a whole run of days, told within a few words of its figure (five at most, its verb among them).
_OVER_A_RUN = re.compile(
    r"(?:\s+[\w’'-]+){0,5}?\s+over\s+(?:(?:its|the|their|all|both|those)\s+){0,2}(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|several)\s+)?"
    r"(?:[a-z]+\s+)?(?:days|weeks|week|weekend|fortnight|festival|fair|season|tour)\b",
    re.IGNORECASE,
)


def _over_a_longer_run(run: Fact, other: Fact, qr: Quantity, qo: Quantity) -> str:
    """ "52,000 visitors over its three days" against "18,400 visitors": a count of a whole run of days is more
    than another outlet's of one of them, not another count of the same. Only the larger on the run's side,
    and only when the other figure says no run of its own."""
    if qr.unit is not None or qo.unit is not None or qr.low is None or qo.high is None or qr.low <= qo.high:
        return ""  # (counts only: an age or a length is no tally of days)
    if not _OVER_A_RUN.match(run.sentence, run.end - run.sentence_start):
        return ""
    if _OVER_A_RUN.match(other.sentence, other.end - other.sentence_start):
        return ""
    return f"{run.text} is counted over a longer run than {other.text}"


def _stated_as_exact(q: Quantity) -> Quantity:
    """A figure as the one number it states: a bound ("more than 40", "up to 250") by its number."""
    x = stated_number(q) if q.qualifier and q.low != q.high else None
    return dataclasses.replace(q, low=x, high=x) if x else q


def _mistyped(a: Fact, b: Fact, qa: Quantity, qb: Quantity, bound: bool = False) -> str:
    """Two figures whose digits are one typing slip apart: two neighbouring digits swapped ("14" and
    "41", "9,200" and "2,900", "3.4" and "4.3") or one string of digits a power of ten away with a scale
    word or a decimal point written ("380,000" and "3.8 million", "41 million" and "410 million"). A count
    that grew or a figure another source gives lands on exactly those digits rarely; a slip of the
    keyboard or of the scale word is common. Two digits at least, and a scale slip needs a written scale:
    "2" and "20", "35" and "350", early and late tolls of one day, stay an update. ``bound``: one figure is a bound or
    hedge that holds the other ("at least 400,000 euros" and "4 million euros"): a single digit a power of ten off
    with a scale word written is a slip too, as a writer who knew the amount topped four million would not bound it at
    a tenth of that (counts left out: "at least 3 dead" and "30 dead" are two tolls)."""
    if qa.unit != qb.unit or qa.low is None or qb.low is None or qa.low != qa.high or qb.low != qb.high:
        return ""
    if bound and qa.low >= 100 and qb.low >= 100 and not digits_swapped(qa.low, qb.low):
        if digits_swapped_as_written(qa.low, qb.low):
            # (a bound's number against a figure it holds, zeros counted as written: "no more than 350" and "305")
            return "the same digits with two of them swapped: one figure is mistyped"
    da, db = significant_digits(qa.low), significant_digits(qb.low)
    if da is None or db is None or len(da[0]) != len(db[0]):
        return ""
    (sa, ma), (sb, mb) = da, db
    if len(sa) < 2:
        one_digit_scale = bound and qa.unit not in (None, "people") and sa == sb and abs(ma - mb) == 1
        if one_digit_scale and any(_SCALE_WORD.search(f.text) for f in (a, b)):
            return "the same digit a power of ten apart: one figure has its scale mistyped"
        return ""
    if sa == sb and ma != mb and abs(ma - mb) <= 3 and any(_SCALE_WORD.search(f.text) or "." in f.text for f in (a, b)):
        return "the same digits a power of ten apart: one figure has its scale mistyped"
    if digits_swapped(qa.low, qb.low):
        return "the same digits with two of them swapped: one figure is mistyped"
    return ""


def _hedged_not_bounded(qa: Quantity, qb: Quantity) -> bool:
    """Whether one of two figures is a rounding or short-of hedge ("about 700 million", "nearly 3,000") and neither is
    a bound or a vague amount: a hedge rounds one figure a writer had, so beside a swapped copy of the figure most
    outlets give it tells that figure, not the copy. A bound ("more than 300") is met by any figure past it, the slip
    too, and a vague amount ("dozens") rounds nothing."""
    if any(q.vague or (q.qualifier or "").lower() in _BOUND_WORDS for q in (qa, qb)):
        return False
    return any(q.approximate for q in (qa, qb))


_BOUND_WORDS = frozenset(LOWER_BOUND) | frozenset(UPPER_BOUND)


def _swapped_exactly(qa: Quantity, qb: Quantity) -> bool:
    """Two exact figures of one unit whose digits, three or more, are the same with two neighbours swapped ("145
    million pounds" and "154 million"): a slip of the keyboard, however near the two lie for a rough measure's
    rounding (money is read rough for conversions, and a conversion lands on the swapped digits rarely)."""
    if qa.unit != qb.unit or qa.low is None or qb.low is None or qa.low != qa.high or qb.low != qb.high:
        return False
    if qa.approximate or qb.approximate or qa.qualifier or qb.qualifier:
        return False
    digits = significant_digits(qa.low)
    return digits is not None and len(digits[0]) >= 3 and digits_swapped(qa.low, qb.low)


# How far apart two exact figures in two units, each written to three significant digits or more, may convert: a writer
# who converts "3,412 metres" writes "11,194 feet", not "11,330" (3,453 metres); rounding a converted figure to
# its last written digit moves it far less than this.
CONVERTED_APART = 0.005


def _converted_apart(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> bool:
    """Two exact measures in two units, each written to three significant digits or more ("3,241 metres", "10,545
    ft"), that convert further apart than ``CONVERTED_APART``: a slip, not a conversion's rounding (money and
    temperatures left out: rates and offset scales are read elsewhere)."""
    if is_money(qa) or is_money(qb) or {qa.unit, qb.unit} & _OTHER_SCALE.keys() or not qa.unit or not qb.unit:
        return False
    if any(q.low is None or q.low != q.high or q.approximate or q.qualifier or q.vague for q in (qa, qb)):
        return False
    for f in (a, b):
        match = _DIGITS.search(f.text)
        if match is None or len(match.group().replace(",", "").replace(".", "").strip("0")) < 3:
            return False
    ba, bb = in_base_units(qa), in_base_units(qb)
    if ba.low is None or bb.low is None or ba.low <= 0 or bb.low <= 0:
        return False
    return abs(ba.low - bb.low) / max(ba.low, bb.low) > CONVERTED_APART


_DOZEN = re.compile(r"\bdozen\Z", re.IGNORECASE)
_ROUGHLY_WORDS = frozenset({"about", "around", "some", "roughly", "approximately", "an estimated", "estimated", "circa"})


def _nearly_a_fraction(f: Fact, q: Quantity) -> Quantity:
    """ "nearly half an hour", "almost half a million": a half in words is as rough as a single digit, so "nearly"
    one reaches a fifth below it (25 minutes is nearly half an hour), as "nearly four hours" does
    (``values.quantity_interval``), and no further above it than a measured figure's slack."""
    if (
        (q.qualifier or "") not in SHORT_OF or q.vague or q.low is None or q.high is None or q.low != q.high
        or q.low <= 0 or not _FRACTION_WORD.search(f.text)
    ):
        return q
    return dataclasses.replace(q, low=q.low * (1 - MOST_SHORT), high=q.high * (1 + ROUGHLY), approximate=False)


# A half standing for its figure ("half an hour", "half a million"), not one added to a whole ("six and a half")
_FRACTION_WORD = re.compile(r"(?<!and a )(?<!and one )\bhalf\b", re.IGNORECASE)


def _in_dozens(f: Fact, q: Quantity) -> Quantity:
    """"a dozen hostages", "two dozen contracts": counted in dozens, so good to a quarter of one either way
    (11 and "a dozen" agree at that precision; 32 and "two dozen" do not)."""
    if (
        not q.approximate or q.vague or (q.qualifier and q.qualifier not in _ROUGHLY_WORDS)
        or q.low is None or q.high is None or not _DOZEN.search(f.text)
    ):
        return q  # ("about a dozen" is as rough as "a dozen"; "more than a dozen" is a bound)
    return dataclasses.replace(q, low=q.low - 3, high=q.high + 3, approximate=False)


def _as_round_share(f: Fact, q: Quantity) -> Quantity:
    """ "a third", "nine in ten": a share in words stands for the percentages round to it (``shares.ROUNDING``
    points either way, not a hedge's tenth of its value); one with a hedge of its own ("more than a
    third") keeps it."""
    if not written_as_share(f) or q.qualifier or q.low is None or q.low != q.high:
        return q
    return dataclasses.replace(q, low=q.low - ROUNDING, high=q.high + ROUNDING, approximate=False)


_OTHER_SCALE = {"celsius": "fahrenheit", "fahrenheit": "celsius"}  # a bare reading may be in either


def _one_number(qa: Quantity, qb: Quantity) -> bool:
    """ "290 million km" and "290 million miles": the numbers as written are one (the units differ)."""
    if not qa.unit or not qb.unit or qa.unit == qb.unit:
        return False
    pairs = ((qa.low, qb.low), (qa.high, qb.high))
    if any((x is None) != (y is None) for x, y in pairs) or all(x is None for x, _ in pairs):
        return False
    return all(x is None or y is None or abs(x - y) <= 0.01 * max(abs(x), abs(y)) for x, y in pairs)


_SCALE_WORD = re.compile(r"\d\s*(?:[mbk]n?|million|billion|trillion|thousand|mn|bn|tn)\b", re.IGNORECASE)


# Hedges that state a ceiling as the figure itself: "up to 1,500 euros", "as many as 9,000 jobs" say the most
# it reaches is that figure. ("fewer than 50", "under 2 percent" only bound it.)
_CEILINGS = frozenset(
    {"up to", "as many as", "as much as", "at most", "a maximum of", "maximum of", "no more than", "not more than"}
)
# A deadline or a radius ("within 36 hours", "within 400 metres") names its most as a ceiling does: two of them are two
# maxima of one figure. Against a single figure it is the rule's reach told as a bound: "within 5 km" holds a nearer
# distance met under the rule, yet a figure far under it ("a 1.5 km zone") is another reach (``_far_under_ceiling``).
_MAXIMA = _CEILINGS | {"within"}
# A line told as a strict bound ("bags under 8 kilograms fly free", "trips of less than two hours", "fewer than 30
# seats"), or a deadline's or radius's "within": two outlets' lines of one figure further apart than a hedge's reach
# are two lines, as two ceilings are two maxima. (A fence against a ceiling, "less than 5,100 euros" against "up to
# 1,500 euros", only fences it; "just under" and "a little under" are a figure told close to its number, read by
# ``values.quantity_interval``.)
_FENCES = frozenset({"under", "less than", "fewer than", "below", "within"})


def _ceilings_apart(qa: Quantity, qb: Quantity, approx: float) -> bool:
    """Two outlets that each put a ceiling on one figure ("up to 1,500 euros a car", "up to 5,100 euros"), or each
    fence it ("under 8 kilograms", "less than 12 kilograms"), name two maxima: both bounds hold every value under the
    lower, but the most it reaches is one figure, so ceilings further apart than a hedge's reach disagree."""
    limits = {(qa.qualifier or "").lower(), (qb.qualifier or "").lower()}
    if not (limits <= _MAXIMA or limits <= _FENCES) or not units_comparable(qa.unit, qb.unit):
        return False
    # (in one unit: "within six miles" and "within 7 km" are two reaches, however each outlet measured it)
    if qa.unit != qb.unit:
        qa, qb = in_base_units(qa), in_base_units(qb)
    x, y = qa.high, qb.high
    return x is not None and y is not None and max(x, y) > 0 and abs(x - y) / max(x, y) > approx


# A span whose two ends are written as figures ("five to 16", "between 25 and 30", "40-60"), not a span a word
# stands for ("in his late twenties", "the mid-1990s", "a dozen or so"): only written ends are limits as stated.
_SPAN_JOINED = re.compile(r"\b(?:to|and|through|till|until)\b|\d\s*[-\u2013\u2014]\s*\d", re.IGNORECASE)
_DECADE_WORD = re.compile(
    r"\b(?:teens|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|\d+0'?s)\b", re.IGNORECASE
)


def _both_ends_written(a: Fact, b: Fact) -> bool:
    """Both facts write a span's two ends as figures (``_SPAN_JOINED``), no decade or age band standing for one."""
    return all(_SPAN_JOINED.search(f.text) and not _DECADE_WORD.search(f.text) for f in (a, b))


def _ranges_apart(qa: Quantity, qb: Quantity) -> bool:
    """Two spans each stated with both ends and no hedge ("aged five to 16", "between 40 and 60 boats") whose ends
    differ: each end is a figure as written, so "five to 15" is no vaguer telling of "five to 16" (one range inside
    the other) but another limit. A hedged span ("about 40 to 60") or a vague amount is left to its interval."""
    for q in (qa, qb):
        if q.low is None or q.high is None or not q.low < q.high or q.approximate or q.vague:
            return False
        if not (math.isfinite(q.low) and math.isfinite(q.high)):
            return False
    if qa.unit != qb.unit:
        if not units_comparable(qa.unit, qb.unit):
            return False
        qa, qb = in_base_units(qa), in_base_units(qb)
    assert qa.low is not None and qa.high is not None and qb.low is not None and qb.high is not None
    return not (math.isclose(qa.low, qb.low, rel_tol=1e-6) and math.isclose(qa.high, qb.high, rel_tol=1e-6))


# Bounds that, written right after a noun of the people they sort and with no noun of their own ("children under 16",
# "anyone younger than 16", "drivers over 70"), draw the line of a class: an age limit, not an estimate.
_CLASS_BOUNDS = {
    "under": "upper", "younger than": "upper", "below": "upper",
    "over": "lower", "older than": "lower", "above": "lower",
}
# Words for the people such a line sorts, besides the person nouns counts are read with (``PERSON_NOUNS``:
# "riders", "pupils"): a line drawn under a sum ("cash over 5,000") is a threshold that rules move, not a class.
_CLASSES_OF_PEOPLE = frozenset(
    "anyone everyone anybody those people persons children kids adults minors youngsters pensioners users customers "
    "men women applicants visitors voters citizens".split()
)


def _class_line(f: Fact, q: Quantity) -> str | None:
    """Which side of a line a figure draws its class of people on ("children under 16": "upper"), or None for a
    figure that counts or measures (a unit, a counted noun) or follows no word for people ("fell to under 16")."""
    side = _CLASS_BOUNDS.get((q.qualifier or "").lower())
    if side is None or q.unit or q.counted:
        return None
    before = f.sentence[: max(0, f.start - f.sentence_start)].split()
    if not before:
        return None
    word = before[-1].strip(",;:()\"'“”‘’").lower()
    return side if word in _CLASSES_OF_PEOPLE or word.removesuffix("s") in PERSON_NOUNS else None


def _thresholds_apart(a: Fact, b: Fact, qa: Quantity, qb: Quantity) -> bool:
    """Two outlets drawing the line of one class at different figures ("children under 14", "riders younger than
    16"): each bound holds the other's lower part, yet the rule has one limit, so two limits disagree."""
    side = _class_line(a, qa)
    if side is None or side != _class_line(b, qb):
        return False
    x, y = (qa.high, qb.high) if side == "upper" else (qa.low, qb.low)
    return x is not None and y is not None and x != y


# Hedges that state a floor as the figure itself: "more than 4,000 passengers", "at least 14 a day" (the bounds
# ``floor_reach`` reads as rounded down, and the tighter "just over").
_FLOORS = ROUNDED_DOWN | {"just over", "a little more than"}
_FLOOR_SLIP_FROM = 100  # a floor this large or more may be a power of ten off another ("2" and "20" may be two tolls)


def _floors_a_slip_apart(a: _Side, b: _Side, qa: Quantity, qb: Quantity) -> bool:
    """Two floors of one figure ("more than 4,000 passengers", "more than 40,000") whose numbers are one typing slip
    apart (the same digits a power of ten apart, or two neighbouring digits swapped: "at least 14", "at least 41"),
    told by reports of one day or the next: both bounds hold every figure above the larger, yet each says where the
    figure starts, and a writer who knew it topped 40,000 would not write 4,000. Floors far apart for another reason
    are left alone (a toll counted again days later, a rival source's count); a power of ten between small floors
    ("at least 2", "at least 20") may be two readings of a toll. A floor of a measure or a rate ("more than 6.5
    metres", "at least 14 a day") is no toll that grows: days apart, its digits swapped are still a slip."""
    if (qa.qualifier or "").lower() not in _FLOORS or (qb.qualifier or "").lower() not in _FLOORS or qa.unit != qb.unit:
        return False
    x, y = stated_number(qa), stated_number(qb)
    if not x or not y or x == y:
        return False
    swapped = digits_swapped(x, y) and len((significant_digits(x) or ("",))[0]) >= 2
    if not swapped and not (same_digits(x, y) and max(x, y) >= _FLOOR_SLIP_FROM):
        return False
    if qa.unit not in (None, "people") or (_per_year(a.fact) is not None and _per_year(b.fact) is not None):
        return True  # a measure, or a rate ("at least 14 a day"): no toll that grows between the reports
    return _days_on(a, b) is None and _days_on(b, a) is None


# How far under a ceiling ("up to 7,400 seats", "as many as 30 barges") another outlet's figure may lie and still be
# one estimate: a ceiling is the top of what its speaker expects, not any figure beneath it. A figure under half of
# it ("fewer than 2,000", "about 1,900" against "up to 7,400") is a second estimate, as an editor reads it; "up to 70
# mph" against "62 mph" (a gust and the wind it tops) is one. Two thirds of a ceiling or less is another figure too
# ("a 40-day window" against "within 60 days", "8 tonnes" against "no more than 12 tonnes"): a reporter who knew the
# cap was 40 would not write 60. A figure just above the cut ("five days" against "up to a week", 5/7) stays one figure
# under its cap.
CEILING_FLOOR = 0.7


def _far_under_ceiling(qa: Quantity, qb: Quantity, approx: float) -> bool:
    """One figure is a ceiling ("up to", "as many as", or a deadline's or radius's "within": ``_MAXIMA``) and the
    other reaches no higher than ``CEILING_FLOOR`` of it: two estimates of one figure, not one figure under its
    bound. (News tells a rule's reach, "a deadline within 30 days", "an exclusion zone within 8 km", as the reach
    itself; a figure far under it is another reach, not a case met inside it.)"""
    for ceiling, other in ((qa, qb), (qb, qa)):
        if (ceiling.qualifier or "") not in _MAXIMA or (other.qualifier or "") in _MAXIMA or ceiling.low is not None:
            continue
        pair = _in_one_unit(ceiling, other)
        if pair is None:
            continue
        top, other_base = pair
        if top.high is None or top.high <= 0:
            continue
        _low, reach = quantity_interval(other_base, approx_tolerance=approx, written_reach=True)
        if reach <= top.high * CEILING_FLOOR:
            return True
    return False


def _short_of_and_past(qa: Quantity, qb: Quantity) -> bool:
    """ "Nearly 14 hours" against "more than 14 hours": one puts the figure under its number, the other past it, so
    they meet at no value though their intervals touch there."""
    for short, past in ((qa, qb), (qb, qa)):
        if (short.qualifier or "") in SHORT_OF and (past.qualifier or "") in STRICT_BOUNDS and past.high is None:
            if short.high is not None and past.low is not None and short.unit == past.unit and short.high <= past.low:
                return True
    return False


def _bound_excludes(a: Fact, b: Fact) -> bool:
    """ "More than 40 dead" against "40 dead": a strict bound leaves its own number out, so it
    contradicts a count that states exactly that number. Not a rounded figure ("2.5 million",
    or a measure writers round): "over 2.5 million" may well be what "2.5 million" rounds."""
    qa, qb = a.value, b.value
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    for bound, exact, fact in ((qa, qb, b), (qb, qa, a)):
        if (
            (bound.qualifier or "") in STRICT_BOUNDS
            and exact.low is not None and exact.low == exact.high and not exact.approximate and not exact.vague
            and exact.low in (bound.low, bound.high)
            and not _measure_rounds(fact)
            and not _SCALE_WORD.search(fact.text)
            and not _ROUND_HUNDREDS.search(fact.text)
            and not _ROUND_WORDS.search(fact.text)
        ):
            return True
    return False


# "forty-four thousand", "two hundred": a number in words that ends on its scale is as round as "44,000".
_ROUND_WORDS = re.compile(r"(?<![\d,.])\b(?:hundred|thousand|million|billion|trillion)\Z", re.IGNORECASE)


# "12,000 polling stations", "1,500": a count written to the hundred is itself a round figure, as
# likely "more than" as not; "40 dead" and "312 passengers" are counted.
_ROUND_HUNDREDS = re.compile(r"[1-9][\d,]*?00\b")


def _rate_text(source: str, target: str, factor: float) -> str:
    """ "1 GBP = 1.52 USD", said from the dearer currency so that the rate reads as a reader knows it."""
    if factor < 1:
        source, target, factor = target, source, 1 / factor
    return f"1 {source} = {factor:.4g} {target}"


def _rate_day(a: _Side, b: _Side) -> dt.date | None:
    """The day whose exchange rate compares two amounts: the earlier report's, when it was written."""
    days = [p.date() if isinstance(p, dt.datetime) else p for p in (a.article.published, b.article.published) if p]
    return min(days) if days else None


# A figure told with its own change since an earlier reading, right after it: "41 percent, up four points", "6,300, down
# 1,200", "870, up from 790". Bounded: a few words with no figure or clause end between.
_CHANGE_AFTER = re.compile(
    r"[^.;:!?\d]{0,25}?\b(?:(?P<way>up|down|higher|lower)\s+(?:by\s+)?|(?:up\s+|down\s+)?from\s+(?:about\s+|some\s+)?)(?=\S)",
    re.IGNORECASE,
)


def _later_first(a: _Side, b: _Side) -> tuple[_Side, _Side] | None:
    """The later-reported side and the earlier one; None when the reports' order is unknown (an update reading
    needs to know which report came second)."""
    order = _report_order(_reported(a), _reported(b))
    if order == 0:
        return None
    return (b, a) if order < 0 else (a, b)


def _instead_of_plan(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """The later report tells its figure as set in place of a planned or announced one ("tolls will go up by 6 percent
    rather than the planned rise", ``moved_figures.told_instead_of_plan``) and the earlier report's does not: the earlier
    figure is the plan the later one replaced, an update whichever way it moved. Read before the slip shapes: a report
    that says its figure replaced the plan explains the two figures, "6 percent" and "16 percent" alike."""
    if not params["updates"]:
        return None
    sides = _later_first(a, b)
    if sides is None:
        return None
    later, earlier = sides
    if not _instead_of(later.fact) or _instead_of(earlier.fact):
        return None
    return "compatible", "update", f"{later.article.outlet} tells its figure as set in place of the one first planned"


def _names_what_it_replaced(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """The later report names, right after its figure, the earlier report's figure as the one its own replaces ("the
    stoppage lasted 9 days, not 6", "a fee of 4.20 rather than 3.80", ``moved_figures.replaced_numbers_told``): the
    later report knows the earlier figure and tells the reader it no longer stands, an update whichever way it moved.
    Read before the slip shapes, as ``_instead_of_plan``: "21, not 12" is told, not mistyped. A number named that is
    not the earlier report's figure explains nothing, and the earlier report naming the later figure so is no update
    (it was the later one that went back to a figure already put right)."""
    if not params["updates"]:
        return None
    sides = _later_first(a, b)
    if sides is None:
        return None
    later, earlier = sides
    day_later = _days_on(later, earlier)
    if day_later is None:
        return None  # (a figure put right the same day or the next is more often a slip corrected than a figure moved)
    ql, qe = later.fact.value, earlier.fact.value
    assert isinstance(ql, Quantity) and isinstance(qe, Quantity)
    x_later = _point(ql)
    if x_later is None or ql.low is None:
        return None
    fact = later.fact
    tail = fact.sentence[fact.end - fact.sentence_start :]
    for at in replaced_numbers_told(tail):
        read = _number_at(tail, at)
        if read is None:
            continue
        scale = _SCALE_AFTER.match(tail, read[1])
        factor = _SCALES[scale.group(1).lower()] if scale else _written_scale(fact.text, ql.low)
        if is_money(ql) and _same_money_as_written(read[0] * factor, qe):
            return "compatible", "update", f"{later.article.outlet} names {earlier.article.outlet}'s figure as the one its own replaces"
        named = in_base_units(Quantity(read[0] * factor, read[0] * factor, ql.unit))
        if _base_unit(named) != _base_unit(qe) or named.low is None:
            continue
        low, high = quantity_interval(in_base_units(qe))
        x_earlier = _point(qe)
        if low <= named.low <= high or (
            x_earlier is not None and abs(named.low - x_earlier) <= _CREDIT_NEAR * max(abs(named.low), abs(x_earlier))
        ):
            return "compatible", "update", f"{later.article.outlet} names {earlier.article.outlet}'s figure as the one its own replaces"
    return None


def _same_money_as_written(named: float, earlier: Quantity) -> bool:
    """A number named as replaced, as written, is the earlier report's amount as written, in a currency told apart by
    its sign alone ("NZ$5.60 rather than NZ$6.10" against "$6.10"): a story's "$" is often its own dollar."""
    return is_money(earlier) and earlier.low is not None and math.isclose(named, earlier.low, rel_tol=1e-9)


def _first_reading_told(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report of the slot gives one of the two figures as its own and tells the other as the first reading, since
    revised ("the 4.1-magnitude quake, which the survey originally had rated as 4.3", ``moved_figures.first_readings_
    told``): the two are one figure before and after the revision, whoever gives which. Only the teller's own figure and
    the number it names count, so a first reading that is neither figure explains nothing."""
    if not params["updates"]:
        return None
    x_a, x_b = _point(a.fact.value), _point(b.fact.value)
    if x_a is None or x_b is None or x_a == x_b or _base_unit(a.fact.value) != _base_unit(b.fact.value):
        return None
    if "first reading tellers" not in a.story_memo:
        a.story_memo["first reading tellers"] = [s for s in a.story if _first_readings_of(s)[1]]
    with_readings: list[_Side] = a.story_memo["first reading tellers"]  # type: ignore[assignment]
    tellers = (a, b, *(s for s in with_readings if s is not a and s is not b))
    for teller in tellers:
        own, readings = _first_readings_of(teller)
        if not readings or not (_near(own, x_a) or _near(own, x_b)):
            continue
        other = x_b if _near(own, x_a) else x_a
        for told, named in readings:
            if _near(named, other):
                return "compatible", "update", f"{teller.article.outlet} tells {told:g} as the first reading, since revised"
    return None


def _earlier_told_beside(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report of the slot gives its own figure and, in another of its statements of the claim, one of the pair's
    figures as what a source said earlier (``moved_figures.told_earlier``: "the coastguard earlier said it had pulled
    30 from the water" beside its own "about 40"): that figure is the count before it moved, and the pair's other figure, lying
    past it the way the teller's own figure does and near that figure (under ``moved_figures.grows_below`` times apart),
    is the count after. An update whatever the two reports' order, which undated reports do not give. A teller whose
    own figure lies the other way, or far from the other figure, explains nothing."""
    if not params["updates"]:
        return None
    x_a, x_b = _point(a.fact.value), _point(b.fact.value)
    unit = _base_unit(a.fact.value)
    if x_a is None or x_b is None or x_a == x_b or unit != _base_unit(b.fact.value):
        return None
    if "earlier tellers" not in a.story_memo:
        a.story_memo["earlier tellers"] = [told for told in map(_told_before_and_now, a.story) if told is not None]
    tellers: list[tuple[_Side, str | None, list[float], list[float]]] = a.story_memo["earlier tellers"]  # type: ignore[assignment]
    grows = load_moved_figures().grows_below
    for teller, told_unit, before, now in tellers:
        if told_unit != unit:
            continue
        for x_old, x_new in ((x_a, x_b), (x_b, x_a)):
            for r in before:
                if not _near(r, x_old):
                    continue
                for c in now:
                    if (c - r) * (x_new - r) > 0 and c > 0 and x_new > 0 and max(c, x_new) / min(c, x_new) < grows:
                        return "compatible", "update", f"{teller.article.outlet} tells {r:g} as the figure given earlier"
    return None


def _told_before_and_now(side: _Side) -> tuple[_Side, str | None, list[float], list[float]] | None:
    """An outlet's statements of the claim split into figures told as said earlier and its own, in base units; None
    when it gives no figure of each kind, or its figures are in more than one unit."""
    before: list[float] = []
    now: list[float] = []
    units = set()
    for fact in side.statements:
        x = _point(fact.value)
        if x is None:
            continue
        units.add(_base_unit(fact.value))
        (before if told_earlier(fact.sentence, fact.start - fact.sentence_start) else now).append(x)
    if not before or not now or len(units) != 1:
        return None
    return side, units.pop(), before, [x for x in now if not any(_near(x, r) for r in before)]


def _first_readings_of(teller: _Side) -> tuple[float, tuple[tuple[float, float], ...]]:
    """The teller's own figure and each number its sentence tells as a first reading since revised (as written, and in
    base units at the figure's scale); no readings for a side with no figure. Read once per side and kept on it: the
    rule asks it of every teller of the slot for each pair of figures, and the answer depends on the side alone. Only
    the tellers with readings are walked for a pair (``story_memo``): in most slots none has any."""
    if teller._first_readings is None:
        own = _point(teller.fact.value)
        readings: list[tuple[float, float]] = []
        if own is not None:
            fact = teller.fact
            q = fact.value
            assert isinstance(q, Quantity)
            for at in first_readings_told(fact.sentence, load_moved_figures()):
                read = _number_at(fact.sentence, at)
                if read is None:
                    continue
                scale = _SCALE_AFTER.match(fact.sentence, read[1])
                factor = _SCALES[scale.group(1).lower()] if scale else _written_scale(fact.text, q.low or 0.0)
                named = _point(Quantity(read[0] * factor, read[0] * factor, q.unit))
                if named is not None:
                    readings.append((read[0], named))
        teller._first_readings = (own if own is not None else math.nan, tuple(readings))
    return teller._first_readings


def _near(x: float, y: float) -> bool:
    return math.isclose(x, y, rel_tol=1e-6, abs_tol=1e-9)


# a scale word right after a number named as replaced ("not 12 million", "rather than EUR 3bn")
_SCALE_AFTER = re.compile(r"\s*(thousand|million|billion|trillion|bn|m|k)\b", re.IGNORECASE)
_SCALES = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}


def _written_scale(text: str, value: float) -> float:
    """The power of a thousand the figure's written number stands for ("21 million" is 21 times a million): a number
    named as replaced with no scale word of its own ("21 million, not 12") is read at its figure's scale."""
    digits = _DIGITS.search(text)
    written = float(digits.group().replace(",", "")) if digits else 0.0
    if written <= 0:
        return 1.0
    for factor in (1e12, 1e9, 1e6, 1e3):
        if math.isclose(value / written, factor, rel_tol=1e-6):
            return factor
    return 1.0


def _instead_of(fact: Fact) -> bool:
    return told_instead_of_plan(fact.sentence, fact.end - fact.sentence_start)


def _told_with_its_change(a: _Side, b: _Side) -> Verdict | None:
    """One report tells its figure with the change since an earlier reading ("41 percent, up four points", "up from
    790"), and the other report's figure is that earlier reading: two readings of one measure, an update, whichever
    report came first. A change that does not lead back to the other figure explains nothing."""
    for told, other in ((a, b), (b, a)):
        fact = told.fact
        qt, qo = fact.value, other.fact.value
        assert isinstance(qt, Quantity) and isinstance(qo, Quantity)
        if qt.unit != qo.unit or qt.low is None or qo.low is None:
            continue
        cue = _CHANGE_AFTER.match(fact.sentence, fact.end - fact.sentence_start)
        if cue is None:
            continue
        read = _number_at(fact.sentence, cue.end())
        if read is None:
            continue
        way = (cue.group("way") or "").lower()
        before = read[0] if not way else qt.low - read[0] if way in ("up", "higher") else qt.low + read[0]
        if math.isclose(before, qo.low, rel_tol=1e-9, abs_tol=1e-9):
            return "compatible", "update", f"{told.article.outlet} tells its figure's change since {other.article.outlet}'s"
    return None


def _told_with_its_increment(a: _Side, b: _Side) -> Verdict | None:
    """The later report tells its figure with how much was added since an earlier reading ("63 depots, adding 15 to
    the first list", ``moved_figures.increments_told``), and its figure less that is the earlier report's figure: one count, read
    before and after it grew. An increment that leads elsewhere ("70 libraries, adding 20" against an earlier 40)
    explains nothing: the caller goes on and the two may stay a conflict."""
    sides = _later_first(a, b)
    if sides is None:
        return None
    later, earlier = sides
    ql, qe = later.fact.value, earlier.fact.value
    assert isinstance(ql, Quantity) and isinstance(qe, Quantity)
    if ql.unit != qe.unit or ql.low is None or ql.low != ql.high or qe.low is None:
        return None
    fact = later.fact
    end = fact.end - fact.sentence_start
    tail = fact.sentence[end:]
    for at in increments_told(tail):
        read = _number_at(tail, at)
        if read is None or not 0 < read[0] < ql.low:
            continue
        before = ql.low - read[0]
        low, high = quantity_interval(qe)
        if math.isclose(before, qe.low, rel_tol=1e-9, abs_tol=1e-9) or (qe.approximate and low <= before <= high):
            return "compatible", "update", f"{later.article.outlet} tells how much its figure grew since {earlier.article.outlet}'s"
    return None


def _update(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A running tally reported at two times: higher later is an update, lower later is not.

    Reports of one day are not ordered (most feeds give the day only): a tally may have grown
    between them, so two of them differing is an update too. An age grows with the calendar only
    (``_aged``).
    """
    frame = _tally_frame(a, b)
    if not params["updates"] or frame is None or not (frame.tally or _running_pair(a, b)):
        return None
    if frame.role == "historical":
        return None  # the toll of the 1998 flood was counted long ago: two outlets' figures are no update
    if _set_against_another(a.fact) or _set_against_another(b.fact):
        return None  # a report that weighs its figure against another party's tells two counts standing at once
    if frame.growth_per_year is not None:
        return _aged(a, b, frame.growth_per_year)
    if _exact_figures_a_slip_apart(a, b):
        return None  # ("1,900 masts" and "1,090 masts", "940" and "904"): a copy gone wrong, not a tally read twice
    reported_a, reported_b = _reported(a), _reported(b)
    order = _report_order(reported_a, reported_b)
    if order == 0:
        differ = _sources_differ(a, b)
        side_by_side = params.get(_SOURCES_SIDE_BY_SIDE, frozenset())
        if differ and frozenset((source_key(differ[0]), source_key(differ[1]))) in side_by_side:  # type: ignore[operator]
            return None  # an outlet sets the two sources' counts side by side: they differ, they did not grow
        if _same_day(reported_a, reported_b):
            return "compatible", "update", "two reports of the same day: the tally may have grown between them"
        return None
    earlier, later = (a, b) if order < 0 else (b, a)
    qe, ql = earlier.fact.value, later.fact.value
    assert isinstance(qe, Quantity) and isinstance(ql, Quantity)
    if qe.unit != ql.unit:
        qe, ql = in_base_units(qe), in_base_units(ql)
    low_e, high_e = quantity_interval(qe)
    low_l, high_l = quantity_interval(ql)
    if high_l < low_e:
        if _revised(later):
            return "compatible", "update", f"{later.article.outlet} reports a revised figure"
        if frame.resolves and not _sources_differ(a, b):  # (two sources' counts are two counts)
            return "compatible", "update", f"{later.article.outlet} reports later and lower: the count falls as it resolves"
        if _remaining(later.fact) and not _swap_of_a_commoner_figure(earlier):
            return "compatible", "update", f"{later.article.outlet} reports later what still remains: the count falls as it resolves"
        if _told_fallen(later.fact):
            return "compatible", "update", f"{later.article.outlet} reports later that the count has fallen to its figure"
        if _revised_here(earlier.fact):
            # "police now say 43, up from their morning count" at noon, "about 38" at seven: the earlier report gives the
            # revision, the later one the figure it replaced, passed on late. (A later lower figure against an earlier
            # one told with no revision is still unexplained.)
            return "compatible", "update", f"{earlier.article.outlet} reports a revised figure; {later.article.outlet}'s may be the one it replaced"
        now = _told_now_later(a, b, params)
        if now:
            return now  # ("some 700 homes are now on the list" a fortnight after "950": the reason is its "now")
        return "conflict", "unexplained", f"{later.article.outlet} reports later but lower, with no reason given"
    if _rival_counts(earlier, later):
        return None  # a union's count a day after the ministry's: two parties' counts, not one that grew
    return "compatible", "update", f"{later.article.outlet} reports later and higher"


def _exact_figures_a_slip_apart(a: _Side, b: _Side) -> bool:
    """Two exact figures of one unit, each of two significant digits or more, whose written digits, zeros counted, are
    the other's with two neighbours swapped (``_swapped_as_told``: "1,800" and "1,080", "23 days" and "32 days" as
    written, "31 million" and "13 million" once converted): a count that grew or fell lands on exactly the other's digits swapped rarely, so the tally
    readings (a same-day growth, a revision told elsewhere, a count that falls as it resolves) do not explain them.
    Hedged figures keep no digits to slip, and the same digits a power of ten apart ("35 dead", then "350") are left to
    the readings: early and late tolls of one day do that."""
    qa, qb = a.fact.value, b.fact.value
    if not (isinstance(qa, Quantity) and isinstance(qb, Quantity)) or qa.approximate or qb.approximate:
        return False
    if qa.qualifier or qb.qualifier or _base_unit(qa) != _base_unit(qb):
        return False
    x, y = _point(qa), _point(qb)
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    digits = [significant_digits(x), significant_digits(y)]
    if any(d is None or len(d[0]) < 2 for d in digits):
        return False
    return _swapped_as_told(qa, qb)


def _rival_counts(earlier: _Side, later: _Side) -> bool:
    """Two reports fewer than ``moved_figures.days_apart`` days apart whose figures are credited, by any outlet of the
    slot, one to a body speaking for an interest (``moved_figures.interest_bodies``: a union, an association, a
    federation) and the other to a named source that is none: news sets such a body's count against the official one
    ("the nurses' union counts nearly twice the board's figure"), so the two are two parties' counts standing at once,
    not one count that grew between the reports. (Days later the body's figure may be its own count moved on: left to
    the timeline's readings.)"""
    day_earlier, day_later = _day(_reported(earlier)), _day(_reported(later))
    words = load_moved_figures()
    if day_earlier is None or day_later is None or (day_later - day_earlier).days >= words.days_apart:
        return False
    credits = []
    for side in (earlier, later):
        value = side.fact.value
        assert isinstance(value, Quantity)
        named = _credited_with(side, value) if side.story else set()
        own = side.fact.frame.source if side.fact.frame else None
        if own and not _unnamed(own) and own[:1].isalpha():
            named.add(own)
        credits.append({speaks_for_an_interest(source, words) for source in named})
    before, after = credits
    return len(before) == 1 and len(after) == 1 and before != after


def _tally_frame(a: _Side, b: _Side) -> Frame | None:
    """The frame a pair's update reading weighs: the first side's, or the other's when that one is a running tally
    and the first side's frame names no measure of its own (it fell back to its counted noun, "19 people", "three
    youths"). The slot set the two side by side as one claim, so the side that names its measure ("were hurt",
    "were detained") names it for both: a report's later "19 people" beside an earlier "16 hurt" is the toll
    counted again, as "19 hurt" would be. Borrowed only where the two may be one count read twice: reports of
    two days (of one day, two outlets' counts differ by a slip or a source more often than by growth), no two
    sources credited, and no typing slip's shape between the figures."""
    frame, other = a.fact.frame, b.fact.frame
    if frame is None or frame.tally or frame.known or other is None or not other.tally:
        return frame
    day_a, day_b = _day(_reported(a)), _day(_reported(b))
    if day_a is None or day_b is None or day_a == day_b or _sources_differ(a, b):
        return frame
    x_a, x_b = _point(a.fact.value), _point(b.fact.value)
    if x_a is None or x_b is None or one_slip_apart(x_a, x_b) or one_digit_dropped(x_a, x_b):
        return frame
    return dataclasses.replace(other, role=frame.role if frame.role == "historical" else other.role)


def _days_on(later: _Side, earlier: _Side) -> dt.date | None:
    """The later report's day when it lies ``moved_figures.days_apart`` days or more after the earlier's, else None:
    the readings of a figure moved on ask it, since reports of one day or the next differ by a slip more often than by
    a change."""
    day_later, day_earlier = _day(_reported(later)), _day(_reported(earlier))
    if day_later is None or day_earlier is None or (day_later - day_earlier).days < load_moved_figures().days_apart:
        return None
    return day_later


def _may_have_moved(a: _Side, b: _Side, params: Mapping[str, object]) -> bool:
    """Whether two outlets' figures may be one figure read at two times, as the update readings ask before they weigh
    the reports' order: updates are read at all, the claim is no past one (the toll of an old flood was counted long
    ago) and neither report sets its figure against another party's (two counts standing at once)."""
    frame = a.fact.frame
    return (
        bool(params["updates"]) and not (frame is not None and frame.role == "historical")
        and not (_set_against_another(a.fact) or _set_against_another(b.fact))
    )


def _moved_order(a: _Side, b: _Side, params: Mapping[str, object]) -> tuple[_Side, _Side, float, float] | None:
    """``_written_order`` of a pair whose figures may be one figure read at two times (``_may_have_moved``), else
    None: where the readings of a figure moved on start."""
    return _written_order(a, b) if _may_have_moved(a, b, params) else None


def _left_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report days after another tells its lower figure as what is still left ("6,100 claims are still unpaid",
    "40 tenants remain in the hall") or what the count has fallen to: a backlog, a sit-in, a sum owed shrinks as a story
    goes on, whatever the measure, and a follow-up days later gives where it stands now. Whoever each report credits:
    the body that pays or counts is the one whose later figure is told, and the earlier figure is where it started.
    (Days apart as ``moved_figures``: reports of one day or the next differ by a slip more often than by a change.)"""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    if x_later >= x_earlier or digits_swapped_as_written(x_later, x_earlier):
        return None
    day_later = _days_on(later, earlier)
    if day_later is None:
        return None
    if not (_remaining(later.fact) or _told_fallen(later.fact)):
        return None
    if not _stood_before(later, x_earlier=_point(earlier.fact.value), x_later=_point(later.fact.value), day=day_later):
        return None
    if _swap_of_a_commoner_figure(earlier):
        return None  # (an earlier figure that is another outlet's mistyped, "321" for "312", never stood to fall from)
    return "compatible", "update", f"{later.article.outlet} reports days later what is still left: the figure fell as the story went on"


def _risen_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report days after another tells its higher figure as where the count stands now ("the inquiry has now
    heard from 86 witnesses", "pledges have reached 3.2 million", "the backlog of repairs now totals 640 homes"): a tally, a bill or a sum owed grows
    as a story goes on, and a follow-up that says "now" tells the reader the figure has moved since it was first
    given. Whoever each report credits: a recount or a later statement of the body that counts. The rising twin of
    ``_left_later``, with the timeline's guards (``_stood_before``) and the modest step, the slip shapes and the
    moving measures of ``moved_figures``: a duration, a length or a share told "now" is a plan or a reading changed,
    not a count grown, and a step of twice or more, or a slip's shape, is more often a wrong figure."""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    words = load_moved_figures()
    if x_earlier <= 0 or not 1 < x_later / x_earlier < words.grows_below:
        return None
    if one_slip_apart(x_later, x_earlier) or digits_swapped_as_written(x_later, x_earlier):
        return None
    value = later.fact.value
    assert isinstance(value, Quantity)
    if kind_of(value) not in words.moving or (value.qualifier or "") in UPPER_BOUND:
        return None  # ("up to 90 million": a ceiling is no level reached)
    day_later = _days_on(later, earlier)
    if day_later is None:
        return None
    fact = later.fact
    if not told_standing(fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start, words):
        return None
    if not _stood_before(later, x_earlier=x_earlier, x_later=x_later, day=day_later):
        return None
    return "compatible", "update", f"{later.article.outlet} tells days later where the count stands now: it grew as the story went on"


def _told_now_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report days after another tells its figure, in its own clause, as where the claim stands now ("some 700
    homes are now on the list", "the new roof will now take 9 million", "the pool is now to stay closed until spring",
    ``moved_figures.standing_now``), and the earlier report's figure is told with no such word: the later report tells
    the reader the figure has changed since it was first given, up or down, a count, a sum or a plan alike. (Days apart
    as ``moved_figures``: a report of the same day or the next that says "now" more often gives its own count than one
    moved on; and an earlier figure told "now" too is one standing count against another.)"""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    if x_later == x_earlier:
        return None
    day_later = _days_on(later, earlier)
    if day_later is None:
        return None
    value = later.fact.value
    assert isinstance(value, Quantity)
    if (value.qualifier or "") in UPPER_BOUND:
        return None  # ("up to 90 million": a ceiling is no level reached)
    fact, other = later.fact, earlier.fact
    if not told_standing(fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start):
        return None
    if told_standing(other.sentence, other.start - other.sentence_start, other.end - other.sentence_start):
        return None
    return "compatible", "update", f"{later.article.outlet} tells days later where the figure stands now: it changed since"


def _told_now_after_a_standing_figure(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """``_told_now_later`` read before the slip shapes, when the earlier figure is the one the story stood at (two
    outlets or more gave it before the later report, none the later figure: ``_stood_before``): a follow-up days later
    that says "the new roof will now cost 43 million" against 34 million that every earlier report gave tells the bill
    changed, though its digits are the first figure's swapped. A slip is a copy of a figure of its own time; a figure
    told as where the claim stands now, days on, against a figure the story stood at, is no copy of it."""
    now = _told_now_later(a, b, params)
    if now is None:
        return None
    read = _moved_order(a, b, params)
    assert read is not None and now is not None
    later, earlier, x_later, x_earlier = read
    ratio = max(x_later, x_earlier) / min(x_later, x_earlier) if min(x_later, x_earlier) > 0 else 0.0
    if not 1 < ratio < _NOW_OVER_A_SLIP or _decimal_shift(ratio):
        return None  # (a figure ten times another, or a step of threefold, is a scale written wrong, "now" or not)
    day_later = _days_on(later, earlier)
    if day_later is None or not _stood_before(later, x_earlier=x_earlier, x_later=x_later, day=day_later):
        return None
    return now


def _outturn_of_an_estimate(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report days after another tells its figure as what a sum came to ("the recall had cost over 5 million",
    ``moved_figures.outturn_as``) against the estimate the story stood at ("will cost 1.6 million",
    ``moved_figures.estimated_as``; two outlets or more gave it before, none the later figure): a bill put at one figure
    ahead and paid at another, an update, within the modest step of ``moved_figures`` either way. Not a slip's shape,
    and not an estimate against an estimate: two standing figures."""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    words = load_moved_figures()
    if x_earlier <= 0 or x_later <= 0 or not 1 < max(x_later, x_earlier) / min(x_later, x_earlier) < words.grows_below:
        return None
    if one_slip_apart(x_later, x_earlier) or one_digit_dropped(x_later, x_earlier):
        return None
    day_later = _days_on(later, earlier)
    if day_later is None:
        return None
    fl, fe = later.fact, earlier.fact
    if not told_as(fl.sentence, fl.start - fl.sentence_start, words.outturn_as):
        return None
    if not told_as(fe.sentence, fe.start - fe.sentence_start, words.estimated_as):
        return None
    if not _stood_before(later, x_earlier=x_earlier, x_later=x_later, day=day_later):
        return None
    return "compatible", "update", f"{later.article.outlet} tells days later what the sum came to; {earlier.article.outlet} gave the estimate"


_NOW_OVER_A_SLIP = 3.0  # the largest step a figure told "now" is read as a move over a slip's shape


def _reread_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report of a later day tells its higher figure as the measure taken again ("a recount found", "new figures
    show", ``moved_figures.reread``), and the earlier report names no re-reading: the count was redone and the later
    figure replaces the first, whoever each report credits (a body that counts again is often named otherwise: the
    ministry, then its inspectors). Not a figure one typing slip from the earlier one or from another outlet's: a
    recount's figure copied wrong, or a wrong first figure, is still an error."""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    if x_later <= x_earlier or one_slip_apart(x_later, x_earlier) or one_digit_dropped(x_later, x_earlier):
        return None
    day_later, day_earlier = _day(_reported(later)), _day(_reported(earlier))
    if day_later is None or day_earlier is None or day_later <= day_earlier:
        return None
    if not told_reread(later.fact.sentence) or told_reread(earlier.fact.sentence):
        return None
    if _slip_of_another(later) or _slip_of_another(earlier):
        return None
    if _an_interest_credited(earlier):
        return None  # (a union's or a guild's own count is a rival figure that a recount of the official one leaves standing)
    return "compatible", "update", f"{later.article.outlet} tells days later a figure from the count taken again"


def _an_interest_credited(side: _Side) -> bool:
    """Whether the side's figure is credited, by its own report or any outlet of its slot, to a body speaking for one
    side's interest (``moved_figures.interest_bodies``: a union, a guild, a federation)."""
    value = side.fact.value
    assert isinstance(value, Quantity)
    named = _credited_with(side, value) if side.story else set()
    own = side.fact.frame.source if side.fact.frame else None
    if own:
        named.add(own)
    return any(speaks_for_an_interest(source) for source in named)


def _part_mistyped(a: _Side, b: _Side) -> bool:
    """Whether the smaller of two figures read as a part and its whole is a copy gone wrong of a figure more of the
    slot's outlets give (``_story_slip``): "130 knife bins" beside "more than 300 bins nationwide" where two
    outlets give 310 is that 310 mistyped, no part of the whole. A mistyped whole ("56 beaches" for 65) against a
    smaller part still holds it."""
    slip = _story_slip(a, b)
    if slip is None:
        return False
    odd, other = (a, b) if slip[0] is a else (b, a)
    x, y = _point(odd.fact.value), _point(other.fact.value)
    return x is not None and y is not None and x < y


def _mistyped_in_the_story(a: _Side, b: _Side) -> str:
    """The words of ``_story_slip`` for the pair, "" when neither side is such a slip."""
    slip = _story_slip(a, b)
    return slip[1] if slip else ""


def _story_slip(a: _Side, b: _Side) -> tuple[_Side, str] | None:
    """One side's figure is, with two neighbouring digits swapped, a third figure that more of the slot's outlets give
    ("4,160" where two outlets give "4,610"): that side's figure is a copy gone wrong, a figure that never stood, so
    its pair with the other side's figure (a later count, a revision) is no move of the story but that slip. A swap
    is the one slip's shape read here: a changed or dropped digit makes too many small counts of a story look
    alike ("40" and "43"). Two figures each given by as many outlets leave open which one is the slip. The side that
    is the slip and the words saying so; None when neither is."""
    for odd, other in ((a, b), (b, a)):
        x, y, unit = _point(odd.fact.value), _point(other.fact.value), _base_unit(odd.fact.value)
        if x is None or y is None or not odd.story:
            continue
        backers, written = _story_figures(odd, unit)
        for z in backers:
            if z in (x, y) or not digits_swapped_as_written(x, z):
                continue
            if len(_backing(backers, z)) > len(_backing(backers, x) | {odd.article.id}):
                return odd, f"{odd.article.outlet}'s “{odd.fact.text}” is the “{written[z]}” more outlets give, two digits swapped"
    return None


def _story_figures(side: _Side, unit: str | None) -> tuple[dict[float, set[str]], dict[float, str]]:
    """The figures of the side's slot in ``unit``: the articles that give each, and the words it is first given in;
    read once per slot and unit (kept in the slot's ``story_memo``), as every pair of the slot asks."""
    key = f"story figures {unit}"
    if key not in side.story_memo:
        backers: dict[float, set[str]] = defaultdict(set)
        written: dict[float, str] = {}
        for other in side.story:
            z = _point(other.fact.value)
            if z is not None and _base_unit(other.fact.value) == unit:
                backers[z].add(other.article.id)
                written.setdefault(z, other.fact.text)
        side.story_memo[key] = (dict(backers), written)
    return side.story_memo[key]  # type: ignore[return-value]


def _backing(backers: Mapping[float, set[str]], x: float) -> set[str]:
    """The articles that give ``x``, exactly or rounded ("about 18,000" backs "18,000")."""
    return {i for w, ids in backers.items() if abs(w - x) <= _CREDIT_NEAR * max(abs(w), abs(x)) for i in ids}


def _slip_of_another(side: _Side) -> bool:
    """Whether the side's figure has a typing slip's shape against another outlet's figure in the slot: either may
    be the wrong copy, so neither is read as a reading of a count that moved. Unless more of the slot's outlets give
    the side's figure than the other one: then the other is the copy gone wrong (as ``_mistyped_in_the_story`` reads
    it), and the figure most outlets stood at may still be the first reading of a count taken again."""
    x = _point(side.fact.value)
    if x is None:
        return False
    backers, _ = _story_figures(side, _base_unit(side.fact.value))
    for other in side.story:
        y = _point(other.fact.value)
        if _rounding_of(other.fact.value, x):
            continue
        if other.article.id != side.article.id and y is not None and x != y and (
            one_slip_apart(x, y) or one_digit_dropped(x, y)
        ):
            if len(_backing(backers, x) | {side.article.id}) > len(_backing(backers, y) | {other.article.id}):
                continue
            return True
    return False


def _rounding_of(value: Value, x: float) -> bool:
    """Whether ``value`` is a hedged figure that is no copy of ``x`` gone wrong: one ``x`` rounds to ("2,140" and
    "about 2,100"), or a round figure of two significant digits at most ("about 2,100" beside "2,310"), whose digits
    match another figure's by chance: a reporter's rounding keeps no digits to slip."""
    y = _point(value)
    if not isinstance(value, Quantity) or not value.approximate or y is None:
        return False
    return abs(x - y) <= _CREDIT_NEAR * max(abs(x), abs(y)) or len(f"{y:.12g}".split("e")[0].replace(".", "").strip("0")) <= 2


def _swap_of_a_commoner_figure(side: _Side) -> bool:
    """Whether the side's figure, as written, is with two neighbouring digits swapped a figure more of its slot's outlets
    give exactly ("321" where two give "312"): a copy gone wrong. Exact figures are counted, not roundings: "321" lies
    within a rounding of "312" and would back it."""
    x = _point(side.fact.value)
    if x is None:
        return False
    backers, _ = _story_figures(side, _base_unit(side.fact.value))
    own = backers.get(x, set()) | {side.article.id}
    return any(z != x and digits_swapped_as_written(x, z) and len(ids) > len(own) for z, ids in backers.items())


def _written_order(a: _Side, b: _Side) -> tuple[_Side, _Side, float, float] | None:
    """The later-reported side, the earlier one and their figures as written in one unit (None when the reports'
    order is unknown or the units differ). The figures as written, not the intervals their hedges round: a follow-up's
    "some 5,200" against a first report's "some 6,000" is a count that fell, though the two hedges' reaches touch."""
    sides = _later_first(a, b)
    if sides is None:
        return None
    later, earlier = sides
    x_later, x_earlier = _point(later.fact.value), _point(earlier.fact.value)
    if x_later is None or x_earlier is None or _base_unit(later.fact.value) != _base_unit(earlier.fact.value):
        return None
    ends = _moved_ends(later.fact.value, earlier.fact.value)
    return (later, earlier, *ends) if ends else (later, earlier, x_later, x_earlier)


def _moved_ends(later: Value, earlier: Value) -> tuple[float, float] | None:
    """The ends that differ of two spans sharing the other end ("aged five to 16", then "five to 18": 18 and 16), in
    base units: the figure that moved is the end that moved, not the first one written; None for anything else."""
    if not isinstance(later, Quantity) or not isinstance(earlier, Quantity):
        return None
    ql, qe = in_base_units(later), in_base_units(earlier)
    if None in (ql.low, ql.high, qe.low, qe.high) or ql.low == ql.high or qe.low == qe.high:
        return None
    if ql.low == qe.low and ql.high != qe.high:
        return ql.high, qe.high  # type: ignore[return-value]
    if ql.high == qe.high and ql.low != qe.low:
        return ql.low, qe.low  # type: ignore[return-value]
    return None


def _points(value: Value) -> tuple[float, ...]:
    """A figure as written (``_point``) and, for a span, its upper end too: the end another report's span moved."""
    x = _point(value)
    if x is None:
        return ()
    high = in_base_units(value).high if isinstance(value, Quantity) else None
    return (x, high) if high is not None and high != x else (x,)


def _point(value: Value) -> float | None:
    """A figure as written, in base units ("about 300" is 300, not the interval it rounds); None for no figure."""
    if not isinstance(value, Quantity):
        return None
    value = in_base_units(value)
    return value.low if value.low is not None else value.high


def _base_unit(value: Value) -> str | None:
    return in_base_units(value).unit if isinstance(value, Quantity) else None


def _stood_before(
    later: _Side, *, x_earlier: float | None, x_later: float | None, day: dt.date, hedged: Value | None = None
) -> bool:
    """Whether the slot's outlets before ``later``'s day stood at the earlier figure and none at the later one: a
    figure only one outlet gave may be its own (a rival's count, a slip), and a later figure some outlet already gave
    is a second account standing beside the first, not where the story went. ``hedged``: the earlier report's figure
    as told, when its hedge ("nearly 20,000", "about 38 million") rounds the figure other outlets gave exactly
    ("18,500"): those outlets stood at the figure the earlier report rounded. (Not the other way: another outlet's
    "almost 3,000" holds a mistyped "2,780" as well as the "2,870" it rounds.)"""
    if x_earlier is None or x_later is None:
        return False
    told, words = 0, load_moved_figures()
    unit = _base_unit(later.fact.value)
    reach = _rounded_reach(hedged)
    for side in later.story:
        seen = _day(_reported(side))
        points = _points(side.fact.value)
        if seen is None or seen >= day or not points or _base_unit(side.fact.value) != unit:
            continue
        if any(abs(x - x_later) <= _CREDIT_NEAR * max(x, x_later) for x in points):
            return False
        if any(abs(x - x_earlier) <= _CREDIT_NEAR * max(x, x_earlier) or (reach and reach[0] <= x <= reach[1]) for x in points):
            told += 1
    return told >= words.first_told_by


def _outvoted_before(later: _Side, *, x_earlier: float, x_later: float, day: dt.date) -> bool:
    """Whether, of the slot's reports before ``day``, only one gave the earlier figure while ``moved_figures.first_told_by``
    or more gave one other figure, neither the earlier nor the later one: the story stood at that other figure, and the
    lone one is that report's slip ("aged five to 15" where two outlets said 16), not the level a later report's
    change moved from. A change told days later explains the figure the story stood at, not a slip beside it."""
    unit = _base_unit(later.fact.value)
    told_earlier, others = 0, Counter[float]()
    for side in later.story:
        seen, points = _day(_reported(side)), _points(side.fact.value)
        if seen is None or seen >= day or not points or _base_unit(side.fact.value) != unit:
            continue
        value = side.fact.value
        if any(abs(x - x_earlier) <= _CREDIT_NEAR * max(x, x_earlier) for x in points):
            told_earlier += 1
        elif isinstance(value, Quantity) and not (value.approximate or value.vague) and not any(
            abs(x - x_later) <= _CREDIT_NEAR * max(x, x_later) for x in points
        ):
            others[points[-1]] += 1  # (a figure told exactly: "thousands" or "about 14,000" outvote no exact figure)
    return told_earlier == 1 and any(n >= load_moved_figures().first_told_by for n in others.values())


def _rounded_reach(value: Value | None) -> tuple[float, float] | None:
    """The figures a hedged figure rounds, in base units, as far as its digits are rounded ("nearly 20,000" holds
    18,500; "about 38 million" holds 37.2 million); None for a figure told exactly, a bound or no figure."""
    if not isinstance(value, Quantity) or not value.approximate or value.vague or value.low != value.high:
        return None
    low, high = quantity_interval(in_base_units(value), written_reach=True)
    return (low, high) if math.isfinite(low) and math.isfinite(high) else None


def _later_and_earlier(a: _Side, b: _Side) -> tuple[_Side, _Side, float, float] | None:
    """The later-reported side, the earlier one and the two figures' numbers in one unit (None when the reports'
    order is unknown or a figure is open on the side that matters)."""
    sides = _later_first(a, b)
    if sides is None:
        return None
    later, earlier = sides
    ql, qe = later.fact.value, earlier.fact.value
    assert isinstance(ql, Quantity) and isinstance(qe, Quantity)
    if ql.unit != qe.unit:
        ql, qe = in_base_units(ql), in_base_units(qe)
    low_l, high_l = quantity_interval(ql)
    low_e, high_e = quantity_interval(qe)
    if low_l > high_e:
        return later, earlier, low_l, high_e
    if high_l < low_e:
        return later, earlier, high_l, low_e
    return None


def _changed_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """The later report tells its figure as what the measure was raised (or cut) to, with its verb apart from the
    figure ("widened its ban on imported cheeses ... to 58 brands", ``told_change``), and the figure moved that way from
    the earlier report's: the earlier one is the level before the change, whatever the measure."""
    if not params["updates"]:
        return None
    read = _later_and_earlier(a, b)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    if digits_swapped_as_written(x_later, x_earlier):
        return None  # (a slip of the keyboard, "180,000" for "108,000", whatever verb stands before it)
    direction = changed_to(later.fact)
    if direction is None or (direction and (x_later > x_earlier) != (direction > 0)):
        return None  # (a change with no way given, "eased the limit to four days", fits either way)
    if changed_to(earlier.fact) is not None and _days_on(later, earlier) is None:
        return None  # ("fell to 4.10", "fell to 3.90" of one time: two accounts of one change, which must agree)
    if _told_as_step(earlier.fact):
        return None  # ("fell by 64 percent" is the step, not the level "fell to 50 percent" says it moved from)
    return "compatible", "update", f"{later.article.outlet} reports later that the figure was changed to its {later.fact.text}"


_STEP_BEFORE = re.compile(
    r"\bby\s+(?:(?:nearly|almost|about|around|some|roughly|over|more\s+than|less\s+than|at\s+least|a|an)\s+)?\Z",
    re.IGNORECASE,
)


def _headline_tells_the_move(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report days after another whose headline tells the measure moved ("Harbour board raises mooring fees",
    "Tunnel repairs to cost more", "Ferry timetable cut"), bound to the figure by a word of what moved near it in its
    sentence (``told_change.headline_changes``, ``tied_to``), and the figure moved the way the headline says: the
    story moved on and the later figure is its new level, the earlier one the level before, though the figure's own
    sentence names no change and one outlet alone may have given the first figure. Not when the figure's clause tells
    it unchanged ("the fee stays at 25"), nor a slip's shape (digits swapped, a decimal shift) or a step of
    ``moved_figures.told_moved_below`` times or more; reports of one day or the next are two accounts and must agree;
    and not two sources' figures (an interest body's count, figures credited to sources with no word in common)."""
    if not params["updates"] or _set_against_another(a.fact) or _set_against_another(b.fact):
        return None  # (a past claim's count may move too, when a headline says so: "watchdog finds more complaints")
    read = _written_order(a, b)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    day = _days_on(later, earlier)
    if x_later == x_earlier or x_earlier <= 0 or x_later <= 0 or day is None:
        return None
    ratio = max(x_later, x_earlier) / min(x_later, x_earlier)
    if ratio >= load_moved_figures().told_moved_below or _decimal_shift(ratio) or _swapped_as_told(
        later.fact.value, earlier.fact.value
    ):
        return None
    moved = 1 if x_later > x_earlier else -1
    told = [c.direction for c in headline_changes(later.article.title) if tied_to(c.about, later.fact)]
    if not told or any(d not in (0, moved) for d in told) or told_kept(later.fact):
        return None
    if _weighed_against_a_figure(earlier.fact) or _weighed_against_a_figure(later.fact):
        return None  # ("3,200 flights, fewer than the ministry's figure": a rival count, standing beside the other)
    if _an_interest_credited(earlier) or _an_interest_credited(later) or _swap_of_a_commoner_figure(earlier):
        return None  # (a federation's count against the ministry's is two counts; a mistyped copy never stood)
    if _outvoted_before(later, x_earlier=x_earlier, x_later=x_later, day=day):
        return None  # (the earlier report's own figure, where the others stood at another: no level the plan moved from)
    if a.story and not _credited_alike(a, earlier.fact.value, later.fact.value):
        return None  # (two sources' figures, whichever outlet names them: a move is one source's figure changing)
    return "compatible", "update", f"{later.article.outlet}'s headline tells, days later, that the figure moved"


def _plan_revised_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A report days after the first ones that sets its plan against the one first told ("five more than the governor
    announced on May 2") or tells a part of it as still standing ("the levy still applies from May 1", "the fee
    stays at 25", ``moved_figures.tells_plan_revised``) tells the plan at a later stage: the rule was amended
    since, and its figure that differs from the one the story stood at (two outlets or more gave it, or a figure the
    earlier report's hedge rounds, before, none the later one: ``_stood_before``) is the plan as it now stands, though
    the figure's own sentence names no change; a ceiling too ("up to 3,000" against "up to 2,500"). Not a
    slip's shape (digits swapped, a decimal shift), nor a step of ``moved_figures.told_moved_below`` times or more, nor
    a figure weighed against another party's or credited to a body that speaks for an interest (two counts standing)."""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    day = _days_on(later, earlier)
    if day is None or x_later == x_earlier or x_earlier <= 0 or x_later <= 0:
        return None
    ratio = max(x_later, x_earlier) / min(x_later, x_earlier)
    if ratio >= load_moved_figures().told_moved_below or _decimal_shift(ratio) or _swapped_as_told(
        later.fact.value, earlier.fact.value
    ):
        return None
    if not tells_plan_revised(later.article.body) or tells_plan_revised(earlier.article.body):
        return None  # (two reports that each set a plan against the first one tell two revisions: they must agree)
    if _swap_of_a_figure_before(later, x_later, day):
        return None  # (a later copy gone wrong of a figure told before: "69,000" where an outlet gave "96,000")
    if _weighed_against_a_figure(earlier.fact) or _weighed_against_a_figure(later.fact):
        return None
    if _an_interest_credited(earlier) or _an_interest_credited(later) or _swap_of_a_commoner_figure(earlier):
        return None
    if not _stood_before(later, x_earlier=x_earlier, x_later=x_later, day=day, hedged=earlier.fact.value):
        return None
    if told_kept(later.fact) or _of_a_past_span(later.fact) or _of_a_past_span(earlier.fact):
        return None  # ("the fine stays at 300", "prices rose 8% last year": no figure of the plan amended)
    if _gone_back_after(later, x_later, day):
        return None  # (an outlet of the later day or after with another figure: two accounts of the amended plan)
    return "compatible", "update", f"{later.article.outlet} reports days later a plan amended since it was first told"


def _swap_of_a_figure_before(later: _Side, x_later: float, day: dt.date) -> bool:
    """Whether the later figure is, with two neighbouring digits swapped, a figure an outlet gave before ``day``: a plan
    amended to its old figure's digits reversed is rarer than a copy gone wrong."""
    unit = _base_unit(later.fact.value)
    for side in later.story:
        seen, x = _day(_reported(side)), _point(side.fact.value)
        if seen is not None and seen < day and x is not None and _base_unit(side.fact.value) == unit:
            if x != x_later and digits_swapped_as_written(x_later, x):
                return True
    return False


def _gone_back_after(later: _Side, x_later: float, day: dt.date) -> bool:
    """Whether an outlet of ``later``'s day or after gives another figure than ``later``'s: the amended plan is told
    by every report from then on, so two of them differing are two accounts, one wrong, not a plan amended."""
    unit = _base_unit(later.fact.value)
    for side in later.story:
        seen, x = _day(_reported(side)), _point(side.fact.value)
        if side.article.id == later.article.id or seen is None or seen < day or x is None:
            continue
        if _base_unit(side.fact.value) == unit and abs(x - x_later) > _CREDIT_NEAR * max(x, x_later):
            return True
    return False


# A figure told of a span already past ("rose 8% last year", "a year earlier"): a fact of the record, not a figure of
# the plan a later report tells amended.
_PAST_SPAN = re.compile(
    r"\b(?:last|previous|past)\s+(?:year|month|week|decade|season|winter|summer|spring|autumn|quarter)\b"
    r"|\ba\s+year\s+(?:ago|earlier|before)\b",
    re.IGNORECASE,
)


def _of_a_past_span(fact: Fact) -> bool:
    return bool(_PAST_SPAN.search(fact.sentence))


# A sentence that weighs its figure against another party's ("fewer than the ministry's figure", "against the
# official count", "not the council's estimate"): the two figures stand side by side, neither moved to the other.
_WEIGHED_AGAINST = re.compile(
    r"\b(?:than|against|not|unlike|below|above|beside)\s+(?:the\s+|an?\s+)?(?:official|[\w-]+['’]s?|[\w-]+s['’])\s+"
    r"(?:own\s+)?(?:figure|count|estimate|tally|number|total)s?\b",
    re.IGNORECASE,
)


def _weighed_against_a_figure(fact: Fact) -> bool:
    return bool(_WEIGHED_AGAINST.search(fact.sentence))


def _told_as_step(fact: Fact) -> bool:
    """Whether the figure is told as the size of a change ("fell by 64 percent", "rose by about 300"), not a level."""
    at = fact.start - fact.sentence_start
    return 0 <= at <= len(fact.sentence) and bool(_STEP_BEFORE.search(fact.sentence[max(0, at - 40) : at]))


def _changed_from_its_set_figure(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """The later report tells, bound to its figure, that a figure set before was changed ("... will pay 1.20 a crate,
    lowering the charge it had set in May", "after the board raised the ceiling the mayor proposed",
    ``told_change.changed_from_set``), and the earlier figure is the one the story stood at before it (two outlets or
    more gave it, none the later one: ``_stood_before``): a proposal and its amended version, an update whichever
    measure. Read before the slip shapes, as ``_names_what_it_replaced``: a report that says the figure was changed
    explains "0.45" and "0.40". An earlier figure only one outlet gave may be its own slip, so it stays judged as one;
    a way told ("raised") must be the way the figure moved; an earlier report telling a change too is two changes."""
    read = _moved_order(a, b, params)
    if read is None:
        return None
    later, earlier, x_later, x_earlier = read
    if x_later == x_earlier or _swapped_as_told(later.fact.value, earlier.fact.value):
        return None
    day_later, day_earlier = _day(_reported(later)), _day(_reported(earlier))
    if day_later is None or day_earlier is None or day_later <= day_earlier:
        return None
    direction = changed_from_set(later.fact)
    if direction is None or (direction and (x_later > x_earlier) != (direction > 0)):
        return None
    if changed_from_set(earlier.fact) is not None:
        return None
    if not _stood_before(later, x_earlier=x_earlier, x_later=x_later, day=day_later):
        return None
    return "compatible", "update", f"{later.article.outlet} tells its figure as a change of the one set before"


def _swapped_as_told(qa: Value, qb: Value) -> bool:
    """Two figures whose numbers, as written in one unit, are a typing slip's swap ("45" and "54"): in base units a
    coincidence may look like one ("3 hours" and "5 hours" are 10,800 and 18,000 seconds)."""
    if not isinstance(qa, Quantity) or not isinstance(qb, Quantity) or qa.unit != qb.unit:
        qa, qb = in_base_units(qa), in_base_units(qb)  # type: ignore[arg-type]
    x, y = _point_as_written(qa), _point_as_written(qb)
    return x is not None and y is not None and digits_swapped_as_written(x, y)


def _point_as_written(value: Quantity) -> float | None:
    return value.low if value.low is not None else value.high


def _moved_later(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """The slot's outlets split cleanly by time at the later report, whose figure is a modest step up for a measure
    that moves over a story (``moved_figures``): the story moved on, though neither report says so."""
    if a.story is not b.story or not a.story or not _may_have_moved(a, b, params):
        return None
    sides = _later_first(a, b)
    if sides is None:
        return None
    later, earlier = sides
    # (a further statement of an article stands in the timeline for that article's lead)
    standing = {s.article.id: s for s in a.story}
    if a.article.id not in standing or b.article.id not in standing:
        return None
    standing[a.article.id], standing[b.article.id] = a, b
    readings = {id(s): _reading(s) for s in standing.values()}
    if any(r is None for r in readings.values()):
        return None
    timeline = [r for r in readings.values() if r is not None]
    read_later, read_earlier = readings[id(later)], readings[id(earlier)]
    assert read_later is not None and read_earlier is not None
    if written_in(earlier.fact.text, later.article.body) or not moved_on(read_later, read_earlier, timeline):
        return None  # (a report that quotes the earlier figure beside its own tells two standing figures)
    if not _credited_alike(a, earlier.fact.value, later.fact.value):
        return None  # two sources' figures, whichever outlet names them: the story did not move, two sources differ
    return "compatible", "update", f"{later.article.outlet} reports days later, after every earlier outlet, a figure the story moved to"


def _credited_alike(side: _Side, earlier: object, later: object) -> bool:
    """Whether the sources the side's slot's outlets credit with the earlier figure and with the later one may be one: a
    source they share, one of them credited with no source, or two names sharing a word ("port engineer", "the
    port"). A move is one source's figure changing; a later figure credited to a union while any outlet credits the
    earlier one to the charity is two sources' claims, though the pair's own reports may name no one. (A figure
    credited on one side only is left to the timeline: on the odd own sets a later report naming its source, or an
    earlier one, against a side that names none was an update as often as not.)"""
    assert isinstance(earlier, Quantity) and isinstance(later, Quantity)
    before, after = _credited_with(side, earlier), _credited_with(side, later)
    if not before or not after:
        return True
    return any(
        source_key(x) == source_key(y) or _one_named_generically(x, y) or _a_word_shared(x, y)
        for x in before for y in after
    )


def _a_word_shared(x: str, y: str) -> bool:
    """ "port engineer" and "the port", "examinations council" and "National Examinations Council": one body's
    names, or a body and its staff."""
    wx, wy = set(source_key(x).split()), set(source_key(y).split())
    return bool({w for w in wx & wy if len(w) > 3})


def _credited_with(side: _Side, value: Quantity) -> set[str]:
    """The sources any outlet of the side's slot credits with a figure at ``value`` (within a rounding)."""
    target = in_base_units(value)
    x = target.low if target.low is not None else target.high
    found: set[str] = set()
    if x is None:
        return found
    for unit, y, source in _credited_figures(side):
        if unit == target.unit and abs(y - x) <= _CREDIT_NEAR * max(abs(x), abs(y)):
            found.add(source)
    return found


def _credited_figures(side: _Side) -> list[tuple[str | None, float, str]]:
    """(unit, figure, source) of every statement of the side's slot credited to a named source, in base units, in the
    story's order; read once per slot (kept in the slot's ``story_memo``): the rules that weigh a pair's credits ask
    for every pair of the slot, and reading the whole story's statements each time made a slot's judging cubic."""
    key = "credited figures"
    if key not in side.story_memo:
        credited: list[tuple[str | None, float, str]] = []
        for other in side.story:
            for f in other.statements:
                q = f.value
                source = f.frame.source if f.frame is not None else None
                if not isinstance(q, Quantity) or not source or _unnamed(source) or not source[:1].isalpha():
                    continue
                q = in_base_units(q)
                y = q.low if q.low is not None else q.high
                if y is not None:
                    credited.append((q.unit, y, source))
        side.story_memo[key] = credited
    return side.story_memo[key]  # type: ignore[return-value]


def _unnamed(source: str) -> bool:
    """"officials", "sources", "aides": a credit that names no one stands for no source of its own."""
    words = source.lower().split()
    return (
        bool(words) and source[:1].islower() and words[-1] in RELAY_NOUNS
        and not any(w in ORG_WORDS or w in INSTITUTION_WORDS for w in words)  # ("ministry officials" names the ministry)
    )


_CREDIT_NEAR = 0.03  # a figure this near another is the same one, rounded ("420" and "about 420")


def _reading(side: _Side) -> Reading | None:
    value = side.fact.value
    if not isinstance(value, Quantity):
        return None
    beside = tuple(f.value for f in side.statements if f is not side.fact and isinstance(f.value, Quantity))
    return Reading(_day(_reported(side)), value, side.key, beside)


# A figure its own sentence weighs against another party's ("far lower than the mayor's estimate", "much higher than
# the regulator claimed", "well above the ministry's count", "three times what the insurer offered"): the two counts stand side by side, a
# difference of sources, whichever report came first. Not a figure weighed against an earlier one of its own ("far
# higher than first estimated", "than had been feared"): that is the words of an update (``_TIME_OF_FIRST``).
_SET_AGAINST = re.compile(
    r"\b(?:(?:far|much|well|many\s+times)\s+(?:more|fewer|less|higher|lower|greater|smaller|larger)\s+than"
    r"|(?:far|much|well)\s+(?:above|below|short\s+of|beyond)"
    r"|(?:twice|three\s+times|double|half)\s+(?:what|the))\s+"
    r"[^.;:!?\d]{0,50}?\b(?:count|counts|figure|figures|estimate|estimates|tally|toll|number|suggested|said|says|"
    r"claimed|claims|promised|promises|estimated|reported|offered|pledged|budgeted)\b",
    re.IGNORECASE,
)
_TIME_OF_FIRST = re.compile(
    r"\b(?:first|initially|previously|originally|earlier|expected|feared|thought|planned|forecast|hoped)\b", re.IGNORECASE
)


def _set_against_another(fact: Fact) -> bool:
    """The figure's sentence weighs it against another party's figure, not against an earlier one (``_SET_AGAINST``)."""
    return _sets_against(fact.sentence)


@functools.lru_cache(maxsize=4096)
def _sets_against(sentence: str) -> bool:
    # Asked for both sides of every pair of a tally's slot: once per sentence is enough.
    return any(not _TIME_OF_FIRST.search(m.group(0)) for m in _SET_AGAINST.finditer(sentence))


def _remaining(fact: Fact) -> bool:
    """A count its own words tell as what is left ("five are still missing", "21 remain in hospital",
    "leaving 7 trapped"): it falls as people are found, treated or reconnected, so a later lower one is news."""
    sentence, at, end = fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start
    return bool(_REMAINING_AFTER.search(sentence[end : end + 40]) or _REMAINING_BEFORE.search(sentence[max(0, at - 30) : at]))


def _told_fallen(fact: Fact) -> bool:
    """A count its own words tell as having come down to it ("has fallen to 9,800", "dropped to 40"): the later
    report says the count fell, so an earlier higher one is what it fell from."""
    sentence, at = fact.sentence, fact.start - fact.sentence_start
    return bool(_FALLEN_BEFORE.search(sentence[max(0, at - 40) : at]))


_FALLEN_BEFORE = re.compile(
    r"\b(?:fallen|fell|dropped|declined|eased|shrunk|shrank|dwindled|come down|came down)\s+to\s+(?:\S+\s+)?\Z",
    re.IGNORECASE,
)
_REMAINING_AFTER = re.compile(r"^[^.;:!?,]{0,30}?\b(?:still|remain(?:s|ed|ing)?|left)\b", re.IGNORECASE)
# ("still" a few words before, its verb and object between: "were still owed a sum of 512 million", "still owed
# some 40 million"; words only, no other figure)
_REMAINING_BEFORE = re.compile(
    r"\b(?:(?:remaining|leaving|left)\s+(?:\S+\s+)?|still\s+(?:[a-z]+\s+){0,5})\Z", re.IGNORECASE
)


# Reports closer than this are of one age: the chance that a birthday falls between them is
# under one in twelve, so "31" against "32" is more likely a slip than an update.
_BIRTHDAY_GAP_DAYS = 30


def _aged(a: _Side, b: _Side, yearly: float) -> Verdict | None:
    """A measure that only grows with time (an age): older by at most the years between the reports.

    Undated reports may be any time apart, so a year's difference stays possible between them.
    """
    qa, qb = a.fact.value, b.fact.value
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    if qa.low is None or qb.low is None:
        return None
    da, db = _day(a.article), _day(b.article)
    if da is None or db is None:
        if abs(qa.low - qb.low) <= yearly:
            return "compatible", "update", "undated reports: a birthday may fall between them"
        return None
    days = abs((db - da).days)
    if days < _BIRTHDAY_GAP_DAYS:
        return None
    earlier, later = (a, b) if da <= db else (b, a)
    grown = later.fact.value.low - earlier.fact.value.low  # type: ignore[union-attr,operator]
    if 0 < grown <= yearly * math.ceil(days / 365.25):
        return "compatible", "update", f"{days} days apart: {later.article.outlet}'s figure is a later age"
    return None


_AS_OF = re.compile(r"\b(?:as (?:of|at)|by the (?:end|close) of)\s+", re.IGNORECASE)


# A count told as a running total at its side: "85,000 calls by Friday morning", "3,200 by 6 p.m.", "1,512 flights in all", "four
# riders have already abandoned", "so far", "rose to 19", "300 boats are now on the water": whatever it counts, it
# was still growing. ("At 9 a.m." is no such cue: it tells when a thing happened as often as when it was counted.)
# "by mid-morning", "by last night", "by 6 p.m.", "by Friday evening": the moment a count had reached.
_BY_TIME = (
    r"by (?:the )?(?:(?:mid-?|late |early )?(?:morning|midday|noon|afternoon|evening|night)|last night|lunchtime|nightfall"
    r"|dusk|close|end of the day|\d{1,2}(?:[.:]\d\d)?\s?(?:a\.m\.|p\.m\.|am|pm)"
    r"|\d\d:\d\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: (?:morning|afternoon|evening|night))?)"
)
_RUNNING_AFTER = re.compile(
    rf"^[^.;:!?]{{0,40}}?\b(?:so far|to date|in all|in total|now|already|{_BY_TIME})(?![\w])",
    re.IGNORECASE,
)
_RUNNING_BEFORE = re.compile(
    r"\b(?:already|now|so far|since then|(?:rose|risen|climbed|grown|jumped|increased|widened|expanded|swelled|swollen) to|"
    r"now (?:stands|stood) at|a total of|"
    rf"total(?:led|ed)?|the tally (?:rose|reached|stood at)|{_BY_TIME}),?\s+(?:\S+\s+){{0,3}}$",
    re.IGNORECASE,
)


# A running count told by the clock ("45 cars towed by mid-morning", "260 by the evening") may grow
# many times over in a day; beyond this factor, or by a power of ten ("900" and "9,000"), it is a slip.
_RUNNING_REACH = 3.0
_RUNNING_MOST = 30.0


# What may pile up while a day goes on: an area burnt or swarmed, tonnes of grapes pressed, litres spilt.
_RUNNING_DIMENSIONS = frozenset({"area", "mass", "volume"})


def _running_pair(a: _Side, b: _Side) -> bool:
    """Two counts (or areas, weights, volumes: a swarm's hectares, tonnes pressed), one of them told as a running
    total (``_running``) or in a live page's stamped entry (``_entry_time``: the entry gives the count at its stamp,
    as "so far" would), within reach of each other: a tally whatever its frame, so a later higher figure is an
    update. (The entry's stamp is read last: the cheap tests turn most pairs away first.)"""
    va, vb = a.fact.value, b.fact.value
    if not (isinstance(va, Quantity) and isinstance(vb, Quantity)):
        return False
    if va.unit is not None and UNITS.get(va.unit, ("",))[0] not in _RUNNING_DIMENSIONS:
        return False  # a cost, a height, a length: no running total
    # ("9 tonnes" by midday and "16,300 kg" in all: one running weight in two units)
    pair = _in_one_unit(va, vb)
    if pair is None:
        return False
    va, vb = pair
    na, nb = va.low or va.high, vb.low or vb.high
    if not na or not nb:
        return False
    ratio = max(na, nb) / min(na, nb)
    if ratio >= _RUNNING_REACH and (ratio >= _RUNNING_MOST or _decimal_shift(ratio)):
        return False
    return (
        _running(a.fact) or _running(b.fact) or _entry_time(a) is not None or _entry_time(b) is not None
        or _counted_over_days(a, b)
    )


def _counted_over(fact: Fact) -> bool:
    """Whether a count's own clause tells it as counted over a span still open (``moved_figures.counted_over``:
    "dropped since the walkout began", "filed in its first fortnight", "have since turned away")."""
    return told_counted_over(fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start)


def _counted_over_days(a: _Side, b: _Side) -> bool:
    """One of two reports of two days tells its count as counted over a span still open, and the later report's
    figure is the higher. A count over an open span is given again as the span goes on, so a later, higher figure may
    be the same running total read later (``_update`` then reads it so). Reports of one day are not read so: a span's
    words ("since the walkout began") tell a total, not that it grew within a day; nor is a later, lower figure, which
    an open span does not explain (a count still left says so itself, ``_remaining``). The span's words may be another
    outlet's, reporting between the two, of the later figure (``_running_total_told_between``), unless the earlier
    figure is a slip of one given before it."""
    read = _written_order(a, b)
    if read is None:
        return False
    later, earlier, x_later, x_earlier = read
    day_later, day_earlier = _day(_reported(later)), _day(_reported(earlier))
    if day_later is None or day_earlier is None or day_later <= day_earlier or x_later <= x_earlier:
        return False
    if _counted_over(a.fact) or _counted_over(b.fact):
        return True
    return _running_total_told_between(later, x_later, day_earlier) and not _slip_of_an_earlier_figure(earlier)


def _running_total_told_between(later: _Side, x_later: float, day_earlier: dt.date) -> bool:
    """Another outlet, reporting after the earlier report's day and no later than the later one, gave the later figure
    as counted over a span still open ("wardens have since fined 96 drivers"): the later report's figure, with no
    such words of its own ("officers searched 347 people"), is that running total as it stood, not a second account
    of the earlier reading."""
    unit = _base_unit(later.fact.value)
    for side in later.story:
        seen = _day(_reported(side))
        if side.article.id == later.article.id or seen is None or not day_earlier < seen <= (_day(_reported(later)) or seen):
            continue
        x = _point(side.fact.value)
        if x is None or _base_unit(side.fact.value) != unit or abs(x - x_later) > _CREDIT_NEAR * max(x, x_later):
            continue
        if _counted_over(side.fact):
            return True
    return False


def _slip_of_an_earlier_figure(side: _Side) -> bool:
    """Whether another outlet gave, before the side's report, a figure the side's is one typing slip from ("214"
    before "241"): a copy gone wrong comes after the figure it copies, so the side's figure is no reading of a count."""
    x = _point(side.fact.value)
    if x is None:
        return False
    for other in side.story:
        if _report_order(other.article, side.article) >= 0:
            continue
        for fact in other.statements or (other.fact,):  # (an article's every statement in the slot, not its lead's alone)
            y = _point(fact.value)
            if y is not None and y != x and one_slip_apart(x, y):
                return True
    return False


# A figure read at a moment of its day before the day was over: an index "off 3.3 percent at noon", footfall down
# "a tenth in the first hours", shares lower "in early trading", a lock gate "jammed for six hours now". The measure goes on
# moving after it, either way (shares recover, traffic returns), so another report's figure for the whole day, the
# close or the end is a later reading, not a second account of one value. Moments are read as the part of the day
# they fall in ("at noon" is "at midday"; "in the first hours" is the morning's), so two readings of one part of a
# day must still agree. A clock time is no such cue: "at ten past two" tells when a thing happened as often as when
# a measure was read.
_MOMENTS_OF_DAY = {
    "morning": (
        r"in\s+(?:early|morning)\s+(?:trading|trade|dealings)",
        r"in\s+the\s+(?:first|opening)\s+(?:few\s+)?(?:hours?|minutes|half-hour)",
        r"(?:at|by|around|until|before)\s+mid-?morning",
        # a market's first price of the day: "opened up 4 percent", "rose 3 percent at the open"; a capital
        # "Open" is a tournament, and a lead that "opened up to" or "opened up a" gap is no price
        r"(?:opened|opens|(?:shares|stocks?|index|futures|markets?|prices?)\s+open)\s+(?:sharply\s+)?"
        r"(?:higher|lower|up|down)(?!\s+(?:a|an|the|to)\b)",
        r"(?:at|after|since)\s+the\s+(?:opening\s+bell|(?-i:open)(?=\s*$|\s+(?:on|in|of)\b))",
    ),
    "midday": (
        r"(?:at|by|around|until|before)\s+(?:mid-?day|noon|lunch-?time)",
        r"in\s+(?:midday|lunchtime)\s+(?:trading|trade|dealings)",
    ),
    "afternoon": (
        r"in\s+afternoon\s+(?:trading|trade|dealings)",
        r"(?:at|by|around|until|before)\s+mid-?afternoon",
    ),
    # a count "by the evening", "by last night", "by nightfall": what had built up when the day's reporting closed, read
    # before the next day's counts ("a queue of 2,300 lorries by the evening", "212 complaints by last night"). Only
    # "by": "until the evening" ends a span, "in the evening" tells when a thing happened. A total up to a moment only
    # grows: the later reading must be the higher (``_grew_to_the_later``).
    "evening": (
        r"by\s+(?:the\s+)?(?:early\s+|late\s+)?evening",
        r"by\s+(?:last\s+|late\s+)?night(?:fall)?",
        r"by\s+(?:dusk|dark)",
    ),
}
_MOMENT_OF_DAY = re.compile(
    "|".join(rf"(?P<{part}>\b(?:{'|'.join(cues)})\b)" for part, cues in _MOMENTS_OF_DAY.items()), re.IGNORECASE
)
# "stuck for five hours now", "has been burning for 30 hours so far": a span still running when it was told.
_SPAN_SO_FAR = re.compile(r"^[^.;:!?,\d]{0,20}?\b(?:now|so far)\b", re.IGNORECASE)
_MOMENT_REACH = 60  # characters either side of a figure in its sentence where its moment is told
# A clause opened before the figure ("stood at 40 boats by last night when the dockers downed tools for 36 hours"): a moment told
# before it belongs to the clause before, not to this figure.
_CLAUSE_OPENER = re.compile(r"\b(?:after|when|because|while|whereas|as|and|but)\s+(?=\S+\s)", re.IGNORECASE)
_MOMENT_AFTER_STOP = re.compile(r"[.;:!?,\d]")
_MOMENT_BEFORE_STOP = re.compile(r"[.;:!?\d]")


def _moment_of_day(fact: Fact) -> str | None:
    """The part of its day a figure's own words say it was read in ("at midday", "in early trading", "in the first
    hours", a span "now"), with no other figure between the words and it: None when they name none."""
    value = fact.value
    timed = isinstance(value, Quantity) and UNITS.get(value.unit or "", ("",))[0] == "time"
    return _moment_around(fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start, timed)


@functools.lru_cache(maxsize=4096)
def _moment_around(sentence: str, at: int, end: int, timed: bool) -> str | None:
    """``_moment_of_day`` of the figure at ``at:end`` of ``sentence`` (``timed``: a span of time), remembered: each
    figure of a slot is weighed against every other outlet's, and its words are read again for each pair."""
    if not 0 <= at <= end <= len(sentence):
        return None
    after = _MOMENT_AFTER_STOP.split(sentence[end : end + _MOMENT_REACH], maxsplit=1)[0]
    before = _CLAUSE_OPENER.split(_MOMENT_BEFORE_STOP.split(sentence[max(0, at - _MOMENT_REACH) : at])[-1])[-1]
    if timed and _SPAN_SO_FAR.search(after):
        return "now"
    for text in (after, before):
        match = _MOMENT_OF_DAY.search(text)
        if match and match.lastgroup:
            return match.lastgroup
    return None


def _read_at_other_moments(a: _Side, b: _Side, params: Mapping[str, object]) -> Verdict | None:
    """One figure read at a moment of its day (``_moment_of_day``), the other at another moment or at the day's end:
    two readings of a measure that went on moving, so an update, not a conflict. A span still running ("five hours
    now") can only have grown by the end; a slipped zero ("900" and "9,000") is no reading."""
    if not params["updates"]:
        return None
    frame = a.fact.frame
    if frame is not None and frame.role == "historical":
        return None
    moment_a, moment_b = _moment_of_day(a.fact), _moment_of_day(b.fact)
    if moment_a == moment_b:
        return None  # two readings at one moment (or neither told at one) must agree
    qa, qb = a.fact.value, b.fact.value
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
    pair = _in_one_unit(qa, qb)
    if pair is None:
        return None
    qa, qb = pair
    na, nb = qa.low if qa.low is not None else qa.high, qb.low if qb.low is not None else qb.high
    if not na or not nb or (na < 0) != (nb < 0):
        return None
    ratio = max(abs(na), abs(nb)) / min(abs(na), abs(nb))
    if ratio >= _RUNNING_MOST or (ratio >= _RUNNING_REACH and _decimal_shift(ratio)):
        return None
    if _swapped_once_converted(a.fact.value, b.fact.value):  # type: ignore[arg-type]
        return None  # ("14 miles" by the night and "32 kilometres": 23 km with its digits swapped, a slip, no reading)
    read, other, (read_n, other_n) = (a, b, (na, nb)) if moment_a else (b, a, (nb, na))
    moment = moment_a or moment_b
    if moment == _BUILT_UP_BY and not _grew_to_the_later(read, other, read_n, other_n):
        return None  # ("212 complaints by last night" and a later report's 190: a total up to a moment cannot shrink)
    if moment == "now" and read_n > other_n and _moment_of_day(other.fact) is None:
        return None  # a span still running cannot be longer than the whole
    told = "while it still ran" if moment == "now" else f"in the {moment}"
    return "compatible", "update", f"{read.article.outlet}'s figure was read {told}; {other.article.outlet}'s at another moment"


_BUILT_UP_BY = "evening"  # the moment whose words tell a total built up by then ("by last night"), not a level read


def _grew_to_the_later(read: _Side, other: _Side, read_n: float, other_n: float) -> bool:
    """Whether, of a total told as built up by a moment (``read``) and another report's figure, the report published
    later gives the higher figure; reports of one moment, unordered, may stand either way."""
    order = _report_order(read.article, other.article)
    return order == 0 or (read_n > other_n) == (order > 0)


def _swapped_once_converted(qa: Quantity, qb: Quantity) -> bool:
    """Two figures of two units of which one, converted into the other's unit and rounded as that one is written, has
    its digits swapped ("14 miles" is 23 km, against "32 km"): a slip's shape that the base units hide."""
    for x, y in ((qa, qb), (qb, qa)):
        n = x.low if x.low is not None else x.high
        m = y.low if y.low is not None else y.high
        if n is None or m is None or x.unit == y.unit or not units_comparable(x.unit, y.unit):
            continue
        factor = in_base_units(dataclasses.replace(y, low=1.0, high=1.0)).low
        per = in_base_units(dataclasses.replace(x, low=1.0, high=1.0)).low
        if not factor or not per:
            continue
        decimals = len(f"{n:.12g}".split(".")[1]) if "." in f"{n:.12g}" else 0
        if digits_swapped_as_written(n, round(m * factor / per, decimals)):
            return True
    return False


def _in_one_unit(qa: Quantity, qb: Quantity) -> tuple[Quantity, Quantity] | None:
    """Two figures as they are when their units are one, else both in their dimension's base unit; None when the
    units measure different things, or one number's digits were given two units ("1,400 lb" and "1.4 tonnes": one
    unit written wrongly, no two readings of a measure)."""
    if qa.unit == qb.unit:
        return qa, qb
    if not units_comparable(qa.unit, qb.unit):
        return None
    written = [abs(q.low or q.high or 0.0) for q in (qa, qb)]
    # One number under two units is written alike, to within a slip of its last digit ("1,400 lb" and "1.4 tonnes",
    # "62 lb" and "61 kg"); "510 minutes" and "five hours" are two readings, 102 times apart by chance.
    if min(written) > 0 and _decimal_shift(max(written) / min(written), _ONE_NUMBER_SLACK):
        return None
    return in_base_units(qa), in_base_units(qb)


_ONE_NUMBER_SLACK = 0.02  # how far (a fraction) two written numbers of two units may be apart and still be one number


def _decimal_shift(ratio: float, slack: float | None = None) -> bool:
    """ "900" and "9,000", "3.5" and "35": one figure ten or a hundred times the other, a slipped zero or point;
    with ``slack``, to within that fraction of the power of ten."""
    if slack is not None:
        return abs(ratio / 10 ** round(math.log10(ratio)) - 1) <= slack
    return abs(math.log10(ratio) - round(math.log10(ratio))) < 0.02


def _running(fact: Fact) -> bool:
    """Whether a count's own words tell it as a running total (``_RUNNING_AFTER``, ``_RUNNING_BEFORE``)."""
    return _told_running(fact.sentence, fact.start - fact.sentence_start, fact.end - fact.sentence_start)


@functools.lru_cache(maxsize=4096)
def _told_running(sentence: str, at: int, end: int) -> bool:
    # Asked for both sides of every pair of a slot with no tally frame: once per figure is enough.
    if not 0 <= at <= end <= len(sentence):
        return False
    return bool(_RUNNING_AFTER.search(sentence[end : end + 60]) or _RUNNING_BEFORE.search(sentence[max(0, at - 50) : at]))


# A live report's entry opens with the clock time it was posted, before its first word: "13:30 The organisers
# reckon ...", "9.05am - Police say ...". Bounded runs only: it is matched at a paragraph's start.
_ENTRY_STAMP = re.compile(
    r"[ \t>*#-]{0,4}([01]?\d|2[0-3])[:.]([0-5]\d)(?:[ \t]?([ap])\.?m\.?)?(?:[ \t]?(?:GMT|UTC|BST|CET|local time))?"
    r"\**[ \t]{0,3}[-–—:|]?[ \t]{0,3}\**[ \t]{0,3}(?=[A-Z\"“‘'(])"
)


def _entry_time(side: _Side) -> dt.datetime | None:
    """When a live report's entry holding the figure was posted: its paragraph's opening stamp on the day the
    page was published, when that is no later than the page itself (an entry of the day before is not read)."""
    published = side.article.published
    if published is None or side.article.published_precision:
        return None
    body = side.article.body
    at = side.fact.sentence_start
    if not 0 <= at <= len(body):
        return None
    match = _ENTRY_STAMP.match(body, body.rfind("\n", 0, at) + 1)
    if match is None:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if half:
        if hour > 12:
            return None
        hour = hour % 12 + (12 if half.lower() == "p" else 0)
    if not isinstance(published, dt.datetime):
        return dt.datetime.combine(published, dt.time(hour, minute))
    posted = dt.datetime.combine(published.date(), dt.time(hour, minute), tzinfo=published.tzinfo)
    return None if posted > published + dt.timedelta(minutes=1) else posted


# ``_reported``'s answers, by the article and the fact read (both kept alive with the answer, so no other takes
# their ids): a slot's pairs ask it of each side once per rule that orders two reports, and an article's side
# is weighed against every other outlet's, so on the 1,000-article scale corpus 41 of its 44 thousand calls
# repeated one before. Emptied with the event caches (``event_results.forget_event_caches``) and past a bound.
_REPORTED_HELD = 4096
_reported_of: dict[tuple[int, int], tuple[Article, Fact, Article]] = {}


def _reported(side: _Side) -> Article:
    """The article as of the time its figure stands: "as of Tuesday evening, 40 had died" is a
    report of Tuesday evening, whenever the article was published; a live report's entry stamped 13:30
    speaks for 13:30 of its day, not for the page's last update."""
    article, fact = side.article, side.fact
    held = _reported_of.get((id(article), id(fact)))
    if held is not None and held[0] is article and held[1] is fact:
        return held[2]
    if len(_reported_of) >= _REPORTED_HELD:
        _reported_of.clear()
    found = _read_reported(side)
    _reported_of[id(article), id(fact)] = (article, fact, found)
    return found


def _read_reported(side: _Side) -> Article:
    match = _AS_OF.search(side.fact.sentence)
    if match is None:
        posted = _entry_time(side)
        if posted is None:
            return side.article
        return dataclasses.replace(side.article, published=posted, published_precision="")
    when = _time_of_text(match.group(0) + side.fact.sentence[match.end() : match.end() + 40], side.article.published)
    if when is None:
        return side.article
    return dataclasses.replace(side.article, published=when, published_precision="")


def _time_of_text(text: str, published: dt.date | dt.datetime | None) -> dt.date | dt.datetime | None:
    """The first day (or time) a phrase names, read against the day the article appeared."""
    for value in _dates_in(text, published):
        if not value.start or not value.resolved or is_yearless(value):
            continue
        if value.granularity not in ("day", "time") or value.start[:10] != (value.end or "")[:10]:
            continue
        try:
            return dt.datetime.fromisoformat(value.start) if value.granularity == "time" else dt.date.fromisoformat(value.start[:10])
        except ValueError:
            continue
    return None


def _same_day(a: Article, b: Article) -> bool:
    da = _day(a)
    return da is not None and da == _day(b)


def _short_of(q: Quantity, interval: tuple[float, float] | None) -> tuple[float, float] | None:
    """ "nearly 80 million" is rounded up from below: 78.5 million may be it, 87.5 million may not."""
    if interval is None or (q.qualifier or "") not in SHORT_OF or q.high is None:
        return interval
    return interval[0], min(interval[1], q.high)


def _rounds_together(a: Fact, b: Fact) -> bool:
    qa, qb = a.value, b.value
    assert isinstance(qa, Quantity) and isinstance(qb, Quantity)

    ia, ib = _short_of(qa, rounding_interval(a)), _short_of(qb, rounding_interval(b))
    if qa.unit != qb.unit:
        ba, bb = in_base_units(qa), in_base_units(qb)
        if ba.low is None or bb.low is None or qa.low is None or qb.low is None:
            return False
        fa, fb = ba.low / qa.low if qa.low else 1.0, bb.low / qb.low if qb.low else 1.0
        ia = (ia[0] * fa, ia[1] * fa) if ia else (ba.low, ba.low)
        ib = (ib[0] * fb, ib[1] * fb) if ib else (bb.low, bb.low)
        # A figure converted from another unit is rounded in its own: "2,000 ft" is about 610 m, and a
        # writer converting it writes 600 or 610, never 700. One figure, converted exactly, must fall
        # within what the other rounds; two roundings overlapping at their edges is not enough.
        return ib[0] <= ba.low <= ib[1] or ia[0] <= bb.low <= ia[1]
    else:
        ia = ia or (qa.low or 0.0, qa.low or 0.0)
        ib = ib or (qb.low or 0.0, qb.low or 0.0)
    # Strictly: "600" and "700" (each read to the hundred) only touch at 650, and are two figures.
    return ia[0] < ib[1] and ib[0] < ia[1]


def _relative_gap(qa: Quantity, qb: Quantity, approx: float) -> float:
    la, ha = quantity_interval(qa, approx_tolerance=approx)
    lb, hb = quantity_interval(qb, approx_tolerance=approx)
    finite = [abs(x) for x in (la, ha, lb, hb) if math.isfinite(x)]
    scale = max(finite) if finite else 0.0
    if not scale:
        return math.inf
    return max(lb - ha, la - hb) / scale


def _compare_figures(slot: SlotFacts, params: Mapping[str, object]) -> Outcome:
    rates = _implied_rates(slot)
    if rates:
        params = {**params, _IMPLIED_RATES: rates}
    totals = _part_totals(slot)
    if totals:
        params = {**params, _PART_TOTALS: totals}
    side_by_side = _sources_side_by_side(slot)
    if side_by_side:
        params = {**params, _SOURCES_SIDE_BY_SIDE: side_by_side}
    return _judge_slot(slot, params, _figure_usable, _slot_figure_key(slot), _describe_figure, _judge_figures)


def _slot_figure_key(slot: SlotFacts) -> Callable[[Fact], str]:
    """Group figures by value, reading an unsaid unit as the one unit the slot's others state: "7.1"
    beside two "7.1 magnitude" is one group of three outlets, not two groups of one value."""
    units = {f.value.unit for _article, facts in slot for f in facts if isinstance(f.value, Quantity) and f.value.unit}
    if len(units) != 1:
        return _figure_key
    (unit,) = units

    def key(f: Fact) -> str:
        value = f.value
        if isinstance(value, Quantity) and value.unit is None and f.frame is not None and f.frame.known:
            return _figure_key(dataclasses.replace(f, value=dataclasses.replace(value, unit=unit)))
        return _figure_key(f)

    return key


_IMPLIED_RATES = "_implied_rates"  # a key no rule can set: rule parameters are words
_PART_TOTALS = "_part_totals"
_SOURCES_SIDE_BY_SIDE = "_sources_side_by_side"


def _part_totals(slot: SlotFacts) -> dict[str, float]:
    """Each count an article gives as a part of a sum ("14 passengers and two crew", "eight customers and
    three staff") -> the sum of the parts: another outlet's total of them is the same claim told as a
    sum, not a conflict with either part."""
    totals: dict[str, float] = {}
    for _article, facts in slot:
        counts = sorted(
            (f for f in facts if isinstance(f.value, Quantity) and f.value.unit is None and f.value.low is not None
             and f.value.low == f.value.high and not f.value.approximate and not f.value.vague),
            key=lambda f: f.start,
        )
        for first, second in zip(counts, counts[1:], strict=False):
            if listed_after(first, second):
                total = float(first.value.low) + float(second.value.low)  # type: ignore[union-attr,arg-type]
                totals[first.id] = totals[second.id] = total
    return totals


def _sources_side_by_side(slot: SlotFacts) -> frozenset[frozenset[str]]:
    """Pairs of sources one article credits with two values of the claim in one sentence ("the union
    put the toll at 21, while officials said 17"): their counts stand at the same time, so another
    outlet's figure from one of them against a figure from the other is a difference of sources, not
    a tally that grew between two reports of one day."""
    pairs: set[frozenset[str]] = set()
    for _article, facts in slot:
        by_sentence: dict[int, set[str]] = defaultdict(set)
        for f in facts:
            if f.frame is not None and f.frame.source:
                by_sentence[f.sentence_start].add(source_key(f.frame.source))
        for sources in by_sentence.values():
            if 1 < len(sources) <= 8:  # a sentence sets a few sources side by side, never hundreds
                ordered = sorted(sources)
                pairs.update(frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return frozenset(pairs)
_SIDE_BY_SIDE = re.compile(r"^[\s(\[;,/]*(?:or\s+|about\s+|some\s+|roughly\s+)?$", re.IGNORECASE)


def _implied_rates(slot: SlotFacts) -> dict[tuple[str | None, str | None], float]:
    """Exchange rates the reports themselves give: "3m euros ($3.9m)" says 1 EUR = 1.3 USD.

    A reader converts at the rate the story gives before any bank's; the mean of what the slot's
    articles give, each pair of currencies in both directions.
    """
    seen: defaultdict[tuple[str | None, str | None], list[float]] = defaultdict(list)
    for _article, facts in slot:
        amounts = sorted((f for f in facts if isinstance(f.value, Quantity) and is_money(f.value)), key=lambda f: f.start)
        for first, second in zip(amounts, amounts[1:], strict=False):
            qa, qb = first.value, second.value
            assert isinstance(qa, Quantity) and isinstance(qb, Quantity)
            if qa.unit == qb.unit or first.sentence_start != second.sentence_start or not qa.low or not qb.low:
                continue
            between = first.sentence[first.end - first.sentence_start : second.start - first.sentence_start]
            if _SIDE_BY_SIDE.match(between):
                seen[(qa.unit, qb.unit)].append(qb.low / qa.low)
                seen[(qb.unit, qa.unit)].append(qa.low / qb.low)
    return {pair: sum(values) / len(values) for pair, values in seen.items()}


FIGURE_AGREEMENT = Check(
    name="figure-agreement",
    kind="figure",
    summary="Compare the figures outlets give for one claim, pair by pair: hedges, rounding, units, updates and sources.",
    params={
        "approx_tolerance": Param(float, 0.1, "how far a hedged figure ('about $8 billion') reaches, as a fraction"),
        "tolerance": Param(float, 0.0, "relative difference between two exact figures that is still not a conflict"),
        "rounding": Param(bool, True, "a round figure ('60 km') stands for what it rounds, where the measure is rounded"),
        "updates": Param(bool, True, "a running tally that grows in a later report is an update, not a conflict"),
    },
    compare=_compare_figures,
    event_context=_event_currencies,
)


# --- dates -----------------------------------------------------------------------------------------

_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
_ZONE = re.compile(
    r"\b(GMT|UTC|UT|Z|local(?: time)?|[ECMP][SD]?T|BST|CET|CEST|EET|EEST|IST|JST|KST|WIB|AEST|AEDT|NZST|NZDT|IRST|HKT|SGT)"
    r"(?:\s*([+-])\s*(\d{1,2})(?::?(\d\d))?)?\b"
)


def _date_usable(f: Fact) -> bool:
    if not isinstance(f.value, DateValue):
        return False
    # An undated clock time ("6:00 p.m." in an article with no date) still reads against another's, and so
    # does a part of the day told with no day ("a busy mid-morning"): it bounds the clock.
    return (
        f.value.start is not None or bool(_WEEKDAY.search(f.text)) or _clock_reading(f) is not None
        or _bare_part(f) is not None
    )


def _bare_part(f: Fact) -> str | None:
    """The part of the day ("MO", "AF", "EV", "NI") a date names without any day: "mid-morning", "that evening"."""
    value = f.value
    if not isinstance(value, DateValue) or value.start is not None or _WEEKDAY.search(f.text):
        return None
    match = _PART_CODE.fullmatch(value.timex or "")  # (a bare "TMO", not a day's "2024-04-08TMO")
    return match.group(1) if match else None


def _date_key(f: Fact) -> str:
    value = f.value
    assert isinstance(value, DateValue)
    part = _bare_part(f)
    if part is not None:
        return f"part:{part}"
    if value.start is None:
        clock = _clock_reading(f)
        return f"weekday:{_weekday_of_text(f)}" + (f"@{clock}" if clock is not None else "")
    return f"{value.start}..{value.end}"


def _describe_date(f: Fact) -> str:
    value = f.value
    assert isinstance(value, DateValue)
    part = _bare_part(f)
    if part is not None:
        return f"{_PART_NAMES[part]} (day not anchored)"
    if value.start is None:
        clock = _clock_reading(f)
        if clock is not None:
            day = _weekday_of_text(f)
            return f"{day.capitalize() + ' ' if day else ''}{clock // 60:02d}:{clock % 60:02d} (day not anchored)"
        return f"{(_weekday_of_text(f) or 'a day').capitalize()} (not anchored)"
    if value.start == value.end:
        norm = value.start
    elif value.granularity == "month" and value.end and value.start[:7] == value.end[:7]:
        norm = value.start[:7]
    elif value.granularity == "year" and value.end and value.start[:4] == value.end[:4]:
        norm = value.start[:4]
    else:
        norm = f"{value.start}..{value.end}"
    if norm.startswith("--"):
        norm = norm[2:] + " (year not given)"
    zone = _zone_of(f)
    if zone is not None and zone[1] is not None:
        norm += f" {zone[0]}"
    return norm


def _weekday_off(side: _Side) -> str:
    """ "Friday, June 9" where June 9 is a Thursday: the date and the weekday written beside it disagree, so
    the report has one of them wrong, whatever day another report gives."""
    value = side.fact.value
    named = _weekday_of_text(side.fact)
    if not named or not isinstance(value, DateValue) or value.granularity not in ("day", "time") or not value.start:
        return ""
    if not re.search(r"\d", _WEEKDAY.sub("", side.fact.text)):
        return ""  # a weekday alone ("on Tuesday") was resolved by it: it cannot disagree with itself
    try:
        day = dt.date.fromisoformat(value.start[:10])
    except ValueError:
        return ""
    actual = day.strftime("%A").lower()
    if actual == named:
        return ""
    return f"{side.article.outlet}'s “{side.fact.text}”: {day:%d %B %Y} is a {actual.capitalize()}, not a {named.capitalize()}"


def _weekday_of_text(f: Fact) -> str:
    match = _WEEKDAY.search(f.text)
    return match.group(1).lower() if match else ""


def _zone_of(f: Fact) -> tuple[str, int | None] | None:
    """The zone a clock time states (in its text or right after it): (label, minutes east of UTC or None)."""
    after_end = f.end - f.sentence_start
    window = f.text + " " + f.sentence[after_end : after_end + 16]
    match = _ZONE.search(window)
    if not match:
        return None
    label = match.group(1)
    if label.lower().startswith("local"):
        return "local", None
    if _two_clocks(f):
        # "3:40 a.m. (0240 GMT)": the reading is the local clock, the zone belongs to the converted one,
        # so the local offset is the gap between the two.
        assert isinstance(f.value, DateValue) and f.value.instant is not None
        local, universal = _minutes_of_day(f.value), _minutes_of_day(DateValue(f.value.instant[:16], None, "time"))
        if local is not None and universal is not None:
            return label, (local - universal + 720) % 1440 - 720
    offset = ZONE_OFFSETS.get(label.upper(), 0)
    if match.group(2):
        sign = 1 if match.group(2) == "+" else -1
        offset += sign * (int(match.group(3)) * 60 + int(match.group(4) or 0))
    return label, offset


def _on_local_clock(side: _Side, local_offset: int) -> _Side | None:
    """A zoned reading ("1512 GMT") as the local clock read it, at the offset a report of the event gave."""
    value, zone = side.fact.value, _zone_of(side.fact)
    minutes = _clock_reading(side.fact)
    if not isinstance(value, DateValue) or zone is None or zone[1] is None or minutes is None or not value.start:
        return None
    shifted = (minutes - zone[1] + local_offset) % 1440
    clock = f"{shifted // 60:02d}:{shifted % 60:02d}"
    at = f"{value.start.split('T', 1)[0]}T{clock}"
    local = dataclasses.replace(value, start=at, end=at, zone="local", instant=None)
    return _Side(side.article, dataclasses.replace(side.fact, value=local, text=f"{clock} local time"), side.key)


def _two_clocks(f: Fact) -> bool:
    """ "3:40 a.m. (0240 GMT)": one moment on the local clock and, in brackets, on a zoned one."""
    value = f.value
    if not isinstance(value, DateValue) or value.instant is None or value.zone is None or "(" not in f.text:
        return False
    bracket = f.text.index("(")
    return _ZONE.search(f.text, 0, bracket) is None and _ZONE.search(f.text, bracket) is not None


def _reads_local(f: Fact) -> bool:
    """A reading on the clock where it happened: stated as local, given beside its converted time, or
    stated with no zone, as news gives the local time unless it says otherwise."""
    zone = _zone_of(f)
    return zone is None or zone[0] == "local" or _two_clocks(f)


def _minutes_of_day(value: DateValue) -> int | None:
    if value.start is None or "T" not in value.start:
        return None
    clock = value.start.split("T", 1)[1]
    try:
        hours, minutes = clock.split(":")[:2]
        return int(hours) * 60 + int(minutes)
    except ValueError:
        return None


def _judge_times(
    a: _Side, b: _Side, local_offset: int | None = None, converted: frozenset[int] = frozenset()
) -> Verdict | None:
    """Two clock times: the same instant across zones, or one that may be so. ``local_offset``: the
    offset of where it happened, when a report of the event gives its local clock beside GMT;
    ``converted``: the instants (minutes of the day in UTC) that such a report converted."""
    va, vb = a.fact.value, b.fact.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    ma, mb = _minutes_of_day(va), _minutes_of_day(vb)
    if ma is None or mb is None:
        return None
    za, zb = _zone_of(a.fact), _zone_of(b.fact)
    if local_offset is not None and _reads_local(a.fact) != _reads_local(b.fact):
        # "1512 GMT" against "just after 4 p.m." where another report put 4:12 p.m. at 1512 GMT: the
        # zoned reading moved to the local clock meets the local one. Only as evidence that they agree:
        # the offset is another report's, perhaps of another place ("09:10 (0440 GMT)" for an aftershock
        # felt elsewhere), so readings that do not meet are left to the rules below.
        zoned, local = (b, a) if _reads_local(a.fact) else (a, b)
        moved = _on_local_clock(zoned, local_offset)
        if moved is not None and not _two_clocks(local.fact):
            if _clock_reading(moved.fact) == _clock_reading(local.fact):
                return "compatible", "timezone", "the same instant in two zones"
            hedged = _hedged_clocks(moved, local) or _other_half(moved, local)
            if hedged:
                return hedged
            own_zone, zone = _zone_of(local.fact), _zone_of(zoned.fact)
            if (
                local_offset and (own_zone is None or own_zone[0] == "local") and zone is not None
                and zone[0] in UNIVERSAL_ZONES and _one_reading(zoned, local)
            ):
                # "10:40 a.m. GMT" against "10.40am" where the event's clock runs hours off GMT: one reading
                # labelled two ways, the signature of a local time relabelled GMT (or the reverse)
                return "conflict", "timezone", (
                    f"“{zoned.fact.text}” and “{local.fact.text}” are one reading in GMT and in local time, which differ here"
                )
            if (own_zone is None or own_zone[0] == "local") and (
                _utc_minutes(zoned.fact) in converted or (zone is not None and zone[1] == local_offset)
            ):
                # "at 5.46pm" against "1746 GMT" where a report put this very instant at 7:46 p.m. local
                # time: news gives the local clock unless it says otherwise. Only for an instant a report
                # converted (the offset of an aftershock's "09:10 (0440 GMT)" may be another place's), or
                # a zone whose offset is the local one ("21:48 CEST" where the local clock is CEST's).
                return "conflict", "timezone", (
                    f"“{zoned.fact.text}” is {moved.fact.text} by the local offset a report states, not “{local.fact.text}”"
                )
    if va.instant and vb.instant and va.zone and vb.zone:
        # Both zones read by the extractor, summer or winter time as the day falls ("9:15 p.m. ET" in
        # May is 01:15 GMT the next day): the instants decide, by the clock alone when a side states
        # no day (the day it was filed under is a guess).
        unsure = clock_only(a.fact) or clock_only(b.fact)
        ia, ib = (va.instant[11:16], vb.instant[11:16]) if unsure else (va.instant, vb.instant)
        if ia == ib:
            return ("agree", "equal", "the same instant") if ma == mb else ("compatible", "timezone", "the same instant in two zones")
        return "conflict", "timezone", f"{va.zone} and {vb.zone} times are different instants"
    if _reads_local(a.fact) and _reads_local(b.fact) and (_two_clocks(a.fact) or _two_clocks(b.fact)):
        # "19:47 local time" or "about 10 p.m." against "9:47 p.m. (1947 GMT)": the bracketed form gives
        # the local clock as well, so the two local readings compare, hedges and all.
        if ma == mb:
            return None  # the same local reading: the days decide
        return _hedged_clocks(a, b) or _other_half(a, b) or ("conflict", "timezone", "different local clock times")
    oa = za[1] if za else None
    ob = zb[1] if zb else None
    if oa is not None and ob is not None:
        same = (ma - oa - (mb - ob)) % 1440 == 0
        if same:
            return ("agree", "equal", "the same instant") if ma == mb else ("compatible", "timezone", "the same instant in two zones")
        return "conflict", "timezone", f"{za[0] if za else ''} and {zb[0] if zb else ''} times are different instants"
    if ma == mb:
        mislabelled = _summer_mislabel(a, za, zb) or _summer_mislabel(b, zb, za)
        if mislabelled:
            return "conflict", "timezone", mislabelled
        universal = [z for z in (za, zb) if z and z[0].upper() in UNIVERSAL_ZONES]
        if universal and any(z and z[0] == "local" for z in (za, zb)):
            # "8:15 a.m. local time" against "08:15 GMT": an outlet that names the local zone means
            # one that is not GMT; the same reading is then two instants.
            return "conflict", "timezone", f"the same clock reading in local time and in {universal[0][0]}: different instants"
        return None  # the same clock reading: the days decide
    if (oa is None) != (ob is None) and (ma - mb) % 30 == 0:
        return "compatible", "timezone", "one time states its zone and the other does not: possibly the same instant"
    return None


# Words before a clock time that widen it: (minutes before, minutes after) the reading; None for a
# hedge that reaches as far as the reading is rounded.
_CLOCK_HEDGES: tuple[tuple[re.Pattern[str], tuple[int, int] | None], ...] = (
    (re.compile(r"\b(?:shortly|just|soon|right|a little|moments?|minutes)\s+(?:after|past)\s*$", re.IGNORECASE), (0, 30)),
    (re.compile(r"\b(?:shortly|just|a little|moments?|minutes)\s+before\s*$", re.IGNORECASE), (30, 0)),
    (re.compile(r"\b(?:after|past)\s*$", re.IGNORECASE), (0, 120)),
    (re.compile(r"\bbefore\s*$", re.IGNORECASE), (120, 0)),
    (re.compile(r"\b(?:about|around|approximately|roughly|circa|some|nearly|almost|close to)\s*$", re.IGNORECASE), None),
)


def _rounding_reach(minutes: int) -> int:
    """How far "about" reaches from a reading: half the step it is rounded to. "about 4 a.m." may be
    3:40, "around 11:30" 11:20, "about 2:15" no further than the quarter's half."""
    past = minutes % 60
    step = next((s for s in (60, 30, 15, 10, 5) if past % s == 0), 1)
    return max(1, step // 2)


def _clock_window(side: _Side, cap: int = 30) -> tuple[int, int, bool] | None:
    """The minutes of the day a clock time may stand for: "shortly after 3 a.m." is 3:00 to 3:30.
    The flag says whether a hedge widened it. ``cap`` bounds an "about": two outlets that both hedge
    give two estimates, which meet only within a quarter of an hour ("around 11" is not "around 11:30")."""
    minutes = _clock_reading(side.fact)
    if minutes is None:
        return None
    before = side.fact.sentence[max(0, side.fact.start - side.fact.sentence_start - 30) : side.fact.start - side.fact.sentence_start]
    digit = next((i for i, c in enumerate(side.fact.text) if c.isdigit()), None)
    if digit is None:  # a reading in words: "late on Friday, just before a quarter to five"
        word = _CLOCK_WORD.search(side.fact.text)
        digit = word.start() if word else 0
    # "last night shortly before 10 p.m.": a hedge inside the date's own words ("a quarter past": the article is the
    # reading's own)
    before = _ARTICLE_AT_END.sub("", before + side.fact.text[:digit])
    for pattern, reach in _CLOCK_HEDGES:
        if pattern.search(before):
            earlier, later = reach if reach is not None else (min(cap, _rounding_reach(minutes)),) * 2
            return minutes - earlier, minutes + later, True
    return minutes, minutes, False


_ARTICLE_AT_END = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)
# Where a clock reading in words starts: its first number word, or the half, quarter, noon or midnight it names.
_CLOCK_WORD = re.compile(
    r"\b(?:half|quarter|noon|midday|midnight|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b",
    re.IGNORECASE,
)


def _clock_windows(a: _Side, b: _Side) -> tuple[tuple[int, int, bool] | None, tuple[int, int, bool] | None]:
    wa, wb = _clock_window(a), _clock_window(b)
    if wa is not None and wb is not None and wa[2] and wb[2]:
        return _clock_window(a, cap=15), _clock_window(b, cap=15)
    return wa, wb


def _hedged_clocks(a: _Side, b: _Side) -> Verdict | None:
    """ "3:14 a.m." and "shortly after 3 a.m.", "around 11:30" and "after 11": hedged readings that meet."""
    va, vb = a.fact.value, b.fact.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    other_days = (va.start or "")[:10] != (vb.start or "")[:10] and not (clock_only(a.fact) or clock_only(b.fact))
    if other_days or not (_reads_local(a.fact) and _reads_local(b.fact)):
        return None  # a clock that states no day was filed under a guessed one
    wa, wb = _clock_windows(a, b)
    if wa is None or wb is None or not (wa[2] or wb[2]) or wa[:2] == wb[:2]:
        return None
    if wa[0] < wb[1] and wb[0] < wa[1]:  # overlapping, not touching: "around 11" and "11:30" are two times
        return "compatible", "precision", "one time is hedged, and the two readings meet"
    return None


# What tells the half of the day a clock reading is in: a.m. or p.m. (written on to the figure too: "4.20am"), a
# part of the day, or the 24-hour form ("16.35", "04:30", "0140 GMT"). Not noon: a reading near it may lie either
# side ("due about noon, touched down at a quarter to two" is 13:45; "before noon, at eleven" 11:00).
_HALF_OF_DAY = re.compile(
    r"(?<![a-z])[ap]\.?\s?m\b|\b(?:morning|afternoon|evening|night|tonight|overnight|midnight|dawn|daybreak"
    r"|dusk|lunchtime|breakfast|sunrise|sunset)\b|\b(?:0\d|1[3-9]|2[0-3])[:.h]?[0-5]\d\b|\b\d{4}\b",
    re.IGNORECASE,
)
_HALF_REACH = 25  # characters either side of the reading in its sentence where a part of the day still counts


def _twelve_hours_on(side: _Side) -> _Side | None:
    """ "half past four", "4:30", "two o'clock": a reading that names no half of the day, as the same
    clock twelve hours on. The extractor reads the morning's; news leaves the half to the reader, so an
    outlet's 16:30 may be the other's "half past four"."""
    f, value = side.fact, side.fact.value
    minutes = _clock_reading(f)
    if not isinstance(value, DateValue) or not value.start or minutes is None:
        return None
    if not _names_no_half(f, minutes) and not _afternoon_beside(f, minutes):
        return None
    later = minutes + 720
    moved = f"{value.start.split('T', 1)[0]}T{later // 60:02d}:{later % 60:02d}"
    return _Side(side.article, dataclasses.replace(f, value=dataclasses.replace(value, start=moved, end=moved)), side.key)


def _names_no_half(f: Fact, minutes: int) -> bool:
    """Whether a morning reading could as well be the afternoon's: no a.m. or p.m., no part of the day
    near it, no 24-hour form and no stated zone ("twenty past four", "at one o'clock")."""
    # (from midnight: "a quarter to one" is read 00:45, and its afternoon is 12:45)
    if not 0 <= minutes < 720 or _zone_of(f):
        return False
    at = f.start - f.sentence_start
    return not _HALF_OF_DAY.search(f.sentence[max(0, at - _HALF_REACH) : at + len(f.text) + _HALF_REACH])


# Parts of the day that put a reading after noon ("at two o'clock this afternoon", "eight in the evening"), and
# those that may put it before ("at night", "two in the morning"): a morning reading that only the first kind
# sits beside is the afternoon's, which the extractor, reading the clock words alone, left in the morning.
_AFTERNOON_SIDE = re.compile(r"(?<![a-z])p\.?\s?m\b|\b(?:afternoon|evening|tonight|dusk|sunset)\b", re.IGNORECASE)
_MORNING_SIDE = re.compile(
    r"(?<![a-z])a\.?\s?m\b|\b(?:morning|night|overnight|midnight|dawn|daybreak|sunrise|breakfast)\b", re.IGNORECASE
)


def _afternoon_beside(f: Fact, minutes: int) -> bool:
    """A morning reading of a clock from one to eleven ("at two o'clock"), no zone stated, with a part of the day
    after noon near it in its sentence and none that may be before."""
    if not 60 <= minutes < 720 or _zone_of(f):
        return False
    at = f.start - f.sentence_start
    near = f.sentence[max(0, at - _HALF_REACH) : at + len(f.text) + _HALF_REACH]
    return bool(_AFTERNOON_SIDE.search(near)) and not _MORNING_SIDE.search(near)


def _one_reading(zoned: _Side, local: _Side) -> bool:
    """The same clock reading, the local one read in the afternoon too when it names no a.m. or p.m. ("17:15
    GMT" and "at a quarter past five")."""
    reading = _clock_reading(zoned.fact)
    if reading == _clock_reading(local.fact):
        return True
    later = _twelve_hours_on(local)
    return later is not None and reading == _clock_reading(later.fact)


def _other_half(a: _Side, b: _Side) -> Verdict | None:
    """Two readings that meet when one that names no half of the day is read in the afternoon."""
    for one, other in ((a, b), (b, a)):
        later = _twelve_hours_on(one)
        if later is None:
            continue
        if _clock_reading(later.fact) == _clock_reading(other.fact):
            return "compatible", "precision", f"{one.article.outlet}'s “{one.fact.text}” names no a.m. or p.m.: the same time in the afternoon"
        hedged = _hedged_clocks(later, other)
        if hedged:
            return "compatible", "precision", f"{one.article.outlet}'s “{one.fact.text}” names no a.m. or p.m.; read in the afternoon, {hedged[2]}"
    return None


def _summer_mislabel(side: _Side, zone: tuple[str, int | None] | None, other: tuple[str, int | None] | None) -> str:
    """Why one outlet's "3:14 a.m. PST" is not another's local "3:14 a.m." on a day of summer time."""
    value = side.fact.value
    if zone is None or zone[1] is None or (other is not None and other[1] is not None) or not isinstance(value, DateValue):
        return ""
    try:
        day = dt.date.fromisoformat((value.start or "")[:10])
    except ValueError:
        return ""
    summer = daylight_label(zone[0], day)
    if summer is None:
        return ""
    return f"{zone[0]} on a day of summer time ({summer}): the same reading in {zone[0]} is an hour later in local time"


# A reading told on a named place's clock: "at 7 p.m. Harwick time", "at 06:40, station time (UTC+8)". The
# place may not be where the others' clocks run (a capital's time for a signing abroad, a research station's
# clock for news read at home), so its reading and theirs may be one instant that a zone moved.
_NAMED_CLOCK = re.compile(
    r"\s{0,2},?\s{0,2}(?:(?P<place>[A-Z][\w-]+) time\b"
    r"|[a-z' ]{0,24}\btime,?\s{0,2}\((?:UTC|GMT)\s?(?P<sign>[+\u2212-])\s?(?P<hours>\d{1,2})\b)"
)


def _named_clock(f: Fact) -> str | None:
    """The clock a reading names right after it ("Harwick time", a clock stated with its UTC offset), if any."""
    found = _NAMED_CLOCK.match(f.sentence, f.end - f.sentence_start)
    if found is None:
        return None
    return found.group("place") or found.group(0).strip(" ,(").split("(")[0].strip(" ,")


def _zone_apart(a: Fact, b: Fact) -> bool:
    """Two readings a zone may have moved into one another: clock times whole or half hours apart within a day
    and a half (``_FURTHEST_BEHIND`` to ``_FURTHEST_AHEAD``; by the clock alone when one states no day), or days
    at most one apart."""
    va, vb = a.value, b.value
    if not isinstance(va, DateValue) or not isinstance(vb, DateValue):
        return False
    try:
        xa, xb = dt.datetime.fromisoformat(va.start or ""), dt.datetime.fromisoformat(vb.start or "")
    except ValueError:
        return False
    if va.granularity == "time" and vb.granularity == "time":
        if clock_only(a) or clock_only(b):
            xb = xb.replace(year=xa.year, month=xa.month, day=xa.day)
        gap = abs(xa - xb)
        return gap <= _FURTHEST_AHEAD - _FURTHEST_BEHIND and gap.seconds % 1800 == 0
    return abs((xa.date() - xb.date()).days) <= 1


def _named_offset(f: Fact) -> int | None:
    """Minutes east of UTC of the named clock a reading states its offset for ("station time (UTC+8)")."""
    found = _NAMED_CLOCK.match(f.sentence, f.end - f.sentence_start)
    if found is None or found.group("hours") is None:
        return None
    return (1 if found.group("sign") == "+" else -1) * int(found.group("hours")) * 60


def _off_the_local_clock(named: Fact, other: Fact, local: object) -> bool:
    """A reading on a named clock of stated offset, moved to the local clock a report of the event states, is not
    the other's zoneless reading ("06:40, station time (UTC+8)" is 23:40 at UTC+1, not "10.40pm")."""
    offset, at, there = _named_offset(named), _clock_reading(named), _clock_reading(other)
    if offset is None or not isinstance(local, int) or at is None or there is None or _zone_of(other) is not None:
        return False
    return (at - offset + local) % 1440 != there


def _judge_dates(a: _Side, b: _Side, params: Mapping[str, object], largest: int) -> Verdict:
    verdict = _judge_dated(a, b, params, largest)
    clock_a, clock_b = _named_clock(a.fact), _named_clock(b.fact)
    if (
        verdict[0] == "conflict" and clock_a != clock_b and _zone_apart(a.fact, b.fact)
        and not _off_the_local_clock(*((a.fact, b.fact) if clock_a else (b.fact, a.fact)), params.get(_LOCAL_OFFSET))
    ):
        named = a if clock_a else b
        return "compatible", "timezone", (
            f"{named.article.outlet}'s “{named.fact.text}” is told on {clock_a or clock_b}, a clock the other may not read by"
        )
    if verdict[0] == "conflict" and not _hours_of_one_day(a.fact, b.fact) and (
        (_repeats(a.fact) and _side_date(b.fact, a.fact)) or (_repeats(b.fact) and _side_date(a.fact, b.fact))
        or _other_speakers(a.fact, b.fact)
    ):
        # Statements, publications and counts recur: two outlets' stamps at 8:44 and 12:48 date two of them;
        # even a statement that is each report's news is another statement when someone else made it.
        # Not when the other side dates a happening ("the gates were locked at 7 a.m."): the slot holds one
        # claim, and a happening recurs no more than its report says.
        return "compatible", "scope", "statements recur: the outlets may date different ones"
    if verdict[0] == "conflict" and _page_stamp(a.fact) != _page_stamp(b.fact):
        # A line that is only a day, or a day and its hour ("9 September 2049, 14:08"), stamps the page:
        # when it was posted or last changed, not when anything the story tells happened, so it contradicts
        # no outlet's day or hour. (A live page's bare hour over an entry, "16:40", is when what the entry
        # tells was seen: that one dates the happening.)
        return "compatible", "scope", "a page's stamp dates the page, not what the story tells"
    return verdict


def _page_stamp(f: Fact) -> bool:
    return f.frame is not None and f.frame.cue == STAMP_CUE and not clock_only(f)


def _hours_of_one_day(a: Fact, b: Fact) -> bool:
    """Two clock times of a statement on one day, or with no day named ("at 11am", "1100 GMT"): the hour of the
    one announcement each outlet slotted there, told two ways. Statements recur over days of a story; an
    outlet that tells a second statement the same day tells it as such ("a second briefing at 4pm"), and the
    alignment keeps it apart. Not a page's stamps ("Updated 14:05 GMT"): pages are updated all day."""
    va, vb = a.value, b.value
    if not (isinstance(va, DateValue) and isinstance(vb, DateValue) and va.granularity == vb.granularity == "time"):
        return False
    if any(f.frame is not None and f.frame.cue == STAMP_CUE for f in (a, b)):
        return False
    return clock_only(a) or clock_only(b) or (va.start or "")[:10] == (vb.start or "")[:10]


def _other_speakers(a: Fact, b: Fact) -> bool:
    """Two statements told as news by two different speakers: two people named in full ("Ana Brel said on
    Tuesday", "Ivo Foxwyn said on Wednesday") or two bodies neither of whose names holds the other's ("the
    health ministry", "the regional health agency"): two statements, not one dated two ways. Not a body and a
    person (its head or spokesman speaks for it: "the ministry", "the minister", "Ana Brel"), nor one body
    named two ways ("the justice ministry", "the Ministry of Justice"; "the trust", "the Brel Waterways
    Trust") or by a common noun ("the company"): outlets name one announcement's speaker as they please."""
    fa, fb = a.frame, b.frame
    if not (fa and fb and fa.told_once and fb.told_once and fa.source and fb.source):
        return False
    ka, kb = untitled_key(source_key(fa.source)), untitled_key(source_key(fb.source))
    if ka == kb or by_surname(ka, kb):
        return False
    person_a, person_b = _a_person(fa.source), _a_person(fb.source)
    if person_a or person_b:
        return person_a and person_b and _a_full_name(fa.source) and _a_full_name(fb.source)
    wa, wb = _name_words(ka), _name_words(kb)
    if _described_by(fa.source, wb) or _described_by(fb.source, wa):
        return False
    return len(wa) > 1 and len(wb) > 1 and not (wa <= wb or wb <= wa)


def _described_by(source: str, name: frozenset[str]) -> bool:
    """A body told by a common noun phrase ("the central bank", "the state railway") whose head noun the other
    outlet's name of a body holds ("the Reserve Bank of ...", "... Railways"): one body, described and named."""
    words = source.split()
    if not words or source != source.lower():
        return False
    return stem(words[-1]) in {stem(w) for w in name}


def _a_person(source: str) -> bool:
    return is_person_role(source) or _a_full_name(source)


def _a_full_name(source: str) -> bool:
    words = source.split()
    return len(words) > 1 and _reads_as_name(words)


def _name_words(key: str) -> frozenset[str]:
    """A body's name as a set of words, without its articles and possessives: "the ministry of justice"
    and "justice ministry" give one set."""
    return frozenset(w.removesuffix("'s").removesuffix("’s") for w in key.split() if w not in ("the", "of", "for", "and"))


def _judge_dated(a: _Side, b: _Side, params: Mapping[str, object], largest: int) -> Verdict:
    va, vb = a.fact.value, b.fact.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    if va.start is None or vb.start is None:
        return _judge_unanchored(a, b, largest)
    clock_a, clock_b = clock_only(a.fact), clock_only(b.fact)
    parted = _outside_part(a.fact, b.fact) or _outside_part(b.fact, a.fact)
    if parted:
        return "conflict", _disagreement(a, b, largest), parted
    if va.granularity == "time" and vb.granularity == "time":
        timed = _judge_times(a, b, params.get(_LOCAL_OFFSET), params.get(_CONVERTED, frozenset()))  # type: ignore[arg-type]
        if timed:
            return timed
        hedged = _hedged_clocks(a, b) or _other_half(a, b)
        if hedged:
            return hedged
        if clock_a or clock_b:
            ma, mb = _minutes_of_day(va), _minutes_of_day(vb)
            if ma == mb:
                return "agree", "equal", "the same clock time"
            return "conflict", _disagreement(a, b, largest), "different clock times"
        if _day_told_apart(a) and _day_told_apart(b) and _minutes_of_day(va) == _minutes_of_day(vb) is not None:
            return "agree", "equal", (
                "the same clock time; the days differ, and each outlet's own statement of its day is judged"
            )
    elif clock_a or clock_b:
        # "at 6:40 a.m." says nothing of the day: the day it was filed under is a guess.
        return "compatible", "resolution", "a clock time beside a day: only the day could be compared, and it was not stated"
    rel = date_relation(va, vb)
    yearless = is_yearless(va) != is_yearless(vb)
    if rel in ("contains", "within") and not yearless and _same_day_one_timed(va, vb):
        return "agree", "equal", "the same day; one outlet also gives the time"
    if rel == "equal":
        if yearless:
            return "compatible", "resolution", "the same day; one outlet gives no year"
        off = _weekday_off(a) or _weekday_off(b)
        if off:
            return "conflict", "weekday", off
        return "agree", "equal", "the same date"
    if rel in ("contains", "within", "overlap"):
        if yearless and not params["yearless_compatible"]:
            return "conflict", "resolution", "a date without a year against a dated one"
        finer = GRANULARITY_RANK.get(va.granularity, 9) != GRANULARITY_RANK.get(vb.granularity, 9)
        return "compatible", "resolution" if yearless else "precision", "one date is coarser" if finer else "the dates overlap"
    if rel == "incomparable":
        return "compatible", "resolution", "one date could not be placed against the other"
    season = _in_the_season(va, vb) or _in_the_season(vb, va)
    if season:
        return "compatible", "precision", season
    tolerance = int(params["tolerance_days"])  # type: ignore[call-overload]
    if tolerance and _days_apart(va, vb) <= tolerance:
        return "compatible", "precision", f"within {tolerance} day(s)"
    if _same_day_other_year(a.fact, b.fact):
        return "compatible", "resolution", "the same day of the year; at least one outlet gives no year, and it was inferred"
    if _across_zones(a.fact, b.fact) and _days_apart(va, vb) <= 1:
        local = _local_days_differ(a.fact, b.fact, params.get(_LOCAL_OFFSET))  # type: ignore[arg-type]
        if local:
            return "conflict", _disagreement(a, b, largest), local
        return "compatible", "timezone", "a day apart, one of them in a stated time zone: possibly one instant"
    overtaken = _plan_overtaken(a, b)
    if overtaken:
        return overtaken
    relative_weekday = [s for s in (a, b) if s.fact.value.relative and _weekday_of_text(s.fact)]  # type: ignore[union-attr]
    if relative_weekday and len(relative_weekday) == 1:
        wrong = relative_weekday[0]
        return "conflict", "weekday", f"{wrong.article.outlet}'s “{wrong.fact.text}” falls on another day"
    differ = _sources_differ(a, b)
    if differ:
        return "conflict", "source_difference", f"{a.article.outlet} credits {differ[0]}; {b.article.outlet} credits {differ[1]}"
    return "conflict", _disagreement(a, b, largest), "the dates cannot both be right"


# A day told as a hope or an open bound when it was reported ("aims to refloat the barge by Monday", "plans to lift the
# ban from June 3", "shut until at least Thursday", "in May at the earliest"): such plans move, so a later report's
# other day (the day it was done, or a new plan) overtakes it. A firm schedule ("is due to", "will stay closed until")
# is overtaken only where the later report says the plan moved ("three days later than planned", "a fortnight early",
# "brought forward"): otherwise two reports' schedules must agree.
_HOPED_BEFORE = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|plan(?:s|ned|ning)?|intend(?:s|ed)?|aim(?:s|ed|ing)?|expect(?:s|ed)?)\s+to\b",
    re.IGNORECASE,
)
_OPEN_BOUND_BEFORE = re.compile(r"\b(?:until\s+at\s+least|no\s+(?:earlier|sooner)\s+than)\s+(?:\S+\s+)?\Z", re.IGNORECASE)
_AT_THE_EARLIEST_AFTER = re.compile(r"\s*,?\s*at\s+the\s+earliest\b", re.IGNORECASE)
# Any future told of a day: two reports' plans are two accounts of one plan, and must agree.
_FUTURE_BEFORE = re.compile(
    rf"{_HOPED_BEFORE.pattern}|\b(?:will|would|could|shall|might|may)\b|\b(?:due|expected|scheduled|set|slated|likely)\s+(?:to|on|for)\b",
    re.IGNORECASE,
)
_PLAN_MOVED = re.compile(
    # ("later than first planned", "later than it first promised")
    r"\b(?:(?:earlier|later|sooner)\s+than\s+(?:(?:it|they|he|she|we)\s+)?(?:(?:first|originally)\s+)?"
    r"(?:planned|expected|scheduled|announced|promised|intended)"
    r"|a\s+(?:day|week|month|year|fortnight)\s+(?:early|late|earlier|later)|(?:\w+\s+)?(?:days|weeks|months)\s+(?:early|late)"
    r"|(?:brought|pushed|put|moved)\s+(?:(?:its|their|the|his|her|a)\s+)?(?:[a-z'’-]+\s+){0,4}?(?:forward|back)"
    r"|postponed|delayed|rescheduled|moved\s+up"
    # "the panel would now sit by the end of April", "the vote, now due on Monday": a schedule told as it
    # stands now, against what it was
    r"|(?:will|would|shall)\s+now|now\s+(?:due|expected|scheduled|set|planned|slated))\b",
    re.IGNORECASE,
)
_PLANNED_REACH = 80  # characters before a date in its sentence where its plan is told
_MOVED_REACH = 50  # characters after a date (or before it) where a report says its plan moved


def _clause_before(fact: Fact, reach: int) -> str:
    sentence, at = fact.sentence, fact.start - fact.sentence_start
    if not 0 <= at <= len(sentence):
        return ""
    return re.split(r"[.;:!?]", sentence[max(0, at - reach) : at])[-1]


def _open_bound(fact: Fact) -> bool:
    """ "until at least Thursday", "no earlier than May", "in May at the earliest": a day the thing may go past."""
    end = fact.end - fact.sentence_start
    return bool(_OPEN_BOUND_BEFORE.search(_clause_before(fact, _PLANNED_REACH))) or (
        0 <= end <= len(fact.sentence) and bool(_AT_THE_EARLIEST_AFTER.match(fact.sentence, end))
    )


def _plan_moved(fact: Fact, past: bool = False) -> bool:
    """The report says, of this day, that the plan moved ("on 9 June, three days later than first planned").

    Of a day already past when the report was written (``past``), a clause joined after it tells of something
    else ("..., and the vote is now due to"), and a day a verb of telling dates right before it is the day
    the first plan was told, not the day the plan moved to ("two weeks sooner than promised last Friday")."""
    end = fact.end - fact.sentence_start
    after = fact.sentence[end : end + _THAN_TOLD_REACH] if 0 <= end <= len(fact.sentence) else ""
    after = re.split(r"[.;:!?]|\d", after, maxsplit=1)[0]
    than_told = bool(_THAN_TOLD_AFTER.match(after))
    after = after[:_MOVED_REACH]
    before = _clause_before(fact, _MOVED_REACH)
    if past:
        # (of a day already past, "a day earlier than officials said" corrects the teller: no plan moved)
        if _PLAN_MOVED.search(_OWN_CLAUSE_END.split(after, maxsplit=1)[0]):
            return True
        if _TOLD_RIGHT_BEFORE.search(before):
            return False
        after, than_told = "", False
    return bool(
        than_told or _PLAN_MOVED.search(after) or _PLAN_MOVED.search(before) or _MOVED_TO_BEFORE.search(before)
        or date_roles.moved_to(fact)  # ("will postpone its curfew on night deliveries to May 3")
    )


# Right after a day, a step and a comparison with what a named teller said of it ("from May 3, two weeks later than
# the port authority announced on", "a day earlier than the organisers had said"): the day told is the plan moved to.
# The teller may take a few words, so it is read further than the other words of a move (``_THAN_TOLD_REACH``).
_THAN_TOLD_AFTER = re.compile(
    r",?\s*(?:(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\s+few)\s+)?"
    r"(?:days?|weeks?|months?|years?|fortnight)?\s*(?:earlier|later|sooner)\s+than\s+(?:[\w'’-]+\s+){0,5}?"
    r"(?:(?:had|has|have|first|originally|initially)\s+)?"
    r"(?:said|planned|expected|scheduled|announced|promised|intended|set|proposed|stated|given)\b",
    re.IGNORECASE,
)
_THAN_TOLD_REACH = 100
# A verb of telling right before a day ("than announced last Wednesday"): the day dates the telling.
_TOLD_RIGHT_BEFORE = re.compile(
    r"\b(?:announced|said|told|promised|agreed|confirmed|unveiled)\s+(?:(?:on|last|this)\s+)?\Z",
    re.IGNORECASE,
)
# Where a clause joined after a day begins (", and the vote is now due"): its words tell of something else.
_OWN_CLAUSE_END = re.compile(r",?\s+(?:and|but|while|which)\s+", re.IGNORECASE)
# "the hearing is now moved to June 12", "pushed back until Friday": the verb right before the day it moved to (not
# "moved to the capital on Monday": a place comes between)
_MOVED_TO_BEFORE = re.compile(r"\b(?:moved|pushed\s+back|put\s+back)\s+(?:to|until)\s+(?:\S+\s+)?\Z", re.IGNORECASE)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+(?:\S+\s+)?\Z", re.IGNORECASE)
# Days between two reports from which a later end they give for one plan is read as the plan moved. (Odd own sets: of
# the later reports giving a later "until" day still ahead, the 6 a day after the earlier report were errors, the 14
# three days or more after it extensions, most told with no word of change.)
_SLIP_DAYS = 3


def _end_put_later(earlier: _Side, later: _Side, told: str) -> bool:
    """A later report, days on, gives the end of a span still ahead ("gave the firm until April 30", "will stay closed
    until November") later than the day, also still ahead, an earlier report gave ("must repay by March 31", "should be
    done in September"): deadlines and closures are extended as the story moves on, most often with no word of change.
    Reports a day apart giving two ends are two accounts of one end and must agree. ``told``: the later date's
    clause before it."""
    first, second = _day(earlier.article), _day(later.article)
    if first is None or second is None or (second - first).days < _SLIP_DAYS:
        return False
    if not _UNTIL_BEFORE.search(told):
        return False
    if _beside_report(earlier) <= 0 or _beside_report(later) <= 0:
        return False
    ve, vl = earlier.fact.value, later.fact.value
    if not (isinstance(ve, DateValue) and isinstance(vl, DateValue) and ve.end and vl.start):
        return False
    try:
        return dt.date.fromisoformat(vl.start[:10]) > dt.date.fromisoformat(ve.end[:10])
    except ValueError:
        return False


def _plan_overtaken(a: _Side, b: _Side) -> Verdict | None:
    """An earlier report's day given as an open bound ("until at least Thursday"), or as a hope or plan ("aims to
    refloat the barge by Monday") against a day a later report tells as done, not planned; or any earlier day
    against a later report that says, of its own day, that the plan moved: an update. Reports of one day are not read so, and two
    reports' plans are two accounts of one plan: they must agree."""
    order = _report_order(a.article, b.article)
    if order == 0:
        return None
    earlier, later = (a, b) if order < 0 else (b, a)
    if _plan_moved(later.fact, _beside_report(later) < 0) or (
        date_roles.sets_plan_aside(later.fact) and _beside_report(later) > 0
    ):
        # ("will start the levy on June 2 rather than on May 5": a plan still ahead that replaced another)
        return "compatible", "update", f"{later.article.outlet} reports later that the plan moved"
    if _headline_moved_the_day(earlier, later):
        return "compatible", "update", f"{later.article.outlet}'s headline tells, days later, that the plan moved"
    if _day_of_a_revised_plan(earlier, later):
        return "compatible", "update", f"{later.article.outlet} reports days later a plan amended since it was first told"
    if _open_bound(earlier.fact):
        return "compatible", "update", f"{earlier.article.outlet} gave a day it might go past; {later.article.outlet} reports later"
    planned, told = _clause_before(earlier.fact, _PLANNED_REACH), _clause_before(later.fact, _PLANNED_REACH)
    if _end_put_later(earlier, later, told):
        return "compatible", "update", f"{later.article.outlet} reports days later a later end than {earlier.article.outlet}"
    if _HOPED_BEFORE.search(planned) and not _FUTURE_BEFORE.search(told):
        return "compatible", "update", f"{earlier.article.outlet} gave a hoped-for day; {later.article.outlet} reports later what was done"
    if (
        (_FUTURE_BEFORE.search(planned) or _HOPE.search(planned))
        and not (_FIRM_BEFORE.search(planned) and not _HOPED_BEFORE.search(planned))
        and not _FUTURE_BEFORE.search(told)
        and _still_ahead(earlier, later) and _beside_report(later) <= 0
        and date_roles.role_of(earlier.fact) is None  # ("strike from Monday", "until Thursday": the plan's bounds)
    ):
        # "will reopen on Thursday" in Sunday's report, "reopened on Tuesday" in Wednesday's: a plan for a day still
        # ahead of its report, against a day a later report tells as past: what was done overtook what was planned.
        return "compatible", "update", f"{earlier.article.outlet} gave a planned day; {later.article.outlet} reports later what was done"
    return None


def _still_ahead(earlier: _Side, later: _Side) -> bool:
    """Whether the earlier report's planned day was still ahead when it was told: a day after its report's, or a part
    of its report's own day ("could resume this evening", "will sign tonight") when the later report's day falls after
    it (what was planned for the evening had not happened when it was written). A bare weekday of the report's own day
    is no plan still ahead: on the odd own sets "voted on Tuesday" in Tuesday's report was what was done."""
    beside = _beside_report(earlier)
    if beside:
        return beside > 0
    ve, vl = earlier.fact.value, later.fact.value
    if not (isinstance(ve, DateValue) and isinstance(vl, DateValue) and ve.start and vl.start and _day(earlier.article)):
        return False
    if "T" not in (ve.timex or ""):
        return False  # ("voted on Tuesday" in Tuesday's report is done, not planned: only a part of the day ahead)
    return not ve.start.startswith("-") and not vl.start.startswith("-") and vl.start[:10] > ve.start[:10]


def _headline_moved_the_day(earlier: _Side, later: _Side) -> bool:
    """A report days after another (``_SLIP_DAYS``) gives a day still ahead under a headline that says the plan's day
    moved ("Zegimoson toll road opening put back", "club given more time to appeal", ``told_change.headline_moves``),
    and a word of what moved stands near the day in its sentence: the day is the one the plan moved to, though its
    sentence names no move. Reports a day apart are two accounts of one plan and must agree."""
    first, second = _day(earlier.article), _day(later.article)
    if first is None or second is None or (second - first).days < _SLIP_DAYS or _beside_report(later) <= 0:
        return False
    return any(tied_to(about, later.fact) for about in headline_moves(later.article.title))


def _day_of_a_revised_plan(earlier: _Side, later: _Side) -> bool:
    """A report days after another (``_SLIP_DAYS``) that sets its plan against the one first told ("two hours later
    than the council announced on May 2", ``moved_figures.tells_plan_revised``) gives a day still ahead, against a
    day also still ahead in the earlier report: the plan was amended since, and its start or end day is the amended
    plan's, though the day's own sentence names no move. Reports a day apart, or an earlier report that tells a
    revision too, are two accounts of one plan and must agree; a day whose weekday is not its date's is a slip."""
    first, second = _day(earlier.article), _day(later.article)
    if first is None or second is None or (second - first).days < _SLIP_DAYS:
        return False
    if _beside_report(later) <= 0 or _beside_report(earlier) <= 0:
        return False
    if _weekday_off(earlier) or _weekday_off(later):
        return False  # ("Friday June 1" where June 1 is a Saturday: that report has its own day wrong, whatever moved)
    if not tells_plan_revised(later.article.body) or tells_plan_revised(earlier.article.body):
        return False
    return _day_stood_before(earlier, later, second)


def _day_stood_before(earlier: _Side, later: _Side, day: dt.date) -> bool:
    """Whether the slot's outlets before ``day`` (the later report's) stood at the earlier report's day, two or more
    of them (``moved_figures.first_told_by``), and none at the later report's: a day one outlet alone gave may be its
    own slip, and a later day an earlier outlet already gave is a second account, not the day the plan moved to; an
    outlet of the later day or after giving a third day tells two accounts of the amended plan."""
    first_day, later_day = _start_of(earlier.fact.value), _start_of(later.fact.value)
    if first_day is None or later_day is None:
        return False
    told = 0
    for side in later.story:
        seen, start = _day(_reported(side)), _start_of(side.fact.value)
        if seen is None or start is None or side.article.id == later.article.id:
            continue
        if seen >= day:
            if start != later_day:
                return False  # (an outlet of the later day or after gives another day: two accounts, one wrong)
            continue
        if start == later_day:
            return False
        told += start == first_day
    return told >= load_moved_figures().first_told_by


def _start_of(value: Value) -> str | None:
    """A date's first day as written in ISO form ("2061-06-01"), None for no dated day."""
    if not isinstance(value, DateValue) or not value.start or value.start.startswith("-"):
        return None
    return value.start[:10]


_HOPE = re.compile(r"\bhop(?:e|es|ed|ing)\b", re.IGNORECASE)
# A firm schedule ("the hearing is set for Friday", "due in court on Monday", "scheduled to sit on the 4th"): a day
# others fixed, not a hope; a later report's other day is another account of it (an error) unless it says the plan
# moved. (Odd sets: every planned day a later report's past day overtook was told with "will", a modal or a hope.)
_FIRM_BEFORE = re.compile(
    r"\b(?:due|scheduled|set|slated|listed|booked|fixed|timetabled)\s+(?:to|on|for|in|back)\b", re.IGNORECASE
)


def _beside_report(side: _Side) -> int:
    """1 when the side's day lies after its report's day, -1 before it, 0 on it or when either is unknown."""
    value, day = side.fact.value, _day(side.article)
    if not isinstance(value, DateValue) or day is None or not value.start or value.start.startswith("-"):
        return 0
    try:
        told = dt.date.fromisoformat(value.start[:10])
    except ValueError:
        return 0
    return (told > day) - (told < day)


_SEASON_TIMEX = re.compile(r"\d{4}-(SP|SU|FA|WI)\Z")
_SEASON_NAMES = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
# A season is read by its months (meteorological, as the date reader values it), but many writers reckon it by
# the solstices and equinoxes, some three weeks later: "last autumn" may hold a December 10.
_ASTRONOMICAL_LAG = dt.timedelta(days=21)


def _in_the_season(season: DateValue, other: DateValue) -> str:
    """ "in December" against "last autumn": a date in the weeks after a season's last month is still in it
    as the solstices and equinoxes reckon it."""
    match = _SEASON_TIMEX.search(season.timex or "")
    if match is None or not (season.start and season.end and other.start and other.end) or other.granularity == "year":
        return ""
    try:
        end = dt.date.fromisoformat(season.end[:10]) + _ASTRONOMICAL_LAG
        first, last = dt.date.fromisoformat(other.start[:10]), dt.date.fromisoformat(other.end[:10])
    except ValueError:
        return ""
    if not (dt.date.fromisoformat(season.start[:10]) <= first <= end and last >= first):
        return ""  # (a month that opens inside the reckoning meets it: "December" and "autumn")
    return f"within the {_SEASON_NAMES[match.group(1)]} as its solstice or equinox reckons it"


_YEAR_WRITTEN = re.compile(
    r"\b(?:1[89]|20)\d\d\b|'\d\d\b"
    # a year told in words counts from the day the report was filed, no guess: "next February", "March last year"
    r"|\b(?:next|last|this)[^\S\n]{1,3}(?:year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
    # a year of any century written after its month (and day), as the date reader takes it: "October 2395"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[^\S\n]{1,3}(?:\d{1,2}(?:st|nd|rd|th)?,?[^\S\n]{1,3})?\d{4}\b(?![^\S\n]*(?:GMT|UTC|(?-i:[A-Z]{2,4}T\b)|local|hrs\b))",
    re.IGNORECASE,
)


_PART_OF_A_YEAR = frozenset(("week", "month", "part_of_year"))


def _same_day_other_year(a: Fact, b: Fact) -> bool:
    """ "April 9" read as 2012 by one outlet and 2013 by another: the year was a guess, the day agrees."""
    va, vb = a.value, b.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    if not (va.start and vb.start and va.end and vb.end) or is_yearless(va) or is_yearless(vb):
        return False
    if _YEAR_WRITTEN.search(a.text) and _YEAR_WRITTEN.search(b.text):
        return False
    if (va.start[4:], va.end[4:]) == (vb.start[4:], vb.end[4:]) and va.granularity == vb.granularity in ("day", "time", "month"):
        return True
    # "October 28" read as last year's against another outlet's "late October" of this one: the day falls in the
    # span once one of the two guessed years is the other's ("1 January" told with no year against "next year"
    # too; but "last year" against "28 October 2031" is two years)
    for day, span, told in ((va, vb, a.text), (vb, va, b.text)):
        first, last, when = span.start or "", span.end or "", day.start or ""
        guessed = not _YEAR_WRITTEN.search(told)  # (a day told with no year may sit in any year's span)
        if (
            day.granularity == "day" and (span.granularity in _PART_OF_A_YEAR or guessed and span.granularity == "year")
            and first[:4] == last[:4]
        ):
            if first[5:10] <= when[5:10] <= last[5:10]:
                return True
    return False


def _dates_no_happening(f: Fact) -> bool:
    """A statement, a publication, a count or a period: what dates a side of the story, not its happening."""
    return bool(f.frame and f.frame.measure in SIDE_HAPPENINGS)


def _side_date(f: Fact, other: Fact) -> bool:
    """A date of a side of the story that may be another occurrence: not the statement that is a report's
    news ("the city announced on Saturday that..."), told once, beside another outlet's statement by the
    same speaker ("the city said on Sunday"), which dates that statement too. Another speaker's may be
    another statement ("her coach said on Tuesday")."""
    if not _dates_no_happening(f):
        return False
    return not (f.frame is not None and f.frame.told_once and _same_speaker(f, other))


def _same_speaker(news: Fact, other: Fact) -> bool:
    """Whether another outlet's statement may be the news statement itself: not when it is credited to a
    person the news statement is not credited to ("her coach said on Tuesday"); a body or no source may
    be the same speaker named another way ("the city council" and "the city of Fulgrave")."""
    fn, fo = news.frame, other.frame
    if not (fo and fo.source):
        return True
    if not (is_person_role(fo.source) or len(fo.source.split()) > 1 and _reads_as_name(fo.source.split())):
        return True
    if not (fn and fn.source):
        return False
    ka, kb = untitled_key(source_key(fn.source)), untitled_key(source_key(fo.source))
    return ka == kb or by_surname(ka, kb)




def _repeats(f: Fact) -> bool:
    return bool(f.frame and f.frame.repeats and not f.frame.told_once)


def _same_day_one_timed(a: DateValue, b: DateValue) -> bool:
    """ "Tuesday" and "Tuesday at 07:37": the same day, stated with and without its time."""
    grains = {a.granularity, b.granularity}
    if grains != {"day", "time"} or not (a.start and b.start):
        return False
    return a.start[:10] == b.start[:10]


def _judge_unanchored(a: _Side, b: _Side, largest: int) -> Verdict:
    """An unanchored weekday: compatible with the dates it could be, a conflict with others.

    A clock time stays readable without a day ("3.45pm on Tuesday" against "3pm on Tuesday"): the
    readings are compared even when neither day could be placed.
    """
    parted = _judge_bare_part(a, b, largest) or _judge_bare_part(b, a, largest)
    if parted:
        return parted
    wa, wb = _weekday_of_text(a.fact), _weekday_of_text(b.fact)
    va, vb = a.fact.value, b.fact.value
    assert isinstance(va, DateValue) and isinstance(vb, DateValue)
    ca, cb = _clock_reading(a.fact), _clock_reading(b.fact)
    if ca is not None and cb is not None and ca != cb and not (_zone_of(a.fact) or _zone_of(b.fact)):
        ka, kb = _clock_windows(a, b)
        if ka and kb and (ka[2] or kb[2]) and ka[0] < kb[1] and kb[0] < ka[1]:
            return "compatible", "precision", "one time is hedged, and the two readings meet"
        return "conflict", _disagreement(a, b, largest), "different clock times"
    if va.start is None and vb.start is None:
        if wa and wb and wa != wb:
            if _across_zones(a.fact, b.fact) and _adjacent_weekdays(wa, wb):
                return "compatible", "timezone", f"{wa.capitalize()} and {wb.capitalize()}: one day in two time zones"
            return "conflict", "weekday", f"{wa.capitalize()} against {wb.capitalize()}"
        if ca is not None and ca == cb:
            return "agree", "equal", "the same clock time"
        return "agree", "equal", "the same weekday"
    anchored, loose, weekday = (b, a, wa) if va.start is None else (a, b, wb)
    value = anchored.fact.value
    assert isinstance(value, DateValue)
    days = _days_of(value)
    if not weekday or days is None:
        return "compatible", "resolution", "one date could not be anchored"
    if any(_WEEKDAY_NAMES[d.weekday()] == weekday for d in days):
        return "compatible", "resolution", f"“{loose.fact.text}” could be {_describe_date(anchored.fact)}"
    if _across_zones(a.fact, b.fact) and any(_adjacent_weekdays(_WEEKDAY_NAMES[d.weekday()], weekday) for d in days):
        return "compatible", "timezone", f"“{loose.fact.text}” could be {_describe_date(anchored.fact)} in another time zone"
    return "conflict", "weekday", f"{_describe_date(anchored.fact)} is not a {weekday.capitalize()}"


_PART_CODE = re.compile(r"T(MO|AF|EV|NI)$")
# Hours each part of the day covers as news uses it, an hour's slack either side: the morning
# starts at midnight ("early Friday morning" at 3:14 a.m., "in the small hours"), the
# night runs past it.
_PART_HOURS = {"MO": (0, 12), "AF": (11, 18), "EV": (17, 23), "NI": (18, 30)}


_PART_NAMES = {"MO": "morning", "AF": "afternoon", "EV": "evening", "NI": "night"}
_NAMED_ZONE = re.compile(r"(?<!\w)(?:[A-Z]{1,3}T|UTC?)(?!\w)")  # "ET", "EDT", "GMT", "HKT", "UTC": not the local clock


def _judge_bare_part(parted: _Side, other: _Side, largest: int) -> Verdict | None:
    """A part of the day told with no day ("in mid-morning") against another outlet's date: only a clock
    reading can be weighed against it, in the part's generous hours (``_PART_HOURS``) and on the local clock;
    a day, or a reading in a stated zone, says nothing the part could contradict."""
    part = _bare_part(parted.fact)
    if part is None:
        return None
    name = _PART_NAMES[part]
    other_part = _bare_part(other.fact)
    if other_part is not None:
        if other_part == part:
            return "agree", "equal", f"the same part of the day: the {name}"
        return "compatible", "resolution", "two parts of the day, and no day to tell whether they are one"
    minutes = _clock_reading(other.fact)
    zone = _zone_of(other.fact)
    if minutes is None or (zone is not None and zone[0] != "local") or _NAMED_ZONE.search(other.fact.text):
        return "compatible", "resolution", f"“{parted.fact.text}” gives no day to compare"
    if _in_part(part, minutes, other.fact):
        return "compatible", "precision", f"{other.fact.text} is in the {name}"
    return "conflict", _disagreement(parted, other, largest), f"{other.fact.text} is not in the {name}"


def _outside_part(timed: Fact, parted: Fact) -> str:
    """ "7:40 a.m." against "on Tuesday evening": a clock reading outside the part of the day the
    other outlet names, on the same day (or with no day of its own), in the same local time."""
    vt, vp = timed.value, parted.value
    assert isinstance(vt, DateValue) and isinstance(vp, DateValue)
    match = _PART_CODE.search(vp.timex or "")
    minutes = _minutes_of_day(vt) if vt.granularity == "time" else None
    if match is None or minutes is None or not vp.start or not vt.start:
        return ""
    if vt.start[:10] != vp.start[:10] and not clock_only(timed):
        return ""
    zone = _zone_of(timed)
    if zone is not None and zone[1] is not None:
        return ""  # "07:40 GMT" may well be the afternoon where it happened
    if _in_part(match.group(1), minutes, timed):
        return ""
    return f"{timed.text} is not in the {_PART_NAMES[match.group(1)]}"


def _in_part(part: str, minutes: int, timed: Fact) -> bool:
    """Whether a clock reading falls in a part of the day's hours; one that names no half of the day
    ("twenty past four") may be the afternoon's, which the part itself then tells."""
    first, last = _PART_HOURS[part]
    hours = [minutes // 60] + ([minutes // 60 + 12] if _names_no_half(timed, minutes) else [])
    return any(first <= hour <= last or first <= hour + 24 <= last for hour in hours)


def _across_zones(a: Fact, b: Fact) -> bool:
    """One of two times states a zone the other does not share ("22:48 GMT Tuesday" beside a local
    Wednesday morning): their days may differ by one and still be one instant."""
    za, zb = _zone_of(a), _zone_of(b)
    stated = [z for z in (za, zb) if z is not None and z[1] is not None]
    return bool(stated) and not (za is not None and zb is not None and za[1] == zb[1])


def _local_days_differ(a: Fact, b: Fact, local_offset: int | None) -> str:
    """Why a day in a stated zone and a day in none, a day apart, are still two days: the zone is a civil
    one ("21:00 CET"), so the reading is itself the local clock an outlet without a zone writes by; or it
    is universal time and the reports' own conversion puts its instant on the local day the zoneless
    outlet does not give. "" when a zone could still make them one instant."""
    za, zb = _zone_of(a), _zone_of(b)
    zoned, other = (a, b) if za is not None and za[1] is not None else (b, a)
    zone = za if zoned is a else zb
    if zone is None or zone[1] is None or (_zone_of(other) or ("", None))[1] is not None:
        return ""
    value, plain = zoned.value, other.value
    assert isinstance(value, DateValue) and isinstance(plain, DateValue)
    if zone[0].upper() not in UNIVERSAL_ZONES:
        return f"{zone[0]} is the local clock: {zoned.text} and {other.text} are two days"
    if value.instant is None or value.granularity != "time" or not plain.start:
        return ""
    try:
        instant = dt.datetime.fromisoformat(value.instant.rstrip("Z")[:16])
        day = dt.date.fromisoformat(plain.start[:10])
    except ValueError:
        return ""
    if plain.granularity not in ("day", "time"):
        return ""
    if local_offset is None:
        # No report states the local offset, but civil clocks run from 12 hours behind UTC to 14 ahead: noon
        # GMT on the 26th is the 26th or the 27th somewhere, never the 25th.
        if (instant + _FURTHEST_BEHIND).date() <= day <= (instant + _FURTHEST_AHEAD).date():
            return ""
        return f"{zoned.text} falls on no local day {day.isoformat()} in any time zone"
    local_day = (instant + dt.timedelta(minutes=local_offset)).date()
    if local_day != day:
        return f"{zoned.text} is {local_day.isoformat()} in local time, as the reports convert it"
    return ""


# The furthest civil clocks run from UTC (Baker Island's UTC-12, Kiribati's UTC+14).
_FURTHEST_BEHIND, _FURTHEST_AHEAD = dt.timedelta(hours=-12), dt.timedelta(hours=14)


def _adjacent_weekdays(a: str, b: str) -> bool:
    return (_WEEKDAY_NAMES.index(a) - _WEEKDAY_NAMES.index(b)) % 7 in (1, 6)


_CLOCK_DAY = dt.date(2000, 1, 3)  # any day: only the clock reading of the re-read text is kept


def _clock_reading(f: Fact) -> int | None:
    """Minutes past midnight a date fact's text states, whether or not its day could be anchored."""
    value = f.value
    if isinstance(value, DateValue) and value.start is not None:
        return _minutes_of_day(value) if value.granularity == "time" else None
    if not isinstance(value, DateValue) or value.granularity != "time":
        return None
    return _clock_of_text(f.text)


def _clock_of_text(text: str) -> int | None:
    """The clock reading of a date's text, whatever day it was filed under."""
    return next((_minutes_of_day(v) for v in _dates_in(text, _CLOCK_DAY) if v.granularity == "time"), None)


@functools.lru_cache(maxsize=4096)
def _dates_in(text: str, published: dt.date | dt.datetime | None) -> tuple[DateValue, ...]:
    """The dates a phrase names, read once per phrase and day (a slot compares every pair of facts)."""
    from consistency.extract import ExtractionContext
    from consistency.extract.dates import extract_dates

    found = extract_dates(text, ExtractionContext(published=published))
    return tuple(f.value for f in found if isinstance(f.value, DateValue))


def _days_of(value: DateValue) -> list[dt.date] | None:
    """The days a short dated value covers (up to a week); None when year-less or longer."""
    if not value.start or not value.end or is_yearless(value):
        return None
    try:
        first = dt.date.fromisoformat(value.start[:10])
        last = dt.date.fromisoformat(value.end[:10])
    except ValueError:
        return None
    if (last - first).days > 7:
        return None
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _days_apart(a: DateValue, b: DateValue) -> int:
    ia, ib = date_interval(a), date_interval(b)
    if ia is None or ib is None:
        return 10**9
    gap = max(ib[0] - ia[1], ia[0] - ib[1], 0)
    return math.ceil(gap / 1440)


def _compare_dates(slot: SlotFacts, params: Mapping[str, object]) -> Outcome:
    stated = _local_offset_stated(f for _article, facts in slot for f in facts)
    if not stated:
        stated = params.get(_EVENT_OFFSET) or {}  # type: ignore[assignment]
    if stated:
        # An outlet that gives the local clock beside GMT tells the others' readers the local offset too.
        params = {**params, **stated}
    return _judge_slot(slot, params, _date_usable, _date_key, _describe_date, _judge_dates)


def _local_offset_stated(facts: Iterable[Fact]) -> dict[str, object]:
    """The local offset the readings state with their conversions, when they state one only, and the
    instants they converted; empty when none states an offset or two state different ones."""
    facts = list(facts)
    stated = {f: offset for f in facts if f.kind == "date" and (offset := _stated_offset(f)) is not None}
    if not stated:
        stated = _offset_across_reports(facts)
    offsets = set(stated.values())
    if len(offsets) != 1:
        return {}
    converted = frozenset(m for f in stated if (m := _utc_minutes(f)) is not None)
    return {_LOCAL_OFFSET: offsets.pop(), _CONVERTED: converted}


def _offset_across_reports(facts: Sequence[Fact]) -> dict[Fact, int]:
    """When no report converts its own reading, one report's reading labelled local ("at 5.47am local time") and
    another's in GMT with the same minutes past a different hour ("0347 GMT") are one instant on two clocks: the
    hours between them are the local offset (each GMT reading keyed by it, as a converting report is). Empty when
    such pairs tell different offsets."""
    local = [(f, m) for f in facts if f.kind == "date" and (m := _clock_reading(f)) is not None
             and (z := _zone_of(f)) is not None and z[0] == "local" and not _two_clocks(f)]
    universal = [(f, m) for f in facts if f.kind == "date" and (m := _clock_reading(f)) is not None
                 and (z := _zone_of(f)) is not None and z[0] in UNIVERSAL_ZONES]
    found: dict[Fact, int] = {}
    for g, u in universal:
        for f, m in local:
            gap = (m - u + 720) % 1440 - 720
            if f.article_id != g.article_id and gap and gap % 60 == 0:
                found[g] = gap
    return found


def _event_local_offset(facts: Iterable[Fact]) -> Mapping[str, object]:
    """A slot of clock times often lacks the reading that states the local offset ("0147 GMT (3:47 a.m.
    local time)" may sit in the slot of the happening's day, or alone): the event's readings state it
    for every slot of the event, when they state one only."""
    return {_EVENT_OFFSET: _local_offset_stated(facts)}


_EVENT_OFFSET = "_event_offset"  # the local offset and converted instants the event's readings state, as above
_LOCAL_OFFSET = "_local_offset"  # minutes east of UTC of where it happened, when a report states it
_CONVERTED = "_converted"  # the instants (UTC minutes of the day) the reports that state it converted
# "0140 GMT (3:40 a.m. local time)": a zoned reading followed by the local clock in brackets.
_LOCAL_IN_BRACKETS = re.compile(r"\s{0,2}\(([^()]{1,40})\)")
# "from 0500 GMT, 7am local, when ...": the local clock after a comma, named local, or told by the place whose
# clock it is ("at 0800 GMT, ten o'clock in Brask").
_LOCAL_AFTER_COMMA = re.compile(r",\s{0,2}([^,()]{1,24}(?:\blocal\b(?: time)?|\bin [A-Z][\w-]+))")
# "at 11.30am local time (1030 GMT)": the local clock, then the zoned reading in brackets (the match ends there).
_LOCAL_BEFORE_BRACKET = re.compile(r"([^,;()]{1,30}\blocal(?: time)?)\s{0,2}\($")
_NOON = re.compile(r"\b(?:noon|midday)\b", re.IGNORECASE)
# "1412 GMT (1712 local)": the local clock in brackets that the extractor joined on to the zoned reading (the
# group keeps the brackets: "1712 local" alone reads as a year, as in "the 2024 local elections")
_LOCAL_JOINED = re.compile(r"(?<=\S)\s{0,2}(\([^()]{1,40}\blocal(?: time)?\s?\))$")


def _utc_minutes(f: Fact) -> int | None:
    """The minute of the day in UTC of a zoned reading ("1746 GMT", "3:40 a.m. (0140 GMT)")."""
    zone, minutes = _zone_of(f), _clock_reading(f)
    if zone is None or zone[1] is None or minutes is None:
        return None
    return (minutes - zone[1]) % 1440


def _stated_offset(f: Fact) -> int | None:
    """The local offset a reading states with its conversion: "3:40 a.m. (0140 GMT)" in one fact, or
    "0140 GMT (3:40 a.m. local time)", whose bracket the extractor reads as a fact of its own."""
    zone = _zone_of(f)
    if zone is None or zone[1] is None:
        return None
    if _two_clocks(f):
        return zone[1]
    minutes = _clock_reading(f)
    if minutes is None:
        return None
    after = f.end - f.sentence_start
    bracket = (
        _LOCAL_IN_BRACKETS.match(f.sentence, after) or _LOCAL_AFTER_COMMA.match(f.sentence, after)
        or _LOCAL_JOINED.search(f.text)
    )
    if bracket is None:
        # "11.30am local time (1030 GMT)": the zoned reading in brackets after the local clock, read apart
        before = _LOCAL_BEFORE_BRACKET.search(f.sentence, 0, f.start - f.sentence_start)
        if before is None:
            return None
        told = before.group(1)
    else:
        told = bracket.group(1)
        inside = _ZONE.search(told)
        if inside is not None and not inside.group(1).lower().startswith("local"):
            return None  # "(0740 CET)": another zone, not the local clock
    local = _clock_of_text(told)
    if local is None and _NOON.search(told):
        local = 720  # "(noon local)", which the extractor reads as no clock of its own
    if local is None:
        return None
    return (local - (minutes - zone[1]) + 720) % 1440 - 720


DATE_AGREEMENT = Check(
    name="date-agreement",
    kind="date",
    summary="Compare the dates outlets give for one happening, pair by pair: precision, time zones, weekdays.",
    params={
        "tolerance_days": Param(int, 0, "days two dates may lie apart and still not conflict"),
        "yearless_compatible": Param(
            bool, True, "a date given without a year is compatible with a dated one of the same month and day"
        ),
    },
    compare=_compare_dates,
    event_context=_event_local_offset,
)


# --- sources ---------------------------------------------------------------------------------------


def _source_usable(f: Fact) -> bool:
    return isinstance(f.value, Attribution)


def _canonical_key(f: Fact) -> str:
    value = f.value
    assert isinstance(value, Attribution)
    canonical = f.frame.source if f.frame and f.frame.source else value.source
    return source_key(canonical)


def _describe_source(f: Fact) -> str:
    value = f.value
    assert isinstance(value, Attribution)
    head = f.frame.source if f.frame and f.frame.source else value.source
    rest = [s for s in value.chain if source_key(s) != source_key(value.source)]
    return " ← ".join([head, *rest])


@functools.lru_cache(maxsize=4096)  # (a slot of n sources asks it of each pair of keys again and again)
def _same_name(a: str, b: str) -> bool:
    """One source under two spellings: "Kathy Hochul" / "Hochul", "Halvik" / "Khalvik". Remembered: a slot
    judges the same two keys for every pair of reports giving them (10,899 asks of 1,914 pairs of sources on a
    deep corpus of 410 reprinted articles)."""
    from rapidfuzz import fuzz

    ta, tb = set(a.split()), set(b.split())
    if ta and tb and (ta <= tb or tb <= ta):
        return True
    return fuzz.ratio(a, b) >= 85 or _given_name_misspelled(a.split(), b.split())


def _given_name_misspelled(a: list[str], b: list[str]) -> bool:
    """ "winemaker lotte brauer" / "lotta brauer": one surname, and given names one letter apart that begin
    alike: a typing slip in one name, not a relative (whose given name differs by more than a letter)."""
    from rapidfuzz.distance import Levenshtein

    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1] or len(a[-1]) < 3:
        return False
    ga, gb = a[-2], b[-2]
    return min(len(ga), len(gb)) >= 5 and ga[:2] == gb[:2] and Levenshtein.distance(ga, gb) == 1


def _given_and_surname(a: str, b: str, texts: Sequence[str]) -> bool:
    """ "Kaia" in a live blog and "Thorsdottir-Mensah" in a wire: one name each, which a report writes
    together as one person's ("Kaia Thorsdottir-Mensah"), given name first."""
    if " " in a or " " in b or not (a[:1].isupper() and b[:1].isupper()) or a.isupper() or b.isupper():
        return False
    together = (f"{a} {b}", f"{b} {a}")
    return any(has_bounded(name, text) for text in texts for name in together)


def _spelled_apart(a: Fact, b: Fact) -> bool:
    """Two names of one key with a word written with other letters ("Vašek" / "Vasek"): one source
    whose name an outlet spells its own way, which an editor checking names wants to see."""
    va, vb = a.value, b.value
    assert isinstance(va, Attribution) and isinstance(vb, Attribution)
    words_a, words_b = set(va.source.lower().split()), set(vb.source.lower().split())
    folded_b = {fold(w): w for w in words_b}
    return any(fold(w) in folded_b and folded_b[fold(w)] != w for w in words_a)


def _surname_in_full(side: _Side, key: str, untitled: str) -> str:
    """A source named by surname alone, as its own report names that person in full: "said Zarvo" in a report
    that names only Ketsa Zarvo is not "her father, Ombru Zarvo" in another (one family, two people)."""
    if not untitled or " " in untitled:
        return key
    full = untitled_key(source_key(_named_in_full(untitled, side.article.body)))
    if " " not in full or not full.endswith(" " + untitled) or in_role_lexicon(full.split()[0]):
        return key  # ("Professor Zarvo": a title, not a given name)
    return full


def _without_their_role(key: str, other: _Side, side: _Side) -> str:
    """A name whose first word is the role the reports write beside the other side's person: "Skipper
    Trost" at the head of a live entry and "the skipper, Ilvotta Trost" elsewhere are one person, the
    capital a line's first word takes, not a given name. A role no lexicon of titles lists ("skipper",
    "auctioneer") is read so only when the reports themselves give it to that person; the key unchanged
    otherwise."""
    words = key.split()
    ov = other.fact.value
    if len(words) < 2 or not isinstance(ov, Attribution) or not (_personal(side.fact) and _personal(other.fact)):
        return key  # ("the Heskovian Red Cross": a body's name, whose first word is no title)
    other_words = source_key(ov.source).split()
    if not other_words or other_words[-1] != words[-1] or words[0] in other_words:
        return key
    if words[0] not in role_words(ov.source, (other.article.body, side.article.body)):
        return key
    if words[0].endswith("ian") and not in_role_lexicon(words[0]):
        return key  # ("Heskovian": a people's name ends as a trade's "-ian" does)
    return " ".join(words[1:])


_TWO_SPEAKERS = "one quotation credited to two people"
_UNREAD_BESIDE_NAMED = "an unnamed source beside a named one"


def _judge_sources(a: _Side, b: _Side, params: Mapping[str, object], largest: int) -> Verdict:
    va, vb = a.fact.value, b.fact.value
    assert isinstance(va, Attribution) and isinstance(vb, Attribution)
    ka, kb = _canonical_key(a.fact), _canonical_key(b.fact)
    ka, kb = _without_their_role(ka, b, a), _without_their_role(kb, a, b)
    ua, ub = untitled_key(ka), untitled_key(kb)
    if by_surname(ua, ub):
        # the surname as its own report names the person in full: another given name is another person
        ra, rb = _surname_in_full(a, ka, ua), _surname_in_full(b, kb, ub)
        wa, wb = set(untitled_key(ra).split()), set(untitled_key(rb).split())
        if not (wa <= wb or wb <= wa):
            ka, kb = ra, rb
            ua, ub = untitled_key(ka), untitled_key(kb)
    if ka == kb or ua == ub or by_surname(ua, ub):
        if _spelled_apart(a.fact, b.fact):
            return "compatible", "naming", "the same name spelled two ways"
        return "agree", "equal", "the same person, named in full and by surname" if ua != ub else "the same source"
    if _same_name(ka, kb):
        return "compatible", "naming", "the same source under two names"
    together: dict[tuple[str, str], bool] = params.get(_TOGETHER, {})  # type: ignore[assignment]
    if (va.source, vb.source) not in together:
        texts: Sequence[str] = params.get(_TEXTS, (a.article.body, b.article.body))  # type: ignore[assignment]
        together[va.source, vb.source] = _given_and_surname(va.source, vb.source, texts)
    if together[va.source, vb.source]:
        return "agree", "equal", "the same person, by given name and by surname"
    chain_a = {source_key(s) for s in va.chain} | {ka}
    chain_b = {source_key(s) for s in vb.chain} | {kb}
    if chain_a & chain_b:
        return "compatible", "naming", "a shared source down the chain"
    fuller: Mapping[str, str] = params.get(_FULLER, {})  # type: ignore[assignment]
    if _relays(a, b, fuller) or _relays(b, a, fuller):
        return "compatible", "source_difference", "one speaker's words, and another person relaying them"
    if _office_of_its_role(a, b) or _office_of_its_role(b, a):
        return "compatible", "naming", "a role and its own office"
    if _agent_of(a, b, fuller) or _agent_of(b, a, fuller):
        return "compatible", "naming", "a person and the lawyer or spokesperson the reports say speaks for her"
    if va.named != vb.named:
        held = _role_by_its_holders(a, b, params) if va.named else _role_by_its_holders(b, a, params)
        if held is not None:
            return held[0], _disagreement(a, b, largest) if held[0] == "conflict" else held[1], held[2]
    if params["one_quote_one_speaker"] and va.named != vb.named:
        other_role = _quote_of_another_role(a, b) if va.named else _quote_of_another_role(b, a)
        if other_role:
            return "conflict", _disagreement(a, b, largest), other_role
    bodies: frozenset[str] = params.get(_BODIES, frozenset())  # type: ignore[assignment]
    # (a name the reports write as a body's, "the Granary said", is no person's, however it looks)
    pa, pb = _personal(a.fact) and va.source not in bodies, _personal(b.fact) and vb.source not in bodies
    if params["one_quote_one_speaker"] and (va.named != vb.named or (va.named and pa != pb)):
        # a body may be named too ("the High Court said"): the person is the side written as a name
        person_first = pa if va.named == vb.named else va.named
        other_body = _quote_of_another_body(a, b) if person_first else _quote_of_another_body(b, a)
        if other_body:
            return "conflict", _disagreement(a, b, largest), other_body
    if params["one_quote_one_speaker"] and not va.named and not vb.named:
        other_body = _role_of_another_body(a, b) or _role_of_another_body(b, a)
        if other_body:
            return "conflict", _disagreement(a, b, largest), other_body
    if params["one_quote_one_speaker"]:
        apart = (
            _of_other_bodies(a, b, bodies) or _of_other_bodies(b, a, bodies)
            or _words_of_the_public(a, b, params) or _words_of_the_public(b, a, params)
        )
        if apart:
            return "conflict", _disagreement(a, b, largest), apart
    if params["unnamed_compatible"] and not (va.named and vb.named):
        body = a if _institution(va) else b if _institution(vb) else None
        if body is None:
            return "compatible", "naming", _UNREAD_BESIDE_NAMED
        other = b if body is a else a
        if _names_body(other.fact, body.fact):
            return "compatible", "naming", "the body and a source its own words tie to it"
        if _may_be_its_voice(other, body, fuller):
            return "compatible", "naming", "an unnamed body beside one who holds a post that may speak for it"
    if _speaks_for(a, b, bodies, fuller) or _speaks_for(b, a, bodies, fuller):
        return "compatible", "naming", "a person and the body the reports say they speak for"
    if _its_kind_of_voice(a, b, fuller) or _its_kind_of_voice(b, a, fuller):
        return "compatible", "naming", "a body and a person whose role is its kind's own voice"
    if params["one_quote_one_speaker"] and pa and pb and _same_quote(a.fact, b.fact):  # ("grower Glaive Harvest": no person)
        return "conflict", _disagreement(a, b, largest), _TWO_SPEAKERS
    media = _kind_of(a.fact) == "media" and _kind_of(b.fact) == "media"
    if media or params["different_sources"] == "conflict":
        # Two news organisations credited with one report: one outlet has the scoop wrong.
        return "conflict", _disagreement(a, b, largest) if media else "source_difference", "different sources credited"
    return "compatible", "source_difference", "different sources for the same claim"


# Roles of people who speak for another person, a client or a principal: their words are hers.
_AGENT_ROLES = frozenset(
    "lawyer lawyers attorney solicitor barrister counsel spokesman spokeswoman spokesperson agent representative "
    "aide aides".split()
)


def _agent_of(agent: _Side, principal: _Side, fuller: Mapping[str, str]) -> bool:
    """ "Kuvlane's lawyer, Cuvrin Oltesk" beside "Kuvlane": the reports make the one the lawyer or
    spokesperson of the other, whose words she gives ("he stands by"), so the two are one voice."""
    av, pv = agent.fact.value, principal.fact.value
    assert isinstance(av, Attribution) and isinstance(pv, Attribution)
    if not (av.named and pv.named and _personal(agent.fact) and _personal(principal.fact)):
        return False
    surname = untitled_key(source_key(pv.source.split(" of ", 1)[0])).split()
    if not surname:
        return False
    words = _roles_beside(_full_name(agent, fuller), (agent.article.body, principal.article.body))
    owners = {_POSSESSIVE_END.sub("", w) for w in words if owner_of(w) is not None}
    return bool(words & _AGENT_ROLES) and surname[-1] in owners


def _role_by_its_holders(named: _Side, role: _Side, params: Mapping[str, object]) -> Verdict | None:
    """A named person against an unnamed role ("the champion", "the archer"), read by whom the slot's reports
    name as holding that role (``holders``): the person herself, one source named two ways; another person,
    with the same quotation, two speakers for one quotation (unless the person's own role is one that
    speaks for another, a lawyer or a spokeswoman). None when the reports name no holder."""
    person, held = named.fact.value, role.fact.value
    assert isinstance(person, Attribution) and isinstance(held, Attribution)
    if held.named or not _personal(named.fact) or not _one_persons_role(held.source):
        return None
    texts: Sequence[str] = params.get(_TEXTS, (named.article.body, role.article.body))  # type: ignore[assignment]
    found = holders(held.source, texts)
    if not found:
        return None
    name = _full_name(named, params.get(_FULLER, {}))  # type: ignore[arg-type]
    if is_holder(name, found):
        return "compatible", "naming", f"the {held.source}, whom the reports name as {name}"
    if not params["one_quote_one_speaker"] or not _same_quote(named.fact, role.fact):
        return None
    roles = _roles_beside(name, (named.article.body, role.article.body))
    if holds_role(held.source, roles) or roles & _AGENT_ROLES:
        return None
    holder = sorted(found)[0]
    return "conflict", "", f"one quotation credited to {name} and to the {held.source}, whom the reports name as {holder}"


# What reports call a member of the public, who speaks for no body: "a lorry driver", "a retired teacher",
# "the seller", a resident of the street.
_MEMBERS_OF_THE_PUBLIC = frozenset(
    "driver teacher seller passenger passengers resident residents joiner witness neighbour neighbor pensioner "
    "commuter shopper tourist spectator bystander customer patient holidaymaker motorist cyclist walker".split()
)
# Role words that make their bearer someone's voice, whatever else the reports call her.
_VOICES = HEAD_ROLES | _AGENT_ROLES | frozenset(
    "chief lead senior curator official secretary warden superintendent owner founder member officer minister mayor "
    "councillor police inspector".split()
)


def _words_of_the_public(person: _Side, body: _Side, params: Mapping[str, object]) -> str:
    """Why one quotation credited to a body ("the county police", "the airline") and to a named person the
    reports call a member of the public ("a lorry driver", "a retired teacher") has two speakers: such a
    person holds no post that could make her the body's voice. "" when the reports give her any post or
    agency, or name the body among her words, or the quotations differ."""
    pv, bv = person.fact.value, body.fact.value
    assert isinstance(pv, Attribution) and isinstance(bv, Attribution)
    bodies: frozenset[str] = params.get(_BODIES, frozenset())  # type: ignore[assignment]
    if not _personal(person.fact) or pv.source in bodies:
        return ""
    if bv.named:
        if _personal(body.fact) and bv.source not in bodies or _kind_of(body.fact) == "media":
            return ""
    elif not (_institution(bv) or body_of(bv.source) is not None or _written_as_a_body(bv.source)):
        return ""
    name = _full_name(person, params.get(_FULLER, {}))  # type: ignore[arg-type]
    words = role_words(name, (person.article.body, body.article.body))
    plain = {_POSSESSIVE_END.sub("", w) for w in words}
    if not plain & _MEMBERS_OF_THE_PUBLIC or plain & _VOICES or plain & set(plain_words(bv.source)):
        return ""
    if any(owner_of(w) is not None for w in words) or not _same_quote(person.fact, body.fact):
        return ""
    return f"one quotation credited to {bv.source} and to {name}, whom the reports call a member of the public"


# Trades a report calls a firm by ("the contractor said"), which read like one person's trade.
_FIRMS_BY_TRADE = frozenset("contractor subcontractor builder builders atelier workshop outfitter".split())


def _one_persons_role(source: str) -> bool:
    """ "the archer", "the outgoing speaker": a role one person holds, not a body ("the team", "the guild",
    "the city"), a group ("the administrators") or a pronoun."""
    words = plain_words(source)
    if not words or source.lower() in _PERSONAL_PRONOUNS or body_of(source) is not None or _written_as_a_body(source):
        return False
    head = words[-1]
    if head in INSTITUTION_WORDS or head in ORG_WORDS or head in COMPANY_WORDS or head in BODY_NOUNS or head in _FIRMS_BY_TRADE:
        return False
    return is_person_role(source) or (may_be_role(head) and not head.endswith("s"))


def _relays(relay: _Side, speaker: _Side, fuller: Mapping[str, str]) -> bool:
    """The relay's credit passes on words of the speaker's ("the union leader said the rector had told
    staff" beside "the rector said"): its chain goes on past its source to the speaker, by name or by a
    role the reports write beside the speaker's name, or in it ("Rector Ada Vell")."""
    rv, sv = relay.fact.value, speaker.fact.value
    assert isinstance(rv, Attribution) and isinstance(sv, Attribution)
    if len(rv.chain) < 2 or not sv.named:
        return False
    name = _full_name(speaker, fuller)
    return relayed_from(rv.chain, name, _roles_beside(name, (speaker.article.body, relay.article.body)))


def _full_name(side: _Side, fuller: Mapping[str, str]) -> str:
    """A named credit's person in full: the slot's fuller name for a one-word name, else as its report writes her
    ("Vell" -> "Rector Ada Vell"), without an "of" that ties her to a body."""
    value = side.fact.value
    assert isinstance(value, Attribution)
    return fuller.get(value.source) or _named_in_full(value.source.split(" of ", 1)[0], side.article.body)


def _roles_beside(name: str, texts: Sequence[str]) -> frozenset[str]:
    """The role words the reports write beside a name, and the titles written in it ("Rector Ada Vell")."""
    return role_words(name, texts) | frozenset(w.lower() for w in name.split()[:-2])


_NAME_WORD = re.compile(rf"{CAPITAL}[\w’'.-]*")  # "Östberg", "Émile", "Łukasz" too



def _institution(value: Attribution) -> bool:
    """An unnamed source that is one body, not an anonymous speaker: "the fire service", "police", "the city
    council" (an institution's word), against "sources", "officials" or "a person close to the talks". Its
    words are no one's unnamed version of a named speaker: a named person is either its voice or another's."""
    words = value.source.lower().split()
    return not value.named and bool(words) and words[-1] in INSTITUTION_WORDS


# Posts held inside a body, whoever's: "the chief curator", "lead surgeon", "a senior official".
_POSTS = HEAD_ROLES | frozenset("chief lead senior curator officer official secretary warden superintendent".split())


def _may_be_its_voice(person: _Side, body: _Side, fuller: Mapping[str, str] | None = None) -> bool:
    """A body named by a common noun that ends no body's name ("the hospital", "the trust": ``INSTITUTION_WORDS``
    beyond ``ORG_WORDS``) beside a person whose role is a post held in a body and names no other body ("lead
    surgeon Dr Kell", not "a patient" or "president of the astronomical society"): the person may be its
    voice, so the two are one source under two names, as before that vocabulary knew such bodies."""
    bv, pv = body.fact.value, person.fact.value
    assert isinstance(bv, Attribution) and isinstance(pv, Attribution)
    head = bv.source.lower().split()[-1]
    if not pv.named:
        return False
    full = _full_name(person, fuller) if fuller and pv.source in fuller else _named_in_full(pv.source, person.article.body)
    beside = _roles_beside(full, (person.article.body,))
    owners = {owner for w in beside if (owner := owner_of(w)) is not None}
    roles = {w.removesuffix("'s").removesuffix("’s") for w in beside}
    roles |= {part for w in roles for part in w.split("-")}  # "Director-General Ada Vell"
    if head in ORG_WORDS:
        # "the company" beside "Yardimoor's artistic director, Ada Vell": a body of a common kind, which another
        # report may name, and a post at the top of a body with no word placing it elsewhere ("hotel manager",
        # "EbbRail spokesman", "fire chief"): the post may be that body's; its possessive owner may be its name.
        plain = {part for w in roles - owners for part in w.split("-")}
        return bool(plain & HEAD_ROLES) and plain <= HEAD_ROLES | _POSTS | post_words()
    if any(_owner_named_apart(owner, head, person.article.body) for owner in owners):
        return False  # "the regulator" beside "Zuwedeter Water's chief executive": a post in the body her owner names
    return bool(roles & _POSTS) and not any(w in INSTITUTION_WORDS and w != head for w in roles)


def _owner_named_apart(owner: str, head: str, text: str) -> bool:
    """A possessive owner of a person's post that names a body by its own capitalised name ("Zuwedeter Water's
    chief executive"), which is not the body a common noun credits (``head``, "the regulator"): not that
    noun, one body with it, nor of its kind. A pronoun ("its chief") or the noun itself names no other body."""
    if owner == head or owner in _PERSONAL_PRONOUNS or one_body(owner, head):
        return False
    kind = body_of(head)
    if kind is not None and body_of(owner) == kind:
        return False
    capital = owner[:1].upper() + owner[1:]
    return re.search(rf"(?<![\w-]){re.escape(capital)}['’]s\b", text) is not None


_BODY_REACH = 40  # characters before a source that may still say whose voice it is


def _names_body(f: Fact, body: Fact) -> bool:
    """Whether a fact's own words name the institution another fact credits by its common noun: "the fund's
    investment chief" and "the fund", "the Yzelmoor Water Agency" and "the agency"."""
    value = body.value
    assert isinstance(value, Attribution)
    head = value.source.lower().split()[-1]
    # the fact's own words and the few before them ("the fund's investment chief, Yevgenia Hartsell-Ono, said")
    start = max(0, f.start - f.sentence_start - _BODY_REACH)
    near = f.sentence[start : f.end - f.sentence_start].lower()
    words = (w.strip(",.;:()\"“”") for w in near.split())
    return head in {w.removesuffix("'s").removesuffix("’s") for w in words}


# ``_personal`` of facts, by the fact (kept with its answer, so no other fact takes its id while held), emptied
# past a bound: a slot of n sources asks it of each fact for every pair it is in (95,532 asks of a few thousand
# facts on a deep corpus of 410 reprinted articles).
_PERSONAL_HELD = 4096
_personal_of: dict[int, tuple[Fact, bool]] = {}


def _personal(f: Fact) -> bool:
    """A named source written as a person's name ("Ilse Varga", "Varga"), not a body or an outlet."""
    held = _personal_of.get(id(f))
    if held is not None and held[0] is f:
        return held[1]
    if len(_personal_of) >= _PERSONAL_HELD:
        _personal_of.clear()
    found = _personal_of[id(f)] = (f, _read_personal(f))
    return found[1]


def _read_personal(f: Fact) -> bool:
    value = f.value
    assert isinstance(value, Attribution)
    if not value.named:
        return False
    if _kind_of(f) not in (None, "other", "person"):
        # "Maren Tulloch-Vey of Harrowgate Pine Partners": a person of the firm the kind was read from
        person, of, _body = value.source.partition(" of ")
        return _kind_of(f) != "media" and bool(of) and len(person.split()) > 1 and _written_as_name(value.source)
    return _written_as_name(value.source)


@functools.lru_cache(maxsize=2048)  # (a slot asks it of each source once per pair it is in)
def _written_as_name(source: str) -> bool:
    """``_personal`` of a named source, by its words alone: remembered, as a slot of n sources asks it some
    n² times (130,000 asks for 1,000 articles, each splitting and matching the name again)."""
    # (the body a person speaks for, after "of", is no part of the name: "Maren Okafor-Lind of Varsholm Police")
    if _ACRONYM.fullmatch(source):
        return False
    words = source.split(" of ", 1)[0].split()
    return _reads_as_name(words) or _titled_name(words)


def _titled_name(words: Sequence[str]) -> bool:
    """A name after a long capitalised title, joined by "and" ("Police and Crime Commissioner Wexlom Drelvash"):
    the words after the last title read as a name of two words or more (shorter titles, "Mayor Ilse Varn", read
    as a name already)."""
    tail = untitled_key(" ".join(words).lower()).split()
    cut = len(words) - len(tail)
    if len(tail) < 2 or cut <= 0:
        return False
    return all(w[:1].isupper() or w == "and" for w in words[:cut]) and _reads_as_name(words[cut:])


def _reads_as_name(words: Sequence[str]) -> bool:
    """One to four capitalised words, particles between them ("Piet van Aalst"), not ending as a body's name
    does ("the Brimmond Dockers' Federation", "Skelton Seed Trust")."""
    if not words or _body_head(words[-1]):
        return False
    return len(words) <= 4 and all(_NAME_WORD.fullmatch(w) or w in PARTICLES for w in words[1:-1]) and all(
        _NAME_WORD.fullmatch(w) for w in (words[0], words[-1])
    )


_PERSONAL_PRONOUNS = frozenset({"she", "he"})
_ACRONYM = re.compile(r"[A-Z]{2,4}")  # a body's initials; a speaker's label in capitals is a longer surname
# Last words of a body's name that the lexicons of bodies and companies leave out.
_MORE_BODY_HEADS = frozenset(
    "federation confederation library foundation society association alliance coalition league architects "
    "pictures studios robotics spirits front movement bloc caucus".split()
)


def _body_head(word: str) -> bool:
    lower = word.lower().strip("'’")
    return lower in BODY_NOUNS or lower in COMPANY_WORDS or lower in _MORE_BODY_HEADS


_BODIES = "_bodies"  # the named sources of a slot that its reports write as bodies (``written_as_body``)
_TEXTS = "_texts"  # the bodies of a slot's reports
# A slot's answers of ``_given_and_surname`` by pair of names, filled as its pairs are judged: each answer reads
# every body of the slot, and a slot of n reports asks it of n^2 pairs of sides but of far fewer pairs of names.
_TOGETHER = "_together"
_FULLER = "_fuller"  # a slot's one-word names ("FAULKES-ORRIN:") -> the one fuller name of the slot ending so


@functools.lru_cache(maxsize=1024)  # (asked again within one event only; each entry holds a report's body)
def _named_in_full(name: str, body: str) -> str:
    """A speaker label or surname as its own report writes it in full ("TUPPEN-HALE:" and "the union's
    president, Jessamine Tuppen-Hale"); the name itself when the report writes no one fuller name.
    Remembered: a slot asks it of one source and report for every other source beside it, and each
    asking searched the whole report."""
    if len(name.split()) != 1:
        return name
    found = set(_words_before(name, body))
    found = {f for f in found if not f.split()[-1].isupper()}  # (the label itself, "SAYS TUPPEN-HALE")
    return next(iter(found)) if len(found) == 1 else name


def _words_before(name: str, body: str) -> list[str]:
    r"""``re.findall(rf"\b({CAPITAL}[\w’'-]*\s+(?i:{re.escape(name)}))(?![\w-])", body)``: each capitalised
    word and the name after it, without compiling that pattern for every name (``CAPITAL`` is a class of
    some 200 letters: parsing it took 0.6 ms a name, a pattern of the name alone 0.07 ms).

    A capitalised word (``_CAPITALISED_THEN_SPACE``) runs to its last word character, apostrophe or hyphen,
    none of which is white space, so the pattern's only choice is how much of the white space after it
    to take: the most first. A word starting inside that word (after its apostrophe or hyphen) has the
    same white space after it, so the search goes on past it."""
    own = _name_after(name)
    found: list[str] = []
    at = 0
    while (word := _CAPITALISED_THEN_SPACE.search(body, at)) is not None:
        space_start, space_end = word.span(1)
        for start in range(space_end, space_start, -1):
            named = own.match(body, start)
            if named is not None:
                found.append(body[word.start() : named.end()])
                at = named.end()
                break
        else:
            at = space_end
    return found


_CAPITALISED_THEN_SPACE = re.compile(rf"\b{CAPITAL}[\w’'-]*(\s+)")


@functools.lru_cache(maxsize=256)  # (a name is asked again within its event: ``_named_in_full``)
def _name_after(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?i:{re.escape(name)})(?![\w-])")


def _fuller_names(slot: SlotFacts) -> dict[str, str]:
    """A transcript's speaker label or a bare surname, and the one name of the slot ending in it: the person
    the other reports name in full, whose role they write beside that name."""
    names = {f.value.source for _article, facts in slot for f in facts if isinstance(f.value, Attribution) and f.value.named}
    by_last: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_last[words[-1].casefold()].add(name)
    return {
        name: one for name in names
        if len(name.split()) == 1 and (one := _one_person(by_last.get(name.casefold(), set())))
    }


def _one_person(full: set[str]) -> str:
    """The longest of names that are one person's: each a tail of the longest ("Ada Vell" and "Rector
    Ada Vell", a title written before the same name); "" when two differ ("Ada Vell", "Tom Vell")."""
    if not full:
        return ""
    longest = max(full, key=lambda n: (len(n.split()), n))
    words = longest.split()
    return longest if all(words[len(words) - len(n.split()) :] == n.split() for n in full) else ""


def _speaks_for(
    person: _Side, body: _Side, bodies: frozenset[str] = frozenset(), fuller: Mapping[str, str] | None = None
) -> bool:
    """ "Vardal Water chief executive Emrik Falkow" and "Vardal Water": the reports write the other
    source's whole name among the person's role words, so the two are the person and the body she heads."""
    pv, bv = person.fact.value, body.fact.value
    assert isinstance(pv, Attribution) and isinstance(bv, Attribution)
    words = _credit_words(bv.source)
    name = (fuller or {}).get(pv.source) or _named_in_full(pv.source, person.article.body)
    if not words or not pv.named or len(name.split()) < 2:
        return False
    roles = role_words(name, (person.article.body, body.article.body))
    if all(w in roles or w.rstrip("s") in roles for w in words):
        return True
    if (bv.source in bodies or not _personal(body.fact)) and words[-1] in {owner_of(w) for w in roles}:
        return True  # "the institute's sea ice chief" and "the Polar Data Institute": her role names its head word
    if not bv.named and roles & _VOICE_ROLES and any(one_body(words[-1], o) for w in roles if (o := owner_of(w))):
        return True  # "the trust's chief executive" and "the charity": the trust is the charity, under another noun
    if len(words) > 1 and words[-1] in roles and roles & _VOICE_ROLES and not in_role_lexicon(words[-1]):
        return True  # ", who owns the mill," and "Fennvy Oil Mill": she heads the body its last word names
    # "chief executive Gasabebul Pimlash said" in a report about Dumbarrow, beside "Dumbarrow said": a
    # person whose role heads or speaks for a body, in a report that names that body and never as a person
    if not roles & HEAD_ROLES:
        return False
    # "head of the Wyckley Telecoms Authority": the role names its own body, and it is another
    own = set(words)
    named = {
        w for w in roles
        if (bare := _POSSESSIVE_END.sub("", w)) not in own and not in_role_lexicon(bare) and bare not in HEAD_ROLES
        and has_bounded(bare[:1].upper() + bare[1:], person.article.body)
    }
    return not named and _named_as_body(bv.source, person.article.body, body.article.body, written=bv.source in bodies)


_POSSESSIVE_END = re.compile(r"['’]s$")  # a role word's "'s" ("the council's chief")


@functools.lru_cache(maxsize=4096)  # (asked of one source for every person beside it in a slot)
def _credit_words(source: str) -> tuple[str, ...]:
    """A source's words in lower case, without "the", "of" and "and" ("Vardal Water" -> vardal, water)."""
    return tuple(w for w in re.findall(r"[^\W\d_]+", source.lower()) if w not in ("the", "of", "and"))


def _its_kind_of_voice(person: _Side, body: _Side, fuller: Mapping[str, str]) -> bool:
    """ "the city council" and "Deputy Mayor Ada Vell", "police" and "Inspector Ivo Brask": an unnamed body of a
    listed kind and a named person whose role is that kind's own and no other body's, one voice under two names
    (a body speaks through its people), so an outlet crediting the one stands in the other's camp."""
    pv, bv = person.fact.value, body.fact.value
    assert isinstance(pv, Attribution) and isinstance(bv, Attribution)
    if bv.named or not pv.named or not _personal(person.fact):
        return False
    kind = body_of(bv.source)
    if kind is None:
        return False
    roles = _roles_beside(_full_name(person, fuller), (person.article.body, body.article.body))
    return own_voice(kind, roles) and not speaks_elsewhere(kind, roles, bv.source)


def _named_as_body(name: str, *texts: str, written: bool = False) -> bool:
    """The body's name is in the first text, and no text writes it after a given name or a title ("Ms
    Dumbarrow"), as a person's surname would be. A name of two words or more must end in a company word
    ("Dumbarrow Group") or be ``written`` as a body's by the reports ("grower Glaive Harvest")."""
    name = name.strip()
    words = name.split()
    if not name or name not in texts[0] or not (len(words) == 1 or words[-1].lower() in COMPANY_WORDS or written):
        return False
    before = re.compile(rf"\b({CAPITAL}[\w’'-]*)\.?\s+{re.escape(name)}\b")
    return not any(
        m.group(1).lower() not in _NOT_GIVEN_NAMES and m.group(1).lower() not in BODY_NOUNS  # ("Grower Glaive Harvest")
        for text in texts for m in before.finditer(text)
    )


# Capitalised words that may stand before a body's name without being a person's given name.
_NOT_GIVEN_NAMES = frozenset("the a an at by for from in of on to with and but as when while said says".split())


_VOICE_ROLES = HEAD_ROLES | {"owner", "proprietor"}  # roles that speak for the body they are written of


def _quote_of_another_role(named: _Side, role: _Side) -> str:
    """Why one quotation credited to a named person and to a role ("the president") has two speakers: the
    reports give the person another role ("Justice Minister Rasko Tornquist"); "" when they do not say, or
    say it is that role, or the quotations differ."""
    person, held = named.fact.value, role.fact.value
    assert isinstance(person, Attribution) and isinstance(held, Attribution)
    if held.source.lower() in _PERSONAL_PRONOUNS and _personal(named.fact) and _same_quote(named.fact, role.fact):
        # "she said" for words another outlet credits to Jon Dahlke, in a report that never names Dahlke: its
        # "she" is someone it did name. (One that names him may mean him: nothing is said then.)
        surname = person.source.split()[-1]
        if re.search(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", role.article.body) is None:
            return f"one quotation credited to {person.source} and to someone {role.article.outlet} calls “{held.source}”, in a report that never names {person.source}"
        return ""
    if not (_personal(named.fact) and is_person_role(held.source) and _same_quote(named.fact, role.fact)):
        return ""
    words = role_words(person.source, (named.article.body, role.article.body))
    if not words:
        return ""
    # "astronomer Ada Vell of the University of Orm" holds "a university astronomer": her credit's "of" names the body
    words |= frozenset(plain_words(person.source.partition(" of ")[2]))
    if holds_role(held.source, words) or holds_role(_role_with_its_owner(role.fact, held.source), words):
        return ""
    head = held.source.lower().split()[-1]
    if words & _VOICE_ROLES and any(owner_of(w) == head for w in words):
        return ""  # "the channel's owner, Ada Vell" and "the channel": she heads the body credited, and speaks for it
    return f"one quotation credited to {person.source} and to the {held.source}: the reports call {person.source} another role"


def _role_with_its_owner(f: Fact, role: str) -> str:
    """The role as the credit writes it with the possessive that names its body ("the excavation's director" for the
    source "director"): the body tells which post it is ("who leads the excavation" holds it); the role alone when
    the credit writes no owner."""
    m = re.search(rf"([^\W\d_]+['’]s)\s+{re.escape(role)}\b", f.text, re.IGNORECASE)
    return f"{m.group(1)} {role}" if m else role


def _quote_of_another_body(named: _Side, body: _Side) -> str:
    """Why one quotation credited to a named person and to a body ("police", "the company") has two
    speakers: the reports give the person a role of another kind of body ("fire chief", "mining
    minister"); "" when they do not, or the role is the body's own, or the quotations differ."""
    person, unnamed = named.fact.value, body.fact.value
    assert isinstance(person, Attribution) and isinstance(unnamed, Attribution)
    kind = body_of(unnamed.source)
    if not _personal(named.fact) or not _same_quote(named.fact, body.fact):
        return ""
    name = person.source.split(" of ", 1)[0]
    words = role_words(name, (named.article.body, body.article.body)) | frozenset(
        w.lower() for w in name.split()[:-2]
    )
    if " " not in name and in_role_lexicon(name):
        words |= {name.lower()}  # "the Bishop of Quenby": the title is the credit's own name
    words = without_a_chiefs_trade(words)
    another = f"one quotation credited to {person.source} and to {unnamed.source}: the reports give {name} another body's role"
    if _office_of_role(body.fact.text, words):
        return ""  # "the harbourmaster's office said" and "Harbourmaster ...": her office speaks for her
    if _owned_elsewhere(words, unnamed, named.article.body, body.article.body):
        return another
    if _in_another_named_body(words, unnamed.source, named.article.body):
        return another
    office = _ROLES_OFFICE.search(body.fact.text)
    if office and not unnamed.named and _another_role_than(office.group(1), words):
        return f"one quotation credited to {person.source} and to {office.group(0)}: the reports give {name} another role"
    if kind is None and not unnamed.named and not _written_as_a_body(unnamed.source):
        return ""
    if kind is None:
        # A body of no listed kind, named ("Orrib Architects", "the DSO"): a person whose role is of a listed
        # kind ("Mayor", "Agriculture Minister") speaks for another body, unless the reports make her its own;
        # so does one whose role names another body by its own name ("head of the Wyckley Telecoms Authority").
        if _speaks_for(named, body) or not (office_roles(words) or unnamed.named and _names_another_body(words, unnamed.source, named.article.body)):
            return ""
    elif not speaks_elsewhere(kind, words, unnamed.source):
        return ""
    return another


def _of_other_bodies(speaker: _Side, body: _Side, bodies: frozenset[str]) -> str:
    """Why one quotation credited to a body ("the Vinmoor Union said", "the association said") and to a person
    its own credit places in another body ("an Ebbwell spokesman", "Dr Ivo Brask of the Office", "Ebbwell
    University's rector Ivo Brask") has two speakers: a spokesman, an officer or a member speaks for the body
    his credit names, so a quotation one outlet gives a body and another that body's rival or overseer is
    in the wrong mouth in one of them. "" unless both bodies are read and the two cannot be one: two names
    sharing no word nor initials, or two body nouns of no one group (a named body beside "the company" may
    be that company)."""
    sv, bv = speaker.fact.value, body.fact.value
    assert isinstance(sv, Attribution) and isinstance(bv, Attribution)
    if not _same_quote(speaker.fact, body.fact):
        return ""
    own = _credited_body_of_speaker(speaker)
    other = _credited_body(body, bodies)
    if own is None or other is None or not _bodies_apart(own, other):
        return ""
    speaker_name = sv.source.split(" of ", 1)[0]
    return f"one quotation credited to {speaker_name} of {own} and to {bv.source}: a body not the speaker's own"


def _credited_body(side: _Side, bodies: frozenset[str]) -> str | None:
    """The body a credit names as the speaker itself: "the association", "the Vinmoor Union" (a name the
    reports write as a body's); None for a person or a role."""
    value = side.fact.value
    assert isinstance(value, Attribution)
    if value.named:
        return value.source if value.source in bodies or _written_as_a_body(value.source) else None
    if is_person_role(value.source):
        return None
    return value.source if _institution(value) or _written_as_a_body(value.source) else None


_OWNER_BEFORE = re.compile(rf"((?:{CAPITAL}[\w-]*\s+){{0,3}}{CAPITAL}[\w-]*)['’]s\s")  # "Ebbwell University's "


def _credited_body_of_speaker(side: _Side) -> str | None:
    """The body a speaker's own credit places her in: after "of" in a named credit ("Dr Ivo Brask of the
    Office"), a capitalised owner in the credit's words ("Ebbwell University's rector Ivo Brask said"), or the
    capitalised name modifying an unnamed role ("an Ebbwell spokesman"). Only the credit's own words are read:
    a role written elsewhere in a report may be an earlier post, or another person's."""
    value = side.fact.value
    assert isinstance(value, Attribution)
    if value.named:
        if not _personal(side.fact):
            return None
        _name, of, after = value.source.partition(" of ")
        if of and (_body_head(after.split()[-1]) or after[:1].isupper()):
            return after
        owner = _OWNER_BEFORE.search(side.fact.text)
        if owner is not None and owner.end() <= side.fact.text.find(value.source.split()[-1]):
            return owner.group(1)
        return None
    words = value.source.split()
    if len(words) < 2 or not is_person_role(value.source):
        return None
    names = [w for w in words[:-1] if w[:1].isupper() and not in_role_lexicon(w.lower())]
    return " ".join(names) or None


def _bodies_apart(a: str, b: str) -> bool:
    """Two bodies that cannot be one: names sharing no word nor initials ("Ebbwell" and "the WTU"), or body
    nouns of no one group ("office" and "association"). A name beside a mere noun of a body says nothing
    unless the name ends in a body noun of its own ("Ebbwell University" and "the journal")."""
    wa = [w for w in plain_words(a) if w not in ("of", "and", "for", "the")]
    wb = [w for w in plain_words(b) if w not in ("of", "and", "for", "the")]
    if not wa or not wb or set(wa) & set(wb):
        return False
    named_a, named_b = any(w[:1].isupper() for w in a.split() if w.lower() != "the"), any(
        w[:1].isupper() for w in b.split() if w.lower() != "the"
    )
    if named_a and named_b:
        initials_a, initials_b = "".join(w[0] for w in wa), "".join(w[0] for w in wb)
        return not (a.replace(".", "").isupper() and a.lower() in initials_b or b.replace(".", "").isupper() and b.lower() in initials_a)
    head_a, head_b = wa[-1], wb[-1]
    if not (_body_head(head_a) and _body_head(head_b)):
        return False
    return not one_body(head_a, head_b) and not (body_of(head_a) is not None and body_of(head_a) == body_of(head_b))


def _in_another_named_body(roles: frozenset[str], body: str, text: str) -> bool:
    """ "head of the Federation of Dockers" beside "the transport ministry", "Committee chair" beside "the National
    Audit Office": a role word the text capitalises is a body's noun of another kind than the credited body's,
    and no noun that body goes by (one kind unknown to the vocabulary is enough; both unknown say nothing)."""
    own = [w for w in plain_words(body) if w not in ("of", "and", "for")]
    if not own or is_person_role(body):
        return False  # ("the station commander": a role, which "Group Captain" may hold)
    kind = body_of(body)
    if kind is not None and any(owner_of(w) is None and body_of(w) == kind for w in roles):
        return False  # "chair of the Drelvian Communications Authority" and "the regulator": a body of its kind
    for word in roles:
        if owner_of(word) is not None or word in own or not _body_head(word) or in_role_lexicon(word):
            continue
        other = body_of(word)
        if (other is None and kind is None) or other == kind or any(one_body(word, w) for w in own):
            continue
        if has_bounded(word[:1].upper() + word[1:], text):
            return True
    return False


def _another_role_than(role: str, words: frozenset[str]) -> bool:
    """ "the president's office" beside "Speaker Ada Vell": the reports give the person a role of the lexicon,
    and it is not the role whose office speaks."""
    held = {w for w in words if owner_of(w) is None and in_role_lexicon(w)}
    return bool(held) and not holds_role(role, frozenset(words))


_ROLES_OFFICE = re.compile(
    r"\b(?:the\s+)?((?:[a-z]+\s+)?[a-z]+)['’]s\s+(?:press\s+)?(?:office|spokes(?:man|woman|person)|aides?|staff|team)\b",
    re.IGNORECASE,
)


def _office_of_role(text: str, roles: frozenset[str]) -> bool:
    """ "the mayor's office", "the prime minister's spokesman": a body that is the office of a role the person
    holds ("Mayor ...", "Prime Minister ..."), so the two are one source."""
    match = _ROLES_OFFICE.search(text)
    if match is None:
        return False
    held = match.group(1).lower().split()
    return held[-1] in roles and (len(held) == 1 or held[0] in roles or held[0] in _COMMON_ROLE_HEADS)


def _office_of_its_role(role: _Side, office: _Side) -> bool:
    """ "the prime minister's office" beside "the prime minister" or "Prime Minister Ada Dunlow": an office
    speaks for the role it is the office of, so the two are one voice under two names, whoever else a
    quotation is credited to. Its role is read from the words the reports write beside the person."""
    rv, ov = role.fact.value, office.fact.value
    assert isinstance(rv, Attribution) and isinstance(ov, Attribution)
    if ov.named or _ROLES_OFFICE.search(office.fact.text) is None:
        return False
    if not rv.named:
        words = frozenset(plain_words(rv.source)) if is_person_role(rv.source) else frozenset()
    elif _personal(role.fact):
        name = rv.source.split(" of ", 1)[0]
        titles = frozenset(w.lower() for w in name.split()[:-2])  # ("Prime Minister Ada Dunlow")
        words = role_words(name, (role.article.body, office.article.body)) | titles
    else:
        return False
    return bool(words) and _office_of_role(office.fact.text, words)


_COMMON_ROLE_HEADS = frozenset("prime vice deputy first chief foreign finance interior justice defence".split())


def _names_another_body(roles: frozenset[str], body: str, text: str) -> bool:
    """ "director of the Tewkeston Heritage Trust" beside "the Tobin Guild": the role words end in a
    body's head word after a name the text capitalises, and share no word with the credited body's name."""
    own = set(plain_words(body)) - {"of", "and", "for"}
    if roles & own or any(owner_of(w) in own for w in roles):
        return False
    capitalised = [w for w in roles if w not in HEAD_ROLES and has_bounded(w[:1].upper() + w[1:], text)]
    return any(_body_head(w) for w in capitalised) and len(capitalised) >= 2


# Bodies a report may name by their kind alone that no lexicon of organisations lists.
_MORE_BODY_NOUNS = frozenset(
    "zoo jury fair festival team management club academy trust society orchestra choir guild".split()
)


def _written_as_a_body(source: str) -> bool:
    """ "the service", "the civic society", "the jury": an unnamed source that is a body of no listed kind,
    which a public office (a minister, a councillor) does not speak for unless the reports make it hers."""
    words = plain_words(source)
    return bool(words) and (_body_head(words[-1]) or words[-1] in _MORE_BODY_NOUNS)


def _role_of_another_body(role: _Side, body: _Side) -> str:
    """Why one statement credited to a role ("the governor", "the president") and to a body ("the finance
    ministry") has two speakers: the role is of another kind of body (a central bank's governor, a head
    of government) and never of the body's own; "" when it may be the body's own voice."""
    held, unnamed = role.fact.value, body.fact.value
    assert isinstance(held, Attribution) and isinstance(unnamed, Attribution)
    kind = body_of(unnamed.source)
    if kind is None or not is_person_role(held.source) or not _same_quote(role.fact, body.fact):
        return ""
    if not speaks_elsewhere(kind, frozenset(plain_words(held.source)), unnamed.source):
        return ""
    return f"one statement credited to the {held.source} and to {unnamed.source}: a role of another body"


def _owned_elsewhere(roles: frozenset[str], body: Attribution, text: str, other: str = "") -> bool:
    """ "the ferry company's chief executive" beside "the harbour commission", "Brimmond Haulage's director"
    beside "the city": the role names the body it belongs to (a possessive owner), and that is not the
    credited body, by its words or its kind. A possessive that is a mere kind of body ("the company's chief
    executive") may be the named body itself, so it says nothing against a body written by its name."""
    owners = {owner for w in roles if (owner := owner_of(w)) is not None}
    if not owners or is_person_role(body.source):
        return False
    words = set(plain_words(body.source)) - {"of"}
    if owners & words or words & roles:
        return False  # ("the bridge's operator" is the operator; "the county's fire commissioner", his office)
    kind = body_of(body.source)
    for owner in owners:
        generic = _body_head(owner) or body_of(owner) is not None
        if generic and (body.named or kind is not None and body_of(owner) == kind) or owner in _PERSONAL_PRONOUNS:
            return False  # (and "she's": a contraction, no owner)
        if generic and any(one_body(owner, w) for w in words):
            return False  # "the trust's chief executive" beside "the charity": a trust may be that charity
        if body.named and not re.search(rf"\b{re.escape(owner[:1].upper() + owner[1:])}['’]s", f"{text}\n{other}"):
            return False  # ("the lift's chief engineer" beside "Clewsby Engineering": a thing the body made or runs)
        if kind in _STORY_BODIES and any(
            m.group(0)[0].isupper() for m in re.finditer(rf"\b{re.escape(owner)}['’]s", text, re.IGNORECASE)
        ):
            return False  # "Brimmond Haulage's director" may be of the very company another report calls "the company"
    return True


# Kinds of body a report may call by its kind alone though another names it: "the company", "the regulator".
_STORY_BODIES = frozenset(kind for kind in (body_of("company"), body_of("regulator")) if kind is not None)


def _same_quote(a: Fact, b: Fact) -> bool:
    """Both sentences quote the same words: a quotation has one speaker, so two people credited with
    it cannot both be right (one outlet put the words in the wrong mouth)."""
    qa, qb = (a.frame.quotation if a.frame else ""), (b.frame.quotation if b.frame else "")
    return (
        same_quotation(a.sentence, b.sentence, qa, qb)
        or paraphrased(a.sentence, b.sentence, qa)
        or paraphrased(b.sentence, a.sentence, qb)
    )


def _kind_of(f: Fact) -> str | None:
    return f.frame.source_kind if f.frame else None


def _compare_sources(slot: SlotFacts, params: Mapping[str, object]) -> Outcome:
    texts = [article.body for article, _facts in slot]
    named = {f.value.source for _article, facts in slot for f in facts if isinstance(f.value, Attribution) and f.value.named}
    bodies = frozenset(name for name in named if written_as_body(name, texts))
    if bodies:
        params = {**params, _BODIES: bodies}
    params = {**params, _TEXTS: tuple(texts), _TOGETHER: {}}
    fuller = _fuller_names(slot)
    if fuller:
        params = {**params, _FULLER: fuller}
    outcome = _judge_slot(slot, params, _source_usable, _canonical_key, _describe_source, _judge_sources)
    return _one_speaker_each_side(outcome) if outcome.status == "conflict" else outcome


def _one_speaker_each_side(outcome: Outcome) -> Outcome:
    """One quotation credited to two people divides a slot's outlets in two camps: those crediting the one
    (by name, by surname, or by the body she speaks for) and those crediting the other. An outlet that
    quotes other words of the statement, or paraphrases it, is in its camp all the same: each outlet of
    one camp conflicts with each of the other, not only the two whose words match."""
    representative = [p for p in outcome.pairs if p.representative]
    camp = {fid: fid for p in outcome.pairs for fid in p.fact_ids}

    def find(fid: str) -> str:
        while camp[fid] != fid:
            camp[fid] = camp[camp[fid]]
            fid = camp[fid]
        return fid

    # Two people credited with one quotation are never one camp: a body or an unnamed source beside both
    # ("the museum said", compatible with its director and its curator) joins the first camp it meets.
    parted = [p.fact_ids for p in outcome.pairs if p.status == "conflict" and _one_quotation_apart(p.detail)]
    # (not a credit left unread beside a name: "a spokesman" and "the union" are one voice only if the reports say so)
    joining = [
        p for p in representative
        if p.status == "agree" or p.status == "compatible" and p.cause == "naming" and p.detail != _UNREAD_BESIDE_NAMED
    ]
    def apart_camps(a: str, b: str) -> bool:
        return a != b and any({find(x), find(y)} == {a, b} for x, y in parted)

    # A body tied by name to people of both camps ("the fund" beside its chairman and its investment chief, both
    # of whom may speak for it) stays in neither: which of the two gave its statement, the reports do not say.
    links: dict[str, set[str]] = defaultdict(set)
    for p in joining:
        if p.status != "agree":
            links[p.fact_ids[0]].add(p.fact_ids[1])
            links[p.fact_ids[1]].add(p.fact_ids[0])
    for p in sorted(joining, key=lambda p: p.status != "agree"):
        x, y = p.fact_ids
        a, b = find(x), find(y)
        if a == b or apart_camps(a, b):
            continue
        if p.status != "agree" and (
            any(apart_camps(find(z), b) for z in links[x]) or any(apart_camps(find(z), a) for z in links[y])
        ):
            continue
        camp[a] = b
    apart = {
        camps: p.cause for p in outcome.pairs
        if p.status == "conflict" and _one_quotation_apart(p.detail) and len(camps := frozenset(find(f) for f in p.fact_ids)) == 2
    }
    if not apart:
        return outcome
    pairs = []
    for p in outcome.pairs:
        camps = frozenset(find(f) for f in p.fact_ids) if p.representative else frozenset()
        if camps in apart and p.status == "compatible" and p.cause == "source_difference":
            p = dataclasses.replace(p, status="conflict", cause=apart[camps], detail=f"{_TWO_SPEAKERS}, as each side's other outlets quote it")
        pairs.append(p)
    return dataclasses.replace(outcome, pairs=tuple(pairs))


def _one_quotation_apart(detail: str) -> bool:
    """A conflict of one quotation put in two mouths: two people's, a person's and another body's, a role's and
    another person's (not a media report credited to two outlets, nor a spread conflict's own copy)."""
    return detail == _TWO_SPEAKERS or detail.startswith(_ONE_QUOTATION) and not detail.endswith(_AS_QUOTED)


_ONE_QUOTATION = ("one quotation credited to ", "one statement credited to ")
_AS_QUOTED = "as each side's other outlets quote it"


SOURCE_AGREEMENT = Check(
    name="source-agreement",
    kind="attribution",
    summary="Compare whom outlets credit for one claim: the same source, one source under two names, or others.",
    params={
        "unnamed_compatible": Param(
            bool, True, "an unnamed source ('officials', 'media') is compatible with any named one"
        ),
        "one_quote_one_speaker": Param(
            bool, True, "one quotation credited to two different people is a conflict (a quote has one speaker)"
        ),
        "different_sources": Param(
            str, "compatible", "two different named sources (not both news organisations) for one claim",
            choices=("compatible", "conflict"),
        ),
    },
    compare=_compare_sources,
)


def keys_of(facts: Sequence[Fact]) -> list[str]:
    """Normalized values, for fingerprints: stable across runs and line moves."""
    out = []
    for f in facts:
        v = f.value
        if isinstance(v, DateValue):
            out.append(f"{v.start}..{v.end}")
        elif isinstance(v, Quantity):
            out.append(f"{v.low}..{v.high} {v.unit}")
        elif isinstance(v, Attribution):
            out.append(source_key(v.source))
    return sorted(out)
