"""Whether two figure or date slots of one event hold one claim that the outlets framed in different words.

Frames key a figure by the measure its words name, and outlets name one measure many ways: a crowd
of "61,200 fans" and "about 60,000 spectators", the "45,000 litres" that escaped and the "62,000
litres of cider" lost. Each frame's slot then holds some outlets only, and the conflict between them is
never compared. A list of synonyms would only grow with each event; instead two such slots are scored
on what tells one claim from two in any news copy: the outlets they come from do not overlap (an
outlet gives one value per claim), the values are close (two outlets counting one thing rarely differ
twofold, two different measures of one event usually do), they are in one unit, and their sentences
share words beyond the figure. Dates are scored the same way on their own features (how many days apart,
the same granularity, how alike the happenings their frames name). The weights of those features were fitted by logistic regression on
our own annotated sets (``python -m benchmarks.fit_slot_pairs``, which prints them and their scores on
sets it did not fit), never keyed to a wording.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
import statistics
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Iterator, Sequence, Set
from dataclasses import dataclass
from typing import TypeVar

from rapidfuzz import fuzz

from consistency.counted_kinds import GENERAL, kind_of
from consistency.currency_names import LOCAL, local_readings, may_also_be
from consistency.extract._timex import DAY_PARTS
from consistency.model import DateValue, Fact, Quantity, Value
from consistency.text import CAPITAL, content_words, stem
from consistency.values import in_base_units, is_currency_code, one_slip_apart, source_key, untitled_key
from consistency.vocabulary import load_vocabulary

# The fitted models: an intercept, then one weight per feature in ``FEATURES`` (``DATE_FEATURES``) order.
FEATURES = (
    "shared words",  # the largest Jaccard overlap of two facts' sentence words, the figures' own left out
    "log ratio",  # the smallest |log(a / b)| of two facts' values, capped at 5
    "equal",  # two facts with one value
    "within 15%",  # two facts within 15% of each other
    "measure alike",  # the largest likeness of two facts' frame measures (rapidfuzz ratio, 0..1; 1 for one counted kind)
    "unknown measure",  # a fact whose measure no vocabulary knew
    "log slots",  # log of the event's figure slots: more slots, more look-alike claims
    "done apart",  # every fact has words right beside it and the two slots share none of them
    "slipped",  # two facts' values, a hundred or more, a slip of the keyboard apart (``_slipped``)
)
# Refitted on the odd-numbered own sets 1-63 (``--fit-odd``; sets 51-63 are new since the fit on 1-49), the features
# unchanged: an equal value and shared words weigh more. At 0.95 the odd sets' candidates joined 274 (5 of two claims)
# against 211 (4). Against the weights before: odd own sets 10 more conflicts found (2545 -> 2555), 5 more false pair
# verdicts (every one a right join the verdict reads as a conflict: four updates, one scope), 124 pair verdicts
# better, 17 worse; even sets, held out, 14 more found (2465 -> 2479), 7 more false, 156 better, 19 worse; the
# development set 2 worse (a turnout slot split), one false conflict fewer. A threshold of 0.93 found more on the
# odd sets (+25, 7 more false) but less well on the even ones (+18 for 13 more false) and 7 worse on development.
# "slipped" added later, its weight alone fitted on the odd own sets 1-79 (``--fit-odd --only slipped``), the others
# held: two outlets' figures a slip of the keyboard apart are one claim mistyped far more often than two measures,
# and the log ratio alone reads "1,460" against "1,640" as two. Of the odd sets' 65 slipped candidates (join off)
# 59 were one claim; at 0.95 they joined 369 of one claim and 8 of two, putting 197 missed conflicts in one slot,
# against 355, 8 and 168 without it. Own sets 1-79: odd half 13 more conflicts found (3625 -> 3638), false conflict
# pair verdicts the same (165), 16 pair verdicts better, 3 worse; even half, held out, 16 more (3353 -> 3369), false
# the same (308), 16 better, none worse; development 204/226 as before, one false conflict fewer (27 -> 26).
# Dropped: all weights refitted with the feature (odd 3628 found, 164 false; even 3362, 303; development 204, 27;
# 7 pair verdicts worse on odd, small counts whose joins the refit moved), and with a "rival sources" feature too
# (both slots credited, none in both; ``sources_apart`` and ``rival_sources`` already weigh it as rules: development
# lost a conflict); the slip read when only the larger figure is a hundred or more (a bare "6" against "600" joined
# a stray figure to a count; with its own weight, 2.15: odd 3629 found, 4 pair verdicts worse).
INTERCEPT = 1.625
WEIGHTS: tuple[float, ...] = (1.216, -0.974, 1.414, 1.379, 0.886, 0.025, -0.401, -0.622, 2.658)
THRESHOLD = 0.95  # the probability two slots must reach to be joined

DATE_FEATURES = (
    "shared words",  # as for figures
    "log days apart",  # log(1 + the fewest days between two facts' intervals), capped at 5
    "equal",  # two facts with one interval
    "a day apart",  # two facts at most a day apart
    "one granularity",  # two facts of one granularity (two days, two times, two years)
    "happening alike",  # the largest likeness of two facts' frame happenings (rapidfuzz ratio, 0..1)
    "unknown happening",  # a fact whose happening no vocabulary knew
    "log slots",  # log of the event's date slots
)
# Refitted on own sets 1-34 (``--fit-upto 34``; sets 35-40 and the development set held out): at 0.8, held-out
# joins 0.795 precise; own sets 1-40 gave 3 fewer false conflict findings, the development set one more conflict.
DATE_INTERCEPT = 0.359
DATE_WEIGHTS: tuple[float, ...] = (2.083, -0.160, 0.406, 1.556, 1.031, 0.358, 0.278, -0.728)
DATE_THRESHOLD = 0.8  # the probability one date must reach to move to another slot (``align._move_alike_facts``)
# Two whole date slots of disjoint outlets join at a lower probability than one fact moves: a join never gives an
# outlet two values of one claim, and on the odd-numbered own sets 0.7 found 4 more conflicts for 16 better pair
# verdicts and 4 worse; the even-numbered sets, held out, gave 6 more conflicts, 16 better and 6 worse.
DATE_JOIN_THRESHOLD = 0.7


@functools.lru_cache(maxsize=4096)
def _sentence_words(sentence: str, text: str) -> frozenset[str]:
    own = {stem(w) for w in content_words(text)}
    return frozenset(s for s in map(stem, content_words(sentence)) if s not in own)


_BESIDE_CHARS = 30
_CAPITALISED_WORD = re.compile(rf"\b{CAPITAL}[\w’'-]*")  # capitalised words, cut from the window


# Words of place and order that the stop list keeps but that say nothing of what was done: "near" beside
# both "died on Tuesday near" and "was hurt on Tuesday near" is no shared predicate.
_PLACE_WORDS = frozenset(
    "near around within across toward towards onto upon among amid beside behind inside outside along past via "
    "per ago later earlier".split()
)
_WORD_REACH = 20  # how far a window's edge moves to take in the whole word it cuts


def _word_start(text: str, i: int) -> int:
    """The start of the word a window's left edge cuts into: "ompiled" is no word, and a cut word's stem
    never meets another outlet's ("the hal" against "the hall")."""
    stop = max(0, i - _WORD_REACH)
    while i > stop and text[i - 1].isalnum():
        i -= 1
    return i


