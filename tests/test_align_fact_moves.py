"""One fact filed in a slot it shares outlets with moves to the slot whose claim it answers
(``align._move_alike_facts``, scored by the fitted model of ``consistency/slot_pairs.py``).

The facts are invented: a lighthouse museum in Vellhaven reopens after restoration. Outlets date its
reopening and a donors' gala held a fortnight before; one paper's reopening day was framed as the gala's.
"""

from __future__ import annotations

from consistency import align, slot_pairs
from consistency.align import AlignOptions, _move_alike_facts
from consistency.model import Fact
from tests.test_align_alike_slots import date

OPEN_WIRE = "The Vellhaven lighthouse museum reopens to visitors on Saturday after a two-year restoration."
OPEN_RADIO = "Visitors can climb the Vellhaven lighthouse again from Saturday, when its museum reopens after restoration."
OPEN_PAPER = "The lighthouse museum in Vellhaven reopens to visitors on Friday after its two-year restoration."
GALA_WIRE = "Donors were thanked at a gala in the harbour hall on April 25."
GALA_TRUST = "The trust held a dinner for its donors in the harbour hall on April 25."


def reopening() -> list[Fact]:
    return [
        date("w1", "wire", "Saturday", OPEN_WIRE, "2071-05-09", "reopening"),
        date("r1", "radio", "Saturday", OPEN_RADIO, "2071-05-09", "reopening"),
    ]


def rebuilds() -> list[list[Fact]]:
    """The story's other dates, one outlet's each: an event has many date slots, and the model weighs that."""
    return [
        [date(f"y{n}", "wire", str(1900 + n), f"The keeper's cottage was rebuilt in {1900 + n}.", f"{1900 + n}-01-01", "rebuild")]
        for n in range(8)
    ]


def moved(slots: list[list[Fact]], options: AlignOptions | None = None) -> list[set[str]]:
    out = _move_alike_facts([(slot, False) for slot in slots], options or AlignOptions(), "date")
    return [{f.id for f in slot} for slot, _ in out]


def test_a_day_filed_with_another_happening_moves_to_the_claim_it_answers() -> None:
    gala = [
        date("w2", "wire", "April 25", GALA_WIRE, "2071-04-25", "gala"),
        date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala"),
        date("t1", "trust", "April 25", GALA_TRUST, "2071-04-25", "gala"),
    ]
    # The wire is in both slots, so they never join whole; the paper's Friday alone answers the reopening.
    assert moved([reopening(), gala, *rebuilds()])[:2] == [{"w1", "r1", "p1"}, {"w2", "t1"}]


def test_a_fact_that_fits_its_own_slot_stays() -> None:
    gala_friday = GALA_WIRE.replace("April 25", "Friday")
    gala = [
        date("w2", "wire", "Friday", gala_friday, "2071-05-08", "gala"),
        date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala"),
        date("t1", "trust", "Friday", GALA_TRUST.replace("April 25", "Friday"), "2071-05-08", "gala"),
    ]
    assert moved([reopening(), gala, *rebuilds()])[:2] == [{"w1", "r1"}, {"w2", "p1", "t1"}]


def test_an_outlet_torn_between_two_of_its_days_moves_neither() -> None:
    gala = [
        date("w2", "wire", "April 25", GALA_WIRE, "2071-04-25", "gala"),
        date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala"),
        date("p2", "paper", "Sunday", OPEN_PAPER.replace("Friday", "Sunday"), "2071-05-10", "gala"),
        date("t1", "trust", "April 25", GALA_TRUST, "2071-04-25", "gala"),
    ]
    assert moved([reopening(), gala, *rebuilds()])[:2] == [{"w1", "r1"}, {"w2", "p1", "p2", "t1"}]


def test_the_move_can_be_turned_off() -> None:
    gala = [
        date("w2", "wire", "April 25", GALA_WIRE, "2071-04-25", "gala"),
        date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala"),
        date("t1", "trust", "April 25", GALA_TRUST, "2071-04-25", "gala"),
    ]
    off = AlignOptions(same_fact_date=None)
    assert moved([reopening(), gala, *rebuilds()], off)[:2] == [{"w1", "r1"}, {"w2", "p1", "t1"}]


TRUST_PAPER = "Its trust told donors on Tuesday that fund-raising was over."


