"""How many died: a coach crash that killed four against one on the same road that killed eleven, told in the same
words, one of the two reports undated.

- Two lone reports of one kind of one-day happening, one with no date at all, whose leads give different tolls, are
  two happenings (``GroupingOptions.tolls``): no day tells them apart, the count does.
- The same toll, or a toll told as the level it rose to ("the toll rose to six"), is no evidence against: a running
  count caught on its way is not the count that tells one crash from another.

Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

from consistency.engine import extract_facts
from consistency.frames import frame_facts
from consistency.group import GroupingOptions, _lead_end
from consistency.happening import lead_figures
from tests.test_group import event_of, group, make

DAY = dt.date(2061, 9, 8)


def _crash(toll: str) -> tuple[str, str]:
    return (f"Coach crash on Crourvoford Pass road kills {toll}",
            f"{toll.capitalize()} people were killed when a coach crashed into a rock wall on the Crourvoford Pass road "
            "above Glellawick, the regional police said. Its driver went to hospital and the road was shut "
            "for most of the day while the wreck was lifted away.")


def _corpus(other: tuple[str, str]) -> list:
    return [make(0, "Outlet 0", DAY, _crash("four")), make(1, "Outlet 1", None, other)]


def test_another_toll_undated_is_another_crash() -> None:
    assert event_of(group(_corpus(_crash("eleven"))), "a1") == {"a1"}
    # Without the rule the undated report's words join it to the dated one.
    assert event_of(group(_corpus(_crash("eleven")), GroupingOptions(tolls=())), "a1") == {"a0", "a1"}


def test_the_same_toll_stays_together() -> None:
    assert event_of(group(_corpus(_crash("four"))), "a1") == {"a0", "a1"}


def test_a_toll_told_as_the_level_it_rose_to_is_no_evidence() -> None:
    rose = ("Crourvoford Pass coach crash toll rises",
            "The toll of the coach crash on the Crourvoford Pass road above Glellawick rose to seven, the regional police "
            "said. Its driver went to hospital and the road was shut for most of the day.")
    assert event_of(group(_corpus(rose)), "a1") == {"a0", "a1"}


def _tolls(story: tuple[str, str], tallied: tuple[str, ...] = ("deaths",)) -> tuple[tuple[str, float], ...]:
    article = make(0, "Outlet 0", DAY, story)
    found, cleaned = extract_facts(article, id_prefix="a0:")
    text = cleaned.text
    return lead_figures(frame_facts(article, found), _lead_end(text, 3), ("deaths",), text=text, tallied=tallied)


def test_a_lead_toll_is_read_only_when_asked_for_and_exact() -> None:
    assert _tolls(_crash("eleven")) == (("deaths", 11.0),)
    assert _tolls(_crash("eleven"), tallied=()) == ()
    assert _tolls(("Coach crash kills at least nine", "At least nine people were killed when a coach crashed.")) == ()
