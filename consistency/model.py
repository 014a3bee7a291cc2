"""Plain, frozen data that crosses every stage boundary; imports nothing of ours.

Offsets are always character offsets into ``Article.body`` (the file's text after
any front matter, or the main text extracted from an HTML page), so that
``article.body[fact.start:fact.end] == fact.text`` holds for every fact.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["date", "figure", "attribution"]
KINDS: tuple[str, ...] = ("date", "figure", "attribution")

Status = Literal["agree", "conflict", "compatible", "unverified"]
STATUSES: tuple[str, ...] = ("agree", "conflict", "compatible", "unverified")

Severity = Literal["info", "warning", "error"]
SEVERITIES: tuple[str, ...] = ("info", "warning", "error")  # ascending

Granularity = Literal["time", "day", "week", "month", "part_of_year", "year", "period"]
GRANULARITIES: tuple[str, ...] = ("time", "day", "week", "month", "part_of_year", "year", "period")


@dataclass(frozen=True)
class Article:
    """One report by one outlet. Two articles are two sources even with the same outlet."""

    id: str
    path: str
    outlet: str
    body: str
    title: str | None = None
    url: str | None = None
    published: dt.date | dt.datetime | None = None  # a datetime when the time of day is known
    language: str = "en"
    # field name -> where its value came from: "front matter", "record", "byline", "url", "folder", ...
    provenance: tuple[tuple[str, str], ...] = ()
    # How much of ``published`` is known: "" means what its type says (a datetime: the time, a date:
    # the day); "month" or "year" when the source gave only that ("published: 2023-10"), in which
    # case ``published`` holds the first day of that month or year.
    published_precision: str = ""
    # The line of the file on which ``body`` starts (after any front matter), so that reports can
    # give file lines for facts. Meaningful only where the body is a stretch of the file (Markdown,
    # plain text); an HTML page's main text or a feed record's text has no file line.
    body_line: int = 1
    # The earliest article this one copies (the same wire story under another masthead), set by
    # the copies stage; None for an original. Copies are one voice: five copies of one story are
    # not five outlets agreeing.
    copy_of: str | None = None


def voice(article: Article) -> str:
    """The id that stands for an article's voice: its original's for a wire copy, else its own.

    Count voices, not articles, wherever agreement is counted: a story and its copies are one voice.
    """
    return article.copy_of or article.id


@dataclass(frozen=True)
class Removal:
    """A stretch of the body that cleaning dropped as boilerplate, and why."""

    start: int
    end: int
    reason: str


@dataclass(frozen=True)
class CleanText:
    """The body with boilerplate blanked out: same length, so offsets map one to one.

    Blanking (spaces, newlines kept) rather than cutting is the offset map: a fact
    found at ``text[i:j]`` is exactly ``body[i:j]``.
    """

    text: str
    removed: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class DateValue:
    """A normalized date or period.

    ``start``/``end`` are inclusive ISO 8601 strings: ``2024-04-10``,
    ``2024-04-10T18:40``, ``2024-12`` is never used (a month is
    ``2024-12-01``..``2024-12-31``). A year-less date in an undated article uses the
    ISO year-less forms ``--12-01``..``--12-31``. Both are ``None`` when the
    expression could not be resolved at all (``on Wednesday`` with no publication date).
    """

    start: str | None
    end: str | None
    granularity: Granularity
    resolved: bool = True  # False when the year or the anchor is unknown
    relative: bool = False  # expressed relative to the publication date
    # The TimeML (TIMEX3) value: "2024-04-08TMO", "2024-W15", "2024-Q2", "199X", "P2Y", "XXXX-03-07";
    # None when TimeML has no value for it. Not part of equality: the interval is what compares.
    timex: str | None = field(default=None, compare=False)
    # A clock time's zone as stated ("GMT", "GMT+8", "local"), and the UTC instant it stands for when
    # the offset is known ("2024-04-08T07:00Z"): two outlets' times compare as instants.
    zone: str | None = field(default=None, compare=False)
    instant: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Quantity:
    """A figure: bounds plus what they measure.

    ``low``/``high`` are bounds (``None`` means unbounded on that side):
    "$8 billion" is 8e9..8e9, "more than 10" is 10..None, "up to 5" is None..5,
    "billions of dollars" is 2e9..1e12 with ``vague=True``.
    """

    low: float | None
    high: float | None
    unit: str | None = None  # "USD", "EUR", "percent", "km", ...; None for a bare count
    approximate: bool = False  # "about", "around", "nearly" ...
    qualifier: str | None = None  # the hedge word as written, lower-cased
    vague: bool = False  # "billions of", "dozens of", "several"
    counted: str | None = None  # what is counted or measured: "aircraft", "aid"


@dataclass(frozen=True)
class Attribution:
    """Where a statement comes from.

    ``chain`` runs from the source the article cites directly to the original one:
    "unnamed officials cited by Yomiuri" is ("Yomiuri", "unnamed officials").
    """

    source: str
    chain: tuple[str, ...]
    cue: str  # "according to", "citing", "said", "with reference to", ...
    named: bool = True  # False for "sources", "unnamed officials", "media"
    channel: str | None = None  # the outlet told, not credited: "the mayor told the Associated Press"


Value = DateValue | Quantity | Attribution


@dataclass(frozen=True)
class Extraction:
    """What an extractor returns: a span of the text and its value. The engine builds Facts."""

    start: int
    end: int
    value: Value


@dataclass(frozen=True)
class Frame:
    """What a fact states, the way an editor would name it: the claim, not the sentence.

    Facts of one event with the same ``key`` speak of the same claim, whatever the words around
    them ("killing at least six", "six deaths", "the toll stands at eight" are all the death toll).
    """

    key: str  # what aligns: "figure:deaths", "date:earthquake", "attribution:deaths"
    name: str  # what a reader sees: "death toll", "date of the earthquake", "source of the death toll"
    measure: str  # the measure or happening: "deaths", "magnitude", "earthquake"; a counted noun when unknown
    role: str = "current"  # current | projection | previous | historical
    source: str | None = None  # the canonical source the fact is credited to in its own sentence
    tally: bool = False  # a running tally that grows as reports come in (deaths, injured, arrests)
    known: bool = True  # False when the measure fell back to the counted noun or the nearest word
    cue: str = ""  # the words the frame was read from, for "why is this in that slot?"
    # What the comparison needs to know of the measure or happening, carried here so that a
    # newsroom's own vocabulary decides it (the checks never read a vocabulary themselves):
    rounding: bool = False  # writers round this measure ("about 60 km"): a round figure is an interval
    growth_per_year: float | None = None  # a tally that grows with time only (an age: 1 a year)
    # A tally that falls as the situation resolves (the missing are found, power comes back): a later,
    # lower figure is an update too. Internal: not in the JSON frame.
    resolves: bool = False
    repeats: bool = False  # a happening that recurs (statements): different dates are no contradiction
    source_kind: str | None = None  # media | agency | government | company | person | other
    # An attribution's quotation when it opened in an earlier sentence ('"We are sorry. We failed," she
    # said': the passage from its opening mark); "" else. Outlets quoting one statement share its opening.
    quotation: str = ""
    # The other happenings a date's own words name ("a ceasefire agreed on Thursday": the ceasefire beside
    # the agreeing the frame chose), as frame keys; the event's outlets may settle which one it dates.
    # Internal: not in the JSON frame.
    alternatives: tuple[str, ...] = ()
    # A recurring happening dated as the report's news ("she will retire, she said on Monday"): told
    # once, so the comparison does not excuse two dates of it as two statements. Internal, as above.
    told_once: bool = False


# The cue of a date that is a line of its own ("Updated 14:05 GMT"): a stamp of the page, which outlets update
# through the day, not a day the story tells.
STAMP_CUE = "a line of its own"


@dataclass(frozen=True, slots=True)  # slots: 112 bytes less a fact, and a large audit holds millions
class Fact:
    id: str
    article_id: str
    kind: Kind
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    value: Value
    frame: Frame | None = None  # set by the frames stage, between extraction and alignment

    def __reduce__(self) -> tuple[type[Fact], tuple[object, ...]]:
        # Facts go from the workers to the main process and back: the pickling dataclasses give a
        # slotted class looks its fields up for every object (see ``PairVerdict``).
        return Fact, (self.id, self.article_id, self.kind, self.text, self.start, self.end, self.sentence,
                      self.sentence_start, self.sentence_end, self.value, self.frame)


@dataclass(frozen=True)
class EventEvidence:
    """Why articles were grouped: what they share, most telling first (shown to the reader)."""

    names: tuple[str, ...] = ()  # people, places, organisations named in at least two of them
    dates: tuple[str, ...] = ()  # ISO days of the happening or of publication that they share
    terms: tuple[str, ...] = ()  # rare content words they share
    figures: tuple[str, ...] = ()  # figures with their measure that they share: "magnitude 6.2"


@dataclass(frozen=True)
class Event:
    id: str
    label: str
    article_ids: tuple[str, ...]
    keywords: tuple[str, ...] = ()
    evidence: EventEvidence = field(default_factory=lambda: EventEvidence())
    # Facts of the event left out of alignment by the run's cap (``RunOptions.max_event_facts``):
    # listed with the facts, in no slot. 0 for any event of ordinary size.
    unaligned: int = 0


@dataclass(frozen=True)
class Alignment:
    """Facts of one kind, from the articles of one event, that speak of the same thing."""

    id: str
    event_id: str
    kind: Kind
    slot: str  # a short human label: "summit date", "aid to Ukraine"
    fact_ids: tuple[str, ...]
    keywords: tuple[str, ...] = ()


@dataclass(frozen=True)
class ValueGroup:
    """Outlets of one slot that state the same value; the largest group comes first."""

    value: str  # the normalized value, in words
    fact_ids: tuple[str, ...]
    article_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)  # slots: a large audit holds hundreds of thousands of them
class PairVerdict:
    """The verdict on one pair of articles in a slot, with the reason for it."""

    fact_ids: tuple[str, str]
    status: Status
    cause: str  # equal, precision, update, unexplained, error, source_difference, scope, timezone, ...
    detail: str = ""
    # True for the pair of the two articles' lead statements, which decide the slot; False for a
    # further statement of one article against another outlet's statement.
    representative: bool = True
    # Two dates of which one or both give a clock time: the verdict on their days alone, when it differs
    # from the pair's ("this morning at nine" and "9 May at 07:00 GMT": the day agrees, the clock may not).
    day: Status | None = None

    def __reduce__(self) -> tuple[type[PairVerdict], tuple[object, ...]]:
        # A worker sends hundreds of thousands of these to the main process: the pickling dataclasses
        # give a slotted class looks up the class's fields for every object, twice as slow both ways.
        return PairVerdict, (self.fact_ids, self.status, self.cause, self.detail, self.representative, self.day)


DRAFT_VERDICTS: tuple[str, ...] = ("conflicts", "stale", "over_precise", "unsupported", "agrees")  # worst first


@dataclass(frozen=True)
class DraftVerdict:
    """In check mode: how one draft's statement of a slot's claim stands against the sources'.

    The sources are the reference; the draft is what is judged. A disagreement among the sources
    alone is context for the editor, never the draft's fault.
    """

    article_id: str  # the draft
    fact_id: str  # the draft's statement of the claim
    verdict: str  # agrees | conflicts | unsupported | over_precise | stale
    supporting: tuple[str, ...] = ()  # source fact ids that agree with it or are compatible
    contradicting: tuple[str, ...] = ()  # source fact ids in conflict with it
    newer: tuple[str, ...] = ()  # stale: the later sources' fact ids with the updated value
    message: str = ""  # the verdict in words, the draft first


@dataclass(frozen=True)
class Finding:
    rule: str
    severity: Severity
    status: Status
    event_id: str
    kind: Kind
    slot: str
    alignment_id: str
    fact_ids: tuple[str, ...]
    message: str
    fingerprint: str
    detail: str = ""  # what differs, in words: "2024-04-10 vs 2024-04-11"
    cause: str = ""  # why the slot has its status: the cause of its worst pair
    groups: tuple[ValueGroup, ...] = ()
    pairs: tuple[PairVerdict, ...] = ()
    drafts: tuple[DraftVerdict, ...] = ()  # check mode: each draft's verdict against the sources


@dataclass(frozen=True)
class Problem:
    """A file that could not be used; the run went on without it."""

    path: str
    message: str


@dataclass(frozen=True)
class RuleInfo:
    """What a report says about a rule (machine formats carry its summary and help with each finding)."""

    id: str
    severity: Severity
    kind: Kind
    summary: str
    rationale: str = ""


@dataclass(frozen=True)
class Suppressed:
    """A finding silenced by ``<!-- consistency: ignore RULE reason -->`` in one of its articles."""

    finding: Finding
    article_id: str
    reason: str
    line: int = 0  # the line of the comment in the article's file; 0 when unknown


@dataclass(frozen=True)
class BaselineSummary:
    """How a run compared with a recorded baseline: findings in it are left out of the report."""

    path: str
    baselined: int  # findings of this run that the baseline holds (not reported)
    gone: int  # baseline entries that no finding of this run matches any more
    gone_fingerprints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Credit:
    """One chain of credit in one article, from the outlet to the origin: ("Harbor Post",
    "Halvik Wire", "unnamed officials"). Names are canonical (aliases and spellings joined)."""

    chain: tuple[str, ...]
    fact_ids: tuple[str, ...]
    named: bool  # the origin (the chain's last link) is named


@dataclass(frozen=True)
class OutletCredits:
    """The sources one article credits, and the origins its story rests on."""

    article_id: str
    outlet: str
    credits: tuple[Credit, ...]
    origins: tuple[str, ...]  # origin names; the outlet's own reporting when it credits no one
    copy_of: str | None = None  # a wire copy: the article it copies, whose origins it shares


@dataclass(frozen=True)
class Origin:
    """Where a story comes from, and which articles rest on it."""

    name: str  # "Halvik Wire", "unnamed officials (via Halvik Wire)", "Harbor Post (own reporting)"
    named: bool
    kind: str  # media | agency | government | company | person | other
    article_ids: tuple[str, ...]


@dataclass(frozen=True)
class Provenance:
    """Per event: how many articles, how many independent origins, and who credits whom."""

    event_id: str
    articles: int
    independent_articles: int  # wire copies counted once
    origins: tuple[Origin, ...]  # most credited first
    outlets: tuple[OutletCredits, ...]
    single_origin: str | None = None  # set when many outlets rest on this one origin


@dataclass(frozen=True)
class Window:
    """An audit's publication window (``--since``/``--until``) and the articles it left out."""

    since: dt.date | None
    until: dt.date | None
    kept: int  # articles published in the window
    excluded: tuple[tuple[str, str], ...] = ()  # (path, reason): undated, before, after, too coarse


