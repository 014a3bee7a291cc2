"""Which way a sentence points from publication: the tense cues of news English, and the one a date reads by.

A date without a year or counted from publication ("on Wednesday", "in March", "on the 18th") is read
forward from publication when the verb it belongs to speaks of the future ("talks will resume on
Wednesday", "are set to resume", "if the vote passes on Sunday", "effective Jan. 5") and back when it tells
what happened ("talks resumed on Wednesday"). The verb a time phrase belongs to is mostly the nearest cue
before it, so the nearest cue decides (one after the expression counts as farther, and farther again past
a comma: another clause).

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

# What keeps a modal of possibility from pointing ahead: a negation, and the wire's idiom for a contact that
# failed ("could not be reached", "could be located Wednesday" after "neither": the attempt is past).
_NOT_AHEAD = r"\s(?:not|never|be\s(?:located|contacted|found))\b|n['’]t"
# Each cue is one alternative that starts with a letter (or an apostrophe): the alternation is built indexed
# by that first character, so a word is tried against the few cues that start as it does.
_FUTURE = (
    "will", "won['’]t", "['’]ll", "shall", "should", "upcoming", "tomorrow", r"as\ssoon\sas", r"later\sthis",
    r"next\s(?:week|month|year)",
    # an obligation is to be met ahead ("tenants must leave the block by Friday"); "must have" looks back
    # (_PERFECT_MODALS, listed first). ("has to", "needs to" are left out: "the energy has to go somewhere" is no plan.)
    "must", "scheduled", "slated", "planned", "planning", "expected", r"expects?\sto",
    r"plans?\sto", r"intends?\sto", r"wants?\sto", r"aims?\sto", r"hopes?\sto", r"seeks?\sto",
    # "set to resume Monday", "are supposed to conclude by May", "due in court on Friday"
    r"is\s(?:set|due|going|to|supposed\sto|likely\sto|poised\sto|about\sto)\b",
    r"are\s(?:set|due|going|to|supposed\sto|likely\sto|poised\sto|about\sto)\b",
    r"set\s(?:to|for)", r"['’]s\sdue\sto", r"d(?<!fell\sd)ue\s(?:on|in|for|back|to\sbe|by|before|within)", r"to\sbe\sheld",
    # a hearing or a fixture put down for a day ("the appeal is listed for late June", "booked for Saturday")
    r"listed\sfor", r"booked\sfor", r"fixed\sfor", r"timetabled\sfor", r"earmarked\sfor", r"pencil+ed\sin\sfor",
    # a change "effective Jan. 5" starts then, unless it "became effective"
    r"effective(?<!became\seffective)(?<!was\seffective)(?<!were\seffective)(?<!been\seffective)",
    # a conditional's present tense speaks of the future ("if they lose the appeal in May")
    "if",
    # a forecast and a plan name what is to come ("rain is forecast for Sunday", "the union plans a march")
    "forecasts?", r"plans?\s(?:a|an|the)\b",
    # a schedule told in the present names what is still to come ("the new fares apply from March", "term begins on
    # Monday", "the lease runs out on Friday")
    "begins", "starts", "opens", "reopens", "resumes", "applies", "expires", r"runs\sout", r"takes\seffect",
    r"comes\sinto\s(?:force|effect)",
    # a modal of possibility before a verb ("could arrive by Tuesday", "may reach the coast"); lower case,
    # so the month "May" is no cue; "could not", "could have" are not (see _PERFECT_MODALS, _NOT_FUTURE)
    *(rf"{modal}(?!{_NOT_AHEAD})" for modal in ("could", "might", "may(?<=(?-i:may))")),
)  # fmt: skip
# A fixed appointment told in the simple present: the verbs a timetable is told with ("the new chief takes over on
# Monday", "parliament votes on the bill on Tuesday", "the show goes on display from Friday"), in the third person
# ("schedule") and, after a plural subject, in the plain form ("talks resume on Tuesday": "plain"). News tells what
# happened in the past tense, so a present of these verbs is still to come. Their forms are nouns too ("a vote on
# Tuesday", "both ends"): ``cues`` drops one after a determiner, a number or a past verb (see _SCHEDULE_NOUN_BEFORE).
# Verbs whose forms are mostly nouns ("strikes", "rules", "signs", "returns") are left out.
_SCHEDULE_PLAIN = (
    r"take\s(?:over|charge|office)", "end", "close", "resume", "vote", "meet", "sit", r"go\s(?:on|ahead)", r"kick\soff",
    "arrive", "depart", "retire", r"step\sdown", r"stand\sdown", "travel", "fly", "face", "hear", "finish", "play",
    "visit", "leave", "land",
)
_SCHEDULE_THIRD = (
    r"takes\s(?:over|charge|office)", "ends", "closes", "votes", "meets", "sits", r"goes\s(?:on|ahead)",
    r"kicks\soff", "arrives", "departs", "retires", r"steps\sdown", r"stands\sdown", "travels", "flies", "faces",
    "hears", "finishes", "plays", "visits", "leaves", "lands",
)
# A plan or schedule told in the past perfect was for a day already gone ("had planned the vote for Tuesday,
# but ...", "had been scheduled for Monday"): listed first, it wins over the future reading of its word.
# The plan's object or infinitive follows; "the sale, which had been expected, ..." names no planned day.
_PAST_PLANS = (
    r"had\s(?:been\s)?(?:planned|scheduled|expected|slated|set|due|forecast)"
    r"(?=\s(?:to|for|on|at|the|a|an|its|their|his|her)\b)",
)
# "Would have", "should have" look back (listed first: "should" alone is a future cue), when a participle follows
# ("must have left", "could have been"): "every car must have winter tyres from December" is an obligation ahead, its
# "have" a verb of its own.
_PARTICIPLE_AFTER = (
    r"(?=\s(?:(?:not|never|already|also|just|long|easily)\s)?"
    r"(?:been|had|done|gone|won|run|come|become|hit|put|cut|set|let|shut|[a-z]+(?:ed|en|wn|nt|ght|ld|id|ot|ost|ept|elt|eft|ung|ade)"
    r")\b)"
)
_PERFECT_MODALS = tuple(
    rf"{modal}(?:n['’]t)?\s(?:have|['’]ve){_PARTICIPLE_AFTER}" for modal in ("would", "could", "should", "might", "must", "may")
)
# The future in reported speech ("said talks would resume on Wednesday"), and an aim told in the past: what one
# hoped, aimed or meant to do by a day was still to come when one hoped it ("hoped to reach the summit by Friday",
# "the game was meant to come out on 3 May"), so the day counts on from then, as a reported "would" does.
_REPORTED = ("would", "wouldn['’]t", *(rf"{verb}\sto" for verb in ("hoped", "aimed", "intended", "wanted", "meant")))
_PAST = (
    "was", "were", "had", "did", "said", "ago", "earlier", "last",
    # Irregular past forms news tells a happening with ("won the first round on Sunday", "brought in a
    # coach in February"); none of them is also a present tense or a noun.
    *"""won took came fell struck shook began chose drew broke rose sank fled fought swore spoke wrote threw became
    told brought bought caught sought thought taught gave went saw ran sent spent built lost paid made found held
    kept sold met got heard felt stood shot dug hid ate drove rode wore swam flew grew knew blew froze stole woke
    slept led hung bled dealt meant sat""".split(),
)  # fmt: skip
# Any other lower-case word in "-ed" is a past tense (or a participle: see _PASSIVE_BEFORE, _NOT_PAST).
_REGULAR_PAST = "(?-i:[a-z]{2,}ed)"
_APOSTROPHE = "['’]"


def _indexed(kinds: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[re.Pattern[str], tuple[str, ...]]:
    """One pattern for all cues, their alternatives grouped by first character (in the order given, so a
    future cue wins over the past reading of the same word: "expected", "planned"), each in a capturing
    group of its own; and the kind of each group, by number."""
    groups: dict[str, list[tuple[str, str]]] = {}
    for kind, alternatives in kinds:
        for alternative in alternatives:
            if alternative.startswith(_APOSTROPHE):
                first, rest = _APOSTROPHE, alternative[len(_APOSTROPHE) :]
            else:
                first, rest = alternative[0].lower(), alternative[1:]
                assert first.isalpha(), alternative
            groups.setdefault(first, []).append((rest, kind))
    body = "|".join(
        f"{first}(?:{'|'.join(f'({rest})' for rest, _ in rests)})" for first, rests in groups.items()
    )
    kind_of = [kind for rests in groups.values() for _, kind in rests]
    return re.compile(rf"\b(?:{body}|({_REGULAR_PAST}))\b", re.IGNORECASE), (*kind_of, "past")


TENSE, _GROUP_KINDS = _indexed(
    (
        ("past", _PERFECT_MODALS), ("past", _PAST_PLANS), ("future", _FUTURE), ("reported", _REPORTED), ("past", _PAST),
        ("schedule", _SCHEDULE_THIRD), ("plain", _SCHEDULE_PLAIN),
    )
)

# A cue after the expression counts as this many characters farther: the verb a time phrase belongs to
# mostly comes before it ("checked in on Thursday night, for what is to be a long stay").
AFTER_PENALTY = 40
# A participle after "be" or a present "is" is a passive, no past tense ("is due to be published", "the
# appeal is argued on June 3"), and so is one after "stay" or "remain" ("will stay closed from Monday").
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|been|being|stay|stays|staying|remain|remains|remaining)\s+\Z", re.IGNORECASE)
# A participle after a determiner or a possessive is an adjective, no past tense ("will present its revised
# budget on Friday", "approve the amended plan", "a delayed flight").
_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|whose|newly)\s+\Z", re.IGNORECASE
)
# "the wagons that derailed near Harnby on Wednesday", "the ewe that fetched a record price on Tuesday", "the
# side that won the cup": after "that", a past form followed by a preposition, a determiner or a figure is the
# relative clause's verb, not an adjective ("that amended plan"); so is one followed by a particle ("that ran
# aground", "that broke down").
_RELATIVE_VERB = re.compile(
    r"(?<=\w)\s+(?:near|on|in|at|off|into|onto|from|after|before|during|outside|inside|last|yesterday|overnight"
    r"|for|to|by|with|over|across|through|against|down|up|out|away|back|home|aground|ashore"
    r"|the|a|an|its|their|his|her)\b|\s+\d",
    re.IGNORECASE,
)
_RELATIVE_THAT = re.compile(r"\bthat\s+\Z", re.IGNORECASE)
# A participle after a count or a quantifier, with a noun after it, is an adjective too ("300 registered drivers face
# checks from March 1", "all licensed shops"); with a preposition, a determiner or nothing after it, it is the verb of a
# counted subject ("about 300 attended the rally", "some 40 died in the floods").
_COUNT_BEFORE = re.compile(
    r"(?:\b|(?<=\d))(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|all|some|many|most|several|both|few|fewer"
    r"|more|other|every|each|any|no)\s+\Z",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|but|as|than|when|while|because|if|so|yet|who|which|that)\b)[a-z]{3,}\b")
_NOT_PAST = frozenset(
    "need indeed hundred speed proceed exceed succeed feed seed bed red shed embed".split()
    # adjectives, not verbs: "on a still unspecified date in January", "a Paris-based group"
    + "unspecified undisclosed unidentified unnamed unexpected unprecedented alleged based related armed".split()
)

# A cue right after a relative pronoun opens a relative clause, which a comma closes: "police found a box
# that would hold a shotgun, and shells, in a bin on Monday" is no reported future for that Monday.
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s+\Z", re.IGNORECASE)
_CLAUSE_LOOKBACK = 3  # cues walked back past relative clauses that a comma closed, at most

Cue = tuple[int, int, str]  # (start, end, kind)

# What makes a schedule verb's form a noun: a determiner, a number or a quantifier before it ("a vote", "the two
# votes", "both ends"), or a verb it is the object of ("counted votes", "won plays", "has ends").
_SCHEDULE_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|our|your|my|this|that|these|those|every|each|any|no|both|all|some|many|few"
    r"|several|more|most|other|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty"
    r"|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|dozen|of|for|in|on|at|by|with|to|from"
    r"|has|have|had|is|are|was|were|be|[a-z]+ed|[\d,.]+)\s+\Z",
    re.IGNORECASE,
)
# The plain form is the verb only after a plural subject ("talks resume", "they meet"), and not after "to", a
# modal or "did", whose own tense then decides ("agreed to meet", "did not vote": those words are no cue here).
# (Two subjects joined by "and" are plural too, whatever their last noun: "the mayor and her deputy sit on Friday".)
_PLURAL_SUBJECT_BEFORE = re.compile(
    r"(?:\b[a-z]{2,}(?<![s'’]s)(?<!ous)(?<!is)(?<!us)s|\b(?:they|we|you)"
    r"|\b[a-z]{2,}\s+and\s+(?:(?:the|its|their|his|her)\s+)?[a-z]{3,})\s+\Z",
    re.IGNORECASE,
)


def cues(text: str, start: int, end: int) -> list[Cue]:
    """The tense cues of text[start:end] (one sentence), in text order: (start, end, kind), the kind
    'future', 'schedule' (a timetable told in the present), 'reported' (a future in reported speech) or 'past'."""
    found: list[Cue] = []
    for m in TENSE.finditer(text, start, end):
        kind = _GROUP_KINDS[(m.lastindex or 1) - 1]
        if kind == "past" and (
            m.group().lower() in _NOT_PAST
            or _PASSIVE_BEFORE.search(text, max(start, m.start() - 8), m.start())
            or (
                _COUNT_BEFORE.search(text, max(start, m.start() - 12), m.start())
                and _NOUN_AFTER.match(text, m.end(), end) is not None
                and not _RELATIVE_VERB.match(text, m.end(), end)
            )
            or (
                _DETERMINER_BEFORE.search(text, max(start, m.start() - 8), m.start())
                and not (
                    _RELATIVE_THAT.search(text, max(start, m.start() - 8), m.start())
                    and _RELATIVE_VERB.match(text, m.end(), end)
                )
            )
        ):
            continue
        if kind in ("schedule", "plain") and found and found[-1][2] == "past" and not CLAUSE_BREAK.search(
            text, found[-1][1], m.start()
        ):
            continue  # a clause has one finite verb: after its past one, the form is a noun ("counted postal votes")
        if kind == "schedule" and _SCHEDULE_NOUN_BEFORE.search(text, max(start, m.start() - 16), m.start()):
            continue
        if kind == "plain" and not (
            _PLURAL_SUBJECT_BEFORE.search(text, max(start, m.start() - 24), m.start())
            and not _SCHEDULE_NOUN_BEFORE.search(text, max(start, m.start() - 16), m.start())
        ):
            continue
        found.append((m.start(), m.end(), "schedule" if kind == "plain" else kind))
    return found


def nearest(sentence_cues: list[Cue], text: str, start: int, end: int) -> Cue | None:
    """The cue nearest to text[start:end] (its kind: 'future', 'schedule', 'reported' or 'past'); None when none.

    The cues are in text order and do not overlap, so the candidates are the last one ending before the
    expression and the first one starting after it (a cue inside the expression, "last" in "last
    Wednesday", is the expression's own): two binary searches, not a walk over a long sentence's cues.
    """
    i = bisect_right(sentence_cues, start, key=lambda cue: cue[1])
    before = None
    for k in range(i - 1, max(-1, i - 1 - _CLAUSE_LOOKBACK), -1):
        before = sentence_cues[k]
        if (
            not _RELATIVE_BEFORE.search(text, max(0, before[0] - 7), before[0])
            or text.find(",", before[1], start) < 0
        ):
            break
        before = None  # a relative clause the comma closed: the verb the date belongs to is before it
    j = bisect_left(sentence_cues, end, key=lambda cue: cue[0])
    after = sentence_cues[j] if j < len(sentence_cues) else None
    if after is not None and after[2] == "past" and j + 1 < len(sentence_cues) and _reduced_relative(text, after):
        # "In March, a bike chained to the railings will be cut free": the participle qualifies
        # its noun; the clause's own verb, after it, is the one a date before them belongs to.
        main = sentence_cues[j + 1]
        if main[2] in ("future", "schedule") and not CLAUSE_BREAK.search(text, after[1], main[0]):
            after = main  # (not past a comma or a conjunction: "resigned from the cabinet and will stand")
    if after is not None and after[2] == "schedule" and not _OPENS_CLAUSE.search(text[max(0, start - 24) : start]):
        after = None  # "the announcement on Sunday ends a career": a date inside the subject, no timetable's day
    if after is None:
        return before
    if (
        before is not None and before[2] == "past" and after[2] in ("future", "schedule") and _reduced_relative(text, before)
        and not CLAUSE_BREAK.search(text, before[1], start) and not CLAUSE_BREAK.search(text, end, after[0])
    ):
        # "The pounds raised by pupils at the school fair on Saturday will pay for a roof": the date is in the
        # participle's phrase, which qualifies the noun; the clause's own verb after it tells what is to come.
        return before
    distance = after[0] - end + AFTER_PENALTY
    if text.find(",", end, after[0]) >= 0:
        distance += AFTER_PENALTY  # "on Thursday night, for what is to be a long stay": another clause
    return before if before is not None and start - before[1] <= distance else after


# A past form between a determiner's noun and a preposition ("a bike chained to", "the goods seized in"): a
# participle qualifying the noun when the clause's own verb follows.
_NOUN_BEFORE = re.compile(
    r"\b(?:the|a|an|its|their|his|her|this|that|these|those|every|each|any)\s+(?:[\d,.]+\s+)?[a-z]+\s+\Z", re.IGNORECASE
)
_PREPOSITION_AFTER = re.compile(r"\s+(?:to|by|in|at|from|on|into|with|for|under|during)\b", re.IGNORECASE)


# A date that opens its clause ("On Monday the new chief takes over"), whose verb then follows it.
_OPENS_CLAUSE = re.compile(r"(?:\A|[.,;:!?\n])\s*(?:(?:on|from|by|until|this|next|early|late)\s+)?\Z", re.IGNORECASE)
# A comma, a semicolon or a conjunction ends a verb's clause.
CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:and|but|or|then|so)\b", re.IGNORECASE)


def _reduced_relative(text: str, cue: Cue) -> bool:
    return bool(
        _NOUN_BEFORE.search(text, max(0, cue[0] - 30), cue[0]) and _PREPOSITION_AFTER.match(text, cue[1])
    )


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
