"""Find figures (counts, money, percentages, measures) in news English and normalize them to Quantity.

How it works: one compiled regex finds candidate starts (a digit, a number word, a
vague plural such as "billions"); at each candidate, anchored regexes read the
number, a scale ("million", "bn"), a unit or currency, a range partner and a hedge
("about", "more than"), and reject what is not an amount (codes such as "Su-34",
ordinals, dates, times, phone numbers, "one" as a pronoun). Ordinals that say which one of a counted
series ("her fifth title", "the twenty-third floor", "ranked 41st") are read apart, after the scan
(``_ordinals.ordinals``), as figures of the unit ``ordinal``: never a count. Every regex is anchored
or bounded, so the work is linear in the text and hostile input cannot make it
backtrack; rapidfuzz is called at most once per figure, only in money context.

Conventions (what a rule can rely on):
- ``Extraction.start/end`` cover the figure as written, hedge included: "around $8 billion",
  "between 5 and 7 percent", "billions of dollars". The counted noun is not part of the span.
- A figure followed by a time word is skipped ("three years of reporting", "two weeks ago"), except
  in forms that can only be a duration or an age. Durations: a compound before a noun ("a 48-hour
  strike": 48 h, counted "strike") or a number after "for", "in", "over", "after", "within", "lasted",
  "spent" ("deliberated for three hours", "in more than a century": at least 100 years), a term ("serve nine
  months", "carries up to 15 years") or a level a verb moves it to ("fell to 76.4 years", "capped at 30
  days"), or time by the period ("90 minutes a week", "up to 48 hours a week": its frame reads a rate); with
  no lead, after a copula or a colon ("the margin was 41 seconds", "Crossing time: 85
  minutes"), in seconds, or not whole ("81.6 years"); a stopwatch's time after "in" or "of" ("won in
  4:06": 246 s, ``_race_times``). Units are
  "s", "min", "h", "day", "week", "month", "year"; decades and centuries are read as years. Ages
  ("a 45-year-old man", "aged 45", "Jane Roe, 45,") have the unit "years old" (or "months old", ...),
  a dimension of their own. Years ("2023"), dates ("April 10") and clock times are skipped.
- Earthquake magnitudes ("a 6.9-magnitude quake", "magnitude-7.1", "5.4 on the Richter scale") have
  the unit "magnitude"; the span takes in the word "magnitude" or the scale phrase.
- "pounds" is money (GBP) unless followed by "of" or after a "weigh..." verb (then weight, "lb").
- Upper bounds ("up to 5") have ``low=None``; lower bounds ("more than 10") ``high=None``.
- Ordinals have the unit "ordinal" and their noun as ``counted`` ("her fifth title": 5, "title"; "ranked
  41st": 41, "place"; "the second-largest": 2, "largest"); the span is the ordinal alone (with its
  superlative). Not read: "first"/"1st", dates and centuries, names ("Second Avenue"), "a second",
  fractions ("a third of", "two-thirds": shares, read by the scan) and "second" as a time unit.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

try:  # the engine's own case folding, to write tries that match as alternations do
    from _sre import unicode_tolower as _unicode_tolower
    from re._casefix import _EXTRA_CASES
except ImportError:  # pragma: no cover
    _EXTRA_CASES = {}
    _unicode_tolower = None

from consistency.extract import ExtractionContext
from consistency.extract._attribution_lexicon import COMPANY_WORDS, ORG_WORDS
from consistency.extract._date_prefilter import (
    ASCII_FOLDS,
    CLOCK_HOUR_FOLLOWERS,
    Needles,
    Scan,
    ends_at_end,
    lowered_usable,
    matches,
    reach,
    text_anchors,
)
from consistency.extract._figure_tables import (
    AFTER_APPROX,
    AFTER_LOWER,
    AFTER_UPPER,
    AGE_UNITS,
    APPROXIMATE,
    ATTACHED_ONLY_UNITS,
    COMPOUND_TIME_WORDS,
    COMPOUND_UNITS,
    COUNTED_STOP,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DENOMINATORS,
    DURATION_LEADS,
    DURATION_WORDS,
    FUZZY_CURRENCY_WORDS,
    FUZZY_SCALE_WORDS,
    FUZZY_STOPLIST,
    IDENTIFIER_CUES,
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PLURALS,
    IRREGULAR_VERBS,
    LOWER_BOUND,
    MINOR_CURRENCY_WORDS,
    MONTHS,
    ONES,
    PER_TIME_UNITS,
    PERSON_NOUNS,
    POSTFIX_CURRENCY_SYMBOLS,
    PREFIX_CODES,
    RATE_DENOMINATOR_DIMENSIONS,
    RATE_NUMERATOR_DIMENSIONS,
    SCALE_ABBREVIATIONS,
    SCALED_CURRENCY_WORDS,
    SCALES,
    SHORT_TIME_UNITS,
    TEENS,
    TENS,
    TIME_WORDS,
    UNIT_WORDS,
    UNITS,
    UPPER_BOUND,
    VAGUE_COUNTS,
    VAGUE_MULTIPLIERS,
    VAGUE_PLURALS,
    WEEKDAYS,
)
from consistency.extract._figure_words import fraction_after, parse_number_words
from consistency.extract._hedged_years import HEDGES, dated_by_words
from consistency.extract._ordinals import ordinals
from consistency.extract._race_times import race_times
from consistency.model import Extraction, Quantity
from consistency.text import STOPWORDS, trie_pattern

__all__ = ["extract_figures", "refers_back", "same_dimension", "same_unit_dimension", "to_base"]

# Horizontal white space: blanked boilerplate is spaces, so it reads as ordinary white space; a
# newline still separates (a headline number never joins the unit on the next line).
_H = r"[^\S\n]"


def _alternation(words: object) -> str:
    """A regex alternation of literal phrases, longest first, inner spaces as bounded white space."""
    # Longest first, then in code point order: the same pattern in every process, whatever the hashes.
    phrases = sorted({str(w) for w in words}, key=lambda p: (-len(p), p))  # type: ignore[attr-defined]
    return "|".join(re.escape(p).replace(r"\ ", _H + "{1,3}") for p in phrases)


def _ci_alternation(words: object) -> str:
    """The phrases as an alternation for ignore-case patterns only: what ``_alternation`` matches, written
    as a trie of the lower-cased phrases ("k(?:g|m(?:/h)?)|...").

    The engine tries an alternation's phrases one after the other (several hundred for the units), a trie
    only the branch of the next character. Both try the phrases that fit the text longest first, so they
    match the same: the matched text leads through the trie along one path (no two branches of a node take
    the same character once cased alike, checked against the engine's own extra case folds), and along it
    the deeper phrase, the longer one, comes first. Any doubt (a character that lower-cases to two, a
    doubled space) keeps the plain alternation."""
    phrases = {str(w) for w in words}  # type: ignore[attr-defined]
    lowered = {p.lower() for p in phrases}
    if _unicode_tolower is None or any("  " in p or not p for p in lowered) or any(
        len(c.lower()) != 1 or ord(c.lower()) != _unicode_tolower(ord(c)) for p in phrases for c in p
    ):
        return _alternation(phrases)
    root: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in lowered:
        node = root
        for char in phrase:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str | None:  # type: ignore[type-arg]
        chars = [c for c in node if c]
        if any(ord(b) in _EXTRA_CASES.get(ord(a), ()) for a in chars for b in chars):
            return None
        branches = []
        for char in sorted(chars):
            rest = emit(node[char])
            if rest is None:
                return None
            branches.append((_H + "{1,3}" if char == " " else re.escape(char)) + rest)
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    trie = emit(root)
    return _alternation(phrases) if trie is None else trie


_NUMBER_WORDS = _ci_alternation([*ONES, *TEENS, *TENS])
_SCALE_WORDS = _ci_alternation(SCALES)

_TIME_WORDS = _ci_alternation(TIME_WORDS)
_CANDIDATE = re.compile(
    r"\d"
    rf"|\b(?:{_NUMBER_WORDS}|dozens|hundreds|thousands|millions|billions|trillions)\b"
    rf"|\b(?:nought|naught)(?={_H}{{1,3}}point\b)"  # "nought point seven"
    # "grew point one percent": a decimal said aloud without its zero, only before a percentage (not "at this
    # point two men ran")
    rf"|(?<!this )(?<!that )(?<!the )(?<!one )(?<!some )(?<!any )(?<!a )(?<!no )(?<!which )(?<!what )(?<!each )"
    rf"(?<!every )(?<!first )(?<!last )(?<!next )(?<!high )(?<!low )(?<!key )\bpoint(?=(?:{_H}{{1,3}}(?:zero|nought|oh|one|two|three|four|five|six|seven|eight|nine))"
    rf"{{1,3}}{_H}{{1,3}}(?:percent|per{_H}{{1,3}}cent|percentage)\b)"
    rf"|\b(?:an?|tens|several|many|few|half)(?={_H}{{1,3}}(?:few{_H}{{1,3}}|a{_H}{{1,3}}|of{_H}{{1,3}})?"
    rf"(?:dozen|hundred|thousand|million|billion|trillion)s?\b)"
    rf"|\b(?:an?|several|few)(?={_H}{{1,3}}(?:few{_H}{{1,3}})?(?:{_TIME_WORDS})(?![A-Za-z]))"  # "for a week"
    rf"|\b(?:an?|one)(?={_H}{{1,3}}(?:half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth"
    rf"|thousandth|millionth|billionth|trillionth)\b)"
    rf"|\bhalf(?={_H}{{1,3}}of\b)"  # "a third of", "half of the voters"
    rf"|(?:(?<=than{_H})|(?<=nearly{_H})|(?<=almost{_H}))half(?![A-Za-z-]|{_H}{{1,3}}an?{_H})"  # "more than half the staff"
    rf"|\bquarter(?={_H}{{1,3}}(?:thousand|million|billion|trillion)\b)"  # "quarter million"
    rf"|\b(?:half|quarter)(?=(?:{_H}{{1,3}}of)?(?:{_H}{{1,3}}an?)?(?:{_H}{{1,3}}|-)(?:percentage{_H}{{1,3}})?points?\b)"  # "half a point"
    r"|[\u00bc-\u00be\u2150-\u215e]",  # "½", "¾"
    re.IGNORECASE,
)
# Where a candidate may start: a digit, a fraction sign, or a word that starts one of _CANDIDATE's branches.
# Trying _CANDIDATE only there (``_candidates``) finds what its search finds, several times faster: the
# search tries every branch at every character.
_FIRST_WORDS = frozenset(
    [*(w.lower() for w in (*ONES, *TEENS, *TENS)), "dozens", "hundreds", "thousands", "millions", "billions",
     "trillions", "nought", "naught", "a", "an", "one", "tens", "several", "many", "few", "half", "quarter",
     "hundred", "point"]
)
# The words' first letters in both cases (and what Python folds to them) as a case-sensitive look: the
# engine then rejects most positions before it tries the words.
_FIRST_LETTERS = "".join(sorted({c for w in _FIRST_WORDS for c in (w[0], w[0].upper(), *ASCII_FOLDS.get(w[0], ""))}))
# Digits and fraction signs start a candidate of their own (one character, _CANDIDATE's first and last
# branches): they are listed straight from a scan the engine runs at its fastest (a bare class). Words are
# tried with _CANDIDATE where a word of _FIRST_WORDS stands whole.
_SIGN_TRIGGER = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
_WORD_TRIGGER = re.compile(rf"(?-i:(?=[{_FIRST_LETTERS}]))\b(?:{_alternation(_FIRST_WORDS)})\b", re.IGNORECASE)
# The same words as a trie over the lowered text: several times faster, the same starts.
_LOWER_WORD_TRIGGER = re.compile(rf"\b{trie_pattern(_FIRST_WORDS)}\b")


def _candidates(text: str, lowered: str | None = None) -> list[tuple[int, int]]:
    """The span of every match of _CANDIDATE at a position where its search could find one, in text order."""
    lowered = text.lower() if lowered is None else lowered
    found = [(at, at + 1) for at in map(re.Match.start, _SIGN_TRIGGER.finditer(text))]
    found += _word_candidates(text, lowered)
    found.sort()  # two sorted runs: a word holds no digit, so no two candidates start together
    return found


def _word_candidates(text: str, lowered: str) -> list[tuple[int, int]]:
    """The spans of the candidates that are words ("two", "a dozen", "half of"), in text order: the digits
    and fraction signs (one character each) are _SIGN_TRIGGER's matches."""
    starts = (
        map(re.Match.start, _LOWER_WORD_TRIGGER.finditer(lowered)) if lowered_usable(text, lowered)
        else map(re.Match.start, _WORD_TRIGGER.finditer(text))
    )
    found = []
    for start in starts:
        m = _CANDIDATE.match(text, start)
        if m is not None:
            found.append(m.span())
    return found


_UNICODE_FRACTIONS = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6,
                      "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}  # fmt: skip
# "a third", "one quarter", "a quarter of a million": a fraction in words with no number before it.
_A_FRACTION = re.compile(
    rf"(?:(?P<art>an?|one){_H}{{1,3}}(?!half{_H}{{1,3}}an?{_H}))?(?P<d>half|third|quarter|fourth|fifth|sixth|seventh|eighth|ninth|tenth|hundredth"
    rf"|thousandth|millionth|billionth|trillionth)(?![A-Za-z-])"
    rf"(?:(?:(?:{_H}{{1,3}}of)?{_H}{{1,3}}an?)?{_H}{{1,3}}(?P<scale>thousand|million|billion|trillion)\b)?",  # "half a million"
    re.IGNORECASE,
)
# A fraction of a point in words, the way rate steps are written: "a quarter percentage point", "half a
# percentage point", "a quarter of a point", "three-quarters of a point" (its unit is read after). The
# compound "quarter-point" is not read yet: the hyphenated word does not reach this reader.
_POINT_FRACTION = re.compile(
    rf"(?:(?:an?|one){_H}{{1,3}})?(?P<f>half|quarter|three{_H}?-?{_H}?quarters)(?:{_H}{{1,3}}of)?(?:{_H}{{1,3}}an?)?"
    rf"(?=(?:{_H}{{1,3}}|-)(?:percentage{_H}{{1,3}})?points?\b)",
    re.IGNORECASE,
)
_FRACTION_END = re.compile(rf"{_H}{{1,3}}of\b|{_H}{{0,3}}(?:[^\w\s-]|\Z)", re.IGNORECASE)  # "a third of", "by a third."
# "fell by a fifth on Monday", "cut by more than a quarter in May": after "by" a fraction is the size of a
# step, whatever follows it (elsewhere "a third man" is an ordinal, so a fraction needs "of" or a stop).
_BY_BEFORE = re.compile(
    rf"\bby(?:{_H}{{1,3}}(?:more|less|fewer){_H}{{1,3}}than|{_H}{{1,3}}(?:almost|nearly|about|around|roughly|some|over"
    rf"|under|up{_H}{{1,3}}to|at{_H}{{1,3}}least|just|close{_H}{{1,3}}to))?{_H}{{1,3}}\Z",
    re.IGNORECASE,
)
_STEP_END = re.compile(
    rf"{_H}{{1,3}}(?:in|on|at|from|since|over|this|last|after|before|and|or|against|compared|during|between"
    rf"|when|while|as|than|year|a{_H}{{1,3}}year)\b",
    re.IGNORECASE,
)  # "by a third on Monday", not "by a third officer" (nor "by a quarter to 10 percent": a range)
# "a third more", "a tenth above face value", "a fifth fewer hours": a fraction before a comparison is the
# size of a difference, a share as surely as "by a third" is (an ordinal is followed by its noun).
_COMPARED_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:more|less|fewer|above|below|higher|lower|larger|smaller|bigger|lighter|heavier|cheaper"
    rf"|dearer|longer|shorter|faster|slower|up|down)\b",
    re.IGNORECASE,
)
# "nearly a fifth rely on it", "more than a third voted no": a hedged "a third" is a share, as a hedged "half" is
# (``_HEDGED_HALF``); an ordinal is not hedged ("a third man"). Not before "to" or a dash: "dropped by nearly a fifth to
# 38 million" is a step, then the level reached, no range.
_HEDGE_BEFORE_SHARE = re.compile(
    r"(?<![A-Za-z])(?:nearly|almost|roughly|about|around|than)[^\S\n]{1,3}\Z", re.IGNORECASE
)
_HALF_OF = re.compile(r"half(?=[^\S\n]{1,3}of\b)", re.IGNORECASE)
# "more than half the staff", "nearly half": a share after a hedge needs no "of" to be one.
# ("more than half a dozen", "nearly half an hour": half of the thing named next, read with it)
_HEDGED_HALF = re.compile(r"(?:(?<=than[^\S\n])|(?<=nearly[^\S\n])|(?<=almost[^\S\n]))half(?![A-Za-z-]|[^\S\n]{1,3}an?[^\S\n])",
                          re.IGNORECASE)
# "one in five", "2 out of 10": a ratio, read whole so that "five" is not taken for a count.
# "one in five", "2 out of 10"; "one over three" (a fraction said aloud) only before punctuation or
# "of": "4 over 12 months" is a period, "3 over 5 rivals" a win.
_RATIO = re.compile(rf"{_H}{{1,3}}(?P<w>in|out{_H}{{1,3}}of|over){_H}{{1,3}}(?=\w)", re.IGNORECASE)
_MIXED_FRACTION = re.compile(rf"(?:{_H}{{1,2}}(?P<n>[1-9])/(?P<d>[2-9]|1[0-6])|(?P<u>[\u00bc-\u00be\u2150-\u215e]))(?![\w/])")
# A word after a spaced "plus" that follows a unit or currency makes it "and" ("$2.6 billion plus interest"),
# not "or more"; after a bare count the word is what is counted ("50 plus guards": at least 50).
_WORD_AFTER_PLUS = re.compile(rf"{_H}{{1,3}}[A-Za-z]")
# "minus 3", but not the margin "plus or minus 2.5 points" (also "plus/minus"): a range around a value,
# not a sign.
_MINUS_BEFORE = re.compile(
    rf"(?<!plus{_H}or{_H})(?<!plus/)(?<!plus-or-)(?:minus|negative){_H}{{1,3}}\Z", re.IGNORECASE
)

_DIGITS = re.compile(
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,])"  # Indian grouping: "12,34,567.89"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?"  # no-break / thin space as thousands separator
    r"|\d+(?:\.\d+)?"
)
_ALNUM_RUN = re.compile(r"[\w.,'’-]{0,40}")
_VAGUE = re.compile(
    rf"(?P<mult>tens|hundreds|dozens){_H}{{1,3}}of{_H}{{1,3}}(?P<scale1>thousands|millions|billions|trillions)\b"
    rf"|(?P<count>several|a{_H}{{1,3}}few|few|many){_H}{{1,3}}(?P<scale2>dozen|hundred|thousand|million|billion|trillion)s?\b"
    rf"|half{_H}{{1,3}}(?:a{_H}{{1,3}})?(?P<half>dozen|million|billion|trillion)\b"
    r"|(?P<plural>dozens|hundreds|thousands|millions|billions|trillions)\b",
    re.IGNORECASE,
)
_SCALE_AFTER = re.compile(
    rf"(?:{_H}{{0,3}}|-)(?:(?P<word>{_SCALE_WORDS}|hundred|dozens?|dozs?|dzs?)|(?P<abbr>bn|bln|mn|mln|tn|trn|tln|mil))(?![A-Za-z])",
    re.IGNORECASE,
)
_SPACED_K = re.compile(rf"{_H}(?P<abbr>k)(?![A-Za-z0-9])")
_SPACED_M = re.compile(rf"{_H}(?P<abbr>m)(?![A-Za-z0-9])")
# British papers' percent ("up 3.2pc"), in lower case only: "PC" is a police constable or a computer.
_PC_AFTER = re.compile(rf"{_H}?pc(?![A-Za-z0-9])")
# Seconds as a race clock writes them, glued to a decimal or a space apart ("10.49s", "58.9 s.").
_DECIMAL_SECONDS = re.compile(rf"{_H}?s(?![A-Za-z0-9'’])")
_DECIMAL_B = re.compile(r"(?P<abbr>b)(?![A-Za-z0-9])")
_MONEY_MM = re.compile(r" ?MM(?![A-Za-z])")  # upper case only: "10 mm" of rain stays millimetres
_SCALE_ATTACHED = re.compile(r"(?P<abbr>[mbktMBKT])(?![A-Za-z])")
_UNIT_AFTER = re.compile(
    rf"(?:{_H}{{0,3}}|-)(?P<unit>{_ci_alternation([*UNIT_WORDS, *CURRENCY_WORDS, *MINOR_CURRENCY_WORDS, *SCALED_CURRENCY_WORDS, 'pounds', 'pound'])})"
    r"(?![A-Za-z0-9])",  # "24703 m212" is no square metres
    re.IGNORECASE,
)
# "20 (kg)", "20 [kg]": a unit in brackets right after the number, as tables and specifications write it.
_BRACKETED_UNIT = re.compile(
    rf"{_H}{{0,2}}[(\[{{<](?P<unit>{_ci_alternation([*(u for u in UNIT_WORDS if u not in CURRENCY_WORDS), 'm', 't', 'g', 'l'])})"
    r"[)\]}>]",
    re.IGNORECASE,
)
# "degrees" is an angle only where something turns ("rotate 90 degrees", "a 180-degree turn"), a temperature
# where weather or heat words are near it (``_temperature_near``); elsewhere it stays without a unit.
_DEGREES_AFTER = re.compile(rf"(?:{_H}{{1,3}}|-)degrees?(?![A-Za-z])", re.IGNORECASE)
_TURNING_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:turn|rotat|tilt|angle|pivot|swivel|spin|veer|swung|swing|bank|incline|slope|heading|bearing)"
    r"[a-z]*(?:[^\S\n]+[a-z]+){0,2}[^\S\n]+(?:by[^\S\n]+|of[^\S\n]+|at[^\S\n]+|an?[^\S\n]+)?\Z",
    re.IGNORECASE,
)
# Where a bare "degrees" is a temperature: weather and heat words in its clause, before it or right after it
# ("temperatures will fall by 8 to 10 degrees", "a high of 34 degrees", "20 degrees warmer", "a fever of 39
# degrees"). Read in a bounded window on either side.
_TEMPERATURE_WORDS = (
    r"(?<![A-Za-z])(?:temperatures?|temps|thermometers?|mercury|heat(?:wave)?s?|heat[^\S\n]wave|warm(?:er|est|ing|ed|s)?"
    r"|cool(?:er|est|ing|ed|s)?|cold(?:er|est)?|hot(?:ter|test)?|chill(?:y|ier)?|frost(?:y)?|freez(?:e|es|ing)"
    r"|froze|fever|highs?|lows?|thaw(?:ed|ing)?|weather|forecasters?|celsius|fahrenheit)(?![A-Za-z])"
)
_TEMPERATURE_BEFORE = re.compile(rf"{_TEMPERATURE_WORDS}[^.;!?\n]{{0,60}}\Z", re.IGNORECASE)
_TEMPERATURE_AFTER = re.compile(rf"[^\S\n]{{0,3}}(?:[^\W\d]+[^\S\n]{{1,3}}){{0,2}}{_TEMPERATURE_WORDS}", re.IGNORECASE)
_FAHRENHEIT_NEAR = re.compile(r"fahrenheit|°[^\S\n]?F\b|\d[^\S\n]?F\b", re.IGNORECASE)
_TEMPERATURE_REACH = 80
_SCALE_REACH = 400


