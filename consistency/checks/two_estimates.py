"""Whether a hedged or bounded figure was written from the other outlet's number, or is a second estimate.

Two outlets crediting two sources ("at least 23 dead, the ministry said"; "as many as 40, the doctors' union said") give
two estimates, even when one interval holds the other: a hedge or a ceiling says how a writer rounded the figure they
had, not that any figure inside its reach is theirs. "About 9,200" is 9,150 to 9,250, not 9,600; "as many as 40" is the
top of an estimate whose speaker would have written "as many as 30" for 29; "nearly 3,000" is 2,900 and up. A lower bound
is met by any figure above it ("more than 4,000" and a rival's 6,200), as readers and editors take it, yet two bounds
("at least 23", "as many as 40") each say where the figure stands. One source's figure rounded by another outlet is
one figure, so this is read only for two credited sources (``comparisons``); a figure with no source of its own keeps
the interval reading."""

from __future__ import annotations

import re

from consistency.checks.floor_reach import FLOOR_STEPS, ROUNDED_DOWN
from consistency.model import Fact, Quantity
from consistency.shares import written_as_share
from consistency.values import ROUNDING_HEDGES, SHORT_OF, last_digit_step, stated_number

# Open lower bounds: the writer had a figure a little past the number and rounded it down.
_FLOORS = ROUNDED_DOWN | {"just over", "a little more than"}
# Upper bounds that name the most a figure reaches ("up to 1,500 euros"): against a figure under them, or another
# maximum, ``comparisons`` reads them already (``_far_under_ceiling``, ``_ceilings_apart``).
_MAXIMA = frozenset({
    "up to", "as many as", "as much as", "at most", "a maximum of", "maximum of", "no more than", "not more than",
    "within",
})  # fmt: skip
# Upper bounds that fence a figure ("under 16", "fewer than 2,000"): a threshold is named by its number.
_FENCES = frozenset({"under", "less than", "fewer than", "below", "just under"})

_DOZEN = re.compile(r"\bdozens?\b", re.IGNORECASE)


def one_figure_told_two_ways(a: Fact, qa: Quantity, b: Fact, qb: Quantity) -> bool:
    """Whether one figure's number is the other's as its hedge or bound was written from it ("more than 4,000" and
    "4,310", "about 9,200" and "9,240", "nearly 3,000" and "2,870"); shapes this does not weigh (ranges, vague amounts,
    shares, a few whole units) count as one figure, left to the interval reading."""
    return _written_from(a, qa, qb) or _written_from(b, qb, qa)


def _written_from(told_fact: Fact, told: Quantity, other: Quantity) -> bool:
    n, m = stated_number(told), stated_number(other)
    if n is None or m is None or n == m or written_as_share(told_fact) or told.vague:
        return True  # a vague amount, a share, or one number: nothing to weigh
    qualifier = (told.qualifier or "").lower()
    point = told.low is not None and told.low == told.high
    if not qualifier and not told.approximate:
        return not point  # an exact figure is no rounding of another; a range is left to the intervals
    if n < 10 and float(n).is_integer() and not _DOZEN.search(told_fact.text):
        return True  # "at least four", "up to six": a few whole units are a threshold, not a rounded figure
    step = 12.0 if _DOZEN.search(told_fact.text) else last_digit_step(n)
    if not step:
        return True  # (a zero or an endless figure)
    if qualifier in _FLOORS and other.low is not None and other.low == other.high:
        return True  # a lower bound holds for any figure above it: "more than 4,000" against a rival's 6,200 is met
    other_qualifier = (other.qualifier or "").lower()
    if qualifier in _MAXIMA | _FENCES:
        # "as many as 40" against "at least 23", "under 16" against "under 14": two bounds, each where its speaker puts
        # the figure, are one only a step apart (a maximum against a figure under it, or against another maximum, and
        # a fence against a maximum, are read by their intervals)
        if other_qualifier in _FLOORS or (qualifier in _FENCES and other_qualifier in _FENCES):
            return n - step <= m <= n
        return True
    if round(n / step) % 10 == 5 and n / step > 10:
        # "more than 3,500", "about 3.5 million": rounded to a half, so a step is five of its digit ("about 5,000" is
        # written to its first digit alone, a step of a thousand)
        step *= 5
    if qualifier in _FLOORS:
        return n <= m <= n + FLOOR_STEPS * step
    if qualifier in SHORT_OF:
        return n - step <= m <= n
    if qualifier in ROUNDING_HEDGES and point:
        return abs(m - n) <= step / 2
    return True  # another hedge ("an estimated", a guess rather than a rounding) or shape: left to the intervals