def _word_end(text: str, i: int) -> int:
    """The end of the word a window's right edge cuts into."""
    stop = min(len(text), i + _WORD_REACH)
    while i < stop and text[i].isalnum():
        i += 1
    return i


def beside(f: Fact) -> frozenset[str]:
    """The words within a few characters of a fact, its counted noun, capitalised words and words of place left
    out: what was done to the things counted ("buried eight skiers", "nine skiers were rescued"). Beside each
    word that cues a measure stands that measure's key ("=deaths"), so synonyms meet (``_measure_cues``)."""
    return _beside(f.sentence, f.start - f.sentence_start, f.end - f.sentence_start,
                   f.value.counted if isinstance(f.value, Quantity) else None)


@functools.lru_cache(maxsize=4096)  # asked for every pair a fact is weighed in
def _beside(sentence: str, s: int, e: int, counted: str | None) -> frozenset[str]:
    # (Remembered by what it reads, not by the fact: hashing a fact hashes its value and frame field by
    # field, in Python, and a slot's facts are read again for every slot they are weighed against.)
    if not 0 <= s <= e <= len(sentence):
        return frozenset()
    window = sentence[_word_start(sentence, max(0, s - _BESIDE_CHARS)) : s] + " " + sentence[
        e : _word_end(sentence, e + _BESIDE_CHARS)
    ]
    own = {stem(w) for w in content_words(counted)} if counted else set()
    # Lower-case words only: a name, a place or a weekday beside both ("on Tuesday near Yzelmoor") says
    # when and where, not what was done.
    words = frozenset(stem(w) for w in content_words(_CAPITALISED_WORD.sub(" ", window)) if w not in _PLACE_WORDS) - own
    cues = _measure_cues()
    return words | {key for w in words for key in cues.get(w, ())}


@functools.lru_cache(maxsize=1)
def _measure_cues() -> dict[str, frozenset[str]]:
    """The stem of each one-word cue of the measure vocabulary -> the measures it names, as "=key": two
    outlets that write "gathered" and "thronged", "died" and "perished" beside their figures tell one thing
    done in two words."""
    out: dict[str, set[str]] = {}
    for measure in load_vocabulary().measures:
        for phrase in measure.words:
            if len(phrase) == 1:
                out.setdefault(stem(phrase[0]), set()).add(f"={measure.key}")
    return {w: frozenset(keys) for w, keys in out.items()}


@functools.lru_cache(maxsize=1)
def _whole_measures() -> frozenset[str]:
    """The measures of the measure vocabulary that count people or things (``whole``)."""
    return frozenset(m.key for m in load_vocabulary().measures if m.whole)


def _measure_key(f: Fact) -> str | None:
    """The vocabulary measure a figure's frame names ("revenue/percent" is revenue's), None for a counted noun or
    the nearest word standing in for one."""
    if f.kind != "figure" or not f.frame or not f.frame.known:
        return None
    return f.frame.measure.partition("/")[0].partition("@")[0]


def _fractional(value: Value) -> bool:
    """A figure with a fraction ("6.4", "2.25"): no count of people or things."""
    return isinstance(value, Quantity) and any(x is not None and x != int(x) for x in (value.low, value.high))


def _middle(value: Quantity) -> float | None:
    low, high = value.low, value.high
    if low is None and high is None:
        return None
    return (low + high) / 2 if low is not None and high is not None else (low if low is not None else high)


