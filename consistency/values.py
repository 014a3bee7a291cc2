"""How two normalized values relate: equal, one inside the other, overlapping, or apart.

Both the aligner (which facts may share a slot) and the rule checks (agree,
compatible or conflict) ask this one question, so it is answered in one place.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from typing import Literal

from consistency.model import Attribution, DateValue, Fact, Quantity, Value

Relation = Literal["equal", "contains", "within", "overlap", "disjoint", "incomparable"]

GRANULARITY_RANK = {"time": 0, "day": 1, "week": 2, "month": 3, "part_of_year": 4, "year": 5, "period": 6}

_YEARLESS_YEAR = 2000  # a leap year, so "--02-29" is a valid year-less day


def relation(a: Value, b: Value, *, approx_tolerance: float = 0.1) -> Relation:
    if isinstance(a, DateValue) and isinstance(b, DateValue):
        return date_relation(a, b)
    if isinstance(a, Quantity) and isinstance(b, Quantity):
        return quantity_relation(a, b, approx_tolerance=approx_tolerance)
    if isinstance(a, Attribution) and isinstance(b, Attribution):
        return attribution_relation(a, b)
    return "incomparable"


# --- dates -----------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def date_interval(value: DateValue) -> tuple[int, int] | None:
    """Minutes since year 1 for the inclusive span; year-less values use a fixed leap year."""
    # Cached: an event's alignment and checks weigh each date against many others.
    if value.start is None or value.end is None:
        return None
    start = _parse_iso(value.start, end=False)
    end = _parse_iso(value.end, end=True)
    if start is None or end is None:
        return None
    return _minutes(start), _minutes(end)


def is_yearless(value: DateValue) -> bool:
    return bool(value.start and value.start.startswith("--"))


def date_relation(a: DateValue, b: DateValue) -> Relation:
    if a.start is None or b.start is None:
        return "incomparable"
    if is_yearless(a) != is_yearless(b):
        # Compare the year-less one with the other's month and day, when the other sits in one year.
        dated = b if is_yearless(a) else a
        if dated.start is None or dated.end is None or dated.start[:4] != dated.end[:4]:
            return "incomparable"
        yearless_view = DateValue("--" + dated.start[5:], "--" + dated.end[5:], dated.granularity)
        rel = _interval_relation(
            date_interval(a if is_yearless(a) else yearless_view),
            date_interval(b if is_yearless(b) else yearless_view),
        )
        # Same month and day with one year unstated: both outlets say the same thing, and nothing
        # in the undated one contradicts the other's year, so this counts as equal.
        return rel
    return _interval_relation(date_interval(a), date_interval(b))


@functools.lru_cache(maxsize=65536)
def _parse_iso(text: str, *, end: bool) -> dt.datetime | None:
    body = text
    if text.startswith("--"):
        body = f"{_YEARLESS_YEAR}-{text[2:]}"
    try:
        if "T" in body:
            moment = dt.datetime.fromisoformat(body)
            if end:
                moment = moment.replace(second=59)
            return moment.replace(tzinfo=None)
        parts = body.split("-")
        year = int(parts[0])
        month = int(parts[1]) if len(parts) > 1 else (12 if end else 1)
        if len(parts) > 2:
            day = int(parts[2])
        else:
            day = _month_length(year, month) if end else 1
        moment = dt.datetime(year, month, day)
        return moment.replace(hour=23, minute=59) if end else moment
    except (ValueError, IndexError):
        return None


def _month_length(year: int, month: int) -> int:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def _minutes(moment: dt.datetime) -> int:
    return moment.toordinal() * 1440 + moment.hour * 60 + moment.minute


_DAY_WORDS = re.compile(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tonight|yesterday|tomorrow)\b|"
    # (a part of a day named from the page's: "this morning", "last night" are a day as much as "today")
    r"\bthis\s+(?:morning|afternoon|evening)\b|\blast\s+night\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}|"
    r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.IGNORECASE,
)


def clock_only(f: Fact) -> bool:
    """A clock time whose text names no day ("at 6:40 a.m."): its day is the publication date's guess."""
    value = f.value
    return isinstance(value, DateValue) and value.granularity == "time" and _names_no_day(f.text)