def _temperature_near(text: str, start: int, end: int) -> bool:
    return bool(
        _TEMPERATURE_BEFORE.search(text, max(0, start - _TEMPERATURE_REACH), start)
        or _TEMPERATURE_AFTER.match(text, end, min(len(text), end + 40))
    )


def _temperature_scale(text: str, start: int, end: int) -> str:
    """Celsius, the scale of most news, unless the text near the figure names Fahrenheit ("95F", "°F")."""
    window = _FAHRENHEIT_NEAR.search(text, max(0, start - _SCALE_REACH), min(len(text), end + _SCALE_REACH))
    return "fahrenheit" if window else "celsius"


_TURNS_AFTER = re.compile(rf"{_H}{{1,3}}turns?(?![A-Za-z])", re.IGNORECASE)
_TURNING_AFTER = re.compile(rf"{_H}{{1,3}}(?:turn|angle|tilt|rotation|arc|bend|view|swing|shift|reversal)",
                            re.IGNORECASE)
_INCH_BEFORE_MEASURE = re.compile(
    rf"{_H}{{0,2}}(?:in\.?|[\"″])(?!{_H}{{1,3}}long{_H}{{1,3}}(?:ago|before|after|since)\b)(?={_H}{{1,3}}(?:thick|long|wide|tall|high|deep|across|in{_H}{{1,3}}diameter)(?![A-Za-z]))"
)
_UNIT_ATTACHED = re.compile(r"(?P<unit>[mtglwcfMTGLWCF])(?![A-Za-z0-9])")
# "310Mt of ore", "a 1.2 Gt deposit": megatonnes and gigatonnes as mining, energy and climate reports write
# them, in this case only ("mt" is as often a metric ton, "MT" a headline word, "kt" a knot). Apart from the
# digits only before punctuation, "of", a year rate or a lower-case word: "8,848 Mt Everest" is a mountain.
_MEGATONNES = re.compile(
    r"(?:[^\S\n]?)(?P<unit>Mt|Gt)(?![A-Za-z0-9])(?=[.,;:!?)]|\Z|[^\S\n]{1,3}[a-z(])"
)
# "12 m high", "278,000 t of ore", "4 L.": metres, tonnes and litres apart from the digits, before
# punctuation, a number, a measure adjective or a preposition; never before another word ("5 m people"
# may be millions) and never in money context ("€3 m"). "300 nm off the coast" so placed is nautical miles, as
# sea and air reports write them; nanometres name the thing they size ("a 5 nm chip") or come glued ("5nm").
_UNIT_SPACED = re.compile(
    r"[^\S\n](?P<unit>(?:[mtL]|nm)(?=[.,;:!?)]|\Z|[^\S\n]{1,3}(?:\d|(?:long|high|tall|wide|deep|thick|away|of|x|in|on|at"
    r"|and|or|to|from|by|above|below|per|each|apart)(?![A-Za-z])))"
    # "38,000 t a year", "62 t lost", "4,800 t/d": a lone "t" is tonnes before any lower-case word too (no
    # scale word is "t", as "m" may be millions)
    r"|t(?=[^\S\n]{1,3}[a-z]|/[a-z]))"
)
# "six straight days", "five trading days": a time word behind an adjective of sequence is still one.
_SEQUENCE = rf"(?:(?:straight|consecutive|successive|trading|business|working){_H}{{1,3}})?"
_DURATION_AFTER = re.compile(
    rf"{_H}{{0,3}}-?{_H}{{0,3}}{_SEQUENCE}(?:{_ci_alternation(DURATION_WORDS)})(?![A-Za-z])", re.IGNORECASE
)
_OF = re.compile(rf"{_H}{{1,3}}of{_H}{{1,3}}", re.IGNORECASE)
_US = re.compile(rf"(?:u\.?s\.?|american){_H}{{1,3}}", re.IGNORECASE)
_NEXT_TOKEN = re.compile(rf"{_H}{{0,3}}(?P<w>[A-Za-z]{{3,14}})(?![A-Za-z])")
# "A$" and "C$" only in capitals and glued: "a $5 fine" is not Australian; a lower-case "c" apart
# from "$" only stands for Canada. A capital "R" glued to the digits is the rand only where the amount reads
# as money (``_RAND_AT``): "R10" alone is as often a round, a road or a model.
_PREFIX = (
    rf"(?:(?<![A-Za-z])(?i:us|u\.s\.?|hk|nz|au|ca|mex|usd|cad|aud|nzd|mxn){_H}?\$|(?<![A-Za-z])(?:[ACNSR]|NT)\$"
    r"|(?<![A-Za-z])E£|(?<![\w&'’.-])R(?=\Z)"
    # the Egyptian pound as Cairo's press writes it, "LE20,000" or "LE 5m": in capitals only ("Le Mans 24")
    r"|(?<![A-Za-z])L\.?E\.?(?=\Z)"
    rf"|(?<![A-Za-z])c{_H}\$|\$"  # "c $ 300": Canadian, as tokenized wire copy writes it
    r"|€|£|¥|₴|₽|₹|₩|₺|₪|₿|₦|₱|₫|₡|₾|₭|₸"
    rf"|(?<![A-Za-z])(?:{'|'.join(PREFIX_CODES)}|Rs\.?)(?![A-Za-z]))"
)
_CURRENCY_PREFIX_BEFORE = re.compile(rf"{_PREFIX}{_H}?\Z")
_CURRENCY_PREFIX_AT = re.compile(rf"{_PREFIX}{_H}?(?=\d)")
_POSTFIX_CURRENCY = re.compile(
    rf"{_H}?(?P<sym>[{re.escape(''.join(POSTFIX_CURRENCY_SYMBOLS))}])(?!{_H}?\d)"
)
_FRACTION = re.compile(rf"(?:{_H}{{1,3}}|{_H}?-{_H}?)(?P<d>{_alternation(DENOMINATORS)})(?![A-Za-z])", re.IGNORECASE)
_AND_A_HALF = re.compile(rf"{_H}{{1,3}}and{_H}{{1,3}}a{_H}{{1,3}}half(?![A-Za-z])", re.IGNORECASE)
_QUALIFIER_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?P<q>{_ci_alternation([*APPROXIMATE, *LOWER_BOUND, *UPPER_BOUND, 'between', 'from'])})"
    rf"{_H}{{1,3}}\Z",
    re.IGNORECASE,
)
_NUMBER_AFTER = re.compile(rf"{_H}{{1,3}}(?:\d|(?:{_NUMBER_WORDS}|nought|naught)\b)", re.IGNORECASE)
_QUALIFIER_AFTER = re.compile(
    rf"(?:{_H}{{1,3}}(?P<q>{_alternation([*AFTER_LOWER, *AFTER_UPPER, *AFTER_APPROX])})"
    r"|(?P<h>-plus|-odd|\+))(?![A-Za-z])",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(
    rf"(?P<sep>-?{_H}{{1,3}}(?:to|and|or){_H}{{1,3}}|{_H}{{0,3}}[-–—‑]{_H}{{0,3}})", re.IGNORECASE
)
_PREV_WORD = re.compile(rf"(?P<w>[A-Za-z][A-Za-z.'’&]*|#){_H}{{1,3}}\Z")
_PREV_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'’&")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def _prev_word(text: str, floor: int, end: int) -> str:
    """The group "w" of ``_PREV_WORD.search(text, floor, end)``, "" when none, read back from ``end``
    instead of tried at every position from ``floor``: one to three white spaces (no line break) close
    the text, and before them the longest run of the word's characters from its first ASCII letter, or "#"."""
    stop = end
    while stop > floor and end - stop < 4 and text[stop - 1].isspace() and text[stop - 1] != "\n":
        stop -= 1
    if not 1 <= end - stop <= 3 or stop <= floor:
        return ""
    first = stop
    while first > floor and text[first - 1] in _PREV_WORD_CHARS:
        first -= 1
    for at in range(first, stop):
        if text[at] in _ASCII_LETTERS:
            return text[at:stop]
    return "#" if text[stop - 1] == "#" else ""
# A month's full name followed by a full stop ends a sentence ("shut until October. Four pumps ...");
# only a short form takes an abbreviation's point before its day ("Mar. 3", "Sept. 12").
_MONTH_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:(?:{_ci_alternation(m for m in MONTHS if len(m) > 4)})|(?:{_ci_alternation(m for m in MONTHS if len(m) <= 4)}){_H}?\.?),?{_H}{{1,3}}\Z",
    re.IGNORECASE,
)
# A month's name that is a modal verb too, which the month is never written as in lower case: "no more than four may
# work" gives a modal after the count, not a day.
_MONTHS_AS_VERBS = frozenset({"may"})


def _month_after(text: str, end: int) -> bool:
    """A month's name right after a number ("4 May", "12-Mar"), not a verb spelled as one in lower case."""
    m = _MONTH_AFTER.match(text, end)
    return m is not None and m.group(0).strip(" -").split()[-1].rstrip(".") not in _MONTHS_AS_VERBS


_MONTH_AFTER = re.compile(
    rf"(?:{_H}{{1,3}}|-)(?:of{_H}{{1,3}})?(?:{_ci_alternation(MONTHS)})(?![A-Za-z])", re.IGNORECASE
)
_TIME_AFTER = re.compile(
    rf"{_H}{{0,2}}(?:[ap]\.m\.|[ap]m\b|o['’]clock|(?:GMT|UTC|CET|EST|EDT|PST|BST|CEST|MSK|ET)\b|hrs\b|h\b)",
    re.IGNORECASE,
)
_LIST_MARKER = re.compile(rf"{_H}?\)")
_PHONE = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]\d{2,4}){2,4}(?!\d)")
_WORTH_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?P<w>[A-Za-z][A-Za-z'’-]{{1,30}}){_H}{{1,3}}(?:(?:is|was|are|were|be|been){_H}{{1,3}})?"
    rf"(?:worth|valued{_H}{{1,3}}at|totall?ing|costing|amounting{_H}{{1,3}}to)(?:{_H}{{1,3}}of)?{_H}{{1,3}}\Z",
    re.IGNORECASE,
)
_NP_WORD = re.compile(rf"{_H}{{1,3}}(?P<w>[A-Za-z][A-Za-z0-9'’-]{{0,30}})(?![A-Za-z0-9'’-])")
_NP_LEAD = re.compile(
    rf"{_H}{{1,3}}(?P<prep>in|of){_H}{{1,3}}(?:(?:the|a|an|its|their|his|her|our|this|that|these|those"
    # "85 percent of Brellin's streets": a place's or a body's possessive stands where "the" does
    rf"|(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)['’]s)"
    rf"{_H}{{1,3}})?(?=[a-z])",
)

_ONE_PRONOUN_BEFORE = frozenset(
    "no any every each the this that which someone anyone everyone another only last next other such".split()
)
# "the only one", "its only one": "only" after a determiner makes "one" a pronoun; without one, "only one nurse
# was there" counts the noun after it (``_only_one_counted``).
_ONLY_BEFORE = re.compile(r"(?<![A-Za-z])only[^\S\n]{1,3}\Z", re.IGNORECASE)
_DETERMINED_ONLY_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:the|their|his|her|its|our|my|your|whose|this|that)[^\S\n]{1,3}only[^\S\n]{1,3}\Z", re.IGNORECASE
)


def _only_one_counted(text: str, start: int) -> bool:
    """ "Only one nurse stayed on the ward": a count of one before its noun, not "the only one" (a pronoun)."""
    floor = max(0, start - 24)
    return _ONLY_BEFORE.search(text, floor, start) is not None and _DETERMINED_ONLY_BEFORE.search(text, floor, start) is None


# "killing one", "injuring at least one": after a verb of casualties, "one" is a count, not a pronoun.
_CASUALTY_BEFORE = re.compile(
    r"\b(?:killing|killed|kills|injuring|injured|wounding|wounded|leaving)[^\S\n]{1,3}"
    r"(?:(?:at[^\S\n]{1,3}least|only|just)[^\S\n]{1,3})?\Z",
    re.IGNORECASE,
)
# "the two countries", "these two men": "two" in words after a definite determiner refers back to a
# pair the text has named. It is a count as written (TimeML's and Recognizers' view), but
# not one to compare across outlets: ``refers_back`` tells the engine to leave it out of the claims.
_DEFINITE_BEFORE = frozenset(("the", "these", "those"))
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[^\S\n]{1,3}\Z")
# "between the two companies", "among the three parties": the group named before, taken as a whole (a
# reciprocal relation), no count stated; the figure extractor leaves it out.
_GROUP_BEFORE = re.compile(r"\b(?:between|among|amongst)[^\S\n]{1,3}(?:the|these|those)[^\S\n]{1,3}\Z", re.IGNORECASE)
_HEDGES = frozenset(q.lower() for q in (*APPROXIMATE, *LOWER_BOUND, *UPPER_BOUND))
_MONEY_UNITS = frozenset(CURRENCY_SYMBOLS.values()) | frozenset(CURRENCY_WORDS.values())
_MONEY_VERBS = (
    "pa",
    "cost",
    "earn",
    "spen",
    "rais",
    "fine",
    "price",
    "charg",
    "worth",
    "fund",
    "budget",
    "sal",
    "donat",
    "invest",
    "bought",
    "sold",
    "sell",
    "buy",
    "won",
    "bid",
    "offer",
    "loan",
    "grant",
    "tax",
    "wage",
    "bill",
    "fee",
    "compensat",
    "damages",
    "reward",
    "bonus",
    "valu",  # "value the hoard at 350,000 pounds", "valued at"
    "ransom",
    "revenu",
    "profit",
    "insur",
    "sav",  # "would save households forty pounds"
)
# Words of paying a sum is named by, besides the verbs: before an unknown code they make its number a sum
# (``_paid_before``); not before "pounds", where "the prize marrow weighed thirty pounds" is a weight.
_PAID_WORDS = (*_MONEY_VERBS, "priz", "penalt", "levy", "levi", "tariff")
_DURATIONS = frozenset(DURATION_WORDS)  # "3.2% year on year": a time word is not what is counted
_MEASURE_ADJECTIVES = frozenset("long high tall wide deep thick away".split())
_LOWER_SET = frozenset(q.lower() for q in LOWER_BOUND)
_UPPER_SET = frozenset(q.lower() for q in UPPER_BOUND)
# The upper bounds a negation turns into a floor ("not less than", "never under"); not "up to" or "no more than",
# which a negation before them does not reverse so plainly.
_NEGATABLE_UPPER = frozenset(
    {"less than", "fewer than", "under", "below", "just under", "less then", "a little under", "younger than"}
)
_FUZZY_CURRENCY_CHOICES = list(FUZZY_CURRENCY_WORDS)
_FUZZY_SCALE_CHOICES = list(FUZZY_SCALE_WORDS)
_WINDOW = 48


@dataclass(frozen=True)
class _Amount:
    """One number read at a position, before hedges and ranges are applied."""

    start: int
    end: int  # end of the number, its scale and its unit
    low: float
    high: float
    unit: str | None = None
    scale: float = 1.0  # the factor of a scale word or abbreviation read after the number
    vague: bool = False
    word: bool = False  # written in words
    single_one: bool = False  # the lone word "one"
    year_like: bool = False  # 4 digits that read as a year
    money_prefix: bool = False
    of_unit: bool = False  # "billions of dollars": the unit came after "of"
    number_end: int = 0  # end of the bare number (before scale and unit)

    @property
    def scaled(self) -> bool:
        return self.scale != 1.0


def _rest_of_token(text: str, pos: int) -> int:
    """Where a rejected token ends, so the scan does not restart inside "F-35A" or "2023-24"."""
    m = _ALNUM_RUN.match(text, pos)
    return m.end() if m and m.end() > pos else pos + 1


_EUROPEAN_DECIMAL = re.compile(r"\d{1,3}(?:\.\d{3})+,\d{1,2}(?![\d.,]?\d)")  # "1.111,11": dots group, a comma


def _read_digits(text: str, pos: int, in_range: bool = False) -> tuple[float, int] | None:
    """The digit number at ``pos`` if it stands alone as an amount (not part of a code, date or time)."""
    m = _DIGITS.match(text, pos)
    if m is None:
        return None
    european = _EUROPEAN_DECIMAL.match(text, pos)
    if european is not None and not (pos and (text[pos - 1].isalnum() or text[pos - 1] in ".,")):
        return float(european.group().replace(".", "").replace(",", ".")), european.end()
    end = m.end()
    before = text[pos - 1] if pos else " "
    if before.isalpha() and (
        _CODE_PREFIX_BEFORE.search(text, max(0, pos - 4), pos)
        or before == "R" and _RAND_AT.match(text, pos - 1)
        or before == "E" and _RAND_AT.match(text, pos - 2)
    ):
        before = " "  # "USD115": an ISO code glued to the amount; "R96 million": the rand; "LE20,000": Egypt's pound
    if before.isalnum() or before in "_/:\\#'’":
        return None
    if before in "-‑–" and pos >= 2 and text[pos - 2].isalnum() and not in_range:
        return None  # "Su-34", "COVID-19", "2023-24"
    if not in_range and _DASH_AFTER_DIGIT.search(text, max(0, pos - 6), pos):
        return None  # "won 3 - 2": the second half of a score (a range was read from its first number)
    if before == "." and pos >= 2 and text[pos - 2].isalnum():
        return None
    after = text[end : end + 2]
    if after[:1] == "/" and not in_range:
        share = _slash_fraction(text, pos)
        if share is not None:
            return share
    if len(after) == 2 and after[0] in ":/.,·" and after[1].isdigit():
        return None  # "6:40", "10/12", "1.2.3", "1,00"
    exponent = _EXPONENT.match(text, end)
    if exponent is not None and (
        exponent.group("x") or exponent.group("e")[0] in "+-" or "." in m.group() or m.group() == "1"
    ):  # "1.3e6", "1e10", "4E+14", "6.2x10^-4", "2.48×10−5"; "7e7" and "7E7" are model names
        power = int((exponent.group("e") or exponent.group("x")).replace("−", "-"))
        raw = m.group().replace(",", "")
        try:
            return float(f"{raw}e{power}"), exponent.end()
        except (ValueError, OverflowError):
            return None
    caret = _POWER.match(text, end)
    if caret is not None:  # "1.1^23", "2.5^-1": a number raised to a power
        exponent_value = int(caret.group("p")) * (-1 if sum(caret.group("s").count(c) for c in "-−") % 2 else 1)
        try:
            return float(m.group().replace(",", "")) ** exponent_value, caret.end()
        except (ValueError, OverflowError, ZeroDivisionError):
            return None
    spaced = _SPACED_THOUSANDS.match(text, pos) if m.group().isdigit() and len(m.group()) <= 3 else None
    if spaced is not None and not _MONTH_BEFORE.search(text, max(0, pos - 16), pos):
        m, end = spaced, spaced.end()  # "40 000", "1 234 567": a space between thousands (SI style)
        after = text[end : end + 2]
    damaged = _DAMAGED_THOUSANDS.match(text, pos) if m.group().isdigit() and len(m.group()) <= 3 else None
    if damaged is not None and not in_range:
        m, end = damaged, damaged.end()
        after = text[end : end + 2]
    if after[:1] in ("'", "’") and text[end + 1 : end + 2] == "s":
        return None  # "1990's"
    if after[:1].isalpha():
        letters = re.match(r"[A-Za-z]+", text[end : end + 12])
        word = letters.group().lower() if letters else ""
        if word in ("st", "nd", "rd", "th", "s", "am", "pm", "x", "d", "g") and not (word == "s" and "." in m.group()):
            # ordinals, decades, clock times, "4x4", "3D", "5G"; "g" (grams) is rare next to "5G" in news
            # ("10.49s" is a time in seconds: no decade has a decimal point)
            return None
    raw = m.group().replace(",", "").replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
    try:
        value = float(raw)
    except ValueError:
        return None
    return value, end


