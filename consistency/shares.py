"""A share written as a fraction is a percentage: "a fifth", "one in five", "two-thirds" -> percent.

Outlets give one share both ways: "a third of the stations" and "33% of stations", "fell by a fifth"
and "down 21 percent". Read as they are written, the fraction is a bare 0.2 and the percentage 20 in
percent, two figures no comparison can weigh against each other and no frame puts in one slot. So a
figure the extractor read from a fraction in words or a ratio ("one in five", "2 out of 10"), with no
unit and no scale, is turned into the percentage it stands for before framing. A fraction in words is
a round figure: "a third" is what an outlet writes for 33 or 34 percent, so it is read as approximate
(alignment lets it meet the percentages near it), and comparisons give it a point and a half either
way (``ROUNDING``) rather than a hedge's tenth: "nine in ten" against "90 percent" is still the same
figure, against "86.4%" another.

Fractions of a unit ("a quarter of a mile", "half an hour") carry the unit and stay as they are, as
do fractions of a scale ("half a million"): those are amounts, not shares.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Sequence

from consistency.extract._figure_tables import DENOMINATORS
from consistency.model import Fact, Quantity

_DENOMINATOR = "(?:" + "|".join(sorted(DENOMINATORS, key=len, reverse=True)) + ")"
# The whole surface is a share: a hedge, then a fraction in words ("more than a fifth", "two-thirds",
# "one in five", "2 out of 10", "nine in ten").
_SHARE = re.compile(
    rf"^(?:[a-z]+(?:\s+than)?\s+)?(?:(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+{_DENOMINATOR}"
    rf"|{_DENOMINATOR}"
    # any denominator the extractor reads as a ratio: "one in seventeen", "one in 12", "three in 1,000"
    r"|(?:\w+)\s+(?:in|out\s+of)\s+(?:[a-z]+(?:-[a-z]+)?|\d{1,3}(?:,\d{3})+|\d{1,6}))$",
    re.IGNORECASE,
)

# "a quarter of a mile", "a third of an inch", "half of a second": a fraction of one thing, an amount;
# "a third of a country's homes" is still a share.
_OF_ONE_THING = re.compile(r"\s+of\s+an?\s+[\w-]+(?!['’]s)\b(?!['’])", re.IGNORECASE)

ROUNDING = 1.5  # percentage points a share in words may stand for either way


def in_percent(facts: Sequence[Fact]) -> list[Fact]:
    """The facts, each share in words replaced by its percentage; everything else unchanged."""
    return [_share_in_percent(f) if _is_share(f) else f for f in facts]


def written_as_share(fact: Fact) -> bool:
    """A percentage read from a fraction in words (after ``in_percent``)."""
    value = fact.value
    return isinstance(value, Quantity) and value.unit == "percent" and _reads_as_share(fact.text)


@functools.lru_cache(maxsize=4096)  # asked for both sides of every pair of figures a slot judges
def _reads_as_share(text: str) -> bool:
    return bool(_SHARE.match(text.strip()))


def _is_share(fact: Fact) -> bool:
    value = fact.value
    if not isinstance(value, Quantity) or value.unit is not None or value.vague:
        return False
    bounds = [b for b in (value.low, value.high) if b is not None]
    if not bounds or not all(0 < b <= 1 for b in bounds) or not _reads_as_share(fact.text):
        return False
    return not _OF_ONE_THING.match(fact.sentence, fact.end - fact.sentence_start)


def _share_in_percent(fact: Fact) -> Fact:
    value = fact.value
    assert isinstance(value, Quantity)
    low = None if value.low is None else round(value.low * 100, 2)
    high = None if value.high is None else round(value.high * 100, 2)
    share = dataclasses.replace(
        value, low=low, high=high, unit="percent",
        approximate=value.approximate or (value.low == value.high and not value.qualifier),
    )
    return dataclasses.replace(fact, value=share)
