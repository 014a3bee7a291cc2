"""A report whose headline is told by a verb of a step before a happening (a panel "urges" a suspension, inspectors
"warn" over a bridge) foretells that happening, whatever day its lead gives (``happening.heads_a_step``,
``GroupingOptions.step_headlines``): undated, it is held apart from the reports of the happening itself, as any
foretelling report is. A reaction that names what has happened ("after the vote", "a day after") is no step.
Invented reports; every name is made up."""

from __future__ import annotations

import dataclasses
import datetime as dt

from consistency.group import GroupingOptions
from consistency.happening import heads_a_step
from tests.test_group import event_of, group, make

TUESDAY = dt.date(2093, 5, 12)
VERBS = GroupingOptions().step_headlines

SUSPENDED = ("Dribsey council suspends councillor Yelvorth",
             "DRIBSEY (Wire) - Dribsey council voted on Tuesday to suspend councillor Ewoud Yelvorth for a month over "
             "gifts from a builder he did not declare, the council's clerk said.")
SUSPENDED_FOLLOW = ("Yelvorth out for a month over undeclared gifts",
                    "Councillor Ewoud Yelvorth was suspended by Dribsey council on Tuesday for a month over gifts "
                    "from a builder he did not declare, and he said he would appeal.")
PANEL = ("Ethics panel urges Yelvorth's suspension",
         "The ethics panel of Dribsey council recommended on Monday that councillor Ewoud Yelvorth be suspended for a "
         "month over gifts from a builder he did not declare, the council's clerk said.")


def _events(options: GroupingOptions | None = None) -> list[set[str]]:
    return group([make(0, "Outlet 0", TUESDAY, SUSPENDED), make(1, "Outlet 1", TUESDAY + dt.timedelta(days=1),
                                                                 SUSPENDED_FOLLOW),
                  make(2, "Outlet 2", None, PANEL)], options)


def test_the_panels_undated_recommendation_is_not_the_suspension() -> None:
    events = _events()
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}


def test_without_the_rule_it_is_filed_with_the_suspension() -> None:
    assert event_of(_events(dataclasses.replace(GroupingOptions(), step_headlines=())), "a2") != {"a2"}


def test_a_headline_told_by_a_step_verb_heads_a_step() -> None:
    assert heads_a_step("Inspectors warn over rusted piles of Ysparrow pier\n\nThe inspectors said on Friday ...", VERBS)
    assert heads_a_step(PANEL[0] + "\n\n" + PANEL[1], VERBS)


def test_a_reaction_or_a_lead_with_no_headline_is_no_step() -> None:
    assert not heads_a_step("Traders warn of lost trade after pier closure\n\nThe traders said ...", VERBS)
    assert not heads_a_step("Builders warn councils\n\nThe builders said on Friday, a day after the vote, ...", VERBS)
    assert not heads_a_step("Inspectors warn over rusted piles of the pier. They said so on Friday.", VERBS)
    assert not heads_a_step(SUSPENDED[0] + "\n\n" + SUSPENDED[1], VERBS)