_DASH_AFTER_DIGIT = re.compile(r"\d[^\S\n]{1,2}[-–—][^\S\n]{0,2}\Z")
_CODE_PREFIX_BEFORE = re.compile(r"(?<![A-Za-z])(?:USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|RMB|INR|Rs)\Z")
# The rand as South African news writes it: a capital "R" glued to an amount that reads as money, one with a
# scale ("R96 million", "R2.4bn") or with its thousands grouped ("R4,500"); never after a letter or "&"
# ("R&B", "AR15") and never a bare "R10" (a round, a road, a model). The same shapes hold Egypt's "LE20,000".
_RAND_AT = re.compile(
    rf"(?<![\w&'’.-])(?:R|LE)(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d{{2}})?(?![\d,])"
    rf"|\d{{1,4}}(?:\.\d{{1,3}})?{_H}?(?:million|billion|trillion|bn|mn|m|tn)(?![A-Za-z]))"
)
# A power of ten written out: "1.3e6", "1e10", "4E+14", "6.2x10^-4", "2.48×10−5". Without a sign, an "e"
# counts only after a decimal mantissa or a lone 1: "7e7" and "7E7" are model names.
_EXPONENT = re.compile(
    r"(?:[eE](?P<e>[+-]?\d{1,3})|[^\S\n]?[x×][^\S\n]?10(?:\^|\*\*)?(?P<x>[-−+]?\d{1,3}))(?![\w.])"
)
# "1.1^23", "2.5^-1", "-1.1^--23" (two minus signs cancel): a power written with a caret.
_POWER = re.compile(r"\^(?P<s>[-−+]{0,2})(?P<p>\d{1,3})(?![\w.])")
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?: \d{3})+(?![\d,.:/]\d|[\w'’-])")
# "2, 000ft", "12, 000 people": a thousands comma that text damage (a bad copy, a scanner) left a
# space behind. Only whole thousands: "6, 100" is as likely a list as a damaged 6,100.
_DAMAGED_THOUSANDS = re.compile(r"\d{1,3}(?:, 000)+(?!\d)")
# "1/4 mile", "3/4 of the vote": a fraction in digits, read only before a unit or "of" (a bare "3/4"
# is as often a date).
_SLASH = re.compile(r"(?P<n>\d{1,2})/(?P<d>\d{1,3})(?![\d/])")


def _slash_fraction(text: str, pos: int) -> tuple[float, int] | None:
    m = _SLASH.match(text, pos)
    if m is None or not 0 < int(m.group("n")) < int(m.group("d")):
        return None
    if _OF.match(text, m.end()) is None and _UNIT_AFTER.match(text, m.end()) is None:
        return None
    return int(m.group("n")) / int(m.group("d")), m.end()


@lru_cache(maxsize=512)
def _read_number(text: str, pos: int, in_range: bool = False) -> _Amount | None:
    """The bare number at ``pos`` (digits, words or a vague plural), with its scale; None if not one.

    Cached: the readers of amounts, durations and ages each start by reading the number at the same place
    (the text's hash is computed once per string, so a lookup costs little)."""
    amount = _read_plain_number(text, pos, in_range)
    if amount is None:
        return None
    if not in_range and not amount.vague and not amount.scaled and float(amount.low).is_integer() and amount.low < 100:
        ratio = _RATIO.match(text, amount.number_end)
        if ratio is not None and (text[pos].isdigit() or amount.word):
            second = _read_plain_number(text, ratio.end(), in_range=True)
            if (
                second is not None
                and not second.vague
                and not second.year_like
                and not second.scaled
                and 0 <= amount.low < second.low <= 1000  # ("-1 in 0" is no share)
                and (
                    ratio.group("w").lower() != "over"
                    or _FRACTION_END.match(text, second.end) is not None  # "one over three." / "... of"
                )
            ):
                share = amount.low / second.low  # "one in five" is a fifth
                amount = _Amount(amount.start, second.number_end, share, share, word=amount.word,
                                 number_end=second.number_end)
    if pos >= 7 and _MINUS_BEFORE.search(text, max(0, pos - 12), pos) and not amount.vague:
        minus = _MINUS_BEFORE.search(text, max(0, pos - 12), pos)
        assert minus is not None
        amount = replace(amount, start=minus.start(), low=-amount.high, high=-amount.low, single_one=False)
    return amount


def _read_plain_number(text: str, pos: int, in_range: bool = False) -> _Amount | None:
    char = text[pos]
    if char in _UNICODE_FRACTIONS:
        if pos and text[pos - 1].isalnum():
            return None
        value = _UNICODE_FRACTIONS[char]
        return _read_scale(text, _Amount(pos, pos + 1, value, value, number_end=pos + 1), attached_ok=False)
    point = _POINT_FRACTION.match(text, pos) if not char.isdigit() else None
    if point is not None:  # "a quarter percentage point", "half a point": a step in words
        value = {"half": 0.5, "quarter": 0.25}.get(point.group("f").lower().split()[-1], 0.75)
        return _Amount(pos, point.end(), value, value, word=True, number_end=point.end())
    fraction = _A_FRACTION.match(text, pos) if not char.isdigit() else None
    if fraction is not None and not fraction.group("scale") and (
        not fraction.group("art")
        or not (_FRACTION_END.match(text, fraction.end()) or _COMPARED_AFTER.match(text, fraction.end()) or (
            _BY_BEFORE.search(text[max(0, pos - 24):pos]) and _STEP_END.match(text, fraction.end())
        ) or (_HEDGE_BEFORE_SHARE.search(text, max(0, pos - 16), pos) and not _RANGE_SEP.match(text, fraction.end())))
    ):
        fraction = None  # "a third man", "a quarter century": an ordinal or a compound, not a share
    if fraction is not None:
        value = 1 / DENOMINATORS[fraction.group("d").lower()]
        scale = SCALES[fraction.group("scale").lower()] if fraction.group("scale") else 1.0
        return _Amount(pos, fraction.end(), value * scale, value * scale, word=True, scale=scale,
                       number_end=fraction.end())
    if not char.isdigit() and (_HALF_OF.match(text, pos) or _HEDGED_HALF.match(text, pos)):
        return _Amount(pos, pos + 4, 0.5, 0.5, word=True, number_end=pos + 4)
    if text[pos].isdigit():
        got = _read_digits(text, pos, in_range)
        if got is None:
            return None
        value, end = got
        digits = text[pos:end]
        start = pos
        if pos and text[pos - 1] == "." and (pos < 2 or text[pos - 2] in " \t\n($€£") and digits.isdigit():
            value, start = float("0." + digits), pos - 1  # ".25", "$.50": a decimal written without its zero
        if not in_range and pos and text[pos - 1] in "-−" and (pos == 1 or text[pos - 2] in " \t\n([$€£"):
            value, start = -value, pos - 1  # "-10C", "($-99.99)"
        year_like = len(digits) == 4 and digits.isdigit() and 1000 <= value <= 2199
        mixed = _MIXED_FRACTION.match(text, end) if digits.isdigit() and not year_like else None
        if mixed is not None:
            part = _UNICODE_FRACTIONS[mixed.group("u")] if mixed.group("u") else int(mixed.group("n")) / int(mixed.group("d"))
            if part < 1:
                value, end = value + part if value >= 0 else value - part, mixed.end()
        amount = _read_scale(text, _Amount(start, end, value, value, number_end=end, year_like=year_like),
                             attached_ok=True)
        if not in_range and not year_like:
            amount = _joined_parts(text, amount)
        if not in_range and not year_like and value.is_integer():
            added = _added_fraction(text, start, amount.end, amount.low, amount.scale)  # "3 million and a half"
            if added is not None:
                amount = replace(amount, low=added[0], high=added[0], end=added[1])
        return amount
    vague = _VAGUE.match(text, pos)
    if vague is not None:
        return _vague_amount(pos, vague)
    got_words = parse_number_words(text, pos)
    if got_words is None:
        return None
    value, end, count = got_words
    single_one = count == 1 and text[pos:end].lower() == "one"
    compound = _COMPOUND_DENOMINATOR.match(text, end) if value.is_integer() and value >= 1 else None
    if compound is not None and (value == 1 or compound.group("pl")):
        # "one twenty-fifth", "three twenty-firsts", "one hundred thirty-fifths" (100 over 35)
        denominator = TENS[compound.group("t").lower()] + ORDINAL_VALUES[compound.group("u").lower()]
        value, end = value / denominator, compound.end()
        return _Amount(pos, end, value, value, word=True, number_end=end)
    added = _added_fraction(text, pos, end, value)
    fraction = _FRACTION.match(text, end) if 1 <= value and (value < 1000 or count > 1) and value.is_integer() else None
    if added is not None:
        value, end, single_one = added[0], added[1], False
    elif fraction is not None and (
        (value == 1 and count == 1) or (fraction.group("d").lower().endswith("s") and (count == 1 or value >= 20))
    ):
        # "two thirds", "one fifth", "twenty-three fifths"; a singular after a number above one is an ordinal
        # ("one third", not "two third"), and "third" alone is never a fraction here (no number word before it).
        value, end, single_one = value / DENOMINATORS[fraction.group("d").lower()], fraction.end(), False
        of_scale = _OF_A_SCALE.match(text, end)
        if of_scale is not None:  # "two thirds of a million"
            value, end = value * SCALES[of_scale.group("s").lower()], of_scale.end()
    amount = _Amount(pos, end, value, value, word=True, single_one=single_one, number_end=end)
    if count == 1 or not any(s in text[pos:end].lower() for s in SCALES):
        amount = _read_scale(text, amount, attached_ok=False)
    return amount


_COMPOUND_DENOMINATOR = re.compile(
    rf"(?:{_H}{{1,3}}|-)(?P<t>{_alternation(TENS)})(?:-|{_H}{{1,3}}(?!seconds?\b))"
    rf"(?P<u>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)(?P<pl>s)?(?![A-Za-z])",
    re.IGNORECASE,
)
ORDINAL_VALUES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                  "eighth": 8, "ninth": 9}  # fmt: skip
_OF_A_SCALE = re.compile(
    rf"{_H}{{1,3}}of{_H}{{1,3}}an?{_H}{{1,3}}(?P<s>thousand|million|billion|trillion)(?![A-Za-z])", re.IGNORECASE
)
_SCALE_AT_END = re.compile(rf"(?:^|{_H}|-)(?P<s>{_SCALE_WORDS})\Z", re.IGNORECASE)
# A negation, and at most one word (its verb), right before a lower bound's words: "rarely rises above", "did not
# go over", "never more than", "couldn't get above". The bound is then a ceiling the figure seldom or never passes.
_NEGATED_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:never|rarely|seldom|hardly|not)|n't)(?:[^\S\n]{1,3}[a-z]{2,12})?[^\S\n]{1,3}\Z", re.IGNORECASE
)
# A prohibition and the act it forbids right before a lower bound's words: "bars insurers from charging more than",
# "banned landlords from charging over", "barring any shop or stall from pricing them at more than". What is forbidden is
# passing the figure, so it is a ceiling, as rules, caps and limits are told in news (a ban on "more than 60 percent"
# allows up to 60). Up to two words may follow the act (its object, "at"), but no word of time: in "banned from
# driving for more than two years" the figure is the ban's length, a floor.
_PROHIBITED_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:bar(?:s|red|ring)?|ban(?:s|ned|ning)?|forb(?:id|ids|ade|idden|idding)|prohibit(?:s|ed|ing)?"
    r"|prevent(?:s|ed|ing)?)(?:[^\S\n]{1,3}[A-Za-z'-]{1,20}){0,4}[^\S\n]{1,3}from[^\S\n]{1,3}[a-z]{2,16}ing"
    r"(?:[^\S\n]{1,3}(?!(?:for|in|within|during|after|since|until|over|by|from|of)\b)[A-Za-z'-]{1,20}){0,2}[^\S\n]{1,3}\Z",
    re.IGNORECASE,
)
# A permission its subject or verb denies, right before a lower bound's words: "no group will be allowed more than",
# "no driver may work more than", "will not be permitted to carry more than". What may not be passed is a ceiling, as
# a prohibition's is (``_PROHIBITED_BEFORE``); up to five words between the denial and the permission, no stop.
_DENIED_PERMISSION_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:no|not|never|nobody|none|n't)(?:[^\S\n]{1,3}[A-Za-z'-]{1,20}){0,5}?[^\S\n]{1,3}"
    r"(?:allowed|permitted|may|can|shall)(?:[^\S\n]{1,3}to)?"
    r"(?:[^\S\n]{1,3}(?!(?:for|in|within|during|after|since|until|over|by|from|of)\b)[a-z]{2,16}){0,2}[^\S\n]{1,3}\Z",
    re.IGNORECASE,
)
_RANGE_VERB_BEFORE = re.compile(r"(?<![A-Za-z])(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+\Z", re.IGNORECASE)
_BETWEEN_BEFORE = re.compile(rf"(?<![A-Za-z])between{_H}{{1,3}}\Z", re.IGNORECASE)


def _added_fraction(
    text: str, pos: int, end: int, value: float, scale: float | None = None
) -> tuple[float, int] | None:
    """ "five and a quarter" is 5.25, "3 million and a half" 3.5 million: a fraction joined by "and" to a
    whole number before it, of the scale that number ends with ("one hundred and three quarters" is
    100.75: a hundred is no scale here), or of ``scale`` when given. Not after "between" ("between one
    and two thirds" gives two bounds)."""
    if not value.is_integer() or _BETWEEN_BEFORE.search(text, max(0, pos - 12), pos):
        return None
    added = fraction_after(text, end)
    if added is None:
        return None
    if scale is None:
        scale_m = _SCALE_AT_END.search(text, max(pos, end - 12), end)
        scale = SCALES.get(scale_m.group("s").lower(), 1.0) if scale_m is not None else 1.0
    smaller = _CODE_SCALE.match(text, added[1])  # "one billion and a half million": half of the smaller scale
    if smaller is not None and SCALES[smaller.group("s").lower()] < scale:
        return value + added[0] * SCALES[smaller.group("s").lower()], smaller.end()
    return value + added[0] * scale, added[1]


_PART_JOIN = re.compile(rf"(?P<and>{_H}{{1,3}}and)?{_H}{{1,3}}(?=[0-9A-Za-z])", re.IGNORECASE)
_WORD_SCALE_AT_END = re.compile(rf"(?:{_SCALE_WORDS}|hundred)\Z", re.IGNORECASE)


def _joined_parts(text: str, amount: _Amount) -> _Amount:
    """ "3 hundred and 21" is 321, "4 thousand 3 hundred" 4,300, "6 crore and two hundred" 60,000,200: a
    whole number with a scale word, then a smaller part with a smaller scale word of its own ("4 thousand 3
    hundred"), or any number below a hundred after "hundred and", so that "5 thousand 20 of them" and
    "3 million and 2 other firms" stay two figures."""
    for _ in range(3):  # "4 thousand 3 hundred and 21": at most a few parts
        if not amount.low.is_integer() or amount.low != amount.high or amount.vague:
            return amount
        if not _WORD_SCALE_AT_END.search(text, max(amount.start, amount.end - 10), amount.end):
            return amount
        lead = _PART_JOIN.match(text, amount.end)
        if lead is None:
            return amount
        part = _read_plain_number(text, lead.end(), in_range=True)
        if part is None or part.vague or part.year_like or not part.low.is_integer() or part.low >= amount.scale or part.low <= 0:
            return amount
        own_scale = _WORD_SCALE_AT_END.search(text, max(part.start, part.end - 10), part.end) is not None
        if not own_scale and (not lead.group("and") or amount.scale > 100):
            return amount  # "3 million and 2 other firms": two figures
        value = amount.low + part.low
        amount = replace(amount, end=part.end, low=value, high=value, number_end=part.end, scale=part.scale)
    return amount


def _vague_amount(pos: int, m: re.Match[str]) -> _Amount:
    if m.group("mult"):
        lo_f, hi_f = VAGUE_MULTIPLIERS[m.group("mult").lower()]
        scale = SCALES[m.group("scale1").lower()[:-1]]
        low, high = lo_f * scale, hi_f * scale
    elif m.group("count"):
        lo_f, hi_f = VAGUE_COUNTS[" ".join(m.group("count").lower().split())]
        word = m.group("scale2").lower()
        scale = 12.0 if word == "dozen" else 100.0 if word == "hundred" else SCALES[word]
        low, high = lo_f * scale, hi_f * scale
    elif m.group("half"):
        word = m.group("half").lower()
        value = 6.0 if word == "dozen" else SCALES[word] / 2
        return _Amount(pos, m.end(), value, value, word=True, scale=value, number_end=m.end())
    else:
        low, high = VAGUE_PLURALS[m.group("plural").lower()]
    return _Amount(pos, m.end(), low, high, vague=True, word=True, scale=low, number_end=m.end())


def _read_scale(text: str, amount: _Amount, attached_ok: bool) -> _Amount:
    """Apply a scale written after the number: "8 billion", "8bn", "1.2 million", a damaged "bilion"."""
    end = amount.end
    m = _SCALE_AFTER.match(text, end)
    factor = None
    if m is not None:
        word = (m.group("word") or m.group("abbr")).lower()
        factor = SCALES.get(word) or SCALE_ABBREVIATIONS.get(word) or (100.0 if word == "hundred" else 12.0)
        if amount.word and word in ("hundred", "dozen", "dozens"):  # "doz", "dz" after words: the parser stops
            factor = None  # the word parser already read these
    elif (mm := _MONEY_MM.match(text, end)) is not None and _money_before(text, amount.start):
        m, factor = mm, 1e6  # "$160MM": finance writes a million as MM (a thousand thousand)
    elif (
        attached_ok and (sm := _SPACED_M.match(text, end)) is not None
        and (_money_before(text, amount.start) or _currency_word_at(text, sm.end()))
    ):
        m, factor = sm, 1e6  # "$38 m", "38 m euros": with money a lone "m" is a million, never a metre
    elif attached_ok:
        a = _SCALE_ATTACHED.match(text, end)
        if a is not None and a.group("abbr") in ("k", "K"):
            m, factor = a, 1e3
        elif a is not None and a.group("abbr") == "M" and not _UNIT_AFTER.match(text, a.end()):
            m, factor = a, 1e6  # "10M": a capital M glued to digits is a million (a metre is a small "m")
        elif a is not None and (_money_before(text, amount.start) or _currency_word_at(text, a.end())):
            m, factor = a, SCALE_ABBREVIATIONS[a.group("abbr").lower()]
        elif a is not None and a.group("abbr") in "mbk" and (noun := _COUNT_AFTER.match(text, a.end())) and _counted_in_millions(text, noun):
            m, factor = a, SCALE_ABBREVIATIONS[a.group("abbr")]  # "30m copies", "2bn users": a scale, no metre
    if factor is None and attached_ok and not amount.word:
        k = _SPACED_K.match(text, end)
        if k is not None:  # "2.33 k": a thousand, a space apart
            m, factor = k, 1e3
        elif "." in text[amount.start : end] and (b := _DECIMAL_B.match(text, end)) is not None:
            m, factor = b, 1e9  # "1.2b": after a decimal a "b" is a billion, never a label as in "Article 2b"
    if factor is not None and m is not None and m.re is _SCALE_AFTER and m.group("word"):
        stacked = _SCALE_AFTER.match(text, m.end())  # "3 lakh crore", "a thousand million": scales multiply
        word = (stacked.group("word") or "").lower() if stacked is not None else ""
        if stacked is not None and SCALES.get(word, 0) > factor:
            m, factor = stacked, factor * SCALES[word]
    if factor is None or m is None:
        fuzzy = _fuzzy_scale(text, end)
        if fuzzy is None:
            return amount
        factor, new_end = fuzzy
    else:
        new_end = m.end()
    return replace(amount, end=new_end, low=amount.low * factor, high=amount.high * factor, scale=factor)


# A spaced "m" before a lower-case word ("a 30 m tunnel", "climbed 2.4 m in an hour", "284 m overall"): metres,
# as a glued "m" before such a word is (``_counted_in_millions`` decides), unless the word is counted by the
# million ("5 m people", "2 m a year"), where a lone "m" may be a scale and the figure keeps no unit.
_SPACED_M_BEFORE_WORD = re.compile(r"[^\S\n](?P<unit>m)(?=[^\S\n]{1,3}[a-z])")


def _spaced_metres(text: str, end: int) -> re.Match[str] | None:
    m = _SPACED_M_BEFORE_WORD.match(text, end)
    if m is None:
        return None
    noun = _COUNT_AFTER.match(text, m.end())
    return None if noun is None or _counted_in_millions(text, noun) else m


# What news counts by the million with a glued "m" ("sold 30m copies", "5m users", "2bn people"); a noun
# that may be tall or long ("10m waves", "a 30m drop") is read as metres, as before.
_COUNT_AFTER = re.compile(rf"{_H}{{1,3}}([A-Za-z]+)\b")
_COUNTED_IN_MILLIONS = frozenset(
    "copies people users viewers subscribers customers passengers visitors voters votes residents households "
    "jobs barrels doses tickets downloads listeners readers followers members workers children tourists "
    "pilgrims shares devices vehicles cars phones smartphones accounts patients refugees migrants".split()
)


# What a glued "m" measures in metres when a noun follows it ("10m waves", "the 100m hurdles"), and the words
# that say a length ("87m tall", "250m thick"); any other plural noun is counted by the million ("4.2m
# florins", "610m items", "1.2m litres"), as is an amount a year ("2.4m a year", "85.5m annually").
_MEASURED_IN_METRES = frozenset(
    "waves swells drops falls cliffs walls towers spires ships yachts vessels boats bridges tunnels trees dunes "
    "barriers fences seas depths hurdles relays heights lengths metres meters".split()
)
_LENGTH_WORDS = frozenset("tall high long deep wide thick below above away across up down under over".split())
_PER_PERIOD = re.compile(rf"{_H}+(?:a|per|each|every){_H}+(?:year|month|week|day)\b|{_H}+(?:annually|yearly|monthly)\b")


def _counted_in_millions(text: str, noun: re.Match[str]) -> bool:
    word = noun.group(1).lower()
    if word in _COUNTED_IN_MILLIONS:
        return True
    if noun.group(1).isupper() and 2 <= len(word) <= 5 and word not in _LENGTH_ACRONYMS:
        return True  # "9.6m TEU", "4m USD": a unit or a thing written as an acronym is counted, never a length
    if word in _MEASURED_IN_METRES or word in _LENGTH_WORDS:
        return False
    if _PER_PERIOD.match(text, noun.start()):
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


# "1,200m ASL", "366m LOA": metres above a datum, or a ship's length overall
_LENGTH_ACRONYMS = frozenset({"asl", "amsl", "msl", "agl", "aod", "bgl", "loa", "lwl"})


def _fuzzy_scale(text: str, pos: int) -> tuple[float, int] | None:
    """A damaged scale word right after the number ("8 bilion", "3 milion")."""
    m = _NEXT_TOKEN.match(text, pos)
    if m is None or m.start("w") == pos:
        return None
    word = m.group("w").lower()
    if len(word) < 5 or word in FUZZY_STOPLIST or word in UNIT_WORDS or word in CURRENCY_WORDS:
        return None
    if word.endswith(("th", "ths")):
        return None  # "two millionths", "a hundredth": fractions and ordinals, no damaged scale
    best = process.extractOne(word, _FUZZY_SCALE_CHOICES, scorer=fuzz.ratio, score_cutoff=80)
    if best is None or best[0][0] != word[0] or word == best[0]:
        return None
    return FUZZY_SCALE_WORDS[best[0]], m.end()


def _money_before(text: str, pos: int) -> bool:
    return _ending_at(_CURRENCY_PREFIX_BEFORE, text, max(0, pos - 8), pos) is not None or _code_before(text, pos) is not None


# Three capitals right before a number ("PEN 12m", "KVL 84m"): a currency code the table of codes leaves out,
# because the code is also a word or an acronym, or because no table knows it. Its "m" is a million, never
# metres. The amount keeps no unit, as one in a currency named by a word no table knows ("84 million kevels")
# keeps none: two outlets giving one sum, one by the code and one by the name, then read in one unit.
_CODE_BEFORE = re.compile(rf"(?<![A-Za-z0-9&./-])(?P<code>[A-Z]{{3}}){_H}?\Z")
_CAPITALS_BEFORE = re.compile(r"[A-Z]{2,}[^A-Za-z0-9]{0,3}\Z")  # a headline in capitals: codes are words there


def _code_before(text: str, pos: int) -> re.Match[str] | None:
    """The unknown currency code right before ``pos``, if one stands there (``_CODE_BEFORE``): not a unit
    written in capitals ("KWH"), nor a word of a line in capitals ("COSTS HIT 84M")."""
    if pos < 3 or not text[pos - 1].isupper() and not text[pos - 1].isspace():
        return None
    m = _CODE_BEFORE.search(text, max(0, pos - 5), pos)
    if m is None or m.group("code").lower() in UNIT_WORDS:
        return None
    if _CAPITALS_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return None
    return m