def test_an_outlets_misfiled_day_makes_way_for_its_day_of_the_claim() -> None:
    # The paper's statement day was filed with the reopening; its reopening day sits with the gala. The paper is
    # in both slots, yet its day in the reopening's slot fits there no better than a stranger's would: the
    # reopening day moves in, and the statement day leaves for a slot of its own.
    opening = [*reopening(), date("p0", "paper", "Tuesday", TRUST_PAPER, "2071-05-05", "reopening")]
    gala = [
        date("w2", "wire", "April 25", GALA_WIRE, "2071-04-25", "gala"),
        date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala"),
        date("t1", "trust", "April 25", GALA_TRUST, "2071-04-25", "gala"),
    ]
    out = moved([opening, gala, *rebuilds()])
    assert out[:2] == [{"w1", "r1", "p1"}, {"w2", "t1"}]
    assert {"p0"} in out


def test_an_outlets_day_that_fits_the_claim_is_not_pushed_out() -> None:
    # The paper's first day there is a reopening day in the reopening's words: it stays, and its second
    # reading stays where it was filed (one value per outlet and claim).
    opening = [*reopening(), date("p0", "paper", "Saturday", OPEN_PAPER.replace("Friday", "Saturday"), "2071-05-09", "reopening")]
    gala = [
        date("w2", "wire", "April 25", GALA_WIRE, "2071-04-25", "gala"),
        date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala"),
        date("t1", "trust", "April 25", GALA_TRUST, "2071-04-25", "gala"),
    ]
    assert moved([opening, gala, *rebuilds()])[:2] == [{"w1", "r1", "p0"}, {"w2", "p1", "t1"}]


def test_a_fact_that_fits_its_own_slot_is_never_weighed_against_its_outlets_other_slots(monkeypatch) -> None:
    # Every fact of the gala slot fits there (all three give the gala's day in the gala's words), so none can
    # move: the slots holding the same outlets are not read again less each outlet for them.
    gala = [
        date("w2", "wire", "April 25", GALA_WIRE, "2071-04-25", "gala"),
        date("p1", "paper", "April 25", GALA_WIRE.replace("Donors", "Its donors"), "2071-04-25", "gala"),
        date("t1", "trust", "April 25", GALA_TRUST, "2071-04-25", "gala"),
    ]
    opening = [*reopening(), date("p0", "paper", "Saturday", OPEN_PAPER.replace("Friday", "Saturday"), "2071-05-09", "reopening")]
    asked: list[tuple[int, str]] = []
    misfit_there = align._misfit_there

    def recorded(slot, article, slots, cache, index):  # type: ignore[no-untyped-def]
        asked.append((index, article))
        return misfit_there(slot, article, slots, cache, index)

    monkeypatch.setattr(align, "_misfit_there", recorded)
    assert moved([opening, gala, *rebuilds()])[:2] == [{"w1", "r1", "p0"}, {"w2", "p1", "t1"}]
    assert not any(index == 0 for index, _ in asked)  # (the gala's outlets' facts stay home: the reopening unread)


def test_a_moving_score_is_the_models_probability_at_or_over_the_threshold_only() -> None:
    there = slot_pairs.read(reopening())
    one = slot_pairs.read([date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "gala")])
    p = slot_pairs.score(there, one, 10)
    assert align._moving_score(there, one, p, 10) == p
    assert align._moving_score(there, one, min(1.0, p + 0.01), 10) is None
    # (a fact of an outlet already in the slot with another value may not join it: no score at all)
    own = slot_pairs.read([date("w9", "wire", "Friday", OPEN_PAPER, "2071-05-08", "gala")])
    assert align._moving_score(there, own, 0.0, 10) is None


def test_a_home_fit_reads_the_slot_less_the_facts_outlet_once() -> None:
    slot = [*reopening(), date("p1", "paper", "Friday", OPEN_PAPER, "2071-05-08", "reopening")]
    homes: dict[str, slot_pairs.Slot] = {}
    one = slot_pairs.read([slot[2]])
    fit = align._home_fit(slot, slot[2], one, homes, 10)
    assert set(homes) == {"paper"} and homes["paper"].articles == {"wire", "radio"}
    assert fit == slot_pairs.score(slot_pairs.read(slot[:2]), one, 10)
