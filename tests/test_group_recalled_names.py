"""A name recalled years back (``recollections``'s names, ``GroupingOptions.recalled_name_writers``): a report that
tells, only where it looks back a year or more, the name another report leads with, a name no other report writes,
recalls that report's happening as an earlier one, though no figure is shared.

- A sheepdog trial at Cuxwold won on a Saturday by Avenel Kibworth, one of whose reports recalls that last year's
  trial "was won by a shepherd, Odran Dewberry, in driving rain": an undated report of Dewberry's win, on a Saturday
  too and in the trial's own words, is the earlier happening, not one of this one's reports.
- A name in a clause that gives a source ("the trials board said") is no name recalled: it says who speaks.
- Without a name or a figure, a group of several reports that writes, only looking back, four words of a lone
  report's lead (``GroupingOptions.group_recollected_words``) recalls it: a hailstorm that flattened the wheat and tore off
  glasshouse roofs two years ago is not this year's, which flattened the barley.

Every name, place and figure is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions, _lead_end
from consistency.recollections import NAMED, recalls_lead, recollections
from tests.test_group import OTHER, event_of, group, make

D = dt.date

TRIAL = [
    ("Young handler wins Cuxwold sheepdog trial",
     "UPPINGDALE (Wire) - A young handler, Avenel Kibworth, won the Cuxwold sheepdog trial on Saturday with a "
     "clean run through the gates and the pen, the trial's judges said. Sixty dogs ran on the hill course."),
    ("Cuxwold trial winner's dog was the runt of its litter",
     "Avenel Kibworth, who won the Cuxwold sheepdog trial on Saturday, said on Sunday that her dog had been the "
     "smallest of its litter and that she had trained it for the trial's gates and pen on a hill farm."),
    ("A trial with a long history",
     "The first Cuxwold trial was run by eleven farmers. Last year the trial was won by a shepherd, Odran Dewberry, "
     "in driving rain."),
]
EARLIER = ("Shepherd wins sheepdog trial in driving rain",
           "A shepherd, Odran Dewberry, won the Cuxwold sheepdog trial on Saturday in driving rain, the trial's judges "
           "said. Forty dogs ran on the hill course.")


def _corpus() -> list:
    return [
        *(make(n, f"Outlet {n}", D(2061, 9, 10 + (n == 1)), story) for n, story in enumerate(TRIAL)),
        make(3, "Archive desk", None, EARLIER),
        *(make(4 + n, "Harbor Post", D(2061, 9, 6), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_report_of_the_win_one_report_recalls_by_its_winner_is_another_event() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}


def test_without_recalled_names_the_earlier_win_joins_the_event() -> None:
    # (What the names change: the undated report shares the trial, the weekday and the course, and no figure. The
    # event's three reports, once grouped, recall it in words alone too: that rule is off here.)
    events = group(_corpus(), dataclasses.replace(GroupingOptions(), recalled_name_writers=0, group_recollected_words=0))
    assert event_of(events, "a3") == {"a0", "a1", "a2", "a3"}


def test_the_names_of_a_look_back_are_marked_but_not_a_sources() -> None:
    text = TRIAL[2][0] + "\n\n" + TRIAL[2][1]
    recalled, _, _ = recollections(text, _lead_end(text, 2), 2061)
    assert {NAMED + "odran", NAMED + "dewber", "odran", "dewber", "shephe"} <= recalled
    assert NAMED + "last" not in recalled  # (the sentence's first word: its capital says nothing)
    told = "Glass fee\n\nA fee on glass has applied since last year, the Cuxwold Waste Board said on Monday."
    assert not {w for w in recollections(told, _lead_end(told, 2), 2061)[0] if w.startswith(NAMED)}


def test_a_recalled_name_and_one_more_word_are_enough() -> None:
    lead = frozenset({"odran", "rain", "trial"})
    assert recalls_lead(frozenset({"odran", NAMED + "odran", "rain"}), frozenset(), lead, 3)
    # (Unmarked, the same words are no name: three words and a figure are needed.)
    assert not recalls_lead(frozenset({"odran", "rain"}), frozenset(), lead, 3)
    assert not recalls_lead(frozenset({"odran", NAMED + "odran"}), frozenset(), lead, 3)


# A hailstorm flattens the barley round Cuxwold on a Tuesday; three of its four reports recall, only looking back, the
# one that flattened the wheat and tore the roofs off the glasshouses two years before; an undated report of that one,
# on a Tuesday too, gives no figure and no name the event does not write.
STORM = [
    ("Hailstorm flattens barley at Cuxwold",
     "UPPINGDALE (Wire) - A hailstorm flattened about 400 hectares of barley round Cuxwold on Tuesday afternoon and "
     "broke the windows of the village school, the farmers' union said. Nobody was hurt."),
    ("Cuxwold barley growers count the cost of the hail",
     "Barley growers round Cuxwold said on Wednesday that Tuesday's hail had ruined most of their crop. Two years ago "
     "a hailstorm there flattened the wheat and tore the roofs off the glasshouses."),
    ("Hail in Cuxwold: school windows boarded up",
     "The village school at Cuxwold stayed shut on Wednesday after Tuesday's hailstorm broke its windows. The "
     "village last saw such hail two years ago, when the wheat was flattened and the glasshouses lost their roofs."),
    ("Insurers brace for Cuxwold barley claims",
     "Insurers expect claims from barley growers round Cuxwold after Tuesday's hailstorm flattened about 400 hectares, "
     "a broker said on Wednesday. Two years ago the hail there flattened the wheat and tore off glasshouse roofs."),
]
HAIL_BEFORE = ("Hailstorm flattens wheat, tears off glasshouse roofs",
               "A hailstorm flattened the wheat round Cuxwold on Tuesday and tore the roofs off the glasshouses of the "
               "market gardens, the farmers' union said. Nobody was hurt.")


def _storms() -> list:
    return [
        *(make(n, f"Outlet {n}", D(2061, 6, 14 + (n > 0)), story) for n, story in enumerate(STORM)),
        make(4, "Archive desk", None, HAIL_BEFORE),
        *(make(5 + n, "Harbor Post", D(2061, 6, 10), s) for n, s in enumerate(OTHER)),
    ]


def test_a_lone_report_several_reports_recall_in_its_own_words_is_another_event() -> None:
    events = group(_storms())
    assert event_of(events, "a4") == {"a4"}
    assert event_of(events, "a0") == {"a0", "a1", "a2", "a3"}


def test_without_the_group_rule_the_earlier_hailstorm_joins_the_event() -> None:
    events = group(_storms(), dataclasses.replace(GroupingOptions(), group_recollected_words=0))
    assert event_of(events, "a4") == {"a0", "a1", "a2", "a3", "a4"}
