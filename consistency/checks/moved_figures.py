"""Whether a later report's figure tells the story moved on, read from the whole slot's timeline, not one pair.

Most later figures that gold calls updates carry no word of change: a repair bill put at 4.5 million for three days
and at 6 million a week later. One pair cannot tell that from a wrong figure in a follow-up; the slot's timeline
can, as an editor reads it: the outlets split cleanly by time (all before the later report below its figure, all of
its own day and after it at its figure), and the step up is modest, for a
measure that moves over a story (counts, sums, volumes) rather than one set once (a length, a time, a share).
Typing slips, bounds and rival sources are the caller's to rule out first. Thresholds and kinds are data
(``rules/vocabulary/moved_figures.yaml``), read on the odd own sets.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from consistency.errors import RuleError
from consistency.extract._date_calendar import MONTHS
from consistency.extract._figure_tables import UNITS, UPPER_BOUND
from consistency.model import Quantity
from consistency.values import digits_swapped_as_written, in_base_units, is_money
from consistency.vocabulary import vocabulary_file
from consistency.yamlnodes import compose_file, line_of, mapping, reject_unknown, value_of

FILE_NAME = "moved_figures.yaml"
REQUIRED = ("days_apart", "grows_below", "moving", "first_told_by")
KEYS = (
    *REQUIRED, "standing_now", "instead", "of_a_plan", "added_since", "replaced", "still_claimed", "counted_over", "reread",
    "first_reading", "interest_bodies", "earlier_words", "telling_verbs", "revised_after",
    "estimated_as", "outturn_as", "told_moved_below", "plan_compared", "plan_told_as", "plan_stands",
)
_SAME_AS_LATER = 0.97  # an outlet before the earlier report already this near the later figure: two standing counts


@dataclass(frozen=True)
class MovedFigures:
    days_apart: int
    grows_below: float
    moving: frozenset[str]
    first_told_by: int
    standing_now: tuple[tuple[str, ...], ...] = ()  # phrases (lower-case words) telling a figure as where it stands now
    instead: tuple[tuple[str, ...], ...] = ()  # "rather than": a figure set in place of another
    of_a_plan: frozenset[str] = frozenset()  # "planned", "announced": what the figure set in place of was
    added_since: tuple[tuple[str, ...], ...] = ()  # "adding", "a further": words before what a count added since
    replaced: tuple[tuple[str, ...], ...] = ()  # "not", "rather than": words before the figure a later one replaces
    still_claimed: frozenset[str] = frozenset()  # "says", "keeps quoting": a number named is one another party still gives
    counted_over: tuple[tuple[str, ...], ...] = ()  # "since the", "in its first": a count over a span still open
    reread: tuple[tuple[str, ...], ...] = ()  # "recount", "new figures": the measure taken again
    first_reading: tuple[tuple[str, ...], ...] = ()  # "originally", "initially": before a number told as a first reading
    interest_bodies: frozenset[str] = frozenset()  # "union", "federation": a body that speaks for one side's interest
    earlier_words: tuple[tuple[str, ...], ...] = ()  # "earlier", "initially": beside a verb of telling, a figure told before
    telling_verbs: tuple[tuple[str, ...], ...] = ()  # "said", "put": the verbs a figure told earlier is told with
    revised_after: tuple[tuple[str, ...], ...] = ()  # "correcting an earlier": after a sentence's lead figure, it revised
    estimated_as: tuple[tuple[str, ...], ...] = ()  # "will cost", "could cost": a figure told as an estimate ahead
    outturn_as: tuple[tuple[str, ...], ...] = ()  # "had cost", "ended up costing": a figure told as what it came to
    told_moved_below: float = 2.5  # a move a report's words tell: a step this many times or more is more often a slip
    plan_compared: tuple[tuple[str, ...], ...] = ()  # "than", "down from": a plan set against what was first told
    plan_told_as: tuple[tuple[str, ...], ...] = ()  # "announced", "proposed": how the first plan was told
    plan_stands: tuple[tuple[str, ...], ...] = ()  # "still takes effect": a part of a plan told as standing since first told


@dataclass(frozen=True)
class Reading:
    """One outlet's figure in the slot, with its report's day and the key of its value (equal keys, equal values)."""

    day: dt.date | None
    value: Quantity
    key: str
    beside: tuple[Quantity, ...] = ()  # the outlet's other figures in the slot (its further statements of the claim)


def load_moved_figures(path: str | None = None) -> MovedFigures:
    """The thresholds and kinds of ``path`` (default: the active vocabulary folder's file, else the shipped one)."""
    return _load_moved_figures(str(Path(path) if path else vocabulary_file(FILE_NAME)))


@functools.lru_cache(maxsize=4)
def _load_moved_figures(path: str) -> MovedFigures:
    file = Path(path)
    name = str(file)
    node = compose_file(file, "vocabulary file")
    if node is None:
        raise RuleError(name, "empty moved-figures vocabulary", 1)
    fields = mapping(name, node, "a moved-figures vocabulary")
    reject_unknown(name, fields, KEYS, "a moved-figures vocabulary")
    for key in REQUIRED:
        if key not in fields:
            raise RuleError(name, f"{key} is required", line_of(node))
    days = value_of(name, fields["days_apart"][1])
    grows = value_of(name, fields["grows_below"][1])
    moving = value_of(name, fields["moving"][1])
    first = value_of(name, fields["first_told_by"][1])
    if not isinstance(first, int) or first < 1:
        raise RuleError(name, "first_told_by needs a whole number of outlets, 1 or more", line_of(fields["first_told_by"][0]))
    if not isinstance(days, int) or days < 1:
        raise RuleError(name, "days_apart needs a whole number of days, 1 or more", line_of(fields["days_apart"][0]))
    if not isinstance(grows, (int, float)) or grows <= 1:
        raise RuleError(name, "grows_below needs a number above 1", line_of(fields["grows_below"][0]))
    if not isinstance(moving, list) or not all(isinstance(k, str) and k.strip() for k in moving):
        raise RuleError(name, "moving needs a list of kinds of measure", line_of(fields["moving"][0]))
    listed = (
        "standing_now", "instead", "of_a_plan", "added_since", "replaced", "still_claimed", "counted_over", "reread",
        "first_reading", "interest_bodies", "earlier_words", "telling_verbs", "revised_after",
        "estimated_as", "outturn_as", "plan_compared", "plan_told_as", "plan_stands",
    )
    phrases = {key: _phrase_list(name, fields, key) for key in listed}
    told_moved = value_of(name, fields["told_moved_below"][1]) if "told_moved_below" in fields else 2.5
    if not isinstance(told_moved, (int, float)) or told_moved <= 1:
        raise RuleError(name, "told_moved_below needs a number above 1", line_of(fields["told_moved_below"][0]))
    return MovedFigures(
        days, float(grows), frozenset(k.strip() for k in moving), first, phrases["standing_now"], phrases["instead"],
        frozenset(" ".join(p) for p in phrases["of_a_plan"]), phrases["added_since"], phrases["replaced"],
        frozenset(" ".join(p) for p in phrases["still_claimed"]), phrases["counted_over"], phrases["reread"],
        phrases["first_reading"], frozenset(" ".join(p) for p in phrases["interest_bodies"]),
        phrases["earlier_words"], phrases["telling_verbs"], phrases["revised_after"],
        phrases["estimated_as"], phrases["outturn_as"], float(told_moved), phrases["plan_compared"],
        phrases["plan_told_as"], phrases["plan_stands"],
    )


def _phrase_list(name: str, fields: dict, key: str) -> tuple[tuple[str, ...], ...]:  # type: ignore[type-arg]
    if key not in fields:
        return ()
    listed = value_of(name, fields[key][1])
    if not isinstance(listed, list) or not all(isinstance(k, str) and k.split() for k in listed):
        raise RuleError(name, f"{key} needs a list of phrases", line_of(fields[key][0]))
    return tuple(tuple(k.lower().split()) for k in listed)


def kind_of(value: Quantity) -> str:
    """"count" for a bare number, "money" for a currency, else the units table's dimension ("" when unknown)."""
    if value.unit is None:
        return "count"
    if is_money(value):
        return "money"
    return UNITS.get(value.unit, ("",))[0]


def _number(value: Quantity) -> float | None:
    return value.low if value.low is not None else value.high


def _one_digit_apart(x: float, y: float) -> bool:
    """Two whole numbers written with as many digits that differ in one of them ("4,120" and "4,180"): a slip's shape."""
    if x != int(x) or y != int(y):
        return False
    sx, sy = str(int(x)), str(int(y))
    return len(sx) == len(sy) and sum(p != q for p, q in zip(sx, sy, strict=True)) == 1


def _significant(x: float) -> str:
    return f"{x:.12g}".split("e")[0].replace(".", "").strip("0")


def _one_digit_dropped(x: float, y: float) -> bool:
    """The significant digits of one are the other's with one digit left out ("2.32bn" and "3.2bn"): a slip's shape."""
    sx, sy = _significant(x), _significant(y)
    short, long_ = sorted((sx, sy), key=len)
    return len(long_) == len(short) + 1 and any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _slip_of(x: float, y: float) -> bool:
    """``x`` is ``y`` with the shape of a typing slip: two neighbouring digits swapped, one digit changed or dropped."""
    return x != y and (digits_swapped_as_written(x, y) or _one_digit_apart(x, y) or _one_digit_dropped(x, y))


def one_digit_dropped(x: float, y: float) -> bool:
    """Whether one figure's significant digits are the other's with one left out ("11,400" and "14,000"): a typing
    slip's shape, which makes a later figure a wrong one more often than a count moved on."""
    return _one_digit_dropped(x, y)


def _near(value: Quantity, unit: str | None, x: float) -> bool:
    n = _number(value)
    return value.unit == unit and n is not None and abs(n - x) <= (1 - _SAME_AS_LATER) * x


_WRITTEN_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def written_in(figure_text: str, text: str) -> bool:
    """The figure's number, as written ("14.2", "5,812"), stands in ``text`` too: a report that quotes the earlier
    figure beside its own sets two figures side by side (the slot may not hold that mention). Numbers of one digit
    are too common to tell."""
    number = _WRITTEN_NUMBER.search(figure_text)
    if number is None or sum(c.isdigit() for c in number.group(0)) < 2:
        return False
    return re.search(rf"(?<![\d.,]){re.escape(number.group(0))}(?![\d]|[.,]\d)", text) is not None


def moved_on(later: Reading, earlier: Reading, timeline: Sequence[Reading], words: MovedFigures | None = None) -> bool:
    """True when ``later``'s figure reads as the measure moved since ``earlier``'s, given every outlet's reading of
    the slot (``timeline``, both of them among it)."""
    words = words or load_moved_figures()
    if later.day is None or earlier.day is None or (later.day - earlier.day).days < words.days_apart:
        return False
    ql, qe = in_base_units(later.value), in_base_units(earlier.value)
    if ql.unit != qe.unit:
        return False
    if kind_of(later.value) not in words.moving or ql.vague or qe.vague:
        return False
    if qe.low is None or qe.low != qe.high or qe.approximate or qe.qualifier:
        return False  # the earlier figure told as exact: a hedge or a bound is a claim of its own
    if (ql.qualifier or "") in UPPER_BOUND:
        return False  # "up to 90 million": a ceiling is not a level reached
    x_later, x_earlier = _number(ql), qe.low
    if x_later is None or x_earlier <= 0 or not 1 < x_later / x_earlier < words.grows_below:
        return False
    if _one_digit_apart(x_later, x_earlier) or _one_digit_dropped(x_later, x_earlier):
        return False
    if any(_near(in_base_units(q), qe.unit, x_earlier) for q in later.beside):
        return False  # the later report sets the earlier figure beside its own: two standing figures, not a move
    if sum(r.key == earlier.key and r.day is not None and r.day < later.day for r in timeline) < words.first_told_by:
        return False  # a first figure one outlet alone gave may be its own slip: no story stood at it
    return _clean_split(later, ql.unit, x_later, timeline, x_earlier)


def _clean_split(
    later: Reading, unit: str | None, x_later: float, timeline: Sequence[Reading], x_earlier: float | None = None
) -> bool:
    """The slot's outlets split by time at the later report: all before its day below its figure, all of its own day
    and after it at its figure (within a rounding). An earlier outlet whose figure is the earlier one mistyped ("82"
    for "28") stands for no figure of the timeline: it is that outlet's slip, judged as one on its own."""
    assert later.day is not None
    for reading in timeline:
        if reading is later or reading.key == later.key:
            continue
        if reading.day is None:
            return False  # an undated outlet may stand anywhere in the timeline
        value = in_base_units(reading.value)
        x = _number(value)
        if value.unit != unit or x is None:
            continue  # (another currency or kind: no step of this timeline)
        near = abs(x - x_later) <= (1 - _SAME_AS_LATER) * x_later
        if reading.day < later.day and x_earlier is not None and _slip_of(x, x_earlier):
            continue
        if reading.day >= later.day and not near:
            return False  # the same day disagreeing, or a later report going back: two standing figures
        if reading.day < later.day and x >= _SAME_AS_LATER * x_later:
            return False  # the later figure stood before: two accounts, not a move
    return True


_WORD = re.compile(r"[a-z]+")
_CLAUSE_BREAK = re.compile(r"[\d;:()\"]")  # another figure or a clause's end: words beyond it tell of something else
_CLAUSE_END = re.compile(r"[;:()\"]")
_STANDING_BEFORE = 6  # words before a figure read for ``standing_now``
_STANDING_AFTER = 3  # and words after it
_STANDING_REACH = 60  # characters either side those words are looked for in


def told_standing(sentence: str, at: int, end: int, words: MovedFigures | None = None) -> bool:
    """The figure at ``sentence[at:end]`` is told as where its count stands at the report's time ("the inquiry has now
    heard from 86 witnesses", "the appeal stands at 3.2 million", "460 so far"): a phrase of ``standing_now`` among the few words of
    its clause before it, or right after it, with no other figure between."""
    words = words or load_moved_figures()
    if not words.standing_now:
        return False
    before = sentence[max(0, at - _STANDING_REACH) : max(0, at)]
    breaks = list(_CLAUSE_END.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    after = sentence[end : end + _STANDING_REACH]
    stop = _CLAUSE_BREAK.search(after) or re.search(r"[.,!?]", after)
    if stop:
        after = after[: stop.start()]
    read = (
        tuple(_WORD.findall(before.lower()))[-_STANDING_BEFORE:],
        tuple(_WORD.findall(after.lower()))[:_STANDING_AFTER],
    )
    return any(_holds(run, phrase) for run in read for phrase in words.standing_now)


_COUNTED_BEFORE = 4  # words before a figure read for ``counted_over`` ("have since turned away 140")
_COUNTED_AFTER = 9  # and words after it, to its clause's end ("96 sailings were dropped over the following days")
_COUNTED_REACH = 80  # characters after it those words are looked for in


def told_counted_over(sentence: str, at: int, end: int, words: MovedFigures | None = None) -> bool:
    """The figure at ``sentence[at:end]`` is told as counted over a span still open ("dropped since the walkout began",
    "filed in its first fortnight", "have since turned away"): a phrase of ``counted_over`` in its clause, among the
    words after it up to another figure or a clause's end, or the few words before it."""
    words = words or load_moved_figures()
    if not words.counted_over:
        return False
    before = _clause_of_list_member(sentence[max(0, at - _STANDING_REACH) : max(0, at)])
    after = sentence[end : end + _COUNTED_REACH]
    stop = _CLAUSE_BREAK.search(after) or re.search(r"[.,!?]", after)
    if stop:
        after = after[: stop.start()]
    read = (
        tuple(_WORD.findall(before.lower()))[-_COUNTED_BEFORE:],
        tuple(_WORD.findall(after.lower()))[:_COUNTED_AFTER],
    )
    return any(_holds(run, phrase) for run in read for phrase in words.counted_over)


# A list's later member: a verb or two after a comma or "and", the member before it a figure and its noun ("have since
# stopped 612 cars, took 23 licences and charged 9 drivers"): the list shares the first member's clause.
_LIST_MEMBER = re.compile(
    r"\d[\d,.]*\s+[a-z]+(?:\s+[a-z]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)[a-z]+(?:\s+[a-z]+)?\s*\Z", re.IGNORECASE
)
_LIST_MEMBERS = 4  # the most members of a list walked back over


def _clause_of_list_member(before: str) -> str:
    """The words of a figure's clause before it (``before``: the text before the figure), to the last clause break;
    for a later member of a list of counts ("..., took 23 licences and charged 9 drivers"), the first member's clause
    up to its figure ("Patrols have since stopped "), which governs the whole list."""
    cut = len(before)
    for _ in range(_LIST_MEMBERS):
        member = _LIST_MEMBER.search(before[:cut])
        if member is None:
            break
        cut = member.start()
    head = before[:cut]
    breaks = [
        m for m in re.finditer(r"[;:()\",.]", head)
        if cut == len(before) or not (m.group() in ",." and head[m.start() - 1 : m.start()].isdigit())
    ]  # (in a list, a number's own comma or point, "2,300 people", breaks no clause)
    return head[breaks[-1].end() :] if breaks else head


def speaks_for_an_interest(source: str, words: MovedFigures | None = None) -> bool:
    """Whether a credited source names a body that speaks for one side's interest (a word of ``interest_bodies``:
    "the Carvelle bakers' union", "the Lindspar Growers' Federation", "a tenants' campaign")."""
    words = words or load_moved_figures()
    return any(w in words.interest_bodies for w in _WORD.findall(source.lower()))


_REREAD_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")


def told_reread(sentence: str, words: MovedFigures | None = None) -> bool:
    """The sentence names the measure taken again (a phrase of ``reread``: "a recount found", "new figures show")."""
    words = words or load_moved_figures()
    run = tuple(_REREAD_WORD.findall(sentence.lower()))
    return any(_holds(run, phrase) for phrase in words.reread)


def _holds(run: tuple[str, ...], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(run[i : i + n] == phrase for i in range(len(run) - n + 1))


_PLAN_LEAD_INS = frozenset("the its their a an his her our this that".split())


def told_instead_of_plan(sentence: str, end: int, words: MovedFigures | None = None) -> bool:
    """The figure ending at ``sentence[end]`` is told as set in place of a planned or announced one ("tolls will go up
    by 6 percent rather than the planned rise", "a 14-day closure instead of the 10 first announced"): a phrase of ``instead``
    among the few words right after it, then, past a determiner and any figure, a word of ``of_a_plan``."""
    words = words or load_moved_figures()
    if not words.instead or not words.of_a_plan:
        return False
    after = sentence[end : end + _STANDING_REACH]
    stop = re.search(r"[.;:!?](?!\d)", after)
    read = _WORD.findall((after[: stop.start()] if stop else after).lower())
    for phrase in words.instead:
        n = len(phrase)
        for i in range(min(len(read) - n + 1, _STANDING_AFTER + 1)):
            if tuple(read[i : i + n]) == phrase:
                rest = [w for w in read[i + n : i + n + 4] if w not in _PLAN_LEAD_INS]
                if any(w in words.of_a_plan for w in rest[:2]):
                    return True
    return False


_INCREMENT_REACH = 120  # characters after a figure where what it added since is told


def increments_told(tail: str, words: MovedFigures | None = None) -> list[int]:
    """Where, in the text right after a figure (``tail``), a number told as what the count added since an earlier
    reading starts: right after a phrase of ``added_since`` ("63 depots, adding 15 to the first list", "a further 40")."""
    words = words or load_moved_figures()
    return [m.end() for m in _added_since_pattern(words.added_since).finditer(tail[:_INCREMENT_REACH])]


@functools.lru_cache(maxsize=8)
def _added_since_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    if not phrases:
        return re.compile(r"(?!x)x")
    return re.compile(rf"\b(?:{_alternatives(phrases)})\s+(?=\S)", re.IGNORECASE)


def _alternatives(phrases: tuple[tuple[str, ...], ...]) -> str:
    """The phrases as one regex alternation, the longest first, their words apart by any run of spaces."""
    return "|".join(r"\s+".join(map(re.escape, p)) for p in sorted(phrases, key=len, reverse=True))


_REPLACED_AFTER = 4  # words after a figure among which the phrase naming the figure it replaced may start
# what stands between that phrase and the number it names: a determiner and a currency's sign or code ("not the C$90")
_REPLACED_LEAD = re.compile(r"\s+(?:(?:the|its|their|an?)\s+)?(?:[A-Z]{1,3}\$|[$£€¥]|[A-Z]{3}\s?)?(?=[\da-z])")


def replaced_numbers_told(tail: str, words: MovedFigures | None = None) -> list[int]:
    """Where, in the text right after a figure (``tail``), a number the figure is told as replacing starts: past a
    phrase of ``replaced`` among the first words of the figure's clause ("9 days, not 6", "4.20 rather than 3.80"), and
    not followed by a word of ``still_claimed`` ("not the 6 the council keeps quoting": a rival's figure, still given)."""
    words = words or load_moved_figures()
    if not words.replaced:
        return []
    stop = re.search(r"[.;:!?](?!\d)", tail[:_STANDING_REACH])
    clause = tail[: stop.start()] if stop else tail[:_STANDING_REACH]
    found: list[int] = []
    for m in _replaced_pattern(words.replaced).finditer(clause):
        if len(_WORD.findall(clause[: m.start()].lower())) > _REPLACED_AFTER or _HAS_DIGIT.search(clause[: m.start()]):
            break  # (further on, or past another figure, the phrase names something else's figure)
        lead = _REPLACED_LEAD.match(clause, m.end())
        if lead is None:
            continue
        if _named_bare_or_as_plan(re.split(r",(?!\d)", clause[lead.end() :])[0], words):
            found.append(lead.end())
    return found


def first_readings_told(sentence: str, words: MovedFigures | None = None) -> list[int]:
    """Where, in ``sentence``, a number told as a first reading since revised starts: after a word of
    ``first_reading``, a verb and "as" or "at" ("originally had rated the quake as 4.4", "initially put the bill at
    40 million"), within one clause."""
    words = words or load_moved_figures()
    if not words.first_reading:
        return []
    return list(_first_readings_at(sentence, words.first_reading))


@functools.lru_cache(maxsize=4096)
def _first_readings_at(sentence: str, phrases: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
    # asked for every fact of a slot at each pair of its figures: one sentence is read once
    return tuple(m.end() for m in _first_reading_pattern(phrases).finditer(sentence))


@functools.lru_cache(maxsize=8)
def _first_reading_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    # the word, up to two auxiliaries, a verb, up to three words of its object, then "as"/"at" and the number
    return re.compile(
        rf"\b(?:{_alternatives(phrases)})\s+(?:(?:had|has|have|was|were|been|being)\s+){{0,2}}[a-z]+"
        r"(?:\s+[a-z]+){0,3}?\s+(?:as|at)\s+(?:(?:about|around|some|roughly|magnitude|a|an)\s+)?(?=\d)",
        re.IGNORECASE,
    )


def told_earlier(sentence: str, at: int, words: MovedFigures | None = None) -> bool:
    """Whether the figure starting at ``at`` in ``sentence`` is told as what a source said before the report's own
    figure: a word of ``earlier_words`` beside a verb of ``telling_verbs`` before it in its sentence ("the coastguard
    earlier said it had pulled 30 out", "the port had earlier put it at 640", "Initially, officials said 12"). A running
    story's report gives its current figure and, for the reader who saw the first one, the figure given before; the
    time word sits on the telling, not on the happening ("an earlier strike killed three" names another event)."""
    words = words or load_moved_figures()
    if not (words.earlier_words and words.telling_verbs):
        return False
    before = sentence[max(0, at - _EARLIER_REACH) : at]
    stops = list(_SENTENCE_STOP.finditer(before))
    if stops:
        before = before[stops[-1].end() :]
    return _told_earlier_in(before, words.earlier_words, words.telling_verbs)


@functools.lru_cache(maxsize=4096)
def _told_earlier_in(before: str, when: tuple[tuple[str, ...], ...], verbs: tuple[tuple[str, ...], ...]) -> bool:
    # asked for each statement of each teller of a slot: one stretch of text is read once
    if _told_earlier_pattern(when, verbs).search(before):
        return True
    opening = _opening_earlier_pattern(when).match(before)
    return bool(opening and _verb_pattern(verbs).search(before, opening.end()))


@functools.lru_cache(maxsize=8)
def _told_earlier_pattern(when: tuple[tuple[str, ...], ...], verbs: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    # "said earlier", "earlier said", "had earlier put", "earlier had put": the time word beside the verb of telling
    w, v = _alternatives(when), _alternatives(verbs)
    return re.compile(rf"\b(?:(?:{v})\s+(?:{w})|(?:{w})\s+(?:(?:had|has|have)\s+)?(?:{v}))\b", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _opening_earlier_pattern(when: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    # "Earlier, the agency said ...": the time word opens the sentence, set off by a comma
    return re.compile(rf"\s*(?:{_alternatives(when)})\s*,", re.IGNORECASE)


@functools.lru_cache(maxsize=8)
def _verb_pattern(verbs: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(verbs)})\b", re.IGNORECASE)


_EARLIER_REACH = 120  # characters before a figure read for the telling of it as said earlier
_SENTENCE_STOP = re.compile(r"[.;!?](?!\d)")
_HAS_DIGIT = re.compile(r"\d")
_CLAIMED_AFTER = 6  # words after a number named as replaced read for ``still_claimed``
_PLAN_AFTER = 3  # and for ``of_a_plan``


def _named_bare_or_as_plan(rest: str, words: MovedFigures) -> bool:
    """Whether the number at the start of ``rest`` (its clause, to the next comma) is named bare, with its unit at most
    ("not 6", "rather than 3.80 euros"), or as the plan or first estimate it was ("not the 90 first offered"), and not
    as a figure another account gives ("not the 6 the council keeps quoting", "instead of the 95 required"): only the
    earlier reading of one figure is named so."""
    read = _WORD.findall(rest.lower())
    if any(w in words.still_claimed for w in read[:_CLAIMED_AFTER]):
        return False
    return len(read) <= 1 or any(w in words.of_a_plan for w in read[:_PLAN_AFTER])


@functools.lru_cache(maxsize=8)
def _replaced_pattern(phrases: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_alternatives(phrases)})\b", re.IGNORECASE)


# A day's number is no figure of a claim ("the cap announced on June 10"): masked before a sentence's lead figure is
# sought.
_MONTH_WORDS = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_NUMBER = re.compile(
    rf"\b(?:{_MONTH_WORDS})\.?\s+\d{{1,2}}\b|\b\d{{1,2}}\s+(?:{_MONTH_WORDS})\b", re.IGNORECASE
)


def told_revised_after(sentence: str, at: int, end: int, words: MovedFigures | None = None) -> bool:
    """The figure at ``sentence[at:end]`` leads its sentence's figures and a clause after it tells the sentence's
    figure as a revision (a phrase of ``revised_after``: "..., the agency said, more than it initially estimated",
    "..., officials said, correcting an earlier estimate"). Such a clause closes a sentence and speaks of its main
    claim, which news puts first, however many clauses and figures stand between: the nearest-words reading of
    ``comparisons._revised_here`` misses it."""
    words = words or load_moved_figures()
    if not words.revised_after or not 0 <= at <= end <= len(sentence):
        return False
    if _HAS_DIGIT.search(_DAY_NUMBER.sub("", sentence[:at])):
        return False  # (another figure leads the sentence: the closing clause speaks of that one)
    run = tuple(_WORD.findall(sentence[end:].lower()))
    return any(_holds(run, phrase) for phrase in words.revised_after)


_TOLD_AS_BEFORE = 5  # words of a figure's clause before it read for how it is told (an estimate, an outturn)


def told_as(sentence: str, at: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` stands among the few words of the figure's clause right before it (the figure starting
    at ``sentence[at]``), no other figure between: "repairs will cost 1.6 million", "the recall had cost over 5
    million"."""
    if not phrases or not 0 <= at <= len(sentence):
        return False
    before = sentence[max(0, at - _STANDING_REACH) : at]
    breaks = list(re.finditer(r"[;:()\"]|[.,](?!\d)|\d", before))
    if breaks:
        before = before[breaks[-1].end() :]
    run = tuple(_WORD.findall(before.lower()))[-_TOLD_AS_BEFORE:]
    return any(_holds(run, phrase) for phrase in phrases)


_PLAN_COMPARED_GAP = 5  # the most words between the comparison and the verb the first plan was told with


def tells_plan_revised(body: str, words: MovedFigures | None = None) -> bool:
    """Whether a report's lead sets its plan against the one first told ("52 berths, eight more than the harbour board
    announced on June 9", "an hour later than the ministry proposed", "down from the fee the board announced"): a
    phrase of ``plan_compared``, then, within a few words of one clause, a verb of ``plan_told_as``. Such a report
    tells the plan at a later stage, amended since the first reports; each of its figures that differs from theirs is
    the plan as it now stands, though its own sentence names no change."""
    words = words or load_moved_figures()
    if words.plan_stands and _plan_told_standing(body, words.plan_stands):
        return True
    if not (words.plan_compared and words.plan_told_as):
        return False
    return _plan_revised_in(lead_of(body), words.plan_compared, words.plan_told_as)


@functools.lru_cache(maxsize=1024)
def _plan_told_standing(body: str, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether a report tells a part of its plan as standing since it was first told ("the fine still applies from
    May 1", "the levy is still due from June"): only a report written after the plan was first told, and knowing it,
    says which part of it stands; its other parts are told as they stand now, amended or not. Read in the whole body
    (the restatement often closes the lead's paragraph or opens the next)."""
    # asked for every pair of a report's slots: one body is read once
    return re.search(rf"\b(?:{_alternatives(phrases)})\b", body, re.IGNORECASE) is not None


_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_LEAD_REACH = 600  # the most characters of a lead read (a body with no paragraph breaks: its first sentences)


def lead_of(body: str) -> str:
    """A report's headline line (a Markdown heading) and its first paragraph: where news tells what is new in it. A
    comparison with the plan first told there is the report's news; deep in the body it is a side remark of the
    background, which tells no plan amended."""
    head: list[str] = []
    for paragraph in _PARAGRAPH_BREAK.split(body.strip()):
        head.append(paragraph)
        if not paragraph.lstrip().startswith("#"):
            break
    return "\n\n".join(head)[: _LEAD_REACH + sum(len(p) for p in head[:-1])]


@functools.lru_cache(maxsize=1024)
def _plan_revised_in(body: str, compared: tuple[tuple[str, ...], ...], told: tuple[tuple[str, ...], ...]) -> bool:
    # asked for every pair of a report's slots: one body is read once
    return any(_names_a_teller(m) for m in _plan_revised_pattern(compared, told).finditer(body))


_DETERMINERS = frozenset("the a an its their his her this that these those".split())


def _names_a_teller(match: re.Match[str]) -> bool:
    """Whether a comparison with a plan told names who told it ("than the governor announced", "than it first
    proposed"), or tells it as the first telling ("than first announced"): a bare "than planned" or "than the planned
    rise" compares with a plan no report gave (a schedule's own slip, a target), not with the first reports' plan."""
    teller = _WORD.findall((match.group("teller") or "").lower())
    return bool(match.group("first")) or bool(teller and teller[-1] not in _DETERMINERS)


@functools.lru_cache(maxsize=8)
def _plan_revised_pattern(compared: tuple[tuple[str, ...], ...], told: tuple[tuple[str, ...], ...]) -> re.Pattern[str]:
    # the comparison, up to a few words of the first teller ("the health minister"; no number: "more than 300 people
    # were there, officials announced" compares no plan), an auxiliary or "first", the verb
    return re.compile(
        rf"\b(?:{_alternatives(compared)})\s+(?P<teller>(?:[^\W\d_][\w'’-]*\s+){{0,{_PLAN_COMPARED_GAP}}}?)"
        rf"(?:(?:had|has|have|was|were)\s+)?(?P<first>(?:first|originally|initially)\s+)?(?:{_alternatives(told)})\b",
        re.IGNORECASE,
    )
