"""Which currencies an amount may be in when its writer named the currency only by a name or symbol that several
countries share.

The figure extractor reads a bare "$", "dollars" or "cents" as US dollars, "£" and "pounds" as sterling, "¥" as
yen and "rupees" as Indian rupees: the currency most news means by them. A story told in a country with its own
dollar, pound, yen or rupee writes the same names for its own currency, so a Sydney paper's "$21.4 million" and a
wire's "A$21.4m" are one amount, and "21.4 million dollars" against "AUD 21.4m" is no disagreement. An amount whose
currency the writer did pin down ("US$", "A$", "Australian dollars", "USD", "sterling") is read as written.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
