"""Look-alikes that recall each other: a report of this year's quake that names the day of the one
five years ago, a vote on a bill that recalls the day the first version fell. The days an article
stands on (its happening, its publication, its dateline) decide, not the days it recalls."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import (
    GroupingOptions,
    _average_linkage,
    _lead_end,
    _when,
)
from consistency.happening import (
    Happening,
    figures_differ,
    kind_apart,
    lead_figures,
)
from consistency.model import Article
from tests.test_group import (
    ELECTION_R1,
    ELECTION_R2,
    OTHER,
    QUAKE_2019,
    QUAKE_2024_A,
    QUAKE_2024_B,
    QUAKE_2024_C,
    VOTE_MARCH,
    VOTE_SEPTEMBER,
    event_of,
    group,
    make,
    quake_corpus,
    two_stages,
)
from tests.test_group_announced import happening_of


def day(year: int, month: int, number: int) -> list[tuple[int, int]]:
    ordinal = dt.date(year, month, number).toordinal()
    return [(ordinal, ordinal)]


RECALLED_QUAKE = (
    " The province was last struck by a strong quake on July 2, 2019, when a magnitude 5.8 tremor near "
    "Lindqvist killed three people."
)


def test_a_quake_that_recalls_the_day_of_an_earlier_one_there_is_another_event() -> None:
    recalling = [(title, body + RECALLED_QUAKE) for title, body in (QUAKE_2024_A, QUAKE_2024_B)]
    articles = [
        make(1, "Jakarta Wire", dt.date(2024, 3, 12), recalling[0]),
        make(2, "Asia Desk", dt.date(2024, 3, 12), recalling[1]),
        make(3, "Island Times", None, QUAKE_2024_C),  # undated, a day later
        make(4, "Jakarta Wire", dt.date(2019, 7, 2), QUAKE_2019),
        make(5, "Coast Courier", None, QUAKE_2019),  # the earlier quake's report, undated
        *(make(10 + n, "Harbor Post", dt.date(2024, 3, 11), story) for n, story in enumerate(OTHER)),
    ]
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2", "a3"}
    assert event_of(events, "a4") == {"a4", "a5"}


RECALLED_VOTE = " The bill was first put to a vote on March 4, when it fell by 160 votes to 140."


def test_a_vote_that_recalls_the_day_the_first_vote_failed_is_another_event() -> None:
    september = [(title, body + RECALLED_VOTE) for title, body in VOTE_SEPTEMBER]
    articles = two_stages(VOTE_MARCH, september, dt.date(2031, 3, 4), dt.date(2031, 9, 17))
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2"}
    assert event_of(events, "a3") == {"a3", "a4"}
    # The vote's day and which way each vote went decide, either alone: without both the four
    # reports are one event (recalling the March day, the September reports looked like a follow-up).
    # (The March leads also put something ahead, a warning that it "would cost jobs", a "plan to", and the September
    # reports recall their day: ``recalled_day_factor`` holds them apart too, and is off here so that the other two
    # are seen to decide.)
    for options in (GroupingOptions(kind_apart_factor=1.0), GroupingOptions(outcomes=())):
        assert event_of(group(articles, options), "a1") == {"a1", "a2"}
    blind = GroupingOptions(kind_apart_factor=1.0, outcomes=(), recalled_day_factor=1.0)
    assert event_of(group(articles, blind), "a1") == {"a1", "a2", "a3", "a4"}


def test_recalled_days_do_not_bridge_days_stood_on_years_apart() -> None:
    options = GroupingOptions()
    later_dates = day(2024, 3, 12) + day(2024, 5, 1)  # the day it stands on and a day it announces
    earlier_dates = day(2019, 7, 2)
    # The later group recalls a day of 2019 that is not the earlier group's day: still far apart.
    recalls_other_day = sorted(later_dates + day(2019, 7, 9))
    assert _when(recalls_other_day, earlier_dates, options) > options.far_factor  # the closest dates meet
    assert (
        _when(recalls_other_day, earlier_dates, options, day(2024, 3, 12), earlier_dates)
        == options.far_factor
    )
    # A follow-up that recalls the very day the other group stands on is judged by its dates as before.
    recalls_that_day = sorted(later_dates + earlier_dates)
    assert _when(recalls_that_day, earlier_dates, options, day(2024, 3, 12), earlier_dates) == _when(
        recalls_that_day, earlier_dates, options
    )
    # Without days stood on (undated articles) nothing changes.
    assert _when(later_dates, earlier_dates, options, [], []) == _when(later_dates, earlier_dates, options)


def test_the_same_one_day_happening_on_days_stood_on_apart_is_two_events_even_when_recalled() -> None:
    options = GroupingOptions()
    march, september = day(2031, 3, 4), day(2031, 9, 17)
    # September's reports recall March's day, so their dates meet March's vote...
    recalling = ([*march, *september], {"election": september})
    first = (march, {"election": march})
    assert kind_apart(recalling, first, options) == 1.0
    # ...but they stand on days months apart and date the vote to days months apart: two votes.
    assert kind_apart(recalling, first, options, september, march) == options.kind_apart_factor
    # Reports that stand on one day (a trial's reports that misdate the crime) are not judged so.
    assert kind_apart(recalling, first, options, september, september) == 1.0


# --- what the happening measures: different figures of one measure are evidence against ---------


def lead_figures_of(story: tuple[str, str]) -> tuple[tuple[str, float], ...]:
    article = make(1, "Outlet", dt.date(2031, 5, 6), story)
    found, cleaned = extract_facts(article, id_prefix="a1:")
    text = cleaned.text
    return lead_figures(frame_facts(article, found), _lead_end(text, 3), GroupingOptions().identifying)


def test_the_lead_gives_the_figures_that_tell_one_happening_from_another() -> None:
    # The magnitude counts; the death toll (a running tally) and the depth (not listed) do not.
    assert lead_figures_of(QUAKE_2024_A) == (("magnitude", 6.2),)
    assert lead_figures_of(QUAKE_2019) == (("magnitude", 5.8),)
    # The vote's two counts, read as the losing and the winning side's votes.
    assert lead_figures_of(VOTE_MARCH[0]) == (("losing_votes", 140.0), ("winning_votes", 160.0))
    # A figure past the lead is recalled, not the happening's own.
    late = (
        "Quake shakes Velmora",
        "An earthquake shook Velmora on Tuesday. Walls fell in Halvik. Roads to Dravik were cut. "
        "The island's worst quake, of magnitude 7.1, struck in 1998.",
    )
    assert lead_figures_of(late) == ()


def test_figures_differ_when_a_shared_measure_has_no_value_in_common() -> None:
    options = GroupingOptions()
    assert figures_differ({"magnitude": {6.2}}, {"magnitude": {5.8}}, options)
    # One value in common (a magnitude revised from 6.0 to 6.2 by some outlets) is agreement.
    assert not figures_differ({"magnitude": {6.0, 6.2}}, {"magnitude": {6.2}}, options)
    # Measures only one side gives say nothing.
    assert not figures_differ({"magnitude": {6.2}}, {"votes": {160.0}}, options)
    # A magnitude revised by a tenth (6.0 by one agency, 6.1 by another) is one value.
    assert not figures_differ({"magnitude": {6.0}}, {"magnitude": {6.1}}, options)
    # Within a wider tolerance, two values are one.
    loose = GroupingOptions(figures_tolerance=0.1)
    assert not figures_differ({"magnitude": {6.2}}, {"magnitude": {5.8}}, loose)


def test_groups_whose_happenings_measure_differently_stay_apart() -> None:
    # Two tight pairs, undated, alike enough across (0.3) to merge on similarity alone.
    pairs = {(0, 1): 0.9, (2, 3): 0.9, (0, 2): 0.3, (0, 3): 0.3, (1, 2): 0.3, (1, 3): 0.3}
    undated: list[list[tuple[int, int]]] = [[], [], [], []]

    def read(magnitudes: tuple[float, ...]) -> list[Happening]:
        return [Happening([], set(), frozenset(), figures=(("magnitude", m),)) for m in magnitudes]

    options = GroupingOptions()
    assert len(_average_linkage(4, pairs, undated, options, read((6.2, 6.2, 5.8, 5.8)))) == 2
    assert len(_average_linkage(4, pairs, undated, options, read((6.2, 6.2, 6.2, 6.2)))) == 1
    assert len(_average_linkage(4, pairs, undated, options, read((6.2, 6.0, 6.0, 5.8)))) == 1
    blind = GroupingOptions(figures_apart_factor=1.0, figures_far=1.0)
    assert len(_average_linkage(4, pairs, undated, blind, read((6.2, 6.2, 5.8, 5.8)))) == 1


# --- stages without days: the first round's undated reports against the run-off's ----------------


def test_an_undated_first_round_report_is_not_the_runoff() -> None:
    articles = two_stages(ELECTION_R1, ELECTION_R2, dt.date(2031, 4, 6), dt.date(2031, 4, 27))
    first_undated = [dataclasses.replace(a, published=None) if a.id in ("a1", "a2") else a for a in articles]
    all_undated = [dataclasses.replace(a, published=None) for a in articles]
    # (Without announcing words every dating sentence is read. Then the second first-round report, which
    # names no round, is set apart from the run-off by nothing, and the last look (``regroup``) moves it
    # from the one report that is to the run-off's pair: a risk of that look where two pairs meet.)
    blind_to_announcing = GroupingOptions(announced=(), regroup=False)
    for corpus, options in ((first_undated, GroupingOptions()), (all_undated, blind_to_announcing)):
        events = group(corpus, options)
        assert event_of(events, "a1") == {"a1", "a2"}
        assert event_of(events, "a3") == {"a3", "a4"}
    # The stage is what decides: without the rule (and without reading "setting up a runoff" as a
    # stage announced, which keeps them apart too) the undated first round joins the run-off.
    # (Blind to the shares of the vote too: each round's winner's share tells the rounds apart as well.)
    blind = GroupingOptions(
        undated_stage_factor=1.0, announced=(),
        identifying=tuple(m for m in GroupingOptions().identifying if m != "vote_share"),
    )
    assert event_of(group(first_undated, blind), "a1") == {"a1", "a2", "a3", "a4"}


def stages_read(text: str) -> set[tuple[str, str]]:
    return set(happening_of(text, published=None)[1])


def test_an_undated_lead_gives_the_stage_of_its_first_weekday() -> None:
    assert stages_read(
        "Halvik Rovers beat Brask United 2-1 in the quarter-final on Friday. The win sends Halvik on to "
        "Saturday's semi-final against Dravik."
    ) == {("tournament_round", "quarter")}
    # A sentence that announces the stage to come gives none.
    assert (
        stages_read(
            "Marta Vellacourt and Jonas Osric will meet in a runoff on Sunday, the electoral commission said."
        )
        == set()
    )


# One quake told by five outlets over two days: two agencies' magnitudes (6.1 and 6.0), a toll that
# rises, one report undated; and an undated report of a smaller quake in the same town years before.
OSTERBY = [
    (
        "Strong quake hits Korvath coast, 12 dead",
        "A magnitude 6.1 earthquake struck the Korvath coast early on Monday, killing at least 12 people and "
        "flattening houses in the fishing town of Osterby, the national seismic agency said. The quake was "
        "centred 20 km off the coast at a depth of 15 km.",
    ),
    (
        "Korvath earthquake: rescuers search for survivors",
        "Rescue teams worked through the night in Osterby after Monday's 6.0-magnitude quake, the Norland "
        "Geological Survey said. Officials raised the death toll to 17 as bulldozers cleared rubble from the "
        "harbour road.",
    ),
    (
        "Death toll rises to 21 after Osterby tremor",
        "The number of dead from the earthquake that shook Osterby and nearby villages rose to 21 on Tuesday, "
        "said regional governor Ilse Marrak. Around 300 homes were damaged, and aftershocks kept families "
        "sleeping in tents.",
    ),
    (
        "Aftershocks rattle Korvath as aid arrives",
        "Aid trucks reached Osterby on Tuesday as aftershocks shook the Korvath coast a day after the 6.1 "
        "quake. Governor Ilse Marrak said 21 people had died and schools would stay shut all week.",
    ),
    (
        "Fishing town counts cost of quake",
        "In Osterby, where the magnitude 6.0 earthquake destroyed the market hall on Monday, fishermen said "
        "their boats were spared but their homes were not. Ilse Marrak, the regional governor, promised "
        "rebuilding funds.",
    ),
]
OSTERBY_EARLIER = (
    "Moderate quake shakes Osterby",
    "A magnitude 5.2 earthquake shook Osterby on the Korvath coast on Thursday, cracking walls in the old "
    "market hall, the seismic agency said. Nobody was hurt, said the mayor, Bertil Hjort.",
)


def osterby_corpus(*extra: Article) -> list[Article]:
    days = (dt.date(2031, 6, 2), dt.date(2031, 6, 2), dt.date(2031, 6, 3), None, dt.date(2031, 6, 3))
    articles = [
        make(n, f"Outlet {n}", d, story)
        for n, (d, story) in enumerate(zip(days, OSTERBY, strict=True), start=1)
    ]
    others = [make(10 + n, "Harbor Post", dt.date(2031, 6, 2), story) for n, story in enumerate(OTHER)]
    return articles + others + list(extra)


def test_one_quakes_reports_with_two_agencies_magnitudes_stay_one_event() -> None:
    assert event_of(group(osterby_corpus()), "a1") == {"a1", "a2", "a3", "a4", "a5"}


def test_an_undated_report_of_an_earlier_smaller_quake_in_the_town_is_another_event() -> None:
    articles = osterby_corpus(make(9, "Old Post", None, OSTERBY_EARLIER))
    events = group(articles)
    assert event_of(events, "a1") == {"a1", "a2", "a3", "a4", "a5"}
    assert event_of(events, "a9") == {"a9"}
    # Its magnitude and its weekday (its quake's Thursday against Monday's) are what tell it apart: blind to
    # both, it joins.
    blind = GroupingOptions(
        figures_apart_factor=1.0, undated_figures_factor=1.0, figures_far=1.0, weekday_kind_factor=1.0
    )
    assert "a9" in event_of(group(articles, blind), "a1")


# --- which way a vote went: an undated report of the vote that sank a bill is not the vote that passed it


def test_an_undated_report_of_the_vote_that_sank_the_bill_is_another_event() -> None:
    september = [
        make(3, "O3", dt.date(2031, 9, 17), VOTE_SEPTEMBER[0]),
        make(4, "O4", dt.date(2031, 9, 17), VOTE_SEPTEMBER[1]),
    ]
    others = [make(10 + n, "Harbor Post", dt.date(2031, 9, 17), story) for n, story in enumerate(OTHER)]
    for march in VOTE_MARCH:
        articles = [*september, make(1, "O1", None, march), *others]
        assert event_of(group(articles), "a1") == {"a1"}
        assert event_of(group(articles), "a3") == {"a3", "a4"}
        # Which way each vote went decides, and the counts of an undated vote against the dated one's, and
        # the weekday of each vote (a Tuesday's, a Wednesday's): read blind to all three, the undated
        # report joins.
        blind = GroupingOptions(
            outcomes=(), undated_figures_factor=GroupingOptions.figures_apart_factor, figures_far=1.0,
            weekday_kind_factor=1.0,
        )
        assert event_of(group(articles, blind), "a1") == {"a1", "a3", "a4"}


def test_the_outcome_is_read_from_the_sentence_that_dates_the_vote() -> None:
    assert stages_read("Norland's parliament voted down the port levy on Tuesday.") == {
        ("vote_outcome", "rejected")
    }
    assert stages_read(
        "The port levy cleared parliament on Wednesday, months after lawmakers rejected it."
    ) == {("vote_outcome", "passed")}


# --- a second look: a dated report drawn early into the undated reports of a look-alike -----------


def _drawn_early(stay_pair: float) -> tuple[dict[tuple[int, int], float], list[Happening], list[list[tuple[int, int]]]]:
    """Articles 0-2: undated reports of an old happening. 3-5: dated reports (all on one day) of a new
    one of the same kind. 6: a dated report of the new one, on that day, whose closest partner is the
    old report 0 (``stay_pair``), so linkage merges it there first."""
    day = dt.date(2031, 3, 11).toordinal()
    pairs = {(0, 1): 0.5, (0, 2): 0.5, (1, 2): 0.5, (3, 4): 0.5, (3, 5): 0.5, (4, 5): 0.5}
    pairs.update({(a, b): 0.1 for a in (0, 1, 2) for b in (3, 4, 5)})
    pairs.update({(0, 6): stay_pair, (1, 6): 0.1, (2, 6): 0.1, (3, 6): 0.35, (4, 6): 0.35, (5, 6): 0.35})
    undated = Happening([], set(), frozenset())
    dated = Happening([], set(), frozenset(), anchors=[(day, day)])
    dates = [[], [], [], [(day, day)], [(day, day)], [(day, day)], [(day, day)]]
    return pairs, [undated] * 3 + [dated] * 4, dates


def test_a_dated_report_drawn_into_undated_lookalikes_moves_to_the_reports_of_its_day() -> None:
    pairs, read, dates = _drawn_early(0.9)
    groups = sorted(sorted(g) for g in _average_linkage(7, pairs, dates, GroupingOptions(), read))
    assert groups == [[0, 1, 2], [3, 4, 5, 6]]
    # Without the second look, the first merge decides.
    blind = sorted(sorted(g) for g in _average_linkage(7, pairs, dates, GroupingOptions(reassign=False, undated_last=False), read))
    assert blind == [[0, 1, 2, 6], [3, 4, 5]]


def test_a_dated_report_closer_to_its_undated_group_stays() -> None:
    # Its mean to the undated reports (1.6 / 3) beats its mean to the reports of its day (0.35, raised
    # a tenth by the shared day): it is theirs. (The second look after linkage that merges in order of the
    # closest pair; with ``undated_last`` the dated reports form their group before any meets an undated one.)
    pairs, read, dates = _drawn_early(1.4)
    groups = sorted(sorted(g) for g in _average_linkage(7, pairs, dates, GroupingOptions(undated_last=False), read))
    assert groups == [[0, 1, 2, 6], [3, 4, 5]]


def test_a_group_that_stands_on_the_reports_day_keeps_it() -> None:
    # When the rest of its group stands on its day too, nothing more specific calls it away.
    pairs, read, dates = _drawn_early(0.9)
    day = dt.date(2031, 3, 11).toordinal()
    read = [read[0]._replace(anchors=[(day, day)]), *read[1:]]
    dates = [[(day, day)], *dates[1:]]
    groups = sorted(sorted(g) for g in _average_linkage(7, pairs, dates, GroupingOptions(undated_last=False), read))
    assert [0, 1, 2, 6] in groups


# --- a magnitude of its own, with no day to reconcile it: an undated report against dated ones ------


def test_an_undated_report_of_an_older_smaller_quake_is_not_the_dated_one() -> None:
    # The 2019 Velmora quake's report, its date lost: same province, same weekday, magnitude 5.8 against
    # the dated reports' 6.2. Nothing but the magnitude (and the town) tells it apart.
    articles = [dataclasses.replace(a, published=None) if a.id == "a4" else a for a in quake_corpus()]
    events = group(articles)
    assert event_of(events, "a4") == {"a4"}
    assert event_of(events, "a1") == {"a1", "a2", "a3"}
    # Weighed as between two dated groups, the one magnitude is not enough.
    same = GroupingOptions(undated_figures_factor=GroupingOptions.figures_apart_factor, figures_far=1.0)
    assert "a4" in event_of(group(articles, same), "a1")


def test_an_undated_report_giving_the_other_agencys_magnitude_stays_with_its_quake() -> None:
    # Osterby's undated report gives 6.0 where two dated ones give 6.1: within the tolerance, one value.
    assert event_of(group(osterby_corpus()), "a4") == {"a1", "a2", "a3", "a4", "a5"}


def test_different_figures_weigh_more_only_between_an_undated_and_a_dated_side() -> None:
    # Two tight pairs alike enough across (0.45) to merge even with different magnitudes (0.6), not
    # when one pair is dated and the other not (0.3). (6.2 and 6.0 are as far apart as two agencies'
    # readings of one quake can be: further apart, no side merges, below.)
    pairs = {(0, 1): 0.9, (2, 3): 0.9, **{(a, b): 0.45 for a in (0, 1) for b in (2, 3)}}
    day = dt.date(2031, 3, 11).toordinal()
    read = [Happening([], set(), frozenset(), figures=(("magnitude", m),)) for m in (6.2, 6.2, 6.0, 6.0)]
    options = GroupingOptions()
    undated: list[list[tuple[int, int]]] = [[], [], [], []]
    dated: list[list[tuple[int, int]]] = [[(day, day)]] * 4
    mixed: list[list[tuple[int, int]]] = [[(day, day)], [(day, day)], [], []]
    assert len(_average_linkage(4, pairs, undated, options, read)) == 1
    assert len(_average_linkage(4, pairs, dated, options, read)) == 1
    assert len(_average_linkage(4, pairs, mixed, options, read)) == 2


def test_figures_far_apart_keep_groups_apart_unless_dated_days_apart_at_most() -> None:
    # 6.2 against 5.7 is more than two agencies' readings of one quake differ: apart, undated or dated
    # weeks apart.
    pairs = {(0, 1): 0.9, (2, 3): 0.9, **{(a, b): 0.45 for a in (0, 1) for b in (2, 3)}}
    day = dt.date(2031, 3, 11).toordinal()
    read = [Happening([], set(), frozenset(), figures=(("magnitude", m),)) for m in (6.2, 6.2, 5.7, 5.7)]
    undated: list[list[tuple[int, int]]] = [[], [], [], []]
    weeks_apart: list[list[tuple[int, int]]] = [[(day, day)]] * 2 + [[(day + 30, day + 30)]] * 2
    for dates in (undated, weeks_apart):
        assert len(_average_linkage(4, pairs, dates, GroupingOptions(), read)) == 2
        assert len(_average_linkage(4, pairs, dates, GroupingOptions(figures_far=1.0), read)) == 1
    # Reports published, or dating their quake, within days of each other are one quake: one of them
    # errs (5.7 for 6.2), and the discrepancy is for the checks to show, not a reason to split.
    one_day: list[list[tuple[int, int]]] = [[(day, day)]] * 2 + [[(day + 1, day + 1)]] * 2
    assert len(_average_linkage(4, pairs, one_day, GroupingOptions(), read)) == 1
    same_day = [h._replace(days=[(day, day)]) for h in read]
    assert len(_average_linkage(4, pairs, undated, GroupingOptions(), same_day)) == 1


def test_close_figures_on_one_day_are_two_agencies_readings() -> None:
    # 6.4 and 6.2 (3% apart) dated to one day, or on one weekday, are one quake read by two agencies.
    pairs = {(0, 1): 0.9, (2, 3): 0.9, **{(a, b): 0.3 for a in (0, 1) for b in (2, 3)}}
    day = dt.date(2031, 3, 11).toordinal()

    def read(days: list[list[tuple[int, int]]], weekdays: list[frozenset[int]]) -> list[Happening]:
        return [
            Happening(d, set(), w, figures=(("magnitude", m),))
            for d, w, m in zip(days, weekdays, (6.4, 6.4, 6.2, 6.2), strict=True)
        ]

    one_day = [[(day, day)]] * 4
    tuesday = dt.date.fromordinal(day).weekday()
    on_it = [frozenset({tuesday})] * 4
    assert len(_average_linkage(4, pairs, one_day, GroupingOptions(), read(one_day, on_it))) == 1
    # Half of them undated: their weekday meets the dated ones', or not.
    half = [[(day, day)], [(day, day)], [], []]
    assert len(_average_linkage(4, pairs, half, GroupingOptions(), read(half, on_it))) == 1
    other = [frozenset({tuesday})] * 2 + [frozenset({(tuesday + 3) % 7})] * 2
    assert len(_average_linkage(4, pairs, half, GroupingOptions(), read(half, other))) == 2


def test_close_figures_on_days_weeks_apart_are_two_happenings() -> None:
    # 6.2 and 6.0 could be two agencies' readings of one quake, but not of quakes dated two months apart
    # by reports that never give each other's day.
    pairs = {(0, 1): 0.9, (2, 3): 0.9, **{(a, b): 0.45 for a in (0, 1) for b in (2, 3)}}
    march, may = dt.date(2031, 3, 11).toordinal(), dt.date(2031, 5, 13).toordinal()

    def read(second: int) -> tuple[list[list[tuple[int, int]]], list[Happening]]:
        days = [[(march, march)]] * 2 + [[(second, second)]] * 2
        return days, [
            Happening(d, set(), frozenset(), figures=(("magnitude", m),))
            for d, m in zip(days, (6.2, 6.2, 6.0, 6.0), strict=True)
        ]

    for second, events in ((may, 2), (march, 1)):
        dates, happenings = read(second)
        assert len(_average_linkage(4, pairs, dates, GroupingOptions(), happenings)) == events
