"""Places in a numbered sequence: "in the third round", "the 89th minute", "from the 12th floor",
and classes on a numbered scale ("a Category 4 hurricane").

Ordinals are not counts (issue #9: "ordinals only where they count"), but the ordinal of a round, an
inning, a minute or a floor is a claim outlets can get wrong: one says the knockout came in the third
round, another in the fourth. Only an ordinal right before one of a closed list of sequence nouns is
read, so "the first time", "the second quarter" (a period of the year) and "Fifth Avenue" are left
alone. The figure is the number in the unit of ordinals (``_ordinals.ORDINAL``, as the figure extractor
reads "her fifth title"), counting the noun, so the frames stage keys it by the noun and the comparisons
never set it against a count ("a three-story school"). A class ("Category 4") is a number on a scale, no
ordinal: it is counted as "ordinal category", which the vocabulary's ``position`` measure reads.
"""

from __future__ import annotations

import re

from consistency.extract import ExtractionContext
from consistency.extract._date_prefilter import Scan, lowered_usable, text_anchors
from consistency.extract._ordinals import ORDINAL
from consistency.model import Extraction, Quantity
from consistency.text import trie_pattern

_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_ORDINAL_WORDS = {word: n for n, word in enumerate(_WORDS, start=1)}
_NOUNS = r"round|rounds|inning|innings|minute|lap|set|frame|floor|storey|story|hole|stage|leg"
_POSITION = re.compile(
    rf"\b(?:in|at|on|from|during|of|into|before|after)\s+(?:the|its|his|her|their)\s+"
    rf"(?P<n>{'|'.join(_WORDS)}|\d{{1,3}}(?:st|nd|rd|th))[\s-](?P<noun>{_NOUNS})\b",
    re.IGNORECASE,
)


# "a Category 4 storm", "category-five hurricane": the class on a numbered scale, read the same way.
_CATEGORY = re.compile(r"\b(?P<noun>[Cc]ategory)[\s-](?P<n>[1-5]|one|two|three|four|five)\b")
_CARDINALS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
# "raised to Level 4", "a level-two alert", "rated level 1": a step on a numbered scale of alerts, restrictions,
# incidents or danger, as authorities announce them; read as the category is. Not before a measure ("the water
# level 2 metres higher") nor after a measured level ("sea level 3", "noise level 80"): those are amounts.
_LEVEL = re.compile(
    r"(?<![A-Za-z-])(?<!sea )(?<!water )(?<!noise )(?<!river )(?<!sound )(?<!blood )"
    r"(?P<noun>[Ll]evel)[ \t-](?P<n>[1-9]|one|two|three|four|five|six|seven)"
    r"(?![\w%]|[.,]\d|[ \t]*(?:m|cm|mm|km|ft|feet|foot|inches|metres|meters|percent|per|degrees|db|decibels)\b)"
)


# Characters an ignore-case match takes for an ASCII letter that ``str.lower`` does not lower to it.
_UNLOWERED_FOLDS = ("\u0130", "\u0131", "\u017f")
_DIGIT = re.compile(r"\d(?:st|nd|rd|th)", re.IGNORECASE)


def _may_hold_position(text: str) -> bool:
    """False when no match of _POSITION can be in ``text``: none of its nouns, or no ordinal. A substring
    test is far cheaper than the scan, and most articles number no round or floor."""
    if not text.isascii() and any(c in text for c in _UNLOWERED_FOLDS):
        return True
    lowered = text.lower()
    return any(noun in lowered for noun in _NOUNS.split("|")) and (
        any(word in lowered for word in _WORDS) or _DIGIT.search(text) is not None
    )


_CATEGORY_SCAN = Scan(_CATEGORY)


# What every match of _POSITION holds, lower-cased: an ordinal right before one of its nouns. Looked for in
# the lowered text with the ordinals as a trie (the engine then tries only where one starts), and apart
# for the digits (a scan for a digit alone): far cheaper than _POSITION tried at every position.
_ORDINAL_NOUN = re.compile(rf"{trie_pattern(_WORDS)}[\s-](?:{_NOUNS})\b")
_DIGIT_NOUN = re.compile(rf"\d(?:st|nd|rd|th)[\s-](?:{_NOUNS})\b")
# Cheaper still, and needed by both: one of the nouns after white space or a hyphen that an ordinal's last two
# letters stand before (every ordinal ends in "st", "nd", "rd" or "th"). Searched from the white space (a
# character class the engine skips to), it turns away most articles for under half the cost of the two above.
_ORDINAL_END_NOUN = re.compile(rf"[\s-](?<=(?:st|nd|rd|th)[\s-])(?:{_NOUNS})\b")


def _holds_position(text: str) -> bool:
    """False when no match of _POSITION can be in ``text``."""
    lowered = text_anchors(text).lowered
    if not lowered_usable(text, lowered):
        return _may_hold_position(text)
    if _ORDINAL_END_NOUN.search(lowered) is None:
        return False
    return _ORDINAL_NOUN.search(lowered) is not None or _DIGIT_NOUN.search(lowered) is not None


def extract_positions(text: str, context: ExtractionContext) -> list[Extraction]:
    del context
    found = []
    for match in _CATEGORY_SCAN.finditer(text) if "ategory" in text else ():
        word = match.group("n").lower()
        value = _CARDINALS.get(word) or int(word)
        found.append(Extraction(match.start("noun"), match.end("n"), Quantity(value, value, counted="ordinal category")))
    for match in _LEVEL.finditer(text) if "evel" in text else ():
        word = match.group("n").lower()
        value = _CARDINALS.get(word) or int(word)
        found.append(Extraction(match.start("noun"), match.end("n"), Quantity(value, value, counted="ordinal level")))
    for match in _POSITION.finditer(text) if _holds_position(text) else ():
        word = match.group("n").lower()
        value = _ORDINAL_WORDS.get(word) or int(re.sub(r"\D", "", word))
        noun = match.group("noun").lower()
        found.append(Extraction(match.start("n"), match.end("noun"), Quantity(value, value, unit=ORDINAL, counted=noun)))
    return found


__all__ = ["extract_positions"]
