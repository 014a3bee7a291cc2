"""Sums of millions in a report's headline or first sentence, most often money in a currency no vocabulary names,
say which happening it is: an undated report of a 9.8 million mark lottery jackpot won in a town is not one of the
reports of the 31.5 million mark jackpot won there (``GroupingOptions.counted_range``). One report counts the sum
by one noun ("jackpot"), another by another ("ticket"): a sum of millions is one measure whatever its noun
(``happening.lead_figures``), so the follow-up that counts the ticket stays with its jackpot. Invented reports;
every name is made up."""

from __future__ import annotations

import datetime as dt

from consistency.group import GroupingOptions, _lead_end
from consistency.happening import MILLIONS_MEASURE, lead_figures
from tests.lookalike_count import _prepare
from tests.test_group import event_of, group, make

D = dt.date

JACKPOT = [
    ("Brannick ticket wins 31.5 million mark Zelvo jackpot",
     "A single ticket sold in Brannick won the 31.5 million mark Zelvo jackpot in Saturday night's draw, the "
     "national lottery said on Sunday. The ticket was bought at a kiosk on Brine Lane."),
    ("Brannick winner claims prize",
     "The holder of the 31.5 million mark Zelvo ticket bought in Brannick has claimed the prize and asked not to "
     "be named, the lottery said on Tuesday."),
]
EARLIER = ("Brannick ticket scoops 9.8 million mark Zelvo jackpot",
           "A ticket bought at Brannick railway station won the 9.8 million mark Zelvo jackpot in Saturday night's "
           "draw, the national lottery said on Sunday. The winner has 180 days to claim the prize.")


def _corpus(earlier: dt.date | None) -> list:
    return [
        make(0, "Outlet 0", D(2046, 3, 4), JACKPOT[0]),
        make(1, "Outlet 1", None, JACKPOT[1]),
        make(2, "Outlet 2", earlier, EARLIER),
    ]


def test_an_undated_report_of_another_jackpot_is_another_event() -> None:
    events = group(_corpus(None))
    assert event_of(events, "a2") == {"a2"}
    assert event_of(events, "a0") == {"a0", "a1"}
    # With sums of millions left out, its words join it to the story.
    assert "a2" in event_of(group(_corpus(None), GroupingOptions(counted_range=(100.0, 1_000_000.0))), "a0")


def test_a_sum_of_millions_is_one_measure_whatever_its_noun() -> None:
    options = GroupingOptions()
    read = []
    for number, story in enumerate(JACKPOT):
        _, facts, text = _prepare(f"j{number}", (D(2046, 3, 4), story), True)
        read.append(lead_figures(facts, _lead_end(text, 3), options.identifying, options.apart_days, text, None,
                                 _lead_end(text, options.counted_sentences), options.counted_range))
    assert read == [((MILLIONS_MEASURE, 31_500_000.0),), ((MILLIONS_MEASURE, 31_500_000.0),)]