def _currency_word_at(text: str, pos: int) -> bool:
    m = _UNIT_AFTER.match(text, pos)
    return m is not None and " ".join(m.group("unit").lower().split()) in CURRENCY_WORDS


def _read_unit(text: str, amount: _Amount, money_context: bool) -> _Amount | None:
    """Attach a unit or currency written after the number; None when the figure is a duration."""
    end = amount.end
    if _DURATION_AFTER.match(text, end):
        return None
    m = _UNIT_AFTER.match(text, end)
    of_unit = False
    if m is None and amount.vague:
        of = _OF.match(text, end)
        if of is not None:
            if _DURATION_AFTER.match(text, of.end()):
                return None  # "hundreds of years"
            us = _US.match(text, of.end())
            m = _UNIT_AFTER.match(text, us.end() if us else of.end())
            of_unit = m is not None
            if m is None and money_context:
                fuzzy = _fuzzy_currency(text, us.end() if us else of.end(), amount)
                if fuzzy is not None:
                    return replace(fuzzy, of_unit=True)
    if m is not None:
        surface = " ".join(m.group("unit").lower().split())
        if surface in MINOR_CURRENCY_WORDS or surface in SCALED_CURRENCY_WORDS:
            currency, factor = MINOR_CURRENCY_WORDS.get(surface) or SCALED_CURRENCY_WORDS[surface]
            return replace(
                amount, end=m.end(), unit=currency, low=amount.low * factor, high=amount.high * factor
            )
        unit: str | None
        if surface in ("meters", "meter") and _DEVICES_ACT.match(text, m.end()) and not _STRETCH_BEFORE.search(
            text, max(0, amount.start - 12), amount.start
        ):
            return amount  # "8,000 meters were fitted": devices counted, the subject of a verb, never a length
        if surface in ("pound", "pounds"):
            unit = _pound_unit(text, amount, m.end())
        else:
            unit = UNIT_WORDS.get(surface) or CURRENCY_WORDS.get(surface)
        if surface in ("c", "f") and m.start("unit") != end:
            return amount
        added = None if amount.vague or amount.low != amount.high else fraction_after(text, m.end())
        if added is not None and amount.low.is_integer() and text[m.end() : added[1]].lstrip().lower().startswith("and"):
            # "a mile and a half", "two metres and a quarter": the fraction is of the unit just named
            low = amount.low + added[0]
            return replace(amount, end=added[1], unit=unit, of_unit=of_unit, low=low, high=low)
        return replace(amount, end=m.end(), unit=unit, of_unit=of_unit)
    pc = _PC_AFTER.match(text, end) if not amount.money_prefix else None
    if pc is not None:
        return replace(amount, end=pc.end(), unit="percent")
    bracket = _BRACKETED_UNIT.match(text, end) if not money_context and not amount.money_prefix else None
    if bracket is not None:
        surface = bracket.group("unit").lower()
        return replace(amount, end=bracket.end(), unit=UNIT_WORDS.get(surface) or ATTACHED_ONLY_UNITS[surface])
    turns = _TURNS_AFTER.match(text, end)
    if turns is not None and _TURNING_BEFORE.search(text, max(0, amount.start - 40), amount.start) is not None:
        return replace(amount, end=turns.end(), unit="turn")  # "rotate the dial 3 turns"
    degrees = _DEGREES_AFTER.match(text, end)
    if degrees is not None and (
        _TURNING_BEFORE.search(text, max(0, amount.start - 40), amount.start) is not None
        or _TURNING_AFTER.match(text, degrees.end()) is not None
    ):
        return replace(amount, end=degrees.end(), unit="degree")
    # (below zero, "minus 48 degrees", it is a temperature too: news gives an angle as a turn or a bearing, never
    # below zero, and a turning word before it has made it an angle already)
    if degrees is not None and (_temperature_near(text, amount.start, degrees.end()) or amount.low < 0):
        return replace(amount, end=degrees.end(), unit=_temperature_scale(text, amount.start, degrees.end()))
    post = _POSTFIX_CURRENCY.match(text, end)
    if post is not None and not amount.money_prefix:
        return replace(amount, end=post.end(), unit=POSTFIX_CURRENCY_SYMBOLS[post.group("sym")])
    inch = _INCH_BEFORE_MEASURE.match(text, end) if not money_context else None
    if inch is not None:  # "2 1/2 in thick": "in" is inches only before the measure it gives
        return replace(amount, end=inch.end(), unit="in")
    if amount.number_end == amount.end and not amount.word:
        tonnes = _MEGATONNES.match(text, end) if not amount.money_prefix else None
        if tonnes is not None:
            return replace(amount, end=tonnes.end(), unit=tonnes.group("unit"))
        a = _UNIT_ATTACHED.match(text, end)
        if a is None and not money_context and not amount.money_prefix:
            a = _UNIT_SPACED.match(text, end) or _spaced_metres(text, end)
        if a is not None:
            return replace(amount, end=a.end(), unit=ATTACHED_ONLY_UNITS[a.group("unit").lower()])
        if not money_context and not amount.money_prefix and "." in text[amount.start : end]:
            sec = _DECIMAL_SECONDS.match(text, end)
            if sec is not None:  # "clocked 9.58s", "in 58.9 s": timing gives hundredths, a decade never does
                return replace(amount, end=sec.end(), unit="s")
    if money_context:
        fuzzy = _fuzzy_currency(text, end, amount)
        if fuzzy is not None:
            return fuzzy
    elif not amount.money_prefix:
        damaged = _fuzzy_length(text, end, amount)
        if damaged is not None:
            return damaged
    return amount


# Lengths written out, for a damaged spelling to be matched against ("twenty-six mils north of", "40
# kilometers"): a distance is the unit a report most often gives with a place, and a garbled one loses it.
_FUZZY_LENGTHS = {"miles": "mi", "metres": "m", "meters": "m", "kilometres": "km", "kilometers": "km"}
_FUZZY_LENGTH_CHOICES = tuple(_FUZZY_LENGTHS)
# Directions or a place after the unit that make a damaged word a length: "mils north of", "kilomters from".
_LENGTH_AFTER = re.compile(rf"{_H}{{1,3}}(?:north|south|east|west|from|away|off|inland|offshore|long|wide|deep|high)\b",
                           re.IGNORECASE)


def _fuzzy_length(text: str, pos: int, amount: _Amount) -> _Amount | None:
    """A damaged length word right after the number, before a direction or "from" ("26 mils north of Santa
    Rosa"): only there, and never a real word (a stoplist guards it), is a near spelling read as the unit."""
    m = _NEXT_TOKEN.match(text, pos)
    if m is None or m.start("w") == pos:
        return None
    word = m.group("w").lower()
    if len(word) < 4 or word in _FUZZY_LENGTHS or word in FUZZY_STOPLIST or word in COUNTED_STOP or word in STOPWORDS:
        return None
    if _LENGTH_AFTER.match(text, m.end()) is None:
        return None
    best = process.extractOne(word, _FUZZY_LENGTH_CHOICES, scorer=fuzz.ratio, score_cutoff=88)  # "mils", not "mills"
    if best is None or best[0][0] != word[0]:
        return None
    return replace(amount, end=m.end(), unit=_FUZZY_LENGTHS[best[0]])


def _pound_unit(text: str, amount: _Amount, unit_end: int) -> str:
    """ "pounds" is money after a scale ("5 million pounds") or near a money word, else weight."""
    if amount.scaled:
        return "GBP"
    if _OF.match(text, unit_end) or text[amount.number_end : amount.number_end + 1] == "-":
        return "lb"  # "five pounds of rice", "a twenty-pound bag": a weight
    if amount.word and amount.low >= 1e6:
        return "GBP"  # "forty-five million pounds" in words is scaled as "45 million pounds" is, unless "of" follows
    before = text[max(0, amount.start - 40) : amount.start].lower().split()
    if any(w.startswith(_MONEY_VERBS) for w in before[-4:]) or _POUNDS_PER_SPAN.match(text, unit_end):
        return "GBP"
    if _PENCE_AFTER.match(text, unit_end) and not _OUNCES_AFTER.match(text, unit_end):
        return "GBP"  # "two pounds sixty-five", "4 pounds 50": pounds and the pence after them
    if _POUNDS_A_THING.match(text, unit_end) and not any(w.startswith("weigh") for w in before):
        return "GBP"  # "96 pounds a plot", "five pounds per ticket": a price of each thing
    return "lb"


# A verb right after "meters" that a length never governs: the meters are things, counted ("6,500 meters were
# swapped", "2,000 meters have been replaced"); a length is "ran 400 meters", "400 meters away".
_STRETCH_BEFORE = re.compile(r"\b(?:last|final|first|next|remaining|closing|opening)\s+\Z", re.IGNORECASE)
_DEVICES_ACT = re.compile(rf"{_H}{{1,3}}(?:were|have|had|are|will|would|must|need|needed|remain|remained)\b", re.IGNORECASE)


# "thirty pounds a year", "eight pounds an hour": pounds told over a span of time are money paid, saved or charged
_POUNDS_PER_SPAN = re.compile(rf"{_H}{{1,3}}(?:a|an|per){_H}{{1,3}}(?:year|month|week|hour|annum)\b", re.IGNORECASE)
# Pence written after the pounds, in digits or words: a weight goes on in ounces ("seven pounds three ounces").
_PENCE_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:\d{{1,2}}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six"
    rf"|seven|eight|nine))?|ten|eleven|twelve|fifteen)(?![\w.,]*{_H}*(?:percent|per\s+cent|%|pounds?|years?))\b",
    re.IGNORECASE,
)
_OUNCES_AFTER = re.compile(rf"{_H}{{1,3}}[\w-]+{_H}{{1,3}}(?:ounces?|oz)\b", re.IGNORECASE)
# "a" or "per" and a thing the pounds are paid for, not a span of time (a weight eaten or lost a day, "2.2 pounds a
# day") nor a unit a weight is read against (a weight per square inch is a pressure, per acre a yield).
_POUNDS_A_THING = re.compile(
    rf"{_H}{{1,3}}(?:a|per|for\s+each){_H}{{1,3}}(?!square|acre|hectare|cubic|foot|inch|yard|mile|side|day|night|week|month|year|hour|minute|season|time)[a-z]{{3,}}\b"
)


def _fuzzy_currency(text: str, pos: int, amount: _Amount) -> _Amount | None:
    """A damaged currency word ("dlars", "eros") right at ``pos``; guarded by a stoplist of real words."""
    m = _NEXT_TOKEN.match(text, pos)
    if m is None or (m.start("w") == pos and pos == amount.end and not amount.vague):
        return None
    word = m.group("w").lower()
    if len(word) < 4 or word in FUZZY_STOPLIST or word in COUNTED_STOP or word in STOPWORDS:
        return None
    best = process.extractOne(word, _FUZZY_CURRENCY_CHOICES, scorer=fuzz.ratio, score_cutoff=75)
    if best is None or best[0][0] != word[0] or not _damaged_form_of(word, best[0]):
        return None
    return replace(amount, end=m.end(), unit=FUZZY_CURRENCY_WORDS[best[0]])


def _damaged_form_of(word: str, name: str) -> bool:
    """A damaged spelling is one slip from the name (a letter lost, doubled, changed or two swapped), or two letters
    lost ("dlars"); a word further off that still looks alike ("prondas" beside "pounds") is more likely a currency
    of its own, which a story names again and again, than the same slip made twice."""
    slips = OSA.distance(word, name)
    return slips <= 1 or (slips == 2 and len(word) == len(name) - 2)


def _read_amount(text: str, pos: int, in_range: bool = False) -> tuple[_Amount | None, str | None]:
    """Number, scale and unit at ``pos``; returns (amount, currency of a prefix) or (None, None)."""
    amount = _read_number(text, pos, in_range)
    if amount is None:
        return None, None
    currency = None
    prefix = _ending_at(_CURRENCY_PREFIX_BEFORE, text, max(0, pos - 8), pos)
    if prefix is not None and not amount.word:
        currency = CURRENCY_SYMBOLS.get("".join(prefix.group().split()).lower(), "USD")
        amount = replace(amount, start=prefix.start(), money_prefix=True)
    money_context = currency is not None or amount.scaled or amount.vague
    read = _read_unit(text, amount, money_context and currency is None)
    if read is None:
        return None, None
    if (
        currency is None and not read.scaled and read.unit is not None and len(read.unit) == 3
        and text[read.end - 3 : read.end].upper() == read.unit  # the ISO code as written: "75 USD million"
        and (scale := _CODE_SCALE.match(text, read.end)) is not None
    ):
        factor = SCALES[scale.group("s").lower()]
        read = replace(read, end=scale.end(), low=read.low * factor, high=read.high * factor, scale=factor)
    if (
        read.unit is not None and currency is None and UNITS.get(read.unit, ("",))[0] == "length"
        and (per := _PER_TIME.match(text, read.end)) is not None
    ):  # "50 metres per millisecond": a speed
        read = replace(read, end=per.end(), unit=f"{read.unit}/{PER_TIME_UNITS[per.group('t').lower()][0]}")
    if (
        read.unit is not None and currency is None and UNITS.get(read.unit, ("",))[0] in RATE_NUMERATOR_DIMENSIONS
        and (per := _PER_MEASURE.match(text, read.end)) is not None
    ):
        read = _as_rate(read, per)
    if currency is not None:
        read = replace(read, unit=currency if read.unit is None or read.unit in _MONEY_UNITS else read.unit)
    elif not in_range and read.unit in COMPOUND_UNITS and read.low == read.high and read.low.is_integer():
        read = _second_part(text, read)
    return read, currency


_PER_TIME = re.compile(
    rf"(?:{_H}{{0,2}}/{_H}{{0,2}}|{_H}{{1,3}}per{_H}{{1,3}})(?P<t>{_alternation(PER_TIME_UNITS)})(?![A-Za-z0-9/])",
    re.IGNORECASE,
)
# "per 100 millilitres", "per 1,000 litres": the counted denominator of a rate, in a volume, a weight or an area.
# ("per litre" alone is the rate's usual denominator, left unread: an outlet that leaves it unsaid, "8 mg", gives
# the same figure.)
_RATE_DENOMINATORS = {
    surface: unit for surface, unit in [*UNIT_WORDS.items(), *ATTACHED_ONLY_UNITS.items()]
    if UNITS.get(unit, ("",))[0] in RATE_DENOMINATOR_DIMENSIONS
}
_PER_MEASURE = re.compile(
    rf"{_H}{{1,3}}(?:per|for{_H}{{1,3}}every|in{_H}{{1,3}}every){_H}{{1,3}}(?P<n>[1-9][0-9]{{0,2}}(?:,[0-9]{{3}})*){_H}{{1,3}}"
    rf"(?P<u>{_ci_alternation(_RATE_DENOMINATORS)})(?![A-Za-z0-9/])",
    re.IGNORECASE,
)


def _as_rate(read: _Amount, per: re.Match[str]) -> _Amount:
    """ "15 mg per 100 millilitres" is 150 mg (per litre): the amount over one of the denominator's base unit."""
    _dimension, _base, factor = UNITS[_RATE_DENOMINATORS[" ".join(per.group("u").lower().split())]]
    over = float(per.group("n").replace(",", "")) * (factor or 1.0)
    return replace(read, end=per.end(), low=read.low / over, high=read.high / over)


_CODE_SCALE = re.compile(rf"{_H}{{1,2}}(?P<s>{_SCALE_WORDS})(?![A-Za-z])", re.IGNORECASE)
_DETERMINER_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:the|a|an|his|her|their|its|this|that|our|my|your)(?![A-Za-z])", re.IGNORECASE
)
_PART_LEAD = re.compile(rf"(?:,?{_H}{{1,3}}and)?{_H}{{1,3}}(?=\w)", re.IGNORECASE)
_PART_UNIT = {
    unit: re.compile(rf"{_H}{{0,3}}(?:{_alternation(surfaces)})(?![A-Za-z])", re.IGNORECASE)
    for unit, (surfaces, _factor, _most) in COMPOUND_UNITS.items()
}


_CLAUSE_END = re.compile(rf"(?={_H}{{0,3}}(?:[.;!?)]|,(?!\d)|\Z))")


def _second_part(text: str, amount: _Amount) -> _Amount:
    """ "5 feet 2 inches" is 5 2/12 ft, "3 dollars and 50 cents" 3.50 USD: the smaller unit's count, below
    one of the larger unit, added; the figure otherwise as it was."""
    assert amount.unit is not None
    lead = _PART_LEAD.match(text, amount.end)
    if lead is None:
        return amount
    part = _read_plain_number(text, lead.end(), in_range=True)
    if part is None or part.vague or part.scaled or part.unit is not None:
        return amount
    unit_m = _PART_UNIT[amount.unit].match(text, part.end)
    _surfaces, factor, most = COMPOUND_UNITS[amount.unit]
    if unit_m is None and len(amount.unit) == 3 and part.low == int(part.low) and 0 < part.low < most:
        # "15 dollars 50.", "thirteen dollars forty five": the cents said without their word, only where
        # the sentence ends there ("15 dollars and 50 volunteers" is two figures)
        unit_m = _CLAUSE_END.match(text, part.end)
    if unit_m is None or not 0 <= part.low < most:
        return amount
    if unit_m.group().strip().lower() in ("in", "p") and _DETERMINER_AFTER.match(text, unit_m.end()):
        return amount  # "5 ft 2 in the shed": "in" is the preposition
    value = amount.low + part.low * factor
    joined = replace(amount, low=value, high=value, end=unit_m.end())
    if amount.unit == "h" and part.low == int(part.low):  # and its seconds: "2 hours 4 minutes 38 seconds"
        seconds = _second_part(text, replace(joined, low=part.low, high=part.low, unit="min"))
        if seconds.end > joined.end:
            value += (seconds.low - part.low) / 60
            joined = replace(joined, low=value, high=value, end=seconds.end)
    return joined


# "half past seven", "ten past 9 in the morning", "a quarter to eight", "20 minutes past eight": a clock
# time told in words (the date reader's), no figure. Only with half or quarter, minutes, o'clock, a part
# of the day or am/pm, so "five to two" (a score) and "from two to three seats" stay figures.
_CLOCK_IN_WORDS = re.compile(  # found from its "past"/"to"/"after"; the minutes are read back from there
    rf"\b(?:past|to|after){_H}{{1,3}}(?:{_NUMBER_WORDS}|\d{{1,2}}|(?P<named>midnight|noon|midday))\b"
    rf"(?!{_H}{{0,3}}%|{_H}{{1,3}}(?!(?:{CLOCK_HOUR_FOLLOWERS})\b)[A-Za-z])"  # "a quarter to 10 percent"
    rf"(?P<tail>{_H}{{1,3}}(?:o['’]?clock|(?:in{_H}{{1,3}}the|this){_H}{{1,3}}(?:morning|afternoon|evening)|at{_H}{{1,3}}night|tonight"
    rf"|[ap]\.?m\.?(?!\w)))?",
    re.IGNORECASE,
)
# The words before bare minutes that make "twenty past seven" a clock time (the date reader's ``_CLOCK_AT``)
_CLOCK_AT = re.compile(rf"\b(?:at|by|until|around|till|since|about|shortly|just){_H}{{1,3}}\Z", re.IGNORECASE)
_CLOCK_MINUTES_BEFORE = re.compile(
    rf"\b(?:(?:a{_H}{{1,3}})?(?P<hq>half|quarter)|(?:{_NUMBER_WORDS}|\d{{1,2}})(?P<min>{_H}{{1,3}}min(?:ute)?s?)?)"
    rf"{_H}{{1,3}}\Z",
    re.IGNORECASE,
)


def _ending_shape(pattern: re.Pattern[str]) -> tuple[int | None, bool]:
    """(longest match, whether a match ends in horizontal white space) of a pattern whose every match ends
    with the text (``\\Z`` closes it); (None, False) for any other pattern or an unbounded longest match."""
    if not ends_at_end(pattern):
        return None, False
    extent = reach(pattern)
    return (extent[0] if extent else None), pattern.pattern.endswith(_H + "{1,3}\\Z")


_SHAPES: dict[int, tuple[int | None, bool]] = {}  # by the pattern's id: hashing a pattern hashes its code


def _tails(*phrases: object) -> tuple[str, ...]:
    """The last words of phrases, lower-cased: what the text before a look-back's closing white space must
    end with (``_ending_at``)."""
    return tuple(sorted({str(p).lower().split()[-1] for group in phrases for p in group}))  # type: ignore[attr-defined]




def _ending_at(pattern: re.Pattern[str], text: str, floor: int, end: int) -> re.Match[str] | None:
    """``pattern.search(text, floor, end)`` for the patterns that read back from a number (they end with
    ``\\Z``): started no further back than the longest match, and not run at all when a match must end in
    white space and the character before ``end`` is none. The same match, a fraction of the positions tried."""
    shape = _SHAPES.get(id(pattern))
    if shape is None:
        shape = _SHAPES[id(pattern)] = _ending_shape(pattern)
    widest, spaced = shape
    if spaced and (end <= floor or not text[end - 1].isspace() or text[end - 1] == "\n"):
        return None
    tails = _TAILS.get(id(pattern))
    if tails is not None:
        stop = end
        while stop > floor and text[stop - 1].isspace() and text[stop - 1] != "\n":
            stop -= 1
        before = text[max(floor, stop - _TAIL_REACH) : stop]
        if before.isascii() and not before.lower().endswith(tails):
            return None  # (outside ASCII, case folding may make other letters match: the pattern decides)
    return pattern.search(text, floor if widest is None else max(floor, end - widest), end)


# A clock time told in words starts at its "past", "to" or "after" (read with ``_date_prefilter``'s windows:
# the pattern is tried there alone, not at every position of the article).
_CLOCK_NEEDLES: list[Needles] = [(("after", "past", "to"), None, 0)]
_CLOCK_REACH = reach(_CLOCK_IN_WORDS)


def _clock_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    windows = text_anchors(text).windows(_CLOCK_NEEDLES) if _CLOCK_REACH is not None else None
    found = _CLOCK_IN_WORDS.finditer(text) if windows is None or _CLOCK_REACH is None else (
        matches(_CLOCK_IN_WORDS, text, windows, _CLOCK_REACH[1]))
    for m in found:
        before = _CLOCK_MINUTES_BEFORE.search(text, max(0, m.start() - 32), m.start())
        if before is not None and (
            before.group("hq") or before.group("min") or m.group("tail") or m.group("named")  # "twenty to midnight"
            or _CLOCK_AT.search(text, max(0, before.start() - 10), before.start())  # "at twenty past seven"
        ):
            spans.append((before.start(), m.end()))
    return spans


