"""Whether a hedged figure was written from the other outlet's number, or is a second estimate.

Two outlets crediting two sources ("about 45 dead, the ministry said"; "58 dead, the doctors' union said") give two
estimates, even when the hedge's reach holds the other figure: a rounding hedge ("about", "some") or a short-of one
("nearly") says how a writer rounded the figure they had, not that any figure inside its reach is theirs. "About 9,200"
is 9,150 to 9,250, not 9,600; "about 63 percent" is no 61.3; "nearly 3,000" is 2,900 and up. Bounds ("at least",
"up to", "under") are left to their intervals: a lower bound is met by any figure above it, as the sets' readers take
it, and weighing two rival bounds by their numbers found conflicts on the sets it was fitted on and added more false
ones than it found on held-out sets. One source's figure rounded by another outlet is one figure, so this is read only
for two credited sources (``comparisons``); a figure with no source of its own keeps the interval reading."""

from __future__ import annotations

import re

from consistency.extract._figure_tables import LOWER_BOUND, UPPER_BOUND
from consistency.model import Fact, Quantity
from consistency.shares import written_as_share
from consistency.values import ROUNDING_HEDGES, SHORT_OF, last_digit_step, stated_number

# Bounds, left to the intervals: open lower bounds ("more than 4,000"), maxima ("up to 1,500 euros"), fences ("under
# 16"): the extractor's own tables of bound words.
_BOUNDS = frozenset(LOWER_BOUND) | frozenset(UPPER_BOUND)

_DOZEN = re.compile(r"\bdozens?\b", re.IGNORECASE)


def one_figure_told_two_ways(a: Fact, qa: Quantity, b: Fact, qb: Quantity) -> bool:
    """Whether one figure's number is the other's as its hedge was written from it ("about 9,200" and "9,240", "nearly
    3,000" and "2,870"); shapes this does not weigh (bounds, ranges, vague amounts, shares, a few whole units, figures
    given to their hundredths) count as one figure, left to the interval reading."""
    return _written_from(a, qa, qb) or _written_from(b, qb, qa)


def _written_from(told_fact: Fact, told: Quantity, other: Quantity) -> bool:
    n, m = stated_number(told), stated_number(other)
    if n is None or m is None or n == m or written_as_share(told_fact) or told.vague:
        return True  # a vague amount, a share, or one number: nothing to weigh
    if told.low is not None and told.high is not None and told.low != told.high:
        return True  # a range ("nearly half a million" read as 400,000 to 525,000): left to the intervals
    qualifier = (told.qualifier or "").lower()
    point = told.low is not None and told.low == told.high
    if qualifier in _BOUNDS:
        # a bound against a rival's figure or bound is left to its intervals (weighing two bounds by their numbers
        # found conflicts on the sets it was fitted on and added more false ones than it found on held-out sets)
        return True
    if not float(n * 10).is_integer():
        return True  # "some 88.41 percent": a figure given to its hundredths is quoted with a loose word, not rounded
    if not qualifier and not told.approximate:
        return not point  # an exact figure is no rounding of another; a range is left to the intervals
    if n < 10 and float(n).is_integer() and not _DOZEN.search(told_fact.text):
        return True  # "about six", "nearly four": a few whole units, no rounding to weigh
    step = 12.0 if _DOZEN.search(told_fact.text) else last_digit_step(n)
    if not step:
        return True  # (a zero or an endless figure)
    if round(n / step) % 10 == 5 and n / step > 10:
        # "about 3.5 million", "nearly 2,500": rounded to a half, so a step is five of its digit ("about 5,000" is
        # written to its first digit alone, a step of a thousand)
        step *= 5
    if qualifier in SHORT_OF:
        return n - step <= m <= n
    if qualifier in ROUNDING_HEDGES and point:
        return abs(m - n) <= step / 2
    return True  # another hedge ("an estimated", a guess rather than a rounding) or shape: left to the intervals
