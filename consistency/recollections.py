"""What a report recalls of a happening years before its own, word by word: a report that tells, in a sentence
looking back years ("three years ago a hiker was stuck on the same ledge for 20 hours", "in May 2031, when it broke
windows at Sporrick Farm"), the happening another report leads with is a later one of that kind, not that report's.

Grouping weighs two groups apart when the lead of one (its headline and first sentence, outside its own look-back
sentences) writes several words that the other group writes only in such sentences
(``GroupingOptions.recollected_words``): the older happening's protagonist, its place, its figures, its very verbs.
Only a look-back of a year or more counts: a follow-up recalling its own happening ("ten days after the quake")
looks back days or weeks."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Container

from consistency.extract._date_calendar import MONTHS
from consistency.names import CALENDAR, fold
from consistency.text import STOPWORDS, split_sentences

_NUMBER_WORDS = (
    "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty"
    "|forty|fifty|several|many|some|few|\\d{1,3}"
)
# A span of years back. Leading, the earlier happening after it: "four years after the same divers joined the
# cave to the system", "a year since". Trailing, the earlier happening before it: "since a hiker was stuck there
# three years ago", "the fire of last year", "went down the spring before last".
_YEARS_BACK = re.compile(
    rf"\b(?:(?:{_NUMBER_WORDS})[^\S\n]+(?:years?|decades?)|years|decades)[^\S\n]+"
    r"(?:(?P<leading>after|since|before)|ago|earlier)\b"
    r"|\blast[^\S\n]+year\b"
    r"|\b(?:year|spring|summer|autumn|winter)[^\S\n]+before[^\S\n]+last\b",
    re.IGNORECASE,
)
# A span of a year or more told in months ("fifteen months ago", "18 months after the first ring was broken up"): it
# looks back as a span of years does (``GroupingOptions.months_years_back``). Under twelve months is a follow-up's
# distance ("five months after the launch"), not a year.
_MONTH_COUNTS = (
    "twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
    "|(?:twenty|thirty|forty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|1[2-9]|[2-9]\\d"
)
_MONTHS_BACK = re.compile(
    rf"\b(?:{_MONTH_COUNTS})[^\S\n]+months[^\S\n]+(?:(?P<leading>after|since|before)|ago|earlier)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(1[89]\d\d|2\d\d\d)\b")
# Counts written as words are figures too: "six men died" recalls the "Six miners killed" of another report.
_COUNTS = {
    word: str(n)
    for n, word in enumerate(
        "_ _ two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
        " eighteen nineteen twenty".split()
    )
    if n >= 2
}
_SPANS = frozenset("ago year years decade decades earlier last".split())  # (the look-back's own words)
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W\d_]+)*")
STEM = 6  # words met by their first letters: "broke" and "broken", "window" and "windows"
NAMED = "^"  # marks, in a report's recalled words, the stem of a name it recalls ("^dewber": "Odran Dewberry")


def _words(text: str) -> set[str]:
    """The words of ``text`` that can tell one happening from another: folded and cut to ``STEM`` letters, not
    stopwords, months, weekdays or years (a year says when, and the dates decide when); figures whole ("22,860",
    "6.05"), counts written as words as figures ("six")."""
    # (strings, not match objects: grouping reads every sentence twice)
    found = set(map(_KEPT.__getitem__, _TOKEN.findall(text)))
    found.discard("")
    return found


class _KeptWords(dict):  # type: ignore[type-arg]
    """Token -> what ``_words`` keeps of it ("" when nothing), worked out on first use: a corpus writes the
    same few thousand words in every article, and folding each again was most of ``_words``'s time."""

    def __missing__(self, token: str) -> str:
        if len(self) > 1 << 16:
            self.clear()
        kept = self[token] = _word_of(token)
        return kept


def _word_of(token: str) -> str:
    if token[:1].isdigit():
        return "" if _YEAR.fullmatch(token) else token.replace(",", "")
    word = (token.lower() if token.isascii() else fold(token)).removesuffix("'s").removesuffix("’s")
    if len(word) < 3 or word in STOPWORDS or word in CALENDAR or word in _SPANS:
        return ""
    return _COUNTS.get(word) or word[:STEM]


_KEPT = _KeptWords()


# Where the part of a sentence telling the earlier happening begins before a trailing look-back: the last clause
# boundary before it ("It was the longest rescue in the cave | since a hiker was stuck there three years ago": the
# words before it tell the report's own happening); where it ends after a leading one.
_BOUNDARY = re.compile(r"[,;:](?=\s)|[(\u2013\u2014]|\s-\s|\b(?:since|after|than|beating|when|like|before|while|but)\b")
# Where it ends after a trailing one: a semicolon or a colon opens another part of the sentence ("Two years ago the
# council capped it at 40; the new limit of 25 applies to all"), while commas go on telling the earlier happening
# ("the bottle of five years ago, also blown there, which held 236 litres").
_SENTENCE_PART_END = re.compile(r"[;:](?=\s)|\s[\u2013\u2014-]\s")
_CLAUSE_END = re.compile(r"[,;:](?=\s)|[(\u2013\u2014]|\s-\s|\b(?:but|while|whereas)\b")