@functools.lru_cache(maxsize=65536)
def _names_no_day(text: str) -> bool:
    # Asked for every pair of dates an event's alignment weighs: once per distinct text is enough.
    return not _DAY_WORDS.search(text)


# --- figures ---------------------------------------------------------------------------------------


def quantity_interval(value: Quantity, *, approx_tolerance: float = 0.1, written_reach: bool = False) -> tuple[float, float]:
    """The values a figure may stand for. ``written_reach``: a hedge reaches no further than its figure
    is rounded ("some 14,000" less far than "about 100,000"); verdicts read it so, alignment does not
    (there a wide reach only lets two versions of one claim meet)."""
    low = -math.inf if value.low is None else value.low
    high = math.inf if value.high is None else value.high
    if written_reach and value.qualifier == "just over" and math.isfinite(low) and high == math.inf:
        high = low + _just_past(low)  # "just over 38 percent" is no 40.1: past its figure by less than a step
    elif written_reach and value.qualifier == "just under" and math.isfinite(high) and low == -math.inf:
        low = high - _just_past(high)
    if value.approximate and not value.vague:
        count = value.unit is None
        reach_low = _hedge_reach(low, approx_tolerance, count) if written_reach else approx_tolerance
        reach_high = _hedge_reach(high, approx_tolerance, count) if written_reach else approx_tolerance
        if written_reach and (value.qualifier or "") in SHORT_OF and math.isfinite(low):
            # "nearly 1.5 million" is a little short of its figure: down to the next value it is written
            # to (1.4 million), at most a tenth below.
            reach_low = max(reach_low, min(most_below(low), approx_tolerance))
            if 1 < low < 10 and float(low).is_integer():
                # "nearly four hours", "almost five minutes": a few whole units, short by up to half of one
                reach_low = max(reach_low, min(0.5 / low, MOST_SHORT))
            reach_high = 0.0  # and never past it: 95.4 points is not "nearly 95"
        low = low - abs(low) * reach_low if math.isfinite(low) else low
        high = high + abs(high) * reach_high if math.isfinite(high) else high
    return low, high


def _just_past(x: float) -> float:
    """How far "just over" or "just under" a figure reaches: half a step of the digit it is written to, and a
    little more ("just over 21,000" holds 21,400, not 21,900; "just over three million" 3.3 million)."""
    step = _written_step(x) or (1 if 1 <= abs(x) < 10 and float(x).is_integer() else 0)  # ("three minutes")
    return step / 2 + abs(x) * _JUST_SLACK if step else abs(x) * MIN_HEDGE


_JUST_SLACK = 0.005  # the share of its figure that "just over" reaches past half a step


def stated_number(q: Quantity) -> float | None:
    """The number a figure states: its bound when open ("more than 40": 40), else its middle; None for a
    vague figure ("dozens") or a zero."""
    ends = [abs(x) for x in (q.low, q.high) if x is not None and math.isfinite(x)]
    if not ends or q.vague:
        return None
    value = sum(ends) / len(ends)
    return value or None


MOST_SHORT = 0.2  # the furthest below its figure a "nearly" of a few whole units reaches ("nearly four": 3.5)
SHORT_OF = frozenset(("nearly", "almost", "close to"))  # hedges that put the value a little under the figure


def most_below(x: float) -> float:
    """One step of the last digit a figure is written to, as a fraction of it: 1.5 million -> 0.1 million."""
    step = _written_step(x)
    return step / abs(x) if step else 0.0


def _written_step(x: float) -> int:
    """The place of the last digit a whole figure of 10 or more is written to (1,500,000 -> 100,000); 0 else."""
    if not x or not float(x).is_integer() or abs(x) < 10:
        return 0
    return int(last_digit_step(x))


