"""Two digits swapped are a slip in two more shapes: a bound's number against another outlet's figure outside it ("up
as many as 46 injured" against a later "64 injured": ``comparisons._mistyped`` read on the bound's stated number), and a bare
"dollars" against the story's own dollar written by its code ("1.29 million dollars" beside "A$1.92m": read in one
currency, ``comparisons._swapped_amounts``), where an exchange rate landing on the swapped digits is rare.
Invented: the Fripsby stand collapse and the Gadsmere club's fine."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def test_a_ceiling_and_a_later_figure_past_it_with_two_digits_swapped_conflict() -> None:
    statuses = pair_statuses(run_one_event({
        "a": "FRIPSBY - As many as 46 people were injured when a temporary stand collapsed at the Fripsby "
             "motocross track on Sunday, firefighters said.",
        "b": "The temporary stand that collapsed at the Fripsby motocross track on Sunday injured 64 people, the "
             "fire service said.",
    }, {"a": dt.datetime(2063, 2, 5, 9), "b": dt.datetime(2063, 2, 6, 9)}), "figure")
    assert statuses[("a:As many as 46", "b:64")] == "conflict", statuses


def test_a_bare_dollar_amount_and_the_local_code_with_two_digits_swapped_conflict() -> None:
    statuses = pair_statuses(run_one_event({
        "a": "SYDNEY - The Gadsmere Rovers rugby league club was fined A$1.92m on Tuesday for breaching the salary "
             "cap over three seasons, the NRL integrity unit in Australia said.",
        "b": "The Gadsmere Rovers were fined 1.29 million dollars on Tuesday for breaching the salary cap over three "
             "seasons, the NRL integrity unit in Australia said.",
    }, dt.datetime(2063, 2, 5, 18)), "figure")
    assert any(status == "conflict" for status in statuses.values()), statuses
