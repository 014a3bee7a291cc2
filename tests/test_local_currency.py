"""A story told in a country whose currency no table knows: one outlet writes the amount by its code ("QXR 258m"), one
by the bare shared name its readers use ("$285 million"). The two are the story's own currency written two ways, so
their slots may join and their numbers are compared as they stand (``currency_names.local_readings``,
``in_local_currency``, ``slot_pairs.one_unit``); an amount pinned to a currency ("about USD 210 million") is a
conversion no rate can check, and stays apart. A hedge or a verb of change written before the code reads as one
written before the number.

The sentences are invented: a weather supercomputer and a parcel fee in a country with a made-up currency.
"""

from __future__ import annotations

import datetime as dt

from consistency import slot_pairs
from consistency.checks import CHECKS
from consistency.checks.told_change import changed_to
from consistency.currency_names import in_local_currency, local_readings
from consistency.engine import extract_facts
from consistency.extract import ExtractionContext
from consistency.extract.figures import extract_figures
from consistency.frames import frame_facts
from consistency.model import Article, Fact, Quantity


def _article(text: str, article_id: str) -> Article:
    return Article(id=article_id, path=f"{article_id}.txt", outlet=f"Outlet {article_id}", body=text,
                   published=dt.date(2231, 5, 12))


def _figure(text: str, article_id: str) -> Fact:
    article = _article(text, article_id)
    facts, _ = extract_facts(article, id_prefix=f"{article_id}.")
    figures = [f for f in frame_facts(article, facts) if f.kind == "figure"]
    assert len(figures) == 1, figures
    return figures[0]


def _status(one: str, other: str) -> str:
    a, b = _figure(one, "a1"), _figure(other, "a2")
    check = CHECKS["figure-agreement"]
    assert check.event_context is not None
    slot = [(_article(one, "a1"), [a]), (_article(other, "a2"), [b])]
    return check.run(slot, None, check.event_context([a, b])).pairs[0].status


CODED = "The weather service's new supercomputer cost QXR 258m, the agency said."
CODED_SAME = "The weather service's new supercomputer cost QXR 285m, the agency said."
BARE = "The weather service's new supercomputer cost $285 million."
PINNED = "The weather service's new supercomputer cost about USD 210 million."


def _value(fact: Fact) -> Quantity:
    assert isinstance(fact.value, Quantity)
    return fact.value


def test_a_code_no_table_knows_may_be_any_shared_names_own_currency() -> None:
    coded = _figure(CODED, "a1")
    assert _value(coded).unit is None
    assert "local:USD" in local_readings(coded) and "local:GBP" in local_readings(coded)


def test_a_bare_shared_name_may_be_the_storys_own_and_a_pinned_one_may_not() -> None:
    assert local_readings(_figure(BARE, "a1")) == {"local:USD"}
    assert local_readings(_figure(PINNED, "a1")) == frozenset()
    assert local_readings(_figure("Twelve inspectors were hired for the depot.", "a1")) == frozenset()


def test_the_coded_amount_is_read_in_the_bare_names_unit() -> None:
    coded, bare = _figure(CODED, "a1"), _figure(BARE, "a2")
    moved, kept = in_local_currency(coded, _value(coded), bare, _value(bare))
    assert (moved.unit, moved.low, kept) == ("USD", 258e6, _value(bare))
    pinned = _figure(PINNED, "a2")
    assert in_local_currency(coded, _value(coded), pinned, _value(pinned)) == (_value(coded), _value(pinned))


def test_slots_of_a_coded_and_a_bare_amount_are_in_one_unit_but_not_beside_a_pinned_one() -> None:
    coded = slot_pairs.read([_figure(CODED, "a1")])
    assert slot_pairs.one_unit(coded, slot_pairs.read([_figure(BARE, "a2")]))
    assert not slot_pairs.one_unit(coded, slot_pairs.read([_figure(PINNED, "a2")]))


def test_a_digit_swapped_between_the_code_and_the_bare_name_is_a_conflict() -> None:
    assert _status(CODED, BARE) == "conflict"
    assert _status(CODED_SAME, BARE) == "agree"


def test_a_coded_amount_against_a_pinned_currency_is_no_conflict() -> None:
    # no table knows the code's rate: the pinned amount may be its conversion
    assert _status(CODED, PINNED) != "conflict"


def test_a_hedge_before_the_code_hedges_the_amount() -> None:
    text = "The scheme will cost about QXR 14 million a year."
    (found,) = extract_figures(text, ExtractionContext())
    assert text[found.start : found.end] == "14 million"  # (the span still opens at the number)
    assert isinstance(found.value, Quantity) and found.value.approximate and found.value.qualifier == "about"
    (ceiling,) = extract_figures("Couriers face fines of up to QXR 2m.", ExtractionContext())
    assert isinstance(ceiling.value, Quantity) and (ceiling.value.low, ceiling.value.high) == (None, 2e6)


def test_a_verb_of_change_reaches_its_figure_across_the_code() -> None:
    raised = _figure("With the river barges counted, the ministry raises its bill for the checks to QXR 4.5 million.", "a1")
    assert changed_to(raised) == 1


def test_a_conversion_pinned_to_a_known_currency_does_not_keep_the_storys_own_amounts_apart() -> None:
    coded = slot_pairs.read([_figure(CODED, "a1")])
    told = slot_pairs.read([_figure(BARE, "a2"), _figure(PINNED, "a3")])
    assert slot_pairs.one_unit(coded, told)
    # a bare count beside the pinned amount is no conversion: the slots stay in two units
    counted = slot_pairs.read([_figure("Some 285 technicians keep the machine running.", "a2"), _figure(PINNED, "a3")])
    assert not slot_pairs.one_unit(coded, counted)
    # and pinned amounts alone never meet the code
    assert not slot_pairs.one_unit(coded, slot_pairs.read([_figure(PINNED, "a3")]))


def test_an_amount_in_a_unit_a_slot_already_holds_beside_another_is_in_its_unit() -> None:
    # the slot tells one sum in dinars and, in another outlet, as a bare number the alignment read as the same claim;
    # a third outlet's amount in dinars is in a unit the slot already holds, though no reading of the bare number is
    # a dinar
    named = _figure("Closing the depot will save the city 7.2 million dinars a year.", "a1")
    bare = _figure("Closing the depot will save the city 7.2 million a year, the council said.", "a2")
    slot = slot_pairs.read([named, bare])
    assert slot.units == {"dinar", None}
    rival = slot_pairs.read([_figure("The guild reckons the saving at 4.1 million dinars a year.", "a3")])
    assert slot_pairs.one_unit(slot, rival) and slot_pairs.one_unit(rival, slot)
    # a bare count is never read in the slot's units
    count = slot_pairs.read([_figure("The depot employs 41 drivers.", "a3")])
    assert not slot_pairs.one_unit(slot, count)
