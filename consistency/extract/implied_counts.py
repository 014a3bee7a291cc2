"""Counts news states without a number: "killing a cyclist", "a fisherman was killed".

A report that says a landslide "killed a shepherd" gives a death toll of one as surely as one that
says "killing one person", and another outlet's "two people died" contradicts it. Without this
the first outlet has no value for the claim and the contradiction goes unseen.

Only a singular person ("a"/"an", at most three words, then a noun for a person) right after a verb
of killing or wounding, or before its passive, counts: "killed a deal", "a bill was killed" and
"killed an hour" are no tolls. A noun is a person's when the shared person-noun list has it or when
it is formed as names for people are ("-ist", "-ian", "-man"/"-woman", "-ee": cyclist, civilian,
fisherman, employee), so no word list has to foresee every job. The span covers the verb too, so the
frames stage finds its cue inside the fact. Every repetition is bounded, so hostile text cannot make
the patterns backtrack without end.
"""

from __future__ import annotations

import re

from consistency.extract import ExtractionContext
from consistency.extract._date_prefilter import Scan
from consistency.extract._figure_tables import PERSON_NOUNS
from consistency.model import Extraction, Quantity

# Common words for people that no suffix gives away.
VICTIM_NOUNS = PERSON_NOUNS | frozenset(
    """
    person child baby infant toddler teen youth pupil guard nurse doctor patient visitor shepherd
    bystander farmer villager colleague customer shopper clerk owner shopkeeper protester prisoner
    inmate guest neighbour neighbor relative friend grandmother grandfather
    """.split()
)
_PERSON_SUFFIXES = ("ist", "ian", "man", "woman", "ee")
_NOT_PEOPLE = frozenset({"assist", "median", "german", "committee", "coffee", "degree", "guarantee", "fee", "tree"})


def is_person(noun: str) -> bool:
    """A noun for a person: in the shared list, or formed as names for people are."""
    if noun in VICTIM_NOUNS:
        return True
    return len(noun) >= 6 and noun.endswith(_PERSON_SUFFIXES) and noun not in _NOT_PEOPLE


_NOUN = r"(?P<noun>[A-Za-z-]+)"
_ARTICLE_NP = rf"(?:an?|An?)\s+(?:[\w'-]+\s+){{0,3}}?{_NOUN}"
# After a verb: the article and up to four words, of which the first person noun ends the phrase
# ("killed a young cyclist on Monday": the cyclist, not "young").
_WORDS_AFTER = r"(?:an?|An?)\s+(?P<words>[\w'-]+(?:\s+[\w'-]+){0,3})"
_KILLING = r"kill(?:ing|ed|s)?|shot\s+dead|shooting\s+dead|stabb(?:ed|ing)\s+to\s+death|murder(?:ed|ing|s)?"
_WOUNDING = r"injur(?:ing|ed|es)|wound(?:ing|ed|s)|hurt(?:ing)?"
_ACTIVE = re.compile(rf"\b(?:{_KILLING}|{_WOUNDING})\s+{_WORDS_AFTER}")
_LEFT = re.compile(rf"\bleft\s+{_ARTICLE_NP}\s+(?:dead|injured|wounded)\b")
_PASSIVE = re.compile(
    rf"\b{_ARTICLE_NP}\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+\s+)?"
    rf"(?:killed|shot\s+dead|stabbed\s+to\s+death|found\s+dead|murdered|injured|wounded|hurt)\b"
)
# The tense and verb every match of _PASSIVE ends with, searched for alone: the engine skips to the first
# letters of "was", "been", "is" and "were" instead of trying _PASSIVE at every article of the text.
_PASSIVE_TAIL = re.compile(
    r"(?:was|been|is|were)\s+(?:\w+\s+)?"
    r"(?:killed|shot\s+dead|stabbed\s+to\s+death|found\s+dead|murdered|injured|wounded|hurt)\b"
)
_WORD = re.compile(r"[\w'-]+")
# Words that end a noun phrase: past them the person belongs to another phrase ("killed a bill and a
# policeman said").
_PHRASE_ENDS = frozenset("and or but on in at of the a an with for to from by after before as that who which".split())


# The words each pattern cannot match without (the patterns are case-sensitive): a text holding none of
# them is not scanned, for most articles kill no one.
_ACTIVE_NEEDS = ("kill", "shot", "shooting", "stabb", "murder", "injur", "wound", "hurt")
_LEFT_NEEDS = ("dead", "injured", "wounded")
_PASSIVE_NEEDS = ("killed", "shot", "stabbed", "found", "murdered", "injured", "wounded", "hurt")


