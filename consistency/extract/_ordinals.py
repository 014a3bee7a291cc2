"""Ordinals that say which one of a counted series ("her fifth title", "the 23rd floor", "ranked 41st").

Outlets disagree on which title, which floor or which place as often as on how many, so an ordinal is
a figure. It is not a count: "her fifth title" and "five titles" are two claims, never one value
written two ways. So an ordinal gets a unit of its own, ``ORDINAL`` (a dimension no count or measure
shares), its counted noun as what it orders ("title", "floor"; "place" for a rank with no noun), and it
is always exact: the frames slot it by that noun and the comparisons hold "fifth" and "5th" equal and
"fifth" and "fourth" in conflict.

Read only where the ordinal plainly orders something:
- after a determiner or a possessive, with a lower-case noun after it: "the sixtieth country to ratify",
  "her fourth attempt", "the town's sixth building", "for the third time", "the 78th minute";
- before "place", "position" or "spot": "in ninth place";
- after a verb of ranking or of moving in a ranking: "ranked 41st", "finished ninth", "rising to ninth",
  "up from 14th", "down to 19th";
- "the second-largest", "the third biggest": a rank by that superlative (the superlative is its noun).
- two ordinals of one noun named once, after the second: "the 14th and 15th floors" (each orders a floor).

Left alone (why):
- "first", "1st": mostly the opening of a sequence ("the first time", "the first people to"), and
  outlets telling different stages of a story name different "first"s ("the first death" and "the second
  death" are two deaths). Read, it found no conflict more on our own sets and raised two false ones on
  ecbplus-facts.
- dates ("the 5th of May", "May 5th", "5th May"), centuries and millennia (periods, the date reader's),
  halves and quarters of a game or a year ("in the second half"), fixed phrases ("second-hand",
  "third-party", "first-degree", "second class", "third world");
- names: an ordinal word written with a capital inside a sentence ("Second Avenue", "the Fifth
  Republic") or followed by a capitalised word ("the 82nd Airborne");
- "a second", "a third man", "one-fifth": "a" makes "another" or a fraction ("a third of": a share,
  read by figures.py), and "second" after a number is a time unit ("a 158-second burn");
- an ordinal with no noun after a determiner ("the fifth", "the sixtieth"): what it orders is unsaid.

"first" is left out alone, not inside a compound ("the twenty-first floor" is read). Every regex is bounded
(no nested quantifiers); the text is scanned for where ordinals end, with literals, and each candidate is
read from there.
"""

from __future__ import annotations

import re

from consistency.extract._figure_tables import COUNTED_STOP, IRREGULAR_PARTICIPLES, MONTHS
from consistency.model import Extraction, Quantity

__all__ = ["ORDINAL", "ordinals"]

ORDINAL = "ordinal"  # the unit of an ordinal figure: a dimension of its own

_H = r"[^\S\n]"
_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9}
_ALONE = {
    **{w: v for w, v in _UNITS.items() if v > 1},
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}  # fmt: skip
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SUPERLATIVES = {
    "largest": "largest", "biggest": "largest", "smallest": "smallest", "highest": "highest", "lowest": "lowest",
    "busiest": "busiest", "richest": "richest", "poorest": "poorest", "oldest": "oldest", "youngest": "youngest",
    "longest": "longest", "shortest": "shortest", "tallest": "tallest", "deadliest": "deadliest",
    "worst": "worst", "best": "best", "strongest": "strongest", "warmest": "warmest", "hottest": "hottest",
    "coldest": "coldest", "wettest": "wettest", "driest": "driest", "heaviest": "heaviest", "fastest": "fastest",
}  # fmt: skip


def _alt(words: object) -> str:
    return "|".join(sorted((str(w) for w in words), key=lambda w: (-len(w), w)))  # type: ignore[attr-defined]


