"""Final scores of games and bouts: "beat Brask 3-1", "a 98-91 win", "lost 102-99", "drew 1-1".

A score is two claims an editor checks apart: the winner's tally and the loser's. News writes the
higher number first whoever the subject is ("Brask lost 3-1 to Velmora"), so the first figure is the
winning score and the second the losing one, both named by their counted noun so that the frames stage
reads "winning score" and "losing score". One outlet's "3-1" against another's "2-1" is then a conflict
of winning scores, and the losing scores agree.

Only a pair of whole numbers joined by a hyphen or dash, next to a word of the result (beat, won,
lost, defeated, drew, victory, win, defeat, draw...), counts: "10-12 hours", "2008-12" and phone
numbers are no scores. Every repetition is bounded, so hostile text cannot make the pattern backtrack.
"""

from __future__ import annotations

import re

from consistency.extract import ExtractionContext
from consistency.extract._date_prefilter import Scan
from consistency.model import Extraction, Quantity

_RESULT_BEFORE = (
    r"beat|beats|beating|won|win|wins|winning|lost|lose|loses|losing|defeated|defeat|defeats|drew|draw|tied|"
    r"edged|routed|thrashed|trounced|downed|crushed|overcame|outscored|held|leads?|led|trailed|trails"
)
_RESULT_AFTER = r"win|victory|triumph|defeat|loss|draw|tie|rout|thrashing|success|scoreline|final"
_SCORE = r"(?P<a>\d{1,3})\s?[-–—]\s?(?P<b>\d{1,3})"
# "beat Brask City 3-1", "won 98-91": the result word, up to four words (a team's name), the score.
_AFTER_RESULT = re.compile(
    rf"\b(?:{_RESULT_BEFORE})\b(?:\s+[\w'’.&-]+){{0,4}}?\s+{_SCORE}(?![\d:/-]|\.\d)", re.IGNORECASE
)
# "a 98-91 win", "their 4-3 victory over Brask".
_BEFORE_RESULT = re.compile(rf"(?<![\d:./-]){_SCORE}\s+(?:(?:home|away|overtime|extra-time)\s+)?(?:{_RESULT_AFTER})\b", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*(?:%|percent|per\s?cent|hours?|days?|years?|minutes?|km|miles?|metres?|meters?)\b", re.IGNORECASE)


# A season's record: "improve his record to 25-2", "after a 4-14 start", "with the team at 4-14". Wins
# come first whichever is larger, so the figures are named wins and losses, as written.
_RECORDS = (
    re.compile(rf"\brecord\s+(?:(?:of|to|at|is|was|stands\s+at|improved\s+to)\s+)?{_SCORE}(?![\d:/-]|\.\d)", re.IGNORECASE),
    re.compile(rf"(?<![\d:./-]){_SCORE}\s+(?:start|record|season|mark)\b", re.IGNORECASE),
    re.compile(rf"\b(?:team|side|club)\s+at\s+{_SCORE}(?![\d:/-]|\.\d)", re.IGNORECASE),
)


# Each pattern run only where its words (or digits) are (``Scan``): the same matches as a scan of the whole text.
_RECORD_SCANS = tuple(Scan(pattern) for pattern in _RECORDS)
_SCORE_SCANS = (Scan(_AFTER_RESULT), Scan(_BEFORE_RESULT))


def extract_records(text: str, context: ExtractionContext) -> list[Extraction]:
    """Two figures per win-loss record: the wins, then the losses."""
    del context
    found: list[Extraction] = []
    for scan in _RECORD_SCANS:
        for match in scan.finditer(text):
            if _UNIT_AFTER.match(text, match.end("b")):
                continue
            for group, noun in (("a", "wins"), ("b", "losses")):
                start, end = match.span(group)
                value = int(text[start:end])
                found.append(Extraction(start, end, Quantity(value, value, counted=noun)))
    return sorted(found, key=lambda ex: (ex.start, ex.end))


def extract_scores(text: str, context: ExtractionContext) -> list[Extraction]:
    """Two figures per final score: the winning tally, then the losing one."""
    del context
    found: dict[tuple[int, int], Extraction] = {}
    for scan in _SCORE_SCANS:
        for match in scan.finditer(text):
            if _UNIT_AFTER.match(text, match.end("b")):
                continue  # "won 10-12 percent": a range, not a score
            a, b = int(match.group("a")), int(match.group("b"))
            nouns = ("winning score", "losing score") if a >= b else ("losing score", "winning score")
            for group, value, noun in zip(("a", "b"), (a, b), nouns, strict=True):
                span = (match.start(group), match.end(group))
                found.setdefault(span, Extraction(span[0], span[1], Quantity(value, value, counted=noun)))
    return sorted(found.values(), key=lambda ex: (ex.start, ex.end))


# --- the counts of a vote: "voted 118-70", "passed 118 to 70", "by 118 votes to 70", "a 118-70 vote",
# "118 in favour and 70 against" ----------------------------------------------------------------------
#
# A tally is two claims like a score: the winning side's votes and the losing side's, named by size
# (news writes the larger first, but "rejected 70-118" puts the ayes first): one outlet's "118-70" and
# another's "by 118 votes to 70" meet, and "118 to 71" is a conflict of the losing side's votes.

_COUNT = r"\d{1,3}(?:,\d{3})?"
_VOTE_TALLY = rf"(?P<a>{_COUNT})(?:\s?[-–—]\s?|\s+to\s+)(?P<b>{_COUNT})"
_VOTE_VERBS = (
    r"voted|votes?|passed|passes|approved|approves|adopted|adopts|rejected|rejects|backed|backs|cleared|clears|"
    r"ratified|ratifies|endorsed|endorses|confirmed|confirms|carried|sank|overrode|overturned"
)
# "voted 118-70", "approved the law on Wednesday, 118 to 70": a vote word, up to twelve words ("backed the
# Housing Bill at its second reading on Tuesday, 129 to 122"), the tally.
_AFTER_VOTE = re.compile(
    rf"\b(?:{_VOTE_VERBS})\b(?:\s+[\w'’.&-]+){{0,12}}?,?\s+(?:by\s+)?{_VOTE_TALLY}(?![\d:/-]|[.,]\d)", re.IGNORECASE
)
# "a 118-70 vote", "by a 118-70 margin", "on a 118 to 70 vote".
_BEFORE_VOTE = re.compile(
    rf"(?<![\d:./-]){_VOTE_TALLY}\s+(?:(?:final|majority|party-line|bipartisan)\s+)?"
    rf"(?:vote|votes|margin|majority|tally|decision)\b",
    re.IGNORECASE,
)
# "by a vote of 118 to 70", "by 118 votes to 70", "118 votes against 70".
_VOTES_TO = re.compile(
    rf"\bvote\s+of\s+{_VOTE_TALLY}(?![\d:/-]|[.,]\d)"
    rf"|(?<![\d:./-])(?P<c>{_COUNT})\s+votes?\s+(?:to|against)\s+(?P<d>{_COUNT})(?![\d:/-]|[.,]\d)",
    re.IGNORECASE,
)
# "118 votes in favour and 70 against", "118 for, 70 against", "118 in favor to 70 against".
_FOR_AGAINST = re.compile(
    rf"(?<![\d:./-])(?P<a>{_COUNT})\s+(?:votes?\s+)?(?:in\s+favou?r(?:\s+of\s+it)?|for|yes|ayes)"
    rf"(?:\s*,|\s+and|\s+to|\s+with|\s*;)\s+(?P<b>{_COUNT})\s+(?:votes?\s+)?(?:against|no|noes|nays|opposed)\b",
    re.IGNORECASE,
)
_TALLY_SCANS = tuple(Scan(p) for p in (_AFTER_VOTE, _BEFORE_VOTE, _VOTES_TO, _FOR_AGAINST))
_TALLY_UNIT_AFTER = re.compile(
    r"\s*(?:%|percent|per\s?cent|hours?|days?|years?|minutes?|km|miles?|metres?|meters?|people|members|"
    r"[a-z]*(?:dollars|euros|pounds|crowns)|million|billion)\b",
    re.IGNORECASE,
)


# What may follow "118 to 70" when it is a vote's tally: the clause ends, or a word that is no noun counted.
_TALLY_END = re.compile(
    r"\s*(?:[,.;:)\]]|$|\s*(?:votes?|in|on|with|and|after|before|against|for|when|as|at|late|early|during|"
    r"yesterday|today|last|this|margin|majority|vote|but|while|to|in favou?r)\b)",
    re.IGNORECASE,
)


_FROM_BEFORE = re.compile(r"\b(?:from|between)\s+\Z", re.IGNORECASE)
_VOTE_OF = re.compile(r"\bvote\s+of\s+\Z", re.IGNORECASE)  # "by a vote of 118 to 70 following ...": a tally, never a range


def extract_vote_tallies(text: str, context: ExtractionContext) -> list[Extraction]:
    """Two figures per vote's tally: the winning side's votes and the losing side's (by size)."""
    del context
    found: dict[tuple[int, int], Extraction] = {}
    for scan in _TALLY_SCANS:
        for match in scan.finditer(text):
            first, second = ("a", "b") if match.group("a") is not None else ("c", "d")
            if _TALLY_UNIT_AFTER.match(text, match.end(second)):
                continue  # "approved a rise of 10 to 12 percent": a range, not a tally
            if _FROM_BEFORE.search(text, max(0, match.start(first) - 12), match.start(first)):
                continue  # "raises the retirement age from 63 to 65": a change, not a tally
            if first == "a" and " to " in text[match.end(first) : match.start(second)].lower() and not (
                _TALLY_END.match(text, match.end(second)) or _VOTE_OF.search(text, max(0, match.start(first) - 12), match.start(first))
            ):
                continue  # "approved 10 to 15 new licences": a range of something else ("118 votes to 70" is none)
            a, b = (int(match.group(g).replace(",", "")) for g in (first, second))
            if a == b == 0:
                continue
            nouns = ("winning votes", "losing votes") if a >= b else ("losing votes", "winning votes")
            for group, value, noun in zip((first, second), (a, b), nouns, strict=True):
                span = match.span(group)
                found.setdefault(span, Extraction(span[0], span[1], Quantity(value, value, counted=noun)))
    return sorted(found.values(), key=lambda ex: (ex.start, ex.end))
