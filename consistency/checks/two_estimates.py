"""Whether a hedged or bounded figure was written from the other outlet's number, or is a second estimate.

Two outlets crediting two sources ("at least 23 dead, the ministry said"; "as many as 40, the doctors' union said") give
two estimates, even when one interval holds the other: a hedge or a bound says how a writer rounded the figure they had,
not that any figure inside its reach is theirs. "More than 4,000" is what a writer who had 4,310 writes, not one who had
6,200 (they would write "more than 6,000"); "about 9,200" is 9,150 to 9,250, not 9,600; "up to 5,000" is the top of an
estimate whose speaker did not expect 3,400. One source's figure rounded by another outlet is one figure, so this is
read only for two credited sources (``comparisons``); a figure with no source of its own keeps the interval reading.
"""

from __future__ import annotations

import re

from consistency.checks.floor_reach import FLOOR_STEPS, ROUNDED_DOWN
from consistency.model import Fact, Quantity
from consistency.shares import written_as_share
from consistency.values import ROUNDING_HEDGES, SHORT_OF, last_digit_step, stated_number

# Open lower bounds: the writer had a figure a little past the number and rounded it down.
_FLOORS = ROUNDED_DOWN | {"just over", "a little more than"}
# Upper bounds: the writer's figure, or the top of the estimate they report, is the number.
_TOPS = frozenset({
    "up to", "as many as", "as much as", "at most", "a maximum of", "maximum of", "no more than", "not more than",
    "within", "under", "less than", "fewer than", "below", "just under",
})  # fmt: skip

_DOZEN = re.compile(r"\bdozens?\b", re.IGNORECASE)


def one_figure_told_two_ways(a: Fact, qa: Quantity, b: Fact, qb: Quantity) -> bool:
    """Whether one figure's number is the other's as its hedge or bound was written from it ("more than 4,000" and
    "4,310", "about 9,200" and "9,240", "nearly 3,000" and "2,870"); shapes this does not weigh (ranges, vague amounts,
    shares, a few whole units) count as one figure, left to the interval reading."""
    return _written_from(a, qa, qb) or _written_from(b, qb, qa)


def _written_from(told_fact: Fact, told: Quantity, other: Quantity) -> bool:
    n, m = stated_number(told), stated_number(other)
    if n is None or m is None or n == m or written_as_share(told_fact) or told.vague:
        return True  # another hedge ("an estimated", a guess rather than a rounding) or shape: left to the intervals
    qualifier = (told.qualifier or "").lower()
    point = told.low is not None and told.low == told.high
    if not qualifier and not told.approximate:
        return not point  # an exact figure is no rounding of another; a range is left to the intervals
    if n < 10 and float(n).is_integer() and not _DOZEN.search(told_fact.text):
        return True  # "at least four", "up to six": a few whole units are a threshold, not a rounded figure
    step = 12.0 if _DOZEN.search(told_fact.text) else last_digit_step(n)
    if not step:
        return True  # another hedge ("an estimated", a guess rather than a rounding) or shape: left to the intervals
    if round(n / step) % 10 == 5 and n / step > 10 and qualifier in _FLOORS | _TOPS:
        # "more than 3,500", "up to 4.5 percent": rounded to a half, so a step is five of its digit ("up to 5,000" is
        # written to its first digit alone, a step of a thousand)
        step *= 5
    if qualifier in _FLOORS:
        return n <= m <= n + FLOOR_STEPS * step
    if qualifier in _TOPS:
        return n - FLOOR_STEPS * step <= m <= n
    if qualifier in SHORT_OF:
        return n - step <= m <= n
    if qualifier in ROUNDING_HEDGES and point:
        return abs(m - n) <= step / 2
    return True  # another hedge ("an estimated", a guess rather than a rounding) or shape: left to the intervals
