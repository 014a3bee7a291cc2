"""A hand-built RunResult about a made-up summit, shared by the reporter tests.

Three outlets report a meeting of the leaders of Arcadia and Borealis in Lisbon; they
disagree on the day, give compatible figures for the energy pact, agree on the number
of delegates and on the sources, and one article has a fact nobody else reports.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from consistency.model import (
    Alignment,
    Article,
    Attribution,
    DateValue,
    Event,
    EventEvidence,
    Fact,
    Finding,
    Frame,
    PairVerdict,
    Problem,
    Provenance,
    Quantity,
    Removal,
    RunResult,
    Value,
    ValueGroup,
)
from consistency.text import sentence_at, split_sentences

HERALD_BODY = (
    "Arcadian Chancellor Mira Vance and Borealis President Tomas Lind will meet in Lisbon on May 12, "
    "officials said.\n\n"
    "Read also: Lisbon hotels brace for summit crowds\n\n"
    "The leaders are expected to sign a $4 billion energy pact, according to the Arcadian foreign ministry.\n\n"
    "About 300 delegates will attend, the Lisbon Gazette reported, citing unnamed officials.\n\n"
    "A second round of talks could follow in the autumn."
)
TIMES_BODY = (
    "Chancellor Mira Vance will travel to Lisbon for talks with President Tomas Lind on May 13.\n\n"
    "The two governments plan an energy pact worth $4.2 billion, according to the Arcadian foreign ministry.\n\n"
    "Roughly 300 delegates are expected, according to the Lisbon Gazette."
)
MERIDIAN_BODY = (
    "Leaders of Arcadia and Borealis will hold a summit in Lisbon on May 12.\n\n"
    "The energy pact is valued at 4 billion dollars, the Arcadian foreign ministry said.\n\n"
    "More than 250 delegates have registered."
)

HERALD = Article(
    id="a1",
    path="corpus/herald-summit.md",
    outlet="Northwind Herald",
    body=HERALD_BODY,
    title="Arcadia and Borealis leaders to meet in Lisbon",
    url="https://herald.example/world/lisbon-summit",
    published=dt.datetime(2031, 3, 11, 6, 40),
    provenance=(("outlet", "front matter"), ("published", "front matter"), ("title", "front matter")),
)
TIMES = Article(
    id="a2",
    path="corpus/times-summit.txt",
    outlet="Coastal Times",
    body=TIMES_BODY,
    title="Vance heads to Lisbon for energy talks",
    url="https://coastal-times.example/2031/03/12/vance-lisbon",
    published=dt.date(2031, 3, 12),
    provenance=(("outlet", "folder"), ("published", "url")),
)
MERIDIAN = Article(
    id="a3",
    path="corpus/meridian/summit.txt",
    outlet="Meridian Daily",
    body=MERIDIAN_BODY,
    title=None,
    url=None,
    published=None,
    provenance=(("outlet", "folder"),),
)


def make_fact(
    fact_id: str, article: Article, kind: str, text: str, value: Value, nth: int = 0, frame: Frame | None = None
) -> Fact:
    """A fact for the ``nth`` occurrence of ``text`` in the article body, with its sentence."""
    start = -1
    for _ in range(nth + 1):
        start = article.body.index(text, start + 1)
    end = start + len(text)
    s, e = sentence_at(split_sentences(article.body), start)
    return Fact(
        id=fact_id,
        article_id=article.id,
        kind=kind,  # type: ignore[arg-type]
        text=text,
        start=start,
        end=end,
        sentence=article.body[s:e],
        sentence_start=s,
        sentence_end=e,
        value=value,
        frame=frame,
    )


SUMMIT_DATE = Frame("date:meeting:current", "date of the meeting", "meeting", cue="meet")
PACT_VALUE = Frame("figure:deal:current", "value of the pact", "deal", cue="pact")
DELEGATES_SOURCE = Frame(
    "attribution:figure:delegates:current", "source of the number of delegates", "delegates",
    source="Lisbon Gazette", cue="About 300 delegates",
)


def _usd(amount: float, counted: str = "energy pact") -> Quantity:
    return Quantity(amount, amount, unit="USD", counted=counted)


FACTS = (
    make_fact("f1", HERALD, "date", "May 12", DateValue("2031-05-12", "2031-05-12", "day", timex="2031-05-12"), frame=SUMMIT_DATE),
    make_fact("f2", TIMES, "date", "May 13", DateValue("2031-05-13", "2031-05-13", "day", timex="2031-05-13")),
    make_fact("f3", MERIDIAN, "date", "May 12", DateValue("--05-12", "--05-12", "day", resolved=False, timex="XXXX-05-12")),
    make_fact("f4", HERALD, "figure", "$4 billion", _usd(4e9), frame=PACT_VALUE),
    make_fact("f5", TIMES, "figure", "$4.2 billion", _usd(4.2e9)),
    make_fact("f6", MERIDIAN, "figure", "4 billion dollars", _usd(4e9)),
    make_fact(
        "f7",
        HERALD,
        "figure",
        "About 300 delegates",
        Quantity(300.0, 300.0, approximate=True, qualifier="about", counted="delegates"),
    ),
    make_fact(
        "f8",
        TIMES,
        "figure",
        "Roughly 300 delegates",
        Quantity(300.0, 300.0, approximate=True, qualifier="roughly", counted="delegates"),
    ),
    make_fact(
        "f9",
        MERIDIAN,
        "figure",
        "More than 250 delegates",
        Quantity(250.0, None, qualifier="more than", counted="delegates"),
    ),
    make_fact(
        "f10",
        HERALD,
        "attribution",
        "according to the Arcadian foreign ministry",
        Attribution("Arcadian foreign ministry", ("Arcadian foreign ministry",), "according to"),
    ),
    make_fact(
        "f11",
        TIMES,
        "attribution",
        "according to the Arcadian foreign ministry",
        Attribution("Arcadian foreign ministry", ("Arcadian foreign ministry",), "according to"),
    ),
    make_fact(
        "f12",
        MERIDIAN,
        "attribution",
        "the Arcadian foreign ministry said",
        Attribution("Arcadian foreign ministry", ("Arcadian foreign ministry",), "said"),
    ),
    make_fact(
        "f13",
        HERALD,
        "attribution",
        "the Lisbon Gazette reported, citing unnamed officials",
        Attribution("Lisbon Gazette", ("Lisbon Gazette", "unnamed officials"), "citing"),
        frame=DELEGATES_SOURCE,
    ),
    make_fact(
        "f14",
        TIMES,
        "attribution",
        "according to the Lisbon Gazette",
        Attribution("Lisbon Gazette", ("Lisbon Gazette",), "according to"),
    ),
    make_fact(
        "f15",
        HERALD,
        "date",
        "in the autumn",
        DateValue("2031-09-01", "2031-11-30", "part_of_year", relative=True),
    ),
)

EVENT = Event(
    id="e1",
    label="Arcadia–Borealis summit in Lisbon",
    article_ids=("a1", "a2", "a3"),
    keywords=("arcadia", "borealis", "lisbon", "summit"),
    evidence=EventEvidence(
        names=("Arcadia", "Borealis", "Lisbon"),
        dates=("2031-03-11",),
        terms=("summit", "leaders"),
        figures=("delegates 300",),
    ),
)

ALIGNMENTS = (
    Alignment("al1", "e1", "date", "summit date", ("f1", "f2", "f3"), ("meet", "lisbon")),
    Alignment("al2", "e1", "figure", "energy pact", ("f4", "f5", "f6"), ("energy", "pact")),
    Alignment("al3", "e1", "figure", "delegates", ("f7", "f8", "f9"), ("delegates",)),
    Alignment("al4", "e1", "attribution", "source of the pact figure", ("f10", "f11", "f12"), ("ministry",)),
    Alignment("al5", "e1", "attribution", "source of the delegate count", ("f13", "f14"), ("gazette",)),
    Alignment("al6", "e1", "date", "second round of talks", ("f15",), ("talks", "round")),
)

FINDINGS = (
    Finding(
        rule="date-conflict",
        severity="error",
        status="conflict",
        event_id="e1",
        kind="date",
        slot="summit date",
        alignment_id="al1",
        fact_ids=("f1", "f2"),
        message="Outlets give different days for the summit date.",
        fingerprint="6c1f0e9a2b7d4c35",
        detail="2031-05-12 vs 2031-05-13",
        cause="unexplained",
        groups=(
            ValueGroup("2031-05-12", ("f1",), ("a1",)),
            ValueGroup("2031-05-13", ("f2",), ("a2",)),
        ),
        pairs=(PairVerdict(("f1", "f2"), "conflict", "unexplained", "the dates cannot both be right"),),
    ),
    Finding(
        rule="figure-tolerance",
        severity="warning",
        status="compatible",
        event_id="e1",
        kind="figure",
        slot="energy pact",
        alignment_id="al2",
        fact_ids=("f4", "f5", "f6"),
        message="Figures differ by 5%, within the 10% tolerance.",
        fingerprint="0a4d2e8f9c1b7e63",
        detail="4 billion USD vs 4.2 billion USD",
    ),
    Finding(
        rule="figure-agreement",
        severity="info",
        status="agree",
        event_id="e1",
        kind="figure",
        slot="delegates",
        alignment_id="al3",
        fact_ids=("f7", "f8", "f9"),
        message="All outlets give about 300 delegates.",
        fingerprint="d2b9a71c0e5f3846",
    ),
    Finding(
        rule="source-agreement",
        severity="info",
        status="agree",
        event_id="e1",
        kind="attribution",
        slot="source of the pact figure",
        alignment_id="al4",
        fact_ids=("f10", "f11", "f12"),
        message="All outlets credit the Arcadian foreign ministry.",
        fingerprint="91e3c5a7b2d40f68",
    ),
    Finding(
        rule="source-chain",
        severity="warning",
        status="compatible",
        event_id="e1",
        kind="attribution",
        slot="source of the delegate count",
        alignment_id="al5",
        fact_ids=("f13", "f14"),
        message="One outlet names the Gazette's own sources; the chains are compatible.",
        fingerprint="5f0b8d3e6a2c9147",
        detail="unnamed officials via Lisbon Gazette vs Lisbon Gazette",
    ),
    Finding(
        rule="single-source",
        severity="info",
        status="unverified",
        event_id="e1",
        kind="date",
        slot="second round of talks",
        alignment_id="al6",
        fact_ids=("f15",),
        message="Only Northwind Herald reports this.",
        fingerprint="b7a0e2d4c6f81395",
    ),
)

_READ_ALSO = "Read also: Lisbon hotels brace for summit crowds"
REMOVED = (
    (
        "a1",
        (
            Removal(
                HERALD_BODY.index(_READ_ALSO),
                HERALD_BODY.index(_READ_ALSO) + len(_READ_ALSO),
                "read-also link",
            ),
        ),
    ),
)


def _summit_provenance() -> tuple[Provenance, ...]:
    """Who credits whom in the summit event, as the provenance stage traces it."""
    from consistency.provenance import trace_provenance
    from consistency.vocabulary import load_vocabulary

    articles = {a.id: a for a in (HERALD, TIMES, MERIDIAN)}
    return tuple(trace_provenance((EVENT,), articles, FACTS, load_vocabulary()))


def summit_result(**changes: object) -> RunResult:
    """The summit RunResult; keyword arguments replace fields (``mode="check"``, ...)."""
    fields: dict[str, object] = {
        "articles": (HERALD, TIMES, MERIDIAN),
        "events": (EVENT,),
        "facts": FACTS,
        "alignments": ALIGNMENTS,
        "findings": FINDINGS,
        "problems": (Problem("corpus/broken.csv", "line 3: expected 4 fields, found 2"),),
        "removed": REMOVED,
        "mode": "audit",
        "rule_pack": "default",
        "provenance": _summit_provenance(),
    }
    fields.update(changes)
    return RunResult(**fields)  # type: ignore[arg-type]


GOLDEN_DIR = Path(__file__).parent / "golden" / "report"


def assert_golden(name: str, actual: str) -> None:
    """Compare ``actual`` with tests/golden/report/<name>; ``UPDATE_GOLDEN=1`` rewrites the file."""
    path = GOLDEN_DIR / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden file {path}; run with UPDATE_GOLDEN=1 to create it"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{path} differs; review the change, then run with UPDATE_GOLDEN=1"