_ORDINAL = re.compile(
    rf"(?<![\w.,/'’-])(?:(?P<d>[0-9]{{1,4}})(?P<suf>st|nd|rd|th)"
    rf"|(?P<tens>{_alt(_TENS)})(?:-|{_H})(?P<unit>{_alt(_UNITS)})"
    rf"|(?P<word>{_alt(_ALONE)}))(?![\w])",
    re.IGNORECASE,
)
_SUPERLATIVE_AFTER = re.compile(rf"(?:-|{_H}{{1,3}})(?P<s>{_alt(_SUPERLATIVES)})(?![\w-])", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"{_H}{{1,3}}(?:of{_H}{{1,3}})?(?:{_alt(MONTHS)})\b", re.IGNORECASE)
_WORD_AFTER = re.compile(rf"{_H}{{1,3}}(?P<w>[A-Za-z][A-Za-z'’-]{{0,30}})(?![\w'’-])")
_SENTENCE_START = re.compile(r"(?:\A|[.!?:;\n\"“‘(—–-])[^\S\n]{0,3}\Z")

_DETERMINERS = frozenset("the her his its their our my your this that".split())
# "the 33rd and 34th floors", "the fifth to seventh rounds": two ordinals of one noun, named once after the second
# ("third or fourth" is left: a guess between two, not two of them).
_PAIR_JOIN = re.compile(rf"{_H}{{1,3}}(?:and|to){_H}{{1,3}}", re.IGNORECASE)
_CONTRACTIONS = frozenset("it's that's there's here's he's she's who's what's let's where's".split())
# Verbs of ranking, one word before the ordinal ("ranked 41st", "finished ninth", "came second") or two
# ("rising to ninth", "up from 14th", "down to 19th").
_RANK_VERBS = frozenset(
    "ranked ranks rank ranking finished finishes finish finishing placed came comes come coming".split()
)
_RANK_MOVES = frozenset(
    "rose rise rises rising risen climbed climbs climbing moved moves jumped fell falls falling fallen dropped "
    "drops dropping slipped slips slipping sank slid up down".split()
)
_RANK_PREPOSITIONS = frozenset(("to", "from"))
_PLACE_NOUNS = frozenset(("place", "position", "spot"))
# Nouns after an ordinal that make a fixed phrase or a period, not a member of a counted series.
_NOT_COUNTED = frozenset(
    """
    one ones half halves quarter quarters century centuries millennium millennia decade person persons hand nature
    class degree rate world party parties cousin cousins grade language opinion opinions fiddle string
    thought thoughts wind estate gear base reich sense sight
    """.split()
)
# Words that end a noun phrase after an ordinal's noun ("her fifth title yesterday", "the second floor
# around 10 a.m."): adverbs and the prepositions COUNTED_STOP leaves out.
_ADVERBS = frozenset(
    """
    yesterday today tonight tomorrow ago again now ever here there too last next overall around across along
    behind beside near toward towards upon inside outside beyond amid despite via per onto off
    """.split()
)
_SEQUENCE_WORDS = frozenset("straight consecutive successive".split())
# Verbs that may follow a bare ordinal as a clause's subject ("the third said", "the fourth found").
_CLAUSE_VERBS = frozenset("said says told found died was were is are has had have will would could can may might".split())
# Verbs (past forms that are no noun's plural) that end the noun phrase after an ordinal's noun.
_VERBS_AFTER = frozenset(
    """
    said told found died was were is are has had have beat won took made came went fell rose hit set saw ran
    got gave left began became broke brought built bought caught drew drove fought flew grew held hid hurt
    kept knew led lost met paid put sold sent shot shut sank sat stood stole struck swept threw wore wrote
    shook ran fought felt slept hid sang spoke spent rang rode swam woke
    will would could can may might must shall should
    """.split()
)


def _word_ending(text: str, end: int) -> int | None:
    """Where the word ending at ``end`` (after 1 to 3 characters of horizontal white space) starts: an ASCII
    letter, then up to 20 letters or apostrophes; None when there is none."""
    gap = end
    while gap > max(0, end - 3) and text[gap - 1].isspace() and text[gap - 1] != "\n":
        gap -= 1
    if gap == end:
        return None
    start = gap
    while start > max(0, gap - 21) and (text[start - 1] in _ASCII_LETTERS or text[start - 1] in "'’"):
        start -= 1
    while start < gap and text[start] not in _ASCII_LETTERS:
        start += 1  # a word starts with a letter
    return start if start < gap else None


