"""Every TimeML (TIMEX3) type in a text: DATE and TIME, and also DURATION, SET and the vague references.

The date extractor finds what can be placed on a calendar and compared across outlets; TimeML
also tags how long something lasted ("for three weeks", ``P3W``), how often it happens ("every
morning", ``XXXX-XX-XXTMO``) and the vague present, past and future ("now", ``PRESENT_REF``).
Those are not dates to compare (durations are compared as figures, with a time unit), so they
are found here, for the TimeML view of a document: evaluation against TempEval, and anyone who
wants TIMEX3 tags. Dates keep their spans; the other kinds take only text no date covers.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from consistency.extract import ExtractionContext
from consistency.extract._date_calendar import MONTHS, number_value
from consistency.extract._timex import DURATION_UNITS, duration_timex
from consistency.extract.dates import MONTH_FULL, NUM, SP, WEEKDAY, extract_dates
from consistency.model import DateValue
from consistency.text import STOPWORDS, FreeSpans


@dataclass(frozen=True)
class Timex:
    """A TIMEX3: ``text[start:end]``, its type (DATE, TIME, DURATION, SET) and its TimeML value."""

    start: int
    end: int
    type: str
    value: str | None
    date: DateValue | None = None  # the calendar value, for a DATE or TIME the date extractor found
    # TimeML's ``mod`` for an open range a word before the date makes ("before 2018" BEFORE, "since
    # August" ON_OR_AFTER); set only when the modifier is asked for (``find_timexes(modifiers=True)``).
    mod: str | None = None


_UNITS = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie))"
_HEDGE = (
    r"(?:(?:about|around|almost|nearly|roughly|approximately|some|only|just|at{SP}least|more{SP}than|less{SP}than"
    r"|fewer{SP}than|over|under|up{SP}to|a{SP}mere|just{SP}over|just{SP}under|barely|well{SP}over){SP})?"
).replace("{SP}", SP)
_LEAD = rf"(?:the{SP}(?:(?:first|last|past|next|previous|coming|following|latest|final|entire|whole){SP})?)?"
_VAGUE = rf"(?:several|a{SP}few|few|many|a{SP}couple{SP}of|a{SP}number{SP}of|recent|some)"
# "three weeks", "the past 18 months", "almost seven years", "a four-week", "five years'".
# "one and a half hours", "two and a quarter years", "an hour and a half", "half an hour", "½ hour".
_FRACTIONS = {"half": 0.5, "quarter": 0.25, "third": 1 / 3}
_DURATION = re.compile(
    rf"\b{_HEDGE}{_LEAD}(?P<n>\d+(?:\.\d+)?|{NUM}|{_VAGUE})"
    rf"(?:{SP}and{SP}(?:a{SP})?(?P<frac>half|quarter|third))?"
    rf"(?P<sep>{SP}|-)(?P<unit>{_UNITS})(?P<pl>s)?\b(?P<poss>['’](?!\w))?"
    rf"(?:{SP}and{SP}(?:a{SP})?(?P<frac2>half|quarter)\b)?",
    re.IGNORECASE,
)
_HALF_UNIT = re.compile(  # not after "and": "one and a half hour" is read whole below
    rf"(?<!and )(?:\b(?:half{SP}an?{SP}|a{SP}half{SP}(?=hour))|½[^\S\n]?)(?P<unit>hour|minute|day|year|century)\b", re.IGNORECASE
)
# Abbreviated units written after digits: "3h", "48hrs", "30 mins", "45 sec", "3.5years".
_ABBREVIATED = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)[^\S\n]?(?P<unit>hrs?|(?-i:h)|mins?|secs?|years|yrs)(?![\w.]\w|\w)",
    re.IGNORECASE,
)
_ABBREVIATION_UNITS = {"h": "hour", "hr": "hour", "hrs": "hour", "min": "minute", "mins": "minute", "sec": "second",
                       "secs": "second", "years": "year", "yrs": "year"}  # fmt: skip
# "for years", "took weeks", "in recent months", "minutes before": a bare plural unit, only where it counts time.
_BARE = re.compile(
    rf"\b(?:(?P<before>for|within|recent|take|takes|took|taken|taking|spent|spend|last(?:ed|s)?|over){SP})?"
    rf"(?P<unit>seconds|minutes|hours|days|weeks|months|years|decades|centuries)\b"
    rf"(?:{SP}(?P<after>before|after|later|earlier|ago))?",
    re.IGNORECASE,
)
_SET = re.compile(
    rf"\b(?:(?P<q>every|each){SP}(?:other{SP})?(?:(?P<n>{NUM}|\d+){SP})?"
    rf"(?P<unit>{_UNITS}|morning|afternoon|evening|night|weekend|season|(?P<wd>{WEEKDAY})|(?P<mon>{MONTH_FULL}))"
    rf"(?P<pl>s)?"
    rf"|(?P<wd2>{WEEKDAY})(?:{SP}(?P<pod>morning|afternoon|evening|night))?s"  # "Tuesday afternoons", "Fridays"
    rf"|(?P<adv>daily|weekly|monthly|annually|yearly|hourly|nightly)"
    rf"|(?P<per>per|a){SP}(?P<punit>year|month|week|day|hour))\b",
    re.IGNORECASE,
)
_REF = re.compile(
    rf"\b(?:(?P<present>now|currently|nowadays|these{SP}days)|(?P<past>recently|lately|formerly)"
    rf"|the{SP}(?:(?P<past2>past)|(?P<future>future))(?!{SP}(?:\d|{NUM}\b|{_VAGUE}|{_UNITS}|decade|century))"
    rf")\b",
    re.IGNORECASE,
)
_WEEKDAY_NUMBER = {"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
                   "sunday": 7}  # fmt: skip
_DAY_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_YEAR_RANGE = re.compile(
    r"(?:(?:from|between)[^\S\n]{1,3})?(?P<y1>\d{4})"
    r"(?P<sep>[^\S\n]{0,3}[-–][^\S\n]{0,3}|[^\S\n]{1,3}(?:to|and|through|until)[^\S\n]{1,3})(?P<y2>\d{2,4})$",
    re.IGNORECASE,
)
# An amount and what it counts just before "a year", "an hour" make it a rate's unit ("15 euros an hour",
# "2 billion lev a year", "700 seats a week"), not a span of time: the number, then one or two words that are
# neither prepositions ("earned 5 million in a year" is a duration) nor a scale. Right after the number
# ("$4 a day", "$4 million a year") TimeML tags the rate as a SET (``_SET``), so that is left to it. Read
# in a bounded window before the match.
_RATE_BEFORE = re.compile(
    r"(?:\d|\b(?:hundred|thousand|million|billion|trillion|dozens?|bn|mn|m|k)\b)%?"
    r"(?P<words>(?:[^\S\n]{1,3}(?!(?:in|within|for|over|after|than|about|around|of|during|by|nearly|almost|only"
    r"|just|under|at|on|from|to|and|or|hundred|thousand|million|billion|trillion|bn|mn)\b)[^\W\d][\w'’.-]{0,24}){1,2})"
    r"[^\S\n]{1,3}\Z",
    re.IGNORECASE,
)
_RATE_WINDOW = 48
_AMOUNT_NEAR = re.compile(r"\d|hundred|thousand|illion|dozen|bn|mn|\b[mk]\b", re.IGNORECASE)  # a cheap first look
_AGE_AFTER = re.compile(rf"(?:-|{SP})old\b", re.IGNORECASE)
_AGE_TAIL = re.compile(rf"{SP}(?:old\b|(?:and|or){SP}(?:older|younger|over|under|up)\b)", re.IGNORECASE)


# Words before a date that open a range on one side of it: TimeML leaves them out of the TIMEX3 (a
# SIGNAL) and writes the side as the TIMEX3's ``mod``; schemes with open ranges take them in.
_MODIFIER = re.compile(
    rf"(?:\b(?P<before>before|until|till|no{SP}later{SP}than|not{SP}later{SP}than|by)"
    rf"|\b(?P<after>after|later{SP}than|greater{SP}than|no{SP}earlier{SP}than)"
    rf"|\b(?P<since>since|starting(?:{SP}(?:on|from|in))?|beginning(?:{SP}(?:on|from|in))?|as{SP}early{SP}as"
    rf"|any{SP}time{SP}from))"
    rf"{SP}\Z",
    re.IGNORECASE,
)
_MODS = {"before": "BEFORE", "after": "AFTER", "since": "ON_OR_AFTER"}


def _with_modifier(text: str, timex: Timex) -> Timex:
    """``timex`` with the modifier word just before it ("since August", "no later than 1 May"), if any."""
    if timex.date is None or timex.type not in ("DATE", "TIME") or timex.date.granularity == "period":
        return timex
    m = _MODIFIER.search(text, max(0, timex.start - 24), timex.start)
    if m is None:
        return timex
    side = next(name for name in _MODS if m.group(name))
    return dataclasses.replace(timex, start=m.start(), mod=_MODS[side])


def find_timexes(
    text: str,
    context: ExtractionContext,
    *,
    sets: bool = True,
    references: bool = True,
    ranges: bool = False,
    modifiers: bool = False,
) -> list[Timex]:
    """Every TIMEX3 in ``text`` in text order, none overlapping: dates first, then sets, durations and
    "now", "recently" (``sets``/``references`` false leaves those out, as some annotation schemes do).
    A range ("April 10-12") gives its two ends, as TimeML tags them; ``ranges=True`` keeps it one period
    (as schemes with date ranges do, Recognizers-Text among them). ``modifiers=True`` takes a word that
    opens a range on one side of a date into its span and sets ``mod`` ("before 2018", "since August",
    "starting on 7 January"), as schemes with open ranges do."""
    free = FreeSpans()
    found: list[Timex] = []
    for extraction in extract_dates(text, context, ranges=ranges):
        value = extraction.value
        assert isinstance(value, DateValue)
        free.take(extraction.start, extraction.end)
        for timex in _date_timexes(text, extraction.start, extraction.end, value):
            timex = _with_modifier(text, timex) if modifiers else timex
            if timex.start < extraction.start:
                free.take(timex.start, extraction.start)  # the modifier's words: no duration or set there
            found.append(timex)
    finders = [_sets] if sets else []
    finders.append(_durations)
    if references:
        finders.append(_references)
    for finder in finders:
        for timex in finder(text):
            if free.take(timex.start, timex.end):
                found.append(timex)
    return _join_set_times(_join_durations(found, text), text)


def timex_type(value: str | None, date: DateValue | None = None) -> str:
    if value is None:
        return "TIME" if date is not None and date.granularity == "time" else "DATE"
    if value.startswith("P"):
        return "DURATION"
    if "T" in value[4:]:
        return "TIME"
    return "DATE"


def _date_timexes(text: str, start: int, end: int, value: DateValue) -> list[Timex]:
    """One date, or two for a range of years TimeML tags as two ("1957-58" is 1957 and 1958)."""
    span = text[start:end]
    m = _YEAR_RANGE.match(span) if value.granularity == "period" else None
    if m is not None and value.start and value.end:
        first, last = value.start[:4], value.end[:4]
        return [
            Timex(start + m.start("y1"), start + m.end("y1"), "DATE", first),
            Timex(start + m.start("y2"), end, "DATE", last),
        ]
    return [Timex(start, end, timex_type(value.timex, value), value.timex, value)]


def _rate_before(text: str, start: int) -> bool:
    """Whether an amount and what it counts end right before ``start`` (``_RATE_BEFORE``), the words between
    no function words ("2016 is not a day" is no rate)."""
    m = _RATE_BEFORE.search(text, max(0, start - _RATE_WINDOW), start)
    return m is not None and not any(w.lower() in STOPWORDS for w in m.group("words").split())


def _durations(text: str) -> list[Timex]:
    out: list[Timex] = []
    for m in _HALF_UNIT.finditer(text):  # before the rest: "half an hour" is not "an hour"
        out.append(Timex(m.start(), m.end(), "DURATION", duration_timex(0.5, m.group("unit").lower())))
    for m in _DURATION.finditer(text):
        if m.group("sep") == "-" and _AGE_AFTER.match(text, m.end()):
            continue  # "a 40-year-old": an age, not a duration TimeML tags
        if m.group("sep") != "-" and _AGE_TAIL.match(text, m.end()):
            continue  # "six months old", "ages 6 months and older": an age
        unit = m.group("unit").lower()
        n_text = " ".join(m.group("n").lower().split())
        if unit == "night" and n_text in ("a", "an"):
            continue  # "a night out", "spent a night": TimeML leaves a single night untagged
        unit = "century" if unit.startswith("centur") else "day" if unit == "night" else unit  # "two nights" is P2D
        fraction = _FRACTIONS.get((m.group("frac") or m.group("frac2") or "").lower(), 0.0)
        if n_text in ("a", "an", "one") and m.group("pl") and not fraction:
            continue
        if n_text == "some" and not re.search(r"\b(?:for|within|over|after|in|took|take|takes|lasted)\s+\Z", text[max(0, m.start() - 9) : m.start()], re.IGNORECASE):
            continue  # "too much some days": which days, not how long; "for some days" is how long
        if (
            n_text in ("a", "an")
            and not m.group("pl")
            and _AMOUNT_NEAR.search(text, max(0, m.start() - _RATE_WINDOW), m.start())
            and _rate_before(text, m.start())
        ):
            continue  # "15 euros an hour": a rate's unit, part of the figure
        if n_text == "a" and unit == "second":
            continue  # "a second attempt": the ordinal
        if unit == "second" and not m.group("pl") and m.group("sep") != "-" and not n_text[:1].isdigit():
            continue  # "the twenty second", "february twenty second": an ordinal, not seconds
        amount: float | None
        if re.fullmatch(r"\d+(?:\.\d+)?", n_text):
            amount = float(n_text)
        elif n_text == "a couple of":
            amount = 2
        else:
            whole = number_value(n_text)
            amount = float(whole) if whole is not None else None
        if amount is not None and fraction:
            amount += fraction
        end = m.end() if m.group("frac2") else m.end("poss") if m.group("poss") else m.end("pl") if m.group("pl") \
            else m.end("unit")
        out.append(Timex(m.start(), end, "DURATION", duration_timex(amount, unit)))
    for m in _ABBREVIATED.finditer(text):
        unit = _ABBREVIATION_UNITS[m.group("unit").lower()]
        if unit == "year" and m.group("unit").lower() == "years" and text[m.end("n") : m.start("unit")]:
            continue  # "3 years" spaced is read above; only the glued "3.5years" here
        out.append(Timex(m.start(), m.end(), "DURATION", duration_timex(float(m.group("n")), unit)))
    for m in _BARE.finditer(text):
        if not m.group("before") and not m.group("after"):
            continue
        unit = m.group("unit").lower()
        unit = "century" if unit.startswith("centur") else unit[:-1]
        start = m.start("unit") if (m.group("before") or "").lower() != "recent" else m.start()
        out.append(Timex(start, m.end("unit"), "DURATION", duration_timex(None, unit)))
    return out


_DURATION_ORDER = "YMWDHMS"  # TimeML designators, largest first (the first M is months, the second minutes)
_JOINER = re.compile(rf"(?:,?{SP}and{SP}|,?{SP})")


_DURATION_VALUE = re.compile(r"P(?:\d+[YMWD]){0,4}(?:T(?:\d+[HMS]){1,3})?")
_LAST_UNIT = re.compile(r"(T?)\d+(?:\.\d+)?([YMWDHS])\Z")


def _rank(value: str, smallest: bool = False) -> int | None:
    """Where a one-unit duration ("P2Y", "PT4M") sits in ``_DURATION_ORDER``; None for any other value.
    ``smallest``: the rank of the smallest unit of a duration already joined ("PT2H4M": minutes), so a
    third part can follow ("2 hours 4 minutes 11 seconds"); not after weeks, which ISO 8601 writes alone."""
    if smallest and len(value) > 3 and "W" not in value and _DURATION_VALUE.fullmatch(value):
        m = _LAST_UNIT.search(value)
        if m is None:
            return None
        return _DURATION_ORDER.index(m.group(2), 4 if "T" in value and m.group(2) in "HMS" else 0)
    m = re.fullmatch(r"P(T?)\d+(?:\.\d+)?([YMWDHS])", value)
    if m is None:
        return None
    return _DURATION_ORDER.index(m.group(2), 4 if m.group(1) else 0)


def _joined(first: Timex, second: Timex, text: str) -> Timex | None:
    """ "1hr 4 mins" (PT1H4M), "two years and three months" (P2Y3M): a duration whose smaller unit follows."""
    a, b = first.value or "", second.value or ""
    ra, rb = _rank(a, smallest=True), _rank(b)
    if ra is None or rb is None or ra >= rb or not _JOINER.fullmatch(text, first.end, second.start):
        return None
    if "X" in a + b or "." in a + b:
        return None
    # "P1D" + "PT3H" is "P1DT3H"; "PT1H" + "PT4M" is "PT1H4M"; "P2Y" + "P3M" is "P2Y3M"
    joined = a + (b[2:] if "T" in a else b[1:])
    return Timex(first.start, second.end, "DURATION", joined)


def _join_durations(found: list[Timex], text: str) -> list[Timex]:
    out: list[Timex] = []
    for timex in sorted(found, key=lambda t: t.start):
        if out and out[-1].type == timex.type == "DURATION":
            joined = _joined(out[-1], timex, text)
            if joined is not None:
                out[-1] = joined
                continue
        out.append(timex)
    return out


_SET_GAP = re.compile(rf",?{SP}(?:at{SP}|on{SP})?")
# A bare clock reading after a set, which no date reading takes alone: "Thursdays at 17.30".
_SET_CLOCK = re.compile(rf"{SP}at{SP}(?P<h>[01]?\d|2[0-3])[.:](?P<mi>[0-5]\d)(?![\w%]|[.,:]\d)")
_CLOCK_VALUE = re.compile(r"\d{4}-\d\d-\d\dT(\d\d:\d\d)$")


def _set_at(value: str | None, clock: str) -> str | None:
    """A set's value at a clock time: "XXXX-WXX-1" at 16:00 is "XXXX-WXX-1T16:00", a daily set's
    ("P1D", "every evening") "XXXX-XX-XXT16:00"; None for sets a clock does not narrow ("every year")."""
    if value is None:
        return None
    if re.fullmatch(r"XXXX-WXX-\d", value):
        return f"{value}T{clock}"
    if value == "P1D" or value.startswith("XXXX-XX-XXT"):
        return f"XXXX-XX-XXT{clock}"
    return None


def _join_set_times(found: list[Timex], text: str) -> list[Timex]:
    """A set and the clock time it repeats at, as one SET: "each Monday at 4pm", "3pm each day",
    "every evening at 7:13 p.m.", "Thursdays at 17.30"."""
    out: list[Timex] = []
    for timex in found:
        prev = out[-1] if out else None
        if prev is not None and {prev.type, timex.type} == {"SET", "TIME"} and _SET_GAP.fullmatch(
            text, prev.end, timex.start
        ):
            rep, clock = (prev, timex) if prev.type == "SET" else (timex, prev)
            m = _CLOCK_VALUE.match(clock.value or "")
            value = _set_at(rep.value, m.group(1)) if m else None
            if value is not None:
                out[-1] = Timex(prev.start, timex.end, "SET", value)
                continue
        out.append(timex)
    for i, timex in enumerate(out):
        m = _SET_CLOCK.match(text, timex.end) if timex.type == "SET" else None
        if m is not None and (i + 1 == len(out) or out[i + 1].start >= m.end()):
            value = _set_at(timex.value, f"{int(m.group('h')):02d}:{m.group('mi')}")
            if value is not None:
                out[i] = Timex(timex.start, m.end(), "SET", value)
    return out


def _sets(text: str) -> list[Timex]:
    out: list[Timex] = []
    for m in _SET.finditer(text):
        if m.group("wd2"):
            day = f"XXXX-WXX-{_WEEKDAY_NUMBER[m.group('wd2').lower()]}"
            part = f"T{_DAY_PART_CODES[m.group('pod').lower()]}" if m.group("pod") else ""
            out.append(Timex(m.start(), m.end(), "SET", day + part))
            continue
        if m.group("adv"):
            word = m.group("adv").lower()
            before = text[max(0, m.start() - 5) : m.start()].lower()
            if re.search(r"\b(?:the|a)\s$", before):
                continue  # "the daily", "a weekly": a publication
            unit = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "hourly": "hour"}.get(
                word, "year"
            )
            out.append(Timex(m.start(), m.end(), "SET", duration_timex(1, unit)))
            continue
        if m.group("per"):
            if m.group("per").lower() == "a" and not re.search(
                r"(?:\d|times|once|twice|\b(?:hundred|thousand|million|billion|trillion|bn|mn))\W{0,3}$",
                text[max(0, m.start() - 12) : m.start()],
            ):
                continue  # "$5 a year", "$2 million a year", "twice a week"; not "a year" alone
            out.append(Timex(m.start(), m.end(), "SET", duration_timex(1, m.group("punit").lower())))
            continue
        unit = m.group("unit").lower()
        n = number_value(m.group("n")) if m.group("n") else 1
        value: str | None
        if m.group("wd"):
            value = f"XXXX-WXX-{_WEEKDAY_NUMBER[unit]}"
        elif m.group("mon"):
            value = f"XXXX-{MONTHS[unit]:02d}"
        elif unit in _DAY_PART_CODES:
            value = f"XXXX-XX-XXT{_DAY_PART_CODES[unit]}"
        elif unit == "weekend":
            value = "XXXX-WXX-WE"
        elif unit == "season":
            value = "P1Y"
        else:
            unit = "century" if unit.startswith("centur") else unit
            value = duration_timex(n, unit) if unit in DURATION_UNITS else None
        out.append(Timex(m.start(), m.end(), "SET", value))
    return out


def _references(text: str) -> list[Timex]:
    out: list[Timex] = []
    for m in _REF.finditer(text):
        value = "PRESENT_REF" if m.group("present") else "FUTURE_REF" if m.group("future") else "PAST_REF"
        out.append(Timex(m.start(), m.end(), "DATE", value))
    return out
