"""A short undated report of the day, left alone by linkage, joins the one group it is close to
(``GroupingOptions.lone_undated``), unless a rule sets it apart from that group.

- Three dated reports of a theft from a museum, and an undated one that tells only of the insurers' reward:
  its words reach one report of the theft, and the mean over all three stays short of the threshold, so linkage
  leaves it alone. A dated one would join by its day (``_adopt_lone``); an undated one joins when no rule
  weighs it down against the group and no other group is as close.
- An undated report that only foretells (``happening.foretells``) is set apart by a rule: it stays alone.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions
from tests.test_group import OTHER, event_of, group, make

D = dt.date

# Thieves take a gold funeral mask from the Quarvell Museum in Orlow, Sunday night, March 13, 2044.
THEFT = [
    ("Thieves take gold mask from Orlow museum",
     "ORLOW (Wire) - Thieves broke into the Quarvell Museum in Orlow on Sunday night and stole a gold funeral mask "
     "more than 2,000 years old, police said. The alarm did not sound."),
    ("Orlow museum raided, ancient mask stolen",
     "A gold funeral mask was stolen from the Quarvell Museum in Orlow overnight on Sunday, police said, after the "
     "thieves cut through a skylight. The museum will stay closed this week."),
    ("Museum chief: 'the mask cannot be sold'",
     "Quarvell Museum director Zerlinde Nockholt said on Monday the stolen mask was too well known to be sold openly "
     "and urged whoever held it to return it."),
]
REWARD = ("Reward offered for stolen mask",
          "Insurers offered a reward for the ancient gold mask's return, and dealers and auction houses were asked "
          "to look out for it. The thieves had cut through a skylight.")
ALARMS = ("Insurers urge museums to fit skylight alarms",
          "Insurers urged museums to fit alarms to skylights, saying thieves who cut through them could take an "
          "ancient gold mask or any other piece in minutes.")


def _corpus(undated: tuple[str, str]) -> list:
    return [
        make(0, "Outlet 0", D(2044, 3, 14), THEFT[0]),
        make(1, "Outlet 1", D(2044, 3, 14), THEFT[1]),
        make(2, "Outlet 2", D(2044, 3, 15), THEFT[2]),
        make(3, "Archive desk", None, undated),
        *(make(4 + n, "Harbor Post", D(2044, 3, 12), s) for n, s in enumerate(OTHER)),
    ]


def test_an_undated_side_story_joins_the_group_it_is_close_to() -> None:
    assert event_of(group(_corpus(REWARD)), "a3") == {"a0", "a1", "a2", "a3"}
    # (told_unnamed off too: the reward report names no one and gives no day, and that rule joins it as well)
    # (spread_total off too: the reward report shares the theft's words across its reports, and that rule joins it)
    off = GroupingOptions(lone_undated=False, told_unnamed=False, spread_total=0.0)
    assert event_of(group(_corpus(REWARD), off), "a3") == {"a3"}


def test_an_undated_report_a_rule_sets_apart_stays_alone() -> None:
    events = group(_corpus(ALARMS))
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