def last_digit_step(x: float) -> float:
    """The place of the last digit any figure is written to: 1,100 -> 100, 4.5 -> 0.1, 7 -> 1, 9,000,000 ->
    1,000,000; 0 for a zero or an endless figure."""
    x = abs(x)
    if not x or not math.isfinite(x):
        return 0.0
    if float(x).is_integer():
        digits = str(int(x))
        return float(10 ** (len(digits) - len(digits.rstrip("0")))) if x >= 10 else 1.0
    text = f"{x:.6f}".rstrip("0")
    return 10.0 ** -min(len(text.split(".")[1]), 6)


MIN_HEDGE = 0.05  # the least a hedge ("about", "some") reaches, as a fraction of its figure


def _hedge_reach(x: float, most: float, count: bool = False) -> float:
    """How far a hedged figure reaches: "about 100,000" is rounded to its first digit and reaches far
    (``most``), "some 14,000" is written to the thousand and reaches less (half a thousand, at least
    ``MIN_HEDGE``), so "some 14,000" and "more than 15,000" are two figures."""
    step = _written_step(x)
    if not step:
        return most
    if count and step * 10 > abs(x) and abs(x) < 100:
        # "about 20 vehicles", "some 30 people": a small count rounded to its tens stands for anything that
        # rounds to it. (Not a measure: "about 20 miles" and "about 26 miles" are two distances.)
        return max(most, min(MAX_HEDGE, step / 2 / abs(x)))
    if count and step >= abs(x):
        # "about 100,000 people", "some 3,000 homes": a count written to its first digit alone reaches a fifth
        return max(most, 0.2)
    return min(most, max(MIN_HEDGE, step / 2 / abs(x)))


# Hedges a writer puts on a figure they rounded ("about", "some"): the figure keeps the digits the writer chose
# to keep. ("nearly" and "almost" point below their figure, see SHORT_OF; "an estimated" hedges a guess.)
ROUNDING_HEDGES = frozenset(("about", "around", "approximately", "approx.", "roughly", "some", "circa", "just about"))


MAX_HEDGE = 0.25  # the most a hedged round figure reaches: "about 20" is 15 to 25


def is_money(value: Quantity) -> bool:
    """An amount of money: its unit is an ISO currency code ("USD", "EUR")."""
    return is_currency_code(value.unit)


def is_currency_code(unit: str | None) -> bool:
    """A unit that is an ISO currency code ("USD", "EUR"), as amounts of money carry."""
    return unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper()


