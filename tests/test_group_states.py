"""A report of a state of things: a dated lead in the present perfect or progressive that gives no day and names no
happening ("the harbour board has deepened the inner basin", ``happening.states``) is weighed as a foretelling one,
so a report of the works at a place months before is not the report of the accident there
(``GroupingOptions.foretold_states``). Every name and sentence is made up."""

from __future__ import annotations

import datetime as dt

import pytest

from consistency.group import GroupingOptions, _lead_end, _told_of
from consistency.happening import states
from consistency.model import Article
from consistency.vocabulary import load_vocabulary
from tests.test_group import event_of, group, make

CUES = _told_of(load_vocabulary(GroupingOptions().vocabulary), GroupingOptions().what_outcomes)

LIFT = [
    ("Lift rope snaps at Zellgarth Tower, ten hurt",
     "A hoisting rope of the glass lift at Zellgarth Tower in Quaxley snapped on Thursday evening and the car dropped two "
     "floors onto its buffers, injuring ten of the people inside, the fire service said."),
    ("Zellgarth Tower lift falls two floors",
     "Ten people were hurt when the glass lift of Zellgarth Tower in Quaxley fell two floors after a rope "
     "snapped on Thursday evening, the tower's owner Skarpholt Estates said."),
    ("Inspectors examine Zellgarth Tower lift",
     "Lift inspectors examined the glass lift of Zellgarth Tower in Quaxley on Friday, a day after a rope "
     "snapped and the car fell two floors onto its buffers. The lift will stay shut."),
]
NEW_CABLES = ("Zellgarth Tower lift gets new ropes",
              "The glass lift of Zellgarth Tower in Quaxley has been fitted with new hoisting ropes and a second "
              "set of buffers, the tower's owner Skarpholt Estates said. The lift carries visitors up 47 floors.")

DAY = dt.date(2047, 10, 17)


def _lead(text: str) -> str:
    return text[: _lead_end(text, 2)]


@pytest.mark.parametrize(
    "text",
    [
        "Harbour deepened\n\nThe harbour board has deepened the inner basin of Lurstow harbour, its master said.",
        "Solar lamps\n\nThe council of Hobwick is trialling solar lamps along the promenade, its clerk said.",
        NEW_CABLES[0] + "\n\n" + NEW_CABLES[1],
    ],
)
def test_a_lead_in_the_present_perfect_with_no_day_tells_a_state(text: str) -> None:
    assert states(_lead(text), CUES)


@pytest.mark.parametrize(
    "text",
    [
        # A day: the report of that day's happening.
        "Harbour deepened\n\nThe harbour board has deepened the inner basin on Tuesday, its master said.",
        # A happening of the vocabulary: the report of the quake.
        "Quake\n\nAn earthquake has struck the hill town of Vlemington, the agency said.",
        # In a clause that opens with a subordinating word, or after a verb in the past.
        "Portraits\n\nThe gallery will open to visitors once the portraits have been listed, the trust said.",
        "Foal\n\nThe foal weighed 40 kg, its owner said, and is feeding well.",
        # What was done after a happening follows it up.
        "Signal box\n\nThe council has shut the signal box after the pier collapsed near the lock, its clerk said.",
        # A state of years is a portrait.
        "Bees\n\nOdgar Hazzle has kept bees in the pergola garden for thirty years and never lost a hive.",
        # The past tense reports a happening.
        "Harbour deepened\n\nThe harbour board deepened the inner basin, its master said.",
    ],
)
def test_a_day_a_happening_or_a_clause_tells_no_state(text: str) -> None:
    assert not states(_lead(text), CUES)


def _corpus() -> list[Article]:
    return [
        make(0, "Outlet 0", DAY, LIFT[0]),
        make(1, "Outlet 1", DAY, LIFT[1]),
        make(2, "Outlet 2", DAY + dt.timedelta(days=1), LIFT[2]),
        make(3, "Outlet 3", DAY - dt.timedelta(days=150), NEW_CABLES),
    ]


def test_a_report_of_works_months_before_is_not_the_accident() -> None:
    events = group(_corpus())
    assert event_of(events, "a3") == {"a3"}
    assert event_of(events, "a0") == {"a0", "a1", "a2"}
    # Without the rule the works' report joins the accident's reports (told_before_days, which holds a report that
    # writes no day apart from a happening dated a week or more after it, off too).
    assert "a3" in event_of(group(_corpus(), GroupingOptions(foretold_states=False, told_before_days=0)), "a0")


def test_an_undated_report_of_the_works_is_not_judged() -> None:
    # Undated news leads in the present perfect are most often the report of the happening itself.
    corpus = [*_corpus()[:3], make(3, "Outlet 3", None, NEW_CABLES)]
    off = group(corpus, GroupingOptions(foretold_states=False))
    assert group(corpus) == off
