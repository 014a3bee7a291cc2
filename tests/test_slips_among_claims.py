"""A mistyped figure joins the claim it mistypes once the join of slots has made that claim one slot
(consistency/align.py, ``_join_slips_among_claims``).

The articles are invented: the desalination plants of Hofulholm and the brine they return to the lagoon. Two
outlets frame the yearly outflow with one word and a third with another, so before the join the claim lies in
two slots, and the fourth outlet's mistyped figure is the best match of one of them while that one's best match is
its twin.
"""

from __future__ import annotations

from tests.test_align_swapped_digits import figure_slots as outlet_figure_slots

BODIES = {
    "wire": "HOFULHOLM, Sept 3 - The Hofulholm desalination plants will be inspected next month, the water board said "
    "on Wednesday. Together they flush more than 40 million cubic metres of brine into the lagoon every year.",
    "paper": "Inspectors will visit the Hofulholm desalination plants next month. Of the lagoon's four intakes, two "
    "feed the plants, which return 41 billion litres of brine a year.",
    "radio": "The Hofulholm desalination plants face an inspection next month, the water board said. The plants strip "
    "salt from seawater and send the leftover back out, some 41 million cubic metres a year.",
}


def figure_slots(trade: str) -> list[set[str]]:
    """Each figure slot of the four outlets' event as the set of its facts' texts, prefixed with their outlets."""
    return outlet_figure_slots({**BODIES, "trade": trade})


def test_a_mistyped_figure_meets_the_claim_two_framings_split_before_the_join() -> None:
    slots = figure_slots(
        "Hofulholm's desalination plants will be inspected next month, the water board said. Outflows total "
        "14 million cubic metres each year, the water board says."
    )
    claim = {"wire:more than 40 million cubic metres", "paper:41 billion litres", "radio:some 41 million cubic metres"}
    assert any(claim | {"trade:14 million cubic metres"} <= slot for slot in slots)


def test_a_figure_no_slip_of_the_claim_stays_apart_after_the_join() -> None:
    # "36 million" is no mistyping of 41 million: the second look at the slots joins slips alone, and what the model
    # joins on its score was weighed by the first (a second full join would take this one)
    slots = figure_slots(
        "Hofulholm's desalination plants will be inspected next month, the water board said. Outflows total "
        "36 million cubic metres each year, the water board says."
    )
    assert not any("trade:36 million cubic metres" in slot and "radio:some 41 million cubic metres" in slot for slot in slots)
