"""What a lead announces and what it looks back on. A first-round report that announces the run-off ("the
two will meet in a run-off on April 27") does not date the run-off's day as its own, and the stage it
announces is a later step than the one it reports. A report whose lead looks back on an earlier step's
day ("six months after lawmakers rejected the first version on March 4") neither stands on that day nor
takes that step's stage, so it is not the earlier step's report."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import (
    GroupingOptions,
    _lead_end,
    _when,
)
from consistency.happening import (
    Happening,
    announced_apart,
    announcing,
    happens_anew,
    lead_figures,
    looked_back,
    read_happening,
    stood_on,
    with_outcomes,
)
from consistency.model import Article
from consistency.stages import load_stages
from tests.test_group import OTHER, event_of, group, make

# Invented reports of the two rounds of one presidential election in Norland, three weeks apart. The
# first round's reports name no stage for the vote they report; they announce the run-off.
FIRST_ROUND = [
    (
        "Vellacourt leads Norland presidential vote",
        "Marta Vellacourt won the most votes in Norland's presidential election on Sunday, with 41 percent "
        "against 33 percent for Oskar Brask, the electoral commission in Halvik said. The two will meet in "
        "a run-off on April 27. Vellacourt thanked voters in Dravik.",
    ),
    (
        "Norland election: Vellacourt ahead of Brask",
        "Norland's former finance minister Marta Vellacourt came first in Sunday's presidential election "
        "with 41 percent of the vote, the Halvik electoral commission said, and will face Oskar Brask in a "
        "run-off. Supporters celebrated in Dravik.",
    ),
]
RUN_OFF = [
    (
        "Vellacourt wins Norland presidency",
        "Marta Vellacourt won Norland's presidential run-off on Sunday, beating Oskar Brask with 56 percent "
        "of the vote, the electoral commission in Halvik said. Turnout was 61 percent. Vellacourt thanked "
        "voters in Dravik.",
    ),
    (
        "Norland elects Vellacourt president",
        "Norland's former finance minister Marta Vellacourt was elected president in Sunday's run-off with "
        "56 percent of the vote against 44 percent for Oskar Brask, the Halvik electoral commission said. "
        "Supporters celebrated in Dravik.",
    ),
]
PREVIEW = (
    "Norland votes in presidential run-off",
    "Voters in Norland will choose a president in Sunday's run-off between Marta Vellacourt and Oskar "
    "Brask, the electoral commission in Halvik said. Vellacourt led the first round with 41 percent. "
    "Supporters gathered in Dravik.",
)


def rounds(undated: tuple[str, ...] = (), *extra: Article) -> list[Article]:
    days = [dt.date(2031, 4, 7)] * 2 + [dt.date(2031, 4, 28)] * 2
    articles = [
        make(n, f"Outlet {n}", day, story)
        for n, (day, story) in enumerate(zip(days, FIRST_ROUND + RUN_OFF, strict=True), start=1)
    ]
    articles = [dataclasses.replace(a, published=None) if a.id in undated else a for a in articles]
    others = [make(10 + n, "Harbor Post", dt.date(2031, 4, 20), story) for n, story in enumerate(OTHER)]
    return [*articles, *extra, *others]


# No word announces anything, nor does a date later than the report: every date and stage is the report's.
# (Blind to the shares of the vote too: each round's winner's share tells the rounds apart as well.)
BLIND = GroupingOptions(
    announced=(), dates_to_come=False,
    identifying=tuple(m for m in GroupingOptions().identifying if m != "vote_share"),
)


def test_first_round_reports_that_announce_the_runoff_are_another_event() -> None:
    events = group(rounds())
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}
    # Read blind to announcements, the run-off's day in "will meet in a run-off on April 27" is taken
    # for the day of the vote reported, and the two rounds become one event.
    assert event_of(group(rounds(), BLIND), "a1") == {"a1", "a2", "a3", "a4"}


def test_undated_first_round_reports_are_not_the_runoff() -> None:
    for undated in (("a1",), ("a1", "a2"), ("a1", "a2", "a3", "a4")):
        events = group(rounds(undated))
        assert event_of(events, "a1") == {"a1", "a2"}, undated
        assert event_of(events, "a3") == {"a3", "a4"}, undated
    # Read blind, the first report's "will meet in a run-off" is its stage, and it joins the run-off (the
    # second says its candidate "came first": the result of a first round, which keeps it apart).
    assert {"a1", "a3", "a4"} <= event_of(group(rounds(("a1", "a2")), BLIND), "a1")


def test_a_preview_published_days_before_the_runoff_is_of_the_runoff() -> None:
    preview = make(5, "Outlet 5", dt.date(2031, 4, 26), PREVIEW)
    assert event_of(group(rounds((), preview)), "a3") == {"a3", "a4", "a5"}


def happening_of(text: str, published: dt.date | None = dt.date(2031, 4, 7)) -> tuple[list[int], set, tuple]:
    article = Article(id="a1", path="a1.md", outlet="Outlet", body=text, published=published)
    found, cleaned = extract_facts(article, id_prefix="a1:")
    facts = frame_facts(article, found)
    options = GroupingOptions()
    announced = announcing(options.announced)
    stages = with_outcomes(load_stages(None), options.outcomes)
    happening = read_happening(facts, cleaned.text, len(cleaned.text), stages, None, announced)
    return [first for first, _ in happening.days], happening.stages, happening.announced


def test_a_date_after_an_announcing_word_is_not_the_happenings_day() -> None:
    sunday = dt.date(2031, 4, 6).toordinal()
    days, stages, announced = happening_of(FIRST_ROUND[0][0] + "\n\n" + FIRST_ROUND[0][1])
    assert days == [sunday]
    assert stages == set()
    # (A run-off is the second round, and it decides: a stage on each ladder.)
    assert announced == (("election_result", "decided"), ("election_round", "second"))


def test_a_stage_named_after_an_announcing_word_is_the_one_to_come() -> None:
    # "came first on Sunday ... and will face Brask in a run-off": the Sunday is the report's, the run-off is to come.
    days, stages, announced = happening_of(FIRST_ROUND[1][0] + "\n\n" + FIRST_ROUND[1][1])
    assert days == [dt.date(2031, 4, 6).toordinal()]
    assert stages == {("election_result", "plurality")}  # "came first": no round named, no majority won
    assert announced == (("election_result", "decided"), ("election_round", "second"))
    # The run-off's own report states its stage and announces nothing.
    days, stages, announced = happening_of(RUN_OFF[0][1], dt.date(2031, 4, 28))
    assert stages == {("election_round", "second"), ("election_result", "decided")}
    assert announced == ()


def test_announced_stages_keep_groups_apart_unless_they_stand_on_near_days() -> None:
    options = GroupingOptions()
    second = {("election_round", "second")}
    april_6 = dt.date(2031, 4, 6).toordinal()
    april_25, april_27 = april_6 + 19, april_6 + 21
    first_round = ([(april_6, april_6)], set(), second)
    run_off = ([(april_27, april_27)], second, set())
    assert announced_apart(first_round, run_off, options)
    assert announced_apart(run_off, first_round, options)
    assert announced_apart(([], set(), second), run_off, options)  # undated: the stage alone speaks
    # A preview two days before the run-off is the run-off's.
    assert not announced_apart(([(april_25, april_25)], set(), second), run_off, options)
    # A group that reports the stage it also announces (two of its reports) is not held apart.
    assert not announced_apart(([], second, second), run_off, options)
    # Nothing announced against the stage the other reports: the stage rules judge, not this one.
    assert not announced_apart(([(april_6, april_6)], set(), set()), run_off, options)


# A run-off report that looks back on the first round's day in its lead.
RUN_OFF_RECALLING = (
    "Vellacourt wins run-off",
    "Marta Vellacourt won Norland's presidential run-off on Sunday with 56 percent of the vote, three weeks "
    "after she led the first round on April 6 with 41 percent, the electoral commission in Halvik said. "
    "Oskar Brask conceded in Dravik.",
)


def test_a_runoff_report_that_recalls_the_first_rounds_day_stays_with_the_runoff() -> None:
    recalling = make(5, "Outlet 5", dt.date(2031, 4, 28), RUN_OFF_RECALLING)
    events = group(rounds((), recalling))
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4", "a5"}


def test_days_a_week_or_more_before_the_publication_are_not_stood_on() -> None:
    options = GroupingOptions()
    april_6, april_7, april_27, april_28 = (dt.date(2031, 4, d).toordinal() for d in (6, 7, 27, 28))
    read = Happening(
        days=[(april_6, april_6), (april_27, april_27)],
        stages=set(),
        weekdays=frozenset({6}),
        kinds=(("election", april_6), ("election", april_27)),
        anchors=[(april_6, april_6), (april_27, april_28)],
    )
    standing = stood_on(read, options)
    assert standing.anchors == [(april_27, april_28)]
    assert standing.days == [(april_27, april_27)]
    # The days by kind stay, for a follow-up that recalls the first day is not held apart.
    assert standing.kinds == read.kinds
    # Days within the week stay: a report of Sunday's vote published on Tuesday.
    near = read._replace(days=[(april_27, april_27)], anchors=[(april_27, april_28)])
    assert stood_on(near, options) is near
    # Days after the publication are not looked back on: a report of April 7 dating a vote to come.
    ahead = read._replace(anchors=[(april_6, april_7), (april_27, april_27)])
    assert stood_on(ahead, options) is ahead
    # Without a publication day or a dateline apart from the days given, the latest day given is stood on.
    alone = read._replace(anchors=[(april_6, april_6), (april_27, april_27)])
    assert stood_on(alone, options).anchors == [(april_27, april_27)]
    assert stood_on(read._replace(days=[], kinds=()), options).anchors == read.anchors


# Two votes on one bill half a year apart; a September report's lead looks back on the day the first
# version fell, in the very sentence that reports the second vote.
LEVY_MARCH = [
    (
        "Norland parliament rejects port levy",
        "Norland's parliament rejected the government's port levy bill on Tuesday by 160 votes to 140, after "
        "dock unions in Halvik warned it would cost jobs. Finance minister Edda Marrow said she would bring "
        "back a revised bill after the summer.",
    ),
    (
        "Port levy defeated in Norland",
        "Lawmakers in Norland voted down Edda Marrow's port levy on Tuesday, 160 to 140, handing the finance "
        "minister a defeat. Unions in Halvik had campaigned against the levy on container traffic.",
    ),
]
LEVY_SEPTEMBER = [
    (
        "Norland passes revised port levy",
        "Norland's parliament passed a revised port levy bill on Wednesday by 171 votes to 130, six months "
        "after lawmakers rejected the first version on March 4. Finance minister Edda Marrow thanked the "
        "dock unions in Halvik.",
    ),
    (
        "Port levy clears parliament at second attempt",
        "Edda Marrow's port levy cleared Norland's parliament on Wednesday, 171 to 130, after she cut the "
        "charge on container traffic to win over unions in Halvik.",
    ),
]


def levy(undated: tuple[str, ...] = ()) -> list[Article]:
    days = [dt.date(2031, 3, 5)] * 2 + [dt.date(2031, 9, 18)] * 2
    articles = [
        make(n, f"Outlet {n}", day, story)
        for n, (day, story) in enumerate(zip(days, LEVY_MARCH + LEVY_SEPTEMBER, strict=True), start=1)
    ]
    articles = [dataclasses.replace(a, published=None) if a.id in undated else a for a in articles]
    return [*articles, *(make(10 + n, "Harbor Post", dt.date(2031, 6, 20), s) for n, s in enumerate(OTHER))]


def test_a_vote_report_that_looks_back_on_the_first_versions_day_is_another_event() -> None:
    for undated in ((), ("a1",), ("a1", "a2"), ("a3",)):
        events = group(levy(undated))
        assert event_of(events, "a1") == {"a1", "a2"}, undated
        assert event_of(events, "a3") == {"a3", "a4"}, undated
    # Dated, which way each vote went decides, and so do the counts of each vote (160 to 140 is not 171
    # to 130), either alone. (Read blind to both, the September reports now share their tally, which
    # makes them a pair closer than any across: before tallies were read, the September report that
    # recalls March 4 passed for a follow-up of the March vote.)
    for options in (GroupingOptions(outcomes=()), GroupingOptions(identifying=(), tolls=())):
        assert event_of(group(levy(), options), "a1") == {"a1", "a2"}


def test_the_stage_is_read_from_the_day_reported_not_the_day_looked_back_on() -> None:
    days, stages, _ = happening_of(LEVY_SEPTEMBER[0][1], dt.date(2031, 9, 18))
    assert days == [dt.date(2031, 3, 4).toordinal(), dt.date(2031, 9, 17).toordinal()]
    assert stages == {("vote_outcome", "passed"), ("bill_version", "later")}


# A report of this year's quake that looks back on the one five years before, in its lead.
QUAKE_NOW = (
    "Strong quake hits Velmora",
    "A magnitude 6.2 earthquake struck Velmora province on Tuesday, five years after a magnitude 5.8 quake on "
    "July 2, 2019 killed three people there, the Norland Seismic Office said. Rescuers searched collapsed "
    "homes in Halvik.",
)


def test_the_lead_figures_leave_out_those_of_a_day_looked_back_on() -> None:
    article = make(1, "Outlet 1", dt.date(2024, 3, 12), QUAKE_NOW)
    found, cleaned = extract_facts(article, id_prefix="a1:")
    facts = frame_facts(article, found)
    lead_end = _lead_end(cleaned.text, GroupingOptions().lead_sentences)
    assert lead_figures(facts, lead_end, ("magnitude",)) == (("magnitude", 6.2),)
    # Read with a reach of thousands of days, the 2019 day is not looked back on, nor its magnitude.
    past = looked_back(facts, lead_end, within=4000)
    assert not any(past(f) for f in facts)


def test_recalling_the_other_groups_day_keeps_years_apart_near_only_without_a_happening_of_its_own() -> None:
    options = GroupingOptions()
    old = dt.date(2019, 7, 2).toordinal()
    new = dt.date(2024, 3, 12).toordinal()
    this_year = [(old, old), (new, new)]  # recalls the old quake's day
    stands = [(new, new)]
    back_then = [(old, old)]
    # A report published years later that tells the old quake, with no happening of its own: near.
    assert _when(this_year, back_then, options, stands, back_then) == 1.0 + options.near_bonus
    # A report of a new quake of the kind the other group dates: far, whatever day it recalls.
    assert _when(this_year, back_then, options, stands, back_then, True, True) == options.far_factor
    assert _when(back_then, this_year, options, back_then, stands, True, True) == options.far_factor
    # Which a group does: it dates a one-day happening of the other's kind to a day it stands on.
    kinds_now = {"incident": [(old, old), (new, new)]}
    kinds_then = {"incident": [(old, old)]}
    assert happens_anew(stands, kinds_now, kinds_then, options)
    assert not happens_anew([], kinds_now, kinds_then, options)
    assert not happens_anew(stands, {"trial": [(new, new)]}, {"trial": [(old, old)]}, options)