def day_of(iso: str | None) -> dt.date | None:
    """The calendar day an ISO start names; None for a year-less or unresolved one."""
    if not iso or iso.startswith("-"):
        return None
    try:
        return dt.date.fromisoformat(iso[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Slot:
    """What the features read of one slot, read once however many slots it is weighed against: its facts'
    distinct sentence words, values and measures."""

    kind: str
    articles: frozenset[str]
    units: frozenset[str | None]
    words: tuple[frozenset[str], ...]
    beside: tuple[frozenset[str], ...]
    told: bool  # every fact has words beside it
    measures: tuple[str, ...]
    unknown: bool
    ages: bool  # a fact of a measure that grows with time: a person's age
    qualified: frozenset[tuple[str, str]]  # (frame key before "@", what follows): a part's or a year's frame
    middles: tuple[float, ...] = ()  # figures: the positive middles of their bounds
    values: frozenset[tuple[str, object]] = frozenset()  # (article, value as told) pairs
    dates: tuple[tuple[DateValue, dt.date | None, dt.date | None], ...] = ()  # dates: value, first and last day
    nouns: frozenset[str] | None = None  # figures: the kinds of thing every fact counts; None if one names none
    # figures: the kinds of thing counted by the facts that name one (a bare "Seven" beside "seven crates" counts
    # what its slot counts); None if one names a general word, empty if none names one
    named: frozenset[str] | None = None
    # figures: the sources the facts are credited to in their own sentences ("the ministry said", "according to
    # the union"), as keys; empty when none is credited
    sources: frozenset[str] = frozenset()
    # figures: (article, source key or None) for each fact: which outlet gives which source's word
    credits: frozenset[tuple[str, str | None]] = frozenset()
    # figures: every figure framed as a count of people or things (a measure the vocabulary calls ``whole``)
    counts: bool = False
    # figures: some figure has a fraction and a measure that counts nothing (a magnitude of 6.4)
    fractions: bool = False
    # figures: for each fact, the units it may be in: its own, and the currencies its name may mean when the writer
    # named the currency by a name several share ("francs", a bare "$")
    readings: frozenset[frozenset[str | None]] = frozenset()
    # figures in a unit: (the unit as written, the middle as written, the middle in the base unit), for the slips of
    # the keyboard a base unit's factor hides (``slip_pairs``)
    written: frozenset[tuple[str, float, float]] = frozenset()

    @functools.cached_property
    def told_by(self) -> dict[str, frozenset[object]]:
        """Each outlet's values as told (``values`` by article), grouped once: ``echoed`` and
        ``blocked_slots.blocking_outlets`` ask it of every outlet two slots share, for every pair of slots."""
        grouped: dict[str, set[object]] = defaultdict(set)
        for article, value in self.values:
            grouped[article].add(value)
        return {article: frozenset(values) for article, values in grouped.items()}


# Slot readings remembered by the facts they read (``read``): alignment reads one event's slots again in each of
# its passes and a slot less one outlet for each outlet weighed (``align._home_fit``, ``align._misfit_there``,
# ``blocked_slots``' ``fit``). A fact read alone is remembered apart, by the fact (``_alone``): the moves of facts read
# each fact of a slot alone, thousands of one-fact readings a pass that flushed the slots' readings out of the bound
# before the next pass asked for them again (in a 140-article event 10,937 of 11,597 reads missed; apart, and with
# 2,048 slot readings held, 5,003, the facts read halved). Bounded, and dropped when an event's alignment ends
# (``forget``): no other event asks for its facts' readings, and a worker holds none of them while it judges.
_READS_HELD = 2048
_reads: OrderedDict[tuple[int, ...], tuple[tuple[Fact, ...], Slot]] = OrderedDict()
_alone: dict[int, tuple[Fact, Slot]] = {}


def read(facts: Sequence[Fact]) -> Slot:
    """One slot's facts as the features read them, read once for the same facts in the same order: a fact is
    frozen, and the facts a reading is kept with stay alive with it, so no other fact can take their ids."""
    if len(facts) == 1:
        return _held_by_fact(_alone, facts[0], lambda f: _read((f,)))
    key = tuple(map(id, facts))
    held = _reads.get(key)
    if held is not None:
        _reads.move_to_end(key)
        return held[1]
    slot = _read(facts)
    _reads[key] = (tuple(facts), slot)
    if len(_reads) > _READS_HELD:
        _reads.popitem(last=False)
    return slot


def forget() -> None:
    """Drop every remembered reading (slots', facts' alone and facts' parts): once an event is aligned, none is
    asked for again."""
    _reads.clear()
    _alone.clear()
    _fact_readings.clear()


def _read(facts: Sequence[Fact]) -> Slot:
    # Each fact's part of a reading is read once (``_fact_reading``): a slot is read again less one outlet,
    # or with one fact more, in every alignment pass, and its other facts read the same each time.
    parts = list(map(_fact_reading, facts))
    # In their dimension's base unit: "8,040 feet" and "2,450 metres" are one height told in two units.
    middles = {p.middle for p in parts if p.middle and p.middle > 0}
    dates = {p.date for p in parts if p.date is not None}
    days = {p.date: p.days for p in parts if p.date is not None}
    return Slot(
        kind=facts[0].kind,
        articles=frozenset(p.article for p in parts),
        units=frozenset(p.unit for p in parts if p.figure),
        words=tuple({p.words for p in parts if p.words}),
        beside=tuple({p.beside for p in parts if p.beside}),
        told=all(p.beside for p in parts),
        measures=tuple({p.measure for p in parts}),
        unknown=any(p.unknown for p in parts),
        ages=any(p.ages for p in parts),
        qualified=frozenset(p.qualified for p in parts if p.qualified is not None),
        middles=tuple(sorted(middles)),
        values=frozenset((p.article, p.told) for p in parts),
        dates=tuple((d, *days[d]) for d in dates),
        nouns=_joined_nouns([p.noun for p in parts]),
        named=_joined_nouns([p.noun for p in parts], bare=True),
        sources=frozenset(p.source for p in parts if p.source is not None),
        credits=frozenset((p.article, p.source) for p in parts),
        counts=all(p.counts for p in parts),
        fractions=any(p.fraction for p in parts),
        readings=frozenset(p.readings for p in parts if p.figure),
        written=frozenset(p.written for p in parts if p.written is not None),
    )


def middles_of(facts: Sequence[Fact]) -> tuple[float, ...]:
    """The ``middles`` a reading of ``facts`` has, without reading (and remembering) the whole slot: a question
    asked of one outlet's few facts, never of a slot weighed again."""
    return tuple(sorted({p.middle for p in map(_fact_reading, facts) if p.middle and p.middle > 0}))


def written_of(facts: Sequence[Fact]) -> tuple[tuple[str, float, float], ...]:
    """The ``written`` a reading of ``facts`` has, without reading (and remembering) the whole slot (as ``middles_of``)."""
    return tuple(sorted({w for p in map(_fact_reading, facts) if (w := p.written) is not None}))


@dataclass(frozen=True)
class _FactReading:
    """What ``_read`` takes of one fact, whatever slot it is read in."""

    article: str
    figure: bool  # a figure (its unit counts among the slot's units)
    unit: str | None  # the figure's unit in its dimension's base unit
    middle: float | None  # the figure's middle in that unit
    date: DateValue | None
    days: tuple[dt.date | None, dt.date | None]  # the date's first and last day
    words: frozenset[str]
    beside: frozenset[str]
    measure: str
    unknown: bool
    ages: bool
    qualified: tuple[str, str] | None
    told: object  # ``_as_told``
    noun: tuple[str, ...] | None | bool  # ``_noun_kinds``
    source: str | None
    counts: bool  # framed as a count of people or things
    fraction: bool  # a figure with a fraction, framed as no count
    readings: frozenset[str | None]  # the figure's unit and the currencies its name may also mean
    written: tuple[str, float, float] | None  # a figure in a unit: its unit and middle as written, and its base middle


# Facts' readings, remembered by the fact (kept alive with its reading, so no other fact takes its id) and
# dropped all at once past a bound: an event's facts are read again and again while it is aligned, another
# event's never.
_FACTS_HELD = 8192
_fact_readings: dict[int, tuple[Fact, _FactReading]] = {}


def _fact_reading(f: Fact) -> _FactReading:
    return _held_by_fact(_fact_readings, f, _read_fact)


_T = TypeVar("_T")


def _held_by_fact(held: dict[int, tuple[Fact, _T]], f: Fact, make: Callable[[Fact], _T]) -> _T:
    """``make(f)``, remembered by the fact in ``held`` (kept alive with it, so no other fact takes its id) and
    dropped all at once past ``_FACTS_HELD``."""
    got = held.get(id(f))
    if got is not None:
        return got[1]
    if len(held) >= _FACTS_HELD:
        held.clear()
    value = make(f)
    held[id(f)] = (f, value)
    return value


def _read_fact(f: Fact) -> _FactReading:
    value = f.value
    figure = in_base_units(value) if isinstance(value, Quantity) else None
    date = value if isinstance(value, DateValue) else None
    head, _, tail = f.frame.key.partition("@") if f.frame else ("", "", "")
    return _FactReading(
        article=f.article_id,
        figure=figure is not None,
        unit=figure.unit if figure is not None else None,
        middle=_middle(figure) if figure is not None else None,
        date=date,
        days=(day_of(date.start), day_of(date.end)) if date is not None else (None, None),
        words=_sentence_words(f.sentence, f.text),
        beside=beside(f),
        measure=f.frame.measure if f.frame else "",
        unknown=not f.frame or f.frame.measure.startswith("?"),
        ages=f.frame is not None and f.frame.growth_per_year is not None,
        qualified=(head, tail) if tail else None,
        told=_as_told(value),
        noun=_noun_kinds(f),
        source=untitled_key(source_key(f.frame.source)) if f.frame and f.frame.source else None,
        counts=_measure_key(f) in _whole_measures(),
        fraction=_fractional(value) and _measure_key(f) not in _whole_measures(),
        readings=_unit_readings(figure, f) if figure is not None else frozenset(),
        written=_written(value, figure),
    )


def _written(value: Value, figure: Quantity | None) -> tuple[str, float, float] | None:
    """A figure in a unit other than its base unit: (its unit, its middle as written, its middle in the base unit)."""
    if figure is None or not isinstance(value, Quantity) or not value.unit or value.unit == figure.unit:
        return None
    stated, base = _middle(value), _middle(figure)
    if not stated or not base or stated <= 0 or base <= 0:
        return None
    return value.unit, stated, base


def _unit_readings(figure: Quantity, f: Fact) -> frozenset[str | None]:
    """A figure's unit, and the currencies its written name may mean: "3 million francs" may be Swiss francs or CFA
    francs, whichever the other outlet's code says; a bare "$341 million" may be the story's own dollar that another
    outlet writes by a code no table knows ("QXR 314m"; ``local_readings``)."""
    return frozenset({figure.unit, *may_also_be(figure.unit, f.text), *local_readings(f)})


def one_unit(a: Slot, b: Slot) -> bool:
    """Whether two slots' figures can all be read in one unit: their units are one, or one currency is among every
    figure's readings ("3 million francs" and "CHF 2.9m"; "$64m" told in Wellington and "NZ$46m"; "$341 million" and
    a code no table knows, "QXR 314m"). A name pinned to its currency ("US$", "Swiss francs") reads only as itself, so
    two currencies really told apart stay apart."""
    if len(a.units | b.units) <= 1 or _told_within(a, b) or _told_within(b, a):
        return True
    readings = [*a.readings, *b.readings]
    return bool(readings) and bool(frozenset.intersection(*readings)) or _one_local_currency(a, b)


def _told_within(a: Slot, b: Slot) -> bool:
    """Every unit of ``a``'s figures is a unit that ``b``, a slot of several units, already holds as one claim (the
    story's own currency by a code no table reads and by its name, "QXR 7.2 million" and "7.2 million dinars"): ``a`` tells
    the claim in a unit the slot's outlets already use. A bare count (no unit) is never so read. Against the code before,
    own sets 1-98: odd half 4 more conflicts found (a rival source's figure in the story's own currency), false conflict
    pair verdicts the same; even half, held out, 8 more found for one more false; the development set unchanged."""
    return len(b.units) > 1 and None not in a.units and a.units <= b.units


def _one_local_currency(a: Slot, b: Slot) -> bool:
    """Both slots hold amounts that may be the story's own currency (``local_readings``: "QXR 314m", "$341 million"),
    all of them one, and their other figures are amounts pinned to a currency the tables know ("about USD 250
    million", "about EUR 11 million"): conversions for readers abroad, which say nothing of the unit the story's own
    amounts are in (the check reads each against the others at no rate it knows)."""
    own_a = [r for r in a.readings if _local_reading(r)]
    own_b = [r for r in b.readings if _local_reading(r)]
    if not own_a or not own_b:
        return False
    pinned = [r for r in (*a.readings, *b.readings) if not _local_reading(r)]
    if not all(len(r) == 1 and is_currency_code(next(iter(r))) for r in pinned):
        return False
    return bool(frozenset.intersection(*own_a, *own_b))


def _local_reading(readings: frozenset[str | None]) -> bool:
    return any(r is not None and r.startswith(LOCAL) for r in readings)



def _noun_kinds(f: Fact) -> tuple[str, ...] | None | bool:
    """One figure's part of ``_joined_nouns``: the kinds it counts; None when it names nothing; True when it names a
    general word."""
    counted = f.value.counted if isinstance(f.value, Quantity) else None
    head = counted.lower().split()[-1] if counted and counted.strip() else None
    if not head:
        return None
    kind = kind_of(head)
    if kind in GENERAL:
        return True
    return (kind, stem(head)) if kind else (stem(head),)


def _joined_nouns(parts: Sequence[tuple[str, ...] | None | bool], *, bare: bool = False) -> frozenset[str] | None:
    """The kinds of thing a slot's figures count (its facts' ``_noun_kinds``), as written and by kind ("signatures",
    "passengers"; "staff" for workers and employees), or None when one names none or only a general word ("people")
    that may stand for any. With ``bare``, a figure that names nothing is passed over (it counts what its slot
    counts)."""
    kinds: set[str] = set()
    for part in parts:
        if part is None and bare:
            continue
        if part is None or part is True:
            return None
        kinds.update(part)  # type: ignore[arg-type]
    return frozenset(kinds)


def _one_kind(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two slots count one kind of thing: one noun, or a compound and its head ("banknotes" and
    "notes", "warships" and "ships")."""
    return any(x == y or x.endswith(y) or y.endswith(x) for x in a for y in b if min(len(x), len(y)) >= 3)


def _as_told(value: Value) -> object:
    """A figure's number and unit, or a date's interval with the part of the day its interval leaves out
    ("Saturday night" is not a lead's "Saturday"): what one outlet repeats when it tells one claim twice."""
    if isinstance(value, Quantity):
        return (value.low, value.high, value.unit)
    if isinstance(value, DateValue):
        part = (value.timex or "").rpartition("T")[2]
        return (value.start, value.end, part if part.isalpha() else "")
    return value


def echoed(a: Slot, b: Slot) -> bool:
    """Every outlet of both slots gives the same values in each: the outlet repeats one claim in two frames
    (a headline's "8,000 link arms" and its story's "8,000 dancers"), never two claims of its own."""
    shared = a.articles & b.articles
    if not shared:
        return True
    told_a, told_b = a.told_by, b.told_by
    return all(one_telling(told_a[article], told_b[article]) for article in shared)


def one_telling(xs: Set[object], ys: Set[object]) -> bool:
    """One outlet's values in two slots tell one claim: the same values, or, for dates, each value of either
    slot the same as one of the other's or on its day ("on Tuesday" and "at 6.48am on Tuesday": the day and
    its moment, told twice by one outlet that gave its clock time in one sentence and its day in another)."""
    return xs == ys or (
        all(any(_on_one_day(x, y) for y in ys) for x in xs) and all(any(_on_one_day(y, x) for x in xs) for y in ys)
    )


def _on_one_day(x: object, y: object) -> bool:
    """Two dates as told (``_as_told``) of which one is the other, a whole day the other's moment falls on, or a
    part of a day the other's clock reading falls in (``_clock_in_part``). A part of a day against its whole day
    stays two ("Saturday night" is not a lead's "Saturday")."""
    if x == y:
        return True
    if not (isinstance(x, tuple) and isinstance(y, tuple) and len(x) == 3 and len(y) == 3):
        return False
    (xs, xe, xp), (ys, ye, yp) = x, y
    if not all(isinstance(v, str) for v in (xs, xe, ys, ye)):
        return False
    if xp or yp:
        return _clock_in_part(x, y) or _clock_in_part(y, x)
    whole_x, whole_y = len(xs) == 10 and xs == xe, len(ys) == 10 and ys == ye
    if (whole_x and ys[:10] == xs and ye[:10] == xs) or (whole_y and xs[:10] == ys and xe[:10] == ys):
        return True
    return _one_moment_two_zones(xs, ys) and xs == xe and ys == ye


def _part_hours() -> dict[str, tuple[tuple[int, int], ...]]:
    """Each TimeML part of the day -> the clock hours the extractor gives it, an hour's slack either side."""
    hours: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for code, first, last in DAY_PARTS.values():
        hours[code].append((first - _PART_SLACK, last + _PART_SLACK))
    return {code: tuple(spans) for code, spans in hours.items()}


_PART_SLACK = 1  # hours a clock reading may lie outside its part of the day ("at 5.30am" is still "this morning")
_PART_HOURS = _part_hours()


def _clock_in_part(clock: tuple[str, str, str], parted: tuple[str, str, str]) -> bool:
    """A clock reading that falls in the part of the day another date of the same outlet names, on its day ("this
    morning" and "at 10.40am"): one moment told at two grains, as a day and its clock time are. On the
    odd-numbered own sets (with ``align._mutual_best_days``) 2 more conflicts found, false the same, 3 pair verdicts
    better and 1 worse; even ones, held out, 4 more found, false the same (6 better, 2 worse); development unchanged."""
    (cs, ce, cp), (ps, pe, part) = clock, parted
    if cp or not part or len(cs) != 16 or cs != ce or ps != pe or len(ps) != 10 or cs[:10] != ps:
        return False
    hour = int(cs[11:13])
    return any(first <= hour <= last for first, last in _PART_HOURS.get(part, ()))


def _one_moment_two_zones(x: str, y: str) -> bool:
    """Two clock readings of one outlet at the same minute past the hour, hours apart as zones are ("0404 GMT" and
    "6:04 a.m." local): one moment told in two zones. Not on the hour or the half hour, too common to tell one."""
    try:
        a, b = dt.datetime.fromisoformat(x), dt.datetime.fromisoformat(y)
    except ValueError:
        return False
    return (
        len(x) == len(y) == 16 and a.minute == b.minute and a.minute not in (0, 30)
        and abs(a - b) <= dt.timedelta(hours=14)
    )


def may_join(a: Slot, b: Slot, *, kinds_done_apart: bool = True) -> bool:
    """Slots whose outlets overlap only where they echo each other (an outlet gives one value per claim);
    figures all in one unit (a bare count counts as its own unit) and no age: an age is one person's, and
    which person alignment settled from the names around it (two people's ages are close numbers in like
    sentences); never two frames that framing told apart by their qualifier, nor clock readings days apart,
    nor figures of two kinds of thing that the words beside them say were done different things. (Figures of
    one kind, or of a thing one of them does not name, may join however the words beside them differ: the
    model weighs that.) With ``kinds_done_apart`` off, two kinds done apart may join too: for figures a slip
    of the keyboard apart (``slipped_slots``), where the digits say more than the nouns."""
    if not echoed(a, b) or not one_unit(a, b) or a.ages or b.ages:
        return False
    # Frames that framing told apart by what follows "@" (the children and the women among the dead, the
    # houses and the cars damaged) are two claims whatever their words share.
    if any(x == y and p != q for x, p in a.qualified for y, q in b.qualified):
        return False
    if _count_and_fraction(a, b):
        return False
    if kinds_done_apart and kinds_apart(a, b):
        return False
    return not _clocks_apart(a, b)


def kinds_apart(a: Slot, b: Slot) -> bool:
    """Two kinds of thing counted, each told with other words beside it ("1,200 signatures" handed in, "1,200
    passengers" carried a week): two claims, however alike the rest of their sentences (what ``may_join`` with
    ``kinds_done_apart`` adds to the other terms; a caller that wants both answers asks each term once)."""
    return bool(a.nouns and b.nouns and not _one_kind(a.nouns, b.nouns) and _done_apart(a, b))


# Two outlets that credit one count to different sources ("the retailers' association says 310m", "the ministry
# puts it at 180m") give the claim each source made: counts of one kind of thing within this factor of each other
# are then one claim the sources dispute, even where the model, reading two values far apart in sentences that
# share few words, scores them as two. On the odd-numbered own sets, with the join off, the labelled slot pairs under
# the join's threshold that this accepts were one claim in 18 of 20 (two different distances, two different sums).
SOURCES_REACH = 2.0


# Two credited slots whose measures read apart ("37 cases" on the company's word, "41 reports" on the regulator's;
# "1.3 million" living there by a survey, "900,000" by the city council) still hold one disputed claim when the fitted
# model, reading their values and sentences, scores them at least this (under its own join threshold) and the words
# right beside their figures are not done apart (``_done_apart``: two things done, "all 38 staff" and "29 scientists").
# On the odd-numbered own sets: 29 more conflicts found for 9 more false conflict pair verdicts (a later count told
# with no word of change, read as a conflict), 56 pair verdicts better, none worse; at 0.5 with the done-apart pairs
# too, 32 more found for 16 more false. Even sets, held out: 28 more found, 3 more false, 81 better, 3 worse; the
# development set unchanged. Kept out of it and dropped: shares ("96 percent" of drivers paid beside a "90 percent"
# discount) and multiples ("more than three times" beside "two" doctors), each one false finding on the odd sets,
# but the held-out sets lost 13 and 4 conflicts to them.
SOURCES_SCORE = 0.5


# Two sources' counts of one measure (``_alike``: one kind of thing counted, or one measure named) lie further apart
# than two outlets' counts of one thing do: a campaign's "as many as 4,000" against a ministry's "about 1,200", an
# embassy's 1.1 million against customs' 4.2 million. Within the rival sources' reach (``RIVALS_REACH``) such a pair
# is one claim the sources dispute; pairs the model alone reads alike stay within ``SOURCES_REACH``. Against twofold
# for both, own sets 1-77: odd half 12 more conflicts found (3487 -> 3499) for one more false conflict pair verdict
# (22 better, none worse); even half, held out, 19 more (3244 -> 3263), false the same (28 better, 2 worse); the
# development set unchanged.
ALIKE_SOURCES_REACH = 5.0


def sources_apart(a: Slot, b: Slot, score: float = 0.0) -> bool:
    """Figure slots each credited to a source, no source credited in both, that count one kind of thing or name one
    measure (``_alike``) within ``ALIKE_SOURCES_REACH`` of each other, or that the model scores at ``SOURCES_SCORE``
    (``score``, the pair's probability) within ``SOURCES_REACH`` and whose figures are not done apart: one claim
    told on two sources' word."""
    if a.kind != "figure" or not a.sources or not b.sources or a.sources & b.sources:
        return False
    if not a.middles or not b.middles:
        return False
    x, y = statistics.median(a.middles), statistics.median(b.middles)  # (what each slot mostly says, not a stray)
    if min(x, y) <= 0 or max(x, y) > ALIKE_SOURCES_REACH * min(x, y):
        return False
    if _alike(a, b) >= 1.0:
        return True
    return max(x, y) <= SOURCES_REACH * min(x, y) and score >= SOURCES_SCORE and not _done_apart(a, b)


# A lone outlet's slot of a figure credited to one source ("fewer than 5,000", on the hauliers' word), beside a slot
# of other outlets where the same outlet gives a rival source's figure ("14,000", on the port's word): the outlet
# told both sides of one disputed claim, and its lone figure meets the other outlets' as its source's. Values further
# apart than two outlets' counts of one thing (``SOURCES_REACH``), as rival sources' are. On the odd-numbered own
# sets 14 more conflicts found for one more false conflict pair (an order that grew, told on two sources' word; 22
# pair verdicts better, 2 worse). Letting the outlet's figure beside the others be uncredited found 7 more for one
# false fewer, but 2 more false on the held-out sets, and it joins an outlet's "Three remain at large, police said"
# to the slot of its uncredited "Six inmates broke out": two claims. A reach of tenfold: 1 more found, 3 more false.
RIVALS_REACH = 5.0


def rival_sources(a: Slot, b: Slot) -> bool:
    """One of two figure slots is one outlet's, every figure in it credited to sources the other slot never
    credits, and that outlet's figures in the other slot are all credited too, to other sources: one claim on two
    sources' word that one outlet told both ways. One unit, no age, no frames that framing told apart, values
    within ``RIVALS_REACH``."""
    if len(b.articles) == 1 < len(a.articles):
        a, b = b, a
    if a.kind != "figure" or len(a.articles) != 1 or not a.articles < b.articles:
        return False
    if not a.sources or not b.sources or a.sources & b.sources or None in {s for _, s in a.credits}:
        return False
    (outlet,) = a.articles
    if any(s is None for x, s in b.credits if x == outlet):
        return False
    if not one_unit(a, b) or a.ages or b.ages or not a.middles or not b.middles:
        return False
    if any(x == y and p != q for x, p in a.qualified for y, q in b.qualified) or _count_and_fraction(a, b):
        return False
    x, y = statistics.median(a.middles), statistics.median(b.middles)
    return min(x, y) > 0 and max(x, y) <= RIVALS_REACH * min(x, y)


def _count_and_fraction(a: Slot, b: Slot) -> bool:
    """One slot counts people or things (every figure framed by a measure the vocabulary calls ``whole``: the
    dead, the farms flooded), the other holds a figure with a fraction that its frame measures otherwise (a
    magnitude of 6.4, a rate of 2.5): a count has no fraction, so however close the values and alike the sentences,
    the two hold two claims. The vocabulary's ``whole`` flag already keeps such a figure out of a count's frame;
    this keeps the joins of slots from putting it back."""
    return a.kind == "figure" and (a.counts and b.fractions or b.counts and a.fractions)


def _shared(a: Slot, b: Slot) -> float:
    """The largest Jaccard share of two sentences' words, one of each slot (0.0 when none shares a word)."""
    # (the union's size from the sizes and the common part's, not a union built for every pair of sentences: the
    # same counts and quotients; most pairs share nothing and need no division)
    # A pair can share no more than the smaller sentence's words, so its share is at most the smaller size over the
    # larger: a pair whose sizes alone cannot beat the best share so far is passed over unread, and a share of 1.0
    # (one sentence in both slots, as a wire story's copies give) ends the search. (The same answer: a quotient of
    # whole numbers never rounds above a larger one.) The slots of a story told by many copies hold many sentences.
    best = 0.0
    for x in a.words:
        size = len(x)
        for y in b.words:
            other = len(y)
            if (size / other if size < other else other / size if size else 0.0) <= best:
                continue
            both = len(x & y)
            if both and both / (size + other - both) > best:
                best = both / (size + other - both)
                if best >= 1.0:
                    return best
    return best


def _clocks_apart(a: Slot, b: Slot) -> bool:
    """Clock readings only, on days more than a day apart: two moments (the same minutes on another day are a
    coincidence of the clock, never one moment that a zone moved)."""
    clocks = [d for d in (*a.dates, *b.dates) if d[0].granularity == "time"]
    if not a.dates or not b.dates or len(clocks) < len(a.dates) + len(b.dates):
        return False
    return all(
        xs and ys and abs((xs - ys).days) > 1 for _, xs, _ in a.dates for _, ys, _ in b.dates
    )


def _done_apart(a: Slot, b: Slot) -> bool:
    """Figures with words right beside each, none shared: often two things done ("buried eight climbers",
    "nine climbers were rescued"), sometimes one told in other words; a feature, not a bar."""
    return a.kind == "figure" and a.told and b.told and not any(x & y for x in a.beside for y in b.beside)


def _alike(a: Slot, b: Slot) -> float:
    """How alike two slots' measures read, 0..1.

    A frame names a count's measure by the verb that did it when the vocabulary knows one ("trapped", "on
    board", "seized") and by its noun otherwise, so two outlets counting one named thing ("300 crates" seized,
    "350 crates" found in the hold) read as two measures that share few letters. The thing counted says what
    is measured better than the verb that framed it: slots that count one kind of thing (``_one_kind``; never
    a general word such as "people", which ``_joined_nouns`` leaves out; a bare figure, "Seven" beside "seven
    crates", counts what its slot's other figures name) are alike, unless the words right beside their
    figures share nothing (``_done_apart``): then the verbs tell two things done to one kind of thing
    ("buried eight climbers", "nine climbers were rescued"), two claims the noun must not join.
    With ``align._one_measure``'s counted noun, against the code before both: odd-numbered own sets 31 pair
    verdicts better and none worse (8 more conflicts found, 1 more false: a count that grew now meets, and the
    verdict does not tell it), even ones, held out, 24 better and none worse (11 more found, none more false),
    the development set unchanged. Without the done-apart exception 44/0 and 46/0, but two things done
    to one kind of thing joined.
    """
    if a.named and b.named and _one_kind(a.named, b.named) and not _done_apart(a, b):
        return 1.0
    return max((fuzz.ratio(x, y) / 100 for x in a.measures for y in b.measures), default=0.0)


def features(a: Slot, b: Slot, slots: int, shared: float | None = None) -> list[float]:
    """The features of two figure slots, in ``FEATURES`` order; ``shared``: the shared words' feature as given, not
    read (``reaching`` gives it its largest value)."""
    ratio = min((abs(math.log(x / y)) for x in a.middles for y in b.middles), default=5.0)
    ratio = min(ratio, 5.0)
    return [_shared(a, b) if shared is None else shared, ratio, float(ratio < 0.01), float(ratio < 0.15), _alike(a, b),
            float(a.unknown or b.unknown), math.log(max(1, slots)), float(_done_apart(a, b)),
            float(_slipped(a, b))]


def _slipped(a: Slot, b: Slot) -> bool:
    """Two figures of a hundred or more, one of each slot, a slip of the keyboard apart ("1,460" and "1,640", "4,600"
    and "46,000", "3.1 million" and "1.3 million"): one outlet mistyped the other's figure far more often than two
    measures of one event share their digits so, and the log ratio alone reads a swapped pair as two measures."""
    return any(min(x, y) >= SLIP_FROM and one_slip_apart(x, y) for x in a.middles for y in b.middles)


def slip_pairs(a: Slot, b: Slot) -> Iterator[tuple[float, float, float, float]]:
    """Pairs of figures, one of each slot, whose digits a slip of the keyboard may have changed, as (x, y, x in the base
    unit, y in the base unit): the middles in their base unit, and the figures as written where both are in one unit
    that is not its dimension's base. A base unit's factor hides a slip: "412 days" and "421 days" are 35,596,800 and
    36,374,400 seconds, whose digits no longer swap; "23 hours" and "32 hours" likewise. Read by
    ``slipped_slots.slipped`` (the join of slips, and the blocked slips of ``blocked_slots``); the fitted model's own
    "slipped" feature (``_slipped``) still reads the base middles it was fitted on. Against the code before, own sets
    1-98: odd half 2 more conflicts found (5359 -> 5361; 2 pair verdicts better, none worse), false conflict pair
    verdicts the same (106); even half, held out, unchanged (4915/6245 found, 327 false). With the feature reading
    the figures as written too: odd the same, even one more found for one more false (one pair better, one worse)."""
    # (lazily: the callers stop at the first slip, and most slots hold none)
    yield from ((x, y, x, y) for x in a.middles for y in b.middles)
    yield from ((x, y, xb, yb) for u, x, xb in a.written for v, y, yb in b.written if u == v)


SLIP_FROM = 100  # counts under a hundred share digits by chance ("Twelve walkers", "21 people"; ``slipped_slots``)


def date_features(a: Slot, b: Slot, slots: int, shared: float | None = None) -> list[float]:
    """The features of two date slots, in ``DATE_FEATURES`` order (``shared`` as for ``features``)."""
    apart = 5.0
    equal = granular = 0.0
    for x, xs, xe in a.dates:
        for y, ys, ye in b.dates:
            if xs and xe and ys and ye:
                apart = min(apart, math.log1p(max(0, (ys - xe).days, (xs - ye).days)))
            if x == y:
                equal = 1.0
            if x.granularity == y.granularity:
                granular = 1.0
    return [_shared(a, b) if shared is None else shared, apart, equal, float(apart <= math.log1p(1)), granular, _alike(a, b),
            float(a.unknown or b.unknown), math.log(max(1, slots))]


def probability(values: Sequence[float], weights: Sequence[float] = WEIGHTS, intercept: float = INTERCEPT) -> float:
    """The fitted model's probability that two slots hold one claim."""
    z = intercept + sum(w * v for w, v in zip(weights, values, strict=True))
    return 1 / (1 + math.exp(-max(-50.0, min(50.0, z))))


def score(a: Slot, b: Slot, slots: int) -> float:
    """The probability that two slots (both figures or both dates) hold one claim."""
    if a.kind == "date":
        return probability(date_features(a, b, slots), DATE_WEIGHTS, DATE_INTERCEPT)
    return probability(features(a, b, slots))


def reaching(a: Slot, b: Slot, slots: int, threshold: float) -> float | None:
    """``score(a, b, slots)`` when it reaches ``threshold``; None otherwise.

    Moving one fact weighs it against every slot of its event (``align._move_alike_facts``), and the shared words
    (``_shared``) walk every sentence of the slot, the one feature whose cost grows with the slot: most candidates
    fall short on their values or measures alone. So the probability is first taken with the largest share there
    is (1.0: while its weight is positive, no share gives more), and the words are read only when that reaches the
    threshold. Below it the true probability is lower still: the same sums, one term no larger, so the answer is
    the one ``score`` gives."""
    if a.kind == "date":
        weights, intercept, featured = DATE_WEIGHTS, DATE_INTERCEPT, date_features
    else:
        weights, intercept, featured = WEIGHTS, INTERCEPT, features
    if weights[0] > 0 and probability(featured(a, b, slots, 1.0), weights, intercept) < threshold:
        return None
    p = probability(featured(a, b, slots), weights, intercept)
    return p if p >= threshold else None
