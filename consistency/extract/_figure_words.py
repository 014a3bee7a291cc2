"""Parse English number words ("one hundred and twenty", "a dozen", "twenty-five") at a position.

A small state machine rather than a regex: it knows which word may follow which, so
"between five and seven" stops after "five" instead of reading 12, and "two three"
stops after "two". Decimals said aloud ("two point zero five", "nought point seven") are
read digit by digit after "point". A fraction joined by "and" ("one hundred and three
quarters") is left to the caller: the phrase stops before "and" (see ``fraction_after``).
"""

from __future__ import annotations

import re

from consistency.extract._figure_tables import (
    DENOMINATORS,
    ONES,
    ORDINAL_UNITS,
    SCALES,
    TEENS,
    TENS,
    ZERO_WORDS,
)

_FIRST_WORD = re.compile(r"[A-Za-z]+")
_AFTER_POINT_WORD = re.compile(r"[ \t]{1,3}")
# The separator is bounded so a blanked stretch of boilerplate cannot glue far-apart words together.
# A hyphen with spaces around it ("fifty - two", as tokenized copy writes it) joins like a hyphen.
_NEXT_WORD = re.compile(
    r"(?P<sep>[^\S\n]{1,3}and[^\S\n]{1,3}|[^\S\n]?-[^\S\n]?|[^\S\n]{1,3}|,[^\S\n]{1,2})(?P<word>[A-Za-z]+)"
)
# After a comma a phrase goes on only from a scale word into a count of hundreds, as a number written out in
# full is punctuated ("two hundred and twelve thousand, seven hundred and sixty"); "two thousand, five of them"
# ends at the comma.
_HUNDREDS_NEXT = re.compile(r"[A-Za-z]+[^\S\n]{1,3}hundred\b", re.IGNORECASE)
_H = r"[^\S\n]"
_SMALL = "|".join(sorted([*ONES, *TEENS, *TENS], key=len, reverse=True))
_DENOMINATOR = "|".join(sorted(DENOMINATORS, key=len, reverse=True))
# "and a half", "and three fifths", "and twenty-one hundredths": a fraction added to what comes before.
_AND_FRACTION = re.compile(
    rf"{_H}{{1,3}}and{_H}{{1,3}}(?P<n>an?|(?:{_SMALL})(?:[- ](?:{_SMALL}))?)(?:{_H}{{1,3}}|-)(?P<d>{_DENOMINATOR})"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
_POINT = re.compile(rf"{_H}{{1,3}}point{_H}{{1,3}}", re.IGNORECASE)
_DIGIT_WORD = re.compile(rf"(?:{_H}{{1,3}}|-)?(?P<w>[A-Za-z]+)")


def fraction_after(text: str, pos: int) -> tuple[float, int] | None:
    """The fraction joined by "and" at ``pos`` ("and a quarter" is 0.25), with its end; None if none.

    A singular denominator needs a numerator of one ("and a third"); "and three fifths" needs the plural.
    """
    m = _AND_FRACTION.match(text, pos)
    if m is None:
        return None
    numerator_text = m.group("n").lower()
    if numerator_text in ("a", "an"):
        numerator = 1.0
    else:
        got = parse_number_words(text, m.start("n"))
        if got is None or got[1] != m.end("n"):
            return None
        numerator = got[0]
    denominator = m.group("d").lower()
    if numerator != 1 and not denominator.endswith("s"):
        return None
    if numerator >= DENOMINATORS[denominator]:
        return None  # "and five thirds" is no share of one
    return numerator / DENOMINATORS[denominator], m.end()


def _digits_after_point(text: str, pos: int) -> tuple[str, int] | None:
    """The digits said after "point": one digit word after another ("zero three"), or one number below
    a hundred ("point seventy-one" is .71, as it is read out); None when no digit word follows."""
    digits = ""
    end = pos
    while len(digits) < 12:
        m = _DIGIT_WORD.match(text, end) if digits else _FIRST_WORD.match(text, end)
        if m is None:
            break
        word = (m.group("w") if digits else m.group()).lower()
        if word in ZERO_WORDS or word == "oh":
            digits += "0"
        elif word in ONES:
            digits += str(ONES[word])
        elif not digits and (word in TEENS or word in TENS):
            got = parse_number_words(text, pos)
            if got is None or got[0] >= 100:
                return None
            return str(int(got[0])), got[1]
        else:
            break
        end = m.end()
    return (digits, end) if digits else None


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
    if word in ("dozen", "dozens"):  # "three dozens" is read as "three dozen"
        return "dozen", 12.0
    return None


def _ordinal_after_tens(word: str, sep: str) -> bool:
    """ "-first", "-fifths", " fifths" after a tens word: an ordinal or a denominator ("thirty-fifths").
    Apart from its tens word, "second(s)" is the unit of time ("thirty seconds")."""
    single = word[:-1] if word.endswith("s") else word
    if single not in ORDINAL_UNITS:
        return False
    return sep.strip() == "-" or single != "second"


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
    elif word == "point":  # "point one percent": a decimal said aloud without its zero
        after = _AFTER_POINT_WORD.match(text, first.end())
        tail = _digits_after_point(text, after.end()) if after else None
        if tail is None:
            return None
        return float("0." + tail[0]), tail[1], 2
    elif word in ZERO_WORDS and word not in ONES:  # "nought point seven": a zero said so only before a decimal point
        point = _POINT.match(text, first.end())
        tail = _digits_after_point(text, point.end()) if point else None
        if tail is None:
            return None
        return float("0." + tail[0]), tail[1], 2
    else:
        kind = _kind(word)
        if kind is None or kind[0] in ("hundred", "scale", "dozen"):
            return None
        last, current = kind[0], kind[1]
    end = first.end()
    count = 1
    i = end
    before_tens: tuple[float, float, str, int, int] | None = None  # the phrase before its last tens word
    while count < 12:  # no real number phrase is longer; bounds the work on hostile text
        m = _NEXT_WORD.match(text, i)
        if m is None:
            break
        word = m.group("word").lower()
        if m.group("sep").startswith(",") and (last != "scale" or not _HUNDREDS_NEXT.match(text, m.start("word"))):
            break
        kind = _kind(word)
        if kind is None:
            if last == "tens" and _ordinal_after_tens(word, m.group("sep")):
                if before_tens is None:
                    if m.group("sep").strip() == "-":
                        return None  # "the twenty-first century": an ordinal
                    break
                # "one hundred thirty-fifths": 100 over 35; the tens word starts the denominator
                total, current, last, end, count = before_tens
            break
        with_and = "and" in m.group("sep")
        hyphen = m.group("sep").strip() == "-"
        if with_and and fraction_after(text, i) is not None:
            break  # "one hundred and three quarters": 100 plus a fraction, for the caller to add
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
            before_tens = (total, current, last, end, count) if what == "tens" and not with_and else None
            current += value
        elif what == "hundred":
            if last not in ("one", "teen", "tens", "a") or hyphen or current >= 100:
                break
            current *= 100.0
        elif what == "scale" and last == "scale" and value > largest_scale and not hyphen and not with_and:
            total *= value  # "three lakh crore", "a thousand million": a scale of a scale
            largest_scale = value
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
            if last not in ("one", "a", "teen") or hyphen or current >= 20:
                break  # "three hundred and two dozen" is no 3,624
            current *= 12.0
        else:  # "zero" never continues a phrase
            break
        last = what
        end = m.end()
        i = end
        count += 1
    if last == "a":
        return None
    value = total + current
    point = _POINT.match(text, end) if last not in ("scale", "dozen") else None
    tail = _digits_after_point(text, point.end()) if point is not None and value.is_integer() else None
    if tail is not None:  # "two hundred point zero three"
        value, end = float(f"{int(value)}.{tail[0]}"), tail[1]
        count += 2
    return value, end, count
