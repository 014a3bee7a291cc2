"""Look-alikes years apart and matches of two competitions.

- A dated report that tells of a one-day kind of happening (a rockslide) with no day in its lead tells of
  one near its publication day: years before the dated reports of another rockslide on the same road, it is
  another event (``GroupingOptions.far_kind_factor``), where years apart alone (``far_factor``) left it
  merged, so alike are the words.
- Whatever the reports tell of (no one-day kind: a shop opened, a shop shut), groups standing on days two years
  or more apart, neither recalling the other's day, are two events (``GroupingOptions.years_days``); a report
  that recalls the earlier day stays with it.
- An undated report giving its happening the weekday of the dated report beside it joins that one rather
  than a dated report of the same kind years before that gives none (``GroupingOptions.weekday_bonus``).
- Two clubs' league match and their cup tie: the competition named in the sentence that dates the match
  (``stages.yaml``: competition) keeps them apart, even undated.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from consistency.group import GroupingOptions
from tests.test_group import event_of, group, make
from tests.test_group_lookalike_more import without_ladder

D = dt.date

ROCKSLIDE_2036 = [
    (D(2036, 9, 12), (
        "Rockslide closes Tarrow Gap road",
        "A rockslide closed the road through Tarrow Gap on Friday, cutting off the hamlet of Elmby, the county "
        "highways office said. Nobody was hurt.",
    )),
    (D(2036, 9, 12), (
        "Elmby cut off by rockslide",
        "Boulders came down onto the Tarrow Gap road on Friday, leaving Elmby without a road link, the county "
        "highways office said.",
    )),
]
ROCKSLIDE_2030 = (D(2030, 2, 26), (
    "Rockslide blocks Tarrow Gap road",
    "A rockslide has blocked the road through Tarrow Gap, cutting off the hamlet of Elmby, the county highways "
    "office said. Nobody was hurt.",
))


def _corpus(reports: list, undated: set[int] = frozenset()) -> list:
    return [make(i, f"Outlet {i}", None if i in undated else day, story) for i, (day, story) in enumerate(reports)]


def test_a_dated_rockslide_years_earlier_is_another_event() -> None:
    corpus = _corpus([*ROCKSLIDE_2036, ROCKSLIDE_2030])
    events = group(corpus)
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # Years apart alone leave it merged: its words are nearly those of the first report.
    same = GroupingOptions(far_kind_factor=GroupingOptions().far_factor)
    assert event_of(group(corpus, same), "a2") == {"a0", "a1", "a2"}


def test_an_undated_rockslide_report_is_not_held_apart() -> None:
    # An article without any usable date is not penalised.
    events = group(_corpus([*ROCKSLIDE_2036, ROCKSLIDE_2030], undated={1}))
    assert "a1" in event_of(events, "a0")


BYPASS_2036 = (D(2036, 6, 22), (
    "Marsh district approves Olden bypass",
    "Voters in the Marsh district approved the Olden bypass in a referendum on Sunday, with 55 percent in favour, "
    "the district office said. An earlier plan was rejected in 2031.",
))
BYPASS_2036_UNDATED = (None, (
    "Olden bypass wins backing",
    "The people of the Marsh district have voted for a bypass around Olden in Sunday's referendum, the district "
    "office said. Planning chief Ivo Senn said work could start next year.",
))
BYPASS_2031 = (D(2031, 10, 12), (
    "Olden bypass voted down",
    "Voters in the Marsh district have turned down a bypass around the town of Olden, the district office said.",
))


def test_an_undated_report_joins_the_dated_report_of_its_weekday() -> None:
    # The undated report's words are a little closer to the 2031 report's (which gives no weekday) than to the
    # dated report of Sunday's vote; its "Sunday's referendum" is that vote's weekday. With the second looks
    # after linkage off (``later_ratio`` among them), the weekday alone decides which it joins first.
    corpus = [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate([BYPASS_2036, BYPASS_2036_UNDATED, BYPASS_2031])]
    assert event_of(group(corpus), "a1") == {"a0", "a1"}
    linkage = GroupingOptions(regroup=False, restage=False)
    assert event_of(group(corpus, linkage), "a1") == {"a0", "a1"}
    blind = GroupingOptions(regroup=False, restage=False, weekday_bonus=False, later_ratio=0.0)
    assert event_of(group(corpus, blind), "a1") == {"a1", "a2"}


LEAGUE = (D(2036, 3, 14), (
    "Brackley Town sink Ostley",
    "Brackley Town beat Ostley Rovers 3-1 in a league match at Fenmoor Road on Saturday, with two goals from "
    "Joss Tarrant.",
))
CUP = (D(2036, 5, 2), (
    "Ostley knock out Brackley",
    "Ostley Rovers beat Brackley Town at Fenmoor Road on Saturday to reach the semi-finals of the cup, Joss "
    "Tarrant scoring for Brackley.",
))


def test_a_cup_tie_is_not_the_league_match_of_the_same_clubs(tmp_path: Path) -> None:
    corpus = _corpus([LEAGUE, CUP], undated={0, 1})
    assert event_of(group(corpus), "a1") == {"a1"}
    blind = GroupingOptions(vocabulary=without_ladder(tmp_path, "competition"))
    assert event_of(group(corpus, blind), "a1") == {"a0", "a1"}


BOOKSHOP_2037 = [
    (D(2037, 4, 14), (
        "Marrowfield Books opens store on Quill Lane",
        "The bookseller Marrowfield Books opened its largest store on Quill Lane in Denmore, chief executive "
        "Agnes Tolley said, with a cafe and a children's floor.",
    )),
    (D(2037, 4, 15), (
        "Denmore gets new Marrowfield Books store",
        "Marrowfield Books has opened a store on Quill Lane in Denmore with a cafe and a children's floor, "
        "chief executive Agnes Tolley said.",
    )),
]
BOOKSHOP_2033 = (D(2033, 3, 2), (
    "Marrowfield Books shuts store on Quill Lane",
    "The bookseller Marrowfield Books has shut its store on Quill Lane in Denmore, chief executive Agnes Tolley "
    "said, with its cafe and children's floor.",
))


def test_reports_standing_years_apart_are_two_events_whatever_they_tell() -> None:
    corpus = _corpus([*BOOKSHOP_2037, BOOKSHOP_2033])
    assert event_of(group(corpus), "a2") == {"a2"}
    assert event_of(group(corpus), "a0") == {"a0", "a1"}
    # Years apart alone (far_factor) leave it merged: no one-day kind of happening names either. (Its lead tells a
    # state of things, dated years from the others: ``foretold_states`` holds it apart too.)
    assert event_of(group(corpus, GroupingOptions(years_days=0, foretold_states=False)), "a2") == {"a0", "a1", "a2"}
    assert event_of(group(corpus, GroupingOptions(years_days=0)), "a2") == {"a2"}


def test_a_report_recalling_the_earlier_day_stays_with_it() -> None:
    later = (D(2037, 3, 2), (
        "Marrowfield Books recalls Quill Lane store",
        "Marrowfield Books shut its store on Quill Lane in Denmore on March 2, 2033, chief executive Agnes Tolley "
        "recalled, with its cafe and children's floor.",
    ))
    events = group(_corpus([BOOKSHOP_2033, later]))
    assert event_of(events, "a1") == {"a0", "a1"}