def extract_figures(text: str, context: ExtractionContext) -> list[Extraction]:
    """Every figure in ``text`` as an Extraction holding a Quantity, in text order."""
    del context  # figures do not depend on the publication date
    found: list[Extraction] = []
    pos = 0
    last_end = 0
    n = len(text)
    anchors = text_anchors(text)
    lowered = anchors.lowered
    # Every magnitude has one of these words beside it: in a text with none, no digit is tried as one.
    magnitudes = not anchors.usable or anchors.holds_any(_MAGNITUDE_NEEDS)
    clocks = _clock_spans(text) if any(w in lowered for w in (" past ", " to ", " after ")) and any(
        w in lowered for w in ("past", "quarter", "min", "clock", "morning", "afternoon", "evening", "night", "m.", "noon", "midday")
    ) else []
    # The next candidate at or after ``pos``: the next word candidate, or the next digit or fraction sign,
    # whichever comes first. The signs are searched for as the scan goes (a figure's digits are passed over
    # in one step), not listed one by one beforehand.
    words = _word_candidates(text, lowered)
    i = 0
    sign = -1  # where the next sign at or after ``pos`` is (``n``: none is)
    while pos < n:
        while i < len(words) and words[i][0] < pos:
            i += 1
        if sign < pos:
            found_sign = _SIGN_TRIGGER.search(text, pos)
            sign = found_sign.start() if found_sign is not None else n
        if i < len(words) and words[i][0] < sign:
            start, cand_end = words[i]
        elif sign < n:
            start, cand_end = sign, sign + 1
        else:
            break
        inside = next((e for s, e in clocks if s <= start < e), None)
        if inside is not None:
            pos = inside  # a clock time told in words
            continue
        phone = _phone_at(text, start)
        if phone:
            pos = phone
            continue
        figure = _special_at(text, start, last_end, magnitudes) or _figure_at(text, start, last_end)
        if figure is None:
            pos = _rest_of_token(text, cand_end) if text[start].isdigit() else cand_end
            continue
        found.append(figure)
        last_end = pos = max(figure.end, start + 1)
    if "ties" in lowered:
        found = _with_age_decades(text, found)
    if any(w in lowered for w in _ONE_UNIT_NEEDS):
        found = _with_one_units(text, found)
    if "half" in lowered or "quarter" in lowered or "third" in lowered:
        found = _with_half_spans(text, found)
    found = _with_free(found, ordinals(text, lowered if anchors.usable else None))
    if ":" in text:
        found = _with_free(found, race_times(text))
    if "twice" in lowered or "thrice" in lowered or "x " in lowered:
        found = _with_free(found, _repeat_counts(text))
    if "under-" in lowered:
        found = _with_free(found, _age_bands(text))
    if found:
        found = _without_names(text, found)
    if found and any(w in lowered for w in HEDGES):
        found = [e for e in found if not _hedged_year(text, e)]
    if found and " over " in lowered:
        found = [_over_as_place(text, e) for e in found]
    return found


# "twice the legal cap", "5x the limit": a multiple of a named amount told in one word, read as the scan
# reads "five times the limit" (a count of times). Only before the amount it multiplies: "scored twice" and "twice a
# day" tell how often, "twice as fast" compares, and the figures benchmarks' annotations count none of them.
_REPEAT_COUNT = re.compile(
    r"(?<![\w-])(?:(?P<w>twice|thrice)(?=[^\S\n]{1,3}(?:the|that|those|its|their|his|her)\b)"
    r"|(?P<d>[1-9][0-9]{0,2}(?:\.[0-9]{1,2})?)x(?=[^\S\n]{1,3}[A-Za-z]))(?![\w-])",
    re.IGNORECASE,
)


def _repeat_counts(text: str) -> list[Extraction]:
    """Multiples written in one word ("twice the level", "thrice") or with an "x" ("5x the limit"), with a hedge
    before them ("no more than twice the cap")."""
    found: list[Extraction] = []
    for m in _REPEAT_COUNT.finditer(text):
        word = m.group("w")
        value = (2.0 if word.lower() == "twice" else 3.0) if word else float(m.group("d"))
        hedge = _ending_at(_HEDGE_ONLY, text, max(0, m.start() - _WINDOW), m.start())
        start = hedge.start("q") if hedge is not None else m.start()
        quantity = _hedged(value, value, "", hedge.group("q") if hedge else None, "times")
        found.append(Extraction(start, m.end(), replace(quantity, unit=None)))  # a count: no unit, as "three times"
    return found


# An age band named by its limit, "the under-16s", "an under-21 side", "Under-14s": those younger than the limit,
# the bound "players under 16" states (a hyphen joins the words, so the scan reads no figure there, as in "Su-34").
_AGE_BAND = re.compile(r"(?<![\w-])(?P<q>under)-(?P<n>[1-9][0-9]?)(?:s|['’]s)?(?![\w-])", re.IGNORECASE)


def _age_bands(text: str) -> list[Extraction]:
    """Each age band of ``text`` as the bound it names: "under-16s" is under 16."""
    return [
        Extraction(m.start(), m.end(), replace(_hedged(float(m.group("n")), float(m.group("n")), "", "under", None), unit=None))
        for m in _AGE_BAND.finditer(text)
    ]


# Verbs after which "over" is where, not "more than": "gulls flew over 31 trawlers", "the pony jumped over 9
# hurdles", "a haze hung over 40 villages"; and phrasal verbs whose "over" is their own: "banks must hand over 35
# percent", "signed over 40 hectares" (not "took over 3 hours" or "gave over $2 million": more than).
_PLACE_OVER = re.compile(
    r"\b(?:fl(?:ew|y|ies|ying|own)|jump(?:ed|s|ing)?|leap(?:t|ed|s|ing)?|h(?:ung|ang|angs|anging)|hover(?:ed|s|ing)?"
    r"|tower(?:ed|s|ing)?|loom(?:ed|s|ing)?|clear|climb(?:ed|s|ing)?|step(?:ped|s)?|swept|sweep(?:s|ing)?|spread"
    r"|flap(?:ped|s|ping)?|fluttered|wav(?:ed|es|ing)|drap(?:ed|es)"
    r"|hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|sign(?:ed|s|ing)?)"
    r"[^\S\n]{1,3}\Z",
    re.IGNORECASE,
)


# Words after which "over" gives a cause, not "more than": a quarrel about something ("a row over 40 job cuts", "the
# dispute over 12 percent") and, before a count of things, a sanction for them ("the study was retracted over 14
# images", "two officers sacked over 3 deaths"); a sum or a measure after a sanction stays a bound ("fined over
# $2 million", "suspended over three weeks").
_QUARREL_OVER = re.compile(
    r"\b(?:rows?|disputes?|clash(?:es)?|protests?|anger|fury|outrage|uproar|concerns?|fears?|worries|controversy"
    r"|criticism|quarrel|spat|standoff|stand-off|probe|feud)[^\S\n]{1,3}\Z",
    re.IGNORECASE,
)
_SANCTIONED_OVER = re.compile(
    r"\b(?:retracted|withdrawn|sacked|fired|dismissed|ousted|arrested|detained|charged|sued|jailed|resigned|quit"
    r"|banned|censured|disciplined|expelled|reprimanded|investigated|questioned|recalled)[^\S\n]{1,3}"
    r"(?:(?:yesterday|today|(?:last|on|this)[^\S\n]{1,3}[A-Za-z]{3,9})[^\S\n]{1,3})?\Z",  # "retracted on Monday over"
    re.IGNORECASE,
)


def _over_as_place(text: str, e: Extraction) -> Extraction:
    """A figure read as "over N" where "over" follows a verb of place, or gives a cause: N exactly, from its
    number on."""
    value = e.value
    head = text[e.start : e.start + 5].lower()
    if not isinstance(value, Quantity) or head != "over " or value.low is None or value.high is not None:
        return e
    before = max(0, e.start - 16)
    if not (
        _PLACE_OVER.search(text, before, e.start)
        or _QUARREL_OVER.search(text, before, e.start)
        or (value.unit is None and _SANCTIONED_OVER.search(text, max(0, e.start - 32), e.start))
    ):
        return e
    number = _NUMBER_AFTER.match(text, e.start + 4)
    if number is None:
        return e
    start = number.end() - len(number.group().lstrip())
    return Extraction(start, e.end, replace(value, high=value.low, qualifier=None, approximate=False))


def _hedged_year(text: str, e: Extraction) -> bool:
    """ "painted around 1642": the date reader's approximate year, no count (see _hedged_years)."""
    value = e.value
    if not isinstance(value, Quantity) or value.unit or value.counted or value.low != value.high:
        return False
    digits = text[e.start : e.end].split()[-1]
    return (
        len(digits) == 4 and digits.isdigit() and 1000 <= int(digits) <= 2199
        and dated_by_words(text, e.end - len(digits))
    )


_DECADES = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
            "eighties": 80, "nineties": 90}
_AGE_DECADE = re.compile(
    rf"(?<![A-Za-z])in{_H}{{1,3}}(?:his|her|their){_H}{{1,3}}(?:(?P<part>early|mid|late)(?:-|{_H}{{1,3}}))?"
    rf"(?P<decade>{'|'.join(_DECADES)})(?![A-Za-z])",
    re.IGNORECASE,
)


def _with_age_decades(text: str, found: list[Extraction]) -> list[Extraction]:
    """ "a woman in her sixties", "a man in his late forties": an age told by its decade in words, read as
    "in his late 40s" is (``_decade_age_at``). Only after "his", "her" or "their": "in the sixties" is a
    decade of the calendar, the date reader's."""
    added: list[Extraction] = []
    for m in _AGE_DECADE.finditer(text):
        base = _DECADES[m.group("decade").lower()]
        part = m.group("part").lower() if m.group("part") else None
        first, last = _DECADE_PARTS[part]
        added.append(Extraction(m.start(), m.end(), Quantity(
            float(base + first), float(base + last), unit="years old", approximate=False, qualifier=part)))
    return _with_free(found, added)


def _with_free(found: list[Extraction], added: list[Extraction]) -> list[Extraction]:
    """``found`` and those of ``added`` that overlap none of it, in text order (the scan's readings win)."""
    free = [x for x in added if not any(e.start < x.end and x.start < e.end for e in found)]
    return sorted([*found, *free], key=lambda e: e.start) if free else found


# A number written right after a name ("Boeing 787", "iPhone 4", "Flight 370") names a model; the same
# article then often writes it alone ("the 787", "a new 787"): alone, it is that name again.
_WORD_AFTER = re.compile(rf"{_H}{{1,3}}(?!(?:later|ago|before|after|earlier|or|and|to|of)\b)[a-z]")
_POINTS_AFTER = re.compile(rf"{_H}{{1,3}}points?(?![A-Za-z])", re.IGNORECASE)
# "a 9-point deduction", "a 12-point lead": a compound of points before a noun of a margin or a penalty, which
# measures it in points as "docked 9 points" does ("a ten-point plan" lists items and stays out).
_POINT_HEADS = (
    "deduction|penalty|lead|margin|gap|swing|deficit|advantage|cushion|drop|fall|rise|gain|jump|slide|win|victory|defeat"
    # what a player scores in one go or in all: "a 147-point break", "a 365-point play", "a 40-point haul"
    "|play|move|break|haul|tally|total"
)
_POINT_COMPOUND = re.compile(rf"(?P<pt>-points?){_H}{{1,3}}(?:{_POINT_HEADS})s?(?![A-Za-z])", re.IGNORECASE)
_NAME_NUMBER = re.compile(r"(?<![\w.])(?P<w>[A-Z][A-Za-z-]*|[a-z]+[A-Z][A-Za-z]*)[^\S\n](?P<n>\d{2,4})(?![\w.,%])")
_BARE_DIGITS = re.compile(r"\d{1,4}")
_STREET_AFTER = re.compile(
    r"[^\S\n]{1,3}(?:[A-Z][A-Za-z'’-]+[^\S\n]{1,3}){1,3}"
    r"(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Way|Place|Pl|Square|Sq|Terrace|Court|Ct|Highway)\b"
)
_LIST_ITEM = re.compile(r"[.)][^\S\n]{1,3}\S")


def _line_start(text: str, pos: int) -> bool:
    """Nothing but white space between the last line break (or the start) and ``pos``."""
    line = text.rfind("\n", 0, pos) + 1
    return not text[line:pos].strip()


def _name_numbers(text: str) -> set[str]:
    """The numbers from 100 up that some name in the text carries ("Boeing 787")."""
    return {
        m.group("n")
        for m in _NAME_NUMBER.finditer(text)
        if int(m.group("n")) >= 100
        and m.group("w").lower() not in STOPWORDS
        and m.group("w").lower().rstrip(".") not in MONTHS
        and m.group("w").lower() not in _HEDGES
        and m.group("w").lower() not in COUNTED_STOP
        and not _coded_sum(text, m.start("n"), m.end("n"))  # "XQR 940 a tonne": a price, no model
    }


def _without_names(text: str, found: list[Extraction]) -> list[Extraction]:
    """Drop bare numbers that are model names or codes: a number some name in the article carries
    (from 100 up, so that small counts stay), or digits glued to letters ("3GS", "7e7", "150px")."""
    names: set[str] | None = None  # read once, and only for a bare number of 100 or more: only those can be one
    kept = []
    for figure in found:
        q = figure.value
        assert isinstance(q, Quantity)
        digits = text[figure.start : figure.end]
        bare = q.unit is None and not q.vague and q.qualifier is None and _BARE_DIGITS.fullmatch(digits) is not None
        if bare and int(digits) >= 100 and names is None:
            names = _name_numbers(text)
        if bare and (int(digits) >= 100 and names is not None and digits in names or text[figure.end : figure.end + 1].isalpha()):
            continue
        if bare and (_STREET_AFTER.match(text, figure.end) or _LIST_ITEM.match(text, figure.end) and _line_start(text, figure.start)):
            continue  # "221 Baker Street": an address; "1. Velmora ...": a list marker
        kept.append(figure)
    return kept


_SI_GROUPS = re.compile(r"[1-9]\d{0,2}(?: \d{3})+")


def _phone_at(text: str, pos: int) -> int:
    """End of a phone number starting at ``pos`` (so the scan skips all of it), else 0."""
    if not text[pos].isdigit() or (pos and text[pos - 1].isalnum()):
        return 0
    m = _PHONE.match(text, pos)
    if m is None:
        return 0
    digits = sum(c.isdigit() for c in m.group())
    plus = pos > 0 and text[pos - 1] in "+("
    if not plus and _SI_GROUPS.fullmatch(m.group()):
        return 0  # "1 414 021 100": thousands grouped with spaces, SI style; phone groups are not all three digits
    return m.end() if digits >= 9 or (plus and digits >= 7) else 0


# --- magnitudes, ages and durations ---------------------------------------------------------------
# Forms whose unit word the general reader skips or splits off: a quake's magnitude ("a 6.9-magnitude
# quake", "magnitude-7.1", "5.4 on the Richter scale"), an age ("a 45-year-old", "aged 45",
# "Smith, 45,") and a duration in a form that cannot be a date ("a 48-hour strike", "for three
# weeks", "in more than a century"). Each is read whole, so "7.1" in "magnitude-7.1" is never also
# a plain figure, and a time word anywhere else still keeps its figure out.

_HEDGE_WORDS = _alternation([*APPROXIMATE, *LOWER_BOUND, *UPPER_BOUND])


# "a quarter of", "three-quarters of", "two thirds of", "six-tenths of": a part of the one unit named next, any
# fraction in words up to tenths (statistics offices and wires write a small change as "six-tenths of one
# percent" as often as "0.6 percent"; the unit follows as "a", "an" or "one").
_PART_NUMERATORS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                    "eight": 8, "nine": 9}
_PART_DENOMINATORS = ("quarter", "third", "fifth", "sixth", "eighth", "tenth")
_PART_OF_ONE = (
    rf"(?P<part>(?:{'|'.join(_PART_NUMERATORS)})(?:{_H}{{1,3}}|{_H}?-{_H}?)(?:{'|'.join(_PART_DENOMINATORS)})s?)"
    rf"{_H}{{1,3}}of{_H}{{1,3}}"
)


def _part(m: re.Match[str]) -> float:
    """The share a ``_PART_OF_ONE`` match names ("three-quarters" is 0.75, "six-tenths" 0.6)."""
    numerator, denominator = re.split(r"[\s-]+", m.group("part").lower())
    return _PART_NUMERATORS[numerator] / DENOMINATORS[denominator]


# "almost a mile", "more than a metre of water", "half a percent": a hedge or "half", then "a" and a unit of
# measure written out in the singular: one (half) of that unit (a count of "a" alone is no figure).
_ONE_UNIT_WORDS = (
    "mile", "kilometre", "kilometer", "metre", "meter", "foot", "yard", "inch", "centimetre", "centimeter",
    "kilogram", "kilo", "tonne", "ton", "litre", "liter", "hectare", "acre", "square mile", "square kilometre",
    "square kilometer", "square metre", "square meter", "nautical mile", "percent", "per cent", "percentage point",
)
# Every match holds one of these (a text with none is not scanned): "a" and the unit's first letters.
_ONE_UNIT_NEEDS = ("a mile", "a metre", "a meter", "a kilo", "a foot", "a yard", "an inch", "a centi", "a ton",
                   "a litre", "a liter", "a hectare", "an acre", "a square", "a nautical", "a per", "one per")
_ONE_UNIT = re.compile(
    rf"(?<![A-Za-z])(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?"
    rf"(?:(?P<half>half{_H}{{1,3}})an?|{_PART_OF_ONE}(?:an?|one)|an?){_H}{{1,3}}"
    rf"(?P<u>{'|'.join(sorted(_ONE_UNIT_WORDS, key=len, reverse=True))})(?![A-Za-z-])"
    rf"(?:{_H}{{1,3}}and{_H}{{1,3}}an?{_H}{{1,3}}(?P<frac>half|quarter)(?![A-Za-z-]))?",  # "a mile and a half"
    re.IGNORECASE,
)


# (tried only near the unit words every match holds: the whole scan was a few percent of figure reading)
_ONE_UNIT_SCAN = Scan(_ONE_UNIT)


def _with_one_units(text: str, found: list[Extraction]) -> list[Extraction]:
    """ "almost a mile", "more than a metre", "within half a kilometre", "half a percent", "three-quarters of a
    mile": one unit (a part of one), hedged; "a" and a unit alone ("a mile away", "a percent of it") stay no
    figure."""
    added: list[Extraction] = []
    for m in _ONE_UNIT_SCAN.finditer(text):
        if not (m.group("q") or m.group("half") or m.group("part") or m.group("frac") or _PER_AFTER.match(text, m.end())):
            # "a mile away" alone is no figure; "half a mile", "almost a mile", "a mile and a half" are, and so is
            # one unit by the period ("a kilo a day", "a tonne a year"): a rate as "two kilos a day" is
            continue
        if (m.group("half") or m.group("part")) and m.group("frac"):
            continue  # ("half a mile and a half": no reading)
        amount = 0.5 if m.group("half") else _part(m) if m.group("part") else 1.0
        if m.group("frac"):
            amount += 0.5 if m.group("frac").lower() == "half" else 0.25
        added.append(_one_reading(m, amount, UNIT_WORDS[" ".join(m.group("u").lower().split())]))
    # "three quarters" inside "three quarters of a mile" was read alone, a share of nothing, and "one percent"
    # inside "six-tenths of one percent" as the whole unit: the reading of the unit's part replaces both.
    inside = {
        id(e) for x in added for e in found
        if x.start <= e.start and e.end <= x.end and (_bare(e) or _same_unit(e, x)) and (x.start, x.end) != (e.start, e.end)
    }
    return _with_free([e for e in found if id(e) not in inside], added)


def _one_reading(m: re.Match[str], amount: float, unit: str) -> Extraction:
    """An amount of one unit a match spells out, with the hedge its ``q`` group holds. A part of the unit
    in words with no hedge ("a quarter of an hour", "a third of a mile") is a round figure, as rough as
    "about 15 minutes": what a reporter writes for the 14 minutes another outlet timed."""
    hedge = " ".join(m.group("q").lower().split()) if m.group("q") else None
    value = _hedged(amount, amount, unit, hedge, None)
    if hedge is None and "part" in m.re.groupindex and m.group("part") and isinstance(value, Quantity):
        value = replace(value, approximate=True)
    return Extraction(m.start(), m.end(), value)


# "an hour and a half", "under a year and a half", "half an hour", "for half a day": one unit of time and a
# half, or half of one, as the number reader reads "two hours and a half" and "one and a half days".
_SPAN_WORDS = ("second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade", "century")
_HALF_SPAN = re.compile(
    rf"(?<![A-Za-z])(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?"
    rf"(?:(?P<half>half){_H}{{1,3}}an?{_H}{{1,3}}(?P<u1>{'|'.join(_SPAN_WORDS)})"
    rf"|{_PART_OF_ONE}an?{_H}{{1,3}}(?P<u3>{'|'.join(_SPAN_WORDS)})"
    rf"|an?{_H}{{1,3}}(?P<u2>{'|'.join(_SPAN_WORDS)}){_H}{{1,3}}and{_H}{{1,3}}a{_H}{{1,3}}(?P<frac>half|quarter))"
    rf"(?![A-Za-z-])",
    re.IGNORECASE,
)


# (tried only near "half", "quarter" and "third", which every match holds)
_HALF_SPAN_SCAN = Scan(_HALF_SPAN)


# "a lag of half a minute" (the measure a noun names), "closed for half a day" (how long: "for" says it is a span).
_OF_BEFORE = re.compile(r"(?<![A-Za-z])(?:of|for)[^\S\n]{1,2}\Z", re.IGNORECASE)


def _with_half_spans(text: str, found: list[Extraction]) -> list[Extraction]:
    """ "an hour and a half" (1.5 hours), "half an hour" (0.5), "a quarter of an hour" (0.25), "an hour and a
    quarter" (1.25), hedged as written; a point in time ("a day
    and a half later", "half an hour ago") is the date reader's, and "half an hour" alone, unhedged, a span
    only where a number reader would read one (it is left out: "half an hour's drive" names a distance), or after
    "of", where a noun names what it measures ("a lag of half a minute")."""
    added: list[Extraction] = []
    for m in _HALF_SPAN_SCAN.finditer(text):
        if m.group("half") and not m.group("q") and not _OF_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # (but "a lag of half a minute", "a queue of half an hour": the measure a noun names)
        if _OFFSET_AFTER.match(text, m.end()) or _PER_AFTER.match(text, m.end()):
            continue
        unit, factor = TIME_WORDS[(m.group("u1") or m.group("u2") or m.group("u3")).lower()]
        if m.group("half"):
            amount = 0.5
        elif m.group("part"):
            amount = _part(m)  # ("a quarter of an hour": the number reader reads "a quarter" alone, a share of nothing)
        else:
            amount = 1.5 if m.group("frac").lower() == "half" else 1.25
        added.append(_one_reading(m, amount * factor, unit))
    # "a half" inside "an hour and a half" was read alone, a fraction of nothing, and "an hour" inside "half an
    # hour after": the span replaces it.
    inside = {
        id(e) for x in added for e in found
        if x.start <= e.start and e.end <= x.end and (_bare(e) or _same_unit(e, x)) and (x.start, x.end) != (e.start, e.end)
    }
    return _with_free([e for e in found if id(e) not in inside], added)