# A day of a month, written either way round ("on April 12", "12 April"), no year after it.
_MONTH_DAY = re.compile(
    r"\b(?:(?P<month>January|February|March|April|May|June|July|August|September|October|November|December)"
    r"[^\S\n]+(?P<day>\d{1,2})|(?P<day2>\d{1,2})[^\S\n]+(?P<month2>January|February|March|April|May|June|July"
    r"|August|September|October|November|December))\b(?![^\S\n]*,?[^\S\n]*\d{4})"
)


_DIGIT = re.compile(r"\d")
_WEEKS_BACK = re.compile(rf"\b(?:{_NUMBER_WORDS})[^\S\n]+weeks?[^\S\n]+(?:ago|earlier)\b", re.IGNORECASE)
# A month told as gone by ("last June", "Last November"): it names the time of a happening weeks or months before the
# report's own, whatever day the report stands on. (The month's capital is read: "the last may be the hardest".)
_LAST_MONTH = re.compile(
    r"\b[Ll]ast[^\S\n]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
# A month named as a time, with no day and no year ("closed the footbridge in March", "In June a jogger saw"): read in
# the year that puts it nearest the report's own day, it may lie months back (``_month_back``).
_IN_MONTH = re.compile(
    r"\b[Ii]n[^\S\n]+(?:early[^\S\n]+|late[^\S\n]+|mid-)?(?P<month>January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\b(?![^\S\n]*,?[^\S\n]*\d)"
)


# A happening counted as a repeat within a span of years ("the second outbreak in the county in three years, after
# blight was found at a nursery near the town"): what the sentence tells after the span is the earlier one.
_COUNTED_IN_YEARS = re.compile(
    rf"\b(?:second|third|fourth|fifth|sixth)[^\S\n]+(?:[\w'’-]+[^\S\n]+){{0,6}}?(?:in|within)[^\S\n]+"
    rf"(?:the[^\S\n]+(?:past|last)[^\S\n]+)?(?:{_NUMBER_WORDS})[^\S\n]+(?:years?|decades?)\b",
    re.IGNORECASE,
)


def _days_back(sentence: str, day: int, least: int) -> int | None:
    """Where ``sentence`` first writes a day of a month (no year) falling ``least`` days or more before ``day`` (an
    ordinal: the report's own day), read in the year that puts it nearest ``day`` (a warning of May 20 to shut the
    bridge "on June 2" tells a day ahead, not one of the year before); None when it writes none."""
    if _DIGIT.search(sentence) is None:
        return None  # (a day of a month is written in digits: most sentences need no scan for one)
    own = dt.date.fromordinal(day)
    for found in _MONTH_DAY.finditer(sentence):
        month = MONTHS[(found.group("month") or found.group("month2")).lower()]
        number = int(found.group("day") or found.group("day2"))
        readings = []
        for year in (own.year - 1, own.year, own.year + 1):
            try:
                readings.append(dt.date(year, month, number).toordinal() - day)
            except ValueError:
                continue
        if readings and -min(readings, key=abs) >= least:
            return found.start()
    return None


# A week or a month told as gone by ("Last month a lorry driver was hurt", "died there last week"):
# an earlier happening, with or without the report's day, as "Last July" is (``_LAST_MONTH``).
_LAST_SPAN = re.compile(r"\b[Ll]ast[^\S\n]+(?:week|month)\b")


def _month_back(sentence: str, day: int, least: int) -> int | None:
    """Where ``sentence`` first names a month as a time ("in March", no day, no year) that ends ``least`` days or more
    before ``day`` (the report's own ordinal day), the month read in the year whose middle of it lies nearest ``day``
    (a report of November's "to reopen in March" tells the March ahead); None when it names none."""
    if "n " not in sentence:
        return None
    own = dt.date.fromordinal(day)
    for found in _IN_MONTH.finditer(sentence):
        month = MONTHS[found.group("month").lower()]
        middle = min(
            (dt.date(year, month, 15).toordinal() for year in (own.year - 1, own.year, own.year + 1)),
            key=lambda mid: abs(mid - day),
        )
        last = (dt.date.fromordinal(middle).replace(day=28) + dt.timedelta(days=4)).replace(day=1).toordinal() - 1
        if day - last >= least:
            return found.start()
    return None


# A word that dates the report's own happening near its own day ("trapped yesterday", "died last night"): before a
# trailing look-back in one clause, the words up to it tell the report's happening, not the earlier one
# (``GroupingOptions.own_day_cut``).
_OWN_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|overnight|last[^\S\n]+night|this[^\S\n]+(?:morning|afternoon|evening))\b",
    re.IGNORECASE,
)


