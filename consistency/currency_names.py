"""Which currencies an amount may be in when its writer named the currency only by a name or symbol that several
countries share.

The figure extractor reads a bare "$", "dollars" or "cents" as US dollars, "£" and "pounds" as sterling, "¥" as
yen and "rupees" as Indian rupees: the currency most news means by them. A story told in a country with its own
dollar, pound, yen or rupee writes the same names for its own currency, so a Sydney paper's "$21.4 million" and a
wire's "A$21.4m" are one amount, and "21.4 million dollars" against "AUD 21.4m" is no disagreement. An amount whose
currency the writer did pin down ("US$", "A$", "Australian dollars", "USD", "sterling") is read as written.

Whether a story is told in such a country the pair of amounts alone often cannot say: a local paper's bare "$285
million" and a trade site's "about USD 210 million" read alike as US dollars. The story's other reports can: one
names the country's own dollar, by a code ("A$", "AUD") or by its name ("Zimbabwe dollars"), or gives the same
number under a code no table knows. ``story_currencies`` gathers that once per event.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Mapping
from functools import lru_cache

from consistency.coded_amounts import code_of
from consistency.model import Fact, Quantity

# The currency the extractor reads a shared name as, and the others that name may mean in a story told elsewhere
# (the currencies called dollar, pound, yen/yuan written with one symbol, and rupee, as ISO 4217 lists them).
SHARING: dict[str, frozenset[str]] = {
    "USD": frozenset(
        "AUD CAD NZD HKD SGD TWD JMD TTD BSD BBD BZD FJD NAD LRD GYD SRD XCD BND KYD BMD SBD ZWL".split()
    ),
    "GBP": frozenset("EGP LBP SYP SDG SSP FKP GIP SHP".split()),
    "JPY": frozenset({"CNY"}),
    "INR": frozenset("PKR LKR NPR MUR SCR".split()),
    # Names the extractor keeps as a word because no one currency owns them: each is read as whichever of its
    # countries' currencies the other outlet names ("francs" beside "CHF").
    "franc": frozenset("CHF XOF XAF XPF CDF BIF DJF GNF KMF RWF".split()),
    "krone": frozenset({"DKK", "NOK"}),
    "krona": frozenset({"SEK", "ISK"}),
    "koruna": frozenset({"CZK"}),
    "lira": frozenset({"TRY"}),
    "leu": frozenset({"RON", "MDL"}),
    "dinar": frozenset("DZD BHD IQD JOD KWD LYD RSD TND".split()),
    "peso": frozenset("ARS CLP COP DOP MXN PHP UYU".split()),
    "shilling": frozenset({"KES", "UGX", "TZS"}),
    "rial": frozenset({"IRR", "OMR", "YER"}),
    "kwacha": frozenset({"MWK", "ZMW"}),
    "manat": frozenset({"AZN", "TMT"}),
}
# A shared name or symbol as written in an amount's text.
_SHARED = re.compile(
    r"[$£¥]|\b(?:dollars?|cents?|bucks|pounds?|pence|rupees?|rs\.?|francs?|kron[ae]r?|korun[ay]s?|lira|lei|leu"
    r"|dinars?|pesos?|shillings?|rials?|kwacha|manat)(?![a-z])",
    re.IGNORECASE,
)
# What pins a shared name to one currency: a letter glued before the symbol ("US$", "A$", "E£"), an ISO code, a
# country's (or any capitalised) word before the name ("Australian dollars", "U.S. dollars", "Hong Kong dollars"),
# "sterling", "greenback".
_PINNED = re.compile(
    r"[A-Za-z]\.?[$£¥]|\bU\.?S\.?\s[$]|\b[A-Z]{3}\b|(?:\b[A-Z][A-Za-z]*\.?|\bU\.S\.)\s+(?:dollars?|pounds?|rupees?|cents?|francs?|dinars?|pesos?|shillings?)\b"
    r"|\bsterling\b|\bgreenbacks?\b",
)


@lru_cache(maxsize=8192)
def may_also_be(unit: str | None, text: str) -> frozenset[str]:
    """The other currencies an amount read as ``unit`` from ``text`` may be in: empty unless ``unit`` is the reading
    of a shared name and ``text`` names the currency by that name alone."""
    others = SHARING.get(unit or "")
    if not others or _SHARED.search(text) is None or _PINNED.search(text) is not None:
        return frozenset()
    return others


# The counted word of an amount in a currency named after its country ("285 million Kestrian dollars", which the
# extractor keeps without a unit, counting "dollars") -> the reading the bare name gets.
_NAMED_AS = {
    "dollars": "USD", "dollar": "USD", "cents": "USD", "pounds": "GBP", "pound": "GBP", "pence": "GBP",
    "yen": "JPY", "rupees": "INR", "rupee": "INR",
}  # fmt: skip


# The reading an amount gets when it may be in the story's own currency of a shared name, whose rate no table knows:
# "local:USD" for a country's own dollar, written "$" by its outlets, "QXR 314m" by a code no table knows, or "314
# million Dusmoran dollars" by its country's name.
LOCAL = "local:"


def local_readings(fact: Fact) -> frozenset[str]:
    """The story's own currencies an amount may be in (``LOCAL`` readings), beside the tables' currencies: for an
    amount by a shared name its writer did not pin ("$341 million", "£370m"), that name's own currency in the story's
    country; for an amount by a currency code no table knows ("QXR 314m"), the own currency of any shared name; for
    one named after its country ("350 Dusmoran dollars", kept without a unit), that name's. Empty for any other
    amount: a pinned name ("US$", "USD 250 million") or a bare count is read as written."""
    value = fact.value
    if not isinstance(value, Quantity):
        return frozenset()
    if value.unit is not None:
        return frozenset({LOCAL + value.unit}) if may_also_be(value.unit, fact.text) else frozenset()
    named = _NAMED_AS.get((value.counted or "").lower())
    if named is not None:
        return frozenset({LOCAL + named})
    return frozenset(LOCAL + name for name in SHARING) if code_of(fact) else frozenset()


def in_local_currency(fa: Fact, qa: Quantity, fb: Fact, qb: Quantity) -> tuple[Quantity, Quantity]:
    """Two amounts of one claim, one without a unit by a code no table knows or by its country's name ("QXR 314m",
    "350 Dusmoran dollars"), the other by a shared name its writer did not pin ("$341 million"): the story's own
    currency written two ways, so the first is read in the second's unit and the two are compared as numbers (a
    digit swapped is a conflict, not an unknown rate). Otherwise both as given."""
    for bare, f, named, g in ((qa, fa, qb, fb), (qb, fb, qa, fa)):
        if bare.unit is None and named.unit is not None and local_readings(g) & local_readings(f):
            moved = dataclasses.replace(bare, unit=named.unit)
            return (moved, named) if bare is qa else (named, moved)
    return qa, qb


def story_currencies(facts: Iterable[Fact]) -> Mapping[str, frozenset[str | None]]:
    """For each reading of a shared name (USD for a bare "$"), the currencies of that name the event's reports name
    besides it: a code another country's dollar has ("A$", "AUD"), or None for a currency no table knows, named
    after its country ("Kestrian dollars") or written by a code no table knows ("KSD 285m") beside the same number
    under the bare name. Empty for a story whose reports name no other: the bare name keeps its usual reading."""
    amounts = [f for f in facts if isinstance(f.value, Quantity)]
    found: dict[str, set[str | None]] = {}
    bare_numbers: dict[float, set[str]] = {}
    for f in amounts:
        value = f.value
        assert isinstance(value, Quantity)
        if value.unit is None:
            reading = _NAMED_AS.get((value.counted or "").lower())
            if reading is not None:
                found.setdefault(reading, set()).add(None)
            continue
        for reading, others in SHARING.items():
            if value.unit in others and not may_also_be(value.unit, f.text):
                found.setdefault(reading, set()).add(value.unit)
        if value.low is not None and may_also_be(value.unit, f.text):
            bare_numbers.setdefault(value.low, set()).add(value.unit)
    for f in amounts:
        value = f.value
        assert isinstance(value, Quantity)
        if value.unit is None and value.low in bare_numbers and code_of(f):
            for reading in bare_numbers[value.low]:
                found.setdefault(reading, set()).add(None)
    return {reading: frozenset(units) for reading, units in found.items()}
