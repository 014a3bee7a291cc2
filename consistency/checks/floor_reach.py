"""How far above its number an open lower bound of a measure ("more than 4.5 percent", "at least 9.80 an hour") reaches.

A writer who says "more than 4.5 percent" had a figure a little past 4.5 and rounded it down to the digit the number
is written to: 4.6 fits, 6.4 does not (another figure, or the same digits slipped). Read as an open interval the bound
held any larger figure, so a figure far above it passed as "one figure is vaguer". Counts keep the open reading: a
count may still be growing, and a bare count far past "more than 300" was as often a later tally as a slip (closing
counts too found more conflicts on the sets it was fitted on and added more false ones than it found on held-out
sets). Alignment keeps the open reading too (there a wide reach only lets two versions of one claim meet).
"""

from __future__ import annotations

import dataclasses
import re

from consistency.model import Fact, Quantity
from consistency.shares import written_as_share
from consistency.values import last_digit_step

# Open lower bounds read as the figure rounded down. Not "well over" (it says the figure is far past), "just over"
# (``values.quantity_interval`` reads it tighter still), "beyond", nor the bounds written after the figure ("20 or
# more", "50+"), which name a threshold more often than a rounded count.
ROUNDED_DOWN = frozenset({
    "more than", "over", "at least", "upwards of", "in excess of", "above", "no fewer than", "no less than",
    "not less than", "a minimum of", "exceeding", "greater than", "over than", "more then",
})  # fmt: skip

# How many steps of its last written digit past its number a bound reaches ("more than 20" up to 35, "more than
# 1,100" up to 1,250), and the least share of its number it reaches whatever its digits ("more than 75 cm" holds 80).
FLOOR_STEPS = 1.5
FLOOR_LEAST = 0.1

# "more than a dozen", "at least two dozen": counted in dozens, so a step is a dozen.
_DOZEN = re.compile(r"\bdozens?\Z", re.IGNORECASE)


def _ends_in_five(x: float, step: float) -> bool:
    """Whether a number's last written digit is a five (3,500 to the hundred, 4.5 to the tenth)."""
    return step > 0 and round(abs(x) / step) % 10 == 5


def floor_reach(fact: Fact, value: Quantity) -> Quantity:
    """``value`` with an open lower bound closed where its rounding ends (``FLOOR_STEPS``, ``FLOOR_LEAST``); any
    other figure as it is."""
    if (
        (value.qualifier or "") not in ROUNDED_DOWN or value.vague or value.low is None or value.high is not None
        or value.low <= 0 or value.unit is None or written_as_share(fact)
    ):
        return value
    if value.low < 10 and float(value.low).is_integer() and not _DOZEN.search(fact.text):
        # "at least four months", "more than two hours", "killed at least one": a few whole units are a threshold
        # passed, not a figure rounded down (3 hours 50 minutes is more than two hours)
        return value
    step = 12.0 if _DOZEN.search(fact.text) else last_digit_step(value.low)
    if _ends_in_five(value.low, step):
        step *= 5  # "more than 3,500", "over 4.5 percent": rounded down to a half, so a step is five of its digit
    reach = max(FLOOR_STEPS * step, FLOOR_LEAST * value.low)
    return dataclasses.replace(value, high=value.low + reach)