@dataclass(frozen=True)
class OutletScore:
    """One outlet's line of an audit scorecard; shares are of its verdicts against other outlets."""

    outlet: str
    articles: int
    facts: int
    slots_shared: int  # slots where it and at least one other outlet state the claim
    pairs: int  # verdicts between its statements and another outlet's
    agree: float
    compatible: float
    conflict: float
    outlier: int  # conflicting slots in which it is the odd one out
    only_source: int  # slots in which no other outlet states the claim


@dataclass(frozen=True)
class HistoryEntry:
    """A finding as the audit history remembers it (resolved ones are no longer in the run)."""

    fingerprint: str
    rule: str
    severity: str
    status: str
    slot: str
    event: str
    message: str
    first_seen: str  # the label of the run that first recorded it


@dataclass(frozen=True)
class TrendPoint:
    """One outlet in one recorded run: the week-over-week line of the scorecard."""

    outlet: str
    run: str  # the run's label (its date)
    conflict: float
    outlier: int
    slots_shared: int


@dataclass(frozen=True)
class HistoryDiff:
    """This run against the previous one recorded in ``--history FILE``."""

    path: str
    run: str  # this run's label
    previous: str | None  # the previous run's label; None on the first run
    new: tuple[HistoryEntry, ...] = ()
    resolved: tuple[HistoryEntry, ...] = ()
    persisting: tuple[HistoryEntry, ...] = ()
    trend: tuple[TrendPoint, ...] = ()  # every recorded run, oldest first, per outlet