def _same_unit(e: Extraction, x: Extraction) -> bool:
    return isinstance(e.value, Quantity) and isinstance(x.value, Quantity) and e.value.unit == x.value.unit


def _bare(e: Extraction) -> bool:
    return isinstance(e.value, Quantity) and e.value.unit is None and e.value.counted is None


_MAGNITUDE_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:(?:Richter|moment){_H}{{1,3}})?magnitude(?:{_H}{{1,3}}of)?"
    rf"(?:{_H}{{1,3}}(?P<q>{_HEDGE_WORDS}))?(?:-|{_H}{{1,3}})\Z",
    re.IGNORECASE,
)
_ORDER_OF = re.compile(rf"orders?{_H}{{1,3}}of{_H}{{1,3}}\Z", re.IGNORECASE)
_QUAKE_AFTER = re.compile(
    rf"(?:-|{_H}{{1,3}})(?:(?:strong|powerful|moderate|shallow|deep|major|minor){_H}{{1,3}})?"
    rf"(?P<w>quake|earthquake|tremor|temblor|aftershock)(?![A-Za-z-])",
    re.IGNORECASE,
)
# What every magnitude holds, lower-cased: "magnitude" before or after it, "Richter" in its scale, or the
# word for the quake ("earthquake" holds "quake").
_MAGNITUDE_NEEDS = ("magnitude", "richter", "quake", "tremor", "temblor", "aftershock")
_MAGNITUDE_WORD_AFTER = re.compile(rf"(?:-|{_H}{{1,3}})(?:magnitude|Richter)(?![A-Za-z-])", re.IGNORECASE)
_MAGNITUDE_SCALE = re.compile(
    rf"{_H}{{1,3}}on{_H}{{1,3}}the{_H}{{1,3}}(?:Richter|(?:moment{_H}{{1,3}})?magnitude)"
    rf"(?:{_H}{{1,3}}scale)?(?![A-Za-z])",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    rf"(?:-|{_H}{{1,3}})(?P<u>year|month|week|day|decade|century|centuries)s?"
    rf"(?:(?:-|{_H}{{1,3}})old(?P<noun>s)?|{_H}{{1,3}}of{_H}{{1,3}}age)(?![A-Za-z])",
    re.IGNORECASE,
)
_AGE_SCALES = {"decade": 10, "century": 100, "centuries": 100}  # "four centuries old" is 400 years old
# "aged 45", and "at the age of 45", "at age 45" as obituaries and court reports give it
_AGED_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:aged|at{_H}{{1,3}}(?:the{_H}{{1,3}})?age(?:{_H}{{1,3}}of)?){_H}{{1,3}}"
    rf"(?:(?P<q>{_HEDGE_WORDS}|between){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