# Each pattern run only where its words are (``Scan``): the same matches as a scan of the whole text.
# (_PASSIVE's only anchor is its article, in every text: it is scanned whole.)
_ACTIVE_SCAN, _LEFT_SCAN = Scan(_ACTIVE), Scan(_LEFT)
_PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")  # a blank line: a headline or paragraph ended between


def extract_implied_counts(text: str, context: ExtractionContext) -> list[Extraction]:
    """One per singular victim named after (or before the passive of) a verb of killing or wounding."""
    del context  # nothing to resolve: the count is always one
    found: dict[tuple[int, int], Extraction] = {}

    def keep(start: int, end: int, noun: str) -> None:
        if _PARAGRAPH_BREAK.search(text, start, end):
            return  # "... says 17 guards hurt" ending a headline, "A third inmate has died" opening the text
        found.setdefault((start, end), Extraction(start, end, Quantity(1, 1, counted=noun)))

    for match in _ACTIVE_SCAN.finditer(text) if any(word in text for word in _ACTIVE_NEEDS) else ():
        for word in _WORD.finditer(match.group("words")):
            noun = word.group().lower()
            if noun in _PHRASE_ENDS:
                break
            if is_person(noun):
                keep(match.start(), match.start("words") + word.end(), noun)
                break
    scanned = (
        (_LEFT_SCAN, "left" in text and any(word in text for word in _LEFT_NEEDS)),
        (_PASSIVE, any(word in text for word in _PASSIVE_NEEDS) and _PASSIVE_TAIL.search(text) is not None),
    )
    for scan in (scan for scan, needed in scanned if needed):
        for match in scan.finditer(text):
            noun = match.group("noun").lower()
            if is_person(noun):
                keep(match.start(), match.end(), noun)
    return sorted(found.values(), key=lambda ex: (ex.start, ex.end))


def with_implied_counts(explicit: list[Extraction], implied: list[Extraction]) -> list[Extraction]:
    """The explicit figures, plus each implied count that no explicit count overlaps.

    "killing one person" is already a figure; an age inside the phrase ("killed a 12-year-old cyclist")
    is another claim and does not hide the count.
    """
    counts = [ex for ex in explicit if not (isinstance(ex.value, Quantity) and ex.value.unit == "years old")]
    kept = [
        ex for ex in implied
        if not any(ex.start < other.end and other.start < ex.end for other in counts)
    ]
    return sorted([*explicit, *kept], key=lambda ex: (ex.start, ex.end))


_DASHED_NUMBERS = re.compile(r"\d\s?[-–—]\s?\d")  # inside every score ("3-1") and record ("25-2")
# Inside every vote's tally: "118-70", "118 to 70", "118 votes", "118 in favour".
_TALLIED = re.compile(r"\d(?:\s?[-–—]\s?\d|\s+to\s+\d|\s+votes?\b|\s+(?:in\s+favou?r|for)\b)", re.IGNORECASE)


def extract_counted_figures(text: str, context: ExtractionContext) -> list[Extraction]:
    """The figure extractor's figures, the counts news implies, the tallies of final scores and
    win-loss records (consistency/extract/scores.py) and places in a numbered sequence
    (consistency/extract/positions.py): the engine's "figure" kind. Implied ones yield to an explicit
    figure on the same words."""
    from consistency.extract.figures import extract_figures
    from consistency.extract.positions import extract_positions
    from consistency.extract.scores import extract_records, extract_scores, extract_vote_tallies

    # Every score and record pattern holds two numbers joined by a dash: a text with none has neither.
    tallies = _DASHED_NUMBERS.search(text) is not None
    records = [
        *(extract_records(text, context) if tallies else ()),
        *(extract_vote_tallies(text, context) if _TALLIED.search(text) else ()),
        *extract_positions(text, context),
    ]
    implied = sorted(
        [*extract_implied_counts(text, context), *(extract_scores(text, context) if tallies else ())],
        key=lambda ex: (ex.start, ex.end),
    )
    # A record ("a 4-14 start") is read as wins and losses, never as the range 4 to 14; "a
    # category-three hurricane" as its class, not a count of three.
    explicit = extract_figures(text, context)
    if records:
        explicit = [ex for ex in explicit if not any(ex.start < r.end and r.start < ex.end for r in records)]
    return with_implied_counts(sorted([*explicit, *records], key=lambda ex: (ex.start, ex.end)), implied)
