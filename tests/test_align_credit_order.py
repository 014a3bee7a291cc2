"""The credits of a sentence that gives two claims join their slots in the same order in every process
(consistency/align.py, ``_join_credits_of_one_claim``): a set of slot ids iterates in an order that changes
with the hash seed, and a run's fact order followed it (one 10,000-article audit gave two answers)."""

from __future__ import annotations

from tests.hash_seeds import outputs_under_seeds


def test_credit_slots_join_in_one_order_whatever_the_hash_seed() -> None:
    # The first article's credit stands beside both claims; each other article's beside one: one slot of three.
    assert outputs_under_seeds()["credit slots"] == {"[['c1', 'c2', 'c3']]\n"}