_AGE_HEDGE_AFTER = re.compile(
    rf"{_H}{{1,3}}(?P<q>(?P<lower>(?:and|or){_H}{{1,3}}(?:over|older|above))|(?:and|or){_H}{{1,3}}(?:under|younger))"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
# "who is 56 and ...", "she was 12 when ...": a bare count after a person's "is" is an age, when no noun
# follows it ("he was 5 points behind" counts points).
_WHO_IS_BEFORE = re.compile(rf"(?<![A-Za-z])(?:who|he|she){_H}{{1,3}}(?:is|was){_H}{{1,3}}\Z", re.IGNORECASE)
# "a man of 39", "a woman of 52": a person noun right before "of" (one person: "a crew of 25" counts a
# crew; a kin word counts kin, "a father of three"), the age followed by the clause's end or a function word.
_KIN = frozenset("boyfriend brother daughter father girlfriend husband mother sister son wife".split())
_PERSON_OF_BEFORE = re.compile(
    rf"(?<![A-Za-z])(?:a|an|the){_H}{{1,3}}(?P<w>[a-z]+){_H}{{1,3}}of{_H}{{1,3}}\Z", re.IGNORECASE
)
_AGE_CLAUSE_END = re.compile(rf"(?:[,.;:)!?]|{_H}{{1,3}}(?:and|or|but|when|at|in|on)(?![A-Za-z])|\s*\Z)", re.IGNORECASE)
# The word before ", 45,": a surname as written ("Roe", "LaCalamita", "O'Neill"), a suffix ("III", "Jr.")
# or a person noun ("his son, 6,").
_APPOSITION_BEFORE = re.compile(rf"(?<![A-Za-z'’])(?P<w>[A-Za-z][A-Za-z'’-]{{0,30}}\.?),{_H}{{1,3}}\Z")
# "Ulrava Zemkova (19)": a first name and a surname, then the age in brackets, as many papers give it.
_PAREN_NAME_BEFORE = re.compile(
    rf"(?<![A-Za-z'’])(?P<first>[A-Z][a-z'’-]{{1,20}}){_H}{{1,3}}(?P<w>[A-Z][A-Za-z'’-]{{1,30}}){_H}{{0,3}}\(\Z"
)
_COMPOUND_TIME = re.compile(
    rf"(?P<sep>-|{_H})(?P<u>{_alternation(COMPOUND_TIME_WORDS)})(?:-long)?(?![A-Za-z'’-])", re.IGNORECASE
)
_DURATION_LEAD = re.compile(
    rf"(?<![A-Za-z])(?P<p>{_alternation(DURATION_LEADS)}){_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}|between){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
SHORT_CLOCK_UNITS = frozenset({"s", "min", "h"})  # spans a date names no day by
# "Parties have 90 days to campaign", "was given two weeks to leave": the time allowed for an act.
_HAVE_LEAD = re.compile(
    rf"(?<![A-Za-z])(?P<p>have|has|had|having|given|gives|give|get|gets|got){_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
# "30 days to appeal", "three weeks or less to run": a time allowed or left, with its bound said after it.
_TO_ACT_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:or{_H}{{1,3}}(?:less|more|so|fewer){_H}{{1,3}})?to{_H}{{1,3}}[a-z]", re.IGNORECASE
)
# A time given to someone named between the verb and the span ("gave the builder ten days", "granted each
# tenant two weeks to leave"): what is given or granted in days or months is a time allowed ("the law allows up
# to five years" is a term a law permits, left to the term's own leads).
_GIVEN_LEAD = re.compile(
    rf"(?<![A-Za-z])(?P<p>gave|give|gives|given|giving|grant|grants|granted)"
    rf"(?:{_H}{{1,3}}[A-Za-z'’-]{{1,30}}){{0,3}}{_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
# A time left or needed to do something ("patients with a year to live", "the crew needs two days to refit"):
# before "to" and a verb, the span can only be how long.
_LEFT_LEAD = re.compile(
    rf"(?<![A-Za-z])(?P<p>with|need|needs|needed|needing)(?:{_H}{{1,3}}(?:only|just|still|at{_H}least))?"
    rf"{_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
# "ninety days without rain", "three seasons without a win": a span gone by with something missing, which
# can only be how long.
_WITHOUT_AFTER = re.compile(rf"{_H}{{1,3}}without(?![A-Za-z])", re.IGNORECASE)
# "40 days of fuel", "83 years of service", "three weeks of talks" (what the span holds or filled), "eight years in
# prison", "19 days on average": a measure of time, never a day counted from a moment ("five years of age" is an
# age, and "of the year" names the part of a period, not what filled it).
_ARTICLE_AT = re.compile(r"an?(?![A-Za-z])", re.IGNORECASE)  # "150 minutes a week of calls": "a week" is the period
_MEASURED_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:of{_H}{{1,3}}(?!(?:age|the|a|an|this|that|its|their|his|her|each|every|which|whom)(?![A-Za-z]))"
    rf"[a-z]{{3,}}|in{_H}{{1,3}}(?:prison|jail|gaol|custody|detention)|behind{_H}{{1,3}}bars|on{_H}{{1,3}}average)"
    rf"(?![A-Za-z])"
)
# A span of minutes or hours right before these words is how long passed between two moments ("16 minutes
# later"); "two days after it docked" dates a day, and days joined the story's durations ("a 14-night cruise").
# So is a margin or a delay in minutes or hours: "finished 38 seconds ahead", "landed two hours late", "filed
# only three hours before the deadline".
_ELAPSED_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:later|after|afterwards|into|earlier|before|ahead|behind|clear|adrift|late|early)(?![A-Za-z])",
    re.IGNORECASE,
)
# A span told as what something was or came to ("the margin was 38 seconds", "the wait is three hours") or as a
# listed value after a colon ("Journey time: 95 minutes"): a measure, as after "lasted".
_COPULA_LEAD = re.compile(
    rf"(?P<p>(?<![A-Za-z])(?:is|was|were|are|been|be)|(?<=[A-Za-z]):){_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
_OLD_AFTER = re.compile(rf"(?:,?{_H}{{1,3}}(?:and{_H}{{1,3}})?[\w.]{{1,12}}{_H}{{1,3}}[A-Za-z]{{1,8}})?{_H}{{1,3}}old(?![A-Za-z])")
# "three days after the vote", "two weeks before the final": a day the date reader places.
_DAY_OFFSET_AFTER = re.compile(rf"{_H}{{1,3}}(?:after|before)(?![A-Za-z])", re.IGNORECASE)
_OVER_AS_BOUND = re.compile(rf"(?:(?<![A-Za-z])(?P<j>just|well)|(?<![A-Za-z])of){_H}{{1,3}}\Z", re.IGNORECASE)
_HEDGE_ONLY = re.compile(rf"(?<![A-Za-z])(?P<p>)(?P<q>{_HEDGE_WORDS}){_H}{{1,3}}\Z", re.IGNORECASE)
# A lead of no words, for a span no word leads: the empty "p" and "q" groups the code after a lead reads.
_NO_LEAD = re.compile(r"(?P<p>)(?P<q>)?")
_COORDINATED = re.compile(rf"{_H}{{1,3}}and{_H}{{1,3}}")
# "will last three days", "could last up to two weeks", "is expected to last 90 minutes": the verb "last"
# after a modal, "to" or a negation (not the adjective of "the last three days", a period of the past).
_LAST_LEAD = re.compile(
    rf"(?:(?<![A-Za-z])(?:will|would|could|should|can|may|might|must|to|not|cannot|usually|only)|n['’]t)"
    rf"{_H}{{1,3}}(?P<p>last){_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
# Time a rule allows or demands, after a modal and its verb: "may play three hours", "must rest 11 hours", "can stay
# no longer than 90 days" (a bare verb in lower case: "will be" too, "it will be two weeks", a span all the same).
_MODAL_LEAD = re.compile(
    rf"(?<![A-Za-z])(?:will|would|could|should|can|may|might|must|cannot)(?:{_H}{{1,3}}(?:only|still|not))?"
    rf"{_H}{{1,3}}(?P<p>[a-z]{{2,15}}){_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z"
)
# A term agreed or imposed: "a contract of five years", "offered six years", "sentenced to" has its
# own lead; any unit, since contracts, sentences and bans run for years.
_TERM_LEAD = re.compile(
    rf"(?<![A-Za-z])(?P<p>(?:offer|deal|contract|term|sentence|extension|lease|ban|suspension|period|delay|wait"
    rf"|follow-up|median|minimum|maximum|average|total|mission|voyage|journey|trip|stay|expedition|stint|spell|tour"
    rf"|trek|crossing|siege|shutdown|outage|blackout|closure|strike|search|prognosis"
    # what a record or a performance took: "the record of 44 days", "an ovation of eleven minutes"
    rf"|record|best|flight|session|sitting|debate|hearing|ovation|performance|concert|show|speech|ride|swim"
    rf"|walk|climb|ascent|row|sail|race|run|time)s?{_H}{{1,3}}of"  # "a mission of 412 days"
    rf"|offer(?:ed|ing|s)?|sign(?:ed|ing|s)?{_H}{{1,3}}for|serv(?:e|ed|ing|es)|banned{_H}{{1,3}}for|fac(?:e|es|ed|ing)"
    # what a penalty carries ("the charge carries up to 12 years")
    rf"|carr(?:y|ies|ied|ying)"
    # a span moved to a new level: "queues grew to 11 weeks", "stays limited to 40 days",
    # "the average term falling to 6.2 years", "the ban was cut to six months"
    rf"|(?:[A-Za-z]{{2,20}}ed|fell|rose|cut|set|falling|rising|dropping|climbing|moves?|moving|rises|falls|grows"
    rf"|goes){_H}{{1,3}}(?:to|at)"
    # "sentenced Ivo Korvath to 25 years", "jailed the former minister for nine years"
    rf"|sentenced(?:{_H}{{1,3}}[\w'’.-]+){{0,4}}?{_H}{{1,3}}to|(?:jailed|imprisoned)(?:{_H}{{1,3}}[\w'’.-]+){{0,4}}?{_H}{{1,3}}for)"
    rf"{_H}{{1,3}}(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
# Any verb right before a short span: "searched 12 hours", "shook for", "deliberating nearly four hours".
_VERB_LEAD = re.compile(
    rf"(?<![A-Za-z])(?P<p>[A-Za-z]{{2,}}(?:ed|ing)|{_alternation(IRREGULAR_VERBS)}){_H}{{1,3}}"
    rf"(?:(?P<q>{_HEDGE_WORDS}){_H}{{1,3}})?\Z",
    re.IGNORECASE,
)
_HEDGE_TAILS = _tails(APPROXIMATE, LOWER_BOUND, UPPER_BOUND, ["between"])
# For the look-backs that end in a phrase and white space: the phrase's possible last words (a necessary
# condition, read from the same word lists as the pattern). Where the text before the white space ends
# with none of them, the pattern cannot match there and is not run: most numbers follow no hedge or lead.
_TAILS: dict[int, tuple[str, ...]] = {
    id(_QUALIFIER_BEFORE): _tails(_HEDGE_TAILS, ["from"]),
    id(_AGED_BEFORE): _tails(_HEDGE_TAILS, ["aged", "age", "of"]),
    id(_DURATION_LEAD): _tails(_HEDGE_TAILS, DURATION_LEADS),
    id(_LAST_LEAD): _tails(_HEDGE_TAILS, ["last"]),
    id(_TERM_LEAD): _tails(_HEDGE_TAILS, "of for to at".split(), [f"offer{x}" for x in ("", "ed", "ing", "s")],
                           [f"serv{x}" for x in ("e", "ed", "ing", "es")], [f"fac{x}" for x in ("e", "es", "ed", "ing")],
                           [f"carr{x}" for x in ("y", "ies", "ied", "ying")]),
    id(_VERB_LEAD): _tails(_HEDGE_TAILS, ["ed", "ing"], IRREGULAR_VERBS),
    id(_APPOSITION_BEFORE): (",",),
    # a currency before the number ends with "$", a currency sign, or an ISO code's last letter (lower-cased
    # here: the test is only a necessary one), the "." of "Rs." or the "e" of Egypt's "LE"
    id(_CURRENCY_PREFIX_BEFORE): tuple(dict.fromkeys("$€£¥₴₽₹₩₺₪₿₦₱₫₡₾₭₸s.e" + "".join(c[-1].lower() for c in PREFIX_CODES))),
}
_TAIL_REACH = max(len(tail) for tails in _TAILS.values() for tail in tails)
# "12 hours a day", "six hours each week": a rate's amount, not how long one thing lasted (read as an amount of
# time all the same, whatever leads it: its frame tells the rate apart from a span).
_PER_AFTER = re.compile(
    rf"{_H}{{1,3}}(?:a|an|per|each|every){_H}{{1,3}}(?:day|week|month|year|night|shift)(?![A-Za-z])"
    rf"(?!{_H}{{1,3}}(?:ago|later|earlier|before)\b)",  # ("for 9 hours a week ago": a span, then its day)
    re.IGNORECASE,
)
_TIME_UNIT_AFTER = re.compile(rf"{_H}{{1,3}}{_SEQUENCE}(?P<u>{_TIME_WORDS})(?![A-Za-z])", re.IGNORECASE)
# "three days later", "two weeks ago", "in three days' time": a point in time, not how long something took.
_OFFSET_AFTER = re.compile(
    rf"(?:{_H}{{1,3}}(?:ago|later|earlier|prior|from{_H}{{1,3}}now|hence)|['’]s?{_H}{{1,3}}time)(?![A-Za-z])",
    re.IGNORECASE,
)
_VAGUE_TIME = re.compile(
    rf"(?P<v>several|a{_H}{{1,3}}few|few)(?={_H}{{1,3}}(?:{_TIME_WORDS})(?![A-Za-z]))", re.IGNORECASE
)
_ONE_TIME = re.compile(
    rf"an?(?={_H}{{1,3}}(?:{_alternation([*COMPOUND_TIME_WORDS, 'fortnight', 'millennium'])})(?![A-Za-z]))",
    re.IGNORECASE,
)
# Words after a compound that are not what it describes: verbs ("a 6.9-magnitude quake struck"),
# adverbs ("a 10-minute chase downtown") and "worth" ("a ten-year lease worth $20 million").
_NOT_COMPOUND_HEADS = frozenset(
    """
    struck hit began begun shook left went came took brought caught held made rose fell ran won lost put
    set cut saw felt kept sent spent tore broke drove led met paid sat stood shut hurt swept
    downtown overnight nearby abroad home ago alone today tonight yesterday tomorrow now worth
    """.split()
)


_DECADE_AGE = re.compile(r"(?P<d>[1-9])0'?s(?![\w'])")
_DECADE_AGE_BEFORE = re.compile(
    r"\b(?P<q>in[^\S\n]{1,3}(?:his|her|their)[^\S\n]{1,3}(?:(?P<part>early|mid|late)(?:-|[^\S\n]{1,3}))?)$",
    re.IGNORECASE,
)
_DECADE_PARTS = {None: (0, 9), "early": (0, 3), "mid": (3, 6), "late": (6, 9)}


def _decade_age_at(text: str, pos: int, floor: int) -> Extraction | None:
    """ "in his early 40s", "in her 50s": an age known to a decade (early: 40 to 43, late: 46 to 49)."""
    m = _DECADE_AGE.match(text, pos)
    if m is None:
        return None
    before = _DECADE_AGE_BEFORE.search(text, max(floor, pos - 24), pos)
    if before is None:
        return None
    base = int(m.group("d")) * 10
    part = before.group("part")
    low, high = _DECADE_PARTS[part.lower() if part else None]
    return Extraction(
        before.start("q"), m.end(),
        Quantity(float(base + low), float(base + high), unit="years old", approximate=False, qualifier=part.lower() if part else None),
    )


def _special_at(text: str, pos: int, floor: int, magnitudes: bool = True) -> Extraction | None:
    """A magnitude, an age or a duration starting at ``pos`` (hedge and unit word included), or None.
    ``magnitudes``: whether the text holds a word a magnitude needs (``_MAGNITUDE_NEEDS``)."""
    if text[pos].isdigit():
        found = (magnitudes and _magnitude_at(text, pos, floor)) or _decade_age_at(text, pos, floor) or _race_time_at(text, pos)
        if found is not None:
            return found
        rating = _storm_rating_at(text, pos)
        if rating is not None:
            return rating
    number = _time_number(text, pos)
    if number is None:
        # "41d 07h 12m": digits written against their unit's letter are no number of their own
        return _compound_duration_at(text, pos, (0.0, 0.0, pos, True), max(floor, pos - _WINDOW)) if text[pos].isdigit() else None
    window = max(floor, pos - _WINDOW)
    return (
        _compound_duration_at(text, pos, number, window) or _age_at(text, pos, number, window)
        or _duration_at(text, pos, number, window)
    )


# A duration told in two or more units, largest first: "2 days, 11 hours and 50 minutes", "four hours and ten
# minutes", "41d 07h 12m", "10 h 34 min", "1h 35min". No date or clock is written so, whatever leads it, so it
# needs no lead ("for", "lasted") as a duration in one unit does. The figure is the whole in its largest unit, as
# "5 feet 2 inches" is read (``_second_part``), so that an outlet rounding it ("just over 41 days") compares.
_DURATION_PARTS: dict[str, str] = {
    w: u for w, (u, f) in TIME_WORDS.items() if f == 1.0 and u in ("s", "min", "h", "day", "week", "month", "year")
}
_DURATION_PART = re.compile(
    rf"{_H}{{1,3}}(?P<u>{'|'.join(sorted(_DURATION_PARTS, key=len, reverse=True))})(?![A-Za-z])", re.IGNORECASE
)
_DURATION_JOIN = re.compile(rf",?{_H}{{1,3}}and{_H}{{1,3}}|,{_H}{{1,3}}|{_H}{{1,3}}")
# The abbreviated form, digits against or beside their letters: bounded, so linear on any text.
_SHORT_PARTS = {"d": "day", "h": "h", "hr": "h", "hrs": "h", "m": "min", "min": "min", "mins": "min", "s": "s"}
_SHORT_PART = rf"\d{{1,4}}{_H}?(?:hrs|hr|mins|min|[dhms])"
_SHORT_DURATION = re.compile(rf"{_SHORT_PART}(?:{_H}{{1,2}}{_SHORT_PART}){{1,3}}(?![\w.,]\d|[\w])", re.IGNORECASE)
_SHORT_ONE = re.compile(rf"(?P<n>\d{{1,4}}){_H}?(?P<u>hrs|hr|mins|min|[dhms])", re.IGNORECASE)
_AGE_AFTER_PARTS = re.compile(rf"{_H}{{1,3}}(?:old|ago)(?![A-Za-z])", re.IGNORECASE)
_CALENDAR_PARTS = frozenset({"month", "year"})  # parts that add up exactly only with each other


def _compound_duration_at(
    text: str, pos: int, number: tuple[float, float, int, bool], window: int
) -> Extraction | None:
    low, high, end, vague = number
    parts: list[tuple[float, str]] = []
    stop = pos
    before = text[pos - 1] if pos else " "
    short = _SHORT_DURATION.match(text, pos) if text[pos].isdigit() and not (before.isalnum() or before in ".,:") else None
    if short is not None:
        parts = [(float(m.group("n")), _SHORT_PARTS[m.group("u").lower()]) for m in _SHORT_ONE.finditer(short.group())]
        stop = short.end()
    elif not vague and low == high:
        value, stop_at = low, end
        while len(parts) < 4:
            unit_m = _DURATION_PART.match(text, stop_at)
            if unit_m is None:
                break
            parts.append((value, _DURATION_PARTS[unit_m.group("u").lower()]))
            stop = unit_m.end()
            join = _DURATION_JOIN.match(text, stop)
            following = _time_number(text, join.end()) if join is not None and join.end() < len(text) else None
            if following is None or following[3] or following[0] != following[1]:
                break
            value, stop_at = following[0], following[2]
    size = {u: UNITS[u][2] or 1.0 for _v, u in parts}  # (seconds, the units' own table)
    if len(parts) < 2 or any(size[b[1]] >= size[a[1]] for a, b in itertools.pairwise(parts)):
        return None  # one unit, or units not falling from largest to smallest ("3 hours 20 days")
    calendar = parts[0][1] in _CALENDAR_PARTS
    if any((u in _CALENDAR_PARTS) != calendar or v * size[u] >= size[bigger] for (_w, bigger), (v, u) in itertools.pairwise(parts)):
        return None  # months beside days do not add exactly, and a part is less than one of the unit before it
    if _AGE_AFTER_PARTS.match(text, stop):
        return None  # "2 years 3 months old" is an age (the age reader's), "5 days 3 hours ago" a date
    largest = parts[0][1]
    total = sum(v * size[u] for v, u in parts) / size[largest]
    qual = _ending_at(_QUALIFIER_BEFORE, text, window, pos)
    hedge = qual.group("q") if qual is not None and qual.group("q").lower() not in ("between", "from") else None
    start = qual.start("q") if hedge is not None and qual is not None else pos
    return Extraction(start, stop, _hedged(total, total, largest, hedge, None))


# A time a race or a task took, as sport writes it: "2:04:38" (hours, minutes, seconds), "13:58.42" and
# "1:43.7" (minutes, seconds and their fraction). A clock reads no seconds' fraction, and news gives no
# clock time to the second, so neither form is a time of day; the seconds as written are kept even past
# 59 ("13:85.42", a slip another outlet's "13:58.42" contradicts).
_RACE_TIME = re.compile(r"(?P<h>\d):(?P<m>\d{2}):(?P<s>\d{2})(?P<f>\.\d{1,3})?(?![\d:])(?!\s?(?:[ap]\.?m\b|[A-Z]{2,4}\b))|(?P<m2>\d{1,2}):(?P<s2>\d{2})(?P<f2>\.\d{1,3})(?![\d:.])")


# A tornado's rating, read from its digit: "an EF3" (the Enhanced Fujita scale). (A hurricane's
# "Category 4" is read by the positions reader, as "Line 4" is.)
_RATING_DIGIT = re.compile(r"[0-5](?!\d|[.,]\d|[ \t]?%)")
_RATING_BEFORE = re.compile(r"(?<![A-Za-z])EF\Z")


def _storm_rating_at(text: str, pos: int) -> Extraction | None:
    m = _RATING_DIGIT.match(text, pos)
    if m is None:
        return None
    before = _RATING_BEFORE.search(text, max(0, pos - 2), pos)
    if before is None:
        return None
    value = float(text[pos])
    return Extraction(before.start(), pos + 1, Quantity(value, value, unit="EF"))


def _race_time_at(text: str, pos: int) -> Extraction | None:
    before = text[pos - 1] if pos else " "
    if before.isalnum() or before in ".:,/":
        return None
    m = _RACE_TIME.match(text, pos)
    if m is None or (m.group("h") is not None and text[max(0, pos - 3) : pos].lower() == "at "):
        return None  # "at 9:30:00": a clock read to the second
    if m.group("h") is not None:
        seconds = int(m.group("h")) * 3600 + int(m.group("m")) * 60 + float(m.group("s") + (m.group("f") or ""))
    else:
        seconds = int(m.group("m2")) * 60 + float(m.group("s2") + m.group("f2"))
    return Extraction(pos, m.end(), Quantity(seconds, seconds, unit="s"))


def _magnitude_at(text: str, pos: int, floor: int) -> Extraction | None:
    """ "a 6.9-magnitude quake", "the magnitude-7.1 tremor", "magnitude of 4.4", "5.4 on the Richter scale"."""
    m = _DIGITS.match(text, pos)
    before = text[pos - 1] if pos else " "
    if m is None or before.isalnum() or before in ".,_" or not m.group().replace(".", "").isdigit():
        return None
    value = float(m.group())
    if not 0 < value <= 10:
        return None
    end = m.end()
    window = max(floor, pos - _WINDOW)
    prefix = _ending_at(_MAGNITUDE_BEFORE, text, window, pos)
    word = _MAGNITUDE_WORD_AFTER.match(text, end) if prefix is None else None
    stop = word.end() if word is not None else end
    scale = _MAGNITUDE_SCALE.match(text, stop)
    if scale is not None:
        stop = scale.end()
    quake = None
    if prefix is None and word is None and scale is None:
        # "a 5.8 quake": a number with one decimal right before the word for an earthquake is its magnitude.
        quake = _QUAKE_AFTER.match(text, end) if re.fullmatch(r"\d\.\d", m.group()) else None
        if quake is None:
            return None
    if prefix is not None and _ORDER_OF.search(text, max(0, prefix.start() - 12), prefix.start()):
        return None  # "an order of magnitude 3 times larger"
    start = prefix.start() if prefix is not None else pos
    hedge = prefix.group("q") if prefix is not None else None
    if hedge is None:  # "about 5.4 on the Richter scale", "roughly magnitude 6"
        qual = _ending_at(_QUALIFIER_BEFORE, text, window, start)
        if qual is not None and qual.group("q").lower() not in ("between", "from"):
            start, hedge = qual.start("q"), qual.group("q")
    counted = _compound_head(text, stop) if scale is None else None
    if quake is not None:
        counted = quake.group("w").lower()
    return Extraction(start, stop, _hedged(value, value, "magnitude", hedge, counted))


def _time_number(text: str, pos: int, in_range: bool = False) -> tuple[float, float, int, bool] | None:
    """The number at ``pos`` if it may count a time or an age: (low, high, end, vague)."""
    if pos >= len(text):
        return None
    vague = _VAGUE_TIME.match(text, pos)
    if vague is not None:
        low, high = VAGUE_COUNTS[" ".join(vague.group("v").lower().split())]
        return low, high, vague.end(), True
    one = _ONE_TIME.match(text, pos)
    if one is not None:
        return 1.0, 1.0, one.end(), False
    amount = _read_number(text, pos, in_range)
    if amount is None or amount.vague or not 0 <= amount.low < 1e12:
        return None  # also an overflowing run of digits
    if amount.year_like and not _AGE_AFTER.match(text, amount.end):
        return None  # "the 2012-13 season"; but "a 1500-year-old temple"
    return amount.low, amount.high, amount.end, False


def _age_at(text: str, pos: int, number: tuple[float, float, int, bool], window: int) -> Extraction | None:
    """ "a 45-year-old man", "six months old", "aged 45", "aged 18 to 25", "Jane Roe, 45,"."""
    value, _high, end, vague = number
    if vague or value <= 0:
        return None
    age = _AGE_AFTER.match(text, end)
    if age is not None:
        told_unit = age.group("u").lower()
        scale = _AGE_SCALES.get(told_unit)
        unit = "years old" if scale else AGE_UNITS[told_unit]
        value = value * (scale or 1)
        counted = None if age.group("noun") else _compound_head(text, age.end())  # "20-year-olds" is the noun
        # "nearly 120 years old", "the almost 90-year-old": the hedge is the age's, as a length's is
        qual = _ending_at(_QUALIFIER_BEFORE, text, window, pos)
        hedge = qual.group("q") if qual is not None and qual.group("q").lower() not in ("between", "from") else None
        start = qual.start("q") if hedge is not None and qual is not None else pos
        found = _hedged(value, value, unit, hedge, counted)
        if scale and not found.approximate:
            found = replace(found, approximate=True)  # "a century-old bridge" is round: 100 years or more
        return Extraction(start, age.end(), found)
    if not text[pos].isdigit() or not value.is_integer() or value >= 130:
        return None  # the forms below give a person's age in digits
    aged = _ending_at(_AGED_BEFORE, text, window, pos)
    if aged is not None:
        return _aged(text, aged, value, end)
    if _ending_at(_WHO_IS_BEFORE, text, window, pos) is not None and _AGE_CLAUSE_END.match(text, end):
        return Extraction(pos, end, Quantity(value, value, unit="years old"))
    person_of = _ending_at(_PERSON_OF_BEFORE, text, window, pos)
    if person_of is not None and person_of.group("w").lower() in PERSON_NOUNS - _KIN and _after_is_no_noun(text, end):
        return Extraction(pos, end, Quantity(value, value, unit="years old"))
    if text[end : end + 1] == ")" and 0 < value < 120:
        named = _ending_at(_PAREN_NAME_BEFORE, text, window, pos)
        if named is not None and named.group("w").lower() not in ORG_WORDS | COMPANY_WORDS and all(
            w.lower() not in STOPWORDS and w.lower() not in MONTHS and w.lower() not in WEEKDAYS
            for w in (named.group("first"), named.group("w"))
        ):  # (not "the Opselby Club (15)": a body's count)
            return Extraction(pos, end, Quantity(value, value, unit="years old"))
    appos = _ending_at(_APPOSITION_BEFORE, text, window, pos)
    if appos is None or text[end : end + 1] != ",":
        return None
    word = appos.group("w")
    if word.isupper() and word not in ("II", "III", "IV"):
        return None  # "the US, 50,": an acronym is no person; a generational suffix is
    lower = word.lower()
    is_name = word[0].isupper() and lower not in STOPWORDS and lower not in MONTHS and lower not in WEEKDAYS
    if not (is_name or lower in PERSON_NOUNS):
        return None
    return Extraction(pos, end, Quantity(value, value, unit="years old"))


_NEXT_WORD = re.compile(rf"{_H}{{1,3}}(?P<w>[A-Za-z]+)")


def _after_is_no_noun(text: str, end: int) -> bool:
    """Whether a figure ends its phrase: punctuation or the text's end next, or a function word
    ("a man of 39 was held"), not a counted noun ("a man of 39 children" is no age)."""
    if end >= len(text) or text[end] in ",.;:)!?":
        return True
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group("w").lower() in STOPWORDS


def _aged(text: str, aged: re.Match[str], value: float, end: int) -> Extraction:
    """The age after "aged": one, a range ("18 to 25", "between 18 and 25") or a bound ("65 and over"), in
    years unless a smaller unit follows ("aged 14 months")."""
    hedge = aged.group("q")
    # "aged 45" is read whole; "at the age of 45" from its number (or hedge), as gold spans give an age
    begin = aged.start() if aged.group().lower().startswith("aged") else aged.start("q") if hedge else aged.end()
    high = value
    unit = "years old"
    sep = _RANGE_SEP.match(text, end)
    if sep is not None:
        word = sep.group("sep").strip().lstrip("-").strip().lower() or "-"
        at = sep.end()
        if (word != "and" or (hedge or "").lower() == "between") and at < len(text) and text[at].isdigit():
            second = _read_digits(text, at, in_range=True)
            if second is not None and second[0] > value:
                high, end = second
    if (hedge or "").lower() == "between":
        hedge = None
    low: float | None = value
    top: float | None = high
    told = _AGED_UNIT.match(text, end)
    if told is not None:
        unit, end = AGE_UNITS[told.group("u").lower()], told.end()
    elif high == value:
        after = _AGE_HEDGE_AFTER.match(text, end)
        if after is not None:
            end = after.end()
            hedge = " ".join(after.group("q").lower().split())
            low, top = (value, None) if after.group("lower") else (None, value)
            return Extraction(begin, end, Quantity(low, top, unit=unit, qualifier=hedge))
    return Extraction(begin, end, _hedged(low, top, unit, hedge, None))


_AGED_UNIT = re.compile(rf"{_H}{{1,3}}(?P<u>year|month|week|day)s?(?![A-Za-z])", re.IGNORECASE)  # "aged 14 months"


def _compound_end(text: str, pos: int, low: float, high: float, unit_m: re.Match[str]) -> int:
    """Where a span of time ends with its smaller parts: "5 hours 28 minutes after it failed" is timed
    between two moments by the "after" beyond its minutes, as "28 minutes after" alone is."""
    unit, factor = TIME_WORDS[" ".join(unit_m.group("u").lower().split())]
    if unit not in COMPOUND_UNITS or factor != 1 or low != high or not low.is_integer():
        return unit_m.end()
    return _second_part(text, _Amount(pos, unit_m.end(), low, high, unit=unit, number_end=unit_m.end())).end


def _leadless_duration(
    text: str, pos: int, low: float, high: float, unit_m: re.Match[str], window: int
) -> re.Match[str] | None:
    """The lead of a span no preposition or verb of lasting leads, when its form says it is a measure all the
    same: a copula or a colon before it, seconds as its unit, or a number that is not whole ("3.07 seconds",
    "73.8 years"). A date counts whole days, weeks, months or years from a moment and never seconds, so none of
    these can be an offset the date reader places; without them a race time, a margin or a life expectancy
    written plainly was no figure at all."""
    unit = TIME_WORDS[" ".join(unit_m.group("u").lower().split())][0]
    end = _compound_end(text, pos, low, high, unit_m)
    if _DAY_OFFSET_AFTER.match(text, end) and unit not in SHORT_CLOCK_UNITS:
        return None
    lead = _ending_at(_COPULA_LEAD, text, window, pos)
    if lead is not None:
        # "her son is 2 years 3 months old": an age, the age reader's from its last part
        return None if _OLD_AFTER.match(text, end) else lead
    if unit == "s" or not (low.is_integer() and high.is_integer()):
        return _ending_at(_HEDGE_ONLY, text, window, pos) or _NO_LEAD.match("")
    return None


def _duration_at(
    text: str, pos: int, number: tuple[float, float, int, bool], window: int
) -> Extraction | None:
    """ "a 48-hour strike" (a compound before its noun) or "for three weeks" (after a preposition)."""
    low, high, end, vague = number
    compound = None if vague else _COMPOUND_TIME.match(text, end)
    if compound is not None and (compound.group("sep") == "-" or low != 1):
        counted = _compound_head(text, compound.end())
        # "a six-year, $75 million deal": a second modifier after a comma; the compound still is one.
        listed = compound.group("sep") == "-" and _COMMA_MODIFIER.match(text, compound.end()) is not None
        if counted is not None or listed:
            unit, factor = TIME_WORDS[compound.group("u").lower()]
            qual = _ending_at(_QUALIFIER_BEFORE, text, window, pos)
            hedge = (
                qual.group("q")
                if qual is not None and qual.group("q").lower() not in ("between", "from")
                else None
            )
            start = qual.start("q") if hedge is not None and qual is not None else pos
            return Extraction(
                start, compound.end(), _hedged(low * factor, high * factor, unit, hedge, counted)
            )
    unit_m = _TIME_UNIT_AFTER.match(text, end)
    if unit_m is None and (vague or _RANGE_SEP.match(text, end) is None):
        return None  # no unit of time after the number, nor a range to one: looking back for a lead is moot
    lead = (
        _ending_at(_DURATION_LEAD, text, window, pos) or _ending_at(_TERM_LEAD, text, window, pos)
        or _ending_at(_LAST_LEAD, text, window, pos) or _ending_at(_MODAL_LEAD, text, window, pos)
    )
    by_verb = lead is None
    if by_verb:
        lead = _ending_at(_VERB_LEAD, text, window, pos)
    # "have 30 days to appeal", "needed a year to live", "gave the builder ten days": a time allowed, left or
    # needed, in any unit (a verb's "-ed" alone admits only short spans)
    allowed = None
    if (lead is None or by_verb) and unit_m is not None and _TO_ACT_AFTER.match(text, unit_m.end()):
        allowed = _ending_at(_HAVE_LEAD, text, window, pos) or _ending_at(_LEFT_LEAD, text, window, pos)
    if allowed is None and (lead is None or by_verb) and unit_m is not None:
        allowed = _ending_at(_GIVEN_LEAD, text, window, pos)
    if allowed is not None:
        lead, by_verb = allowed, False
    if unit_m is not None and (
        (lead is None and _WITHOUT_AFTER.match(text, unit_m.end()))
        or ((lead is None or by_verb) and not _ARTICLE_AT.match(text, pos) and _MEASURED_AFTER.match(text, unit_m.end()))
    ):
        lead, by_verb = _ending_at(_HEDGE_ONLY, text, window, pos) or _NO_LEAD.match(""), False
    if (
        lead is None and unit_m is not None
        and TIME_WORDS[" ".join(unit_m.group("u").lower().split())][0] in SHORT_CLOCK_UNITS
        and _ELAPSED_AFTER.match(text, _compound_end(text, pos, low, high, unit_m))
    ):
        # "16 minutes later", "almost six hours after the evacuation began", "20 minutes into the flight":
        # the time between two moments, with its hedge if one stands before it
        lead, by_verb = _ending_at(_HEDGE_ONLY, text, window, pos) or _NO_LEAD.match(""), False
    per_period = unit_m is not None and _PER_AFTER.match(text, unit_m.end()) is not None
    if lead is None and per_period:
        # "90 minutes a week", "no more than 48 hours a week": time allowed by the period, an amount no date
        # reader places (no day falls "a week"), with no lead needed; its frame reads it as a rate, apart from
        # how long one thing lasted
        lead, by_verb = _ending_at(_HEDGE_ONLY, text, window, pos) or _NO_LEAD.match(""), False
    if lead is None and unit_m is not None and window > 0 and _COORDINATED.fullmatch(text, window, pos) and text[window - 1].isalpha():
        # "adding some 420 nautical miles and 95 minutes": a second measure joined to a figure read just before
        # (``window`` is then that figure's end), which the lead of the first governs too
        lead, by_verb = _NO_LEAD.match(""), False
    if lead is None and unit_m is not None:
        lead = _leadless_duration(text, pos, low, high, unit_m, window)
        by_verb = False
    if lead is None:
        return None
    hedge = lead.group("q")
    within = hedge is None and lead.group("p").lower() == "within"  # "within 48 hours": at most 48
    if within:
        hedge = lead.group("p")
    bound_at = None
    if hedge is None and lead.group("p").lower() == "over":
        # "a relay leg of just over four minutes", "a time of over two hours": after "of" or "just", "over" is the
        # bound, not "during" as in "over three days"
        bound = _OVER_AS_BOUND.search(text, max(0, lead.start("p") - 8), lead.start("p"))
        if bound is not None:
            hedge = f"{bound.group('j')} over" if bound.group("j") else "over"
            bound_at = bound.start("j") if bound.group("j") else lead.start("p")
    if hedge is None and lead.group("p").lower() in ("in", "over") and _ONE_TIME.match(text, pos):
        return None  # "5% in a year", "twice in a day": a rate's period, not how long something lasted
    ranged = either = False  # "for two or three days" is approximate
    if unit_m is None and not vague:
        sep = _RANGE_SEP.match(text, end)
        if sep is not None:
            word = sep.group("sep").strip().lstrip("-").strip().lower() or "-"
            ok = word != "and" or (hedge or "").lower() == "between"
            second = _time_number(text, sep.end(), in_range=True) if ok else None
            if second is not None and not second[3] and second[0] > low:
                high, unit_m, ranged, either = (
                    second[1],
                    _TIME_UNIT_AFTER.match(text, second[2]),
                    True,
                    word == "or",
                )
    if unit_m is None or (_PER_AFTER.match(text, unit_m.end()) and not per_period):
        return None  # (a range's second end may bring the period)
    unit, factor = TIME_WORDS[" ".join(unit_m.group("u").lower().split())]
    offset = _OFFSET_AFTER.match(text, unit_m.end())
    if offset is not None and not (unit in SHORT_CLOCK_UNITS and offset.group().strip().lower() in ("later", "earlier")):
        return None  # "two weeks ago", "three days later": a day the date reader reads ("16 minutes later" is no day)
    if by_verb and unit not in SHORT_TIME_UNITS:
        return None
    if low == high == 1 and unit_m.group("u").lower() == "second" and _WORD_AFTER.match(text, unit_m.end()):
        return None  # "for a second consecutive day": the ordinal
    stop = unit_m.end()
    if not ranged and not vague and low == high:
        half = _AND_A_HALF.match(text, stop)
        if half is not None:
            low = high = low + 0.5
            stop = half.end()
        elif unit in COMPOUND_UNITS and factor == 1 and low.is_integer():
            # "2 hours 4 minutes 38 seconds", "4 minutes 12 seconds": one time, in the larger unit
            parts = _second_part(text, _Amount(pos, stop, low, high, unit=unit, number_end=stop))
            low = high = parts.low
            stop = parts.end
    if hedge is not None and hedge.lower() == "between":
        hedge = None
    if hedge is None and not ranged:
        after = _QUALIFIER_AFTER.match(text, stop)
        if after is not None:
            hedge = (after.group("q") or after.group("h")).lstrip("-")
            stop = after.end()
    of = _OF.match(text, stop)
    counted = _noun_phrase_head(text, of.end() - 1, first_lower=True) if of is not None else None
    start = (
        bound_at if bound_at is not None
        else lead.start("q") if lead.group("q") and hedge is not None else lead.start("p") if within else pos
    )
    quantity = _hedged(low * factor, high * factor, unit, hedge, counted)
    if vague or either:
        quantity = replace(quantity, vague=vague, approximate=quantity.approximate or not vague)
    return Extraction(start, stop, quantity)


_DOZEN_END = re.compile(r"dozen\Z", re.IGNORECASE)


def _hedged(
    low: float | None, high: float | None, unit: str, hedge: str | None, counted: str | None
) -> Quantity:
    """A Quantity with a hedge applied as ``_figure_at`` does: lower and upper bounds, or approximate."""
    qualifier = " ".join(hedge.lower().split()) if hedge else None
    approximate = False
    if qualifier in _LOWER_SET or qualifier in AFTER_LOWER or qualifier == "+":
        high = None
    elif qualifier in _UPPER_SET or qualifier in AFTER_UPPER:
        low = None
    elif qualifier is not None:
        approximate = True
    if qualifier == "+":
        qualifier = "plus"
    return Quantity(low, high, unit=unit, approximate=approximate, qualifier=qualifier, counted=counted)


_COMMA_MODIFIER = re.compile(r",[^\S\n]{1,3}(?:[$€£¥]|US\$|\d|[a-z]+-[a-z])")


def _compound_head(text: str, pos: int) -> str | None:
    """The noun a compound describes: "a 48-hour strike" -> "strike", "a 48-hour general strike" -> "strike".

    At most two lower-case words; the second replaces the first unless it reads as a verb or an adverb
    ("a 6.9-magnitude quake struck", "a 10-minute chase downtown").
    """
    head = None
    i = pos
    for index in range(2):
        m = _NP_WORD.match(text, i)
        if m is None:
            break
        w = m.group("w")
        lower = w.lower()
        if (
            not w[0].islower()
            or lower in COUNTED_STOP
            or lower in _DURATIONS
            or lower in _NOT_COMPOUND_HEADS
            or (lower.endswith("ed") and len(lower) > 4)
            # a second word in -s or -ing is a verb as often as a noun: "a 5.1-magnitude quake hits"
            or (index == 1 and lower.endswith(("ing", "s")))
        ):
            break
        head = lower
        i = m.end()
    return head


def refers_back(text: str, figure: Extraction) -> bool:
    """ "the two countries", "these two companies": "two" in words after a definite determiner, with no
    unit or hedge, names a pair the text has named before; a count, but no claim about the world another
    outlet could state differently. From three on, "the three men who robbed the bank" against "the four
    men" is such a claim: outlets disagree on how many there were."""
    q = figure.value
    if not isinstance(q, Quantity) or q.unit is not None or q.qualifier or q.vague or q.low != q.high:
        return False
    if q.low != 2 or not text[figure.start : figure.end].isalpha():
        return False
    m = _WORD_BEFORE.search(text, max(0, figure.start - 12), figure.start)
    return m is not None and m.group(1).lower() in _DEFINITE_BEFORE


# Three capitals right before an amount: a currency code no table knows ("QXR 314m"), which the amount's reading
# leaves out of its span (``coded_amounts``).
_UNKNOWN_CODE_BEFORE = re.compile(r"(?<![A-Za-z0-9&./-])[A-Z]{3}[^\S\n]?\Z")


def _hedge_before_code(text: str, floor: int, start: int) -> str | None:
    """The hedge written before a currency code no table knows ("about QXR 14 million", "up to QZD 2m"): the amount
    is hedged as "about USD 14 million" is, though its span (from the number, the code left out) does not hold the
    hedge word. None when no code, or no hedge before it."""
    code = _UNKNOWN_CODE_BEFORE.search(text, max(floor, start - 4), start)
    if code is None:
        return None
    qual = _ending_at(_QUALIFIER_BEFORE, text, floor, code.start())
    if qual is None:
        return None
    hedge = " ".join(qual.group("q").lower().split())
    return None if hedge in ("from", "between") else hedge


def _figure_at(text: str, pos: int, floor: int) -> Extraction | None:
    first, currency = _read_amount(text, pos)
    if first is None:
        return None
    window_start = max(floor, first.start - _WINDOW)
    qual_m = _ending_at(_QUALIFIER_BEFORE, text, window_start, first.start)
    qualifier = " ".join(qual_m.group("q").lower().split()) if qual_m else None
    if qual_m is None and not currency:
        qualifier = _hedge_before_code(text, window_start, first.start)
    prev_word = _prev_word(text, window_start, pos)

    # A range: "10-15", "5 to 7 million", "between $5 and $7 billion".
    second = None
    sep_m = _RANGE_SEP.match(text, first.end)
    if sep_m is not None and not first.vague:
        sep = sep_m.group("sep").strip().lstrip("-").strip().lower() or "-"
        allowed = sep != "and" or qualifier == "between"
        if sep == "to" and qualifier == "from" and not (qual_m and _RANGE_VERB_BEFORE.search(text, max(0, qual_m.start() - 20), qual_m.start())):
            allowed = False  # "rose from 5 to 7" is a change, not a range; "ranging from 3.6 to 4.3" is one
        if allowed:
            at = sep_m.end()
            cur2 = _CURRENCY_PREFIX_AT.match(text, at)
            at2 = cur2.end() if cur2 else at
            if at2 < len(text) and _CANDIDATE.match(text, at2):
                second, _ = _read_amount(text, at2, in_range=True)
                if second is not None and (second.vague or second.year_like and not second.unit):
                    second = None
                if second is not None and first.word != second.word and sep != "to":
                    second = None  # "five-7" is not how ranges are written; "eight to 10" is
                if second is not None and sep == "or" and first.unit and not second.unit:
                    second = None  # "fell 3.2% or 120 points": the same change in two measures, no range
                if second is not None and sep == "or" and first.scaled and second.scaled and first.scale != second.scale:
                    second = None  # "10 bln or 10 tln": two amounts of different scales, each its own
                if second is not None and first.unit == "percent" and second.scaled and second.unit != first.unit:
                    second = None  # "rose 6 percent to 730 million crowns": a change, then the level it reached
    alone = first
    if second is not None:
        first, second = _merge_range(first, second)
    if second is not None and first.low > second.high:
        if sep_m is not None and "-" in sep_m.group("sep") or (sep_m and "–" in sep_m.group("sep")):
            return None  # "won 3-1": a score
        # no range: the first number as written, without the unit or scale the second would have shared
        # ("the forecast for 2026 to $84" is a year, then a price)
        first, second = alone, None
    if _is_not_amount(text, first, second, qualifier, prev_word, currency):
        return None

    end = second.end if second is not None else first.end
    low: float | None = first.low
    high: float | None = second.high if second is not None else first.high
    approximate = False
    after = _QUALIFIER_AFTER.match(text, end)
    if after is not None and (after.group("q") or "").lower() == "plus" and (
        _NUMBER_AFTER.match(text, after.end()) or (first.unit and _WORD_AFTER_PLUS.match(text, after.end()))
    ):
        after = None  # "three plus four", "$2 million plus interest": a sum, not "at least three"
    after_q = None
    if after is not None and second is None:
        after_q = (after.group("q") or after.group("h")).lower().lstrip("-")
        after_q = " ".join(after_q.split())
        end = after.end()
    start = first.start
    if qualifier in ("from",) or (qualifier == "between" and second is None):
        qualifier = None
    if qualifier is not None:
        start = qual_m.start("q") if qual_m else start
    if (
        qualifier in _LOWER_SET
        and qual_m is not None
        and (
            _NEGATED_BEFORE.search(text, max(0, qual_m.start("q") - 24), qual_m.start("q"))
            or _PROHIBITED_BEFORE.search(text, max(0, qual_m.start("q") - 90), qual_m.start("q"))
            or _DENIED_PERMISSION_BEFORE.search(text, max(0, qual_m.start("q") - 90), qual_m.start("q"))
        )
    ):
        qualifier = "at most"  # "seldom climbs above minus 40 degrees", "never more than 30", "barred from paying over 5"
    elif qualifier in _NEGATABLE_UPPER and qual_m is not None and _NEGATED_BEFORE.search(
        text, max(0, qual_m.start("q") - 24), qual_m.start("q")
    ):
        qualifier = "at least"  # "never fewer than 26", "rarely drops below 10 degrees": a floor, the mirror
    hedge = qualifier or after_q
    if hedge in _LOWER_SET or hedge in AFTER_LOWER or hedge in ("+",):
        high = None
    elif hedge in _UPPER_SET or hedge in AFTER_UPPER:
        low = None
    elif hedge is not None and hedge != "between":
        approximate = True
    if hedge == "+":
        hedge = "plus"
    if second is not None and sep_m is not None and sep_m.group("sep").strip().lower() == "or":
        approximate = True
    if hedge is None and second is None and first.word and not first.vague and _DOZEN_END.search(text, first.start, first.end):
        approximate = True  # "two dozen contracts": a round count, as "about 24" is, not 24 counted
    unit = second.unit if second is not None and second.unit else first.unit
    points = _POINTS_AFTER.match(text, end) if unit is None and not first.vague else None
    if points is not None:  # "fell 340 points": the points are the measure, part of the figure
        end = points.end()
    if points is None and unit is None and second is None and not first.vague:
        points = _POINT_COMPOUND.match(text, end)  # "a 9-point deduction": the points are the measure, as above
        if points is not None:
            end = points.end("pt")
    counted = "points" if points is not None else _counted(text, first, end, unit)
    if counted is None and unit is None and second is None and text[end : end + 1] == "-":
        # "a 140-seat parliament": the compound names what is counted ("a 2,000-strong crowd": the noun after).
        word = _counted_compound(text, end + 1)
        if word is not None:
            end = word.end()
            counted = word.group().lower()
            if counted == "strong":
                counted = _noun_phrase_head(text, end, first_lower=True)
    if first.single_one and second is None and (
        prev_word.lower() in ("number", "no.", "no") or (prev_word.lower() == "at" and counted == "points")
    ):
        return None  # "the number one airline" is a rank, "at one point" a moment
    if (
        first.single_one
        and second is None
        and unit is None  # "one mile below the surface" is a distance
        and (counted is None or (prev_word.lower() in _ONE_PRONOUN_BEFORE and not _only_one_counted(text, first.start)))
        and not _CASUALTY_BEFORE.search(text, max(0, first.start - 40), first.start)
    ):
        return None
    if (
        first.word
        and unit is None
        and second is None
        and hedge is None
        and 2 <= first.low <= 10
        and _GROUP_BEFORE.search(text, max(0, first.start - 24), first.start)
    ):
        return None
    if counted and counted != "points" and unit is None and second is None and _DOT_THOUSANDS.fullmatch(text, first.start, first.end):
        # "1.500 jobs", "12.000 people": a count of things is whole, so the dot groups thousands as
        # many European writers put it ("1.500 kg" and "a ratio of 1.500" stay decimals).
        factor = 1000.0 ** text[first.start : first.end].count(".")
        low = None if low is None else round(low * factor)
        high = None if high is None else round(high * factor)
    quantity = Quantity(
        low=low,
        high=high,
        unit=unit,
        approximate=approximate,
        qualifier=hedge,
        vague=first.vague,
        counted=counted,
    )
    return Extraction(start=start, end=end, value=quantity)


_DOT_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?:\.\d{3})+")


def _merge_range(first: _Amount, second: _Amount) -> tuple[_Amount, _Amount | None]:
    """Share a scale or unit written only once: "5 to 7 million", "10-15 km", "$5-7bn"."""
    if first.unit and second.unit and first.unit != second.unit:
        return first, None
    if second.scaled and not first.scaled and not first.word and first.low < 1000:
        factor = second.scale
        first = replace(first, low=first.low * factor, high=first.high * factor, scale=factor)
    if second.unit and not first.unit:
        first = replace(first, unit=second.unit)
    return first, second


_COMPOUND_WORD = re.compile(r"[A-Za-z]{2,}(?![A-Za-z])")
_NOT_COUNTED_COMPOUNDS = frozenset(
    "way ways time times off sided fold star stars point points odd plus ish something somethings thirds third "
    "fourths fourth fifths quarter quarters half halves th st nd rd nil love all up under over lane".split()
)


def _counted_compound(text: str, pos: int) -> re.Match[str] | None:
    """The word a hyphen joins to a number when it names what is counted ("140-seat"), else None."""
    word = _COMPOUND_WORD.match(text, pos)
    return None if word is None or word.group().lower() in _NOT_COUNTED_COMPOUNDS else word


def _is_not_amount(
    text: str,
    first: _Amount,
    second: _Amount | None,
    qualifier: str | None,
    prev_word: str,
    currency: str | None,
) -> bool:
    """Codes, dates, years, times, phone numbers and names that only look like amounts."""
    bare = not (first.unit or first.scaled or currency or first.vague or (second and second.unit))
    prev_lower = prev_word.lower()
    number_end = first.number_end
    if bare and _TIME_AFTER.match(text, number_end):
        return True
    if bare and first.low <= 30 and _LIST_MARKER.match(text, number_end):
        return True  # "1) explains ...": an enumeration
    if (
        not first.vague
        and first.low <= 31
        and (
            _MONTH_BEFORE.search(text, max(0, first.start - 16), first.start)
            or _month_after(text, number_end)
        )
    ):
        return not (first.unit or currency)
    if first.year_like and bare:
        hedged = qualifier is not None and qualifier.lower() in _HEDGES
        if not hedged:
            return True
    if second is not None and second.year_like and first.year_like:
        return True
    if bare and not first.word and prev_word:
        if prev_lower in IDENTIFIER_CUES or prev_word == "#":
            return True
        if _coded_sum(text, first.start, number_end):
            return False  # "XQR 14,500", "XQR 3.75": a sum by a currency code no table knows, not "Boeing 737"
        if (
            (prev_word[0].isupper() or (prev_word[0].islower() and any(c.isupper() for c in prev_word[1:])))
            and prev_lower not in STOPWORDS
            and prev_lower not in _HEDGES
            and prev_lower not in COUNTED_STOP
            and prev_lower.rstrip(".") not in MONTHS
            and not (prev_lower.endswith(("'s", "’s")) and _PLURAL_NOUN_AFTER.match(text, number_end))
        ):
            return True  # "Boeing 737", "Apollo 11", "Windows 11"; not "Kelvair's 48 planes": a name's count
    if bare and text[number_end : number_end + 1] == "-" and text[number_end + 1 : number_end + 2].isalpha():
        # "a 140-seat parliament", "a 2,000-strong crowd": the count of what the compound names. But
        # "one-third", "a two-way race", "a five-star hotel" are no counts.
        return first.single_one or (
            _counted_compound(text, number_end + 1) is None and _POINT_COMPOUND.match(text, number_end) is None
        )
    return False


# A number as sums are written and model names are not: grouped in thousands or with a decimal part. After three
# capitals ("XQR 14,500") it is a sum by a currency code no table knows; a bare whole number after capitals stays
# a name's ("DAX 30", "GMT 2", "Boeing 737"): indices, zones and models are numbered, never grouped or in cents.
_SUM_SHAPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{1,2}")
# A price by the unit or the period after a whole number ("XQR 45 a month", "XQR 940 per tonne", "XQR 12/kg"):
# an index or a model is no price of anything.
_PRICE_AFTER = re.compile(rf"(?:{_H}{{1,3}}(?:a|an|per){_H}{{1,3}}(?!(?:few|lot|bit|little|number|couple)\b)[a-z]|/[a-z])")


@lru_cache(maxsize=256)
def _sum_by_code(code: str) -> re.Pattern[str]:
    """The code before a sum-shaped or scaled amount anywhere in a text: there it names a currency."""
    return re.compile(
        rf"(?<![A-Za-z0-9&./-]){code}{_H}?(?:\d{{1,3}}(?:,\d{{3}})+|\d+\.\d{{1,2}}(?!\d)|\d+(?:\.\d+)?{_H}?"
        rf"(?:m|bn|k|million|billion|thousand)(?![A-Za-z]))"
    )


def _coded_sum(text: str, start: int, number_end: int) -> bool:
    """A number after an unknown three-capital code is a sum in that currency when it is written as a sum
    (``_SUM_SHAPED``), is a price by the unit or period, follows a word of paying (``_PAID_BEFORE_CODE``), or the
    text gives the code before a sum elsewhere; a bare whole number after capitals is otherwise a name's ("DAX 30",
    "GMT 2")."""
    code = _code_before(text, start)
    if code is None:
        return False
    if _SUM_SHAPED.fullmatch(text, start, number_end) or _PRICE_AFTER.match(text, number_end):
        return True
    return _sum_by_code(code.group("code")).search(text) is not None or _paid_before(text, code.start())


_CLAUSE_WORDS = re.compile(r"(?<![A-Za-z'’])[A-Za-z]+")
_SENTENCE_END = re.compile(r"[.!?;:\n][^.!?;:\n]*\Z")


def _paid_before(text: str, pos: int) -> bool:
    """A word of paying among the five before ``pos`` in its sentence ("the fee is set at XQR 54", "a prize of XQR
    520", "must pay passengers XQR 350"): what an index, a time zone or a model is never said to be."""
    before = text[max(0, pos - 60) : pos]
    cut = _SENTENCE_END.search(before)
    if cut is not None:
        before = before[cut.start() + 1 :]
    words = _CLAUSE_WORDS.findall(before)[-5:]
    # lower-case words only: a capitalised one is a name ("Paris", "Sale"); a title is won ("won XQR 300"); and
    # of the words in "pa" only pay and paid pay ("passed", "party", "part" do not)
    return any(
        w.islower() and w.startswith(_PAID_WORDS) and w != "won" and (not w.startswith("pa") or w.startswith(("pay", "paid")))
        for w in words
    )


# A plural noun right after a number: after a name's possessive, what the name has so many of ("Ostmark's
# 230 workers"), not a model the name makes ("Boeing's 787 flew").
_PLURAL_NOUN_AFTER = re.compile(
    r"[^\S\n]{1,3}(?:[a-z][a-z-]{1,20}[^\S\n]{1,3}){0,2}"  # "Frourvoey's 12 district depots", "40 electric buses"
    r"(?:[a-z]+[^s\W]s|staff|people|crew|personnel|police|children|men|women|aircraft)(?![\w'’-])"
)


def _counted(text: str, amount: _Amount, end: int, unit: str | None) -> str | None:
    """The head noun of what the figure counts or measures, lower-cased, or None."""
    money = unit in _MONEY_UNITS
    if unit is None and not amount.vague:
        return _noun_phrase_head(text, end, first_lower=False, adjectival=_counted_as_object(text, amount))
    if amount.vague and unit is None:
        of = _OF.match(text, end)
        if of is not None:
            return _noun_phrase_head(text, of.end() - 1, first_lower=True)
        if text[amount.number_end - 1] in "sS":
            return None  # "Millions read ...": the plural is itself the noun
        return _noun_phrase_head(text, end, first_lower=True)  # "several hundred workers"
    lead = _NP_LEAD.match(text, end)
    if lead is not None and (money or lead.group("prep") == "of"):
        head = _noun_phrase_head(text, lead.end() - 1, first_lower=True)
        if head is not None:
            return head
    if money or unit in ("percent", "percentage point"):
        # "a brooch worth £1.4m stolen": what is worth the amount, not the word after it.
        worth = _WORTH_BEFORE.search(text, max(0, amount.start - _WINDOW), amount.start) if money else None
        if worth is not None and worth.group("w").lower() not in COUNTED_STOP:
            return worth.group("w").lower()
        if not amount.of_unit:
            head = _noun_phrase_head(text, end, first_lower=True)
            if head is not None:
                return head
    return None


# Words that open a clause: a count after one of them is its subject, and a participle after the
# count its verb ("said 30 suffered burns"), not an adjective.
_CLAUSE_OPENERS = frozenset(
    "said says say told that and but or while when as after before because since if though although whom who which".split()
)
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")


def _counted_as_object(text: str, amount: _Amount) -> bool:
    """A whole count after a lower-case word that opens no clause ("freed 12", "in four", "employs 3,000")
    stands where a noun phrase does, so a participle after it describes the noun ("12 trapped miners").
    A count opening its sentence or clause may be the subject of that participle ("Five suffered burns",
    "a tremor measuring 4.9 rattled windows")."""
    if amount.low != amount.high or not float(amount.low).is_integer() or "." in text[amount.start : amount.number_end]:
        return False
    before = _WORD_BEFORE.search(text, max(0, amount.start - 30), amount.start)
    return before is not None and before.group(1).islower() and before.group(1) not in _CLAUSE_OPENERS


_COMPARED = frozenset({"more", "fewer"})


def _noun_phrase_head(text: str, pos: int, first_lower: bool, adjectival: bool = False) -> str | None:
    """Head of the noun phrase starting after ``pos``: "13 Russian military aircraft" -> "aircraft".

    ``adjectival``: a participle right after the count may describe the noun after it."""
    head = None
    i = pos
    for index in range(6):
        m = _NP_WORD.match(text, i)
        if m is None:
            break
        w = m.group("w")
        lower = w.lower()
        if index == 0 and lower in _COMPARED:
            i = m.end()  # "450 more guards": the guards are counted; "12 more than" counts nothing
            continue
        if lower in COUNTED_STOP or lower in _MEASURE_ADJECTIVES or lower in _DURATIONS:
            break
        if index == 0 and first_lower and not w[0].islower():
            break
        if lower in IRREGULAR_PLURALS or (
            len(lower) > 2 and lower.endswith("s") and not lower.endswith(("ss", "'s", "’s", "us", "is"))
        ):
            return lower
        if lower.endswith(("ed", "ing")) and len(lower) > 4 or head is not None and lower in IRREGULAR_PARTICIPLES:
            # (a participle before the noun describes it: "five stolen paintings", "12 trapped miners",
            # "four refrigerated containers": the plural after it is the head. Else it ends the phrase:
            # "12 injured were taken", "five died Tuesday".)
            if index == 0 and adjectival:
                after = _NP_WORD.match(text, m.end())
                noun = after.group("w") if after is not None else ""
                if noun[:1].islower() and noun not in COUNTED_STOP and (
                    noun in IRREGULAR_PLURALS
                    or (len(noun) > 2 and noun.endswith("s") and not noun.endswith(("ss", "'s", "’s", "us", "is")))
                ):
                    return noun
            break
        head = lower
        i = m.end()
    return head


# --- comparing figures ----------------------------------------------------------------------------


def _dimension(unit: str | None) -> str:
    if unit is None:
        return "count"
    if unit in UNITS:
        return UNITS[unit][0]
    return f"currency:{unit}" if unit.isupper() and len(unit) == 3 else f"unit:{unit}"


def same_dimension(a: Quantity, b: Quantity) -> bool:
    """True when the two figures measure the same kind of thing and can be compared after ``to_base``.

    Bare counts compare with bare counts; lengths with lengths (km with miles); money only
    in the same currency, because no fixed factor converts one currency into another.
    """
    return same_unit_dimension(a.unit, b.unit)


def same_unit_dimension(unit_a: str | None, unit_b: str | None) -> bool:
    """``same_dimension`` of figures in these units: it reads nothing else of them."""
    return _dimension(unit_a) == _dimension(unit_b)


def to_base(q: Quantity) -> Quantity:
    """The same figure in the base unit of its dimension (m, kg, m2, l, W, Wh, m/s) where a fixed factor exists.

    Currencies, percentages and counts are returned unchanged; a temperature in Fahrenheit becomes Celsius.
    """
    if q.unit is None or q.unit not in UNITS:
        return q
    if q.unit == "fahrenheit":  # the one affine unit: 106F is 41.1C
        return replace(
            q,
            low=None if q.low is None else (q.low - 32) * 5 / 9,
            high=None if q.high is None else (q.high - 32) * 5 / 9,
            unit="celsius",
        )
    _dim, base, factor = UNITS[q.unit]
    if factor is None or base == q.unit:
        return q
    return replace(
        q,
        low=None if q.low is None else q.low * factor,
        high=None if q.high is None else q.high * factor,
        unit=base,
    )
