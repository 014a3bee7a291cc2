"""A lone outlet's figure slot joins the slot the fitted model scores it clearly best with, a little under the join's
threshold (``align._lone_best_pairs``, ``slot_pairs.lone_best``).

The facts are invented: a water bill in Tessendry, told by two outlets in one way and by a third in its own words.
"""

from __future__ import annotations

from consistency import slot_pairs
from consistency.align import _lone_best_pairs
from consistency.model import Fact, Frame, Quantity


def figure(fid: str, article: str, sentence: str, text: str, low: float) -> Fact:
    start = sentence.index(text)
    frame = Frame(key="figure:bill:current", name="amount (EUR)", measure="bill", known=False)
    return Fact(fid, article, "figure", text, start, start + len(text), sentence, 0, len(sentence),
                Quantity(low, low, "EUR"), frame)


TWO = [
    figure("w", "wire", "The average Tessendry water bill will rise to EUR 412 a year, the utility said.", "EUR 412", 412),
    figure("p", "paper", "Tessendry households will pay EUR 412 a year for water from April.", "EUR 412", 412),
]
LONE = [figure("r", "radio", "A typical family faces paying about 420 euros, the Tessendry utility confirmed.", "about 420 euros", 420)]
OTHER = [figure("d", "daily", "The utility in Tessendry plans to spend EUR 95 on each meter.", "EUR 95", 95)]
READ = [slot_pairs.read(TWO), slot_pairs.read(LONE), slot_pairs.read(OTHER)]


def test_a_lone_slot_joins_its_clearly_best_partner_under_the_threshold() -> None:
    pairs = {(0, 1): 0.8, (1, 2): 0.45, (0, 2): 0.1}
    assert _lone_best_pairs(READ, pairs, {}, slot_pairs.THRESHOLD) == [(-0.8, 0, 1)]


def test_a_lone_slot_with_two_partners_alike_joins_neither() -> None:
    pairs = {(0, 1): 0.8, (1, 2): 0.7, (0, 2): 0.65}
    assert _lone_best_pairs(READ, pairs, {}, slot_pairs.THRESHOLD) == []


def test_a_lone_slot_scored_low_or_already_joined_is_left_alone() -> None:
    assert _lone_best_pairs(READ, {(0, 1): 0.45, (0, 2): 0.1}, {}, slot_pairs.THRESHOLD) == []
    assert _lone_best_pairs(READ, {(0, 1): 0.8, (0, 2): 0.1}, {1: [2]}, slot_pairs.THRESHOLD) == []


def test_lone_best_reads_the_floor_and_the_margin() -> None:
    assert slot_pairs.lone_best(slot_pairs.LONE_FLOOR, 0.0)
    assert not slot_pairs.lone_best(slot_pairs.LONE_FLOOR - 0.01, 0.0)
    assert not slot_pairs.lone_best(0.9, 0.9 - slot_pairs.LONE_MARGIN + 0.01)


def test_two_lone_slots_best_matched_stay_apart() -> None:
    # (two outlets' lone figures always have a best partner in each other: no sign of one claim)
    assert _lone_best_pairs(READ, {(0, 1): 0.1, (1, 2): 0.8, (0, 2): 0.1}, {}, slot_pairs.THRESHOLD) == []


def test_a_lone_slot_far_in_value_from_its_best_partner_stays_apart() -> None:
    far = [figure("r", "radio", "A typical family faces paying about 720 euros, the Tessendry utility confirmed.", "about 720 euros", 720)]
    read = [READ[0], slot_pairs.read(far), READ[2]]
    assert _lone_best_pairs(read, {(0, 1): 0.8, (1, 2): 0.1, (0, 2): 0.1}, {}, slot_pairs.THRESHOLD) == []