def _after_own_day(sentence: str, start: int, at: int) -> int:
    """``start`` moved past the last word between it and ``at`` that dates the report's own happening near its own
    day (``_OWN_DAY``): the part told before such a word is the report's own."""
    return max((found.end() for found in _OWN_DAY.finditer(sentence, start, at)), default=start)


def _recalled_part(
    sentence: str, year: int | None, day: int | None = None, dated_back_days: int = 0, months_back: bool = False,
    repeats_back: bool = False, months_years_back: bool = False, month_named_back: int = 0,
    own_day_cut: bool = False,
) -> tuple[int, int] | None:
    """The part of ``sentence`` that tells a happening a year or more before the report's (``year``: the year
    of its publication or dateline), as (start, end); None when it looks back on none. After a leading span
    ("two years after thieves drove off with its van, ...") it runs to the clause's end; before a trailing one
    ("since a hiker was stuck there three years ago, when ...") or a year before the report's, from the last
    clause boundary before it to the end of that part of the sentence (a semicolon, a colon or a dash). With
    ``repeats_back`` and none of those, a happening counted as a repeat within a span of years ("the second fall on
    the cliffs in four years, after a slab crushed a hut"): from the span to the sentence's end. With
    ``months_years_back`` a span of twelve months or more ("fifteen months ago") looks back as one of years does.
    With ``own_day_cut`` a trailing look-back's part begins after the last word before it that dates the report's
    own happening ("was pinned by the gate yesterday is of a kind the maker withdrew three weeks ago")."""
    # (Every look-back span writes "year" or "decade": the test spares most sentences the pattern's search.)
    lowered = sentence.lower()
    found = _YEARS_BACK.search(sentence) if "year" in lowered or "decade" in lowered or "before last" in lowered else None
    if months_years_back and "months" in lowered:
        months = _MONTHS_BACK.search(sentence)
        if months is not None and (found is None or months.start() < found.start()):
            found = months
    if found and found.group("leading"):
        after = _CLAUSE_END.search(sentence, found.end())
        return found.start(), after.start() if after else len(sentence)
    at = found.start() if found else None
    if dated_back_days and "week" in lowered:
        weeks = _WEEKS_BACK.search(sentence)
        if weeks is not None:
            at = weeks.start() if at is None else min(at, weeks.start())
    if months_back and "ast " in sentence:
        month = _LAST_MONTH.search(sentence)
        if month is not None:
            at = month.start() if at is None else min(at, month.start())
    if day is not None and dated_back_days:
        back = _days_back(sentence, day, dated_back_days)
        if back is not None:
            at = back if at is None else min(at, back)
    if month_named_back:
        # (a month named needs the report's day to tell back from ahead; a week or a month gone by does not)
        back = _month_back(sentence, day, month_named_back) if day is not None else None
        span = _LAST_SPAN.search(sentence) if "ast " in sentence else None
        if span is not None and (back is None or span.start() < back):
            back = span.start()
        if back is not None:
            at = back if at is None else min(at, back)
    if year is not None:
        for match in _YEAR.finditer(sentence):
            if int(match.group()) < year:
                at = match.start() if at is None else min(at, match.start())
                break
    if at is None:
        if repeats_back and ("year" in lowered or "decade" in lowered):
            counted = _COUNTED_IN_YEARS.search(sentence)
            if counted is not None:  # (the count says the earlier one is earlier: no day is needed)
                return counted.end(), len(sentence)
        return None
    after = _SENTENCE_PART_END.search(sentence, at)
    start = max((m.start() for m in _BOUNDARY.finditer(sentence, 0, at)), default=0)
    return (
        _after_own_day(sentence, start, at) if own_day_cut else start,
        after.start() if after else len(sentence),
    )


