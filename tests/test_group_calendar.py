"""Days without their year: an undated report's "on July 2" still dates its happening. A dateline gives
it the nearest year; without one, the month and day alone tell a quake in July from the one in March."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import (
    GroupingOptions,
)
from consistency.happening import (
    calendar_day,
    calendar_gap,
    coarse_apart,
    coarse_by_kind,
    dateline_day,
    month_days_apart,
    nearest_year,
    read_happening,
    yearless_day,
)
from consistency.model import Article
from consistency.stages import load_stages
from tests.test_group import OTHER, QUAKE_2019, event_of, group, make, quake_corpus

# Invented reports: a quake in Korvath province on Tuesday, March 11, 2031 (three dated reports), and
# an undated report of a smaller quake in the same town that gives its day without a year.
KORVATH_2031 = [
    (
        "Quake shakes Korvath, cracking the Brask dam",
        "A magnitude 5.7 earthquake hit Korvath province on Tuesday, March 11, cracking the wall of the "
        "Brask dam near the town of Ostvik, the Norland Seismic Office said. Engineers from the water board "
        "were inspecting the dam and residents of Ostvik spent the night in tents, said Marta Vellacourt, "
        "the provincial governor.",
    ),
    (
        "Korvath tremor damages dam wall",
        "Residents of Ostvik slept outdoors after a strong earthquake rattled Korvath on Tuesday, March 11, "
        "leaving cracks in the Brask dam. Governor Marta Vellacourt said engineers of the water board were "
        "checking the wall; the seismic office measured the quake at magnitude 5.7.",
    ),
    (
        "Engineers check Brask dam after Korvath earthquake",
        "Water board engineers climbed the Brask dam above Ostvik on Wednesday, a day after the March 11 "
        "earthquake in Korvath province cracked its wall. Marta Vellacourt, the governor, said families "
        "would stay in tents until the dam was declared safe.",
    ),
]
KORVATH_EARLIER = (
    "Earthquake rattles Korvath, dam inspected",
    "An earthquake struck Korvath province on July 2, shaking the Brask dam near the town of Ostvik, the "
    "Norland Seismic Office said. Engineers from the water board inspected the dam wall and residents of "
    "Ostvik spent the night in tents, said Marta Vellacourt, the provincial governor.",
)
# The same report, but of the March quake: its day fits, so it joins.
KORVATH_SAME_DAY = (
    "Earthquake rattles Korvath, dam inspected",
    KORVATH_EARLIER[1].replace("on July 2", "on March 11"),
)


def korvath(undated: tuple[str, str]) -> list[Article]:
    dated = [
        make(n, f"Outlet {n}", dt.date(2031, 3, 11 + (n == 3)), s) for n, s in enumerate(KORVATH_2031, 1)
    ]
    others = [make(10 + n, "Harbor Post", dt.date(2031, 3, 10), story) for n, story in enumerate(OTHER)]
    return [*dated, make(9, "Old Post", None, undated), *others]


def test_an_undated_report_of_another_day_of_the_year_is_another_quake() -> None:
    events = group(korvath(KORVATH_EARLIER))
    assert event_of(events, "a1") == {"a1", "a2", "a3"}
    assert event_of(events, "a9") == {"a9"}
    # The day without its year is what tells it apart: with the rule off, it joins.
    assert "a9" in event_of(group(korvath(KORVATH_EARLIER), GroupingOptions(kind_apart_factor=1.0)), "a1")


def test_an_undated_report_of_the_same_day_of_the_year_joins_its_quake() -> None:
    assert event_of(group(korvath(KORVATH_SAME_DAY)), "a1") == {"a1", "a2", "a3", "a9"}


def test_a_dateline_gives_a_day_without_its_year_the_nearest_year() -> None:
    body = (
        "Norland sets date for snap election\nThursday, September 26, 2030\nNorland's parliamentary "
        "election will be held on December 15, the electoral board in Halvik said."
    )
    article = Article(id="u1", path="u1.md", outlet="Halvik Herald", body=body)
    found, cleaned = extract_facts(article, id_prefix="u1:")
    facts = frame_facts(article, found)
    dateline = dateline_day(article, facts)
    assert dateline == dt.date(2030, 9, 26).toordinal()
    december = dt.date(2030, 12, 15).toordinal()
    happening = read_happening(facts, cleaned.text, len(cleaned.text), load_stages(None), dateline)
    assert happening.days == [(december, december)]
    assert ("election", december) in happening.kinds
    # Without the dateline the day keeps no year, but its month and day are kept with its kind.
    undated = read_happening(facts, cleaned.text, len(cleaned.text), load_stages(None))
    assert undated.days == []
    assert ("election", (12, 15)) in undated.month_days


def test_the_nearest_year_may_be_the_one_before_or_after() -> None:
    assert nearest_year((12, 28), dt.date(2031, 1, 3).toordinal()) == dt.date(2030, 12, 28).toordinal()
    assert nearest_year((1, 4), dt.date(2030, 12, 30).toordinal()) == dt.date(2031, 1, 4).toordinal()
    # February 29 falls in a leap year: the nearest one (730 days on, against 731 back).
    assert nearest_year((2, 29), dt.date(2030, 3, 1).toordinal()) == dt.date(2032, 2, 29).toordinal()
    assert nearest_year((2, 30), dt.date(2030, 3, 1).toordinal()) is None


def test_month_day_reads_only_days_without_a_year() -> None:
    assert yearless_day("--07-02") == (7, 2)
    assert yearless_day("--07-02T14:30") == (7, 2)
    assert yearless_day("2031-07-02") is None
    assert yearless_day("--13-02") is None
    assert yearless_day(None) is None


def test_the_calendar_gap_crosses_the_turn_of_the_year() -> None:
    assert calendar_gap({calendar_day((12, 30))}, {calendar_day((1, 2))}) == 3
    assert calendar_gap({calendar_day((3, 11))}, {calendar_day((7, 2))}) == 113
    assert calendar_gap({calendar_day((3, 11))}, None) == 0  # a long range may hold any day
    assert calendar_gap(set(), {1}) is None


def _ordinal(month: int, day: int) -> int:
    return dt.date(2031, month, day).toordinal()


def test_days_of_the_year_keep_two_groups_apart_only_against_dated_ones() -> None:
    options = GroupingOptions()
    march = _ordinal(3, 11)
    dated = ([(march, march)], {"incident": [(march, march)]}, {})
    july = {"incident": {calendar_day((7, 2))}}
    assert month_days_apart(([], {}, july), dated, options)
    assert month_days_apart(dated, ([], {}, july), options)
    # The same day of the year, or one a few days off, is no evidence of another happening.
    near = {"incident": {calendar_day((3, 13))}}
    assert not month_days_apart(([], {}, near), dated, options)
    # A follow-up that recalls the other's day (any date it gives) is not held apart.
    recalled = ([(march, march)], {}, july)
    assert not month_days_apart(recalled, dated, options)
    # Another kind of happening, or a kind that runs over days, says nothing.
    assert not month_days_apart(([], {}, {"trial": {calendar_day((7, 2))}}), dated, options)
    # Two groups that give only days without a year are not judged.
    assert not month_days_apart(([], {}, july), ([], {}, {"incident": {calendar_day((1, 6))}}), options)


def test_an_undated_follow_up_that_gives_the_day_of_the_quake_stays_with_it() -> None:
    follow_up = (
        "Ostvik families return home",
        "Families in Ostvik left their tents and went home on Sunday, days after the earthquake of March 11 "
        "cracked the Brask dam in Korvath province, governor Marta Vellacourt said.",
    )
    assert "a9" in event_of(group(korvath(follow_up)), "a1")


# --- a month or a year, for a report that stands on no day ---------------------------------------


def _older_quake_in(when: str) -> tuple[str, str]:
    """The 2019 Velmora quake's report with no magnitude and no weekday: only ``when`` places it."""
    title, body = QUAKE_2019
    return (
        title.replace("Magnitude 5.8 earthquake", "Earthquake"),
        body.replace("A magnitude 5.8 earthquake", "An earthquake").replace("on Tuesday", when),
    )


