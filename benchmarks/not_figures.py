"""Which gold spans of a figures corpus tag what issue #9 says is not a figure.

Issue #9 (dates and figures) lists what our figure extractor must NOT take as a figure: years,
dates, times, ordinals in names, product and model names, phone numbers, addresses, scores in team
names, list markers. Recognizers-Text's Number model tags every number it sees, these included
("192.168.1.2" is four numbers to it, "SCP-173" holds the number 173). A case whose gold tags one of
them asks the opposite of what #9 asks of us, so the figures suite prints a second row over the cases
#9 counts as figures, beside the row over all cases, and says how many it set aside and why.

The classifier reads only the case's text and its gold spans (never our output): each rule looks at
the gold span and the characters around it. A case is set aside under the first category one of its
gold spans falls in; a case with no gold span is never set aside (there is nothing to classify).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_WINDOW = 24  # characters of context either side of a gold span that a rule may look at

# Each category: a pattern that matches the whole thing (date, phone number, ...) in the context; a
# gold span inside one of its matches falls in the category. Order matters only for the report.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
CATEGORIES: dict[str, re.Pattern[str]] = {
    # a numeric date, day-month-year in either order ("4/12/2019", "2019-04-12")
    "date": re.compile(r"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{1,2}-\d{1,2})(?![\d/])"
                       rf"|\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b", re.IGNORECASE),
    # a clock time ("7:45", "2 pm", "11 a.m.")
    "time": re.compile(r"\b\d{1,2}(?::\d{2})?\s?(?:[ap]\.m\.|[ap]m\b)|\b\d{1,2}:\d{2}\b", re.IGNORECASE),
    # a telephone number: a leading "+" and digit groups, or three or more hyphenated groups
    "phone number": re.compile(r"\+\d{1,3}(?:[\s/-]\(?\d{2,5}\)?){2,}|\(\d{3}\)\s?\d{3}-\d{4}"
                               r"|\b\d{3}-\d{3}-\d{4}\b"),
    # a network address ("10.0.0.7") or a street number before a street word
    "address": re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])"
                          r"|\b\d{1,5}\s+[A-Z][a-z]+\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Lane)\b"),
    # a product or model name: a capitalised code joined to the number by a hyphen ("KX-450")
    "product or model name": re.compile(r"\b[A-Z][A-Za-z]{0,5}-\d+[A-Za-z]?\b"),
    # a list marker or an item's label: numbers after "no.", "nr.", "nrs." or "#" name items
    "list marker or label": re.compile(r"(?:\b(?:nos?|nrs?|numbers?)\.?|#)\s*\d+(?:\s*,\s*\d+)*", re.IGNORECASE),
}


def category_of_span(text: str, start: int, end: int) -> str | None:
    """The category of #9's non-figures that the gold span ``text[start:end]`` falls in, or None."""
    lo, hi = max(0, start - _WINDOW), min(len(text), end + _WINDOW)
    for name, pattern in CATEGORIES.items():
        for m in pattern.finditer(text, lo, hi):
            if m.start() <= start and end <= m.end():
                return name
    return None


def category_of_case(text: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """The category of the first gold span of the case that #9 says is not a figure; None: a case of figures."""
    for start, end in spans:
        found = category_of_span(text, start, end)
        if found is not None:
            return found
    return None