def _words_before(text: str, at: int) -> tuple[str, str]:
    """The two words before ``at``, lower-cased, nearest last ("", "" where there is none)."""
    second = _word_ending(text, at)
    if second is None:
        return "", ""
    w2 = text[second:at].rstrip().lower()
    first = _word_ending(text, second)
    return (text[first:second].rstrip().lower() if first is not None else ""), w2


def _value(m: re.Match[str]) -> int | None:
    if m.group("d") is not None:
        n = int(m.group("d"))
        suffix = m.group("suf").lower()
        expected = "th" if n % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return n if suffix == expected and n > 1 else None  # "3th" is a typo or a code; "1st" see the docstring
    if m.group("tens") is not None:
        return _TENS[m.group("tens").lower()] + _UNITS[m.group("unit").lower()]
    return _ALONE[m.group("word").lower()]


def _head(text: str, pos: int) -> str | None:
    """The noun an ordinal orders, read from the words after it ("the fourth missile launch this year" ->
    "launch", "the 14th bog body found" -> "body"); None when none follows in lower case."""
    head = None
    for index in range(3):
        m = _WORD_AFTER.match(text, pos)
        if m is None:
            break
        word = m.group("w")
        lower = word.lower()
        if not word[0].islower() or lower in COUNTED_STOP or lower.endswith("ly"):
            break
        if index == 0 and (lower in _CLAUSE_VERBS or lower in IRREGULAR_PARTICIPLES) or lower in _NOT_COUNTED:
            return None  # "the fourth found"; "the twenty-first century", "in the second half"
        if lower in _ADVERBS:
            break
        if lower in _SEQUENCE_WORDS:
            pos = m.end()  # "the fifth straight title": the title is counted
            continue
        if head is not None and (
            lower.endswith(("ed", "ing", "s")) and not lower.endswith("ss")
            or lower in IRREGULAR_PARTICIPLES or lower in _VERBS_AFTER
        ):
            # "the 16th building relocated", "the fifth game beat the record", "the third set starts": the
            # verb after the noun (an ordinal orders one thing: a plural after its noun is a verb)
            break
        head = lower
        pos = m.end()
    return head


_TO_BETWEEN = re.compile(rf"{_H}{{1,3}}to{_H}{{1,3}}\Z")


def _range_end(text: str, found: list[Extraction], m: re.Match[str]) -> bool:
    """ "fell from 14th to 19th": the second place of a move read from the first."""
    if not found or not isinstance(found[-1].value, Quantity) or found[-1].value.counted != "place":
        return False
    return _TO_BETWEEN.fullmatch(text, found[-1].end, m.start()) is not None


def _after_name(text: str, m: re.Match[str]) -> bool:
    """ "Second Avenue", "the Fifth Republic", "the 82nd Airborne": an ordinal in a name."""
    if m.group("d") is None and m.group(0)[0].isupper() and not _SENTENCE_START.search(text, max(0, m.start() - 6), m.start()):
        return True
    after = _WORD_AFTER.match(text, m.end())
    return after is not None and after.group("w")[0].isupper()


# Where ordinals end, looked for in the lowered text: every ordinal word ends in "th" or is "second", "third"
# or (after a tens word) "first", and every ordinal in digits is a digit before its suffix. Searched for as
# literals (the engine's fast search for a fixed prefix), they cost far less than _ORDINAL tried at every
# position, or than a trie of the words, whose first letters are the commonest of English ("e", "t", "s",
# "n"); _ORDINAL is then matched only at the word (or the tens word) before each end.
_ENDS = tuple(re.compile(rf"{end}(?![a-z0-9_])") for end in ("th", "second", "third", "first"))
_DIGIT_END = re.compile(r"[0-9](?:st|nd|rd|th)")  # (the character after it is checked by _ORDINAL)
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_WORD_FORMS = frozenset([*_ALONE, *_UNITS])