def test_an_undated_report_placing_its_quake_in_a_month_years_before_is_another_quake() -> None:
    articles = [a for a in quake_corpus() if a.id != "a4"]
    articles.append(make(4, "Old Post", None, _older_quake_in("in July 2019")))
    events = group(articles)
    assert event_of(events, "a4") == {"a4"}
    assert event_of(events, "a1") == {"a1", "a2", "a3"}
    # Read blind to the kinds of one-day happening, the month says nothing and the report joins.
    assert "a4" in event_of(group(articles, GroupingOptions(one_day=())), "a1")


def test_an_undated_report_placing_its_quake_in_the_same_month_joins_it() -> None:
    articles = [a for a in quake_corpus() if a.id != "a4"]
    articles.append(make(4, "Old Post", None, _older_quake_in("in March 2024")))
    assert "a4" in event_of(group(articles), "a1")


def test_the_lead_places_its_happening_in_a_month_with_its_kind() -> None:
    title, body = _older_quake_in("in July 2019")
    article = make(4, "Old Post", None, (title, body))
    facts, cleaned = extract_facts(article, id_prefix="a4:")
    found = read_happening(frame_facts(article, facts), cleaned.text, len(cleaned.text), load_stages(None))
    july = (dt.date(2019, 7, 1).toordinal(), dt.date(2019, 7, 31).toordinal())
    assert [(kind, first, last) for kind, first, last in found.coarse] == [("incident", *july)]
    assert found.days == []


def test_months_keep_apart_only_a_kind_both_date_a_year_or_more_away() -> None:
    options = GroupingOptions()
    july_2019 = {"incident": [(dt.date(2019, 7, 1).toordinal(), dt.date(2019, 7, 31).toordinal())]}
    march_2024 = [(dt.date(2024, 3, 12).toordinal(), dt.date(2024, 3, 12).toordinal())]
    august_2019 = [(dt.date(2019, 8, 20).toordinal(), dt.date(2019, 8, 20).toordinal())]
    assert coarse_apart(july_2019, {"incident": march_2024}, options)
    assert not coarse_apart(july_2019, {"incident": august_2019}, options)
    # A trial's reports a year after the killing they recall date no killing of their own.
    assert not coarse_apart(july_2019, {"verdict": march_2024}, options)
    assert coarse_by_kind([("incident", 5, 9), ("incident", 8, 12)]) == {"incident": [(5, 12)]}