@dataclass(frozen=True)
class RunResult:
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    facts: tuple[Fact, ...]
    # A large audit's slots and findings are a ``Spool`` (pickled a chunk at a time, read in order:
    # ``engine.SPOOL_WEIGHT``); other runs', and any the reports filter, are tuples. Either is read
    # as a sequence, never changed.
    alignments: Sequence[Alignment]
    findings: Sequence[Finding]
    problems: tuple[Problem, ...] = ()
    removed: tuple[tuple[str, tuple[Removal, ...]], ...] = ()  # article_id -> removals
    mode: str = "audit"  # "audit" or "check"
    draft_ids: tuple[str, ...] = ()  # articles given as drafts in check mode
    rule_pack: str = ""
    rules: tuple[RuleInfo, ...] = ()  # the rules the run applied, for reports that describe them
    suppressed: tuple[Suppressed, ...] = ()  # findings silenced inline, with the reason given
    baseline: BaselineSummary | None = None  # set when the run was compared with a baseline
    provenance: tuple[Provenance, ...] = ()  # per event: origins and credits
    window: Window | None = None  # audit --since/--until: what the window kept and left out
    history: HistoryDiff | None = None  # audit --history: new, resolved and persisting findings
    scorecard: tuple[OutletScore, ...] = ()  # audit: one line per outlet (computed for JSON and HTML reports)
    # How grouping went: ("pairs_scored", n), ("largest_block", n); sub-quadratic, never all pairs.
    grouping_stats: tuple[tuple[str, int], ...] = ()
    meta: dict[str, object] = field(default_factory=dict, compare=False, hash=False)