def comparable_units(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit or units_comparable(a.unit, b.unit)


@functools.lru_cache(maxsize=4096)
def units_comparable(unit_a: str | None, unit_b: str | None) -> bool:
    """Whether figures in these two units can be compared after conversion (km and miles, not km and
    people, nor euros and dollars). Asked for every pair of figures the aligner and the checks weigh, and
    a corpus names few units: answered once per pair of units (``same_dimension`` reads only units)."""
    if unit_a == unit_b:
        return True
    try:
        from consistency.extract.figures import same_unit_dimension
    except ImportError:  # pragma: no cover - the figures extractor always ships
        return False
    return bool(same_unit_dimension(unit_a, unit_b))


def base_unit(unit: str | None) -> str | None:
    """The base unit of ``unit``'s dimension where a fixed factor converts it (hours -> s, tonnes -> kg,
    basis points -> percentage points), else None (currencies, counts, temperatures)."""
    try:
        from consistency.extract.figures import UNITS
    except ImportError:  # pragma: no cover
        return None
    _dimension, base, factor = UNITS.get(unit or "", (None, None, None))
    return base if factor is not None else None


def in_base_units(value: Quantity) -> Quantity:
    try:
        from consistency.extract.figures import to_base
    except ImportError:  # pragma: no cover
        return value
    return to_base(value)


def quantity_relation(a: Quantity, b: Quantity, *, approx_tolerance: float = 0.1, written_reach: bool = False) -> Relation:
    if not comparable_units(a, b):
        return "incomparable"
    converted = a.unit != b.unit
    tolerance = CONVERSION_ROUNDING
    written = (a, b)
    if converted:
        # "20 km (12 miles)": a small whole number converted is off by up to half its last unit.
        tolerance = min(0.1, max(tolerance, _half_unit(a), _half_unit(b)))
        if written_reach and (a.approximate or b.approximate):
            # A hedge already reaches as far as its digits are rounded ("about 2,300 km"), and a converted figure's
            # rounding is that rounding: granting a conversion's slack past it again let "about 2,300 km" hold 1,320
            # nautical miles (2,445 km). Only a small whole number's half unit stays.
            tolerance = min(0.1, max(_half_unit(a), _half_unit(b)))
        a, b = in_base_units(a), in_base_units(b)
    if _same_bound(a.low, b.low) and _same_bound(a.high, b.high) and a.vague == b.vague and _same_hedge(a, b):
        return "equal"  # (to the float: "2 minutes 41 seconds" and "two minutes forty-one" sum in another order)
    ia = _interval_as_written(written[0], a, approx_tolerance, written_reach)
    ib = _interval_as_written(written[1], b, approx_tolerance, written_reach)
    rel = _interval_relation(ia, ib)
    if written_reach and rel == "overlap" and a.approximate and b.approximate and _only_touch(ia, ib):
        # Two hedged figures whose reaches share only their edge are two roundings of two figures: "about 20" and
        # "some 30" meet at 25, which neither writer would have rounded so.
        rel = "disjoint"
    # A verdict reads a hedge as far as its digits reach (``written_reach``): "about 1,800 miles" converted is
    # 2,750 to 3,040 km, and a conversion's rounding is granted from there, not from a tenth around it.
    close = _gap_within(ia, ib, tolerance) if written_reach else _close(a, b, tolerance)
    if rel == "disjoint" and converted and (close or _meet_as_written(*written)):
        # "55 km (34 miles)": a converted figure is rounded in its own unit, so it is off by a little.
        return "overlap"
    if rel == "equal":
        return "overlap"  # one interval, said with different hedges ("more than 40", "at least 40")
    return rel


def _only_touch(ia: tuple[float, float], ib: tuple[float, float]) -> bool:
    """Two intervals that share only their edge ("about 20" to 25, "some 30" from 25)."""
    return math.isclose(ia[1], ib[0], rel_tol=1e-9) or math.isclose(ib[1], ia[0], rel_tol=1e-9)


def _interval_as_written(written: Quantity, base: Quantity, approx_tolerance: float, written_reach: bool) -> tuple[float, float]:
    """A figure's interval in its base unit, with what its words reach read from the figure as written: "just
    under four minutes" is written to the minute, though 240 seconds is written to the ten."""
    factor = _factor(written, base) if written_reach and base is not written else None
    if factor is None:
        return quantity_interval(base, approx_tolerance=approx_tolerance, written_reach=written_reach)
    low, high = quantity_interval(written, approx_tolerance=approx_tolerance, written_reach=True)
    return low * factor, high * factor


def _factor(written: Quantity, base: Quantity) -> float | None:
    """The factor that took a figure to its base unit; None for a scale with an offset (temperatures)."""
    pairs = [(w, b) for w, b in ((written.low, base.low), (written.high, base.high)) if w and b is not None]
    if not pairs:
        return None
    factors = [b / w for w, b in pairs]
    if factors[0] <= 0 or any(not math.isclose(f, factors[0], rel_tol=1e-9) for f in factors):
        return None
    return factors[0]


def _same_bound(x: float | None, y: float | None) -> bool:
    return x == y or (x is not None and y is not None and math.isclose(x, y, rel_tol=1e-12))


CONVERSION_ROUNDING = 0.02  # how far a figure converted to another unit may be off by rounding


_TEMPERATURE_SCALES = frozenset({"celsius", "fahrenheit"})


def _meet_as_written(a: Quantity, b: Quantity) -> bool:
    """Two whole temperatures in two scales, each good to half a degree of its own, that meet once
    converted: "2C" is 1.5 to 2.5 C and "36F" 35.5 to 36.5 F (1.9 to 2.5 C). The share of the figure other
    units are compared by means nothing on a scale whose zero is not nothing (2 C is not 10% of anything)."""
    if {a.unit, b.unit} != _TEMPERATURE_SCALES:
        return False  # other units are compared by a share of the figure (``_half_unit``)
    if a.low is None or b.low is None or a.low != a.high or b.low != b.high or a.approximate or b.approximate:
        return False
    if not (float(a.low).is_integer() and float(b.low).is_integer()):
        return False
    wa = in_base_units(Quantity(a.low - 0.5, a.low + 0.5, unit=a.unit))
    wb = in_base_units(Quantity(b.low - 0.5, b.low + 0.5, unit=b.unit))
    if wa.low is None or wa.high is None or wb.low is None or wb.high is None:
        return False
    return max(wa.low, wb.low) <= min(wa.high, wb.high)


def _half_unit(q: Quantity) -> float:
    """Half a unit of a whole number, relative to it ("six": 0.5 in 6); 0 for other figures."""
    if q.low is None or q.low != q.high or not q.low or not float(q.low).is_integer():
        return 0.0
    return 0.5 / abs(q.low)

# Open bounds that leave their number out ("more than 40": 41 and up) against those that keep it
# ("at least 40"): two outlets saying one and the other state the number with different precision.
STRICT_BOUNDS = frozenset(
    "more than|over|above|exceeding|in excess of|greater than|upwards of|fewer than|less than|under|below|older than|younger than".split("|")
)


def _same_hedge(a: Quantity, b: Quantity) -> bool:
    """"about 350" and "350" meet but are not the same statement; nor are "more than 40" and "at least 40"."""
    if a.approximate != b.approximate:
        return False
    if (a.low is None) == (a.high is None):
        return True  # a point or a closed range: its hedge is the approximate flag alone
    return ((a.qualifier or "") in STRICT_BOUNDS) == ((b.qualifier or "") in STRICT_BOUNDS)


def _close(a: Quantity, b: Quantity, tolerance: float) -> bool:
    return _gap_within(quantity_interval(a), quantity_interval(b), tolerance)


def _gap_within(ia: tuple[float, float], ib: tuple[float, float], tolerance: float) -> bool:
    (la, ha), (lb, hb) = ia, ib
    ends = [abs(x) for x in (la, ha, lb, hb) if math.isfinite(x)]
    if not ends:
        return False
    gap = max(lb - ha, la - hb)
    return gap <= tolerance * max(ends)


# --- attributions ----------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def source_key(name: str) -> str:
    try:
        from consistency.extract.attributions import normalize_source
    except ImportError:  # pragma: no cover
        return " ".join(name.lower().split())
    return normalize_source(name)


@functools.lru_cache(maxsize=4096)
def untitled_key(key: str) -> str:
    """A ``source_key`` without the words up to the last title before a name: "fire chief odile
    marchetti" -> "odile marchetti", "judge strand" -> "strand". A body ("fire department", "police
    chief") keeps its words: the title is then its head, not a word before a name. Cached: the source
    check asks it for both sides of every pair of a slot."""
    from consistency.extract import _attribution_lexicon as lex

    words = key.split()
    titles = _titles()
    if len(words) < 2 or words[-1] in lex.ORG_WORDS or words[-1].rstrip(".") in titles:
        return key
    cut = max((i + 1 for i, w in enumerate(words[:-1]) if w.rstrip(".") in titles), default=0)
    return " ".join(words[cut:])


@functools.cache
def _titles() -> frozenset[str]:
    """Every title a name may follow (personal and office titles), made once."""
    from consistency.extract import _attribution_lexicon as lex

    return frozenset(lex.TITLES | lex.OFFICE_TITLES)


def by_surname(a: str, b: str) -> bool:
    """One untitled key is the other's last word: the person named in full and by surname alone
    ("odile marchetti" / "marchetti")."""
    if a == b or (" " in a) == (" " in b):
        return False
    short, full = (a, b) if " " not in a else (b, a)
    return full.rsplit(" ", 1)[-1] == short


def attribution_relation(a: Attribution, b: Attribution) -> Relation:
    """Same direct source: equal. A shared source further down a chain: overlap. Else disjoint."""
    key_a, chain_a = _source_keys(a)
    key_b, chain_b = _source_keys(b)
    if key_a == key_b:
        return "equal"
    if chain_a & chain_b:
        return "overlap"
    return "disjoint"


@functools.lru_cache(maxsize=65536)
def _source_keys(value: Attribution) -> tuple[str, frozenset[str]]:
    """The direct source's key and the keys of the whole chain, source included: read once per value."""
    key = source_key(value.source)
    return key, frozenset({source_key(s) for s in value.chain} | {key})


# --- intervals -------------------------------------------------------------------------------------


def _interval_relation(a: tuple[float, float] | None, b: tuple[float, float] | None) -> Relation:
    if a is None or b is None:
        return "incomparable"
    if a == b:
        return "equal"
    if a[0] <= b[0] and b[1] <= a[1]:
        return "contains"
    if b[0] <= a[0] and a[1] <= b[1]:
        return "within"
    if a[0] <= b[1] and b[0] <= a[1]:
        return "overlap"
    return "disjoint"


def significant_digits(value: float) -> tuple[str, int] | None:
    """(significant digits, magnitude) of a figure: 9,200 -> ("92", 4), 3.4 -> ("34", 1)."""
    if value <= 0 or value >= 1e15:
        return None
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    whole = text.split(".")[0].lstrip("0")
    digits = text.replace(".", "").lstrip("0").rstrip("0")
    return digits, len(whole)


def same_digits(x: float, y: float) -> bool:
    """The same significant digits, whatever the magnitude ("3.8 million" and "380,000")."""
    dx, dy = significant_digits(x), significant_digits(y)
    return dx is not None and dy is not None and dx[0] == dy[0]


def keyboard_slip(x: float, y: float) -> bool:
    """Two figures one slip of the keyboard apart: the same significant digits (a power of ten) or two
    neighbouring digits swapped."""
    return same_digits(x, y) or digits_swapped(x, y)


def digits_swapped(a: float, b: float) -> bool:
    """Two figures of one magnitude whose digits differ by two neighbouring digits swapped ("14" and "41",
    "9,200" and "2,900", "3.4" and "4.3"): the commonest slip of the keyboard."""
    da, db = significant_digits(a), significant_digits(b)
    if da is None or db is None or da[1] != db[1] or len(da[0]) != len(db[0]) or da[0] == db[0]:
        return False
    return _neighbours_swapped(da[0], db[0])


def _neighbours_swapped(sa: str, sb: str) -> bool:
    """Two digit strings of one length that differ by two neighbouring digits swapped."""
    swapped = [n for n in range(len(sa)) if sa[n] != sb[n]]
    return len(swapped) == 2 and swapped[1] == swapped[0] + 1 and sa[swapped[0]] == sb[swapped[1]] and sa[swapped[1]] == sb[swapped[0]]


def digits_swapped_as_written(x: float, y: float) -> bool:
    """``digits_swapped``, or two whole numbers of as many digits whose written digits, zeros counted, differ by two
    neighbouring ones swapped ("180,000" and "108,000", which significant digits alone miss)."""
    if digits_swapped(x, y):
        return True
    if x != int(x) or y != int(y) or x <= 0 or y <= 0:
        return False
    sa, sb = str(int(x)), str(int(y))
    return len(sa) == len(sb) and _neighbours_swapped(sa, sb)


def one_slip_apart(x: float, y: float) -> bool:
    """Two different figures one slip of the keyboard apart (``keyboard_slip``), zeros counted among the swapped digits
    as written ("310" and "301", which significant digits alone miss)."""
    return x != y and (keyboard_slip(x, y) or digits_swapped_as_written(x, y))
