"""A report of a happening recalls an earlier step of its story by the day it fell on, weeks before its own ("the
company gave the town its ultimatum on March 7"): the report of that day's step (the ultimatum) is another
happening than the cut it led to, however alike their words (``GroupingOptions.recalled_day_factor``,
``happening.recalled_days``). Before, the recalled day only brought the two nearer. Invented reports; every name is
made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import puts_ahead, recalled_days
from tests.test_group import event_of, group, make

FRIDAY = dt.date(2081, 3, 7)
TUESDAY = dt.date(2081, 3, 18)

ULTIMATUM = ("Harnuvik threatens to cut power to Kivrodal water works",
             "Harnuvik Power said on Friday that it would cut off electricity to the Kivrodal water works on March 18 "
             "unless the town paid 4.2 million zembls it owes for power already supplied.")
CUT = ("Harnuvik cuts power to Kivrodal water works over unpaid bill",
       "KIVRODAL (Wire) - Harnuvik Power cut off electricity to the Kivrodal water works at dawn on Tuesday, saying "
       "the town still owed it 4.2 million zembls for power already supplied.")
TAPS = ("Kivrodal taps run dry after power cut",
        "Taps ran dry across Kivrodal on Tuesday after Harnuvik Power cut off electricity to the town's water works "
        "over its unpaid bill, and the council said it would bring in tankers.")
BACKGROUND = ("How the Kivrodal power row came to a cut",
              "Harnuvik Power gave the town its ultimatum on March 7, warning that the water works would lose power "
              "in eleven days unless the bill was paid. The council said it could not pay before the summer.")


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    wednesday = TUESDAY + dt.timedelta(days=1)
    return group([make(0, "Outlet 0", TUESDAY, CUT), make(1, "Outlet 1", TUESDAY, TAPS),
                  make(2, "Outlet 2", wednesday, BACKGROUND), make(3, "Outlet 3", FRIDAY, ULTIMATUM)], options)


def test_the_ultimatum_whose_day_the_cut_recalls_is_another_happening() -> None:
    events = _events()
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_without_the_rule_the_ultimatum_is_filed_with_the_cut() -> None:
    assert event_of(_events(GroupingOptions(recalled_day_factor=1.0)), "a3") != {"a3"}


def test_days_a_week_or_more_back_are_recalled() -> None:
    from consistency.engine import extract_facts
    from consistency.frames import frame_facts

    article = make(2, "Outlet 2", TUESDAY + dt.timedelta(days=1), BACKGROUND)
    found, _ = extract_facts(article, id_prefix="a2:")
    facts = frame_facts(article, found)
    own = (TUESDAY + dt.timedelta(days=1)).toordinal()
    assert recalled_days(facts, own, 7) == ((FRIDAY.toordinal(), FRIDAY.toordinal()),)
    assert recalled_days(facts, own, 14) == ()  # (twelve days back: not two weeks)
    assert recalled_days(facts, None, 7) == ()  # (no day of its own: nothing is earlier)


def test_only_a_step_that_puts_its_happening_ahead_is_held_apart() -> None:
    # (A story's own first report, recalled by its day weeks on, tells the happening itself: "escaped", not "would".)
    assert puts_ahead(ULTIMATUM[1])
    assert puts_ahead("The union said on Monday that its drivers are to walk out next month.")
    assert not puts_ahead(CUT[1])
    assert not puts_ahead("A prisoner escaped from a van near Kivrodal on Monday after pulling a knife on a guard.")


def test_a_step_filed_with_the_story_leaves_it_when_the_story_recalls_its_day() -> None:
    # (Linkage may file the step with the story's closest report before the report recalling its day is weighed or
    # adopted: after grouping, the step leaves, ``GroupingOptions.recalled_step_out``.)
    from consistency.group import _recalled_step_out
    from consistency.happening import Happening

    step, cut, piece = FRIDAY.toordinal(), TUESDAY.toordinal(), TUESDAY.toordinal() + 1
    readings = [
        Happening([(step, step)], set(), frozenset(), anchors=[(step, step)], ahead=True),
        Happening([(cut, cut)], set(), frozenset(), anchors=[(cut, cut)]),
        # (the background piece's lead dates the step too: it stands on its own day and the recalled one)
        Happening([(step, step)], set(), frozenset(), anchors=[(step, step), (piece, piece)],
                  recalled_days=((step, step),)),
    ]
    assert sorted(map(sorted, _recalled_step_out([[0, 1, 2]], readings, GroupingOptions()))) == [[0], [1, 2]]
    told = [readings[0]._replace(ahead=False), *readings[1:]]  # (a step that puts nothing ahead stays)
    assert _recalled_step_out([[0, 1, 2]], told, GroupingOptions()) == [[0, 1, 2]]
    unrecalled = [*readings[:2], readings[2]._replace(recalled_days=())]
    assert _recalled_step_out([[0, 1, 2]], unrecalled, GroupingOptions()) == [[0, 1, 2]]
