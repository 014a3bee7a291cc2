"""People who gathered, thronged a square or lined the streets are a crowd: their count is the crowd size another
outlet gives for the same gathering, so the two are compared."""

from __future__ import annotations

import datetime as dt

from tests.slot_findings import pair_statuses, run_one_event


def test_people_who_gathered_are_the_crowd_another_outlet_counts() -> None:
    statuses = pair_statuses(run_one_event({
        "a": "MISTLEWADE - About 20,000 people gathered outside Mistlewade town hall on Sunday to protest against "
             "the closure of the maternity ward, police said.",
        "b": "Sunday's protest against the maternity ward closure drew a crowd of 45,000 to Mistlewade town hall, "
             "according to the organisers.",
    }, dt.datetime(2052, 9, 15, 20)), "figure")
    assert statuses[("a:About 20,000", "b:45,000")] == "conflict"  # (police and organisers: two sources, said so)


def test_people_who_turned_out_or_attended_are_a_crowd_too() -> None:
    for verb in ("turned out", "attended"):
        statuses = pair_statuses(run_one_event({
            "a": f"OXBURROW - About 9,000 people {verb} for the reopening of Oxburrow pier on Saturday, the "
                 "organisers said.",
            "b": "The reopening of Oxburrow pier on Saturday drew a crowd of 4,000, according to the organisers.",
        }, dt.datetime(2052, 9, 14, 20)), "figure")
        assert statuses.get(("a:About 9,000", "b:4,000")) == "conflict", (verb, statuses)
