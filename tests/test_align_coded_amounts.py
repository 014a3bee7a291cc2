"""An amount given by a currency code no table knows is one sum with the amount another outlet gives in the
currency's name (consistency/coded_amounts.py).

The articles are invented: a salvage firm's bid for a wrecked ore carrier off the Quellmarsh coast.
"""

from __future__ import annotations

import datetime as dt

from consistency.coded_amounts import _spells, coded_currency_frames
from tests.slot_findings import finding_statuses, run_one_event

DAY = dt.date(2061, 9, 14)

WRECK = {
    "a": "The salvage firm Brannoch Lift has bid 7.4 million torvels to raise the ore carrier Hesk Maren, "
         "which sank off the Quellmarsh coast in June, the harbour board said on Wednesday.",
    "b": "Brannoch Lift offered TVL 5.9m to refloat the Hesk Maren, the ore carrier sunk off Quellmarsh, "
         "the harbour board said on Wednesday.",
}


def figure_findings(bodies: dict[str, str]) -> dict[tuple[str, ...], str]:
    return finding_statuses(run_one_event(bodies, DAY), "figure")


def test_a_code_is_spelt_by_its_names_letters_in_order() -> None:
    assert _spells("TVL", "torvels") and _spells("SBT", "sambuts")
    assert not _spells("TVL", "levrots")  # (the first letter must open the name)
    assert not _spells("TLV", "torvels")  # (the letters in the name's order)


def test_an_amount_by_its_code_meets_the_amount_by_its_name() -> None:
    found = figure_findings(WRECK)
    assert found.get(("a:7.4 million", "b:5.9m")) == "conflict"


def test_a_count_of_things_is_no_currency_for_a_code() -> None:
    # "travellers" holds the code's letters in order, but a few dozen of them is a count, not a sum of money
    result = run_one_event({
        "a": WRECK["a"].replace("7.4 million torvels", "a sum it did not disclose") + " Some 47 travellers watched.",
        "b": WRECK["b"],
    }, DAY)
    figures = [f for f in result.facts if f.kind == "figure"]
    assert _spells("TVL", "travellers") and any(f.text == "5.9m" for f in figures)
    assert coded_currency_frames(figures, {}) == {}
    keyed = coded_currency_frames([f for f in run_one_event(WRECK, DAY).facts if f.kind == "figure"], {})
    assert [f.frame.key for f in keyed.values() if f.frame] == ["figure:torvel/:current"]
