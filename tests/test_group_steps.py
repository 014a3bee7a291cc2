"""Steps of one story: a bid turned down and the deal agreed weeks later, an arrest and the verdict months
later, a hijacking and the crew freed weeks later (``GroupingOptions.steps``, ``happening.steps_apart``). Their reports share the companies, the people
and most words; the kind of happening each lead dates, on days weeks apart, tells them apart. A follow-up
that recalls the other's day is one story.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import steps_apart, steps_differ
from tests.test_group import event_of, group, make

D = dt.date

DEAL = [
    (D(2038, 10, 22), (
        "Grenmoor agrees to buy Tallis Mills",
        "The food group Grenmoor agreed on Friday to buy the flour miller Tallis Mills for 610 million after "
        "raising its offer, the two companies said. Tallis chairman Owen Reddy said the price was fair.",
    )),
    (D(2038, 10, 22), (
        "Tallis Mills board backs Grenmoor takeover",
        "The board of Tallis Mills backed a takeover by Grenmoor on Friday in a deal worth 610 million, ending "
        "a month of talks between the two millers.",
    )),
]
BID = (D(2038, 9, 24), (
    "Tallis Mills turns down Grenmoor offer",
    "The flour miller Tallis Mills on Friday turned down a 540 million offer from the food group Grenmoor, "
    "chairman Owen Reddy saying it undervalued the company.",
))
ARREST = (D(2038, 3, 3), (
    "Builder arrested over Fennick flats fraud",
    "Police in Fennick arrested the property developer Carl Ostby on Wednesday on suspicion of taking buyers' "
    "deposits for flats that were never built, the prosecutor's office said.",
))
VERDICT = [
    (D(2038, 11, 18), (
        "Developer Ostby guilty of flats fraud",
        "A jury in Fennick found the property developer Carl Ostby guilty on Wednesday of taking buyers' deposits "
        "for flats that were never built, the prosecutor's office said.",
    )),
    (D(2038, 11, 18), (
        "Ostby convicted over unbuilt Fennick flats",
        "Carl Ostby, the Fennick property developer, was convicted on Wednesday of defrauding buyers who paid "
        "deposits for flats that were never built.",
    )),
]


def _corpus(reports: list) -> list:
    return [make(i, f"Outlet {i}", day, story) for i, (day, story) in enumerate(reports)]


def test_a_bid_turned_down_is_not_the_deal_agreed_weeks_later() -> None:
    corpus = _corpus([*DEAL, BID])
    events = group(corpus)
    assert event_of(events, "a0") == {"a0", "a1"}
    assert event_of(events, "a2") == {"a2"}
    # Without the steps the words join them.
    assert event_of(group(corpus, GroupingOptions(steps=())), "a2") == {"a0", "a1", "a2"}


def test_an_arrest_is_not_the_verdict_months_later() -> None:
    corpus = _corpus([*VERDICT, ARREST])
    events = group(corpus)
    assert event_of(events, "a0") == {"a0", "a1"}
    assert event_of(events, "a2") == {"a2"}
    assert event_of(group(corpus, GroupingOptions(steps=())), "a2") == {"a0", "a1", "a2"}


def test_steps_apart_reads_kinds_of_one_ladder_on_days_apart() -> None:
    options = GroupingOptions()
    day = D(2038, 10, 22).toordinal()
    deal = ([(day, day)], {"deal": [(day, day)]})
    bid = ([(day - 28, day - 28)], {"offer": [(day - 28, day - 28)]})
    assert steps_apart(deal, bid, options.steps, options)
    # A follow-up that gives the other's day recalls it: one story.
    recalling = ([(day - 28, day - 28), (day, day)], {"deal": [(day, day)]})
    assert not steps_apart(recalling, bid, options.steps, options)
    # Days apart, but one step in common (the deal's signing and the deal): not judged.
    signing = ([(day - 28, day - 28)], {"signing": [(day - 28, day - 28)]})
    assert not steps_apart(deal, signing, options.steps, options)
    # Kinds of no ladder together are not judged either, nor days within a week.
    assert not steps_apart(deal, ([(day - 28, day - 28)], {"incident": [(day - 28, day - 28)]}), options.steps, options)
    near = ([(day - 3, day - 3)], {"offer": [(day - 3, day - 3)]})
    assert not steps_apart(deal, near, options.steps, options)


def test_undated_reports_of_the_deal_are_not_the_dated_bid() -> None:
    # No publication day on the deal's side: the steps each lead dates to a weekday speak.
    corpus = [make(i, f"Outlet {i}", None, story) for i, (_, story) in enumerate(DEAL)]
    corpus.append(make(2, "Outlet 2", BID[0], BID[1]))
    events = group(corpus)
    assert event_of(events, "a0") == {"a0", "a1"}
    assert event_of(events, "a2") == {"a2"}
    assert event_of(group(corpus, GroupingOptions(steps=())), "a2") == {"a0", "a1", "a2"}


def test_steps_differ_reads_kinds_without_days() -> None:
    steps = GroupingOptions().steps
    assert steps_differ({"deal"}, {"offer"}, steps)
    assert steps_differ({"verdict", "incident"}, {"arrest"}, steps)
    assert not steps_differ({"deal", "offer"}, {"offer"}, steps)
    assert not steps_differ({"verdict"}, {"sentencing"}, steps)  # one step: a verdict and its sentence
    assert not steps_differ({"incident"}, {"offer"}, steps)


HIJACK = (D(2039, 4, 7), (
    "Gunmen seize cargo ship in Ormund Strait",
    "Gunmen in a speedboat boarded the cargo ship Vessa Dawn in the Ormund Strait on Thursday and took its 17 "
    "crew hostage, the shipping firm Lantry Lines said.",
))
FREED = [
    (D(2039, 5, 12), (
        "Vessa Dawn crew freed after five weeks",
        "The 17 crew of the cargo ship Vessa Dawn were freed by their captors in the Ormund Strait on Thursday "
        "and were sailing for port, the shipping firm Lantry Lines said.",
    )),
    (D(2039, 5, 12), (
        "Hijacked Vessa Dawn sailors set free",
        "Gunmen who held the Vessa Dawn in the Ormund Strait set its 17 sailors free on Thursday, Lantry Lines "
        "said, after talks with elders from the coast.",
    )),
]


def test_crew_freed_weeks_later_are_not_the_hijacking() -> None:
    corpus = _corpus([*FREED, HIJACK])
    events = group(corpus)
    assert event_of(events, "a0") == {"a0", "a1"}
    assert event_of(events, "a2") == {"a2"}
    assert event_of(group(corpus, GroupingOptions(steps=())), "a2") == {"a0", "a1", "a2"}


def test_a_release_is_its_own_kind_of_happening() -> None:
    from tests.test_frames import frame_of

    assert frame_of("Rebels freed the aid worker Ilse Marr near Dostra on Friday.", "Friday").measure == "release"
    assert frame_of("The governor pardoned the singer Tomas Rell on Monday.", "Monday").measure == "release"
    # Police freeing hostages as they storm a building end a siege: no release of a captive.
    assert frame_of("Police stormed the Dostra bank on Friday and freed the hostages.", "Friday").measure != "release"