def recollections(
    text: str, lead_end: int, year: int | None = None, day: int | None = None, dated_back_days: int = 0,
    months_back: bool = False, repeats_back: bool = False, months_years_back: bool = False, month_named_back: int = 0,
    own_day_cut: bool = False,
) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """What ``text`` recalls and what it tells, as word stems (``_words``): (the words of its sentences' parts
    looking back a year or more (``_recalled_part``) that none of its other words writes, the words of the rest of
    its text, the words of its lead, ``text[:lead_end]``, outside those parts). The span itself ("41 years ago")
    is no word of the happening recalled. With ``day`` (the ordinal day it stands on) and ``dated_back_days``, a
    day of a month told that many days or more before it looks back too ("found rust in its pivot on April 12", in a
    piece of May 11: ``GroupingOptions.dated_back_days``), and so, with ``dated_back_days`` alone, does a span of
    weeks back ("three weeks ago"). With ``months_back``, so does a month told as gone by ("Last July hail stripped
    the vines", ``GroupingOptions.months_back``), with or without the day, and with ``repeats_back`` what a sentence
    tells after counting its happening as a repeat within years ("the second fall in four years, after ...",
    ``GroupingOptions.repeats_back``), and with ``months_years_back`` a span of twelve months or more ("fifteen
    months ago", ``GroupingOptions.months_years_back``), and with ``month_named_back`` a week or a month told as
    gone by ("Last month a lorry driver was hurt ...") and, with ``day``, a month named as a time ending that many
    days or more before it ("closed the footbridge in March", ``_month_back``; ``GroupingOptions.month_named_back``),
    and with ``own_day_cut`` a trailing look-back's part begins after a word dating the report's own happening
    ("yesterday", ``GroupingOptions.own_day_cut``).
    ``year`` is the year the report stands in (its publication's or dateline's); None when it has none: then only
    spans of years look back, and a lead sentence that gives a year gives no lead words ("arrested a woman in the
    1967 killings at an ice cream stand" may recall, undated, what a dated report recalls "41 years ago")."""
    recalled: set[str] = set()
    own: set[str] = set()
    lead: set[str] = set()
    for start, end in split_sentences(text):
        sentence = text[start:end]
        part = _recalled_part(
            sentence, year, day, dated_back_days, months_back, repeats_back, months_years_back, month_named_back,
            own_day_cut,
        )
        rest = sentence
        if part is not None:
            told_back = _YEARS_BACK.sub(" ", sentence[part[0] : part[1]])
            if months_years_back:
                told_back = _MONTHS_BACK.sub(" ", told_back)
            if dated_back_days:
                told_back = _WEEKS_BACK.sub(" ", _MONTH_DAY.sub(" ", told_back))  # (the day says when, not what: as a span does)
            if month_named_back:
                told_back = _LAST_SPAN.sub(" ", told_back)
            recalled |= _words(told_back)
            recalled |= _names(told_back, part[0] == 0)
            rest = sentence[: part[0]] + " " + sentence[part[1] :]
        words = _words(rest)
        own |= words
        if start < lead_end and not (year is None and _YEAR.search(sentence)):
            lead |= words
    return frozenset(recalled - own), frozenset(own), frozenset(lead)


# A clause that gives a source ("..., the safety office said"): the names in it tell who speaks, not who was in the
# happening recalled.
_CLAUSES = re.compile(r"[^,;]+")
_SOURCE = re.compile(r"\b(?:said|says|told|according)\b")


def _names(part: str, opens: bool) -> set[str]:
    """The stems of the names ``part`` writes, each marked ``NAMED``: its capitalised words but a first one that
    opens its sentence (``opens``), whose capital says nothing, and those of a clause that gives a source."""
    found: set[str] = set()
    first = len(part) - len(part.lstrip()) if opens else -1
    for clause in _CLAUSES.finditer(part):
        if _SOURCE.search(clause.group()):
            continue
        for match in _TOKEN.finditer(part, clause.start(), clause.end()):
            token = match.group()
            if token[:1].isupper() and match.start() != first:
                found |= {NAMED + word for word in _words(token) if not word[:1].isdigit()}
    return found


def recalls_lead(recalled: frozenset[str], own: Container[str], lead: frozenset[str], least: int) -> bool:
    """Whether a group that recalls ``recalled`` (its reports' look-back words) and writes ``own`` elsewhere
    recalls the happening a lead of ``lead`` words tells: of the lead's words the group writes only where it
    looks back, ``least`` or more, one of them a figure ("38" of "38 hours"), or two figures ("31 hours with 88
    people aboard": an earlier happening of the kind is told in the same words but for its figures), or one fewer
    when one is a name recalled (marked ``NAMED``: "won by a shepherd, Odran Dewberry, in driving rain"). Without a
    figure or a name, the report that tells the background of this year's happening beside last year's ("the bottle
    beats the one of five years ago, also blown at the same works") holds apart from its own happening's reports by
    the words both share."""
    shared = [word for word in lead & recalled if word not in own]
    figures = sum(word[:1].isdigit() for word in shared)
    named = any(NAMED + word in recalled for word in shared)
    return figures >= 2 or (len(shared) >= least and figures >= 1) or (named and len(shared) >= least - 1)


def recalls_words(recalled: frozenset[str], own: Container[str], lead: frozenset[str], least: int) -> bool:
    """Whether a group that recalls ``recalled`` and writes ``own`` elsewhere writes ``least`` or more of a lead's
    words only where it looks back, figures or none."""
    return sum(word not in own for word in lead & recalled) >= least
