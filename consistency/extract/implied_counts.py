"""Counts news states without a number: "killing a receptionist", "a young girl was killed".

A report that says a gunman "shot and killed a woman" gives a death toll of one as surely as one
that says "killing one person", and another outlet's "two people died" contradicts it. Without this
the first outlet has no value for the claim and the contradiction goes unseen.

Only a singular person ("a"/"an" and a noun for a person, with at most three words between) right
after a verb of killing or wounding, or before its passive, counts: "killed a deal", "a bill was
killed" and "killed an hour" are no tolls. The span covers the verb too, so the frames stage finds
its cue inside the fact. Every repetition is bounded, so hostile text cannot make the patterns
backtrack without end.
"""

from __future__ import annotations

import re

from consistency.extract import ExtractionContext
from consistency.extract._figure_tables import PERSON_NOUNS
from consistency.model import Extraction, Quantity

VICTIM_NOUNS = PERSON_NOUNS | frozenset(
    """
    person child baby infant toddler teen youth pupil schoolgirl schoolboy receptionist guard teacher nurse
    doctor patient tourist visitor journalist reporter photographer bystander pedestrian motorist cyclist
    farmer fisherman villager civilian policeman policewoman constable trooper deputy firefighter medic
    colleague customer shopper clerk cashier owner shopkeeper worshipper protester demonstrator prisoner
    inmate guest neighbour neighbor relative friend grandmother grandfather mother-of-two father-of-two
    """.split()
)

_NOUN = r"(?P<noun>[A-Za-z-]+)"
_ARTICLE_NP = rf"(?:an?|An?)\s+(?:[\w'-]+\s+){{0,3}}?{_NOUN}"
_KILLING = r"kill(?:ing|ed|s)?|shot\s+dead|shooting\s+dead|stabb(?:ed|ing)\s+to\s+death|murder(?:ed|ing|s)?"
_WOUNDING = r"injur(?:ing|ed|es)|wound(?:ing|ed|s)|hurt(?:ing)?"
_ACTIVE = re.compile(rf"\b(?:{_KILLING}|{_WOUNDING})\s+{_ARTICLE_NP}\b")
_LEFT = re.compile(rf"\bleft\s+{_ARTICLE_NP}\s+(?:dead|injured|wounded)\b")
_PASSIVE = re.compile(
    rf"\b{_ARTICLE_NP}\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:\w+\s+)?"
    rf"(?:killed|shot\s+dead|stabbed\s+to\s+death|found\s+dead|murdered|injured|wounded|hurt)\b"
)


def extract_implied_counts(text: str, context: ExtractionContext) -> list[Extraction]:
    """One per singular victim named after (or before the passive of) a verb of killing or wounding."""
    del context  # nothing to resolve: the count is always one
    found: dict[tuple[int, int], Extraction] = {}
    for pattern in (_ACTIVE, _LEFT, _PASSIVE):
        for match in pattern.finditer(text):
            noun = match.group("noun").lower()
            if noun not in VICTIM_NOUNS:
                continue
            span = (match.start(), match.end())
            found.setdefault(span, Extraction(span[0], span[1], Quantity(1, 1, counted=noun)))
    return sorted(found.values(), key=lambda ex: (ex.start, ex.end))


def with_implied_counts(explicit: list[Extraction], implied: list[Extraction]) -> list[Extraction]:
    """The explicit figures, plus each implied count that no explicit count overlaps.

    "killing one person" is already a figure; an age inside the phrase ("killed a 10-year-old girl")
    is another claim and does not hide the count.
    """
    counts = [ex for ex in explicit if not (isinstance(ex.value, Quantity) and ex.value.unit == "years old")]
    kept = [
        ex for ex in implied
        if not any(ex.start < other.end and other.start < ex.end for other in counts)
    ]
    return sorted([*explicit, *kept], key=lambda ex: (ex.start, ex.end))


def extract_counted_figures(text: str, context: ExtractionContext) -> list[Extraction]:
    """The figure extractor's figures and the counts news implies (the engine's "figure" kind)."""
    from consistency.extract.figures import extract_figures

    return with_implied_counts(extract_figures(text, context), extract_implied_counts(text, context))
