"""Parse English number words ("one hundred and twenty", "a dozen", "twenty-five") at a position.

A small state machine rather than a regex: it knows which word may follow which, so
"between five and seven" stops after "five" instead of reading 12, and "two three"
stops after "two".
"""

from __future__ import annotations

import re

from consistency.extract._figure_tables import ONES, SCALES, TEENS, TENS

_FIRST_WORD = re.compile(r"[A-Za-z]+")
# The separator is bounded so a blanked stretch of boilerplate cannot glue far-apart words together.
_NEXT_WORD = re.compile(r"(?P<sep>[^\S\n]{1,3}and[^\S\n]{1,3}|[^\S\n]{1,3}|-)(?P<word>[A-Za-z]+)")


def _kind(word: str) -> tuple[str, float] | None:
    if word in ONES:
        return ("zero" if word == "zero" else "one", float(ONES[word]))
    if word in TEENS:
        return "teen", float(TEENS[word])
    if word in TENS:
        return "tens", float(TENS[word])
    if word == "hundred":
        return "hundred", 100.0
    if word in SCALES:
        return "scale", SCALES[word]
    if word == "dozen":
        return "dozen", 12.0
    return None


def parse_number_words(text: str, pos: int) -> tuple[float, int, int] | None:
    """Read number words starting at ``pos``; return (value, end, word count) or None.

    "a" counts as one only before "hundred", "thousand", "million", ... or "dozen".
    The phrase ends at the first word that cannot continue it.
    """
    first = _FIRST_WORD.match(text, pos)
    if first is None:
        return None
    word = first.group().lower()
    total = 0.0
    current = 0.0
    last: str
    largest_scale = float("inf")
    if word == "a" or word == "an":
        last, current = "a", 1.0
    else:
        kind = _kind(word)
        if kind is None or kind[0] in ("hundred", "scale", "dozen"):
            return None
        last, current = kind[0], kind[1]
    end = first.end()
    count = 1
    i = end
    while count < 12:  # no real number phrase is longer; bounds the work on hostile text
        m = _NEXT_WORD.match(text, i)
        if m is None:
            break
        word = m.group("word").lower()
        kind = _kind(word)
        if kind is None:
            break
        with_and = "and" in m.group("sep")
        hyphen = m.group("sep") == "-"
        what, value = kind
        if with_and and (last not in ("hundred", "scale") or what not in ("one", "teen", "tens")):
            break
        if what == "one":
            ok = last in ("hundred", "scale") or (last == "tens" and current % 10 == 0 and not with_and)
            if not ok:
                break
            current += value
        elif what in ("teen", "tens"):
            if last not in ("hundred", "scale") or hyphen:
                break
            current += value
        elif what == "hundred":
            if last not in ("one", "teen", "tens", "a") or hyphen or current >= 100:
                break
            current *= 100.0
        elif what == "scale":
            if (
                last not in ("one", "teen", "tens", "a", "hundred", "dozen")
                or hyphen
                or value >= largest_scale
            ):
                break
            total += current * value
            current = 0.0
            largest_scale = value
        elif what == "dozen":
            if last not in ("one", "a", "teen") or hyphen:
                break
            current *= 12.0
        else:  # "zero" never continues a phrase
            break
        last = what
        end = m.end()
        i = end
        count += 1
    if last == "a":
        return None
    return total + current, end, count
