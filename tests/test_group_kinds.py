"""Look-alikes of the kinds grouping merged on real news, told in our own invented reports
(``tests.lookalike_news``): a vote on an earlier version of the same bill, the first round of the same
election, an earthquake in the same place years earlier; and one earthquake under five very different
headlines, one report dating it by UTC and another by local time, which must stay one event.

Every report is tried dated and undated: a report's publication date is often missing."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, _lead_end, published_day
from consistency.happening import Happening, announcing, kind_apart, read_happening, with_outcomes
from consistency.model import Article
from consistency.stages import load_stages
from tests import lookalike_news as news
from tests.test_group import event_of, group, make

D = dt.date

# Each report with its publication day; the look-alikes' tags start with "x".
REPORTS: dict[str, tuple[D, news.Story]] = {
    **{f"bill{n}": (D(2032, 6, 9 + n // 2), s) for n, s in enumerate(news.BILL_JUNE)},
    "xbill": (D(2032, 2, 17), news.BILL_FEBRUARY),
    **{f"runoff{n}": (D(2032, 5, 10), s) for n, s in enumerate(news.ELECTION_RUNOFF)},
    "xround": (D(2032, 4, 26), news.ELECTION_FIRST_ROUND),
    **{f"quake{n}": (D(2032, 9, 14 + n // 2), s) for n, s in enumerate(news.QUAKE_2032)},
    "quake_recalls": (D(2032, 9, 15), news.QUAKE_2032_RECALLS_2028),
    "xquake": (D(2028, 8, 22), news.QUAKE_2028),
    **{
        f"ostrel{n}": (D(2032, 10, day), s)
        for n, (day, s) in enumerate(zip((5, 6, 6, 7, 7), news.QUAKE_OSTREL, strict=True))
    },
    **{f"other{n}": (D(2032, 3 + n, 1), s) for n, s in enumerate(news.OTHER_NEWS)},
}


# Reports told otherwise, added where a test asks for them.
MORE: dict[str, tuple[D, news.Story]] = {
    "bill_recalls": (D(2032, 6, 10), news.BILL_JUNE_RECALLS),
    "xround_later": (D(2032, 4, 28), news.ELECTION_FIRST_ROUND_LATER),
    "ostrel5": (D(2032, 10, 10), news.QUAKE_OSTREL_LATER[0]),
    "ostrel6": (D(2032, 10, 7), news.QUAKE_OSTREL_LATER[1]),
}


def corpus(kinds: tuple[str, ...], undated: tuple[str, ...] = (), more: tuple[str, ...] = ()) -> list[Article]:
    """The reports whose tags start with one of ``kinds`` (and the unrelated ones), and those of ``MORE``
    named in ``more``, as articles whose ids are their tags; those of ``undated`` without their
    publication date."""
    articles = []
    reports = {**REPORTS, **{tag: MORE[tag] for tag in more}}
    for number, (tag, (day, story)) in enumerate(reports.items(), start=1):
        if tag in more or tag.startswith((*kinds, "other")):
            article = make(number, f"Outlet {number}", None if tag in undated else day, story)
            articles.append(Article(id=tag, path=f"{tag}.md", outlet=article.outlet, body=article.body,
                                    published=article.published))
    return articles


def events_of(
    kinds: tuple[str, ...], undated: tuple[str, ...] = (), options: GroupingOptions | None = None
) -> list[set[str]]:
    return group(corpus(kinds, undated), options)


def tags(prefix: str) -> set[str]:
    return {t for t in REPORTS if t.startswith(prefix)}


@pytest.mark.parametrize("undated", [(), ("xbill",), ("bill1",), ("xbill", "bill3")])
def test_the_vote_on_a_bills_first_version_is_not_the_amended_texts(undated: tuple[str, ...]) -> None:
    events = events_of(("bill", "xbill"), undated)
    assert event_of(events, "xbill") == {"xbill"}
    assert event_of(events, "bill0") == tags("bill")


def test_a_vote_read_as_passed_in_one_report_and_as_voted_in_another_is_one_kind() -> None:
    # "Passed the bill on Tuesday" (a policy's word) and "voted 118-70 for it on Wednesday" (an
    # election's) date one kind of happening: read as two kinds (and blind to the votes' counts, which
    # tell them apart too, and to days a season apart), February's vote joins June's.
    blind = GroupingOptions(same_kind=(), identifying=(), tolls=(), season_factor=1.0)
    assert event_of(events_of(("bill", "xbill"), (), blind), "xbill") != {"xbill"}


@pytest.mark.parametrize("undated", [(), ("xround",), ("runoff3",), ("xround", "runoff0")])
def test_the_first_round_is_not_the_runoff(undated: tuple[str, ...]) -> None:
    events = events_of(("runoff", "xround"), undated)
    assert not event_of(events, "xround") & tags("runoff")
    assert event_of(events, "runoff0") == tags("runoff")


def test_read_blind_to_what_is_to_come_the_first_round_joins_the_runoff() -> None:
    blind = GroupingOptions(announced=(), dates_to_come=False)
    assert event_of(events_of(("runoff", "xround"), (), blind), "xround") >= tags("runoff")


def happening_of(tag: str, options: GroupingOptions | None = None) -> Happening:
    options = options or GroupingOptions()
    day, story = {**REPORTS, **MORE}[tag]
    article = make(1, "Outlet", day, story)
    found, cleaned = extract_facts(article, id_prefix="r:")
    facts = frame_facts(article, found)
    return read_happening(
        facts, cleaned.text, _lead_end(cleaned.text, options.lead_sentences),
        with_outcomes(load_stages(None), options.outcomes), None, announcing(options.announced),
        options.apart_days, published=published_day(article), recalling=announcing(options.recalling),
        to_come_after=options.apart_days if options.dates_to_come else None,
    )


def test_a_runoff_day_after_the_first_rounds_report_is_to_come() -> None:
    # "Forcing a runoff against her on May 9", in a report of April 26: May 9 is not the day of the vote
    # reported, and the runoff is announced, not reported.
    found = happening_of("xround")
    may_9 = D(2032, 5, 9).toordinal()
    assert all(last < may_9 for _, last in found.days)
    assert ("election_round", "second") in found.announced
    assert not found.stages
    # The same read without the rule for dates to come nor announcing words: the runoff is reported.
    blind = happening_of("xround", GroupingOptions(announced=(), dates_to_come=False))
    assert ("election_round", "second") in blind.stages


def test_a_stage_recalled_weeks_after_is_not_the_stage_reported() -> None:
    # "Won the presidency on Sunday, two weeks after he led the field in the first round".
    assert not happening_of("runoff3").stages
    assert ("election_round", "first") in happening_of("runoff3", GroupingOptions(recalling=())).stages
    # A bare "after" tells the same day's happening: "conceded on Sunday night after he won the run-off".
    assert ("election_round", "second") in happening_of("runoff2").stages


QUAKE_TAGS = ("quake0", "quake1", "quake2", "quake_recalls", "xquake")


@pytest.mark.parametrize(
    "undated", [u for r in range(len(QUAKE_TAGS) + 1) for u in itertools.combinations(QUAKE_TAGS, r)]
)
def test_a_quake_in_the_same_place_years_earlier_is_another_event(undated: tuple[str, ...]) -> None:
    # Whichever reports lose their dates, the earlier quake (magnitude 5.7) stays apart from this one
    # (6.1), even when an undated report of this one names the year of the earlier.
    events = events_of(("quake", "xquake"), undated)
    assert event_of(events, "xquake") == {"xquake"}
    assert event_of(events, "quake0") == tags("quake")


def test_undated_reports_of_two_quakes_are_told_apart_by_how_far_their_magnitudes_are() -> None:
    undated = ("xquake", "quake_recalls")
    # (the event's reports also recall the earlier quake's magnitude beside their own: that rule is turned off too)
    blind = GroupingOptions(figures_far=1.0, recalled_figures=False)
    assert "xquake" in event_of(events_of(("quake", "xquake"), undated, blind), "quake0")
    assert "xquake" not in event_of(events_of(("quake", "xquake"), undated, GroupingOptions(figures_far=1.0)), "quake0")


@pytest.mark.parametrize(
    "undated",
    [
        (), ("ostrel0",), ("ostrel3",), ("ostrel0", "ostrel3"), ("ostrel1", "ostrel4"),
        ("ostrel1", "ostrel2", "ostrel3", "ostrel4"),
    ],
)
def test_one_quake_under_five_headlines_is_one_event(undated: tuple[str, ...]) -> None:
    # One report gives 6.4 from one agency and the UTC day (Tuesday); the others give another agency's
    # 6.2 and the local day (Wednesday).
    assert event_of(events_of(("ostrel",), undated), "ostrel0") == tags("ostrel")


def test_a_weekday_given_with_a_time_zone_may_be_the_day_before_or_after() -> None:
    tuesday, wednesday, monday = 1, 2, 0
    day, story = REPORTS["ostrel0"]
    article = make(1, "Outlet", None, story)
    found, cleaned = extract_facts(article, id_prefix="r:")
    read = read_happening(frame_facts(article, found), cleaned.text, len(cleaned.text), load_stages(None))
    assert read.weekdays == {monday, tuesday, wednesday}
    # Without a zone, a weekday is that weekday.
    plain = make(2, "Outlet", None, (story[0], story[1].replace(" GMT", "")))
    found, cleaned = extract_facts(plain, id_prefix="p:")
    unzoned = read_happening(frame_facts(plain, found), cleaned.text, len(cleaned.text), load_stages(None))
    assert unzoned.weekdays == {tuesday}


def test_all_kinds_together() -> None:
    events = group(corpus(("bill", "xbill", "runoff", "xround", "quake", "xquake", "ostrel")))
    for lookalike in ("xbill", "xquake"):
        assert event_of(events, lookalike) == {lookalike}
    assert not event_of(events, "xround") & tags("runoff")
    for prefix in ("bill", "runoff", "quake", "ostrel"):
        members = tags(prefix)
        assert event_of(events, min(members)) == members


@pytest.mark.parametrize("undated", [(), ("bill_recalls",), ("xbill",)])
def test_a_report_of_the_second_vote_recalling_the_first_is_no_bridge(undated: tuple[str, ...]) -> None:
    # "Passed the bill again on Wednesday, 118 to 70, four months after it first approved it on Feb. 17 by
    # 96 votes to 81": Wednesday's vote is the one reported, the February day and count are recalled.
    events = group(corpus(("bill", "xbill"), undated, ("bill_recalls",)))
    assert event_of(events, "xbill") == {"xbill"}
    assert event_of(events, "bill0") == tags("bill") | {"bill_recalls"}


def test_a_follow_up_of_the_first_round_stays_with_it() -> None:
    events = group(corpus(("runoff", "xround"), (), ("xround_later",)))
    assert "xround_later" in event_of(events, "xround")
    assert not event_of(events, "xround") & tags("runoff")


@pytest.mark.parametrize("undated", [(), ("ostrel5", "ostrel6"), ("ostrel0", "ostrel6")])
def test_later_reports_of_the_quake_stay_with_it(undated: tuple[str, ...]) -> None:
    # A toll four days on, and a report spelling the port "Kesin".
    events = group(corpus(("ostrel",), undated, ("ostrel5", "ostrel6")))
    assert event_of(events, "ostrel0") == tags("ostrel") | {"ostrel5", "ostrel6"}


def test_a_day_dated_by_a_word_past_a_look_back_is_not_of_that_kind() -> None:
    # "Reopened on Friday, ten days after the earthquake": Friday is not a quake's day.
    story = (
        "Schools reopen in Halvik",
        "Schools in Halvik reopened on Friday, ten days after the magnitude 6.1 earthquake of September "
        "14 that killed 19 people in Velmora, governor Teodor Brandt said.",
    )
    article = make(1, "Outlet", D(2032, 9, 24), story)
    found, cleaned = extract_facts(article, id_prefix="r:")
    read = read_happening(frame_facts(article, found), cleaned.text, len(cleaned.text), load_stages(None))
    friday = D(2032, 9, 24).toordinal()
    assert all(day != friday for _, day in read.kinds)
    # "Passed it again on Wednesday, four months after it first approved it": Wednesday's is a vote.
    june = happening_of("bill_recalls")
    assert (("policy", D(2032, 6, 9).toordinal())) in june.kinds


def test_groups_standing_months_apart_are_judged_by_the_kinds_of_the_days_they_stand_on() -> None:
    options = GroupingOptions()
    february, june = D(2032, 2, 17).toordinal(), D(2032, 6, 9).toordinal()
    # June's report recalls February's vote: its kinds hold both days, it stands on June's.
    recalling = ([(february, february), (june, june)], {"election": [(february, february), (june, june)]})
    first = ([(february, february)], {"election": [(february, february)]})
    stood = ([(june, june)], [(february, february)])
    assert kind_apart(recalling, first, options, *stood, *stood) == options.kind_apart_factor
    # Without the days stood on, the recalled day makes it read as a follow-up.
    assert kind_apart(recalling, first, options, *stood) == 1.0
