"""Which way a sentence points from publication: the tense cues of news English, and the one a date reads by.

A date without a year or counted from publication ("on Wednesday", "in March", "on the 18th") is read
forward from publication when the verb it belongs to speaks of the future ("talks will resume on
Wednesday", "are set to resume", "if the vote passes on Sunday", "effective Jan. 5") and back when it tells
what happened ("talks resumed on Wednesday"). The verb a time phrase
belongs to is mostly the nearest cue before it, so the nearest cue decides (one after the expression
counts as farther, and farther again past a comma: another clause).

Reported speech moves the future into the past tense: "said talks would resume on Wednesday" tells of
the future as the speaker saw it. "Would" is a future cue of its own kind ("reported"): a weekday after
it counts from the day the speaker spoke when the sentence names that day before it ("said on Monday
that talks would resume on Wednesday" is the Wednesday after that Monday), else from publication (news
reports speech within a day or so). "Would have", "could have" look back.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right

from consistency.extract._date_calendar import WEEKDAYS

# Future cues come first in the alternation, so "scheduled", "expected to" are not read as past ("-ed").
_FUTURE = (
    r"will|won['’]t|shall|should|upcoming|tomorrow|as\ssoon\sas|later\sthis|next\s(?:week|month|year)"
    r"|scheduled|slated|planned|planning|expected|expects?\sto|plans?\sto|intends?\sto"
    r"|(?:wants?|aims?|hopes?|seeks?)\sto"
    # "set to resume Monday", "are supposed to conclude by May", "due in court on Friday"
    r"|(?:is|are)\s(?:set|due|going|to|supposed\sto|likely\sto|poised\sto|about\sto)\b|set\s(?:to|for)"
    r"|['’]s\sdue\sto|due\s(?:on|in|for|back|to\sbe)|to\sbe\sheld"
    # a change "effective Jan. 5" starts then (unless it "became effective")
    r"|(?<!became\s)(?<!was\s)(?<!were\s)(?<!been\s)effective"
    # a conditional's present tense speaks of the future ("if they lose the appeal in May")
    r"|if"
)
# The future in reported speech ("said talks would resume on Wednesday"); "would have" looks back.
_REPORTED = r"would(?!\s(?:have|['’]ve)\b)|wouldn['’]t(?!\shave\b)"
_PAST = (
    r"was|were|had|did|said|ago|earlier|last"
    r"|(?:would|could|should|might|must|may)\s(?:have|['’]ve)"
    r"|(?-i:[a-z]{2,}ed)"
    # Irregular past forms news tells a happening with ("won the first round on Sunday", "brought in a
    # coach in February"); none of them is also a present tense or a noun.
    r"|won|took|came|fell|struck|shook|began|chose|drew|broke|rose|sank|fled|fought|swore|spoke|wrote|threw|became"
    r"|told|brought|bought|caught|sought|thought|taught|gave|went|saw|ran|sent|spent|built|lost|paid|made|found"
    r"|held|kept|sold|met|got|heard|felt|stood|shot"
)
TENSE = re.compile(
    rf"\b(?:(?P<future>{_FUTURE})\b|(?P<reported>{_REPORTED})\b|(?P<past>{_PAST})\b)|['’]ll\b", re.IGNORECASE
)

# A cue after the expression counts as this many characters farther: the verb a time phrase belongs to
# mostly comes before it ("checked in on Thursday night, for what is to be a long stay").
AFTER_PENALTY = 40
# A participle after "be" or a present "is" is a passive, no past tense ("is due to be published", "the
# appeal is argued on June 3").
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|been|being)\s+\Z", re.IGNORECASE)
_NOT_PAST = frozenset(
    "need indeed hundred speed proceed exceed succeed feed seed bed red shed embed".split()
    # adjectives, not verbs: "on a still unspecified date in January", "a Paris-based group"
    + "unspecified undisclosed unidentified unnamed unexpected unprecedented alleged based related armed".split()
)

Cue = tuple[int, int, str]


def cues(text: str, start: int, end: int) -> list[Cue]:
    """The tense cues of text[start:end] (one sentence), in text order: (start, end, kind), the kind
    'future', 'reported' (a future in reported speech) or 'past'."""
    found: list[Cue] = []
    for m in TENSE.finditer(text, start, end):
        past = m.group("past")
        if past and past.lower() in _NOT_PAST:
            continue
        if past and _PASSIVE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue
        found.append(
            (m.start(), m.end(), "past" if past else "reported" if m.group("reported") else "future")
        )
    return found


def nearest(sentence_cues: list[Cue], text: str, start: int, end: int) -> Cue | None:
    """The cue nearest to text[start:end] (its kind: 'future', 'reported' or 'past'); None when none.

    The cues are in text order and do not overlap, so the candidates are the last one ending before the
    expression and the first one starting after it (a cue inside the expression, "last" in "last
    Wednesday", is the expression's own): two binary searches, not a walk over a long sentence's cues.
    """
    i = bisect_right(sentence_cues, start, key=lambda cue: cue[1])
    before = sentence_cues[i - 1] if i else None
    j = bisect_left(sentence_cues, end, key=lambda cue: cue[0])
    after = sentence_cues[j] if j < len(sentence_cues) else None
    if after is None:
        return before
    distance = after[0] - end + AFTER_PENALTY
    if "," in text[end : after[0]]:
        distance += AFTER_PENALTY  # "on Thursday night, for what is to be a long stay": another clause
    return before if before is not None and start - before[1] <= distance else after


# The day a speaker spoke on, named before the reported future: "said on Monday", "told reporters yesterday".
_SPEECH_DAY = re.compile(
    r"\b(?P<mod>last\s)?(?P<day>yesterday|today|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
_SPEECH_REACH = 160  # how far before the "would" the day of speaking may be, so a long sentence costs no more


def speech_day(
    sentence_cues: list[Cue], text: str, sentence_start: int, cue: Cue, published: dt.date
) -> dt.date | None:
    """The day the speaker of a reported future (``cue``, a 'reported' one) spoke on: the last day word
    before the cue in its sentence that a past cue tells ("said on Monday that ... would"), read back
    from publication; None when the sentence names none."""
    found = None
    for m in _SPEECH_DAY.finditer(text, max(sentence_start, cue[0] - _SPEECH_REACH), cue[0]):
        found = m
    if found is None:
        return None
    told = nearest(sentence_cues, text, found.start(), found.end())
    if told is None or told[2] != "past":
        return None
    word = found.group("day").lower()
    if word == "yesterday":
        return published - dt.timedelta(days=1)
    if word in ("today", "tonight"):
        return published
    back = (published.weekday() - WEEKDAYS[word]) % 7
    return published - dt.timedelta(days=back or (7 if found.group("mod") else 0))