def _word_start(lowered: str, end: int) -> int | None:
    """Where the ordinal word ending at ``end`` starts (its tens word's start for "twenty-third"), or None."""
    start = end
    floor = max(0, end - 12)
    while start > floor and lowered[start - 1] in _LETTERS:
        start -= 1
    if lowered[start:end] not in _WORD_FORMS:
        return None
    if start > 1 and lowered[start - 1] in "- ":
        tens = start - 1
        while tens > max(0, start - 9) and lowered[tens - 1] in _LETTERS:
            tens -= 1
        if lowered[tens : start - 1] in _TENS:
            return tens
    return start


def _matches(text: str, lowered: str | None) -> list[re.Match[str]]:
    if lowered is None or len(lowered) != len(text):
        return list(_ORDINAL.finditer(text))
    starts: set[int] = set()
    for scan in _ENDS:
        for m in scan.finditer(lowered):
            start = _word_start(lowered, m.end())
            if start is not None:
                starts.add(start)
    for m in _DIGIT_END.finditer(lowered):
        start = m.start()
        while start > max(0, m.start() - 3) and "0" <= lowered[start - 1] <= "9":
            start -= 1
        starts.add(start)
    found: list[re.Match[str]] = []
    end = 0
    for at in sorted(starts):
        matched = _ORDINAL.match(text, at) if at >= end else None
        if matched is not None:
            found.append(matched)
            end = matched.end()
    return found


def _pair_head(text: str, end: int, shared: dict[int, str]) -> str | None:
    """The noun a pair of ordinals orders, named once after the second ("the 14th and 15th floors" ->
    "floor"), recorded for the second too; None when no ordinal and noun follow."""
    join = _PAIR_JOIN.match(text, end)
    second = _ORDINAL.match(text, join.end()) if join is not None else None
    if second is None or _value(second) is None:
        return None
    head = _head(text, second.end())
    if head is None:
        return None
    if head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]  # the pair's plural: one of them is one floor
    shared[second.start()] = head
    return head


def ordinals(text: str, lowered: str | None = None) -> list[Extraction]:
    """Every ordinal in ``text`` that orders something, as a Quantity of unit ``ORDINAL``, in text order.

    The span is the ordinal as written ("fifth", "23rd", "twenty-third"), with its superlative when it
    ranks by one ("second-largest"); the counted noun is ``Quantity.counted``. ``lowered``: ``text.lower()``
    when a case-sensitive scan of it finds what an ignore-case scan of ``text`` does (``lowered_usable``)."""
    found: list[Extraction] = []
    shared: dict[int, str] = {}  # where the second ordinal of a pair starts -> the noun both order
    for m in _matches(text, lowered):
        n = _value(m)
        if n is None or _MONTH_AFTER.match(text, m.end()):
            continue
        w1, w2 = _words_before(text, m.start())
        if w2 in MONTHS or w1 in MONTHS and w2 == "of":
            continue  # "May 5th"
        end = m.end()
        sup = _SUPERLATIVE_AFTER.match(text, end)
        if sup is not None:
            if w2 not in _DETERMINERS and not w2.endswith(("'s", "’s")):
                continue
            found.append(Extraction(m.start(), sup.end(), Quantity(
                float(n), float(n), unit=ORDINAL, counted=_SUPERLATIVES[sup.group("s").lower()])))
            continue
        if end < len(text) and text[end] == "-":
            continue  # "second-hand", "19th-century", "third-party", "fourth-quarter"
        if _after_name(text, m):
            continue
        head = _head(text, end)
        possessive = w2.endswith(("'s", "’s")) and w2 not in _CONTRACTIONS
        if head is None and (w2 in _DETERMINERS or possessive):
            head = _pair_head(text, end, shared)
        if m.start() in shared:
            head, w2 = shared[m.start()], "the"
        if head in _PLACE_NOUNS:
            counted: str | None = "place"
        elif w2 in _DETERMINERS or possessive:
            counted = head
        elif w2 in _RANK_VERBS or (w2 in _RANK_PREPOSITIONS and w1 in _RANK_MOVES) or _range_end(text, found, m):
            counted = head or "place"
        else:
            counted = None
        if counted is None:
            continue
        found.append(Extraction(m.start(), end, Quantity(float(n), float(n), unit=ORDINAL, counted=counted)))
    return found
